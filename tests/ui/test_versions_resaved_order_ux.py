"""比较这两个版本 puts a restored old version, saved again, on the old side.

The head restored the 初稿 from 版本记录, saved it (every save keeps a version), and compared
it with the 送审稿: the versions were ordered by when they were saved, so the 初稿's words
stood on the new side and every change the writer made read backwards. A version whose
content is that of an earlier one is now placed where that content was first written,
its save time still listed, with the first one beside it (``（同 11-24 09:30 版）``)."""

from __future__ import annotations

import pytest

from drafter.drafts.history import list_versions, written_order
from drafter.ui.dialogs.versions_dialog import VersionsDialog
from tests.export.conftest import build_speech

from .draft_setup import head_editor


@pytest.fixture
def panel(make_editor):
    return head_editor(make_editor)


def test_a_resaved_old_version_compares_as_the_older(panel, tmp_path):
    path = tmp_path / "讲话.json"
    panel.set_draft(build_speech(), unsaved=True, ask=False)
    panel.files._ask_save_path = lambda: str(path)
    assert panel.office.save_version("初稿")
    panel.session.rename(panel.draft.sections[0].id, "深刻认识办公室工作的重要地位")
    assert panel.office.save_version("送审稿")
    dialog = VersionsDialog(panel)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))  # 初稿
    assert dialog.restore_selected()
    assert panel.office.save_version("")  # the 初稿's text, saved last
    first, sent, resaved = reversed(list_versions(path))
    assert resaved.same_as == first.id and not sent.same_as
    assert [v.id for v in written_order([sent, resaved])] == [resaved.id, sent.id]

    dialog.refresh()
    top = dialog.tree.topLevelItem(0)
    assert top.text(0).startswith(resaved.display_time) and "（同 " in top.text(0)
    assert "内容与" in top.toolTip(0)
    dialog.tree.clearSelection()
    top.setSelected(True)
    dialog.tree.topLevelItem(1).setSelected(True)  # 送审稿
    compare = dialog.compare_selected()
    assert compare.new_name == "送审稿" and "（同 " in compare.old_name
    assert [(o.op, o.new) for o in compare.comparison.outline] == [
        ("rename", "一、深刻认识办公室工作的重要地位")
    ]
    compare.close()
    dialog.close()
