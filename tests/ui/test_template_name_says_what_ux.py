"""The dialogs that name a new template say what it is made from in their own text: 结构 ›
做成模板 asked only 模板名称（出现在“我的模板”中）, and the window title that said 做成模板 is
not drawn without a window manager (nor by some on a small dialog), so the box floated over
the reader asking for a name out of nowhere. 以此文为模板 said as little."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from drafter.settings import Settings

from .study_setup import mine_in_window, top_row, window_with
from .waits import WAIT_MS

A = """在全市青年干部培训班开班式上的讲话
同志们：
办公室干部要做到“四勤”：一是腿勤，二是口勤，三是手勤，四是眼勤。
同志们，让我们共同努力！
"""

B = """在全县办公室主任会议上的讲话
同志们：
办公室干部要做到“四勤”：一是腿勤，多跑基层；二是口勤，多问情况；三是手勤，多记笔记；四是眼勤，多看材料。
同志们，让我们团结一致！
"""


def _answer(seen: list, accept: bool = False) -> None:
    """Read the modal name box once it shows, then close it (cancel unless ``accept``)."""

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(50, look)
            return
        seen.append((box.windowTitle(), box.labelText(), box.minimumWidth()))
        box.accept() if accept else box.reject()

    QTimer.singleShot(50, look)


def make_frame_template(window, qtbot, frame: str = "四勤") -> str:
    """结构 › 做成模板 on ``frame``'s first example with the name box accepted, as a user
    makes one: the status line's 已生成模板… once it says it (the tests that look at the
    new template, in this folder, start from it)."""
    sp = mine_in_window(window, qtbot)
    sp.table.setCurrentItem(top_row(sp.table, frame))
    sp.examples.setCurrentItem(sp.examples.topLevelItem(0))
    seen: list = []
    _answer(seen, accept=True)
    sp.template_button.click()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("已生成模板"), timeout=WAIT_MS)
    return bar.currentMessage()


def test_make_template_dialog_says_what_and_from_which_text(make_window, qtbot, tmp_path):
    texts = {"开班式.txt": A, "办公室.txt": B}
    with window_with(make_window, tmp_path, texts, Settings()) as (window, _lib):
        sp = mine_in_window(window, qtbot)
        sp.table.setCurrentItem(top_row(sp.table, "四勤"))
        example = sp.examples.topLevelItem(0)
        sp.examples.setCurrentItem(example)
        assert sp.template_button.isEnabled()
        seen: list = []
        _answer(seen)
        sp.template_button.click()
        qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
        title, label, width = seen[0]
        assert title == "做成模板"
        first_line = label.splitlines()[0]
        assert "做成模板" in first_line and "四勤" in first_line, label
        assert "《" in first_line, "names the example it is made from"
        assert "模板名称" in label
        assert width >= 400, "wider than Qt's default box, which clipped a long name"


def test_template_from_this_text_dialog_says_what(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"开班式.txt": A}, Settings()) as (window, _lib):
        seen: list = []
        _answer(seen)
        assert window._ask_template_name("仿在全市青年干部培训班开班式上的讲话") == ""
        title, label, _width = seen[0]
        assert title == "以此文为模板"
        assert "做成模板" in label.splitlines()[0]
