"""A writer's draft opened with no library document open (ux32, the office head's walk):
the empty reader column took the middle third of the screen beside the draft and 审稿."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.store import save_draft

from .waits import WAIT_MS


def _draft_file(tmp_path):
    draft = Draft(meta=DraftMeta(title="在全区办公室系统工作会议上的讲话"))
    draft.sections.append(
        DraftNode("一、提高办文质量", paragraphs=[DraftParagraph("要精益求精。")])
    )
    path = tmp_path / "初稿.json"
    save_draft(draft, path)
    return path


def test_the_empty_reader_gives_its_room_to_the_draft(make_window, tmp_path, qtbot):
    """Opening the draft folds the empty reader; the draft column widens; opening a
    document brings the reader back at the width the user had given it."""
    window = make_window()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.reader_dock.isVisible(), timeout=WAIT_MS)
    window.resizeDocks([window.reader_dock], [500], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    kept, before = window.reader_dock.width(), window.draft_dock.width()
    assert window.editor.open_draft(_draft_file(tmp_path))
    qtbot.waitUntil(lambda: not window.reader_dock.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.draft_dock.width() > before + 200, timeout=WAIT_MS)
    window.unfold_reader()  # what opening a document does first
    qtbot.waitUntil(lambda: window.reader_dock.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: abs(window.reader_dock.width() - kept) <= 20, timeout=WAIT_MS)


def test_a_reader_with_a_document_stays(make_window, tmp_path, qtbot, monkeypatch):
    """A document open in the reader is not folded away by opening a draft."""
    window = make_window()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.reader_dock.isVisible(), timeout=WAIT_MS)
    monkeypatch.setattr(type(window.reader_panel), "document", property(lambda _self: object()))
    assert window.editor.open_draft(_draft_file(tmp_path))
    qtbot.wait(100)
    assert window.reader_dock.isVisible()
