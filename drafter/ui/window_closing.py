"""The main window's settings and closing: the settings file written when histories change
and on close, and the close settled, the user's (the draft saved or not, cancelling keeps
the window) or a terminating signal's (no question: the draft kept as a recovery copy),
with the import stopped, the polling ended and the layout and the reader remembered.

A part of :class:`~drafter.ui.main_window.MainWindow` (a mixin over the panels and
settings its constructor sets).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QCloseEvent

from drafter.ui.reader_memory import remember_reader
from drafter.ui.window_layout import remember_layout

log = logging.getLogger(__name__)


class WindowClosing:
    """The window's settings and closing (see the module docstring)."""

    def _reparse_dismissed(self, stamp: str) -> None:
        """The user set the 重新解析 notice aside for these rules: remember it across starts."""
        self.settings.reparse_dismissed = stamp
        self.save_settings()
        self.show_status("不再提示；需要时可用“资料库 › 重建索引”按新规则重新解析。")

    def save_settings(self) -> None:
        """Write the settings file if there is one; a failure is logged, not shown, since the
        settings stay in effect for this session.
        """
        if self.settings_path is None:
            return
        try:
            self.settings.save(self.settings_path)
        except OSError as exc:
            log.warning("cannot save settings to %s: %s", self.settings_path, exc)

    def columns_narrowed(self, names: list[str]) -> None:
        """The fitting tabbed the docks ``names`` onto the reader, this screen being too
        small: remembered on close, so that a larger screen splits them off again while
        the rest of the saved layout (the user's own) is kept."""
        self.narrowed_docks = [*self.narrowed_docks, *names]

    def close_unattended(self) -> None:
        """Close as the user's close does, but with no question (a terminating signal): the
        unsaved draft is kept as a recovery copy instead of asking 保存/不保存.

        The winding down runs here, not in closeEvent: when the user's own close is under
        way (its question open, waiting for an answer that will not come) Qt ignores a
        second close(), and the work must be kept all the same."""
        if self._closing_unattended:
            return
        self._closing_unattended = True
        self.close_wait.keep_and_go()  # a correction being saved: 待保存, for the next open
        self.editor.close_keeping_unsaved()
        self._wind_down()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: wait for a correction still being saved (:mod:`~drafter.ui.close_wait`:
        its box closes the window when the save ends, or keeps it as 待保存), settle the draft
        (cancelling keeps the window open), stop a running import, remember geometry and dock
        layout, then close.
        """
        if self._closing_unattended:  # already wound down, without questions
            event.accept()
            return
        if self.close_wait.holds():
            event.ignore()  # closed again when the save ends, or the user stops waiting
            return
        if not self.editor.confirm_close():
            event.ignore()
            return
        self._wind_down()
        event.accept()

    def _wind_down(self) -> None:
        """Stop a running import and the library's polling, remember geometry and dock layout.

        The polling stops here because the library is closed once the window has gone: a
        tick after that read a closed database."""
        if self.library_panel.busy():
            self.library_panel.cancel_import()
        self.library_watch.set_library(None)
        self.index_tidying.stop()  # an idle merge changes nothing when cut off
        self.offline_banner.hide()  # never restored shown from the saved layout
        remember_layout(self, self.settings, self.narrowed_docks)
        remember_reader(self.reader_panel, self.settings)
        self.save_settings()
