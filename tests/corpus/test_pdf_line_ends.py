"""Where a PDF line's end says what the words alone cannot: a line left short by what may
not be split (a character with its closing marks and note mark) goes on; a note's number
opening the next line after a sentence's end starts the next note of a list; a page that
stops short for its footnotes has not ended its paragraph."""

from __future__ import annotations

import pytest
from test_pdf_page_breaks import CHARS, SIZE, draw, prose, wrap

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


def test_a_paragraph_goes_on_past_the_footnotes_at_a_pages_foot(tmp_path):
    """Page 1's text stops above its footnote (small type, opening with ①) with a
    sentence's end at the margin, and goes on at the top of page 2: one paragraph (the
    page stopped short for its note, not for a paragraph's end), the note after the text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    note = "参见《某某县统计年鉴》有关数据。"
    lead, start, rest = prose(2, short=10), prose(3), prose(3, short=10)
    fill = prose(12, short=4)
    pages = [wrap(lead) + wrap(start), wrap(rest) + wrap(fill)[:9], wrap(fill)[9:]]
    path = tmp_path / "noted.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", SIZE)
        y = height - 110
        for line in lines:
            c.drawString(80, y, line)
            y -= SIZE * 1.8
        if number == 1:
            c.setFont("STSong-Light", 9)
            c.drawString(80, 90, "① " + note)
        c.setFont("STSong-Light", 10)
        c.drawCentredString(width / 2, 40, f"— {number} —")
        c.showPage()
    c.save()
    got = [b.text for b in read_file(path).blocks]
    assert got == [lead, start + rest, fill, "[1] " + note], got


def test_a_sentence_end_with_room_for_the_next_lines_character_ends_its_paragraph(tmp_path):
    """Ragged lines (not justified): "…落地。" a character short of the margin, "有人说…"
    under it. The 有 would have fitted where the line stopped, so the line breaking did
    not stop there: the paragraph ended."""
    first = FULL[:CHARS] + FULL[: CHARS - 2] + "。"
    second = FULL[3:CHARS] + FULL[:5] + "。"
    got = _blocks(tmp_path, [FULL[:CHARS], FULL[:10] + "。", *wrap(first), *wrap(second)])
    assert got[-2:] == [first, second], got
    # but "对“四人帮”…" under it goes on: no break on either side of a curly quote, so
    # 对 did not fit with “四
    quoted = "对“四人帮”" + FULL[: CHARS - 7] + "。"
    got = _blocks(tmp_path, [FULL[:CHARS], FULL[:10] + "。", *wrap(first), quoted])
    assert got[-1] == first + quoted, got


def test_a_number_after_a_closing_mark_moves_down_with_it(tmp_path):
    """ "…第" five characters short, "二，AI、VR、AR需要…" under it: an office suite does
    not break between a comma and the Latin word after it, so 二，AI、VR、AR went down
    whole and the paragraph goes on."""
    first = FULL[: CHARS - 5]
    second = "二，AI、VR、AR需要" + FULL[: CHARS - 16] + "。"
    got = _blocks(tmp_path, [FULL[:CHARS], FULL[:10] + "。", first, second])
    assert got[-1] == first + second, got


def test_a_narrow_ideographic_space_reads_as_a_space():
    """A font's one space glyph mapped back to U+3000 (a third of an em wide) is a space:
    "IPD 、IFS" as the writer typed it, not "IPD\u3000、IFS"."""
    from pdfminer.layout import LTChar

    from drafter.corpus.readers.pdf import _page_regions

    def glyph(text: str, x: float, width: float) -> LTChar:
        ch = object.__new__(LTChar)
        ch._text, ch.matrix, ch.size, ch.fontname = text, (1, 0, 0, 1, x, 700), 11.0, "F"
        ch.x0, ch.x1, ch.y0, ch.y1 = x, x + width, 700.0, 711.0
        return ch

    layout, x = [], 90.0
    for text, width in [("I", 3.5), ("P", 6.5), ("D", 7.5), ("\u3000", 3.5), ("、", 11)]:
        layout.append(glyph(text, x, width))
        x += width
    (lines,), _hints = _page_regions(layout, 0, {"chars": 0, "unmapped": 0})
    assert [ln.text for ln in lines] == ["IPD 、"]


def _draw_spaced(path, paragraphs: list[list[str]], space: float) -> None:
    """Paragraphs of lines at the left margin, no first-line indent, ``space`` (in lines)
    of white after each: Word's space after a paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", SIZE)
    y = A4[1] - 110
    for lines in paragraphs:
        for line in lines:
            c.drawString(80, y, line)
            y -= SIZE * 1.5
        y -= SIZE * 1.5 * space
    c.showPage()
    c.save()


@pytest.mark.parametrize("space", [0.6, 0.0])
def test_no_white_under_a_short_sentence_end_where_paragraphs_stand_apart(tmp_path, space):
    """ "…必须注意防“左”。" three characters short of the margin, "防“左”是…" under it: a
    curly quote breaks on neither side, so 防“左”是 did not fit. Where the document sets its
    paragraphs apart by white (space after, no indent), no white between the two lines says
    they are one paragraph; where it does not (``space`` 0), the short line ends its
    paragraph as before."""
    others = [[FULL[:CHARS], FULL[k : k + 10] + "。"] for k in range(4)]
    first = FULL[: CHARS - 12] + "必须注意防“左”。"  # three characters short
    second = "防“左”是" + FULL[:10] + "。"
    path = tmp_path / "spaced.pdf"
    _draw_spaced(path, [*others[:2], [first, second], *others[2:]], space)
    got = [b.text for b in read_file(path).blocks]
    if space:
        assert first + second in got, got
    else:
        assert first in got and second in got, got


def test_one_line_items_set_apart_by_white_stay_apart(tmp_path):
    """A page of one-line ———items, each a paragraph with white after it and its stop a
    character short of the margin: the page's median gap is the paragraphs' pitch, not the
    lines'. The line pitch comes from full lines and their next lines, so each item ends at
    the white under it."""
    lead = [FULL[:CHARS], FULL[1 : CHARS + 1], FULL[2 : CHARS + 2], FULL[3:13] + "。"]
    items = [["———" + FULL[k : k + CHARS - 5] + "。"] for k in range(5)]
    path = tmp_path / "items.pdf"
    _draw_spaced(path, [lead, *items], 0.7)
    got = [b.text for b in read_file(path).blocks]
    assert got[-5:] == [i[0] for i in items], got


def test_a_sentence_end_in_a_latin_bracket_ends_a_chinese_line(tmp_path):
    """ "…审批点。)" three characters short at a page's foot, a part's heading atop the
    next page: the stop inside a Latin bracket ends the sentence and the line is a Chinese
    one (not ragged Latin text with a quarter of the line to spare)."""
    first = FULL[: CHARS - 8] + "（丁耘：审批点。)"
    pages = [[FULL[:CHARS], FULL[4 : CHARS + 4], first], ["三、调整格局", FULL[:CHARS], "。"]]
    path = tmp_path / "bracket.pdf"
    draw(path, pages)
    got = [b.text for b in read_file(path).blocks]
    assert "三、调整格局" in got, got
