"""结构图: the outline as a tree with 字数, speaking time, share and a length bar per section
(for a text without headings, its transitions in order), and beside it the points a trainee
should see (frames, roadmap, transitions, parallel-heading frames)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QProgressBar,
    QStyle,
    QStyleOptionProgressBar,
    QStylePainter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from drafter.corpus.display import quote_cut
from drafter.study.model import Study
from drafter.study.stats import (
    LEAD_PART_LABEL,
    LEAD_STRETCH_LABEL,
    bookend_label,
    share_label,
    spoken,
    standing_transitions,
)
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate

PARAGRAPH_ROLE = Qt.ItemDataRole.UserRole + 1
SHARE_ROLE = Qt.ItemDataRole.UserRole + 10  # an opening or closing row: its share of the whole
BAR_COLUMN, BAR_COLUMN_MIN = 130, 76  # px: the 占比 column, wide and in a narrow dock
FIGURE_PADDING = 14  # px beside the widest 字数 or 时长 figure, so it keeps to one line
LABEL_GAP = 6  # px between a length bar and its share
BAR_HEIGHT = 16  # px: the length bar's band, whatever the height of its (wrapped) row
FRAME_ROLE = Qt.ItemDataRole.UserRole + 2
ROADMAP_ROLE = Qt.ItemDataRole.UserRole + 3
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


def share_bar(share: float) -> LengthBar:
    """The length bar of a part that is ``share`` of the whole, labelled with its share."""
    bar = LengthBar()
    bar.setRange(0, 1000)
    bar.setValue(int(round(share * 1000)))
    bar.setFormat(share_label(share))
    bar.setToolTip(f"占全文 {share * 100:.1f}%")
    return bar


class LengthBar(QProgressBar):
    """A section's length bar, drawn as a band of :data:`BAR_HEIGHT` in the middle of its row.

    A row with an item widget is no taller than the widget's maximum height: the bar's
    setMaximumHeight(16) held every row of the map to one line, so a long heading could not
    wrap and was cut. This bar may grow with its row and still draws a thin band."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as a progress bar asks, one band high."""
        return QSize(super().sizeHint().width(), BAR_HEIGHT)

    def label_width(self) -> int:
        """Room kept right of the bar for its share (as wide as "100%" in this font), the
        same in every row so that the bars line up and compare."""
        return self.fontMetrics().horizontalAdvance("100%") + LABEL_GAP

    def bar_rect(self) -> QRect:
        """Where the band is drawn: centred in the height, left of the label."""
        band = min(BAR_HEIGHT, self.height())
        width = max(0, self.width() - self.label_width())
        return QRect(0, (self.height() - band) // 2, width, band)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        """Qt override: the styled bar in a band centred in the widget, its share written
        beside it. Written inside it, as a progress bar does, the label sat in the middle of
        the band, where the fill of a part near half the text (50%) ran through it."""
        painter = QStylePainter(self)
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        option.textVisible = False
        option.rect = self.bar_rect()
        painter.drawControl(QStyle.ControlElement.CE_ProgressBar, option)
        label = QRect(option.rect.right() + 1, 0, self.width() - option.rect.width(), self.height())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(label, int(align), self.text())


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
            self._add_part(parts["closing"])
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
        if row.label in (LEAD_STRETCH_LABEL, LEAD_PART_LABEL):
            item.setData(0, AFTER_ROLE, True)  # no transition of its own to correct
            item.setForeground(0, QBrush(QColor("#555")))
            upto = "第一个分项" if row.label == LEAD_PART_LABEL else "第一个过渡句"
            item.setToolTip(0, f"正文开头到{upto}之间的部分")
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

    def _add_part(self, row) -> QTreeWidgetItem:
        """A part outside the headings (:func:`part_row`), with a bar like the sections: an
        opening of 22% (星星之火) showed as a bare number beside a column of bars, the one
        part a trainee could not compare at a glance; a text without headings showed 开头
        16% and 结尾 15% and nothing for the 69% between them (团结奋斗). Returns the row."""
        item = part_row(row)
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


def items_cut(items: list[str], each: int = 12, limit: int = 60) -> str:
    """A list's items joined by ｜ to show in a narrow list, each cut by :func:`quote_cut` to
    ``each`` characters and the whole to about ``limit``, the count said when items are left
    out (…（共 14 项）). Why: the study's 要点 pane showed a frame's items in full, so one
    四个目的 ran to ten wrapped lines and at 1280×720 the pane held a frame and a half; the
    items' openings show the frame's build, and the text itself marks them in full."""
    shown: list[str] = []
    used = 0
    for item in items:
        # (an item a character or two over is kept whole: the … would save nothing)
        cut = item if len(item) <= each + 2 else quote_cut(item, each)
        if shown and used + len(cut) + 1 > limit:
            return "｜".join(shown) + f"｜…（共 {len(items)} 项）"
        shown.append(cut)
        used += len(cut) + 1
    return "｜".join(shown)


def distinct_parts(parts: list) -> list[tuple]:
    """``(part, times)`` for each bookend part once, in order of first appearance: a closing
    that says 同志们， twice (同志们，…。同志们，让我们…) listed 结尾·称呼：同志们， twice in 要点,
    as if it were two parts of the closing. The first place is the one a click goes to."""
    seen: dict[tuple[str, str], int] = {}
    out: list[list] = []
    for part in parts:
        key = (part.kind, part.text.strip())
        if key in seen:
            out[seen[key]][1] += 1
            continue
        seen[key] = len(out)
        out.append([part, 1])
    return [(part, times) for part, times in out]


def absent_row(names: list[str]) -> QTreeWidgetItem:
    """One grey row naming the kinds of points the text has none of (本篇没有：提纲句、过渡句):
    an absence is worth learning (a speech can hold without a roadmap sentence), but as a
    row each (提纲句（0）) the zeros filled the pane. It goes nowhere when clicked."""
    item = QTreeWidgetItem(["本篇没有：" + "、".join(names)])
    item.setForeground(0, QBrush(QColor("#888")))
    item.setToolTip(0, "这些结构本篇都没有用到；有的讲话不靠它们也能立得住")
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class PointsTree(QTreeWidget):
    """要点: frames (listed and mentioned apart), roadmap sentences, opening and closing
    parts, transitions and parallel-heading frames, each a click away from its place.

    Signals:
        paragraph_chosen(int): an entry with a place in the text was picked (paragraph N).
        frame_chosen(int): frame K of ``Study.frames`` was picked (to mark it and its items).
        roadmap_chosen(int): roadmap sentence K was picked (to mark it and its sections).
    """

    paragraph_chosen = Signal(int)
    frame_chosen = Signal(int)
    roadmap_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyPoints")
        self.setHeaderHidden(True)
        self.setItemDelegate(WrappingDelegate(self))  # entries are sentences: wrap, not cut
        self._frame_items: dict[int, QTreeWidgetItem] = {}
        self._roadmap_items: dict[int, QTreeWidgetItem] = {}
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)

    def show_study(self, study: Study, colours: dict[int, str]) -> None:
        """List the numeric summaries (expanded or only mentioned) and roadmap sentences, each
        coloured as in the annotated text so tree and text can be matched by eye.
        """
        self.clear()
        self._frame_items, self._roadmap_items = {}, {}
        listed = QTreeWidgetItem([f"数字概括（展开 {len(study.listed_frames)}）"])
        mentioned = QTreeWidgetItem([f"只提及未展开（{len(study.mentioned_frames)}）"])
        for k, frame in enumerate(study.frames):
            if frame.listed:
                # each item's opening, the whole list in the tooltip (items_cut says why)
                item = QTreeWidgetItem([f"{frame.phrase}：" + items_cut(frame.items)])
                item.setBackground(0, QBrush(QColor(colours.get(k, "#eee"))))
                item.setToolTip(0, f"{frame.phrase}：" + "｜".join(frame.items))
                listed.addChild(item)
            else:
                item = QTreeWidgetItem([frame.phrase])
                item.setToolTip(0, frame.phrase)
                mentioned.addChild(item)
            item.setData(0, PARAGRAPH_ROLE, frame.span.paragraph)
            item.setData(0, FRAME_ROLE, k)
            self._frame_items[k] = item
        roadmap = QTreeWidgetItem([f"提纲句（{len(study.roadmap)}）"])
        for k, r in enumerate(study.roadmap):
            text = r.text + (f"  ⚠ {r.warning}" if r.warning else "")
            # cut as a transition is (a roadmap sentence may run to 200 characters); the
            # sections it leads are listed under it, the whole sentence is in the tooltip
            shown = quote_cut(r.text, 60) + (f"  ⚠ {r.warning}" if r.warning else "")
            item = QTreeWidgetItem([shown])
            item.setData(0, PARAGRAPH_ROLE, r.span.paragraph)
            item.setData(0, ROADMAP_ROLE, k)
            self._roadmap_items[k] = item
            # what it leads (4 节, or 4 项 in the running text the outline does not show)
            item.setToolTip(0, f"{text}\n{study.roadmap_reach(r)}")
            if r.warning:
                item.setForeground(0, QBrush(QColor("#b00020")))
            for k, index in enumerate(r.sections):  # the parts it announces, a click away
                row = next((s for s in study.sections if s.paragraph == index), None)
                words = r.labels[k] if k < len(r.labels) else f"第 {index + 1} 段"
                child = QTreeWidgetItem([f"→ {row.label if row else words}"])
                child.setData(0, PARAGRAPH_ROLE, index)
                child.setToolTip(0, "小标题" if row else "在正文段落里，不是小标题")
                item.addChild(child)
            roadmap.addChild(item)
        parts = QTreeWidgetItem(
            [f"开头：{bookend_label(study.opening)}　结尾：{bookend_label(study.closing)}"]
        )
        for name, bookend in (("开头", study.opening), ("结尾", study.closing)):
            for part, times in distinct_parts(bookend.parts):
                # cut where a phrase ends and said to go on (…): the bare [:40] left
                # 开头·会议目的：…深入贯彻落实省委、市 as if the text ended there
                label = f"{name}·{part.kind}：{quote_cut(part.text, 40)}"
                item = QTreeWidgetItem([label + (f"（{times} 处）" if times > 1 else "")])
                item.setData(0, PARAGRAPH_ROLE, part.span.paragraph)
                item.setToolTip(
                    0, part.text + (f"\n（{name}中出现 {times} 次）" if times > 1 else "")
                )
                parts.addChild(item)
        transitions = QTreeWidgetItem([f"过渡句（{len(study.transitions)}）"])
        for t in study.transitions:
            # what it does first (转入问题：我们也清醒看到…), so the list reads as the talk's moves
            role = f"{t.role}：" if getattr(t, "role", "") else ""
            item = QTreeWidgetItem([f"{role}{quote_cut(t.text, 60)}"])
            item.setData(0, PARAGRAPH_ROLE, t.span.paragraph)
            item.setToolTip(0, f"{role}{t.text}")
            transitions.addChild(item)
        siblings = QTreeWidgetItem([f"并列标题框架（{len(study.siblings)}）"])
        for s in study.siblings:
            item = QTreeWidgetItem([f"{s.pattern}（{len(s.labels)} 项）"])
            item.setData(0, PARAGRAPH_ROLE, s.headings[0])
            item.setToolTip(0, "\n".join("　".join(slot) for slot in s.slots))
            for label, heading in zip(s.labels, s.headings):
                # each heading a click away, as every other entry here (it did nothing)
                child = QTreeWidgetItem([label])
                child.setData(0, PARAGRAPH_ROLE, heading)
                item.addChild(child)
            siblings.addChild(item)
        groups = (
            (listed, "数字概括"),
            (mentioned, ""),
            (roadmap, "提纲句"),
            (parts, ""),
            (transitions, "过渡句"),
            (siblings, "并列标题框架"),
        )
        absent = []
        for top, name in groups:
            # a group with nothing in it is no row: a speech without frames (a ren/ speech)
            # showed a column of （0） rows that took the pane from what the text has
            if top is not parts and top.childCount() == 0:
                if name:
                    absent.append(name)
                continue
            self.addTopLevelItem(top)
            # transitions open too unless there are many: in a text without headings they are
            # the only marks of its parts
            many = top is transitions and len(study.transitions) > 12
            top.setExpanded(top is not mentioned and not many)
        if absent:  # said once, quietly: the trainee learns the absence too
            self.addTopLevelItem(absent_row(absent))

    def select_frame(self, frame: int) -> None:
        """Make frame ``frame`` the current entry (the text's click on it, shown here too)."""
        self._select(self._frame_items.get(frame))

    def select_roadmap(self, index: int) -> None:
        """Make roadmap sentence ``index`` the current entry (clicked in the text)."""
        self._select(self._roadmap_items.get(index))

    def _select(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.setCurrentItem(None)
            return
        item.parent().setExpanded(True)
        self.setCurrentItem(item)
        self.scrollToItem(item)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        frame = item.data(0, FRAME_ROLE)
        road = item.data(0, ROADMAP_ROLE)
        if frame is not None:
            self.frame_chosen.emit(int(frame))
        elif road is not None:
            self.roadmap_chosen.emit(int(road))
        else:
            index = item.data(0, PARAGRAPH_ROLE)
            if index is not None:
                self.paragraph_chosen.emit(int(index))
