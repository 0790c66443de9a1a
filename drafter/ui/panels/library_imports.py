"""The library panel's imports: the file and folder dialogs, a sync of the watched folders,
re-indexing and re-reading, each run on a worker with a progress bar and cancel, queued
while another runs, and retried while another process holds the library's write lock
(the retries: :mod:`~drafter.ui.panels.library_import_retries`).

:class:`LibraryImports` is a part of :class:`~drafter.ui.panels.library_panel.LibraryPanel`
(a mixin: its methods use the panel's widgets, signals and library), kept apart so that the
panel's table and filters and the imports each read on their own."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from drafter.library import watching
from drafter.library.model import LibraryBusy, LibraryError, ServerAway, error_with_path
from drafter.messages import server_gone
from drafter.study.notes_follow import follow_changed_files
from drafter.ui import file_dialogs
from drafter.ui.errors import failure_text, in_chinese
from drafter.ui.library_reads import off_thread
from drafter.ui.panels.library_import_jobs import reread_runs, snapshot, sync_folders, with_totals
from drafter.ui.panels.library_import_retries import (  # noqa: F401 - re-exported (tests)
    AWAY_RETRY,
    JOB_NAMES,
    LOST_RESUME,
    REDO_RETRY,
    RESUMED_KINDS,
    ImportRetries,
    resumed_text,
)
from drafter.ui.panels.library_status import (
    BUSY_RETRIED,
    CANCELLING_TEXT,
    EMPTY_TEXT,
    IMPORTING_TEXT,
    LOADING_TEXT,
    PHASES,
    UPGRADE_TEXT,
    counts_text,
    summary,
    went_in,
)
from drafter.ui.workers import CancelToken, Worker

log = logging.getLogger(__name__)

IMPORT_FILTER = (
    "文稿 (*.txt *.docx *.doc *.wps *.odt *.md *.markdown *.pdf *.ofd *.rtf"
    " *.html *.htm *.mhtml *.mht);;"
    "所有文件 (*)"
)


NO_FOLDERS_TEXT = "没有监视的文件夹：先用「导入文件夹」导入一个文件夹。"


class LibraryImports(ImportRetries):
    """The import half of the library panel: what its 导入文件 / 导入文件夹 / 同步 / 重建索引 /
    重新解析 buttons and drag-and-drop start, and how the panel follows them."""

    folder_memory: file_dialogs.FolderMemory | None = None
    """Where the import choosers were last left, kept in the settings (set by the window)."""

    def choose_files(self) -> None:
        """导入文件… (the button, Ctrl+I): ask for files, in a dialog that offers the formats
        the reader can read and opens where the last import was chosen, and import them on
        the import worker."""
        files, _ = file_dialogs.get_open_file_names(
            self, "导入文稿", "", IMPORT_FILTER, self.folder_memory, "import"
        )
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        """Ask for a folder and import everything readable in it."""
        folder = file_dialogs.get_existing_directory(
            self, "导入文件夹", "", self.folder_memory, "import"
        )
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str | Path]) -> None:
        """Import files and folders (folders recursively; they become watched folders)."""
        self._start("add", [str(p) for p in paths])

    def sync_watched(self) -> None:
        """Re-scan every watched folder (new, changed and deleted files)."""
        if self._library is None:
            self._start("sync", [])
            return
        if off_thread(self._library):
            # a team library: the watched folders are read on the sync's worker, not here
            self._start("sync", None)
            return
        try:
            folders = [str(f) for f in self._library.watched_folders()]
            self._loose = watching.loose_files(self._library)  # re-read when they changed
        except LibraryError as exc:
            # a team library whose server went away: said as a failed sync, naming the
            # library, not as 程序出错 with "save your draft and restart"
            self._say_failed("同步失败", exc)
            return
        if not folders and not self._loose:
            self.status_message.emit(NO_FOLDERS_TEXT)
            return
        # a folder moved, renamed or on an unplugged drive failed the whole sync (导入失败：
        # …：不是文件夹) and the folders after it were not synced: sync the others, say which
        self._gone_folders = [f for f in folders if not Path(f).is_dir()]
        present = [f for f in folders if f not in self._gone_folders]
        if not present and not self._loose:
            self.status_message.emit(self._gone_text().lstrip("。"))
            return
        self._start("sync", present)

    def _gone_text(self) -> str:
        """What the last sync left out: the watched folders that are no longer there."""
        if not self._gone_folders:
            return ""
        return (
            f"。监视的文件夹已不存在，未同步：{'、'.join(self._gone_folders)}"
            "（其中的文稿仍在资料库中；不再需要时在「资料库 → 监视的文件夹…」中停止监视）"
        )

    def reindex(self) -> None:
        """Rebuild the index with the current user dictionary (keeps the old one on cancel).

        While parses are stale (the 重新解析 notice shows) it re-reads them too: an index
        rebuilt on old parses keeps the old outlines, and the notice stayed on after 重建索引
        said 索引已重建 (the ux walk)."""
        library = self._library

        def stale_parses() -> int:
            if library is None or not hasattr(library, "stale_parses"):
                return 0
            try:
                return library.stale_parses()
            except Exception:  # noqa: BLE001 - a plain rebuild then
                log.exception("checking the parser stamp failed")
                return 0

        self._checked(stale_parses, lambda stale: self._start("reread" if stale else "reindex", []))

    def _checked(self, check: Any, then: Any) -> None:
        """``then(check())``: the check (a read of the library) on a worker for a team
        library, ``then`` on the window's thread once it answered, if the library is still
        the one shown; at once for a local library."""
        library = self._library
        if not off_thread(library):
            then(check())
            return
        worker = Worker(lambda _t: check(), self)
        worker.finished.connect(lambda value: then(value) if library is self._library else None)
        worker.ended.connect(worker.deleteLater)
        worker.start()

    def reread(self) -> None:
        """Read every document whose file is still there again with this Drafter's rules (the
        re-index with ``reread``; corrections are kept, the old index stays on cancel)."""
        self._start("reread", [])

    def cancel_import(self) -> None:
        """Ask the running import to stop; it ends after the current file, and the label says it is
        stopping meanwhile.
        """
        if self._worker is not None:
            self._worker.cancel()
            self._cancelling = True
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(CANCELLING_TEXT)

    def _start(self, kind: str, paths: list[str]) -> None:
        if self.read_only:  # a drop, a key, a notice: nothing is written to it
            self.status_message.emit(f"资料库是只读的（{self.read_only}），不能导入或修改。")
            return
        if self._library is None:
            self._pending.append((kind, paths))
            self.status_message.emit("资料库正在打开，打开后将自动开始导入…")
            return
        if self._worker is not None:
            self._pending.append((kind, paths))
            self.status_message.emit("已加入队列：当前导入完成后继续。")
            return
        library = self._library
        self._kind = kind
        self._paths = paths
        self._cancelling = False

        watch_notes: list[watching.WatchNote] = []
        self._watch_notes = watch_notes  # filled on the worker, read when it is done
        loose = list(self._loose) if kind == "sync" else []
        # opening, F5/同步 and another writer's change read documents of an older reader
        # version again the same way: after the job's own work, on this worker
        reread = kind == "stale" or (kind == "sync" and self._may_reread(library))
        remote = off_thread(library)  # a team library: its reads on the worker too
        taking = reread or kind == "reread"
        if taking and not remote:
            self._take_stale(library)
        plan: dict[str, Any] = {}  # a team library's sync: its folders, read on the worker
        self._sync_plan = plan
        followed: list[Any] = []  # the notes moved to changed files, filled on the worker
        self._followed = followed

        def job(cancel: CancelToken) -> Iterator[Any]:
            nonlocal paths, loose
            if taking and remote:
                self._take_stale(library)
            if kind == "sync" and paths is None:
                paths, loose = sync_folders(library, plan)
            runs: list[Iterator[Any]] = []
            if kind == "add":
                watch_notes.extend(watching.watch_added(library, paths))
                runs = [library.add(paths, cancel=cancel)]
            elif kind in ("reindex", "reread", "upgrade"):
                runs = [library.reindex(cancel=cancel, reread=kind == "reread")]
            elif kind == "sync":
                runs = [library.sync(folder, cancel=cancel) for folder in paths]
                if loose:  # files imported one by one: re-read those that changed
                    runs.append(library.add(loose, cancel=cancel))
            read_again: list[bool] = []
            if reread:
                runs.append(reread_runs(library, cancel, read_again))
            finished: list[Any] = []  # the last progress of each folder already synced
            for run in runs:
                last = None
                for progress in run:
                    # The core updates one progress object in place: hand the GUI a copy,
                    # counting what the folders before this one did (the summary is of all).
                    last = snapshot(progress)
                    yield with_totals(last, finished)
                if last is not None:
                    finished.append(last)
                if cancel():
                    break
            # the notes on files read again move now, not when each is next opened: 全部笔记
            # and a notes search flag the ones whose words are gone at once
            # (after a re-read by newer rules every noted document's notes are checked)
            followed.append(follow_changed_files(library, kind == "reread" or bool(read_again)))

        # The library polls the token and commits what it has read: let it finish.
        self._worker = Worker(job, self, stop_on_cancel=False)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_import_done)
        self._worker.cancelled.connect(self._on_import_cancelled)
        self._worker.failed.connect(self._on_import_failed)
        self._worker.ended.connect(self._on_import_ended)
        self._worker.ended.connect(self._worker.deleteLater)  # after the handlers above
        self.progress.setRange(0, 0)  # busy until the first progress arrives
        self.progress_label.setText(
            {
                "add": "正在扫描文件…",
                "reindex": "正在重建索引…",
                "reread": "正在重新解析文档…",
                "stale": "解析规则已更新，正在按新规则重新解析文档…",
                "upgrade": UPGRADE_TEXT,
            }.get(kind, "正在同步监视的文件夹…")
        )
        self.cancel_button.setEnabled(True)
        self.progress_counts.setText("")
        self.progress_box.show()
        self._last_progress: Any = None
        self._started = time.monotonic()
        self.empty_label.setText(IMPORTING_TEXT)
        self._update_enabled()
        self._worker.start()
        self.import_started.emit()

    def _on_progress(self, p: Any) -> None:
        stored = getattr(p, "committed", 0) > getattr(self._last_progress, "committed", 0)
        self._last_progress = p
        if stored and p.phase != "done" and off_thread(self._library):
            # a team library's import commits a batch at a time (200 documents) and
            # colleagues see each one within seconds: the importing writer's own list
            # showed 资料库还是空的 until the whole import ended. Read on a worker.
            self.refresh()
        if p.total_bytes:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * p.done_bytes / max(1, p.total_bytes)))
        elif p.total_files > getattr(p, "settled", 0):
            # the files it reads: unchanged ones counted as done put a re-sync at 500/501
            settled = getattr(p, "settled", 0)
            self.progress.setRange(0, p.total_files - settled)
            self.progress.setValue(max(0, p.done_files - settled))
        # the bar holds the percentage only: the counts and the time left in it were cut
        # inside a narrow column ("24/54 个文件 37% 剩余约 15 秒" wrapped within the bar);
        # they stand on their own line under it, which wraps when it must
        self.progress.setFormat("%p%")
        self.progress_counts.setText(counts_text(self._started, p))
        current = Path(p.current).name if p.current else ""
        phase = PHASES.get(getattr(p, "phase", ""), "正在导入")
        errors = f"（{len(p.errors)} 个出错）" if p.errors else ""
        # Once cancelled, the last files read still report in: keep saying what happens.
        label = CANCELLING_TEXT if self._cancelling else f"{phase} {current}{errors}"
        self.progress_label.setText(label)

    def _on_import_done(self, p: Any) -> None:
        self._release_worker()
        self._busy_tries = 0
        self.refresh()
        self.library_changed.emit()
        plan = getattr(self, "_sync_plan", {})
        if "gone" in plan:
            self._gone_folders = plan["gone"]
        if p is None and plan.get("folders") == [] and not plan.get("loose"):
            self.status_message.emit(
                self._gone_text().lstrip("。") if self._gone_folders else NO_FOLDERS_TEXT
            )
        elif p is None:
            self.status_message.emit("没有找到可导入的文件" + self._watched_text() + "。")
        elif self._kind in ("reindex", "reread", "upgrade", "stale"):
            count = getattr(p, "reindexed", 0) or p.done_files
            new_rules = "已按新规则重新解析"
            done = {"reread": new_rules, "stale": new_rules, "upgrade": "检索索引已升级"}.get(
                self._kind, "索引已重建"
            )
            self.status_message.emit(f"{done}：{count} 篇")
        else:
            gone = self._gone_text() if self._kind == "sync" else ""
            self.status_message.emit(
                "完成：" + summary(p) + self._watched_text() + gone + self._followed_text()
            )
            self._remember_errors(p)
            # a sync meets the same unreadable files in a watched folder every time: the box
            # came up at each F5; it comes up for files not listed before (the 查看… button
            # and the status line still say how many there are)
            errors = [tuple(e) for e in p.errors]
            unseen = [e for e in errors if e not in self._errors_seen]
            self._errors_seen.update(errors)
            if unseen or (errors and self._kind != "sync"):
                self._show_errors(p.errors)
        self.import_finished.emit(p)

    def _followed_text(self) -> str:
        """What the import did to the trainee's notes on the files it read again."""
        said = self._followed[0].said() if getattr(self, "_followed", None) else ""
        return f"。{said}，见“全部笔记”" if said else ""

    def _watched_text(self) -> str:
        """What the import just did to the watched folders, in the words the command line uses."""
        return "".join(
            "。" + watching.describe(n, "按 F5 ", path_last=True) for n in self._watch_notes
        )

    def _on_import_cancelled(self) -> None:
        self._release_worker()
        self.refresh()
        self.library_changed.emit()
        p = self._last_progress
        done = summary(p) + "；" if p is not None else ""
        self._remember_errors(p)
        self.status_message.emit(
            f"导入已取消：{done}已导入的文稿保留在资料库中{self._watched_text()}。"
        )

    def _on_import_failed(self, message: str, exc: object) -> None:
        self._release_worker()
        self.refresh()
        busy = isinstance(exc, LibraryBusy) and self._kind in BUSY_RETRIED
        if busy and self._busy(self._kind, self._paths):
            return
        self._busy_tries = 0
        if self._kind in RESUMED_KINDS and server_gone(exc):
            self._keep_cut(self._kind, self._paths)
        # refused at once while a team library's server is away: nothing was written, and
        # the same import runs again by itself once the banner has gone; a re-parse or
        # re-index cut off or refused, too (an import's lost connection says so itself)
        if self._kind in ("add", "sync"):
            note = AWAY_RETRY if isinstance(exc, ServerAway) else ""
        else:
            note = REDO_RETRY if server_gone(exc) else ""
        self._say_failed(f"{JOB_NAMES.get(self._kind, '导入')}失败", exc, message, note)

    def _say_failed(self, title: str, exc: object, message: str = "", note: str = "") -> None:
        """A job that failed as a whole, on the status line and in a box titled ``title``
        (导入失败, 同步失败), described in Chinese, with ``note`` (what to do) after it;
        listeners hear it by ``import_failed``."""
        text = failure_text(message or str(exc), exc)
        # a team library's lost connection: the command line's next step, in the app's
        # words (its module is loaded only where a team library is, psycopg with it)
        team = sys.modules.get("drafter.library.pg.importing")
        if team is not None:
            text = text.replace(team.RESUME_NOTE, LOST_RESUME)
        if note:
            text = f"{text}。{note}"
        self.status_message.emit(f"{title}：{text}")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.import_failed.emit(text)

    def _release_worker(self) -> None:
        """The import is over: the panel is free for the next one (before any signal out)."""
        self._worker = None
        self.empty_label.setText(EMPTY_TEXT if self._library is not None else LOADING_TEXT)
        self.progress_box.hide()
        self._update_enabled()

    def _on_import_ended(self) -> None:
        if self._pending and self._worker is None:
            kind, paths = self._pending.pop(0)
            self._start(kind, paths)

    def _remember_errors(self, p: Any) -> None:
        """Keep the files the import could not read for :meth:`show_last_errors`."""
        self.last_errors = list(p.errors) if p is not None else []
        self._last_went_in = went_in(p) if p is not None else None
        self.errors_button.setText(f"{len(self.last_errors)} 个文件出错，查看…")
        self.errors_button.setVisible(bool(self.last_errors))

    def show_last_errors(self) -> None:
        """The list of files the last import (finished or cancelled) could not read."""
        if self.last_errors:
            self._show_errors(self.last_errors)

    def _show_errors(self, errors: list[tuple[str, str]]) -> None:
        """List per-file errors in a non-blocking box (the rest of the batch went in)."""
        lines = [in_chinese(error_with_path(path, msg)) for path, msg in errors]
        if self._last_went_in == 0:  # it said 其余文件已导入 when there was no other file
            title, text = "文件未能导入", f"{len(errors)} 个文件都未能导入，资料库没有变化。"
        else:
            title, text = "部分文件未能导入", f"{len(errors)} 个文件未能导入，其余文件已导入。"
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        shown = lines[:5] + ([f"……另有 {len(lines) - 5} 个"] if len(lines) > 5 else [])
        box.setInformativeText("\n".join(shown))
        box.setDetailedText("\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
