"""The library panel's imports tried again: a job met the write lock another process holds
(an app still closing, a command-line import) is retried a few times on a timer, and a job
a team library's lost server cut off is started again once it answers.

:class:`ImportRetries` is a part of
:class:`~drafter.ui.panels.library_imports.LibraryImports` (a mixin over the panel's
worker, queue, library and status line), kept apart so that starting and following a
job and trying it again each read on their own."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer

from drafter.ui.panels.library_status import BUSY_LATER, BUSY_RETRIED

log = logging.getLogger(__name__)

# said after an import or sync refused while a team library's server is away
AWAY_RETRY = "连接恢复（上方的提示条消失）后自动再做一次，已导入的文稿会跳过"
# said after a re-parse or re-index cut off or refused by a server away
REDO_RETRY = "连接恢复（上方的提示条消失）后自动再做一次"
# said for an import or sync cut off by a lost connection, in place of the command line's
# "run the same command again": the app does it itself once the server answers
# (resume_cut_imports); before, the writer had to remember to press 同步 or import again
LOST_RESUME = "已写入的批次都已保存；连接恢复（上方的提示条消失）后自动接着导入（已导入的跳过）"
# the jobs a lost server cuts off that are started again when it is back: imports and
# syncs, and the re-parses and re-indexes too (a re-parse cut off was simply gone: the
# writer had to remember to ask for it again)
RESUMED_KINDS = ("add", "sync", "reindex", "reread", "stale", "upgrade")
# what each job is called where it failed or is resumed
JOB_NAMES = {
    "add": "导入",
    "sync": "同步",
    "reindex": "重建索引",
    "reread": "重新解析",
    "stale": "重新解析",
    "upgrade": "升级检索索引",
}


def index_outdated(library: Any) -> bool:
    """True when ``library``'s index was built by an older Drafter (see
    ``LibraryBackend.index_outdated``); False when it cannot tell (never an error). Asked when
    a library opens (the panel) and when a busy upgrade is tried again (here)."""
    try:
        return getattr(library, "index_outdated", lambda: False)() is True
    except Exception:  # noqa: BLE001 - a check, never a failure
        log.exception("checking the index format failed")
        return False


def resumed_text(kinds: list[str]) -> str:
    """What the status line says when the jobs ``kinds`` (in the order asked) a lost server
    cut off start again: an import or sync goes on, what is in skipped; a re-parse of old
    readings goes on, those read again kept (each is stored on its own); a re-index or a
    re-read of all, stored in one transaction at its end, starts again (the index is the
    old one until then)."""
    parts: list[str] = []
    imports = [k for k in kinds if k in ("add", "sync")]
    if imports:
        what = "同步" if all(k == "sync" for k in imports) else "导入"
        parts.append(f"接着{what}连接中断时没有做完的部分（已导入的跳过）")
    if "stale" in kinds:
        parts.append("接着重新解析连接中断时没有做完的文稿（已解析的跳过）")
    whole = list(
        dict.fromkeys(JOB_NAMES[k] for k in kinds if k in ("reindex", "reread", "upgrade"))
    )
    if whole:
        parts.append(f"重新开始{'、'.join(whole)}（中断时还没有写入，检索仍用原来的索引）")
    return "已重新连接：" + "；".join(parts) + "…"


class ImportRetries:
    """The retries of the library panel's imports (see the module docstring)."""

    BUSY_RETRIES = 4
    """How many times a job of :data:`BUSY_RETRIED` tries again when another process holds
    the library's write lock (an app still closing), before giving up (see :meth:`_busy`)."""
    BUSY_RETRY_MS = 3000
    """Milliseconds between those tries (each also waits the library's own lock timeout)."""

    def _keep_cut(self, kind: str, paths: list[str]) -> None:
        """Remember an import or sync the server's going away cut off (or refused), for
        :meth:`resume_cut_imports`; the same one once."""
        if self._cut_for is not self._library:
            self._cut, self._cut_for = [], self._library
        if (kind, paths) not in self._cut:
            self._cut.append((kind, paths))

    def resume_cut_imports(self) -> None:
        """The team library's server answers again: start the imports and syncs its going
        away cut off, in the order asked (the first now, the rest queued behind it); the
        documents already in are skipped, so nothing is imported twice. Said on the status
        line. Nothing for another library than the one they were for."""
        cut, self._cut = self._cut, []
        if not cut or self._cut_for is not self._library or self._library is None:
            return
        for kind, paths in cut:
            self._start(kind, paths)
        self.status_message.emit(resumed_text([kind for kind, _ in cut]))

    def _busy(self, kind: str, paths: list[str]) -> bool:
        """A job of :data:`BUSY_RETRIED` met the write lock held by another process (an app
        still closing, a command-line import): the re-read and the index upgrade at open
        put up a 导入失败 box for work the user never asked for, and the sample import of a
        first start failed, leaving the library empty. Try again a few times
        (:data:`BUSY_RETRIES`), saying so on the status line; True while it does, or when
        a job nobody asked for is left for later with a word on the status line. False
        when an import the user asked for has used its tries: the box then says why.
        A re-read's documents were not read: another writer's change may try them again."""
        if kind == "stale":  # none of them read: another writer's change may ask again
            self._stale_taken.difference_update(self._taken_now)
        what = BUSY_RETRIED[kind]
        self._busy_tries += 1
        if self._busy_tries > self.BUSY_RETRIES:
            self._busy_tries = 0
            later = BUSY_LATER.get(kind)
            if later:
                self.status_message.emit(f"资料库正被其他程序使用：{later}")
            return bool(later)
        self.status_message.emit(f"资料库正被其他程序使用，稍后自动重试{what}…")
        QTimer.singleShot(self.BUSY_RETRY_MS, self, lambda: self._retry_busy(kind, paths))
        return True

    def _retry_busy(self, kind: str, paths: list[str]) -> None:
        """One more try of a job that met a busy library (:meth:`_busy`): a re-read or an
        upgrade only when still due; after the job running now when another one is."""
        library = self._library
        if library is None:
            self._busy_tries = 0
            return
        if kind == "upgrade":  # still due? a read of the library (a worker's, for a team one)
            self._checked(
                lambda: index_outdated(library), lambda due: self._go_on(kind, paths, due)
            )
            return
        self._go_on(kind, paths, kind != "stale" or self._reread_due(library))

    def _go_on(self, kind: str, paths: list[str], due: bool) -> None:
        """The retry of :meth:`_retry_busy`, once it is known whether it is still ``due``."""
        if not due:
            self._busy_tries = 0
            return
        if self._worker is not None:
            if (kind, paths) not in self._pending:
                self._pending.append((kind, paths))
            return
        self._start(kind, paths)
