"""The reader's 编辑信息… corrects the subtitle too. Walking the app as an office head, the
reader's header showed a document's subtitle (a 座谈纪要's ——任正非和…座谈纪要 line, or a
sentence of the body read as one) and the form offered title, speaker, post, date, occasion
and genre but no 副标题, so a misread one could only be fixed on the command line
(library edit --subtitle). The form now shows the open document's subtitle; the library
table's form, whose record holds none, does not offer it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from drafter.ui.dialogs.edit_info import EditInfoDialog

from .study_setup import window_with
from .waits import WAIT_MS

TEXT = (
    "在全县工作会议上的讲话\n——在2025年全县工作会议上\n同志们：\n今天召开这次会议，我讲两点意见。\n"
    "一、提高认识\n我们要充分认识这项工作的重要性。\n二、狠抓落实\n要一级抓一级，层层抓落实。\n"
)


def test_the_readers_form_corrects_the_subtitle(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": TEXT}, poll=False) as (window, library):
        doc = library.documents()[0]
        rp = window.reader_panel
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(doc.id)
        assert rp.document.metadata.subtitle
        seen = {}

        def fill():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, EditInfoDialog)
            if "subtitle" not in dialog.edits:
                dialog.reject()  # no 副标题 field: nothing to do but close the form
                return
            seen["shown"] = dialog.edits["subtitle"].text()
            dialog.edits["subtitle"].setText("——在全县经济工作会议上")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        QTimer.singleShot(0, fill)
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.corrections.edit_info()  # the reader's 编辑信息… button
        assert seen["shown"] == "在2025年全县工作会议上"  # what the header shows
        assert rp.document.metadata.subtitle == "——在全县经济工作会议上"
        assert "全县经济工作会议" in rp.header.text()


def test_the_tables_form_has_no_subtitle_field(qtbot):
    from drafter.library.model import DocumentInfo

    info = DocumentInfo(
        "abc", "/x/a.txt", "标题", None, None, None, "讲话", None, None, None,
        "txt", 3, 100, "2025-01-01T00:00:00", "abc",
    )  # fmt: skip
    dialog = EditInfoDialog(info)
    qtbot.addWidget(dialog)
    assert "subtitle" not in dialog.edits
