"""版本记录 counts 字数 as the editor does: the same saved draft read 1,520 in the versions
list and 全文 1,691 字 under the editor (the list left the headings out)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from drafter.settings import Settings
from drafter.ui.dialogs.versions_dialog import VersionsDialog
from drafter.ui.panels.draft_editor import DraftEditorPanel
from tests.export.conftest import build_speech


@pytest.fixture
def panel(qtbot, tmp_path):
    widget = DraftEditorPanel(Settings(autosave_seconds=0), recovery_dir=tmp_path / "rec")
    widget.files.recovery_checked = True
    widget.files._ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_versions_list_counts_as_the_editor(panel, tmp_path):
    panel.set_draft(build_speech(), unsaved=True, ask=False)
    panel.files._ask_save_path = lambda: str(tmp_path / "讲话.json")
    assert panel.office.save_version("送审稿")
    dialog = VersionsDialog(panel)
    shown = int(dialog.tree.topLevelItem(0).text(3).replace(",", ""))
    assert shown == panel.session.model.total_count()
    assert f"全文 {shown:,} 字" in panel.counts.text()
