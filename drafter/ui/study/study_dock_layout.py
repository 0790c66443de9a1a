"""Where the 学习 dock stands: beside the reader, never hiding the text it explains. On a
small screen (1280×720) it moves to the library's column; 学习模式 lays out the reader and
the dock in front side by side, and gives the left column back when it ends.

A part of :class:`~drafter.ui.study.controller.StudyController` (a mixin over the
attributes its constructor sets: ``window``, ``dock``, ``room``, ``mode``,
``_left_before``, ``_tab_before``, ``_mode_restored``).
"""

from __future__ import annotations

from typing import Any


class StudyDockLayout:
    """The study controller's dock layout (see the module docstring)."""

    def keep_beside_reader(self) -> None:
        """On a small screen (1280×720) the right-hand column is tabbed with the reader
        (ui/screen_fit.py), the 学习 dock with it, so the structure map and the notes hid the
        text they explain. Then the dock moves to the left column, tabbed with the library, and
        the map and the annotated text are seen side by side. A dock the user floated, or a
        layout of one column, is left alone."""
        window, dock = self.window, self.dock
        left = window.library_dock
        if dock is None or dock.isFloating() or left.isFloating():
            return
        beside_reader = window.tabifiedDockWidgets(window.reader_dock)
        if dock in beside_reader:
            if left in beside_reader or window.draft_dock not in beside_reader:
                return  # one column, or the user's own arrangement on a wide screen
            move = True
        elif dock in window.tabifiedDockWidgets(left):
            move = False  # moved here before: only remember what the column shows now
        else:
            return
        column = [left, *window.tabifiedDockWidgets(left)]
        self._left_before = next((d for d in column if d is not dock and _in_front(d)), None)
        if move:
            window.tabifyDockWidget(left, dock)

    def bring_forward(self) -> None:
        """A text opened in 学习模式: raise the 学习 tab over 资料库 where the two share a
        column (1280×720). ux49's walk: the library's re-read at start raised 资料库 over 学习,
        and the trainee had to find the 学习 tab to see the map of the text reopened or just
        picked from the table. Only over the library: a hit opened from 检索 or an example
        from 结构 leaves that list in front, the trainee goes on through it. A dock the user
        closed stays closed, a floating one where it is."""
        window, dock = self.window, self.dock
        library = window.library_dock
        if dock is None or dock.isFloating() or not dock.toggleViewAction().isChecked():
            return
        if library in window.tabifiedDockWidgets(dock) and _in_front(library):
            dock.raise_()

    def step_aside(self) -> None:
        """The 学习 dock came to the front of the reader's tabs (its tab was clicked, at
        1280×720 after a start in 学习模式, where the mode moved nothing): the structure map
        hid the text it maps. It moves beside the reader (:meth:`keep_beside_reader`) and
        both are shown."""
        window, dock = self.window, self.dock
        if dock is None or not _in_front(dock) or window.reader_panel.document is None:
            return  # nothing to map yet (a start with 学习 in front): the layout stands
        if dock not in window.tabifiedDockWidgets(window.reader_dock):
            return
        self.keep_beside_reader()
        if dock not in window.tabifiedDockWidgets(window.reader_dock):
            dock.raise_()
            window.reader_dock.raise_()

    def _give_back_left_column(self) -> None:
        """学习模式 off: the left column shows again what it showed before 学习 came to it (the
        library or the search a writer goes back to), unless the user has moved on since."""
        before, self._left_before = self._left_before, None
        self._raise_in_place_of_study(before)

    def _give_back_tab(self) -> None:
        """学习模式 off: the 学习 dock's column shows again the tab that was in front before the
        mode raised 学习 there (草稿, where a writer left a draft), unless the user has moved on
        since. ux53's walk: at 1600×1000 the right column kept 学习 in front after the mode,
        the draft behind its tab. A mode that came back at start (the tab before it is of
        the last session) gives the column back to 草稿, the column's own first tab."""
        before, self._tab_before = self._tab_before, None
        if before is None and self._mode_restored:
            before = self.window.draft_dock
        self._mode_restored = False
        if before is not None and not before.isFloating():
            self._raise_in_place_of_study(before)

    def _raise_in_place_of_study(self, before: Any) -> None:
        """Bring ``before`` to the front of the 学习 dock's tab group, but only while 学习 is
        still in front there and ``before`` still shares its tabs: a user who picked another
        tab meanwhile, or moved a dock away, keeps what they chose."""
        dock = self.dock
        if (
            before is not None
            and dock is not None
            and _in_front(dock)
            and before in self.window.tabifiedDockWidgets(dock)
        ):
            before.raise_()

    def _exercise_in_sight(self) -> bool:
        """The 学习 dock is in front (or floating), or tabbed with the reader: the small screen,
        where the trainee switches to the reader's tab to read the blanked text."""
        dock, window = self.dock, self.window
        if dock is None or dock.isFloating() or _in_front(dock):
            return True
        return dock in window.tabifiedDockWidgets(window.reader_dock)

    def _lay_out_mode(self) -> None:
        """The mode's layout: the reader and the 学习 dock in front side by side, the library
        column stepping aside (study_room.py)."""
        reader_dock = self.window.reader_dock
        reader_dock.show()
        if self.dock is not None:
            self.dock.show()
            self._tab_before = _front_of(self.dock, self.window)
            self._mode_restored = False
            self.keep_beside_reader()
            # beside the reader the dock comes to the front; still tabbed with it (a layout
            # of one column) the reader, where the mode lives, stays in front
            if self.dock not in self.window.tabifiedDockWidgets(reader_dock):
                self.dock.raise_()
        reader_dock.raise_()
        if self.room is not None:
            self.room.enter()  # the library column steps aside, the reader widens

    def fit_mode_to_screen(self) -> None:
        """A layout saved in the mode came back on a screen of another size (window_layout.py
        runs this once it is laid out): the mode lays itself out for this screen. ux43's walk:
        saved at 1280×720, where the 学习 dock shares the library's column and the library
        stays, restored at 1600×1000 it kept the library and draft columns open, 学习 behind
        the library's tab and the reader's text about 290 px wide. On a screen with room for
        the columns the 学习 dock goes back to the draft's column (where the mode puts it on a
        wide screen), and the mode's layout follows: library column aside, reader widened.
        The window refitted to another screen while in the mode runs it too
        (``screen_refitted``)."""
        if self.mode is None or not self.mode.active or self.dock is None:
            return
        window, dock = self.window, self.dock
        beside_reader = window.tabifiedDockWidgets(window.reader_dock)
        if (
            not dock.isFloating()
            and not window.draft_dock.isFloating()
            and dock in window.tabifiedDockWidgets(window.library_dock)
            and window.draft_dock not in beside_reader
            and window.reader_dock not in window.tabifiedDockWidgets(window.draft_dock)
        ):
            window.tabifyDockWidget(window.draft_dock, dock)  # the small screen's move undone
            self._left_before = None
        # the tab to give back when the mode ends is the one from before the mode: laid out
        # again in it, 学习 is in front of its column and would count as that tab
        before, restored = self._tab_before, self._mode_restored
        self._lay_out_mode()
        if self._tab_before is None:
            self._tab_before, self._mode_restored = before, restored


def _in_front(dock: Any) -> bool:
    """A dock shown and not behind another tab of its group."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _front_of(dock: Any, window: Any) -> Any:
    """The dock in front of ``dock``'s tab group when another one is (the draft before 学习模式
    raises 学习 over it), else None."""
    if dock.isFloating():
        return None
    return next((d for d in window.tabifiedDockWidgets(dock) if _in_front(d)), None)
