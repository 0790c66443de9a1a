"""The 结构 panel's mining: the library's structures mined on a worker with progress and
cancel, a result kept from before looked up at once when the library has not changed.

:class:`StructuresMining` is a part of
:class:`~drafter.ui.study.structures_panel.StructuresPanel` (a mixin over its library,
progress bar, buttons and summary), kept apart so the worker's life reads on its own and
the panel holds its table and filters."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from drafter.study.mining import Mined, library_entries, mine
from drafter.study.mining_cache import load_cached, load_kept, mining_key, save_cached
from drafter.ui.errors import failure_text
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

IDLE_TEXT = "点“分析资料库”，找出本单位文稿常用的数字概括和并列标题。"


class StructuresMining:
    """Mining the library for the 结构 panel (see the module docstring)."""

    @property
    def mining(self) -> bool:
        """True while the library is being mined on a worker: 分析资料库 is disabled, and a
        cached result looked up meanwhile does not replace the fresh one coming."""
        return self._worker is not None and self._worker.running

    def set_on_screen(self, shown: bool) -> None:
        """The panel came on screen (its dock shown and its tab chosen: the dock's
        visibilityChanged) or left it. Opened over a library never mined, it mines at once:
        a trainee opening 结构 saw an empty table until they found and pressed 分析资料库.
        Only once per library: after 取消 the button is the way to mine again."""
        self._on_screen = shown
        if shown:
            self._mine_if_opened()
            self._mine_again_if_owed()

    def library_grew(self) -> None:
        """An import into the library finished. A result mined while it ran (the panel opened
        during the first import mined the documents imported so far) describes part of the
        library: it is mined again at once on the worker, with progress and 取消, when the
        panel is on screen, else when it comes on screen; a mining under way is followed by
        one more. A library never mined is left to the panel's first opening."""
        if self.library is None or (self.mined is None and not self.mining):
            return
        self._mine_again = True
        self._mine_again_if_owed()

    def _mine_again_if_owed(self) -> None:
        """Mine again after an import (:meth:`library_grew`) once the panel is on screen
        and no mining runs."""
        if not (self._mine_again and self._on_screen) or self.mining:
            return
        self._mine_again = False
        self.status_message.emit("导入已完成，正在按全部文稿重新分析结构…")
        self.run()

    def _mine_if_opened(self) -> None:
        """Start the first mining of a library never mined before, when the panel is on
        screen and the cache lookup found nothing kept (a kept result is shown instead)."""
        if (
            self._on_screen
            and self._never_mined
            and not self._mined_on_open
            and self.library is not None
            and self.mined is None
            and not self.mining
        ):
            self._mined_on_open = True
            self.run()

    def _look_up_cache(self, library: Any) -> None:
        """The result mined before, when the library has not changed since (keyed by its
        documents' versions and the rules, drafter.study.mining_cache): shown at once. A
        start mined again every time (45–70 s for ~690 texts under load). When the library
        changed since the user last mined, the result kept from then is shown at once, said
        to be stale, while it is mined again on a worker (the table stayed empty for the
        length of a mining)."""
        from drafter.ui.study.jobs import start_job

        def job(_token):
            key = mining_key(library)
            cached, existed = load_cached(library, key)
            kept = load_kept(library) if cached is None and existed else None
            return library, cached, existed, kept

        start_job(job, self._on_cache_looked_up, self._on_cache_failed)

    def _on_cache_looked_up(self, result) -> None:
        library, cached, existed, kept = result
        if library is not self.library or self.mined is not None:
            return  # another library meanwhile, or mined already
        if self.mining:
            return  # the user clicked 分析资料库 meanwhile
        if cached is not None:
            self.set_mined(cached, kept=True)
        elif existed:
            if kept is not None:  # the last result, shown until the new one comes
                self.set_mined(kept, kept=True, stale=True)
            self.run()  # mined before, the library changed since: mined again
        else:  # never mined: mined as soon as the panel is opened
            self._never_mined = True
            self._mine_if_opened()

    def _on_cache_failed(self, message: str, exc: object) -> None:
        log.warning("looking the mined structures up failed: %s", failure_text(message, exc))

    def run(self) -> None:
        """Mine the whole library on a worker with progress and cancel; ignored while a run is going
        or without a library.
        """
        if self.library is None or self.mining:
            return
        library = self.library
        self.progress.setRange(0, 0)  # busy until the count comes (from a worker)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.run_button.setEnabled(False)
        if self.mined is None:  # the line still told the user to click the button just clicked
            self.summary.setText("正在分析资料库的文稿…")
        box: dict[str, Mined] = {}

        def job(token):
            # counted here, not on the window's thread (a team library: a round trip)
            total = len(library.documents())
            yield _Count(total)
            # the key before mining: a change made meanwhile makes the kept result stale
            key = mining_key(library)
            # every structure is kept: 最少出现篇数 then filters at once, without mining again
            result = yield from mine(library_entries(library), total, cancel=token.is_set)
            box["mined"] = result
            if not token.is_set():
                save_cached(library, result, key)  # the next start shows it at once
            yield result

        # Parented to the application and started like every study job (see
        # drafter.ui.study.jobs): results go to bound methods, dropped if the panel is gone;
        # the panel's destruction cancels the mining, nobody would see it.
        worker = Worker(job, QCoreApplication.instance(), stop_on_cancel=False)
        worker.progressed.connect(self._on_progress)
        worker.finished.connect(self._on_mined)
        worker.cancelled.connect(self._on_cancelled)
        worker.failed.connect(self._on_failed)
        worker.ended.connect(self._ended)
        worker.ended.connect(worker.deleteLater)
        self.destroyed.connect(worker.cancel)
        self._worker = worker
        worker.start()

    def _on_progress(self, progress) -> None:
        if isinstance(progress, _Count):
            self.progress.setRange(0, max(progress.total, 1))
            if self.mined is None:
                self.summary.setText(f"正在分析资料库的 {progress.total} 篇文稿…")
            return
        if hasattr(progress, "done"):
            self.progress.setValue(progress.done)

    def _on_mined(self, result) -> None:
        if isinstance(result, Mined):
            self.set_mined(result)

    def _on_cancelled(self) -> None:
        self._mine_again = False  # 取消 is the user's word: the button mines again
        if self.mined is None:
            self.summary.setText(IDLE_TEXT)
        self.status_message.emit("已取消分析。")

    def _on_failed(self, message: str, exc: object) -> None:
        text = failure_text(message, exc)  # not the core's English
        if self.mined is None:
            self.summary.setText(IDLE_TEXT)
        self.status_message.emit(f"分析失败：{text}")

    def cancel(self) -> None:
        """Stop the running mining job; the results so far are discarded."""
        if self._worker is not None:
            self._worker.cancel()

    def _ended(self) -> None:
        self._worker = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_enabled()
        self._mine_again_if_owed()  # an import finished while this one mined


class _Count:
    """The first item a mining job yields: how many documents it goes through (counted on
    its worker), for the progress bar's range and the summary line."""

    def __init__(self, total: int) -> None:
        self.total = total
