"""版本记录 says how many comments each version holds, and how many are open.

The head's versions of a draft under review (after 审稿意见转为批注, after adding his own, after
resolving some) all showed the same 字数 and title: four rows that could not be told apart.
A 批注 column (and ``drafter versions``) now counts them: 23, 22, 21（未解决 20）, 0."""

from __future__ import annotations

from drafter.cli import main
from drafter.drafts.anchors import add_comment
from drafter.settings import Settings
from drafter.ui.dialogs.versions_dialog import VersionsDialog
from tests.export.conftest import build_speech


def test_versions_list_counts_comments(make_editor, tmp_path, capsys):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    panel.set_draft(build_speech(), unsaved=True, ask=False)
    path = tmp_path / "审阅稿.json"
    panel.files._ask_save_path = lambda: str(path)
    assert panel.office.save_version("送审稿")
    draft = panel.session.draft
    para = draft.sections[0].paragraphs[0]
    add_comment(draft, para.id, "请核实", author="王主任")
    add_comment(draft, para.id, "可删", author="王主任").resolved = True
    assert panel.office.save_version("审阅意见")
    dialog = VersionsDialog(panel)
    assert dialog.tree.headerItem().text(4) == "批注"
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [(r.text(1), r.text(4)) for r in rows] == [
        ("审阅意见", "2（未解决 1）"),
        ("送审稿", "0"),
    ]
    assert main(["versions", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("批注 2（未解决 1）  审阅意见") and lines[1].endswith("批注 0  送审稿")
