"""The draft editor's two layouts, chosen by its width: wide, the hints and comments get a
third column beside the text and the sources sit under it; narrow (a docked panel), the
comments, hints and sources are tabs under the text, so the text keeps most of the width
and of the height. The 批注 tab grows while it is shown and gives the room back after.

A mixin of :class:`~drafter.ui.panels.draft_editor.DraftEditorPanel`, over the panes it
builds (``hints``, ``provenance``, ``office.comments``), the splitters ``splitter`` (tree |
text | side column), ``center`` (text over sources or tabs) and ``side``, the ``extras``
tabs, ``meta``, and its state ``wide`` and ``_text_sizes``.
"""

from __future__ import annotations

WIDE_MIN = 900  # px: from this width the hints get a column of their own
# Narrow: the share of the height under the outline the 批注 tab takes while shown. At
# 0.45 an office head at 1280x720 saw four lines of the list (a comment and a half, each
# place, name and words wrapping to two lines); 0.6 shows four comments and leaves the
# text six or seven lines beside the comment he is reading.
COMMENTS_SHARE = 0.6


class DraftLayout:
    """The wide and the narrow layout of the draft editor (see the module docstring)."""

    def _arrange(self, wide: bool) -> None:
        """Wide: hints and comments in a third column beside the text, sources under it.
        Narrow (a docked panel): comments, hints and sources as tabs under the text, so the
        text keeps most of the width and of the height."""
        if wide == self.wide:
            return
        self.wide = wide
        self.meta.set_compact(not wide)
        if wide:
            while self.extras.count():
                self.extras.removeTab(0)
            self.extras.hide()
            self.side.addWidget(self.hints)
            self.side.addWidget(self.office.comments)
            self.center.insertWidget(1, self.provenance)
            self.splitter.addWidget(self.side)
            for pane in (self.hints, self.office.comments, self.provenance, self.side):
                pane.show()  # a tab page that was not current is hidden
            self.center.setSizes([400, 110])
            self.splitter.setSizes([260, 520, 220])
            self.side.setSizes([160, 340])  # the comments list gets the room
        else:
            self.extras.addTab(self.hints, "写作提示")
            self.extras.addTab(self.office.comments, "批注")
            self.extras.addTab(self.provenance, "引用出处")
            if self.draft.comments:
                self.extras.setCurrentWidget(self.office.comments)
            self.side.hide()  # emptied: its panes are the tabs now
            self.center.insertWidget(1, self.extras)
            self.extras.show()
            self.center.setSizes([420, 200])
            self.splitter.setSizes([240, 360])  # headings stay readable beside the text
            self._text_sizes = None
            self._fit_extras_to_tab()

    def _fit_extras_to_tab(self, _index: int = -1) -> None:
        """Narrow: the 批注 tab takes ``COMMENTS_SHARE`` of the height while it is shown (at
        200 px the list showed one or two comments of a reviewed draft), and leaving it
        gives the text its room back, unless the writer moved the divider meanwhile."""
        if self.wide is not False:
            return
        sizes = self.center.sizes()
        total = sum(sizes)
        if self.extras.currentWidget() is self.office.comments:
            if total and sizes[1] < total * COMMENTS_SHARE:
                grown = [total - int(total * COMMENTS_SHARE), int(total * COMMENTS_SHARE)]
                self.center.setSizes(grown)
                self._text_sizes = [sizes, self.center.sizes()]
        elif self._text_sizes is not None:
            before, grown = self._text_sizes
            self._text_sizes = None
            if sizes == grown:
                self.center.setSizes(before)

    def show_comments(self) -> None:
        """Bring the comments (批注) into view: in a narrow editor they share tabs with the
        hints, and a comment just added or a draft opened with comments must not stay hidden."""
        if not self.wide:
            self.extras.setCurrentWidget(self.office.comments)

    def resizeEvent(self, event) -> None:
        """Qt override: move the hints to a column of their own or under the text as the width
        crosses ``WIDE_MIN`` (40 px of hysteresis, so a width near the edge does not flicker)."""
        super().resizeEvent(event)
        width = event.size().width()
        if width < WIDE_MIN - 40:
            self._arrange(wide=False)
        elif width >= WIDE_MIN:
            self._arrange(wide=True)
