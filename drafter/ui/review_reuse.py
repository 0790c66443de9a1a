"""The library's reuse index (查重) kept open and up to date for the 审稿 panel's reviews.

The index is brought up to date on a worker when the library opens, after this window's
imports and removals, and when another writer (a ``drafter library`` command, a colleague
on the team library) changed the library. The update is incremental, shows its progress
with a 取消 button, and reviews go on meanwhile with the index as it was (without the
reuse check only before its first update finished). An index let go of (a switch of
library) is closed at once, or when the review reading it ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

CANCELLED = "查重索引未更新完：只查已收录的文稿。点“重新检查”继续更新。"


class ReuseKeeper(QObject):
    """Opens, updates and closes the reuse index of the review controller's library.

    Apart from the controller because it has a life of its own (its worker, its progress
    in the panel, an index to close once no review reads it); the controller only asks
    it for the index a review may read (:meth:`usable`).

    Signals: updated() when an update brought documents in or changed them, so findings
    may change and the text is reviewed again."""

    updated = Signal()

    def __init__(self, panel: Any, reviewing: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.panel = panel
        self._reviewing = reviewing  # a review runs now: it may read the index
        self.index: Any = None
        self.ready = False  # up to date as far as we know (no update running)
        self.built = False  # an update finished once: the index answers meanwhile
        self.worker: Worker | None = None
        self.again = False  # the library changed during the update: once more
        self.note = ""  # said under the counts until the next update (cancelled …)
        self._to_close: list[Any] = []  # indexes of libraries let go of, closed when free

    def open(self, library: Any) -> None:
        """Let go of the index open now and open ``library``'s (a library without a
        folder, or a folder without room or not writable: review without reuse)."""
        self.close()
        if library is None or getattr(library, "root", None) is None:
            return
        from drafter.review.reuse import ReuseIndex

        try:
            index = ReuseIndex.open(library)
            self.built = index.built
        except Exception as exc:  # no room, read-only folder: review without reuse
            log.warning("reuse index unavailable: %s", exc)
            return
        self.index = index
        self.refresh()

    def close(self) -> None:
        """Stop listening to the update and close the index; a review reading it right
        now keeps it until it ends (:meth:`close_released`)."""
        self.cancel()
        self.worker = None  # the old library's update ends on its own
        self.ready = self.built = False
        old, self.index = self.index, None
        self.panel.hide_reuse_progress()
        if old is not None:
            self._to_close.append(old)
            if not self._reviewing():
                self.close_released()

    def close_released(self) -> None:
        """Close the indexes let go of while a review read them (call when it ended)."""
        while self._to_close:
            index = self._to_close.pop()
            try:
                index.close()
            except Exception as exc:  # noqa: BLE001 - letting go of it anyway
                log.warning("closing the reuse index failed: %s", exc)

    def refresh(self) -> None:
        """Bring the index up to date with the library on a worker: only documents
        added, changed or removed since its last update are touched (none: one light
        query). While one runs, a second call runs it once more after it."""
        index = self.index
        if index is None:
            return
        if self.worker is not None:
            self.again = True
            return
        self.again = False
        self.ready = False
        self.note = ""
        worker = Worker(lambda cancel: index.update(cancel), self, stop_on_cancel=False)
        # an update of a library since replaced (open) is heard no more
        current = lambda w=worker: w is self.worker  # noqa: E731
        worker.progressed.connect(lambda p: current() and self._on_progress(p))
        worker.finished.connect(lambda last: current() and self._on_done(last))
        worker.cancelled.connect(lambda: current() and self._on_cancelled())
        worker.failed.connect(lambda m, e: current() and self._on_failed(m, e))
        worker.ended.connect(lambda: current() and self._on_ended())
        self.worker = worker
        worker.start()

    def resume(self) -> None:
        """Go on with an update that was cancelled or failed (the panel's 重新检查)."""
        if self.index is not None and not self.ready and self.worker is None:
            self.refresh()

    def cancel(self) -> None:
        """Stop the running update (the panel's 取消); what it indexed stays."""
        if self.worker is not None:
            self.worker.cancel()
            self.panel.reuse_cancel.setEnabled(False)

    def usable(self) -> Any:
        """The index a review may read now: once an update finished, also while the
        next one runs (it answers for the documents it holds); None before."""
        return self.index if self.ready or self.built else None

    def _on_progress(self, p) -> None:
        if p.total and p.phase in ("scan", "index"):
            self.panel.show_reuse_progress(p.done, p.total)

    def _on_done(self, last) -> None:
        self.ready = True
        self.built = self.built or (last is not None and last.phase == "done")
        self.panel.hide_reuse_progress()
        if last is None or last.total:  # documents came or changed: findings may too
            self.updated.emit()

    def _on_cancelled(self) -> None:
        self.panel.hide_reuse_progress()
        self.note = CANCELLED
        self.panel.set_state(self.note)

    def _on_failed(self, message: str, exc) -> None:
        from drafter.review.reuse import ReuseIndexError

        self.panel.hide_reuse_progress()
        # the index's own errors say what happened in Chinese (busy elsewhere, not writable)
        said = isinstance(exc, ReuseIndexError)
        self.note = message if said else f"查重索引无法更新：{message}"
        self.panel.set_state(self.note)

    def _on_ended(self) -> None:
        self.worker = None
        if self.again:
            self.refresh()
