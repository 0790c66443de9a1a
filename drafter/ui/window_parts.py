"""What the menu builders and window dialogs may use of the main window, as a Protocol.

``menus`` and ``window_dialogs`` are helpers *of* the main window; typing them against
``MainWindow`` itself made ``main_window -> menus -> main_window`` an import cycle (even
under ``TYPE_CHECKING``). They are typed against this protocol instead, which imports
nothing of the window, so the ui package layers cleanly: main_window at the top, the
helpers below it, this protocol at the bottom.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QToolBar

from drafter.settings import Settings


class WindowParts(Protocol):
    """The attributes of the main window that its menus, toolbar and settings dialogs use.

    Why a protocol and not the class: helpers must not import the module that imports
    them. A panel added later that needs a menu entry adds its action here and in
    ``menus.py``, never an import of ``main_window``.
    """

    settings: Settings
    settings_path: Path | None
    library: Any
    team_tried: str | None
    local_tried: str | None
    editor: Any
    library_panel: Any
    reader_panel: Any
    gallery_dock: QDockWidget | None
    search_dock: QDockWidget
    library_dock: QDockWidget
    reader_dock: QDockWidget
    draft_dock: QDockWidget
    recent_menu: QMenu
    library_dir_requested: SignalInstance

    # actions of the window (built in MainWindow._build_actions)
    from_template_action: QAction
    prefs_action: QAction
    quit_action: QAction
    insert_hit_action: QAction
    insert_reader_action: QAction
    find_action: QAction
    next_hit_action: QAction
    prev_hit_action: QAction
    import_files_action: QAction
    import_folder_action: QAction
    sync_action: QAction
    watched_action: QAction
    remove_docs_action: QAction
    reindex_action: QAction
    cancel_import_action: QAction
    template_from_doc_action: QAction
    getting_started_action: QAction
    syntax_action: QAction
    shortcuts_action: QAction
    about_action: QAction

    def menuBar(self) -> QMenuBar:  # noqa: N802 - Qt's name
        """The window's menu bar, which the menu builders fill."""
        ...

    def addToolBar(self, title: str) -> QToolBar:  # noqa: N802 - Qt's name
        """A new toolbar on the window, for the toolbar builder."""
        ...

    def make_action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        """Build an action owned by the window (see ``MainWindow.make_action``)."""
        ...

    def bring(self, dock: QDockWidget) -> None:
        """Show a dock and give it the keyboard."""
        ...

    def show_status(self, message: str) -> None:
        """Show a transient message in the status bar."""
        ...
