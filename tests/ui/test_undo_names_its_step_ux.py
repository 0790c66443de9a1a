"""撤销 says which step it takes back (ux18). A user made 加强队伍建设 a 二级标题, then set the
date with 编辑信息…, and chose 撤销上一处更正 meaning the heading: the date went back, the
heading stayed, and nothing said so. Now the menu names the step (撤销：编辑信息（日期）), takes
back exactly that one, the next one after it, and 重做 puts them back in order, named too."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from drafter.ui.dialogs.edit_info import EditInfoDialog

from .reader_setup import correction_menu
from .test_corrections_net_effect_ux import _do, opened  # noqa: F401 - the fixture


def _edit(qtbot, panel, values: dict[str, str]) -> None:
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditInfoDialog)
        for name, value in values.items():
            dialog.edits[name].setText(value)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(panel.document_opened, timeout=10000):
        panel.corrections.edit_info()
    panel.corrections.wait()


def _entry(panel, prefix: str) -> str | None:
    texts = [a.text() for a in correction_menu(panel, 1).actions()]
    return next((t for t in texts if t.startswith(prefix)), None)


def _heading(panel, text: str) -> bool:
    return next(p for p in panel._paragraphs if p.text == text).is_heading


def test_undo_and_redo_name_each_step_and_go_in_order(opened, qtbot):  # noqa: F811
    panel, lib, doc_id = opened
    said: list[str] = []
    panel.corrections.status_message.connect(said.append)
    _edit(qtbot, panel, {"date": "2025-03-05"})
    _do(qtbot, panel, "加强队伍建设", "设为二级标题")
    _edit(qtbot, panel, {"date": "2025-03-06"})
    assert _entry(panel, "撤销：") == "撤销：编辑信息（日期）"

    _do(qtbot, panel, "同志们：", "撤销：")
    assert panel.document.metadata.date == "2025-03-05"  # the first edit, not the machine's
    assert _heading(panel, "加强队伍建设")  # the heading was not touched
    # a date taken back moves no heading: the status line does not say paths followed
    assert "已撤销：编辑信息（日期）。" in said and "已保存信息更正。" in said
    assert not any("标题路径" in s and "编辑信息" in s for s in said)
    assert _entry(panel, "撤销：") == "撤销：设为二级标题「加强队伍建设」"
    assert _entry(panel, "重做：") == "重做：编辑信息（日期）"

    _do(qtbot, panel, "同志们：", "撤销：")
    assert not _heading(panel, "加强队伍建设")
    assert panel.document.metadata.date == "2025-03-05"
    assert _entry(panel, "撤销：") == "撤销：编辑信息（日期）"
    assert _entry(panel, "重做：") == "重做：设为二级标题「加强队伍建设」"

    _do(qtbot, panel, "同志们：", "重做：")
    assert _heading(panel, "加强队伍建设")
    assert said[-1] == "已重做：设为二级标题「加强队伍建设」；检索中的标题路径已随之更新。"
    assert _entry(panel, "重做：") == "重做：编辑信息（日期）"
    _do(qtbot, panel, "同志们：", "重做：")
    assert panel.document.metadata.date == "2025-03-06"
    assert _entry(panel, "重做：") is None
