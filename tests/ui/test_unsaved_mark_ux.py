"""Unsaved edits are visible inside the window, not only in its title.

The window title's star (稿件 — 文件名 *) is drawn by the window manager; full screen, a
tiling desktop or a kiosk session shows no title bar, and the editor's footer showed the
draft's file path whether or not it had been saved since the last edit. The footer now
shows ● 未保存 while the draft differs from its file, and the 草稿 tab (tabbed with 模板)
carries a dot; both clear on save and come back with the next edit, and undoing back to
the saved text clears them again (the undo stack's clean state decides, as for the
"save changes?" question)."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.store import save_draft

from .draft_setup import type_chinese
from .waits import WAIT_MS


def _shown(window) -> tuple[bool, str, bool]:
    """(footer mark shown, 草稿 tab title, window title starred)."""
    mark = window.editor.unsaved_mark
    return (
        mark.isVisibleTo(window.editor),
        window.draft_dock.windowTitle(),
        " *" in (window.windowTitle()),
    )


def test_the_unsaved_mark_follows_edits_saves_and_undo(qtbot, make_window, tmp_path):
    path = tmp_path / "讲话.json"
    save_draft(
        Draft(
            meta=DraftMeta(title="在全县工作会议上的讲话"),
            sections=[DraftNode("统一思想", paragraphs=[DraftParagraph("要提高认识。")])],
        ),
        path,
    )
    window = make_window()
    window.editor.files.recovery_checked = True
    assert window.editor.open_draft(path)
    assert _shown(window) == (False, "草稿", False)  # just opened: nothing to save
    editor = window.editor
    section = editor.draft.sections[0].id
    editor.select_key(section)
    editor.editor.setFocus()
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    type_chinese(editor.editor, "抓好落实")
    qtbot.waitUntil(lambda: editor.session.dirty, timeout=WAIT_MS)
    assert _shown(window) == (True, "草稿 •", True)
    assert editor.unsaved_mark.text() == "● 未保存"
    # the path stays readable beside the mark
    assert editor.file_label.text() == str(path)

    editor.save_action.trigger()  # 保存 (Ctrl+S): the draft has its file, nothing asked
    assert not editor.session.dirty
    assert _shown(window) == (False, "草稿", False)

    type_chinese(editor.editor, "。")
    assert _shown(window) == (True, "草稿 •", True)
    editor.session.undo_stack.undo()  # back to the saved text
    assert _shown(window) == (False, "草稿", False)
    editor.session.undo_stack.redo()
    assert _shown(window) == (True, "草稿 •", True)


def test_a_new_draft_shows_the_mark_until_saved(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    window.editor.files.recovery_checked = True
    window.editor.set_draft(Draft(sections=[DraftNode("甲")]), unsaved=True)
    assert _shown(window) == (True, "草稿 •", True)
    target = tmp_path / "新稿.json"
    monkeypatch.setattr(window.editor.files, "_ask_save_path", lambda: str(target))
    assert window.editor.save()
    assert target.exists()
    assert _shown(window) == (False, "草稿", False)
