"""撤销 after someone else corrected the same document (a colleague on the team library,
another window on a local one): the reader stored its own list without the last step,
built from what it had shown, and the other correction was gone without a word. Now
nothing is stored, the status line says why, and both corrections stay."""

from __future__ import annotations

from drafter.library import Library

from .reader_setup import correction_action
from .test_corrections_net_effect_ux import _do, opened  # noqa: F401 - the fixture
from .waits import WAIT_MS


def test_undo_does_not_drop_a_correction_made_elsewhere_meanwhile(opened, qtbot):  # noqa: F811
    panel, lib, doc_id = opened
    _do(qtbot, panel, "加强队伍建设", "设为二级标题")
    said: list[str] = []
    panel.corrections.status_message.connect(said.append)
    i = next(p.index for p in panel._paragraphs if p.text == "同志们：")
    undo = correction_action(panel, i, "撤销：")  # the menu as the user opened it
    other = Library.open(lib.root, workers=1, lock_timeout=5)  # another window
    try:
        other.edit_metadata(doc_id, speaker="李四")
    finally:
        other.close()
    undo.trigger()
    qtbot.waitUntil(lambda: any(s.startswith("更正未保存") for s in said), timeout=WAIT_MS)
    failed = next(s for s in said if s.startswith("更正未保存"))
    assert "另一个窗口或命令中修改过" in failed and "请重新打开文稿" in failed, failed
    ops = lib.corrections(doc_id).ops
    assert [op.get("op") for op in ops] == ["heading", "meta"]
    assert lib.document(doc_id).speaker == "李四"


def test_a_correction_of_a_document_removed_meanwhile_says_so_in_chinese(opened, qtbot):  # noqa: F811
    """The reader still shows a text another window (a colleague) removed: 设为标题 said
    更正未保存：no document … in the library."""
    panel, lib, doc_id = opened
    said: list[str] = []
    panel.corrections.status_message.connect(said.append)
    i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
    mark = correction_action(panel, i, "设为二级标题")
    other = Library.open(lib.root, workers=1, lock_timeout=5)
    try:
        assert other.remove(doc_id)
    finally:
        other.close()
    mark.trigger()
    qtbot.waitUntil(lambda: any(s.startswith("更正未保存") for s in said), timeout=WAIT_MS)
    assert "更正未保存：资料库中没有这篇文稿（可能已被移除）" in said, said
