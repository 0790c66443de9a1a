"""Room for the annotated text in 学习模式: the library column steps aside, the reader takes
most of the width, the 学习 dock keeps a sensible share; and what the user changes of that
is kept.

ux30 walked the trainee's path: at 1600×1000 the library column stayed open in the mode and
left the annotated text about 395 px wide (outline and 要点 took a third of the reader); at
1280×720 about 420 px. A trainee reading a 范文 reads, and goes back to the library when
done. So:

- switching the mode on closes the docks of the library column (资料库, 检索, 结构, 审稿)
  when it is a column of its own (on a small screen the 学习 dock is tabbed there: the
  column stays, 学习 in front), and switching it off opens them again — unless the user opened the library in the mode: then it stays open in the mode
  from then on (``settings.study_library_open``), and closing it there goes back to the
  default. Only the library's own docks (资料库, 检索: :data:`LIBRARY_DOCKS`) count as that
  choice: ux64's walk opened 结构 (Shift+F8) in the mode, and from then on every start of
  the mode kept three columns with the structure map squeezed. The docks it closed are kept in the settings (``study_closed_docks``), so a
  start in the mode and a switch off afterwards brings them back too. The library the window
  shows for an import's progress bar (a sync, a re-read after new parse rules) is no choice
  either: it closes again when the import is over (ux68's walk).
- the reader gets :data:`READER_SHARE` of the width beside the 学习 dock; its own width
  outside the mode comes back afterwards. (A separator the user drags in the mode is not
  remembered for the next time yet: Qt lays docks out lazily, and the share read back was
  not reliable.) The outline | text splitter inside the reader is (reader_mode.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

# the reader's share of the window's width in the mode (the 学习 dock has the rest): its
# text is about half the window at 1280 px and 1600 px, the structure map still readable
READER_SHARE = 0.64

# the reader's share where the 学习 dock shares the library's column (a small screen):
# 0.64 of 1280 px left the text about 540 px beside a 450-px map whose columns read
# whole at 380; the map keeps those 380
SMALL_READER_SHARE = 0.69
STUDY_DOCK_MIN = 380

# the docks whose opening in the mode is the user keeping the library open there: 结构 and
# 审稿 sit in the same column but are tools looked at for a moment, not the library
LIBRARY_DOCKS = ("libraryDock", "searchDock")


class StudyRoom(QObject):
    """Makes room for the study text as the mode switches; see the module docstring."""

    def __init__(self, window: Any, study_dock: QDockWidget | None) -> None:
        super().__init__(window)
        self.window, self.study_dock = window, study_dock
        self.settings = window.settings
        self._plain_width = 0  # the reader's width before the mode
        self._library_width = 0  # the library column's, to lay both out again at once
        self._switching = False  # our own hiding and showing is no choice of the user's
        self.active = False
        self._settled = False  # the window's first show (the saved layout applied) is over
        # the library shown in the mode only for an import's progress bar (a sync, a re-read
        # after new parse rules): closed again when the import is over
        self._for_import = False
        window.installEventFilter(self)
        panel = getattr(window, "library_panel", None)
        if panel is not None:
            panel.import_finished.connect(lambda _p: self._import_over())
            panel.import_failed.connect(lambda _m: self._import_over())
        for dock in self._column_docks(all_docks=True):
            dock.toggleViewAction().toggled.connect(lambda on, d=dock: self._user_toggled(d, on))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: note when the window's first show, and the restored layout's dock
        changes it brings, are over."""
        if watched is self.window and event.type() == QEvent.Type.Show and not self._settled:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._settle)
        return False

    def _settle(self) -> None:
        self._settled = True

    # -- the library column --------------------------------------------------------------

    def _column_docks(self, all_docks: bool = False) -> list[QDockWidget]:
        """The docks of the library's column (tabbed with it), the 学习 dock excepted: shown
        ones only unless ``all_docks``."""
        window = self.window
        library = window.library_dock
        names = ("libraryDock", "searchDock", "structuresDock", "reviewDock")
        docks = [window.findChild(QDockWidget, name) for name in names]
        docks = [d for d in docks if d is not None and d is not self.study_dock]
        if all_docks:
            return docks
        group = {library, *window.tabifiedDockWidgets(library)}
        return [d for d in docks if d in group and d.isVisible() and not d.isFloating()]

    def _shares_column(self) -> bool:
        """The 学习 dock is tabbed with the library (a small screen, ``keep_beside_reader``):
        closing the library's tabs would give the text no room, only hide them."""
        dock = self.study_dock
        return dock is not None and dock in self.window.tabifiedDockWidgets(
            self.window.library_dock
        )

    def _user_toggled(self, dock: QDockWidget, on: bool) -> None:
        """The user opened or closed a dock of the library column while in the mode: the
        library stays open in the mode from now on, or goes back to closing. Not before the
        window's first show is over: the docks the saved layout shows are shown then (in the
        mode since install_study), no choice of the user's — it kept the library open in the
        mode after every restart in the mode. A dock opened leaves the mode's list of docks
        to reopen, the others stay on it: ux62's walk opened 结构 in the mode, and the mode
        forgot 资料库 and 检索, which stayed closed after it. Only the library's own docks
        (:data:`LIBRARY_DOCKS`) change whether it stays open in the mode."""
        if self._switching or not self.active or not self._settled:
            return
        if dock is self.window.library_dock:
            if on and self._importing():
                # the window showed it for the progress bar: no choice of the user's (it was
                # taken for one, and every later start of the mode kept three columns, the
                # library's titles cut to 20… beside a squeezed text)
                self._for_import = True
                return
            self._for_import = False
        if dock.objectName() in LIBRARY_DOCKS:  # 结构, 审稿: a look, not the library kept
            self.settings.study_library_open = on
        if on:  # this one is open now; the others the mode closed still come back after it
            closed = self.settings.study_closed_docks
            self.settings.study_closed_docks = [n for n in closed if n != dock.objectName()]

    def _importing(self) -> bool:
        panel = getattr(self.window, "library_panel", None)
        return panel is not None and panel.busy()

    def _import_over(self) -> None:
        """An import ended: the library column the window opened for its progress bar in the
        mode closes again, the text gets its room back (kept open when files failed: their
        list is in the library panel)."""
        shown, self._for_import = self._for_import, False
        library = self.window.library_dock
        errors = getattr(self.window.library_panel, "last_errors", None)
        if not (shown and self.active and library.isVisible()) or errors:
            return
        self._switching = True
        try:
            library.hide()
        finally:
            self._switching = False
        QTimer.singleShot(0, self._widen_reader)

    def enter(self, restoring: bool = False) -> None:
        """The mode came on: close the library column (unless the user keeps it open in the
        mode) and give the reader its share. ``restoring``: at start-up, where the saved
        layout already is the mode's."""
        self.active = True
        if restoring:
            return
        if not self.settings.study_library_open and not self._shares_column():
            docks = self._column_docks()
            if docks:
                self.settings.study_closed_docks = [d.objectName() for d in docks]
                self._switching = True
                try:
                    for dock in docks:
                        dock.hide()
                finally:
                    self._switching = False
        self._plain_width = self.window.reader_dock.width()
        self._library_width = self.window.library_dock.width()
        # once the closed column is gone from the layout (Qt lays docks out later: a width
        # set now was shared out again with the room the column left)
        QTimer.singleShot(0, self._widen_reader)

    def leave(self) -> None:
        """The mode went off: note the share the user dragged the reader to, reopen the docks
        the mode closed, and give the reader its old width."""
        self.active = False
        names = list(self.settings.study_closed_docks)
        self.settings.study_closed_docks = []
        self._switching = True
        try:
            for name in names:
                dock = self.window.findChild(QDockWidget, name)
                if dock is not None and dock.isHidden():
                    dock.show()
            library = self.window.library_dock
            if library.objectName() in names and not library.isFloating():
                library.raise_()
        finally:
            self._switching = False
        width, self._plain_width = self._plain_width, 0
        if width:  # once the reopened column is in the layout
            QTimer.singleShot(0, lambda: self._give_back(width))

    def _give_back(self, width: int) -> None:
        """The reader's width from before the mode, unless the mode came on again meanwhile."""
        reader = self.window.reader_dock
        if not self.active and reader.isVisible() and not reader.isFloating():
            _lay_out(self.window)
            docks, sizes = [reader], [width]
            library = self.window.library_dock
            if self._library_width and library.isVisible() and not library.isFloating():
                # both columns set: the reopened one took its room from the reader unevenly
                docks.insert(0, library)
                sizes.insert(0, self._library_width)
            self.window.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)

    # -- widths ---------------------------------------------------------------------------

    def _widen_reader(self) -> None:
        window, reader = self.window, self.window.reader_dock
        if not self.active or not reader.isVisible() or reader.isFloating() or window.width() <= 0:
            return
        share = SMALL_READER_SHARE if self._shares_column() else READER_SHARE
        _lay_out(window)
        wanted = int(window.width() * share)
        if share != READER_SHARE:
            wanted = min(
                wanted,
                max(int(window.width() * READER_SHARE), window.width() - STUDY_DOCK_MIN - 12),
            )
        docks, sizes = [reader], [wanted]
        study = self.study_dock
        beside = study is not None and study.isVisible() and not study.isFloating()
        if beside and study not in window.tabifiedDockWidgets(reader):
            docks.append(study)  # both columns set: no share of the rest goes astray
            sizes.append(max(1, window.width() - wanted))
        window.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)


def _lay_out(window: Any) -> None:
    """Lay the window's docks out now: a column just closed or reopened is taken into account
    by the next layout only, and a width set before it was shared out again afterwards (the
    reader took the freed room on top of its share)."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
