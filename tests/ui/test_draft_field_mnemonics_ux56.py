"""The draft's title block from the keyboard (ux54's walk): 标题 had a buddy label but no
Alt+letter, so an opened draft's title was a dozen Shift+Tabs away. Each field now has one,
written as the menus write theirs (标题(&T), 文件(&F)), none clashing with a menu's or another
shortcut of the window; at 1280x720, where the draft shares its place with the reader, the
key brings the draft forward instead of typing into a field nobody sees."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from drafter.drafts.model import Draft, DraftMeta
from drafter.settings import Settings
from drafter.ui.screen_fit import fit_main_window

from .waits import WAIT_MS

ALT = Qt.KeyboardModifier.AltModifier
KEYS = {
    "title": Qt.Key.Key_T,
    "subtitle": Qt.Key.Key_U,
    "speaker": Qt.Key.Key_S,
    "post": Qt.Key.Key_P,
    "date": Qt.Key.Key_D,
    "occasion": Qt.Key.Key_O,
}


def _shown(window, qtbot) -> None:
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def test_alt_letter_takes_the_keyboard_to_each_field(make_window, qtbot):
    window = make_window(Settings())
    editor = window.editor
    editor.set_draft(Draft(meta=DraftMeta(title="在全区工作会议上的讲话")), ask=False)
    _shown(window, qtbot)
    window.library_panel.setFocus()
    for name, key in KEYS.items():
        qtbot.keyClick(window, key, ALT)
        edit = editor.meta.edits[name]
        qtbot.waitUntil(edit.hasFocus, timeout=WAIT_MS)
    # Alt+T, then typing goes into the title of the draft
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(editor.meta.edits["title"].hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(editor.meta.edits["title"], Qt.Key.Key_End)
    qtbot.keyClicks(editor.meta.edits["title"], "(draft 2)")
    assert editor.draft.meta.title == "在全区工作会议上的讲话(draft 2)"


def test_the_letters_clash_with_no_menu_and_no_shortcut(make_window):
    window = make_window(Settings())
    labels = [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and "&" in label.text()
    ]
    letters = [_mnemonic(t) for t in labels]
    assert {t.replace("&", "") for t in labels} >= {
        "标题(T)",
        "副标题(U)",
        "讲话人(S)",
        "职务(P)",
        "日期(D)",
        "场合(O)",
    }
    menus = [_mnemonic(a.text()) for a in window.menuBar().actions() if a.text()]
    assert len(set(letters)) == len(letters)  # no two labels share a letter
    assert not set(letters) & set(menus)
    taken = {k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()}
    taken |= {s.key().toString() for s in window.findChildren(QShortcut)}
    assert "Ctrl+3" in taken and "Alt+1" in taken  # what is gathered: every action's keys
    assert not set(letters) & taken


def test_at_1280x720_the_key_brings_the_draft_forward(make_window, qtbot):
    window = make_window(Settings())
    window.resize(1280, 720)
    _shown(window, qtbot)
    fit_main_window(window, window.reader_dock, window.draft_dock, room=QRect(0, 0, 1280, 720))
    qtbot.wait(50)
    window.bring(window.reader_dock)
    qtbot.waitUntil(lambda: not window.reader_dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
    assert window.draft_dock.visibleRegion().isEmpty()  # the draft behind the reader's tab
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: not window.draft_dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
    assert window.editor.meta.edits["title"].hasFocus()
