"""更正结构 has 重做 as well as 撤销. Walking the app, a correction undone by mistake (撤销上一处
更正, or 撤销全部更正) had to be found and made again by hand: the menu had no way back. Now
重做刚撤销的更正 puts it back, one step at a time, while nothing else was corrected since."""

from __future__ import annotations

from .reader_setup import correction_menu
from .test_corrections_net_effect_ux import _do, opened  # noqa: F401 - the fixture


def _entries(panel, text: str) -> list[str]:
    i = next(p.index for p in panel._paragraphs if p.text == text)
    return [a.text().split("：")[0] for a in correction_menu(panel, i).actions()]


def test_undo_then_redo_puts_corrections_back(opened, qtbot):  # noqa: F811
    panel, lib, doc_id = opened
    _do(qtbot, panel, "加强队伍建设", "设为二级标题")
    _do(qtbot, panel, "三、狠抓落实", "改为二级标题")
    made = list(lib.corrections(doc_id).ops)
    assert len(made) == 2
    assert "重做" not in _entries(panel, "加强队伍建设")
    _do(qtbot, panel, "加强队伍建设", "撤销：")
    _do(qtbot, panel, "加强队伍建设", "撤销：")
    assert lib.corrections(doc_id).ops == []
    assert not next(p for p in panel._paragraphs if p.text == "加强队伍建设").is_heading
    _do(qtbot, panel, "加强队伍建设", "重做：")
    assert lib.corrections(doc_id).ops == made[:1]
    assert next(p for p in panel._paragraphs if p.text == "加强队伍建设").is_heading
    _do(qtbot, panel, "加强队伍建设", "重做：")
    assert lib.corrections(doc_id).ops == made
    assert "重做" not in _entries(panel, "加强队伍建设")
    # 撤销全部 is undone as a whole
    _do(qtbot, panel, "加强队伍建设", "撤销全部更正")
    assert lib.corrections(doc_id).ops == []
    _do(qtbot, panel, "要选优配强干部，打造过硬队伍。", "重做：")
    assert lib.corrections(doc_id).ops == made


def test_a_new_correction_after_undo_ends_the_redo(opened, qtbot):  # noqa: F811
    panel, lib, doc_id = opened
    _do(qtbot, panel, "加强队伍建设", "设为二级标题")
    _do(qtbot, panel, "加强队伍建设", "撤销：")
    assert "重做" in _entries(panel, "加强队伍建设")
    _do(qtbot, panel, "二、突出重点", "改为二级标题")
    assert "重做" not in _entries(panel, "加强队伍建设")
