"""对照 follows a document renamed in 编辑信息…: the choice, the aligned outlines' header and
the 并排对照 window name it as the library now does. Walking the app, the tab went on
showing the old title after the title was corrected."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from drafter.ui.dialogs.edit_info import EditInfoDialog

from .reader_setup import edit_info
from .study_setup import compare_with_second
from .waits import WAIT_MS


def _compare_titles(panel) -> tuple[str, str]:
    head = panel.compare.topLevelItem(0)
    return head.text(0), head.text(2)


def test_renaming_the_compared_text_renames_it_on_the_tab(studied, qtbot):
    window, panel, library, first = studied
    compare_with_second(panel, library, qtbot)
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    assert _compare_titles(panel)[1] == "《在全县办公室主任会议上的讲话》"
    # the other text is renamed from the library table's 编辑信息…, as a user does
    lp = window.library_panel
    row = next(r for r in range(lp.proxy.rowCount()) if "全县" in lp.proxy.index(r, 0).data())
    lp.view.setCurrentIndex(lp.proxy.index(row, 0))

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditInfoDialog)
        dialog.edits["title"].setText("全县办公室主任会议讲话（改）")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(lp.library_changed, timeout=WAIT_MS):
        lp.edit_action.trigger()
    assert library.document(other.id).title == "全县办公室主任会议讲话（改）"
    box = panel.compare_box
    qtbot.waitUntil(
        lambda: _compare_titles(panel)[1] == "《全县办公室主任会议讲话（改）》", timeout=WAIT_MS
    )
    assert box.currentText() == "全县办公室主任会议讲话（改）"
    assert "全县办公室主任会议讲话（改）" in panel.side_by_side.windowTitle()


def test_renaming_the_studied_text_renames_it_on_the_tab(studied, qtbot):
    window, panel, library, first = studied
    compare_with_second(panel, library, qtbot)
    edit_info(qtbot, window.reader_panel, {"title": "青年干部培训班讲话（改）"})
    qtbot.waitUntil(lambda: "青年干部培训班讲话（改）" in panel.title_label.text(), timeout=WAIT_MS)
    box = panel.compare_box
    here = box.findData(window.reader_panel.document_key)
    assert box.itemText(here) == "青年干部培训班讲话（改）"
    # the comparison stays, the renamed text named as it is now, in the tab and the window
    qtbot.waitUntil(lambda: panel.compare.topLevelItem(0) is not None, timeout=WAIT_MS)
    assert _compare_titles(panel) == (
        "《青年干部培训班讲话（改）》",
        "《在全县办公室主任会议上的讲话》",
    )
    assert panel.side_by_side.isVisible()
    assert "青年干部培训班讲话（改）" in panel.side_by_side.windowTitle()
