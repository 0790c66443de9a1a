"""对照: two documents side by side with their outlines aligned part by part, so a trainee
sees how two model texts divide the same kind of speech."""

from __future__ import annotations

from itertools import zip_longest

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from drafter.corpus.display import quoted_name
from drafter.study.layout import Node, layout
from drafter.study.model import Study
from drafter.study.stats import body_before_headings, bookend_label, opening_label
from drafter.study.text import count_chars
from drafter.ui.widgets.wrapping_delegate import INDENT_ROLE, WrappingDelegate

BLANK = "＿＿＿＿＿＿"  # a hidden heading, as the reader's blanked page writes it
NO_PART_TIP = "这篇文稿在这里没有对应的部分"
HIDDEN_FRAMES = "数字概括：提纲练习进行中，暂不显示"


def frames_label(study: Study) -> str:
    """The 数字概括 row of one text: the frames it spells out; 无 when it spells out none, with
    the ones it only mentions named as such, so the row never ends at an empty colon."""
    listed = "、".join(dict.fromkeys(f.phrase for f in study.listed_frames)) or "无"
    mentioned = "、".join(dict.fromkeys(f.phrase for f in study.mentioned_frames))
    return f"数字概括：{listed}" + (f"（只提及：{mentioned}）" if mentioned else "")


def _chars(bookend) -> str:
    """字数 of an opening or closing, "" when there is none."""
    return f"{count_chars(bookend.text):,}" if bookend.text.strip() else ""


def _first(bookend) -> int | None:
    """The paragraph an opening or closing starts in, None when there is none."""
    return bookend.paragraphs[0] if bookend.text.strip() and bookend.paragraphs else None


def aligned_rows(doc_a, doc_b) -> list[tuple[int, Node | None, Node | None]]:
    """(depth, section of A, section of B) pairs: the parts in order, then their
    sub-points in order under each pair, so part 二 of one faces part 二 of the other."""
    rows: list[tuple[int, Node | None, Node | None]] = []

    def pair(a: list[Node], b: list[Node], depth: int) -> None:
        for x, y in zip_longest(a, b):
            rows.append((depth, x, y))
            pair(x.children if x else [], y.children if y else [], depth + 1)

    pair(layout(doc_a).roots, layout(doc_b).roots, 1)
    return rows


