"""What the library table's context menu does to the selected rows: 编辑信息… (the form,
then the correction on a worker), 并排对照 / 与…并排对照… (two texts side by side, asked
of the window) and 从资料库移除 (after a question that says the files stay and warns of a
watched folder's next sync; on a worker for a team library).

A mixin of :class:`~drafter.ui.panels.library_panel.LibraryPanel`, over its ``view``,
``model``, ``_library``, ``_worker`` and ``_removing``, its ``compare_action`` and
``compare_with_action``, and its ``library_changed``, ``status_message`` and
``compare_requested`` signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from drafter.library import watching
from drafter.ui.errors import describe
from drafter.ui.library_reads import off_thread
from drafter.ui.models.documents import DocumentRole
from drafter.ui.workers import Worker


class LibraryRowActions:
    """The table's row actions (see the module docstring)."""

    def edit_current(self) -> None:
        """编辑信息… for the current row. In a window, the reader's path
        (:attr:`edit_info_with`): a team server away, the change joins the waiting
        corrections (待保存, written in order on reconnect) and the form closes; before,
        this form stayed open over the window until the server answered. A panel on its
        own: the form, which stores the correction on a worker."""
        index = self.view.currentIndex()
        info = index.data(DocumentRole) if index.isValid() else None
        if info is None or self._library is None:
            return
        library = self._library
        if self.edit_info_with is not None:
            if self.edit_info_with(library, info):
                self.refresh()
                self.library_changed.emit()
            return
        from drafter.ui.dialogs.edit_info import EditInfoDialog

        dialog = EditInfoDialog(
            info, self, save=lambda changes: library.edit_metadata(info.id, **changes)
        )
        if dialog.exec() != EditInfoDialog.DialogCode.Accepted or not dialog.changes():
            return
        self.refresh()
        self.library_changed.emit()
        self.status_message.emit("已更正文稿信息")

    def remove_selected(self) -> None:
        """Remove the selected documents after a confirmation that says the files themselves
        stay. A team library's watched folders, which the question's warning needs, are read
        on a worker first (the buttons held meanwhile), then the question is asked."""
        ids = self.selected_ids()
        library = self._library
        if not ids or library is None or self._worker is not None or self._removing:
            return
        if not off_thread(library):
            self._ask_removal(ids, _watched_or_none(library))
            return
        worker = Worker(lambda _t: _watched_or_none(library), self)
        worker.finished.connect(
            lambda watched: self._ask_removal(ids, watched) if library is self._library else None
        )
        worker.ended.connect(lambda: self._removal_ended(worker))
        self._removing = worker
        self._update_enabled()
        worker.start()

    def _ask_removal(self, ids: list[str], watched: list[str] | None) -> None:
        """The question before removing ``ids`` (with the warning ``watched`` calls for)."""
        if self._removing is not None and not self._removing.running:
            self._removing = None  # the read of the warning, over
        answer = QMessageBox.question(
            self,
            "移除文稿",
            f"从资料库移除所选的 {len(ids)} 篇文稿？\n原文件不会被删除。"
            + self._comes_back(ids, watched),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._update_enabled()
            return
        self.remove_ids(ids)

    def _comes_back(self, ids: list[str], watched: list[str] | None) -> str:
        """The warning for documents whose files lie in a watched folder: the next sync imports
        them again, so the user learns it before removing, not when they reappear."""
        if not watched:  # none, or the library could not say: the question stands alone
            return ""
        paths = {d.id: d.path for d in self.model.documents()}
        folders = [
            f
            for f in (watching.covering_folder(watched, paths.get(i, "")) for i in ids)
            if f is not None
        ]
        if not folders:
            return ""
        how = "在「资料库 › 监视的文件夹…」中停止监视它"
        count = f"其中 {len(folders)} 篇的" if len(ids) > 1 else ""
        return "\n\n" + count + watching.removal_warning(folders[0], how).removeprefix("注意：")

    def remove_ids(self, ids: list[str]) -> None:
        """Remove documents without asking; failures are counted and the first one shown, the rest
        still go. On a worker for a team library (each removal is a transaction on the
        server: ten of them froze the window for seconds on a slow network), the table
        and the buttons held meanwhile; at once for a local one."""
        library = self._library

        def remove() -> list[str]:
            failed = []
            for doc_id in ids:
                try:
                    library.remove(doc_id)
                except Exception as exc:  # noqa: BLE001 - reported below
                    failed.append(describe(exc))
            return failed

        if not off_thread(library):
            self._removed(ids, remove())
            return
        self.status_message.emit(f"正在移除 {len(ids)} 篇文稿…")
        worker = Worker(lambda _t: remove(), self)
        worker.finished.connect(lambda failed: self._removed(ids, failed))
        worker.failed.connect(lambda _m, exc: self._removed(ids, [describe(exc)] * len(ids)))
        worker.ended.connect(lambda: self._removal_ended(worker))
        self._removing = worker
        self._update_enabled()
        worker.start()

    def _removal_ended(self, worker: Worker) -> None:
        worker.deleteLater()
        if self._removing is worker:
            self._removing = None
            self._update_enabled()

    def _removed(self, ids: list[str], failed: list[str]) -> None:
        """Show the library after a removal and say how it went."""
        self.refresh()
        self.library_changed.emit()
        removed = len(ids) - len(failed)
        self.status_message.emit(
            f"已移除 {removed} 篇文稿" + (f"；{len(failed)} 篇失败：{failed[0]}" if failed else "")
        )

    def compare_selected(self) -> None:
        """并排对照 for the two selected documents (in the order they were selected)."""
        ids = self.selected_ids()
        if len(ids) == 2:
            self.compare_requested.emit(ids[0], ids[1])

    def compare_with(self, other_id: str | None = None) -> None:
        """与…并排对照: set the one selected document beside another, asked for in a picker
        listing the rest of the library (``other_id`` given: that one, without asking)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        first = ids[0]
        if other_id is None:
            from drafter.ui.dialogs.pick_document import PickDocumentDialog

            docs = [d for d in self.model.documents() if str(d.id) != first]
            if not docs:
                self.status_message.emit("资料库中没有别的文稿可以对照。")
                return
            info = next((d for d in self.model.documents() if str(d.id) == first), None)
            dialog = PickDocumentDialog(info.display_title if info else "", docs, self)
            self._pick_dialog = dialog  # tests find the open picker here
            try:
                if dialog.exec() != PickDocumentDialog.DialogCode.Accepted:
                    return
                other_id = dialog.chosen_id()
            finally:
                self._pick_dialog = None
        if other_id and other_id != first:
            self.compare_requested.emit(first, other_id)

    def _update_compare(self) -> None:
        """并排对照 for two selected rows, 与…并排对照 for one; the other hidden."""
        count = len(self.view.selectionModel().selectedRows())
        self.compare_action.setVisible(count == 2)
        self.compare_with_action.setVisible(count == 1)
        enabled = self._library is not None
        self.compare_action.setEnabled(enabled)
        self.compare_with_action.setEnabled(enabled)


def _watched_or_none(library: Any) -> list[str] | None:
    """``library``'s watched folders for the removal's warning, None when it cannot say."""
    try:
        return [str(f) for f in library.watched_folders()]
    except Exception:  # noqa: BLE001 - the question still stands without the warning
        return None
