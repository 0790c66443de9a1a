"""比较稿件 › 导出修订稿… counts every comment the file holds, in the dialog and the status
bar (ux26's walk): it said 带批注 2 条 of a 修订稿 in which Word listed eight, the notes on
the moved part and paragraph and on the changed date, and the reply, left out."""

from __future__ import annotations

from docx import Document as WordDocument
from PySide6.QtCore import Qt

from drafter.settings import Settings
from drafter.ui import file_dialogs
from tests.office.test_redline_comment_count_ux import _reviewed_versions

from .waits import WAIT_MS


def test_the_dialog_and_status_count_the_comments_in_the_file(
    make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window(Settings(autosave_seconds=0, reviewer_name="王主任"))
    window.resize(1280, 720)
    old, new = _reviewed_versions()
    window.editor.session.load(new)  # the head's draft, his comments on it
    dialog = window.editor.office.open_compare(old, "初稿.docx")
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    said = []
    window.statusBar().messageChanged.connect(said.append)
    target = tmp_path / "讲话（修订稿）.docx"
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", lambda *_a: (str(target), "Word 文档 (*.docx)")
    )
    qtbot.mouseClick(dialog.redline_button, Qt.MouseButton.LeftButton)
    in_file = len(WordDocument(str(target)).comments)
    assert in_file == 8
    words = f"（带批注 {in_file} 条，其中改动说明 5 条，回复 1 条）"
    assert dialog.result.text() == f"已导出修订稿：{target}{words}"
    assert said and said[-1] == f"已导出修订稿：{target}{words}"
    dialog.close()
