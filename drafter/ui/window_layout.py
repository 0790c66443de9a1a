"""The main window's saved size and dock layout: remembered on close, restored on start.

On a screen of the size the layout was saved on, all of it comes back as it was. On a
screen of another size the window takes this screen's default size, but the user's dock
layout still comes back (which docks are shown or closed, which are tabbed together,
floating ones, the order of the tabs): only what the other screen forced is undone. The
columns the fitting tabbed onto the reader for want of room (:mod:`screen_fit`) are split
off again, and a floating dock is put back inside the screen. The fitting after show narrows the columns again where they do not fit.
On a larger screen the columns split off again take their default shares of the width
(:func:`spread_columns`), not the pixels the small screen left them.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from drafter.settings import Settings
from drafter.ui.screen_fit import COLUMN_WIDTHS, default_window_rect, screen_key, widen_columns
from drafter.ui.widgets.popup import place_on_screen

log = logging.getLogger(__name__)


def restore_layout(
    window: Any, settings: Settings, adapted: Callable[[], None] | None = None
) -> list[str]:
    """Restore ``settings``' saved geometry and dock state on ``window`` (see the module
    docstring); returns the docks still tabbed onto the reader by an earlier fitting (to be
    remembered again on close), empty when the layout was adapted to another screen.
    ``adapted`` runs once such an adapted layout is laid out on the shown window (after the
    fitting, the split-off and the spread): a mode with a layout rule of its own (学习模式)
    lays itself out again there, the saved layout being the other screen's."""
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
    if adapted is not None:  # queued after the fitting's and the spread's turns
        _when_first_shown(window, lambda: QTimer.singleShot(0, adapted), "_layout_adapted")
    if settings.window_narrowed:
        names = list(settings.window_narrowed)
        larger = _larger(room, settings.window_screen)

        def split_off() -> None:
            widen_columns(window, window.reader_dock, names)
            if larger:  # once the split is laid out (and after the fitting, queued before)
                QTimer.singleShot(0, lambda: spread_columns(window))

        _when_first_shown(window, split_off)
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


def _larger(room: QRect, saved: str) -> bool:
    """Whether ``room`` is wider than the screen ``saved`` ("1280x720") names."""
    try:
        width = int(saved.split("x", 1)[0])
    except ValueError:
        return False
    return room.width() > width


def spread_columns(window: Any) -> None:
    """Give the window's columns their default shares of its width (:data:`COLUMN_WIDTHS`,
    the layout a first start on this screen gets), a column of no known dock keeping its
    own width. Run when a small screen's fitted layout is split off again on a larger
    screen: the columns kept the small screen's pixels, the library column at 45% of the
    width and the reader, split off again from the draft, the narrowest (404 / 496 / 530 px
    in a 1440 px window after a session at 1280×720)."""
    columns = _columns(window)
    if len(columns) < 2:
        return
    known = [_default_width(group) for group in columns]
    widths = [group[0].width() for group in columns]
    room = sum(w for w, k in zip(widths, known, strict=True) if k)
    wanted = sum(k for k in known if k)
    if not room or not wanted:
        return
    sizes = [round(k * room / wanted) if k else w for w, k in zip(widths, known, strict=True)]
    window.resizeDocks([group[0] for group in columns], sizes, Qt.Orientation.Horizontal)


def _columns(window: Any) -> list[list[QDockWidget]]:
    """The columns of the reader's dock area, left to right: each its shown dock first, then
    the docks tabbed with it."""
    area = window.dockWidgetArea(window.reader_dock)
    shown = [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.isVisible()
        and not dock.visibleRegion().isEmpty()  # a tab in front, not one moved out of view
        and not dock.isFloating()
        and window.dockWidgetArea(dock) == area
    ]
    by_x: dict[int, list[QDockWidget]] = {}
    for dock in sorted(shown, key=lambda d: (d.geometry().x(), d.geometry().y())):
        by_x.setdefault(dock.geometry().x(), [dock, *window.tabifiedDockWidgets(dock)])
    return [by_x[x] for x in sorted(by_x)]


def _default_width(group: list[QDockWidget]) -> int:
    """The default width of the column holding ``group`` (0: no dock of a known column)."""
    return next(
        (COLUMN_WIDTHS[d.objectName()] for d in group if d.objectName() in COLUMN_WIDTHS), 0
    )


def _when_first_shown(
    window: Any, act: Callable[[], None], name: str = "_layout_first_show"
) -> None:
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

    first_show = _FirstShow(window)
    setattr(window, name, first_show)  # kept alive with the window
    window.installEventFilter(first_show)


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
