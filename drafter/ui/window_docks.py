"""Where the main window's docks stand: three columns (search and library | reader |
draft, templates tabbed with it), a dock brought forward with the keyboard in it, the
empty reader folded while a draft is written and unfolded at its width when a document
opens, and Tab moving only across docks that are on screen.

A part of :class:`~drafter.ui.main_window.MainWindow` (a mixin over the docks its
constructor sets).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from drafter.ui.screen_fit import (
    COLUMN_WIDTHS,
    HOME,
    available,
    default_window_rect,
    fit_main_window,
    fits,
    widen_columns,
)
from drafter.ui.shortcuts import focus_target, next_on_screen


class WindowDocks:
    """The window's dock layout (see the module docstring)."""

    fit_room: QRect | None = None
    """The screen area the window must fit when a column comes back (None: its screen's;
    tests give one, the offscreen platform having no real screen)."""

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        return dock

    def _arrange_docks(self) -> None:
        """Three columns: search and library | reader | draft (templates tabbed with it)."""
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.addDockWidget(left, self.search_dock)
        self.splitDockWidget(self.search_dock, self.reader_dock, Qt.Orientation.Horizontal)
        self.splitDockWidget(self.reader_dock, self.draft_dock, Qt.Orientation.Horizontal)
        self.tabifyDockWidget(self.search_dock, self.library_dock)
        if self.gallery_dock is not None:
            self.tabifyDockWidget(self.draft_dock, self.gallery_dock)
            self.gallery_dock.setProperty(HOME, self.draft_dock.objectName())
        self.resizeDocks(
            [self.search_dock, self.reader_dock, self.draft_dock],
            [
                COLUMN_WIDTHS[d.objectName()]
                for d in (self.search_dock, self.reader_dock, self.draft_dock)
            ],
            Qt.Orientation.Horizontal,
        )
        self.search_dock.raise_()
        self.draft_dock.raise_()

    def bring(self, dock: QDockWidget) -> None:
        """Show a dock (even when closed, behind a tab or floating over or under another
        window) and put the focus in it: a shortcut that names a panel must leave the user
        looking at it with the keyboard there, wherever the panel was put."""
        dock.show()
        dock.raise_()
        if dock.isFloating():  # a window of its own: raised, it must also be the active one
            dock.activateWindow()
        focus_target(dock).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_library_progress(self) -> None:
        """An import began (menu, shortcut, drop, watched folder): show its progress bar
        and cancel button, which live in the library dock, without taking the keyboard."""
        self.library_dock.show()
        self.library_dock.raise_()

    def _fold_empty_reader(self) -> None:
        """A writer's draft opened while no library document is: the empty reader column
        (未打开文稿, a third of the screen) gives its room to the draft and the review panel.
        Only a reader standing as a column of its own folds; its width is kept so that
        :meth:`unfold_reader` gives the user's own sizes back when a document opens."""
        dock = self.reader_dock
        if self.reader_panel.document is not None or not dock.isVisible() or dock.isFloating():
            return
        if self.tabifiedDockWidgets(dock):
            return  # a tab beside the draft takes no room of its own
        self._reader_width = dock.width()
        dock.hide()

    def unfold_reader(self) -> None:
        """Show the reader column again, at the width it had before a draft folded it (or a
        layout kept from the last session hid it): a document opened in it must be seen
        (``gui --open 稿.docx`` said 已打开《…》 over a window without a reader)."""
        width = getattr(self, "_reader_width", None)
        self.reader_dock.show()
        if width:
            self._reader_width = None
            self.resizeDocks([self.reader_dock], [width], Qt.Orientation.Horizontal)
        self._fit_to_screen()

    def _fit_room(self) -> QRect | None:
        """The screen area the window must fit: :attr:`fit_room` when set, else its
        screen's; None offscreen (no real screen)."""
        if self.fit_room is not None:
            return self.fit_room
        if QApplication.platformName() == "offscreen":
            return None
        return available(self)

    def _fit_to_screen(self, bring_reader: bool = True) -> None:
        """A column shown again must not push the window off its screen: on 1280×720, with
        a layout kept from a larger screen (its reader folded then, so the first fitting let
        it be), the reader's return made the window 1375 pixels wide, the draft's fields cut
        off at the right edge. Then the draft is tabbed onto the reader, as the fitting at
        the first show does, and remembered as such (a larger screen splits it off again).
        ``bring_reader``: the reader in front after (a document was opened); without it
        the draft's column keeps its own tab in front (:meth:`_fit_overflow` chooses)."""
        room = self._fit_room()
        if room is None:
            return
        if fits(self, room) and self.frameGeometry().width() <= room.width():
            return
        moved = fit_main_window(self, self.reader_dock, self.draft_dock, room)
        if moved:
            self.columns_narrowed(moved)
            if bring_reader:  # the document just opened is what the user asked for
                self.reader_dock.raise_()

    def _fit_overflow(self) -> None:
        """The columns' minimum grew past the screen after the fitting (a panel filled
        later): fit again, the draft tabbed onto the reader. In front after: the draft when
        the keyboard is in it (the writer typing), else the reader when it shows a document
        (``gui --open 修订稿.docx`` showed the empty draft over the file asked for)."""
        focus = QApplication.focusWidget()
        typing = focus is not None and self.draft_dock.isAncestorOf(focus)
        self._fit_to_screen(bring_reader=False)
        if not self.tabifiedDockWidgets(self.reader_dock):
            return
        if typing:
            self.draft_dock.raise_()
        elif self.reader_panel.document is not None:
            self.reader_dock.raise_()

    def refit_to_screen(self, room: QRect | None = None) -> None:
        """The window's screen changed size, or the window went to another screen (a laptop
        undocked, a monitor unplugged, the window dragged across): fit it to ``room`` (None:
        its screen's) as a start on that screen would. Fitting alone only ever narrowed:
        refitted on a larger screen after a smaller one, the reader and the draft stayed
        tabbed together (a 阅读|草稿 tab strip on a 1600×1000 screen with room for three
        columns). The docks the fitting tabbed onto the reader split off again where they
        fit, at this screen's default window size and column shares; where they do not,
        they are tabbed again. Then :attr:`screen_refitted` lets a mode with a layout of
        its own lay itself out again."""
        from drafter.ui.window_layout import spread_columns

        room = room or self.fit_room
        if room is None:
            if QApplication.platformName() == "offscreen":
                return
            room = available(self)
        names = list(self.narrowed_docks)
        if names and room.width() > self.frameGeometry().width():
            widen_columns(self, self.reader_dock, names)
            QApplication.processEvents()
            if fits(self, room):
                self.narrowed_docks = []
                wanted = default_window_rect(room)
                if wanted.width() > self.width() or wanted.height() > self.height():
                    self.setGeometry(wanted)
                    QApplication.processEvents()
                spread_columns(self)
        moved = fit_main_window(self, self.reader_dock, self.draft_dock, room)
        if moved:
            self.narrowed_docks = []  # tabbed again, all of them: named once
            self.columns_narrowed(moved)
        # 学习模式 lays itself out for this screen (ux62: it got the ordinary refit only, the
        # map tabbed behind the reader at 1280×720, the library column back at 1600×1000)
        self.screen_refitted.emit()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Qt override: Tab and Shift+Tab go to the next widget on screen, never into a dock
        hidden behind another dock's tab (see :func:`drafter.ui.shortcuts.behind_tab`)."""
        target = next_on_screen(self, next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True
