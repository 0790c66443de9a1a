"""A note made from a rough drag quotes the words meant, not the end of the sentence before.

ux12's walk kept a note on mao's 目前我们的形势和任务 quoting 反。在我们进行文化大革命“内战”
的时候，: the drag began two characters early, on the end of the sentence before, and the
note kept them. The study page's selection now leaves out a few stray characters of the
neighbouring sentence (drafter.study.notes.snap_span); a deliberate selection stays as made.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from drafter.study.notes import snap_span

TEXT = "这和我们的情况恰恰相反。在我们进行文化大革命“内战”的时候，他们却在做别的事情。好。下面讲。"


def _snap(a: str, b: str) -> str:
    start = TEXT.index(a)
    s, e = snap_span(TEXT, start, start + len(a) if not b else TEXT.index(b) + len(b))
    return TEXT[s:e]


def test_stray_ends_of_the_neighbouring_sentences_are_left_out():
    assert _snap("反。在我们", "的时候，") == "在我们进行文化大革命“内战”的时候"
    # a comma or a stop at the edge is no part of the quote (the list showed 的时候，)
    assert _snap("，他们", "的事") == "他们却在做别的事情"
    assert _snap("在我们", "时候，") == "在我们进行文化大革命“内战”的时候"
    assert _snap("在我们", "好。下") == "在我们进行文化大革命“内战”的时候，他们却在做别的事情。好。"
    # as made: begun at a sentence's start, ended at a stop, or mostly the short sentence
    assert _snap("这和我们", "") == "这和我们"
    assert _snap("好。下面", "") == "好。下面"
    assert _snap("在我们", "事情。") == "在我们进行文化大革命“内战”的时候，他们却在做别的事情。"


def test_a_note_from_a_rough_drag_keeps_the_sentence_meant(studied):
    window, panel, _library, first = studied
    study, page = window.study, window.study.mode.page
    target = next(p for p in panel.doc.paragraphs() if p.text.startswith("举办这次培训班"))
    # from 长。 (the end of the sentence before) over the 〔提纲句〕 tag to the words meant
    block = page.text.document().findBlockByNumber(page.text._first_block[target.index])
    start = block.position() + block.text().index("长。")
    end = block.position() + block.text().index("两点意见") + 4
    assert "〔" in block.text()[start - block.position() : end - block.position()]
    cursor = QTextCursor(block)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    page.text.setTextCursor(cursor)
    page.highlight_button.click()
    notes = study.notes.for_document(first.id)
    assert [n.quote for n in notes] == ["下面，我讲两点意见"]
    text = panel.doc.paragraphs()[notes[0].paragraph].text
    assert text[notes[0].start : notes[0].end] == "下面，我讲两点意见"
