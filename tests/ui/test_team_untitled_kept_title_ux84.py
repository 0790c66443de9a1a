"""A title given to an untitled document while the team server is away is shown at once
(待保存), but the grey 无标题 mark stayed beside it until the server came back and it was
stored (ux83's walk): the mark read the stored record. It goes with the title shown.

On the session's server, the library held offline as the window holds it when a read
finds the server away (its ``offline`` reason set)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from speech_samples import UNTITLED_REPORT

from drafter.library import open_library
from drafter.ui.dialogs.edit_info import EditInfoDialog

from .waits import WAIT_MS


def test_a_title_kept_for_later_drops_the_untitled_mark(qtbot, tmp_path, make_window, pg_url):
    path = tmp_path / "报告.txt"
    path.write_text(UNTITLED_REPORT, encoding="utf-8")
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([path]))
        doc = library.documents()[0]
        assert doc.untitled
        window = make_window()
        window.library_watch._reprobe.setInterval(600_000)
        window.set_library(library)
        reader = window.reader_panel
        reader.open_document(doc.id)
        qtbot.waitUntil(
            lambda: reader.document_key == doc.id and not reader.loading, timeout=WAIT_MS
        )
        assert "无标题" in reader.header.text()
        library.offline = "团队资料库暂时连不上：测试中让它离线"  # as a read finding it away does

        def fill():
            form = QApplication.activeModalWidget()
            assert isinstance(form, EditInfoDialog)
            form.edits["title"].setText("政府工作报告")
            form.buttons.button(form.buttons.StandardButton.Ok).click()
            qtbot.waitUntil(lambda: not form.saving, timeout=WAIT_MS)
            if form.isVisible():  # not kept: closed here, so the test fails, not hangs
                form.reject()

        QTimer.singleShot(0, fill)
        reader.corrections.edit_info()
        qtbot.waitUntil(lambda: "1 处更正待保存" in reader.header.text(), timeout=WAIT_MS)
        assert "政府工作报告" in reader.header.text()
        assert "无标题" not in reader.header.text()
        reader.corrections.pending.drop(reader.corrections.pending_here()[0])  # not written
    finally:
        library.offline = ""
        library.close()
