"""The main window's saved size and dock layout: remembered on close, restored on start.

On a screen of the size the layout was saved on, all of it comes back as it was. On a
screen of another size the window takes this screen's default size, but the user's dock
layout still comes back (which docks are shown or closed, which are tabbed together,
floating ones, the order of the tabs): only what the other screen forced is undone. The
columns the fitting tabbed onto the reader for want of room (:mod:`screen_fit`) are split
off again, and a floating dock is put back inside the screen. The fitting after show narrows the columns again where they do not fit.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect
from PySide6.QtWidgets import QDockWidget

from drafter.settings import Settings
from drafter.ui.screen_fit import default_window_rect, screen_key, widen_columns
from drafter.ui.widgets.popup import place_on_screen

log = logging.getLogger(__name__)


def restore_layout(window: Any, settings: Settings) -> list[str]:
    """Restore ``settings``' saved geometry and dock state on ``window`` (see the module
    docstring); returns the docks still tabbed onto the reader by an earlier fitting (to be
    remembered again on close), empty when the layout was adapted to another screen."""
    if settings.window_geometry:
        _restore(window.restoreGeometry, settings.window_geometry)  # damaged: default stays
    room = window.screen().availableGeometry()  # the screen the saved geometry put it on
    other_screen = settings.window_screen not in ("", screen_key(room))
    if other_screen:
        window.setGeometry(default_window_rect(room))
    if not settings.window_state or not _restore(window.restoreState, settings.window_state):
        return []
    if not other_screen:
        return list(settings.window_narrowed)
    if settings.window_narrowed:
        names = list(settings.window_narrowed)
        _when_first_shown(window, lambda: widen_columns(window, window.reader_dock, names))
    for dock in window.findChildren(QDockWidget):
        if dock.isFloating():
            _keep_inside(dock, room)
    return []


def remember_layout(window: Any, settings: Settings, narrowed: list[str]) -> None:
    """Note ``window``'s geometry, dock state and screen in ``settings``, and which of the
    ``narrowed`` docks (tabbed onto the reader by the fitting) are still there."""
    settings.window_geometry = base64.b64encode(bytes(window.saveGeometry())).decode()
    settings.window_state = base64.b64encode(bytes(window.saveState())).decode()
    settings.window_screen = screen_key(window.screen().availableGeometry())
    beside = {dock.objectName() for dock in window.tabifiedDockWidgets(window.reader_dock)}
    closed = {  # Qt lists no closed dock among the tabs; it stays where it was closed
        dock.objectName()
        for dock in window.findChildren(QDockWidget)
        if dock.isHidden() and not dock.isFloating()
    }
    settings.window_narrowed = [name for name in narrowed if name in beside | closed]


def _when_first_shown(window: Any, act: Callable[[], None]) -> None:
    """Run ``act`` as ``window`` is first shown: a dock state restored on a hidden window
    is laid out again when it is shown (Qt keeps it until then), undoing changes made
    before; at the Show event it has been laid out, and the fitting to the screen
    (queued from the same event) comes after."""

    class _FirstShow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Show:
                window.removeEventFilter(self)
                act()
            return False

    window._layout_first_show = _FirstShow(window)  # kept alive with the window
    window.installEventFilter(window._layout_first_show)


def _restore(restore: Any, value: str) -> bool:
    try:
        return bool(restore(QByteArray(base64.b64decode(value))))
    except (ValueError, TypeError):
        log.warning("ignoring a damaged saved window layout")
        return False


def _keep_inside(dock: QDockWidget, room: QRect) -> None:
    """Shrink and move a floating dock saved on a larger screen into ``room``."""
    width, height = min(dock.width(), room.width()), min(dock.height(), room.height())
    if (width, height) != (dock.width(), dock.height()):
        dock.resize(width, height)
    frame = dock.frameGeometry()
    if not room.contains(frame):
        dock.move(place_on_screen(frame, room, margin=0))
