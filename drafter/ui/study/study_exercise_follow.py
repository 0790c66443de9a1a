"""The 学习 dock's outline exercise as the reader moves: the exercise follows the text the
reader shows unless one is under way on another (then it stays, saying so, until the trainee
goes back or takes the new text: 练习这一篇), and a saved attempt picked from the list of all
reopens once its document is studied.

A part of :class:`~drafter.ui.study.study_panel.StudyPanel` (a mixin over the widgets,
signals and attributes its constructor sets).
"""

from __future__ import annotations

from typing import Any

from drafter.corpus.display import book_title, document_title
from drafter.study.exercise.mask import same_document
from drafter.ui.widgets.ask_before import ask_before


class StudyExerciseFollow:
    """The exercise beside the reader (see the module docstring)."""

    @property
    def exercise_in_progress(self) -> bool:
        """The 提纲练习 tab is the current one, on its writing page, about the document shown
        (not one the exercise stayed on while the reader moved to another)."""
        return (
            self.tabs.currentWidget() is self.exercise
            and self.exercise.writing
            and self.exercise.doc is self.doc
        )

    def _follow_exercise(self, doc: Any, doc_id: str, study: Any) -> None:
        """The reader shows ``doc`` now: the exercise moves to it, unless one is under way on
        another text (its tab in front on the writing page, or headings typed that cannot be
        kept). That one stays, saying the reader shows another text, until the trainee goes
        back to it or takes the new one (:meth:`take_exercise`): opening a text with the tab
        in front began an exercise on it at once, its headings hidden before it was read,
        and the half-written one was gone from the screen (or lost, outside the library).

        Nothing under way, the tab in front (an exercise compared, or a text without headings
        to practise): the dock turns to the structure map. st51's walk: the next 范文 opened
        from the library began an exercise at once, its headings blanked before it was read;
        the exercise on it now waits behind its tab until the trainee picks it."""
        ex = self.exercise
        own = bool(ex.rows) and (same_document(ex.doc, doc) or bool(doc_id and doc_id == ex.doc_id))
        in_front = self.tabs.currentWidget() is ex
        under_way = ex.writing and (in_front or ex.unsaved_answers)
        if own or not under_way:
            if in_front and not own:
                self.tabs.setCurrentWidget(self.map)  # before set_document masks it
            ex.set_document(doc, doc_id, document_title(doc), getattr(study, "roadmap", None))
        else:
            ex.flush()
            ex.show_elsewhere(book_title(document_title(doc)))

    def take_exercise(self) -> None:
        """练习这一篇: the exercise moves to the text the reader shows, what was written on the
        other one kept in the notes store (asked first when it cannot be: a text outside the
        library)."""
        ex = self.exercise
        if self.doc is None or self.study is None or ex.doc is self.doc:
            return
        if ex.unsaved_answers and not self._drop_answers_ok(ex.doc_title or ""):
            return
        ex.set_document(
            self.doc, self.doc_id, document_title(self.doc), getattr(self.study, "roadmap", None)
        )
        self.exercise_focus_changed.emit()  # the reader hides this text's headings now

    def _drop_answers_ok(self, title: str) -> bool:
        """Whether the trainee lets the headings typed on ``title`` go (they cannot be kept)."""
        return ask_before(
            self,
            "提纲练习",
            f"{book_title(title)}不在资料库中，已写的标题不会保存。仍改为练习这一篇吗？",
        )

    def _exercise_back(self) -> None:
        """回到原文: open the exercise's own text in the reader again (a library text)."""
        if self.exercise.doc_id:
            self.open_requested.emit(self.exercise.doc_id, 0)

    def _on_attempt_chosen(self, attempt: Any) -> None:
        """Reopen a saved exercise from the list of all: at once for this document, else once the
        reader has opened and studied its document."""
        if attempt.doc_id == self.doc_id:
            self.tabs.setCurrentWidget(self.exercise)
            self.exercise.open_attempt(attempt.id)
        else:
            self._pending_attempt = (attempt.doc_id, attempt.id)
            self.open_requested.emit(attempt.doc_id, 0)
