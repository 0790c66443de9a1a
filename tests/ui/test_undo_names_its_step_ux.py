"""撤销 says which step it takes back (ux18). A user made 加强队伍建设 a 二级标题, then set the
date with 编辑信息…, and chose 撤销上一处更正 meaning the heading: the date went back, the
heading stayed, and nothing said so. Now the menu names the step (撤销：编辑信息（日期）), takes
back exactly that one, the next one after it, and 重做 puts them back in order, named too."""

from __future__ import annotations

from .reader_setup import correction_menu, edit_info
from .test_corrections_net_effect_ux import _do, opened  # noqa: F401 - the fixture


def _entry(panel, prefix: str) -> str | None:
    texts = [a.text() for a in correction_menu(panel, 1).actions()]
    return next((t for t in texts if t.startswith(prefix)), None)


def _heading(panel, text: str) -> bool:
    return next(p for p in panel._paragraphs if p.text == text).is_heading


def test_undo_and_redo_name_each_step_and_go_in_order(opened, qtbot):  # noqa: F811
    panel, lib, doc_id = opened
    said: list[str] = []
    panel.corrections.status_message.connect(said.append)
    edit_info(qtbot, panel, {"date": "2025-03-05"})
    _do(qtbot, panel, "加强队伍建设", "设为二级标题")
    edit_info(qtbot, panel, {"date": "2025-03-06"})
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
