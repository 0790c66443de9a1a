"""提纲练习's comparison said how close each heading came (相近度), never why. ux68's trainee
wrote four headings, saw 40%, and could not tell what the originals did that theirs did not.
Now a line over each group of sibling headings says how the originals are built (numbering,
own line or run-in, the frame they share) and what the trainee's did differently; each
original heading's tooltip says how it is built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from drafter.corpus.load import parse_text
from drafter.ui.study.exercise import OutlineExercise

TEXT = """在机关作风建设会议上的讲话
同志们：
今天讲三点意见。
一、坚持学习在先
要多读书，多思考。
二、坚持调研在前
要多下基层，多听意见。
三、坚持落实在后
要盯住不放，一抓到底。
"""


def _type(box, text: str) -> None:
    box.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def test_the_comparison_says_how_the_originals_are_built_and_what_differs(qtbot):
    ex = OutlineExercise()
    qtbot.addWidget(ex)
    ex.resize(420, 600)
    ex.set_document(parse_text(TEXT, "/tmp/作风.txt"), "", "作风")
    assert [r.original for r in ex.rows] == ["坚持学习在先", "坚持调研在前", "坚持落实在后"]
    _type(ex._boxes[0], "抓好学习")
    _type(ex._boxes[1], "深入基层调查研究")
    qtbot.mouseClick(ex.check_button, Qt.MouseButton.LeftButton)
    (line,) = ex.lesson_lines()
    assert line.startswith("〔一、至三、〕　原文用“一、”“二、”…编号，标题单独成行")
    assert "3 个标题共用“坚持…”" in line
    assert "只写了 2/3 个" in line and "没用上原文共用的“坚持”" in line
    assert "读来不并列" in line
    # the lesson stands over the group's first heading, across the row, not selectable
    first = ex.result.topLevelItem(0)
    assert ex.result.isFirstColumnSpanned(0, ex.result.rootIndex())
    assert not first.flags() & Qt.ItemFlag.ItemIsSelectable
    assert ex.answer_item(0).text(1) == "一、坚持学习在先"
    assert "共用“坚持…”" in ex.answer_item(0).toolTip(1)
    # written to the frame and parallel, the line says so
    ex.restart()
    for box, mine in zip(ex._boxes, ["坚持读书在先", "坚持走访在前", "坚持督办在后"]):
        _type(box, mine)
    qtbot.mouseClick(ex.check_button, Qt.MouseButton.LeftButton)
    assert ex.lesson_lines()[0].endswith("你的：用上了“坚持”。")
