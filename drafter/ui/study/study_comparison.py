"""The 学习 dock's 对照: a second text chosen from the library (named so two alike can be
told apart, the studied one greyed out, its closest peer offered), analysed on a worker and
shown beside the studied one, outlines aligned on the tab and both full texts in the
并排对照 window; and a pair chosen in the library table shown in the same window. A text
compared is compared again when the library changes it (renamed, corrected).

A part of :class:`~drafter.ui.study.study_panel.StudyPanel` (a mixin over the widgets and
attributes its constructor sets).
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from drafter.corpus.display import quoted_name
from drafter.study.analyze import analyze
from drafter.study.occasions import closest_peer
from drafter.ui.errors import failure_text
from drafter.ui.study.jobs import start_job
from drafter.ui.study.side_by_side import SideBySideWindow

COMPARE_HINT = (
    "选一篇文稿（可输入标题中的字词筛选），点「并排对照」：两篇的提纲按部分对齐，各节字数并列，"
    "两篇全文在单独的窗口中并排、同步滚动。"
)
# what the tab says instead when the list has nothing to choose: it offered an empty box and
# a button that did nothing, with the line above, and a trainee could not tell why
NO_OTHER_HINT = (
    "资料库里还没有别的文稿可对照：先在资料库中「导入文件…」导入要对照的范文，"
    "再回到这里选一篇，点「并排对照」。"
)
NO_LIBRARY_HINT = "对照的文稿从资料库中选：资料库还没有打开（或打开失败），打开后可在这里选。"

log = logging.getLogger(__name__)


def choice_names(docs: list[Any]) -> list[str]:
    """Each document's name in the 对照 list: as the library names it, and where several
    share that name (two 政府工作报告, two reports opening 现在，我代表国务院…) with their date
    and speaker after it, else their file name: the list offered two identical rows and the
    trainee could not tell which report was which."""
    names = [getattr(i, "display_title", None) or i.title or Path(i.path).stem for i in docs]
    seen = Counter(names)
    out = []
    for name, info in zip(names, docs):
        if seen[name] > 1:
            told = "，".join(x for x in (info.date, info.speaker) if x) or Path(info.path).name
            name = f"{name}（{told}）"
        out.append(name)
    return out


class StudyComparison:
    """The study panel's 对照 tab and 并排对照 window (see the module docstring)."""

    def refill_documents(self) -> None:
        """List the library's documents as comparison choices, named as the library names them
        (an untitled text by its occasion or first words, never its file name), all but the
        one being studied: comparing a text with itself shows nothing. Called again when
        documents are added or removed, so a text imported meanwhile can be chosen. Read on
        a worker for a team library (:mod:`drafter.ui.library_reads`), the list shown
        meanwhile kept."""
        library = self.library
        if library is None:
            self._fill_documents(([], "", None))
            return
        compared = self._compared_id if self._compared is not None else ""

        def read() -> tuple[list[Any], str, str | None]:
            docs = list(library.documents())
            held = compared and any(d.id == compared for d in docs)
            return docs, compared, version_of(library, compared) if held else None

        self._documents_read.run(library, read)

    def _documents_failed(self, exc: BaseException) -> None:
        # a library that cannot list is shown as empty here
        log.warning("cannot list documents for comparison: %s", exc)
        self._fill_documents(([], "", None))

    def _fill_documents(self, read: tuple[list[Any], str, str | None]) -> None:
        docs, compared, version = read
        self.compare_box.clear()
        self._listed = docs
        for name, info in zip(choice_names(docs), docs):
            self.compare_box.addItem(name, info.id)
        self._exclude_current()
        self._follow_compared(compared, version)

    def _follow_compared(self, other_id: str, version: str | None) -> None:
        """Compare again when the text on the 对照 tab was renamed or corrected since (its
        version token moved), so the aligned outlines and the 并排对照 window name it and
        head it as the library now does; a text gone from the library is left as shown
        (``version`` None: read by :meth:`refill_documents` with the list)."""
        if self._compared is None or not other_id or other_id != self._compared_id:
            return
        if version is None or version == self._compared_version:
            return
        self._run_compare(other_id, quiet=True)

    def _exclude_current(self) -> None:
        """Grey out the document being studied and put the choice on another one: the one the
        user picked last, else the studied text's closest peer (same kind of occasion, genre,
        subject; the library's first document was offered, a 政府工作报告 beside a
        training-course speech)."""
        model = self.compare_box.model()
        for row in range(self.compare_box.count()):
            item = model.item(row) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(self.compare_box.itemData(row) != self.doc_id or not self.doc_id)
        chosen = self._user_choice
        wanted = self.compare_box.findData(chosen) if chosen else -1
        if (wanted < 0 or chosen == self.doc_id) and self.doc_id:
            peer = closest_peer(self._listed, self.doc_id)
            wanted = self.compare_box.findData(peer) if peer else -1
        if wanted < 0 or self.compare_box.itemData(wanted) == self.doc_id:
            wanted = next(
                (
                    r
                    for r in range(self.compare_box.count())
                    if self.compare_box.itemData(r) != self.doc_id
                ),
                -1,
            )
        self.compare_box.setCurrentIndex(wanted)
        self._show_title_start()
        self._say_choices(any(d.id != self.doc_id for d in self._listed))

    def _say_choices(self, others: bool) -> None:
        """The tab's line says why there is nothing to choose (no library, or no text in it
        but the one studied) and what to do, instead of the usual how-to over an empty box."""
        if others:
            hint, empty = COMPARE_HINT, "输入标题中的字词筛选…"
        elif self.library is None:
            hint, empty = NO_LIBRARY_HINT, "资料库未打开"
        else:
            hint, empty = NO_OTHER_HINT, "资料库里没有别的文稿"
        self.compare_hint.setText(hint)
        self.compare_box.lineEdit().setPlaceholderText(empty)

    def _show_title_start(self) -> None:
        """Scroll the box's text to the title's first words: a chosen title longer than the
        box showed its end (…全市办公室系统文秘业务培训会议上的讲话) with a sliver of 在 at the
        left edge, the part that tells titles apart cut away."""
        self.compare_box.lineEdit().setCursorPosition(0)

    def compare_selected(self) -> None:
        """Load and analyse the chosen comparison text on a worker (loading can be slow on a team
        database), then show both side by side.
        """
        if self.doc is None or self.library is None:
            return
        typed = self.compare_box.currentText().strip()
        row = self.compare_box.findText(typed)
        if row < 0 and typed:
            row = self._only_title_with(typed)
            if row == -2:
                return
            if row >= 0:
                self.compare_box.setCurrentIndex(row)
        other_id = self.compare_box.itemData(row) if row >= 0 else None
        if not other_id:
            self.status_message.emit("请在列表中选一篇对照文稿（可输入标题中的字词筛选）。")
            return
        if other_id == self.doc_id:
            self.status_message.emit("这就是正在学习的文稿，请选另一篇对照。")
            return
        self._user_choice = other_id
        self._run_compare(other_id)

    def _run_compare(self, other_id: str, quiet: bool = False) -> None:
        """Load and analyse ``other_id`` on a worker for the 对照 tab; ``quiet``: the text
        shown there changed in the library, and is shown again where it is, without bringing
        the tab or the window to the front."""
        library, rate = self.library, self.rate
        self._compare_ticket += 1
        ticket = self._compare_ticket

        def job(_token):
            version = version_of(library, other_id)
            other = library.load(other_id)
            return ticket, other_id, version, other, analyze(other, rate=rate)

        if not quiet:
            self.status_message.emit("正在分析对照文稿…")
        done = self._on_recompared if quiet else self._on_compared
        start_job(job, done, self._on_compare_failed)

    def _only_title_with(self, words: str) -> int:
        """The row of the one other text whose title holds the typed ``words``; -1 for none,
        -2 when several do (said in the status bar). Typing 井冈山 showed 井冈山的斗争 as the
        only match, and Enter or 并排对照 then said 请在列表中选一篇: the words had to be
        completed by hand or picked with the mouse."""
        rows = [
            r
            for r in range(self.compare_box.count())
            if words in self.compare_box.itemText(r) and self.compare_box.itemData(r) != self.doc_id
        ]
        if len(rows) > 1:
            self.status_message.emit(
                f"有 {len(rows)} 篇文稿的标题含“{words}”，请在列表中选一篇对照。"
            )
            return -2
        return rows[0] if rows else -1

    def _on_compared(self, result: Any) -> None:
        ticket, other_id, version, other, other_study = result
        if ticket == self._compare_ticket:
            # its id first: the 并排对照 window the comparison opens draws its notes by it
            self._compared_id, self._compared_version = other_id, version
            self.show_comparison(other, other_study)

    def _on_recompared(self, result: Any) -> None:
        ticket, other_id, version, other, other_study = result
        if ticket != self._compare_ticket or self._compared is None or self.study is None:
            return
        self._compared_id, self._compared_version = other_id, version
        self._show_pair_again(other, other_study)
        self.status_message.emit(f"对照文稿已更新为{quoted_name(other)}")

    def _show_pair_again(self, other: Any, other_study: Any) -> None:
        """Show the 对照 tab's pair again with the texts as they are now (one of them renamed
        or corrected), in the tab and in the 并排对照 window if it shows this pair, without
        bringing either to the front."""
        self.compare.show_pair(self.doc, self.study, other, other_study)
        self._compared = (other, other_study)
        window = self.side_by_side
        if window is not None and window.isVisible() and not self._pair_from_library:
            self._window_ids = (self.doc_id, self._compared_id)
            window.show_pair(
                self.doc,
                self.study,
                other,
                other_study,
                annotate=self.study_mode,
                notes=self._window_notes(),
            )
        self._update_enabled()

    def _on_compare_failed(self, message: str, exc: object) -> None:
        text = failure_text(message, exc)  # not the core's English
        self.status_message.emit(f"对照失败：{text}")

    def show_comparison(self, other: Any, other_study: Any) -> None:
        """Show a finished comparison on the 对照 tab; a result arriving after the study was cleared
        is dropped.
        """
        if self.study is None:
            return
        self.compare.show_pair(self.doc, self.study, other, other_study)
        self._compared = (other, other_study)
        if not self.exercise_in_progress:
            # an exercise being written stays in front (its text blanked in the window too):
            # turning to 对照 ended it and showed every heading in the reader
            self.tabs.setCurrentWidget(self.compare_page)
        self.open_side_by_side()
        self._update_enabled()
        self.status_message.emit(f"已并排对照{quoted_name(other)}")

    def open_side_by_side(self) -> SideBySideWindow | None:
        """Show the two full texts side by side in their own window (the dock is too narrow
        for two texts), sized to the screen."""
        if self._compared is None or self.study is None:
            return None
        other, other_study = self._compared
        ids = (self.doc_id, self._compared_id)
        return self._show_window(self.doc, self.study, other, other_study, False, ids)

    def _show_window(
        self,
        doc_a: Any,
        study_a: Any,
        doc_b: Any,
        study_b: Any,
        from_library: bool,
        ids: tuple[str, str] = ("", ""),
    ) -> SideBySideWindow:
        """Show two texts in the 并排对照 window (made once, sized to the screen), their marks
        as 学习模式 stands, with the trainee's notes on each (``ids``: their library ids)."""
        if self.side_by_side is None:
            self.side_by_side = SideBySideWindow(self)
            self.side_by_side.masked_doc = self._exercise_doc
            room = self.screen().availableGeometry() if self.screen() else None
            if room is not None:
                self.side_by_side.resize(int(room.width() * 0.9), int(room.height() * 0.9))
                self.side_by_side.move(room.center() - self.side_by_side.rect().center())
        self._pair_from_library = from_library
        self._window_ids = ids
        self.side_by_side.show()
        self.side_by_side.show_pair(
            doc_a, study_a, doc_b, study_b, annotate=self.study_mode, notes=self._window_notes()
        )
        self.side_by_side.raise_()
        self.side_by_side.activateWindow()
        return self.side_by_side

    def _window_notes(self) -> tuple[list, list]:
        """The trainee's highlights and notes on the two texts of the 并排对照 window, read
        from the notes store by their library ids (none for a text the library does not
        hold, or when the store cannot be read: the texts show without them)."""
        store = self.notes_store
        out = []
        for doc_id in self._window_ids:
            try:
                out.append(store.for_document(doc_id) if store is not None and doc_id else [])
            except Exception as exc:  # noqa: BLE001 - the texts show without the notes
                log.warning("cannot read notes for the side-by-side window: %s", exc)
                out.append([])
        return out[0], out[1]

    def refresh_window_notes(self) -> None:
        """Draw the 并排对照 window's notes again (one was added, changed or removed in the
        reader while it stood open)."""
        window = self.side_by_side
        if window is not None and window.isVisible():
            window.set_notes(*self._window_notes())

    def set_exercise_mask(self, doc: Any) -> None:
        """The reader blanks ``doc`` for the outline exercise being written (None: it shows the
        headings again): the 并排对照 window, a window of its own beside the exercise, blanks it
        too wherever it shows it, now and when opened later."""
        self._exercise_doc = doc
        if self.side_by_side is not None:
            self.side_by_side.set_masked(doc)

    def compare_pair(self, id_a: str, id_b: str) -> None:
        """并排对照 of two library documents chosen in the library table: both loaded and
        analysed on a worker, then shown in the same window the 对照 tab opens. When one of
        them is the document studied here, it goes on the left and the 对照 tab shows the
        pair too, as if the other had been chosen there."""
        if self.library is None or not id_a or not id_b or id_a == id_b:
            return
        if id_b == self.doc_id and self.study is not None:
            id_a, id_b = id_b, id_a
        library, rate = self.library, self.rate
        mine = (self.doc, self.study) if id_a == self.doc_id and self.study is not None else None
        self._pair_ticket += 1
        ticket = self._pair_ticket

        def job(_token):
            if mine is not None:
                doc_a, study_a = mine
            else:
                doc_a = library.load(id_a)
                study_a = analyze(doc_a, rate=rate)
            doc_b = library.load(id_b)
            return (
                ticket,
                (id_a, id_b),
                id_b if mine is not None else "",
                doc_a,
                study_a,
                doc_b,
                analyze(doc_b, rate=rate),
            )

        self.status_message.emit("正在分析两篇文稿…")
        start_job(job, self._on_pair_analysed, self._on_compare_failed)

    def _on_pair_analysed(self, result: Any) -> None:
        ticket, ids, other_id, doc_a, study_a, doc_b, study_b = result
        if ticket != self._pair_ticket:
            return  # another pair was asked for meanwhile
        if other_id and doc_a is self.doc and self.study is not None:
            self._compare_ticket += 1  # a comparison still running on the 对照 tab is dropped
            self._user_choice = other_id
            self.compare_box.setCurrentIndex(self.compare_box.findData(other_id))
            self._compared_id = other_id  # before the window, which draws its notes by it
            self._compared_version = version_of(self.library, other_id)
            self.show_comparison(doc_b, study_b)
            return
        self._show_window(doc_a, study_a, doc_b, study_b, True, ids)
        self.status_message.emit(f"已并排对照{quoted_name(doc_a)}与{quoted_name(doc_b)}")

    def set_study_mode(self, on: bool) -> None:
        """The reader's 学习模式 went on or off: an open side-by-side window follows, so the two
        texts are read with the same marks as the one in the reader."""
        self.study_mode = on
        if self.side_by_side is not None:
            self.side_by_side.set_annotated(on)

    def _on_compare_row(self, item: Any, _previous: Any = None) -> None:
        """A row chosen in the dock's aligned outline: the side-by-side texts go there."""
        window = self.side_by_side
        if item is None or window is None or not window.isVisible() or self._pair_from_library:
            return  # no window, or it shows two other texts than these rows
        pair = item.data(0, Qt.ItemDataRole.UserRole)
        if pair:
            window.show_sections(*pair)


def version_of(library: Any, doc_id: str) -> str | None:
    """``doc_id``'s version token (:meth:`LibraryBackend.document_versions`: it moves with
    every change of the text, corrections included), None when the library cannot say."""
    try:
        return library.document_versions().get(doc_id)
    except Exception:  # noqa: BLE001 - a library without tokens: nothing to follow
        return None