class CompareView(QTreeWidget):
    """Aligned outlines of two documents with each section's 字数."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyCompare")
        self.setItemDelegate(WrappingDelegate(self))  # whole headings, wrapped
        self.setHeaderLabels(["本文", "字数", "对照文", "字数"])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the two texts share what is left: the last 字数 stretched as a tree's last column
        # does, to about 110 px of the 学习 dock's 385 at 1280x720 (ux53)
        header.setStretchLastSection(False)

    def show_pair(
        self, doc_a, study_a: Study, doc_b, study_b: Study, hide: tuple[bool, bool] = (False, False)
    ) -> None:
        """Show two studies section by section, with character counts side by side, so a trainee
        sees how two texts spend their length. A side in ``hide`` is the text of an outline
        exercise being written: its headings show as their marker and a blank (as the reader's
        blanked page), its 数字概括 not at all, the 字数 still (the length is fair to know).
        """
        self.clear()

        def label(node: Node | None, side: int) -> str:
            if node is None:
                return "（无）"
            return f"{node.section.marker or '·'}{BLANK}" if hide[side] else node.label

        chars_a = {s.paragraph: s.chars for s in study_a.sections}
        chars_b = {s.paragraph: s.chars for s in study_b.sections}
        head = QTreeWidgetItem(
            [
                quoted_name(doc_a),
                f"{study_a.total_chars:,}",
                quoted_name(doc_b),
                f"{study_b.total_chars:,}",
            ]
        )
        head.setForeground(0, QBrush(QColor("#555")))
        head.setForeground(2, QBrush(QColor("#555")))
        self.addTopLevelItem(head)
        opening = QTreeWidgetItem(
            [
                f"〔开头〕{opening_label(study_a)}",
                _chars(study_a.opening),
                f"〔开头〕{opening_label(study_b)}",
                _chars(study_b.opening),
            ]
        )
        opening.setData(0, Qt.ItemDataRole.UserRole, (0, 0))
        self.addTopLevelItem(opening)
        (label_a, lead_a, at_a), (label_b, lead_b, at_b) = (
            body_before_headings(study_a),
            body_before_headings(study_b),
        )
        if lead_a or lead_b:
            # the body before the first heading (or a text's whole body without headings):
            # the rows add up to the whole on each side, as in the structure map
            lead = QTreeWidgetItem(
                [
                    label_a or "（无）",
                    f"{lead_a:,}" if lead_a else "",
                    label_b or "（无）",
                    f"{lead_b:,}" if lead_b else "",
                ]
            )
            lead.setData(0, Qt.ItemDataRole.UserRole, (at_a, at_b))
            for col, chars in ((0, lead_a), (2, lead_b)):
                if not chars:
                    lead.setBackground(col, QBrush(QColor("#f3f3f3")))
            self.addTopLevelItem(lead)
            self._add_stretches(lead, study_a, study_b, hide)
        stack: list[QTreeWidgetItem] = []
        # which sides each open row lacks, and its last child lacked: a part one text does
        # not divide faced the other's every sub-part with （无）, a column of them (论十大关系
        # beside a work report's （一）（二）… and 在教育方面…); now the first row of a run of
        # missing parts says （无）, the rows under it and after it stand blank on its grey
        lacks: list[tuple[bool, bool]] = []
        previous: list[tuple[bool, bool]] = []  # by depth: the row before, under this parent
        for depth, a, b in aligned_rows(doc_a, doc_b):
            del stack[depth - 1 :]
            del lacks[depth - 1 :]
            missing = (a is None, b is None)
            parent = lacks[-1] if lacks else (False, False)
            del previous[depth:]
            before = previous[depth - 1] if len(previous) >= depth else (False, False)
            said = [m and not parent[i] and not before[i] for i, m in enumerate(missing)]
            item = QTreeWidgetItem(
                [
                    label(a, 0) if a or said[0] else "",
                    f"{chars_a[a.heading]:,}" if a and a.heading in chars_a else "",
                    label(b, 1) if b or said[1] else "",
                    f"{chars_b[b.heading]:,}" if b and b.heading in chars_b else "",
                ]
            )
            # the two sections' heading paragraphs: the side-by-side texts go there
            item.setData(
                0, Qt.ItemDataRole.UserRole, (a.heading if a else None, b.heading if b else None)
            )
            # the other text's levels as the tree shows this one's: indented by depth
            item.setData(2, INDENT_ROLE, self.indentation() * (depth - 1))
            item.setToolTip(0, a.label if a and not hide[0] else "")
            item.setToolTip(2, b.label if b and not hide[1] else "")
            if a is None or b is None:
                item.setBackground(0 if a is None else 2, QBrush(QColor("#f3f3f3")))
                item.setToolTip(0 if a is None else 2, NO_PART_TIP)
            previous[depth - 1 :] = [missing]
            if stack:
                stack[-1].addChild(item)
            else:
                self.addTopLevelItem(item)
            stack.append(item)
            lacks.append(missing)
        closing = QTreeWidgetItem(
            [
                f"〔结尾〕{bookend_label(study_a.closing)}",
                _chars(study_a.closing),
                f"〔结尾〕{bookend_label(study_b.closing)}",
                _chars(study_b.closing),
            ]
        )
        # choosing the row brings each text to its closing, as a section's row does
        ends = (_first(study_a.closing), _first(study_b.closing))
        if ends != (None, None):
            closing.setData(0, Qt.ItemDataRole.UserRole, ends)
        self.addTopLevelItem(closing)
        frames = QTreeWidgetItem(
            [
                HIDDEN_FRAMES if hide[0] else frames_label(study_a),
                "",
                HIDDEN_FRAMES if hide[1] else frames_label(study_b),
                "",
            ]
        )
        self.addTopLevelItem(frames)
        self.expandAll()

    def _add_stretches(self, lead: QTreeWidgetItem, study_a, study_b, hide) -> None:
        """Under the body row of texts without headings, their stretches between transitions
        (:func:`drafter.study.stats.transition_stretches`) pair by pair, the first turn of one
        facing the first of the other, each with its 字数; a click takes both texts there.
        Side by side, 整顿党的作风 and 反对党八股 showed one 〔正文〕未分出标题 row each, the
        way each talk turns from point to point nowhere in the aligned outline."""

        def stretches(study) -> list:
            return [r for r in study.structure if r.part == "stretch"]

        pairs = list(zip_longest(stretches(study_a), stretches(study_b)))
        for a, b in pairs:
            item = QTreeWidgetItem(
                [
                    (BLANK if hide[0] else a.label) if a else "（无）",
                    f"{a.chars:,}" if a else "",
                    (BLANK if hide[1] else b.label) if b else "（无）",
                    f"{b.chars:,}" if b else "",
                ]
            )
            item.setData(
                0,
                Qt.ItemDataRole.UserRole,
                (a.paragraph if a else None, b.paragraph if b else None),
            )
            item.setData(2, INDENT_ROLE, self.indentation())
            if a is None or b is None:
                item.setBackground(0 if a is None else 2, QBrush(QColor("#f3f3f3")))
            lead.addChild(item)
