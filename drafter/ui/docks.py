"""Plugging a feature's dock into the main window: the plumbing the review and study
installers share, so each installer says only what is its own (signals, actions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from drafter.ui.screen_fit import HOME


def add_tabbed_dock(
    window: Any, title: str, object_name: str, widget: QWidget, beside: QDockWidget
) -> QDockWidget:
    """A dock holding ``widget``, tabbed with ``beside`` so a new feature takes no screen
    room until chosen. ``object_name`` is what the saved window state and tests find it by."""
    dock = QDockWidget(title, window)
    dock.setObjectName(object_name)
    dock.setWidget(widget)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.tabifyDockWidget(beside, dock)
    dock.setProperty(HOME, beside.objectName())  # closed, it moves with that column
    return dock


def menu_titled(window: Any, prefix: str) -> QMenu | None:
    """The menu-bar menu whose title starts with ``prefix`` (titles carry an accelerator,
    视图(&V)), or None when the window has no such menu."""
    for act in window.menuBar().actions():
        menu = act.menu()
        if menu is not None and act.text().startswith(prefix):
            return menu
    return None


def add_to_main_toolbar(window: Any, action: QAction) -> None:
    """Put ``action`` on the main toolbar, if the window has one (test windows may not)."""
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.addAction(action)
