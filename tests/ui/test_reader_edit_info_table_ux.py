"""编辑信息… in the reader updates the library table at once. Walking the app, a writer gave an
untitled government report its title, speaker, date and genre from the reader: the reader's
header changed, and the table beside it kept 本届政府从1993年3月就职，到… with empty columns
until the library watcher's next poll, seconds later."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from drafter.ui.dialogs.edit_info import EditInfoDialog

from .study_setup import window_with
from .waits import WAIT_MS

TEXT = (
    "各位代表：\n本届政府就职到现在已经五年了，我代表国务院向大会报告工作，请予审议。\n"
    "一、关于过去五年的工作\n五年来，经济发展保持良好势头，国家经济实力显著增强。\n"
    "二、关于今年的工作\n今年要进一步稳定和加强农业，推进各项改革。\n"
)


def test_reader_edit_info_shows_in_the_table_at_once(make_window, qtbot, tmp_path):
    # poll=False: the table must show the change at once, not at the watcher's next poll
    with window_with(make_window, tmp_path, {"report.txt": TEXT}, poll=False) as (window, library):
        doc = library.documents()[0]
        lp, rp = window.library_panel, window.reader_panel
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(doc.id)

        def fill():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, EditInfoDialog)
            dialog.edits["title"].setText("政府工作报告")
            dialog.edits["date"].setText("1998-03-05")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        QTimer.singleShot(0, fill)
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.corrections.edit_info()  # the reader's 编辑信息… button
        row = next(
            r for r in range(lp.proxy.rowCount()) if lp.proxy.index(r, 2).data() == "1998-03-05"
        )
        assert lp.proxy.index(row, 0).data().startswith("政府工作报告")
        # and the header says fields were corrected, not "已更正 2 处" as if headings moved
        assert "信息已更正：标题、日期" in rp.header.text() and "处" not in rp.header.text()
