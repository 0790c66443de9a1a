"""提纲练习's comparison page: each of the trainee's headings beside the original with how
close it is, the sum over them, and over each group of sibling headings one line on how the
originals are built and what the trainee's did differently.

A part of :class:`~drafter.ui.study.exercise.OutlineExercise` (a mixin over the result tree,
labels and rows its constructor sets).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidgetItem

from drafter.study.exercise import Answer, average, without_marker
from drafter.study.exercise.lessons import GroupLesson, group_lessons, heading_build
from drafter.ui.study.exercise_text import SIMILARITY_TIP, answers_summary

LESSON_ROLE = Qt.ItemDataRole.UserRole + 1  # a comparison row that is a group's lesson line


class ExerciseComparison:
    """The comparison page of the exercise (see the module docstring)."""

    def show_answers(self, answers: list[Answer], caption: str = "") -> None:
        """The comparison page: each of the trainee's headings beside the original, scored,
        and over each group of sibling headings one line on how the originals are built and
        what the trainee's did differently (:mod:`drafter.study.exercise.lessons`): 相近度
        alone said how close, never why."""
        self.result.clear()
        run_in = {r.original: r.run_in for r in self.rows}
        lessons = group_lessons(answers, run_in)
        opening = {g.members[0]: g for g in lessons}
        frames = {i: g.frame for g in lessons for i in g.members}
        for n, a in enumerate(answers):
            pad = "　" * max(0, a.depth - 1)
            if n in opening:
                self._add_lesson(opening[n], pad)
            item = QTreeWidgetItem(
                [
                    pad + a.marker + (without_marker(a.mine, a.original) or "（未填）"),
                    pad + a.marker + a.original,
                    f"{a.score * 100:.0f}%",
                ]
            )
            item.setToolTip(0, a.mine)
            item.setToolTip(
                1,
                a.original + "\n" + heading_build(a.marker, run_in.get(a.original), frames.get(n)),
            )
            if not a.mine:
                item.setForeground(0, QBrush(QColor("#999")))
            self.result.addTopLevelItem(item)
        if answers:
            filled = [a for a in answers if a.mine]
            mean = f"，写了的 {len(filled)} 个平均 {average(filled) * 100:.0f}%" if filled else ""
            total = QTreeWidgetItem(
                [
                    f"共 {len(answers)} 个标题{mean}",
                    "全部平均（未填的计 0）",
                    f"{average(answers) * 100:.0f}%",
                ]
            )
            total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.result.addTopLevelItem(total)
        # the sum stood only in the last row, below the fold of a long outline at 1280×720
        self.result_label.setText("　".join(w for w in (caption, answers_summary(answers)) if w))
        self.result_label.setToolTip(SIMILARITY_TIP)
        self.stack.setCurrentIndex(1)
        self._update_enabled()

    def _add_lesson(self, lesson: GroupLesson, pad: str) -> None:
        """The line over a group of sibling headings, across the whole row."""
        item = QTreeWidgetItem([pad + lesson.line])
        item.setData(0, LESSON_ROLE, True)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        item.setForeground(0, QBrush(QColor("#1f4e79")))
        item.setBackground(0, QBrush(QColor("#eef4fb")))
        item.setToolTip(0, lesson.line)
        self.result.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def answer_item(self, n: int) -> QTreeWidgetItem | None:
        """The comparison row of hidden heading ``n`` (the lesson lines between the rows
        left out), or None past the last."""
        items = (self.result.topLevelItem(i) for i in range(self.result.topLevelItemCount()))
        rows = [it for it in items if not it.data(0, LESSON_ROLE)]
        return rows[n] if 0 <= n < len(rows) else None

    def lesson_lines(self) -> list[str]:
        """The lines the comparison shows over its groups of headings, in order."""
        items = (self.result.topLevelItem(i) for i in range(self.result.topLevelItemCount()))
        return [it.text(0).strip("　") for it in items if it.data(0, LESSON_ROLE)]
