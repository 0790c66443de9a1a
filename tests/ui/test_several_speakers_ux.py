"""A speech given by two people, each with a post, in the library table and the reader, and
corrected with 编辑信息… (ux26's walk). Its header "县委书记 张三 县长 李四" was read as 讲话人
李四, 职务 "县委书记 张三 县长"; now the table lists 张三、李四 (its tooltip each with a post,
as the narrow column cuts the names), the reader's header prints 县委书记　张三、县长　李四,
and the dialog's fields take the posts in the speakers' order."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from drafter.ui.dialogs.edit_info import EditInfoDialog

from .study_setup import window_with
from .waits import WAIT_MS

BODY = "同志们：\n今天召开全县经济工作会议，主要任务是总结去年工作，部署今年任务。\n"
TEXTS = {
    "两人.txt": f"在全县经济工作会议上的讲话\n县委书记 张三 县长 李四\n（2025年3月1日）\n{BODY}",
    "未读出.txt": f"在全县春季植树动员会上的讲话\n（2025年3月5日）\n{BODY}",
}


def test_two_speakers_in_the_table_the_reader_and_the_edit_dialog(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, TEXTS, poll=False) as (window, library):
        lp, rp = window.library_panel, window.reader_panel
        rows = {lp.proxy.index(r, 0).data(): r for r in range(lp.proxy.rowCount())}
        row = rows["在全县经济工作会议上的讲话"]
        assert lp.proxy.index(row, 1).data() == "张三、李四"
        tip = lp.proxy.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert "讲话人：县委书记\u3000张三、县长\u3000李四" in tip
        two = next(d for d in library.documents() if d.path.endswith("两人.txt"))
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(two.id)
        assert "县委书记\u3000张三、县长\u3000李四" in rp.header.text()

        # the other speech read no speaker: the user writes both, each with a post
        other = next(d for d in library.documents() if d.path.endswith("未读出.txt"))
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(other.id)

        def fill():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, EditInfoDialog)
            assert "“；”" in dialog.edits["post"].placeholderText()
            dialog.edits["speaker"].setText("王五、赵六")
            dialog.edits["post"].setText("林业局局长；副县长")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        QTimer.singleShot(0, fill)
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.corrections.edit_info()
        assert "林业局局长\u3000王五、副县长\u3000赵六" in rp.header.text()
        fixed = library.document(other.id)
        assert (fixed.speaker, fixed.post) == ("王五、赵六", "林业局局长；副县长")
