"""结构图: the outline as a tree with 字数, speaking time, share and a length bar per section
(for a text without headings, its transitions in order). The points a trainee should see
beside it (要点) are :mod:`drafter.ui.study.points_tree`'s; the bar is
:mod:`drafter.ui.study.length_bar`'s."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from drafter.corpus.display import quote_cut
from drafter.study.model import Study
from drafter.study.stats import (
    LEAD_PART_LABEL,
    LEAD_QUESTION_LABEL,
    LEAD_STRETCH_LABEL,
    spoken,
    standing_transitions,
)
from drafter.ui.study.length_bar import BAR_HEIGHT, LengthBar, share_bar  # noqa: F401 - re-exported
from drafter.ui.study.points_tree import PARAGRAPH_ROLE, PointsTree  # noqa: F401 - re-exported
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate

SHARE_ROLE = Qt.ItemDataRole.UserRole + 10  # an opening or closing row: its share of the whole
BAR_COLUMN, BAR_COLUMN_MIN = 130, 76  # px: the 占比 column, wide and in a narrow dock
FIGURE_PADDING = 14  # px beside the widest 字数 or 时长 figure, so it keeps to one line
AFTER_ROLE = Qt.ItemDataRole.UserRole + 4  # a part's text after its points: not a heading


def duration(seconds: int) -> str:
    """Speaking time as every view writes it (:func:`drafter.study.stats.spoken`): 约 2 分钟,
    约 45 秒, 约 1 小时 34 分."""
    return spoken(seconds)


def part_row(row) -> QTreeWidgetItem:
    """The map's row of a part outside the headings (a
    :func:`~drafter.study.stats.structure_rows` row: 〔开头〕, 〔正文〕…, 〔结尾〕) with its 字数,
    time and share like every section (how long a speaker takes before the first part is a
    thing to learn); a click goes where it starts."""
    item = QTreeWidgetItem(
        [
            row.label,
            f"{row.chars:,}",
            duration(row.seconds),
            "",  # the share is the bar's label (see StructureMap.show_study)
        ]
    )
    if row.part in ("opening", "closing"):
        item.setData(3, SHARE_ROLE, row.share)  # (and no correction menu: see _on_menu)
    if row.paragraph is not None:
        item.setData(0, PARAGRAPH_ROLE, row.paragraph)
    tips = {
        "body": "这篇没有小标题：开头和结尾之间的正文",
        "lead-in": "开头之后、第一个小标题之前的正文",
    }
    if row.part in tips:
        item.setToolTip(0, tips[row.part])
    return item


class StructureMap(QTreeWidget):
    """Sections with their length; a click names the paragraph to show.

    Signals:
        paragraph_chosen(int): the user picked the section whose heading is paragraph N.
        correct_requested(int, str, QPoint): right-click on the row of paragraph N (its
            label, the global position): the reader's 更正结构 menu for it is wanted.
    """

    paragraph_chosen = Signal(int)
    correct_requested = Signal(int, str, QPoint)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyStructureMap")
        # a section or transition row: right-click corrects it where the skeleton is read
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_menu)
        self.setHeaderLabels(["结构", "字数", "时长", "占比"])
        self.setColumnCount(4)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # widths from the widest figures a real text gives (a Party congress report runs
        # 约 2 小时 27 分: at a fixed 76 px its last figure wrapped onto a second line, doubling
        # the row)
        metrics = self.fontMetrics()
        widths = (
            (1, max(56, metrics.horizontalAdvance("000,000") + FIGURE_PADDING)),
            (2, max(76, metrics.horizontalAdvance("约 00 小时 00 分") + FIGURE_PADDING)),
            (3, BAR_COLUMN),
        )
        for col, width in widths:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        header.setStretchLastSection(False)
        # whole headings, wrapped: at the dock's width a second-level heading showed about ten
        # characters (（一）充分认识办公…), and the map is where a trainee reads the skeleton
        self.setItemDelegate(WrappingDelegate(self))
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)

    def resizeEvent(self, event) -> None:
        """Qt override: in a narrow dock the bars give way to the headings (a fifth of the width,
        at least :data:`BAR_COLUMN_MIN`): in the 学习 dock of the right-hand column (430 px) a
        fixed 130 px of bar left the headings about seven characters a line, four lines to a
        （一）…"""
        super().resizeEvent(event)
        width = self.viewport().width()
        bar = min(BAR_COLUMN, max(BAR_COLUMN_MIN, width // 5))
        if self.header().sectionSize(3) != bar:
            self.header().resizeSection(3, bar)

    def show_study(self, study: Study, corrected: bool = False) -> None:
        """Fill the tree with the text's skeleton (opening, sections — or, with none, its
        transitions — closing) and each part's length and speaking time, so proportions are
        visible at a glance. ``corrected``: the user has changed this outline's headings, and
        the transitions not yet made headings stay listed in their sections
        (:func:`~drafter.study.stats.standing_transitions`).
        """
        self.clear()
        total = QTreeWidgetItem(
            ["全文", f"{study.total_chars:,}", duration(study.total_seconds), "100%"]
        )
        total.setForeground(0, QBrush(QColor("#555")))
        # "100%" stands where the bars' labels stand (right), not at the column's left edge
        total.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.addTopLevelItem(total)
        parts = {row.part: row for row in study.structure if row.part not in ("section", "stretch")}
        stretches = [row for row in study.structure if row.part == "stretch"]
        for name in ("opening", "lead-in"):
            if name in parts:
                self._add_part(parts[name])
        standing = standing_transitions(study, corrected)
        first = study.sections[0].paragraph if study.sections else None
        for t in standing:
            if first is not None and t.span.paragraph < first:
                self.addTopLevelItem(self._transition_row(t))
        placed: list[tuple[int, QTreeWidgetItem]] = []
        stack: list[tuple[int, QTreeWidgetItem]] = []
        # the headings' rows, and under a part with text after its points a row for that
        # text (structure_rows: 〔本部分其余正文〕), so the rows under a part add up to it
        own = ("section", "after", "before")  # before: its text before its points
        rows = [r for r in (study.structure or study.sections) if r.part in own]
        for row in rows:
            item = QTreeWidgetItem([row.label, f"{row.chars:,}", duration(row.seconds), ""])
            item.setData(0, PARAGRAPH_ROLE, row.paragraph)
            if row.part in ("after", "before"):
                item.setData(0, AFTER_ROLE, True)  # no one heading to correct: see _on_menu
                item.setForeground(0, QBrush(QColor("#555")))
                where = "之后" if row.part == "after" else "之前"
                item.setToolTip(0, f"本部分在各小点{where}的正文，不属于任何一个小点")
            tips = [row.label]
            if row.frame:
                tips.append(f"属于数字概括“{row.frame}”")
            if row.pattern:
                tips.append(f"并列框架：{row.pattern}")
            if row.part == "section":
                item.setToolTip(0, "\n".join(tips))
            while stack and stack[-1][0] >= row.level:
                stack.pop()
            if stack:
                stack[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            stack.append((row.level, item))
            placed.append((row.paragraph, item))
            self.setItemWidget(item, 3, share_bar(row.share))
        for t in standing:
            # in the deepest section it stands in, after what comes before it there
            owner = next((it for p, it in reversed(placed) if p <= t.span.paragraph), None)
            if owner is None:
                continue  # before the first heading: listed above
            at = owner.childCount()
            while at and (owner.child(at - 1).data(0, PARAGRAPH_ROLE) or 0) > t.span.paragraph:
                at -= 1
            owner.insertChild(at, self._transition_row(t))
        if not study.sections:
            body = None
            if "body" in parts:  # the body between opening and closing, so the parts add up
                body = self._add_part(parts["body"])
            # A text without headings is laid out by its transitions alone (现在我来讲一讲…;
            # 其次讲一讲…): the map lists them in order, each a click away, as its skeleton,
            # under the body they divide (listed beside 〔开头〕 and 〔结尾〕, seven transitions
            # of 整顿党的作风 read as parts of their own, with no length)
            if body is not None and stretches:
                # each transition's row with the length it runs to the next one
                # (drafter.study.stats.transition_stretches), a bar like the parts'
                said = {t.span.paragraph: t.text for t in study.transitions}
                for road in study.roadmap:  # a part a roadmap lists: the roadmap says it
                    said.update((p, road.text) for p in road.sections)
                for stretch in stretches:
                    item = self._stretch_row(stretch, said.get(stretch.paragraph, ""))
                    body.addChild(item)
                    self.setItemWidget(item, 3, share_bar(stretch.share))
                standing = []
            for t in standing:
                row = self._transition_row(t)
                if body is not None:
                    body.addChild(row)
                else:
                    self.addTopLevelItem(row)
        if "closing" in parts:
            closing = parts["closing"]
            # under the heading that titles it (结论 over its 〔结尾〕: stats.titled_closing)
            heading = closing.paragraph - 1 if closing.level and closing.paragraph else None
            under = next((it for p, it in reversed(placed) if p == heading), None)
            self._add_part(closing, under)
        self.expandAll()
        self._fit_figures()

    def _fit_figures(self) -> None:
        """Size 字数 and 时长 to the widest figure this text shows: sized for 约 99 小时 59 分,
        时长 took about a quarter of the 学习 dock beside 约 2 分半, and an 1,810-字 speech's
        second-level headings wrapped to four lines of five characters beside it."""
        metrics = self.fontMetrics()
        widest = {col: metrics.horizontalAdvance(self.headerItem().text(col)) for col in (1, 2)}
        items = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while items:
            item = items.pop()
            items.extend(item.child(i) for i in range(item.childCount()))
            for col in widest:
                widest[col] = max(widest[col], metrics.horizontalAdvance(item.text(col)))
        for col, width in widest.items():
            self.header().resizeSection(col, width + FIGURE_PADDING)

    def _stretch_row(self, row, sentence: str = "") -> QTreeWidgetItem:
        """A stretch of a text without headings: from a transition (in the transitions'
        colour, its role and first words; ``sentence``, the whole transition, in the tooltip)
        or from the body's start, up to the next one, with its 字数, time and bar.
        Right-click corrects a transition's row as before."""
        item = QTreeWidgetItem([row.label, f"{row.chars:,}", duration(row.seconds), ""])
        item.setData(0, PARAGRAPH_ROLE, row.paragraph)
        if row.label in (LEAD_STRETCH_LABEL, LEAD_PART_LABEL, LEAD_QUESTION_LABEL):
            item.setData(0, AFTER_ROLE, True)  # no transition of its own to correct
            item.setForeground(0, QBrush(QColor("#555")))
            upto = {LEAD_PART_LABEL: "第一个分项", LEAD_QUESTION_LABEL: "第一个提问"}
            item.setToolTip(0, f"正文开头到{upto.get(row.label, '第一个过渡句')}之间的部分")
        elif getattr(row, "cut", "") == "question":
            # a question of a Q&A text: its answer runs to the next one; nothing to correct
            item.setData(0, AFTER_ROLE, True)
            item.setForeground(0, QBrush(QColor("#1f5fbf")))
            item.setToolTip(0, "问答体的一问：从这个提问连同回答，到下一个提问（或全文结束）")
        elif getattr(row, "cut", "") == "roadmap":
            # a part a roadmap lists, in the roadmap's blue; no transition to correct here
            item.setData(0, AFTER_ROLE, True)
            item.setForeground(0, QBrush(QColor("#1f5fbf")))
            item.setToolTip(
                0,
                f"提纲句“{sentence}”所列的一项（在正文段落里，不是小标题），"
                "从这里到下一项（或结尾）",
            )
        else:
            item.setForeground(0, QBrush(QColor("#7a4fbf")))
            item.setToolTip(0, f"从这个过渡句到下一个过渡句（或结尾）：{sentence or row.label}")
        return item

    @staticmethod
    def _transition_row(t) -> QTreeWidgetItem:
        """A transition's row: its role and first words, in the transitions' colour."""
        role = getattr(t, "role", "") or "过渡句"
        item = QTreeWidgetItem([f"〔{role}〕{quote_cut(t.text, 40)}", "", "", ""])
        item.setData(0, PARAGRAPH_ROLE, t.span.paragraph)
        item.setToolTip(0, f"过渡句（{role}）：{t.text}")
        item.setForeground(0, QBrush(QColor("#7a4fbf")))
        return item

    def _add_part(self, row, under: QTreeWidgetItem | None = None) -> QTreeWidgetItem:
        """A part outside the headings (:func:`part_row`), with a bar like the sections: an
        opening of 22% (星星之火) showed as a bare number beside a column of bars, the one
        part a trainee could not compare at a glance; a text without headings showed 开头
        16% and 结尾 15% and nothing for the 69% between them (团结奋斗). At the top level,
        or ``under`` a heading's row (a closing that heading titles). Returns the row."""
        item = part_row(row)
        if under is not None:
            under.addChild(item)
        else:
            self.addTopLevelItem(item)
        self.setItemWidget(item, 3, share_bar(row.share))
        return item

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, PARAGRAPH_ROLE)
        if index is not None:
            self.paragraph_chosen.emit(int(index))

    def _on_menu(self, pos: QPoint) -> None:
        """A heading or transition row (not 全文, 开头, 结尾): ask for its correction menu. A
        text without headings lists its transitions here (现在我来讲一讲…), and making them
        headings began with finding each again in the text."""
        item = self.itemAt(pos)
        index = item.data(0, PARAGRAPH_ROLE) if item is not None else None
        if index is None or item.data(3, SHARE_ROLE) is not None or item.data(0, AFTER_ROLE):
            return
        label = item.text(0).split("〕", 1)[-1] if item.text(0).startswith("〔") else item.text(0)
        if item.text(0).startswith("〔正文〕"):
            return  # the body between opening and first heading: no one paragraph to correct
        self.correct_requested.emit(int(index), label, self.viewport().mapToGlobal(pos))
