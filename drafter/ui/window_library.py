"""The main window's library: the library handed to the panels once it opens, what the window
says while it cannot (a local folder that fails, a team server out of reach or refusing, an
open the user cancelled) with 重试 on the banner, and the status line's name of the library,
following the team server away and back.

A part of :class:`~drafter.ui.main_window.MainWindow` (a mixin over the panels, banner and
label its constructor sets).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafter.library.location import shown_name
from drafter.ui.read_only import held_tip, hold, read_only_reason
from drafter.ui.reader_memory import reopen_reader


class WindowLibrary:
    """The window's library and its opening (see the module docstring)."""

    def _show_read_only(self, library: Any) -> None:
        """Say in the title and the status bar when ``library`` cannot be written, and hold
        what would write to it (:mod:`drafter.ui.read_only`); the panels hold their own."""
        why = self.read_only = read_only_reason(library)
        self._show_title()
        for action in (
            self.import_files_action,
            self.import_folder_action,
            self.sync_action,
            self.remove_docs_action,
            self.reindex_action,
            self.watched_action,
        ):
            hold(action, why)
        local = not getattr(library, "shared", False)  # its templates are kept in it
        hold(self.template_from_doc_action, why if local else "")
        if why:
            self.show_status(
                f"资料库是只读的（{why}）：可以检索、阅读、学习和导出，不能导入或修改。"
            )

    def set_library(self, library: Any) -> None:
        """Hand the opened library to every panel; waiting searches and imports run now."""
        if self.library is not None and library is not self.library:
            self.library_released.emit(self.library)
        self.library = library
        if hasattr(library, "hold_when_away"):
            # a server found away holds the library offline: reads refused at once on this
            # thread (never a wait for it), the watcher tries it again on a worker
            library.hold_when_away = True
        if hasattr(library, "window_thread"):
            # a read asked on this thread is logged and counted (a stall on a slow network)
            library.window_thread = threading.get_ident()
        self._open_again = None
        self._retries = None
        self.team_tried = None
        self.local_tried = None
        self.offline_banner.hide()
        self._show_read_only(library)
        for panel in (self.library_panel, self.search_panel, self.reader_panel):
            panel.set_library(library)
        self.library_watch.set_library(library)
        if library is not None:  # corrections a quit left waiting for this library
            self.reader_panel.corrections.write_pending(library)
        self.editor.files.corrected_reading = (
            (lambda path: _corrected_copy(library, path)) if library is not None else None
        )
        if self.gallery is not None:
            self.gallery.set_user_dir(self.user_template_dir())
        self._update_library_label()
        if not self.library_panel.model.rowCount():
            self.library_dock.raise_()
        if library is not None:
            self.library_ready.emit(library)
            if not self._reader_reopened:  # the first library only, not a switch later
                self._reader_reopened = True
                reopened = reopen_reader(self.reader_panel, library, self.settings)
                # in front: on a small screen the reader shares its column's tabs, and the
                # trainee found the 范文 reopened behind 模板, the map beside nothing
                if reopened and not self.reader_dock.isHidden():
                    self.reader_dock.raise_()

    def opening_silent(self, spec: str) -> None:
        """The team library's server has not answered the open for 3 s: said in the status
        line and where the library will show, in the command line's words, while the wait
        goes on (a slow link may still answer; the open gives up at its connect timeout)."""
        from drafter.library.pg.connect import silent_note

        note = silent_note(spec)
        self.library_panel.empty_label.setText(
            f"<p style='font-size:15px'>正在打开资料库…</p><p>{html.escape(note)}</p>"
            "<p>不想再等，可按状态栏右下的「取消」。</p>"
        )
        self.show_status(note)

    def library_failed(
        self,
        message: str,
        open_again: Callable[[], None] | None = None,
        path: str | None = None,
    ) -> None:
        """A local library could not be opened (not a folder, no permission, a damaged
        index): said once, on the banner across the top with what to do, 重试
        (``open_again``) for after it is mended and 首选项… to choose another folder, as a
        team library's failure is; the 资料库 panel says in a short line that it is not
        open. Before, the same line was in a box, the panel and the status bar at once.
        ``path``: the folder tried, which 首选项 then shows to correct (its field had been
        empty: a folder given by --library is saved only once it opens).
        (A team server only out of reach for now: :meth:`library_unreachable`.)
        """
        self._open_again = open_again
        self._retries = None
        self.team_tried = None
        self.local_tried = path
        self.library_label.setText("资料库未打开")
        self.offline_banner.show_local_failed(message)
        self._say_not_open("资料库无法打开，无法列出文稿（原因和该怎么做在窗口上方）。")

    def library_unreachable(
        self, message: str, open_again: Callable[[], None], spec: str | None = None
    ) -> None:
        """The team library's server could not be reached when the window opened it
        (refused, silent: most often for now, a server restarting, a laptop off the office
        network): the offline banner says why with 重试, which calls ``open_again``, and
        calls it by itself after the next wait of :attr:`retry_delays` (5 s, 10 s, … up to
        a minute, counted down there, stoppable); the library panel says in a short line
        that the library is not open, so lists nothing. No box and no status-bar copy: the
        same words had been in a box, the panel and the status bar at once. ``spec``: the
        library's address, which 首选项 then shows."""
        self._open_again = open_again
        self.team_tried = spec
        if self._retries is None:
            self._retries = self.retry_delays()
        self.library_label.setText("资料库未打开")
        self.offline_banner.show_unopened(message, retry_in=next(self._retries, None))
        self._say_not_open(
            "团队资料库的服务器暂时连不上，无法列出文稿（原因和「重试」在窗口上方）。"
        )

    def library_refused(
        self, message: str, open_again: Callable[[], None], spec: str | None = None
    ) -> None:
        """The team library's server refused it as set up (a wrong or missing password, no
        such database or user, a mistyped server name, another Drafter's format): said once,
        in the banner across the top with what to correct, 重试 (``open_again``) for after
        the correction and 首选项…; never retried by itself. Before, the same line was in a
        box, the 资料库 panel and the status bar at once. ``spec``: the library's address,
        which 首选项 then shows to correct."""
        self._open_again = open_again
        self._retries = None
        self.team_tried = spec
        self.library_label.setText("资料库未打开")
        self.offline_banner.show_refused(message)
        self._say_not_open("团队资料库无法打开，无法列出文稿（原因和该怎么做在窗口上方）。")

    def _say_not_open(self, why: str) -> None:
        """The 资料库 and 检索 panels' short line while a library is not open (its reason
        is on the banner), the status bar cleared of 正在打开资料库…."""
        self.library_panel.empty_label.setText(f"<p><b>资料库未打开</b></p><p>{why}</p>")
        self.search_panel.status_label.setText("资料库未打开，无法检索。")
        self.library_dock.raise_()
        self.statusBar().clearMessage()  # 正在打开资料库… is over; the banner says how

    def _on_banner_retry(self) -> None:
        """重试 on the banner: a library never opened is opened again (by the open that
        failed); an open library's server is probed again (the watcher)."""
        open_again, self._open_again = self._open_again, None
        if open_again is not None and self.library is None:
            open_again()
        else:
            self.library_watch.retry()

    def library_cancelled(self, where: str) -> None:
        """The user stopped waiting for the team library ``where``: said where the library
        and search would show, with 重新连接 (a link the startup answers) and the
        preferences to choose another; no error box, the user chose this."""
        self._open_again = None
        self._retries = None
        self.offline_banner.hide()
        self.library_label.setText("资料库未打开")
        self.library_panel.empty_label.setText(
            "<p><b>已取消打开团队资料库</b></p>"
            f"<p>{html.escape(where)}</p>"
            "<p>可以照常起草稿件、打开和阅读文件。"
            "<a href='reconnect'>重新连接</a>，或在「文件 › 首选项」中换一个资料库。</p>"
        )
        self.search_panel.status_label.setText("资料库未打开，无法检索。")
        self.library_dock.raise_()
        self.show_status(f"已取消打开团队资料库：{where}")

    def user_template_dir(self) -> Path | None:
        """Where the user's own templates live (beside the library, so a team library shares them),
        or None with no library.
        """
        return Path(self.library.root) / "templates" if self.library is not None else None

    def _update_library_label(self) -> None:
        docs = self.library_panel.model.rowCount()
        name = "团队资料库" if getattr(self.library, "shared", False) is True else "资料库"
        if self.read_only:
            name += "（只读）"
        if self.library_watch.is_offline:
            name += "（连接中断）"
        if self.library is None:
            self.library_label.setText("正在打开资料库…")
            return
        where = shown_name(getattr(self.library, "location", "") or self.library.root)
        self.library_label.setText(f"{name}：{where}（{docs} 篇）")
        tip = f"{name}：{where}\n共 {docs} 篇文稿"
        self.library_label.setToolTip(
            f"{tip}\n{held_tip(self.read_only)}" if self.read_only else tip
        )

    def _on_offline(self, why: str) -> None:
        """The team library's server is away: the banner says why, the label's
        （连接中断） says so. Not the status bar too: it repeated the banner's words."""
        self.offline_banner.show_away(why)
        self._update_library_label()

    def _on_online(self) -> None:
        """The server answers again: the banner goes, the panels show what is there now."""
        self.offline_banner.hide()
        self.library_panel.refresh()
        self.library_panel.library_changed.emit()
        self.show_status("已重新连接团队资料库。")
        self.reader_panel.corrections.write_pending(self.library)
        self.reader_panel.open_waiting()  # the document chosen while it was away opens
        self.library_panel.resume_cut_imports()  # an import the outage cut off goes on


def _corrected_copy(library: Any, path: Any) -> Any:
    from drafter.library.sync import corrected_copy  # the library package: on demand

    return corrected_copy(library, path)
