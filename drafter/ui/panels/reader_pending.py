"""Corrections made in the reader while the team library's server is away: shown at once
as 待保存, kept (:mod:`drafter.library.pending_corrections`: in memory and in a file beside
the user's settings) and written, in order and once, when the server answers again.

Before, a correction made then (one click: 设为一级标题, 不是标题 …) failed on its worker
and one status-bar line said 更正未保存; the click was lost. The window says when the server
is back (the offline banner's going, :meth:`MainWindow._on_online`) and when a library
opens (a restart after a quit while the server was away): both call :meth:`write_pending`.

A mixin of :class:`~drafter.ui.panels.reader_corrections.ReaderCorrections`, over its
``panel``, its ``corrected`` and ``status_message`` signals and its ``flushed`` signal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from drafter.corpus.corrections import apply_corrections
from drafter.library.model import ServerAway
from drafter.library.pending_corrections import Pending, PendingCorrections, write_pending
from drafter.messages import out_of_reach
from drafter.ui.errors import failure_text
from drafter.ui.workers import Worker

PENDING_MARK = "待保存"


def server_away(library: Any, exc: object = None) -> bool:
    """Whether ``library``'s server is away (held offline, or ``exc`` says it could not be
    reached): a correction is then kept for later, not lost."""
    if isinstance(exc, ServerAway) or getattr(library, "offline", ""):
        return True
    # a server out of reach for now (refused, silent, starting …): pg.connect's error
    return out_of_reach(exc)


class PendingSide:
    """Keeping and writing the reader's corrections while the server is away (see the
    module docstring)."""

    pending: PendingCorrections
    _writing: Worker | None

    def pending_here(self) -> list[Pending]:
        """The corrections of the shown document still waiting for the server."""
        library, key = self.panel._doc_library, self.panel.document_key
        if library is None or not key:
            return []
        return self.pending.entries(_where(library), key)

    def waiting_for(self, library: Any, doc_id: str) -> list[Pending]:
        """The corrections of ``doc_id`` in ``library`` still waiting for the server, shown
        in the reader or not (编辑信息… from a table row)."""
        return self.pending.entries(_where(library), doc_id)

    @property
    def writing_pending(self) -> bool:
        """Whether the kept corrections are being written now: the library changes under
        the reader by the user's own hand, not a colleague's."""
        return self._writing is not None

    def must_wait(self, library: Any) -> bool:
        """Whether a new correction of the shown document waits behind the server: it is
        away, or corrections made before are still waiting (written after them, in order)."""
        return bool(getattr(library, "offline", "")) or bool(self.pending_here())

    def pending_entry(
        self, ops: list[dict], said: str, base: list[dict] | None = None, made_on=None
    ) -> Pending:
        """``ops`` of the shown document as a correction that may have to wait (its ops
        marked as one step: a write of it repeated adds nothing); with ``base``, the whole
        list an undo, a redo or 更正已核对 stores in place of ``base``."""
        panel = self.panel
        entry = _entry(panel._doc_library, panel.document_key, panel._info, ops, said)
        if base is not None:
            entry = replace(entry, ops=list(ops), base=list(base), made_on=made_on)
        return entry

    def keep(
        self,
        ops: list[dict],
        index: int,
        said: str,
        entry: Pending | None = None,
        behind: Pending | None = None,
        queued: bool = False,
    ) -> None:
        """Keep ``ops`` for when the server is back and show the document with them applied,
        marked 待保存; say what happened and what will. ``entry``: the correction these ops
        are, when made already (a save the server did not answer; not listed twice).
        ``behind``: the correction still being saved that this one waits for (a silent
        server): listed first, so the two are written in the order they were made.
        ``queued``: it waits for a save under way, not for a server known to be away."""
        panel = self.panel
        entry = entry if entry is not None else self.pending_entry(ops, said)
        listed = self.pending.entries()
        # the correction being saved, which the reader showed the moment it was made
        early = getattr(self, "shown_early", None)
        stored, shown = True, list(entry.ops)
        if behind is not None and not any(e is behind for e in listed):
            stored = self.pending.add(behind)
            if behind is not early and not behind.replaces:  # a list replaced: not shown yet
                shown = [*behind.ops, *shown]
        if any(e is entry for e in listed):
            shown = []  # shown already, when it was queued behind the save under way
        else:
            stored = self.pending.add(entry) and stored
            if entry is early:
                shown = []  # shown at once, before its save found the server away
        text = _kept_text(said, len(self.pending_here()), stored, queued, self.pending.problem)
        if not shown:
            panel._show_header()  # its 待保存 mark
            self.status_message.emit(text)
            return
        self.show_applied(shown, index, text)

    def show_applied(self, ops: list[dict], index: int, said: str, opened: bool = True) -> None:
        """Show the reader's document with ``ops`` applied on top of it, at paragraph
        ``index``, ``said`` in the status line once shown: a correction kept for later, or
        one shown the moment it is made (``opened`` False: the review and the study map
        wait for the stored document). One place, so both show the same thing."""
        panel = self.panel
        applied = apply_corrections(panel.document, ops)
        panel._said_after_open = said
        panel.show_document(
            applied.document,
            panel._info,
            panel.document_key,
            index,
            list(panel._terms),
            panel._doc_library,
            panel._terms_asked,
            opened=opened,
        )

    def keep_for(self, library: Any, info: Any, ops: list[dict], said: str) -> None:
        """Keep ``ops`` of a document the reader does not show (编辑信息… from a library
        table row, ``info`` its record) for when the server is back, after the others, and
        say so as :meth:`keep` does; the table shows them once they are written."""
        stored = self.pending.add(_entry(library, info.id, info, ops, said))
        count = len(self.waiting_for(library, info.id))
        self.status_message.emit(_kept_text(said, count, stored, False, self.pending.problem))

    def write_pending(self, library: Any = None) -> None:
        """Write the corrections waiting for ``library`` (default: the reader's) on a worker,
        oldest first, each taken off the list once stored; nothing while its server is still
        away or a write is under way. Said when done; the shown document is read again."""
        library = library if library is not None else self.panel._library
        if library is None or self._writing is not None or getattr(library, "offline", ""):
            return
        waiting = self.pending.entries(_where(library))
        if not waiting:
            return
        pending = self.pending
        self.status_message.emit(f"已重新连接：正在保存停机时的 {len(waiting)} 处更正…")

        def job(_token: Any) -> tuple[int, list[str], object]:
            written, dropped = 0, []
            for entry in waiting:
                try:
                    write_pending(library, entry)
                except Exception as exc:  # noqa: BLE001 - said below, the rest goes on
                    if server_away(library, exc):
                        return written, dropped, exc  # kept for the next return
                    name = f"《{entry.title}》" if entry.title else entry.doc_id
                    dropped.append(f"{name}的「{entry.said or '更正'}」（{failure_text('', exc)}）")
                pending.drop(entry)
                written += 1
            return written, dropped, None

        worker = Worker(job, self)
        worker.finished.connect(lambda result: self._written(library, waiting, *result))
        worker.failed.connect(
            lambda msg, exc: self.status_message.emit(
                f"停机时的更正未能保存：{failure_text(msg, exc)}"
            )
        )
        worker.ended.connect(lambda: self._stop_writing(worker, library, waiting))
        self._writing = worker
        self.save_started.emit()
        worker.start()

    def _written(
        self, library: Any, waiting: list[Pending], written: int, dropped: list[str], away: object
    ) -> None:
        """Say what the write of the waiting corrections did; show the shown document as
        stored now (its 待保存 mark gone) when it was among them."""
        done = written - len(dropped)
        parts = []
        if done:
            parts.append(f"已保存停机时的 {done} 处更正；检索中的标题路径已随之更新")
        if dropped:
            parts.append(f"{len(dropped)} 处无法保存：" + "；".join(dropped))
        if away is not None:
            left = len(self.pending.entries(_where(library)))
            parts.append(f"服务器又连不上了，其余 {left} 处仍待保存，重新连接后自动保存")
        said = "。".join(parts) + "。"
        key = self.panel.document_key
        shown = self.panel._doc_library is library and any(e.doc_id == key for e in waiting)
        self.flushed.emit(said)
        if shown and written:
            self.panel._corrections_read = ("", None)
            self.corrected.emit(key, self.panel._top_paragraph() or 0, said)
        else:
            self.status_message.emit(said)

    def _stop_writing(self, worker: Worker, library: Any, waiting: list[Pending]) -> None:
        worker.deleteLater()
        if self._writing is worker:
            self._writing = None
        # corrections made while these were written wait behind them: write them now (not
        # those this write left for the server's next return)
        later = [e for e in self.pending.entries(_where(library)) if e not in waiting]
        if later and not getattr(library, "offline", ""):
            self.write_pending(library)
        if not self.saving:
            self.idle.emit()

    def pending_mark(self) -> str:
        """The header's quiet mark for corrections of the shown document still waiting for
        the server ("" for none)."""
        count = len(self.pending_here())
        if not count:
            return ""
        why = "团队资料库暂时连不上，这些更正先记在本机，重新连接后自动保存"
        return f"<span style='color:#8a6d00' title='{why}'>{count} 处更正{PENDING_MARK}</span>"


def _kept_text(said: str, count: int, stored: bool, queued: bool, problem: str) -> str:
    """What the status line says of a correction kept for later: why, how many of the
    document's wait, and that they are saved by themselves (or why the file could not
    keep them)."""
    if queued:
        text = (
            f"上一处更正还在保存（团队资料库暂未应答）：{said or '更正'}先记在本机，"
            f"排在它后面（共 {count} 处{PENDING_MARK}），按先后依次保存，不会丢失。"
        )
    else:
        text = (
            f"团队资料库暂时连不上：{said or '更正'}先记在本机（{count} 处{PENDING_MARK}），"
            "重新连接后自动保存。"
        )
    if not stored:
        text += f"但无法写入本机文件，请不要退出 Drafter（{problem}）。"
    return text


def _entry(library: Any, doc_id: str, info: Any, ops: list[dict], said: str) -> Pending:
    """The waiting correction ``ops`` of ``doc_id`` of ``library``, ``info`` its record (the
    reader's shown one or a table row's): one place, so both keep the same fields."""
    return Pending(
        _where(library),
        doc_id,
        getattr(info, "sha256", "") or "",
        str(getattr(info, "path", "") or ""),
        list(ops),
        said,
        str(getattr(info, "title", "") or ""),
    )


def _where(library: Any) -> str:
    """The name a library's waiting corrections are kept under: its location."""
    return str(getattr(library, "location", "") or getattr(library, "root", ""))
