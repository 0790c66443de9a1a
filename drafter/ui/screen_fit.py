"""Keep the window and every dialog inside the screen, down to a 1280×720 laptop.

Three mechanisms, so panels and dialogs added later are covered without each doing it:

- :func:`fit_main_window`: once the main window is shown, if its docks cannot fit side
  by side (their minimum widths add up to more than the screen), the right-hand column
  is tabbed with the reader — two columns instead of three — and the window is sized
  and placed inside the screen. A saved layout from a bigger screen gets the same; the
  docks it moved are remembered, and a larger screen splits them off again
  (:func:`widen_columns`, ui/window_layout.py).
- :class:`~drafter.ui.on_screen_guard.OnScreenGuard` (a module of its own, built on this
  one's :func:`available`): an application-wide filter that moves (and, where the dialog
  allows, shrinks) every dialog and message box into the screen when it is shown, and
  when it closes gives the keyboard back to the window and widget that had it.
- :func:`show_rich_text`: long help text in a scrollable dialog sized to the screen,
  instead of a message box that grows with its text until its OK button is off-screen.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.ui.widgets.popup import place_on_screen


def available(widget: QWidget) -> QRect:
    """The available geometry (without task bars) of the screen ``widget`` is on."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def screen_key(room: QRect) -> str:
    """``room``'s size as the settings remember it ("1280x720"): a window geometry and dock
    layout saved on one screen size are restored only on a screen of the same size."""
    return f"{room.width()}x{room.height()}"


def default_window_rect(room: QRect) -> QRect:
    """The main window's size for a screen with no layout of its own: the screen's
    available area less 40 px each way (the frame's room; a 1280×720 or 1366×768 laptop
    sees it whole, as before), centred on it. It was at most 1440×900, which on a 1600×1000
    screen opened a window with a band of desktop beside and below it, and the three
    columns narrower than the screen allowed; a first open is now as large as the screen."""
    width, height = room.width() - _MARGIN, room.height() - _MARGIN
    rect = QRect(0, 0, max(width, 1), max(height, 1))
    rect.moveCenter(room.center())
    return rect


_MARGIN = 40  # px the first window leaves of each screen side (default_window_rect)


