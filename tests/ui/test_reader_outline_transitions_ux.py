"""The reader's outline pane lists the transitions of a text without headings (ux43's walk:
it showed only 开头 / 正文 / 结尾 while the 结构图 and the exported 提纲 listed the turns, commits
5fe9988d and 97867e08). Each is a row under 正文, a click away as a heading is."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.corpus import parse_text
from drafter.ui.panels.reader_outline import ParagraphRole
from drafter.ui.panels.reader_panel import ReaderPanel
from tests.study.test_transition_stretches import LINES

from .waits import WAIT_MS


def _rows(item) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def _reader(qtbot, lines) -> ReaderPanel:
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    reader.show_document(parse_text("\n".join(lines), "/tmp/作风.txt"))
    # found on a worker (test_reader_outline_off_gui_thread_ux.py)
    qtbot.waitUntil(lambda: not reader.outline_pending, timeout=WAIT_MS)
    return reader


def test_the_transitions_stand_under_the_body_and_take_the_reader_there(qtbot):
    reader = _reader(qtbot, LINES)
    outline = reader.outline
    tops = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
    assert tops[0].startswith("开头（") and tops[1].startswith("正文（")
    assert tops[-1].startswith("结尾（")
    assert "（未识别出标题层级）" not in tops  # the turns stand where the headings would
    body = outline.topLevelItem(1)
    assert _rows(body) == [
        "〔转入新话题〕现在我来讲一讲学风问题。",
        "〔转入新话题〕其次讲一讲文风问题。",
        "〔回顾上文〕关于文风的问题，今天讲的就是这些。",
    ]
    assert body.isExpanded()
    turn = body.child(1)
    assert turn.data(0, ParagraphRole) == 5
    outline.scrollToItem(turn)
    rect = outline.visualItemRect(turn)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: reader.view.textCursor().block().text().startswith("其次讲一讲"), timeout=WAIT_MS
    )


def test_a_text_without_transitions_still_says_it_has_no_headings(qtbot):
    plain = [line for line in LINES if "讲一讲" not in line and "讲的就是" not in line]
    reader = _reader(qtbot, plain)
    outline = reader.outline
    tops = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
    assert "（未识别出标题层级）" in tops
    assert all(outline.topLevelItem(i).childCount() == 0 for i in range(len(tops)))
