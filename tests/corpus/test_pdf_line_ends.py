"""Where a PDF line's end says what the words alone cannot: a line left short by what may
not be split (a character with its closing marks and note mark) goes on; a note's number
opening the next line after a sentence's end starts the next note of a list."""

from __future__ import annotations

from test_pdf_page_breaks import CHARS, draw

from drafter.corpus.readers import read_file

FULL = "坚持以人民为中心的发展思想着力解决群众急难愁盼问题持续深化重点领域改革"


def _blocks(tmp_path, lines: list[str]) -> list[str]:
    path = tmp_path / "notes.pdf"
    draw(path, [lines], header="")
    return [b.text for b in read_file(path).blocks]


def test_a_line_short_by_a_character_and_its_marks_goes_on(tmp_path):
    """ "…称之为“宗" four characters short of the margin, "族”[23]。" on the next line: the
    character, its closing quote, the note mark and the stop moved down together."""
    first = FULL[: CHARS - 6] + "“宗"
    second = "族”[23]。" + FULL[: CHARS - 8]
    paragraph = first + second + "。"
    got = _blocks(tmp_path, [FULL[:CHARS], FULL[:10] + "。", first, second, "。"])
    assert paragraph in got, got


def test_a_note_number_after_a_sentence_end_starts_the_next_note(tmp_path):
    """Endnotes set as a list, each "[n]　…" and ending in 。 near the margin: one note
    each, none glued to the one before."""
    notes = [f"[{k}]　" + FULL[k : k + CHARS - 4] + "。" for k in (1, 2, 3)]
    got = _blocks(tmp_path, [FULL[:CHARS], FULL[:12] + "。", *notes])
    assert got[-3:] == notes, got
