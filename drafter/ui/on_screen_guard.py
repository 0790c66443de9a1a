"""Every dialog inside the screen, and the keyboard given back when it closes.

:class:`OnScreenGuard` is an application-wide event filter (:func:`install_on_screen_guard`,
at the application's start), so dialogs and message boxes added later are covered without
each doing it: shown, a dialog is moved (and, where its layout allows, shrunk) into the
available screen area, down to a 1280×720 laptop; closed, the window and widget that had
the keyboard get it back (without a window manager to do it, the next shortcut went
nowhere until a click). So does a window of the app's own beside the main window
(并排对照) when it closes. Split from :mod:`drafter.ui.screen_fit`, which fits the main
window and whose screen measures it uses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from drafter.ui.screen_fit import available, frame_margins
from drafter.ui.widgets.popup import place_on_screen


class OnScreenGuard(QObject):
    """Moves every dialog shown into the available screen area, shrinking it to fit
    when its layout allows (a message box keeps its size: long texts belong in
    :func:`~drafter.ui.screen_fit.show_rich_text`), and gives the focus back when it closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._return_to: dict[int, tuple[QWidget | None, QWidget | None]] = {}
        # how many windows have shown so far: a focus given back later than a window that
        # opened after the dialog closed would raise the old window over the new one
        self._shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: fit every dialog on screen when it shows (after Qt has sized it), and give
        focus back to the window that opened it when it or a window of the app's own beside
        the main window (并排对照) hides.
        """
        if event.type() == QEvent.Type.Show and _is_own_window(watched):
            self._shown += 1
        if isinstance(watched, QDialog) or _is_side_window(watched):
            if event.type() == QEvent.Type.Show:
                self._return_to.setdefault(
                    id(watched), (QApplication.activeWindow(), QApplication.focusWidget())
                )
                if isinstance(watched, QDialog):
                    QTimer.singleShot(0, lambda w=watched: self.fit(w))
            elif event.type() == QEvent.Type.Hide:
                window, widget = self._return_to.pop(id(watched), (None, None))
                if window is not None and window is not watched:
                    QTimer.singleShot(0, lambda n=self._shown: self._give_back(window, widget, n))
        return False

    def _give_back(self, window: QWidget, widget: QWidget | None, shown: int) -> None:
        """Give the focus back unless another window showed since the dialog closed: a file
        dialog closing and the 比较稿件 view it leads to opening at once, the focus given back
        a moment later raised the main window over the new view. With a window manager the
        view stayed on top anyway; without one (Xvfb, kiosk setups) it sat hidden behind."""
        if self._shown == shown:
            give_focus_back(window, widget)

    @staticmethod
    def fit(dialog: QWidget, room: QRect | None = None) -> None:
        """Shrink (where allowed) and move ``dialog`` inside its screen (or ``room``)."""
        try:
            if not dialog.isVisible():
                return
        except RuntimeError:  # deleted meanwhile
            return
        room = room or available(dialog)
        extra_w, extra_h = frame_margins(dialog)
        width = min(dialog.width(), room.width() - extra_w)
        height = min(dialog.height(), room.height() - extra_h)
        if (width, height) != (dialog.width(), dialog.height()):
            dialog.resize(max(width, dialog.minimumWidth()), max(height, dialog.minimumHeight()))
        frame = dialog.frameGeometry()
        if not room.contains(frame):
            dialog.move(place_on_screen(frame, room, margin=0))


def _is_own_window(watched: QObject) -> bool:
    """A dialog or window of the app's own (not a menu, tooltip or combo popup, which come and
    go without taking the user anywhere)."""
    if not isinstance(watched, QWidget) or not watched.isWindow():
        return False
    return watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)


def _is_side_window(watched: QObject) -> bool:
    """A window of its own that a panel opened beside the main window (并排对照: a widget with
    a parent, shown as a window). Closed without a window manager (Xvfb, kiosk setups),
    nothing activated the main window again: ux62's walk closed 并排对照 with its 关闭 button
    and F8, then Ctrl+Q, went nowhere until a click. It gets the focus back as a dialog's
    closing gives it."""
    return (
        isinstance(watched, QWidget)
        and not isinstance(watched, QDialog)
        and watched.isWindow()
        and watched.windowType() == Qt.WindowType.Window
        and watched.parent() is not None
    )


def give_focus_back(window: QWidget, widget: QWidget | None) -> None:
    """Activate ``window`` again and put the keyboard back in ``widget`` (when both
    still exist and nothing else took the focus meanwhile)."""
    try:
        if not window.isVisible():
            return
        active = QApplication.activeWindow()
        if active is not None and active is not window and active.isVisible():
            return  # another window (a second dialog) has it now
        window.raise_()
        window.activateWindow()
        target = widget if widget is not None and widget.window() is window else None
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    except RuntimeError:  # deleted meanwhile
        return


def install_on_screen_guard(app: QApplication) -> OnScreenGuard:
    """Install the guard on the application (the caller keeps the reference)."""
    guard = OnScreenGuard(app)
    app.installEventFilter(guard)
    return guard
