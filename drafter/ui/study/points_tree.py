"""要点: the points of a studied text a trainee should see (frames, roadmap sentences,
opening and closing parts, transitions, parallel-heading frames), each a click away from
its place; shown beside the 结构图 and in the reader's study mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from drafter.corpus.display import quote_cut
from drafter.study.model import Study
from drafter.study.stats import bookend_label, opening_label
from drafter.ui.widgets.wrapping_delegate import MAX_LINES_ROLE, WrappingDelegate

PARAGRAPH_ROLE = Qt.ItemDataRole.UserRole + 1  # (also the 结构图's: where a row goes)
FRAME_ROLE = Qt.ItemDataRole.UserRole + 2
ROADMAP_ROLE = Qt.ItemDataRole.UserRole + 3
# the lines a frame's items or a bookend part's words may take in the pane: at 1280×720 it is
# under 200 px wide and a frame wrapped over four lines (a trainee saw two frames a screen);
# a click marks them whole in the text, the tooltip holds them whole
LIST_LINES = 2


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
                item.setData(0, MAX_LINES_ROLE, LIST_LINES)
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
            [f"开头：{opening_label(study)}　结尾：{bookend_label(study.closing)}"]
        )
        for name, bookend in (("开头", study.opening), ("结尾", study.closing)):
            for part, times in distinct_parts(bookend.parts):
                # cut where a phrase ends and said to go on (…): the bare [:40] left
                # 开头·会议目的：…深入贯彻落实省委、市 as if the text ended there
                label = f"{name}·{part.kind}：{quote_cut(part.text, 40)}"
                item = QTreeWidgetItem([label + (f"（{times} 处）" if times > 1 else "")])
                item.setData(0, PARAGRAPH_ROLE, part.span.paragraph)
                item.setData(0, MAX_LINES_ROLE, LIST_LINES)
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
