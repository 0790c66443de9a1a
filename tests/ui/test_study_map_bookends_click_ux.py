"""结构图: a click on the 〔开头〕 or 〔结尾〕 row brings that part into view, as a click on a
section does. Walking the app on 论十大关系, the trainee clicked 〔结尾〕号召激励式 to read how
the speech closes and nothing moved: the two rows carried no paragraph."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def _click(tree, item) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_opening_and_closing_rows_take_the_reader_there(studied, qtbot):  # noqa: F811
    window, panel, _library, _first = studied
    tree, study = panel.map, panel.study
    rows = {
        tree.topLevelItem(i).text(0)[:4]: tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
    }
    assert study.opening.paragraphs and study.closing.paragraphs
    for name, bookend in (("〔开头〕", study.opening), ("〔结尾〕", study.closing)):
        with qtbot.waitSignal(tree.paragraph_chosen, timeout=WAIT_MS) as got:
            _click(tree, rows[name])
        assert got.args == [bookend.paragraphs[0]]
    # and the annotated text beside it shows the closing's paragraph
    text = window.study.mode.page.text
    block = text.document().findBlockByNumber(text._first_block[study.closing.paragraphs[0]])
    top = text.cursorForPosition(text.viewport().rect().topLeft()).blockNumber()
    bottom = text.cursorForPosition(text.viewport().rect().bottomLeft()).blockNumber()
    assert top <= block.blockNumber() <= bottom
