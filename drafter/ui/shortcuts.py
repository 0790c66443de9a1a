"""Keyboard plumbing of the main window: where each dock puts the focus when brought
forward, where Tab goes (never into a dock hidden behind another dock's tab), and the guard
that keeps a few window shortcuts from being eaten by text boxes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

# The widget that takes the keyboard when a dock is brought forward (Ctrl+1 ... Ctrl+5),
# by object name, the first one shown: arrow keys and Enter then work at once. In 学习模式
# the reader's text is the study page's (studyText): Ctrl+3 put the keyboard on the first
# button of the reader's toolbar, where Space made a template of the document.
FOCUS_TARGETS = {
    "searchDock": ("searchBox",),
    "libraryDock": ("libraryView",),
    "readerDock": ("readerView", "studyText"),
    "draftDock": ("draftOutline",),
    "galleryDock": ("templateList",),
    "reviewDock": ("reviewTree",),  # F7: the findings, ↑↓ through them at once
    "structuresDock": ("structuresTable", "mineButton"),  # Shift+F8
}

# Window shortcuts that Qt's text boxes claim for themselves on Linux (Ctrl+E is "end of
# line" in the Emacs-style bindings of QLineEdit under X11), so pressing them while typing
# a query or a title did nothing.
GUARDED = ("Ctrl+E",)


def focus_target(dock: QDockWidget) -> QWidget:
    """The widget of ``dock`` that should get the keyboard (the dock's widget if unknown)."""
    widget = dock.widget()
    for name in FOCUS_TARGETS.get(dock.objectName(), ()):
        found = widget.findChild(QWidget, name)
        if found is not None and found.isVisibleTo(widget) and found.isEnabled():
            return found
    for child in widget.findChildren(QWidget):  # e.g. the library view hidden while empty
        focusable = bool(child.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if focusable and child.isVisibleTo(widget) and child.isEnabled():
            return child
    return widget


def behind_tab(widget: QWidget) -> bool:
    """Whether ``widget`` sits in a docked panel another dock's tab hides. Qt moves such a
    dock off the window but still counts it visible, so Tab walked into it: from the 学习
    dock's 对照 tab the next Tab went to the unseen 结构 panel, and a dozen more presses
    passed through its buttons before anything on screen had the focus again."""
    parent = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent is not None and not parent.isFloating() and parent.visibleRegion().isEmpty()


def bring_forward(widget: QWidget) -> None:
    """Raise the dock holding ``widget`` when another dock's tab hides it (:func:`behind_tab`):
    a label's Alt+letter gives its field the keyboard wherever that field is, seen or not."""
    if not behind_tab(widget):
        return
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.raise_()


def next_on_screen(window: QWidget, forward: bool) -> QWidget | None:
    """The widget Tab (``forward``) or Shift+Tab gives the focus to in ``window``, as Qt's
    own focus chain would, skipping what :func:`behind_tab` hides; None when there is none."""
    start = window.focusWidget() or window
    widget = start
    for _ in range(10000):  # the chain is a ring; the bound only guards a broken one
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is None or widget is start:
            return None
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.window() is window
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and not behind_tab(widget)
        ):
            return widget
    return None


class ShortcutGuard(QObject):
    """An application event filter: for the ``keys`` given, a focused text box is not
    allowed to override the window's shortcut. Install with
    ``app.installEventFilter(guard)``; the owner keeps the reference."""

    def __init__(self, keys: tuple[str, ...] = GUARDED, parent: QObject | None = None):
        super().__init__(parent)
        self._keys = {QKeySequence(k)[0].toCombined() for k in keys}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        """Qt override: let the window's shortcuts win over a focused widget that would otherwise
        eat the key (Ctrl+E, "end of line" in a QLineEdit under X11).
        """
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combined = event.keyCombination().toCombined()
            if combined in self._keys:
                event.ignore()  # not overridden: the shortcut map gets the key
                return True
        return super().eventFilter(watched, event)
