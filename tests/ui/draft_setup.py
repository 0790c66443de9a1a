"""The draft editor tests' shared setting: closing a dirty editor answers 不保存 in every
editor a test builds, the office head's editor (the room of the docked view, comments
signed 王主任) that the 审阅 and 比较稿件 tests act in, and Chinese typed as a writer types it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter.settings import Settings
from drafter.ui.draft.files import DraftFiles


@pytest.fixture
def discard_unsaved(monkeypatch):
    """Closing a dirty editor asks 保存/不保存/取消; at test teardown the answer is 不保存 (a
    modal box would hang the offscreen run). Set on the class, for tests that build editors
    of their own besides ``make_editor``'s, which answers so already."""
    monkeypatch.setattr(DraftFiles, "_ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)


def head_editor(make_editor):
    """The office head's draft editor from the ``make_editor`` fixture: 1280x700, the draft
    dock's room on the office's screens, comments signed 王主任."""
    return make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"), size=(1280, 700))


def type_chinese(widget, text: str) -> None:
    """Type ``text`` key by key, as an input method delivers Chinese (QTest cannot); the
    draft editor's text, fields and outline, and the gallery's boxes, are typed so."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
