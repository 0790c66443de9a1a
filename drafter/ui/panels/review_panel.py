"""The 审稿 panel: findings grouped by level and category with counts; a click jumps to
the span, a finding can be dismissed (and shown again).

The panel only shows a :class:`drafter.review.ReviewResult` and reports what the user
did; running the review, following edits and jumping to the text is the controller's job
(:mod:`drafter.ui.review_controller`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.review.groups import others_line
from drafter.review.model import LEVEL_NAMES, LEVELS, Finding, ReviewResult
from drafter.ui.panels.review_tree import (
    DISMISSED_ROLE,
    FINDING_ROLE,
    GROUP_ROLE,
    fill_tree,
    finding_rows,
    group_position,
    group_row_of,
    row_target,
)
from drafter.ui.widgets.button_row import button_row
from drafter.ui.widgets.note_label import note_label
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate

SOURCES = (("draft", "当前草稿"), ("reader", "阅读器中的文稿"))
DETAIL_PLACES = 3  # a group's other places named under the list (the tooltip names more)


class ReviewPanel(QWidget):
    """Findings of the last review, as a tree 级别 › 类别 › 问题; one problem met again
    (drafter.review.groups: 第一、 … 第十二、) is one row saying 共 N 处, its places below it.

    Signals:
        finding_activated(object): the user clicked (or pressed Enter on) a finding.
        dismiss_requested(object, bool): dismiss (True) or restore (False) a finding, or
            a tuple of findings (a group's row: all its places at once).
        recheck_requested(): the user asked for a review now.
        source_changed(str): "draft" or "reader" was chosen as what to review.
        comments_requested(): turn all findings into comments (批注) on the draft.
        finding_comment_requested(object): turn this finding into a comment, or a tuple
            of findings (a group's row) into one comment naming its places.
        settle_requested(): resolve the review comments whose problem is fixed.
        reuse_cancel_requested(): stop bringing the reuse (查重) index up to date.
    """

    finding_activated = Signal(object)
    dismiss_requested = Signal(object, bool)
    recheck_requested = Signal()
    source_changed = Signal(str)
    comments_requested = Signal()
    finding_comment_requested = Signal(object)
    settle_requested = Signal()
    reuse_cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comments_on = False
        self.setObjectName("reviewPanel")
        self._result: ReviewResult | None = None
        self.source = QComboBox()
        self.source.setObjectName("reviewSource")
        for key, label in SOURCES:
            self.source.addItem(label, key)
        self.source.currentIndexChanged.connect(
            lambda _i: self.source_changed.emit(self.current_source())
        )
        self.recheck = QPushButton("重新检查")
        self.recheck.setObjectName("reviewRecheck")
        self.recheck.clicked.connect(self.recheck_requested)
        # which text the findings are about, by name: the combo alone said 阅读器中的文稿 while a
        # writer, back in the draft just made from a template, took its findings for the draft's
        self.target = QLabel()
        self.target.setObjectName("reviewTarget")
        self.target.setWordWrap(True)
        self.target.hide()
        self.summary = QLabel("尚未审稿")
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.state = note_label()
        # the reuse index being brought up to date: its own row, so 正在检查… does not hide it
        self.reuse_bar = QProgressBar()
        self.reuse_bar.setObjectName("reviewReuseProgress")
        self.reuse_bar.setFormat("更新查重索引 %v/%m 篇")
        self.reuse_cancel = QPushButton("取消")
        self.reuse_cancel.setObjectName("reviewReuseCancel")
        self.reuse_cancel.setToolTip("停止更新；已收录的文稿照样查重，点“重新检查”可继续更新")
        self.reuse_cancel.clicked.connect(self.reuse_cancel_requested)
        self.reuse_row = button_row(self.reuse_bar, self.reuse_cancel)
        self.reuse_row.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        # a finding's explanation (同组其他标题都是动宾结构……，这一条是名词短语：…) is the point
        # of it; the default delegate cut it to one line at the panel's width
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_menu)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.detail = QLabel()
        self.detail.setObjectName("reviewDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # one problem met again (共 N 处): its places are stepped through here, each shown
        # in the text with the others of the group tinted around it; the list alone took
        # the office head to the first place only
        self.place_label = QLabel()
        self.place_label.setObjectName("reviewPlace")
        self.prev_place = QPushButton("上一处")
        self.prev_place.setObjectName("reviewPrevPlace")
        self.prev_place.setToolTip("转到同一问题的上一处，其余各处在原文中一并标出")
        self.prev_place.clicked.connect(lambda: self.step_place(-1))
        self.next_place = QPushButton("下一处")
        self.next_place.setObjectName("reviewNextPlace")
        self.next_place.setToolTip("转到同一问题的下一处，其余各处在原文中一并标出")
        self.next_place.clicked.connect(lambda: self.step_place(1))
        self.place_row = button_row(self.place_label, self.prev_place, self.next_place)
        self.place_row.hide()
        self.dismiss = QPushButton("忽略此条")
        self.dismiss.setObjectName("reviewDismiss")
        self.dismiss.setToolTip("忽略后记在草稿里，下次打开也不再列出")
        self.dismiss.clicked.connect(self._dismiss_current)
        self.to_comment = QPushButton("转为批注")
        self.to_comment.setObjectName("reviewToComment")
        self.to_comment.setToolTip("把选中的这条审稿意见加为批注，批在原文的字上（可撤销）")
        self.to_comment.clicked.connect(self._comment_current)
        self.to_comment.hide()
        self.to_comments = QPushButton("全部转为批注")
        self.to_comments.setObjectName("reviewToComments")
        self.to_comments.setToolTip("把全部审稿意见加为草稿批注（可撤销），随稿件导出到 Word")
        self.to_comments.clicked.connect(self.comments_requested)
        self.to_comments.hide()
        # the writer's reply read back: review comments whose problem the review no longer
        # finds, said with a way to resolve them at once (the head ticked them off by eye)
        self.settled_label = QLabel()
        self.settled_label.setObjectName("reviewSettled")
        self.settled_label.setWordWrap(True)
        self.settled_label.setStyleSheet("color:#1e6b32")
        self.settle = QPushButton("解决已改好的批注")
        self.settle.setObjectName("reviewSettle")
        self.settle.setToolTip("把这些批注标为已解决（可撤销）；写稿人的回复照样保留")
        self.settle.clicked.connect(self.settle_requested)
        self.settled_row = button_row(self.settled_label, self.settle)
        self.settled_row.hide()
        self.show_dismissed = QCheckBox("显示已忽略")
        self.show_dismissed.setObjectName("reviewShowDismissed")
        self.show_dismissed.toggled.connect(lambda _on: self._fill())

        top = QHBoxLayout()
        top.addWidget(QLabel("审阅"))
        top.addWidget(self.source, 1)
        top.addWidget(self.recheck)
        bottom = QHBoxLayout()
        bottom.addWidget(self.dismiss)
        bottom.addWidget(self.to_comment)
        bottom.addWidget(self.to_comments)
        bottom.addStretch(1)
        bottom.addWidget(self.show_dismissed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.target)
        layout.addWidget(self.summary)
        layout.addWidget(self.state)
        layout.addWidget(self.reuse_row)
        layout.addWidget(self.settled_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.place_row)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- public ----------------------------------------------------------------------------

    def show_settled(self, quotes: list[str]) -> None:
        """Say which review comments the writer has fixed (``quotes``: what each said,
        shortened), with the button that resolves them; nothing when there are none."""
        if not quotes:
            self.settled_row.hide()
            return
        named = "；".join(quotes[:2]) + ("……" if len(quotes) > 2 else "")
        self.settled_label.setText(f"批注中 {len(quotes)} 条审稿意见所说的问题已不再发现：{named}")
        self.settled_row.show()

    def current_source(self) -> str:
        """What is reviewed: "draft" or "reader". Only the draft's findings can become
        comments or be dismissed (they are stored in the draft), so the buttons ask."""
        return self.source.currentData()

    def set_source(self, source: str) -> None:
        """Choose what to review ("draft" or "reader"). A change of the choice runs the
        check (``source_changed``), so a caller that switches need not start one too."""
        i = self.source.findData(source)
        if i >= 0:
            self.source.setCurrentIndex(i)

    def set_target(self, text: str) -> None:
        """Name the text being reviewed (审阅的是：草稿《…》), so findings are never taken for
        another text's."""
        self.target.setText(text)
        self.target.setVisible(bool(text))

    def enable_comments(self, on: bool) -> None:
        """Offer 转为批注 (the draft editor can hold comments)."""
        self._comments_on = on
        self.to_comments.setVisible(on)
        self.to_comment.setVisible(on)
        self._update_buttons()

    def set_state(self, text: str) -> None:
        """A one-line state under the counts (正在检查… / 查重索引更新中 …)."""
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def show_reuse_progress(self, done: int, total: int) -> None:
        """Show how far the reuse index update is, with its 取消 button."""
        self.reuse_bar.setRange(0, max(total, 1))
        self.reuse_bar.setValue(min(done, total))
        self.reuse_cancel.setEnabled(True)
        self.reuse_row.show()

    def hide_reuse_progress(self) -> None:
        """The update ended (done, cancelled or failed): take the row away."""
        self.reuse_row.hide()

    @property
    def result(self) -> ReviewResult | None:
        """The review shown (None before the first): a dismissal looks its findings up here,
        so what is hidden is what the user saw."""
        return self._result

    def show_result(self, result: ReviewResult | None) -> None:
        """Show the findings of a review (None: nothing to review, and the tree is emptied so
        no finding of a text no longer reviewed stays in sight)."""
        self._result = result
        self._fill()

    def findings_shown(self) -> list[Finding]:
        """The findings listed, in tree order (tests and keyboard navigation); a group's
        findings once each, as the rows under it list them."""
        return [row.data(0, FINDING_ROLE) for row in finding_rows(self.tree)]

    def places_of(self, finding: Finding) -> tuple[Finding, ...]:
        """The places of the problem ``finding`` is one of (a group's findings in list
        order), or ``finding`` alone: what the text tints together when it is shown."""
        row = group_row_of(self.tree, finding)
        return tuple(row.data(0, GROUP_ROLE).findings) if row is not None else (finding,)

    def step_place(self, delta: int) -> None:
        """Go ``delta`` places on (or back) within the current row's group, round the end,
        select that place's row and show it (``finding_activated``)."""
        item = self.tree.currentItem()
        row, index = group_position(item)
        if row is None:
            return
        index = (index + delta) % row.childCount()
        row.setExpanded(True)
        child = row.child(index)
        self.tree.setCurrentItem(child)
        self.tree.scrollToItem(child)
        self.finding_activated.emit(child.data(0, FINDING_ROLE))

    def step_finding(self, delta: int) -> bool:
        """Go ``delta`` findings on (or back) in the list as its rows read, a group's
        places one by one, round the end; select that row and show the finding. False
        when nothing is listed. (F9 / Shift+F9: the office head goes through every
        finding from the text, without the mouse.)"""
        rows = finding_rows(self.tree)
        if not rows:
            return False
        item = self.tree.currentItem()
        if item is not None and item.data(0, GROUP_ROLE) is not None and item.childCount():
            item = item.child(0)  # a group's own row stands for its first place
        at = rows.index(item) if item in rows else (-1 if delta > 0 else 0)
        row = rows[(at + delta) % len(rows)]
        parent = row.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(row)
        self.tree.scrollToItem(row)
        self.finding_activated.emit(row.data(0, FINDING_ROLE))
        return True

    # -- filling -----------------------------------------------------------------------------

    def _fill(self) -> None:
        self.tree.clear()
        result = self._result
        if result is None:
            self.summary.setText("没有可审阅的文稿。")
            self._update_buttons()
            return
        counts = [f"{LEVEL_NAMES[lv]} {result.count(lv)}" for lv in LEVELS]
        hidden = f" · 已忽略 {len(result.dismissed)}" if result.dismissed else ""
        self.summary.setText("　".join(counts) + hidden + result.date_note())
        items = [(f, False) for f in result.findings]
        if self.show_dismissed.isChecked():
            items += [(f, True) for f in result.dismissed]
        fill_tree(self.tree, items, self.font())
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------

    def _current_finding(self) -> tuple[Finding | None, bool]:
        item = self.tree.currentItem()
        if item is None:
            return None, False
        return item.data(0, FINDING_ROLE), bool(item.data(0, DISMISSED_ROLE))

    def _current_target(self) -> tuple[object, bool]:
        """What the buttons act on: the selected finding, or a group row's findings."""
        item = self.tree.currentItem()
        if item is None:
            return None, False
        return row_target(item), bool(item.data(0, DISMISSED_ROLE))

    def _update_buttons(self) -> None:
        f, dismissed = self._current_finding()
        can = f is not None and self.current_source() == "draft"
        findings = bool(self._result is not None and self._result.findings)
        self.to_comments.setEnabled(self.current_source() == "draft" and findings)
        self.to_comment.setEnabled(can and not dismissed)
        self.dismiss.setEnabled(can)
        self.dismiss.setText("恢复此条" if dismissed else "忽略此条")
        item = self.tree.currentItem()
        group = item.data(0, GROUP_ROLE) if item is not None else None
        # three places named under the list, the rest in the rows and the row's tooltip: eight
        # took three lines of a 1280×720 window's panel from the list itself
        more = f"\n{others_line(group, limit=DETAIL_PLACES)}" if group is not None else ""
        self.detail.setText(
            f"{f.message}" + (f"\n建议：{f.suggestion}" if f.suggestion else "") + more if f else ""
        )
        row, index = group_position(item)
        self.place_row.setVisible(row is not None)
        if row is not None:
            self.place_label.setText(f"同一问题第 {index + 1}/{row.childCount()} 处")
        if group is not None:
            self.dismiss.setText(f"{'恢复' if dismissed else '忽略'}这 {len(group)} 处")
            self.to_comment.setText("转为一条批注")
        else:
            self.to_comment.setText("转为批注")

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        f = item.data(0, FINDING_ROLE)
        if f is not None:
            self.finding_activated.emit(f)

    def _dismiss_current(self) -> None:
        target, dismissed = self._current_target()
        if target is not None:
            self.dismiss_requested.emit(target, not dismissed)

    def _comment_current(self) -> None:
        target, dismissed = self._current_target()
        if target is not None and not dismissed:
            self.finding_comment_requested.emit(target)

    def _on_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        f = item.data(0, FINDING_ROLE) if item is not None else None
        if f is None:
            return
        dismissed = bool(item.data(0, DISMISSED_ROLE))
        target = row_target(item)
        n = len(target) if isinstance(target, tuple) else 1
        menu = QMenu(self)
        menu.addAction("转到原文", lambda: self.finding_activated.emit(f))
        if self.current_source() == "draft":
            label = ("恢复" if dismissed else "忽略") + (f"这 {n} 处" if n > 1 else "此条")
            menu.addAction(label, lambda: self.dismiss_requested.emit(target, not dismissed))
            if self._comments_on and not dismissed:
                label = "转为一条批注" if n > 1 else "转为批注"
                menu.addAction(label, lambda: self.finding_comment_requested.emit(target))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
