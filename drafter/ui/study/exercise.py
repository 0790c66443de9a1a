"""提纲练习: the document with its headings hidden; the trainee writes a heading for each
part from its text, then sees the original beside their own.

Every attempt is kept in the notes store beside the library (:mod:`drafter.study.attempts`):
saved while the trainee types, so leaving halfway loses nothing and the unfinished attempt
comes back with the document; saved again with its score when the originals are shown. Past
attempts are listed, and choosing one shows its comparison again; 新的练习 starts afresh.
The comparison page is :mod:`drafter.ui.study.exercise_comparison`'s.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import book_title
from drafter.study.attempts import Attempt, AttemptError
from drafter.study.exercise import (
    Answer,
    ExerciseRow,
    exercise_rows,
    score,
    similarity,
)
from drafter.study.exercise.mask import same_document
from drafter.ui.study.exercise_comparison import ExerciseComparison
from drafter.ui.study.exercise_text import (
    INTRO,
    INTRO_SAVED,
    INTRO_UNSAVED,
    NO_HEADINGS,
    NOTHING_WRITTEN,
    SIMILARITY_TIP,
    attempt_label,
    attempt_time,
    why_not_saved,
)
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate

__all__ = ["OutlineExercise", "similarity"]

SAVE_DELAY_MS = 800  # typing pauses this long before the answers are saved


class OutlineExercise(ExerciseComparison, QWidget):
    """Hide the headings, let the trainee write theirs, keep them, then compare.

    Signals:
        status_message(str): a line for the status bar (saved, cannot save …).
        writing_changed(bool): the writing page came up (True: the originals must stay hidden)
            or the comparison did (False).
        back_requested(): 回到原文: the reader moved to another text while this exercise was
            under way; the trainee asks for the exercise's own text back.
        take_requested(): 练习这一篇: the exercise is to move to the text the reader shows.
    """

    status_message = Signal(str)
    writing_changed = Signal(bool)
    back_requested = Signal()
    take_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyExercise")
        self.store: Any = None  # the NoteStore; attempts are ``store.attempts``
        self.doc_id = ""
        self.doc_title: str | None = None
        self.doc: Any = None  # the document the exercise is on (the reader may show another)
        self.attempt_id: int | None = None
        self.rows: list[ExerciseRow] = []
        self._boxes: list[QLineEdit] = []
        self._writing = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)

        self.intro = QLabel(INTRO + INTRO_SAVED)
        self.intro.setWordWrap(True)
        # the reader moved to another text while the exercise was under way: the exercise
        # stays on its own, and says so, until the trainee goes back or takes the new one
        self.elsewhere = QLabel()
        self.elsewhere.setObjectName("exerciseElsewhere")
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setStyleSheet("background:#fff4d6;padding:4px")
        self.back_button = QPushButton("回到原文")
        self.back_button.setObjectName("exerciseBack")
        self.back_button.clicked.connect(self.back_requested)
        self.take_button = QPushButton("练习这一篇")
        self.take_button.setObjectName("exerciseTake")
        self.take_button.clicked.connect(self.take_requested)
        # the buttons under the words: beside them, the words took seven lines of a 学习
        # column at 1280×720 and squeezed the form
        self.elsewhere_box = QWidget()
        elsewhere_col = QVBoxLayout(self.elsewhere_box)
        elsewhere_col.setContentsMargins(0, 0, 0, 0)
        elsewhere_col.addWidget(self.elsewhere)
        elsewhere_row = QHBoxLayout()
        elsewhere_row.addStretch(1)
        elsewhere_row.addWidget(self.back_button)
        elsewhere_row.addWidget(self.take_button)
        elsewhere_col.addLayout(elsewhere_row)
        self.elsewhere_box.setVisible(False)
        self.history = QComboBox()
        self.history.setObjectName("exerciseHistory")
        self.history.setMinimumContentsLength(14)
        self.history.activated.connect(self._on_history_chosen)
        # the whole line where the list is too narrow for it
        self.history.currentTextChanged.connect(self.history.setToolTip)
        self.new_button = QPushButton("新的练习")
        self.new_button.setObjectName("exerciseNew")
        self.new_button.setToolTip("清空答案，重新为这篇文稿拟标题（以往的练习仍保留）")
        self.new_button.clicked.connect(self.restart)
        self.remove_button = QPushButton("删除此次")
        self.remove_button.setToolTip("删除选中的这次练习")
        self.remove_button.clicked.connect(self.remove_current)
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel("我的练习："))
        history_row.addWidget(self.history, 1)
        history_row.addWidget(self.remove_button)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result = QTreeWidget()
        self.result.setObjectName("exerciseResult")
        self.result.setHeaderLabels(["我的标题", "原文标题", "相近度"])
        self.result.headerItem().setToolTip(2, SIMILARITY_TIP)
        self.result.setRootIsDecorated(False)
        self.result.setItemDelegate(WrappingDelegate(self.result))  # whole headings, wrapped
        header = self.result.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        result_page = QWidget()
        result_box = QVBoxLayout(result_page)
        result_box.setContentsMargins(0, 0, 0, 0)
        result_box.addWidget(self.result_label)
        result_box.addWidget(self.result, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(result_page)
        self.stack.currentChanged.connect(lambda _i: self._update_mask())
        self.check_button = QPushButton("对照原文")
        self.check_button.setObjectName("exerciseCheck")
        self.check_button.clicked.connect(self.reveal)
        self.again_button = self.new_button  # the old name, kept for callers
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.check_button)
        box = QVBoxLayout(self)
        box.addWidget(self.elsewhere_box)
        box.addWidget(self.intro)
        box.addLayout(history_row)
        box.addWidget(self.stack, 1)
        box.addLayout(buttons)
        self._update_enabled()

    # -- inputs -------------------------------------------------------------------------------

    def set_store(self, store: Any) -> None:
        """Use the notes store of a (new) library; attempts live in it."""
        self.flush()
        self.store = store
        if self.rows:
            self._say_intro()
        self._fill_history()

    def set_document(
        self, doc: Any, doc_id: str = "", title: str | None = None, roadmap: Any = None
    ) -> None:
        """Build the exercise for ``doc`` (its headings hidden, and the words of its text that
        spell them out, with the study's ``roadmap`` when given). The answers of the previous
        document are saved first; an unfinished attempt on this one is put back. The same text
        again (read anew: corrected, or its file opened again) keeps what was typed, kept
        or not: a file outside the library lost its answers when reopened."""
        self.flush()
        again = bool(self.rows) and (
            same_document(self.doc, doc) or bool(doc_id and doc_id == self.doc_id)
        )
        typed = score(self.rows, self.answers()) if again else []
        self.doc, self.doc_id, self.doc_title = doc, doc_id, title
        self.show_elsewhere(None)
        self.rows = exercise_rows(doc, roadmap=roadmap)
        while self.form.rowCount():
            self.form.removeRow(0)
        self._boxes = []
        for row in self.rows:
            hint = QLabel(("　" * (row.depth - 1)) + row.hint)
            hint.setWordWrap(True)
            hint.setStyleSheet("color:#555")
            box = QLineEdit()
            # the marker stands beside the box: 一、 [一、 写下你的标题] read as a marker to type
            box.setPlaceholderText(
                "写下你的标题" if row.marker else "写下你的标题（原文此处无编号）"
            )
            box.textEdited.connect(self._on_edited)
            # heading first, then the opening words of its own text, as in the document (and
            # in the reader's masked page): with the hint above, the words under 一、 were
            # the text of （一） and every part seemed to begin with its next one's
            self.form.addRow(("　" * (row.depth - 1)) + (row.marker or "·"), box)
            self.form.addRow(hint)
            self._boxes.append(box)
        self.attempt_id = None
        unfinished = self._attempts().unfinished(doc_id) if self._can_save() else None
        if unfinished is not None:
            self._fill(unfinished.answers)
            self.attempt_id = unfinished.id
        elif any(a.mine for a in typed):
            self._fill(typed)
        self.stack.setCurrentIndex(0)
        self._say_intro()
        self._fill_history()
        self._update_enabled()
        self._update_mask()

    def show_elsewhere(self, title: str | None) -> None:
        """The reader now shows the text named ``title`` (None: the exercise's own again):
        the exercise stays on its own text and says so, with 回到原文 (for a library text,
        which can be opened again by its id) and 练习这一篇. Opening a text while the
        exercise was in front started an exercise on it at once, its headings hidden before
        it was read, and the half-written one left the screen."""
        if title is None:
            self.elsewhere_box.setVisible(False)
            self.intro.setVisible(True)
            return
        own = book_title(self.doc_title) if self.doc_title else "原来那篇"
        kept = (
            "所写的标题都还在"
            if self._can_save() or not self.unsaved_answers
            else "所写的标题还在这里，但这篇不在资料库中，不会保存"
        )
        back = "" if self.doc_id else "重新打开它可接着写。"
        self.elsewhere.setText(f"阅读器中现在是{title}；这里仍是{own}的练习，{kept}。{back}")
        self.back_button.setVisible(bool(self.doc_id))
        left = "这里所写的留在“我的练习”中" if self._can_save() else "这里所写的不会保存"
        self.take_button.setToolTip(f"改为练习{title}（{left}）")
        self.back_button.setToolTip(f"在阅读器中重新打开{own}，接着写")
        self.elsewhere_box.setVisible(True)
        self.intro.setVisible(False)  # the exercise's own intro: room for the form

    @property
    def unsaved_answers(self) -> bool:
        """Headings typed that the notes store cannot keep (a text outside the library):
        leaving the exercise would lose them."""
        return not self._can_save() and any(a.strip() for a in self.answers())

    def answers(self) -> list[str]:
        """The headings the trainee wrote, one per hidden heading, in order (empty strings for
        skipped ones).
        """
        return [box.text() for box in self._boxes]

    # -- actions ------------------------------------------------------------------------------

    def save(self, revealed: bool = False) -> Attempt | None:
        """Keep the answers as the current attempt (a new one at the first word typed); returns
        it, or None when there is nothing to keep or no library document to keep it on."""
        self._save_timer.stop()
        if not self._can_save() or (not revealed and not any(a.strip() for a in self.answers())):
            return None
        try:
            attempt = self._attempts().save(
                self.doc_id,
                score(self.rows, self.answers()),
                revealed=revealed,
                doc_title=self.doc_title,
                attempt_id=self.attempt_id,
            )
        except (AttemptError, sqlite3.Error, OSError) as exc:  # the form keeps the answers
            why = why_not_saved(exc)
            self.status_message.emit(f"提纲练习未能保存：{why}")
            return None
        self.attempt_id = attempt.id
        self._fill_history(select=attempt.id)
        return attempt

    def flush(self) -> None:
        """Save answers still waiting for the typing pause (before switching document or
        library, and when the window closes)."""
        if self._save_timer.isActive():
            self.save()

    def reveal(self) -> None:
        """Show the original headings beside the trainee's, with how close each is, and keep the
        attempt as done (it is listed with its score from now on). With nothing written the
        originals are shown all the same, but no attempt is kept: an empty one only stood in
        the list as 相近度 0%, and the trainee is told so."""
        answers = score(self.rows, self.answers())
        if not any(a.strip() for a in self.answers()):
            self._save_timer.stop()
            self.show_answers(answers)
            self.result_label.setText(NOTHING_WRITTEN)
            return
        attempt = self.save(revealed=True)
        # the time only: the score and the count follow in the summary (they stood twice,
        # 本次练习（… 已对照，相近度 3%（写了 2/8））　写了 2/8 个标题…)
        when = f"（{attempt_time(attempt)}）" if attempt is not None else ""
        self.show_answers(answers, f"本次练习{when}")
        if not self._can_save() and self.rows:
            self.result_label.setText(
                self.result_label.text() + "　这篇文稿不在资料库中，练习不会保存。"
            )

    def restart(self) -> None:
        """新的练习: clear every answer and return to the writing page; the attempts done so far
        stay in the list."""
        self.flush()
        for box in self._boxes:
            box.clear()
        self.attempt_id = None
        self.stack.setCurrentIndex(0)
        self.history.setCurrentIndex(0)
        self._update_enabled()

    def open_attempt(self, attempt_id: int) -> None:
        """Reopen a saved attempt: a finished one shows its comparison again, an unfinished one
        goes back into the form to be carried on."""
        if not self._can_save():
            return
        self.flush()
        try:
            attempt = self._attempts().get(attempt_id)
        except AttemptError as exc:
            self.status_message.emit(str(exc))
            self._fill_history()
            return
        if attempt.revealed:
            self.attempt_id = None
            self.show_answers(attempt.answers, f"以往的练习（{attempt_time(attempt)}）")
        else:
            self._fill(attempt.answers)
            self.attempt_id = attempt.id
            self.stack.setCurrentIndex(0)
        self._fill_history(select=attempt.id)
        self._update_enabled()

    def remove_current(self) -> None:
        """Delete the attempt chosen in the list (the form is emptied if it was that one)."""
        attempt_id = self.history.currentData()
        if attempt_id is None or not self._can_save():
            return
        self._save_timer.stop()
        self._attempts().remove(int(attempt_id))
        if self.attempt_id == attempt_id:
            self.attempt_id = None
            for box in self._boxes:
                box.clear()
        self.stack.setCurrentIndex(0)
        self._fill_history()
        self.status_message.emit("已删除这次提纲练习。")

    # -- hiding the originals -----------------------------------------------------------------

    @property
    def writing(self) -> bool:
        """The trainee is on the writing page of an exercise (not yet compared): the reader
        should not show the original headings meanwhile."""
        return bool(self.rows) and self.stack.currentIndex() == 0

    def _update_mask(self) -> None:
        if self.writing != self._writing:
            self._writing = self.writing
            self.writing_changed.emit(self._writing)

    # -- helpers ------------------------------------------------------------------------------

    def _attempts(self):
        return self.store.attempts

    def _can_save(self) -> bool:
        return self.store is not None and bool(self.doc_id)

    def _fill(self, answers: list[Answer]) -> None:
        """Put saved answers back in the boxes: by position when the headings are the same, else
        by the original heading text (the document changed since)."""
        same = len(answers) == len(self.rows) and all(
            a.original == r.original for a, r in zip(answers, self.rows)
        )
        by_original = {a.original: a.mine for a in answers}
        for n, (row, box) in enumerate(zip(self.rows, self._boxes)):
            box.setText(answers[n].mine if same else by_original.get(row.original, ""))

    def _fill_history(self, select: int | None = None) -> None:
        self.history.blockSignals(True)
        self.history.clear()
        self.history.addItem("（正在写的这次）", None)
        attempts = self._attempts().for_document(self.doc_id) if self._can_save() else []
        for attempt in attempts:
            self.history.addItem(attempt_label(attempt), attempt.id)
        if select is not None and self.history.findData(select) >= 0:
            self.history.setCurrentIndex(self.history.findData(select))
        self.history.blockSignals(False)
        self.history.setToolTip(self.history.currentText())
        self.history.setEnabled(bool(attempts))
        self._update_enabled()

    def _on_history_chosen(self, index: int) -> None:
        attempt_id = self.history.itemData(index)
        if attempt_id is None:
            self.stack.setCurrentIndex(0)
            self._update_enabled()
        else:
            self.open_attempt(int(attempt_id))

    def _on_edited(self, _text: str) -> None:
        if self._can_save():
            self._save_timer.start()
        self._update_enabled()

    def _say_intro(self) -> None:
        """What the exercise asks, whether it is kept, or why there is nothing to write."""
        if not self.rows:
            self.intro.setText(NO_HEADINGS)
        else:
            self.intro.setText(INTRO + (INTRO_SAVED if self._can_save() else INTRO_UNSAVED))

    def _update_enabled(self) -> None:
        self.new_button.setEnabled(bool(self.rows))
        self.check_button.setEnabled(bool(self.rows) and self.stack.currentIndex() == 0)
        self.remove_button.setEnabled(self.history.currentData() is not None)
