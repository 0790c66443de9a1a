"""编辑信息… on a library document, from the reader or from a library table row: one form
and one path, so that when the team server is away the changes join the reader's waiting
corrections (待保存) instead of the form staying open over the window until it answered.

A mixin of :class:`~drafter.ui.panels.reader_corrections.ReaderCorrections`, over its
``panel``, its ``status_message`` signal and the save and keep of its other corrections.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from drafter.corpus.correction_labels import step_label
from drafter.corpus.correction_ops import meta_op, one_step
from drafter.library.model import ServerAway
from drafter.ui.dialogs.edit_info import EditInfoDialog
from drafter.ui.panels.reader_pending import server_away


class InfoEditing:
    """编辑信息… for the reader and the library table (see the module docstring)."""

    def edit_info(self) -> None:
        """Open 编辑信息… for the shown document; the form stores what the user changed
        (on a worker) and stays open, saying why, when it cannot."""
        if not self.available():
            self.status_message.emit("只有资料库中的文稿可以更正信息。")
            return
        if self._worker is not None:
            self.status_message.emit("上一处更正还在保存，请稍候。")
            return
        meta = getattr(self.panel.document, "metadata", None)
        subtitle = (getattr(meta, "subtitle", None) or "") if meta is not None else None
        self.edit_info_of(self.panel._doc_library, self.panel._info, subtitle)

    def edit_info_of(
        self, library: Any, info: Any, subtitle: str | None = None, parent: Any = None
    ) -> bool:
        """编辑信息… for the document ``info`` of ``library``, from the reader or from a
        library table row: one path, so the table's form, too, joins the waiting
        corrections when the server is away (before, it stayed open over the window until
        the server answered). True when changes to a document the reader does not show
        were stored now (the caller's list shows them); the shown one's follow
        :attr:`corrected`, and kept ones are shown when they are written (:attr:`flushed`)."""
        doc_id = info.id
        shown = self.shows(library, doc_id)
        dialog = EditInfoDialog(
            self.panel._info if shown else info,
            parent if parent is not None else self.panel,
            subtitle=subtitle,
            save=lambda changes: self._save_info(library, doc_id, changes),
            keep=lambda changes, exc: self._keep_info(library, info, changes, exc),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changes() or dialog.kept:
            return False
        if not self.shows(library, doc_id):  # a table row's document, not the one read
            self.status_message.emit("已保存信息更正。")
            return True
        # stored by the dialog: what was read with the document is outdated now
        self.panel._corrections_read = ("", None)
        self._on_done(doc_id, 0, "已保存信息更正", False)
        return False

    def shows(self, library: Any, doc_id: str) -> bool:
        """Whether the reader shows ``doc_id`` of ``library`` (its corrections go through
        what it shows: 待保存 marked in its header)."""
        return (
            library is not None
            and library is self.panel._doc_library
            and doc_id == self.panel.document_key
        )

    def _save_info(self, library: Any, doc_id: str, changes: dict[str, str]) -> Any:
        """Store 编辑信息…'s changes (on the form's worker); refused at once, to be kept
        behind them, while corrections made before wait for the server: written first,
        they would come after it."""
        if getattr(library, "offline", "") or self.waiting_for(library, doc_id):
            raise ServerAway(f"{getattr(library, 'location', '')}: 之前的更正还待保存")
        return library.edit_metadata(doc_id, **changes)

    def _keep_info(self, library: Any, info: Any, changes: dict[str, str], exc: object) -> bool:
        """编辑信息… whose save found the team server away: kept with the reader's other
        corrections (待保存, shown at once when the reader shows it, written when it is
        back) and True; False for any other failure, which the form says. Before, the form
        stayed open over the window, and 取消 lost what was typed."""
        if not server_away(library, exc):
            return False
        ops = one_step([meta_op(name, value) for name, value in changes.items()])
        if self.shows(library, info.id):
            self.keep(ops, self.panel._top_paragraph() or 0, step_label(ops))
        else:
            self.keep_for(library, info, ops, step_label(ops))
        return True