def frame_margins(widget: QWidget) -> tuple[int, int]:
    """Width and height the window frame adds (0 without a window manager)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    return frame.width() - inner.width(), frame.height() - inner.height()


def grow_to_content(window: QWidget, room: QRect | None = None) -> None:
    """Make ``window`` tall enough for what was just shown in it (a list of findings, a
    report), up to the screen's height. Its layout only keeps the window at the minimum
    size, which counts a list as a few rows: the export dialog's form rows were squeezed to
    15 px, cutting the path field and the combo boxes, when the pre-export review listed
    its findings. Never shrinks a window the user made larger."""
    try:
        if not window.isVisible():
            return
    except RuntimeError:  # deleted meanwhile
        return
    layout = window.layout()
    if layout is not None:
        layout.activate()
    room = room or available(window)
    _extra_w, extra_h = frame_margins(window)
    wanted = min(window.sizeHint().height(), room.height() - extra_h)
    if wanted > window.height():
        window.resize(window.width(), wanted)
    frame = window.frameGeometry()
    if not room.contains(frame):
        window.move(place_on_screen(frame, room, margin=0))


def fits(window: QWidget, room: QRect | None = None) -> bool:
    """Whether the window's minimum size fits inside the screen's available area."""
    room = room or available(window)
    extra_w, extra_h = frame_margins(window)
    hint = window.minimumSizeHint()
    return hint.width() + extra_w <= room.width() and hint.height() + extra_h <= room.height()


# the main window's columns' widths at a first start (search and library | reader | draft,
# templates and 学习), by dock: their ratio is the columns' default shares of the width
COLUMN_WIDTHS = {
    "searchDock": 420,
    "libraryDock": 420,
    "readerDock": 560,
    "draftDock": 460,
    "galleryDock": 460,
}

HOME = "homeColumn"  # dock property: the dock whose column a closed dock belongs to


def _followers(window: QMainWindow, column: QDockWidget) -> list[QDockWidget]:
    """The closed docks of ``column``'s group (their ``HOME`` property names it): Qt lists
    no hidden dock among a group's tabs, so a closed 模板 stayed behind in an emptied column
    and, opened again, came back as a column of its own beside the reader (off a small
    screen's edge)."""
    home = column.objectName()
    return [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.isHidden() and not dock.isFloating() and dock.property(HOME) == home
    ]


def narrow_columns(window: QMainWindow, anchor: QDockWidget, column: QDockWidget) -> list[str]:
    """Tab ``column`` and every dock tabbed with it onto ``anchor``: one column fewer; its
    closed docks go along, closed. Returns the object names of the docks moved, ``column``
    first (see :func:`widen_columns`)."""
    group = [column, *window.tabifiedDockWidgets(column)]
    moved = [dock for dock in group if dock is not anchor and not dock.isFloating()]
    front = next((dock for dock in moved if _in_front(dock)), column)
    closed = [dock for dock in _followers(window, column) if dock not in moved]
    for dock in [*moved, *closed]:
        window.tabifyDockWidget(anchor, dock)
    for dock in closed:
        dock.hide()
    front.raise_()  # the column's own choice (学习, 模板) stays in view
    return [dock.objectName() for dock in [*moved, *closed]]


def widen_columns(window: QMainWindow, anchor: QDockWidget, names: list[str]) -> None:
    """Undo :func:`narrow_columns`: the docks ``names`` still tabbed onto ``anchor`` form a
    column of their own again, right of it, the first of them where the others are tabbed,
    with the closed docks of that column. A dock the user closed stays closed; the one in
    front stays in front."""
    beside = window.tabifiedDockWidgets(anchor)
    named = [window.findChild(QDockWidget, name) for name in names]
    docks = [d for d in named if d in beside]
    if not docks:
        return
    closed = [d for d in named if d is not None and d.isHidden() and not d.isFloating()]
    closed += [d for d in _followers(window, docks[0]) if d not in closed]
    front = next((dock for dock in docks if _in_front(dock)), None)
    # splitDockWidget(anchor, ...) would only add a tab: anchor is tabbed with them
    window.addDockWidget(window.dockWidgetArea(anchor), docks[0], Qt.Orientation.Horizontal)
    for dock in [*docks[1:], *closed]:
        window.tabifyDockWidget(docks[0], dock)
    for dock in closed:
        dock.hide()
    (front if front in docks else docks[0]).raise_()
    anchor.raise_()


def _in_front(dock: QDockWidget) -> bool:
    """A dock shown and not behind another tab of its group."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def fit_main_window(
    window: QMainWindow, anchor: QDockWidget, column: QDockWidget, room: QRect | None = None
) -> list[str]:
    """Make ``window`` fit its screen, or ``room`` (see the module docstring); call after
    showing. Returns the names of the docks tabbed onto ``anchor`` for want of room."""
    room = room or available(window)
    moved: list[str] = []
    if not fits(window, room):
        moved = narrow_columns(window, anchor, column)
        QApplication.processEvents()
    extra_w, extra_h = frame_margins(window)
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    window.resize(max(width, 1), max(height, 1))
    frame = window.frameGeometry()
    window.move(place_on_screen(QRect(frame.topLeft(), frame.size()), room, margin=0))
    return moved


def keep_main_window_on_screen(
    window: QMainWindow,
    anchor: QDockWidget,
    column: QDockWidget,
    narrowed: Callable[[list[str]], None] | None = None,
    refit: Callable[[], None] | None = None,
) -> None:
    """Fit the window once it is first shown (its docks have their sizes then), telling
    ``narrowed`` which docks it tabbed onto ``anchor`` (the layout remembers them, so that
    a larger screen can split them off again); then ``refit()`` whenever the window's
    screen changes size or the window goes to another screen (:func:`follow_screen`).
    Not on the offscreen platform: it has no real screen (tests, ``gui --screenshot``)."""
    if QApplication.platformName() == "offscreen":
        return

    class _FirstShow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Show:
                window.removeEventFilter(self)
                QTimer.singleShot(0, fit)
            return False

    def fit() -> None:
        moved = fit_main_window(window, anchor, column)
        if moved and narrowed is not None:
            narrowed(moved)
        if refit is not None:
            follow_screen(window, refit)

    window._first_show_filter = _FirstShow(window)  # kept alive with the window
    window.installEventFilter(window._first_show_filter)


class OverflowWatch(QObject):
    """Fits the shown window again when its minimum width grows past its screen after the
    first fitting: a panel filled later (the 结构 tab's filters with the library's
    occasions, once the library had opened) widened the three columns' minimum by 72 px
    and Qt widened the window to it, 1349 px on a 1280×720 screen, the draft's fields cut
    at the right edge (``gui --open 修订稿.docx`` after a session on a larger screen). The
    fitting at the first show and at a column's return had found them fitting.

    ``room()`` gives the screen area to fit (None: nothing to fit, as offscreen without a
    room set); ``fit()`` does the fitting. It runs once per minimum width, queued, so a
    window whose minimum cannot fit even narrowed is not fitted again at each resize."""

    def __init__(self, window: QWidget, room: Callable[[], QRect | None], fit: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._room = room
        self._fit = fit
        self._tried: int | None = None  # the minimum width last fitted for
        self._queued = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: a resize of the shown window past its room queues a fitting."""
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.check()
        return False

    def check(self) -> None:
        """Queue a fitting when the window stands wider than its room and its minimum
        width is one not fitted for yet."""
        window = self._window
        if self._queued or not window.isVisible():
            return
        room = self._room()
        if room is None:
            return
        extra_w, _extra_h = frame_margins(window)
        if window.width() + extra_w <= room.width():
            return
        minimum = window.minimumSizeHint().width()
        if minimum == self._tried:
            return
        self._queued = True
        QTimer.singleShot(0, lambda: self._run(minimum))

    def _run(self, minimum: int) -> None:
        """The queued fit: skipped when the window was closed or hidden meanwhile (it ran
        from a timer, after the layout settled, and may outlive its window)."""
        self._queued = False
        if not shiboken6.isValid(self._window) or not self._window.isVisible():
            return
        self._tried = minimum
        self._fit()


def follow_screen(window: QWidget, refit: Callable[[], None]) -> None:
    """Call ``refit()`` (once, from the event loop) when ``window``'s screen changes its
    available size or the window moves to another screen; nothing did, and a window fitted
    to one screen kept that screen's layout on the next."""
    handle = window.windowHandle()
    if handle is None:
        return
    pending = []

    def later(*_args) -> None:
        if not pending:  # one refit for a burst of changes
            pending.append(True)
            QTimer.singleShot(0, run)

    def run() -> None:
        pending.clear()
        if shiboken6.isValid(window) and window.isVisible():  # closed meanwhile: nothing
            refit()

    def watch(screen) -> None:
        if screen is not None:
            screen.availableGeometryChanged.connect(later)

    def moved(screen) -> None:
        watch(screen)
        later()

    watch(handle.screen())
    handle.screenChanged.connect(moved)


def show_rich_text(parent: QWidget, title: str, html_text: str) -> QDialog:
    """A modal dialog with ``html_text`` in a scrollable view and a 确定 button that is
    always on screen; returns the dialog after it closes."""
    dialog = rich_text_dialog(parent, title, html_text)
    dialog.exec()
    return dialog


def rich_text_dialog(
    parent: QWidget | None, title: str, html_text: str, room: QRect | None = None
) -> QDialog:
    """The dialog :func:`show_rich_text` shows, sized to fit ``room`` (the screen)."""
    dialog = QDialog(parent)
    dialog.setObjectName("richTextDialog")
    dialog.setWindowTitle(title)
    view = QTextBrowser()
    view.setObjectName("richTextView")
    view.setOpenExternalLinks(False)
    view.setHtml(html_text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    if room is None:
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        room = screen.availableGeometry()
    view.document().setTextWidth(min(560, room.width() - 80))
    wanted = view.document().size().toSize()
    dialog.resize(
        min(wanted.width() + 60, room.width() - 40), min(wanted.height() + 90, room.height() - 60)
    )
    return dialog
