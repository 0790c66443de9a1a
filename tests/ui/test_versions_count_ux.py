"""版本记录 counts 字数 as the editor does: the same saved draft read 1,520 in the versions
list and 全文 1,691 字 under the editor (the list left the headings out)."""

from __future__ import annotations

import pytest

from drafter.ui.dialogs.versions_dialog import VersionsDialog
from tests.export.conftest import build_speech


@pytest.fixture
def panel(make_editor):
    return make_editor()


def test_the_versions_list_counts_as_the_editor(panel, tmp_path):
    panel.set_draft(build_speech(), unsaved=True, ask=False)
    panel.files._ask_save_path = lambda: str(tmp_path / "讲话.json")
    assert panel.office.save_version("送审稿")
    dialog = VersionsDialog(panel)
    shown = int(dialog.tree.topLevelItem(0).text(3).replace(",", ""))
    assert shown == panel.session.model.total_count()
    assert f"全文 {shown:,} 字" in panel.counts.text()
