"""A highlight made from a drag that stops or starts inside a word takes the whole word.
Walking the trainee's path, a drag released one character early kept a note quoting
参谋不是简单地收集材 (of 收集材料), and the ✎ sign then stood between 材 and 料."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from drafter.study.notes import snap_span

from .study_setup import studied  # noqa: F401 - the fixture

TEXT = "参谋不是简单地收集材料、汇总数字，而是要在吃透上情、摸清下情的基础上，提出意见。"


def _snap(start: int, end: int) -> str:
    s, e = snap_span(TEXT, start, end)
    return TEXT[s:e]


def test_an_edge_inside_a_word_moves_to_the_word_edge():
    assert _snap(0, TEXT.index("料")) == "参谋不是简单地收集材料"
    assert _snap(1, TEXT.index("料")) == "参谋不是简单地收集材料"
    assert _snap(TEXT.index("总"), TEXT.index("，")) == "汇总数字"
    # edges between words stay where they were put
    assert _snap(0, TEXT.index("、")) == "参谋不是简单地收集材料"
    assert _snap(TEXT.index("汇"), TEXT.index("，")) == "汇总数字"


def test_a_drag_released_inside_a_word_keeps_it_whole(studied):  # noqa: F811
    window, panel, _library, first = studied
    study, page = window.study, window.study.mode.page
    target = next(p for p in panel.doc.paragraphs() if p.text.startswith("举办这次培训班"))
    block = page.text.document().findBlockByNumber(page.text._first_block[target.index])
    start = block.position() + block.text().index("帮助青年干部")
    end = block.position() + block.text().index("帮助青年干部") + 5  # 帮助青年干 (of 干部)
    cursor = QTextCursor(block)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    page.text.setTextCursor(cursor)
    page.highlight_button.click()
    assert [n.quote for n in study.notes.for_document(first.id)] == ["帮助青年干部"]
