"""The 审稿 panel's tree: rows built from findings (级别 › 类别 › 问题, one problem met
again as a group row with its places below it) and the walks over those rows.

Kept apart from :mod:`drafter.ui.panels.review_panel` so the panel holds its widgets and
actions while what a row stands for, and how the rows are found again, is read in one
place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from drafter.review.groups import FindingGroup, group_findings, others_line, places_apart
from drafter.review.model import CATEGORIES, LEVEL_NAMES, LEVELS, Finding
from drafter.review.panel_text import finding_line, snippet

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
DISMISSED_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # a row that stands for a FindingGroup
LEVEL_COLOURS = {"error": "#b3261e", "warning": "#b06000", "hint": "#1a5fb4"}


def fill_tree(tree: QTreeWidget, items: list[tuple[Finding, bool]], font: QFont) -> None:
    """Add ``items`` (a finding and whether it is dismissed) to the emptied ``tree`` as
    级别 › 类别 › 问题, a problem met again as one group row; 未发现问题。 when there are
    none. Hints fold when there are many, so errors stay in sight."""
    if not items:
        empty = QTreeWidgetItem(["未发现问题。"])
        empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        tree.addTopLevelItem(empty)
        return
    bold = QFont(font)
    bold.setBold(True)
    for level in LEVELS:
        of_level = [(f, d) for f, d in items if f.level == level]
        if not of_level:
            continue
        top = QTreeWidgetItem([f"{LEVEL_NAMES[level]}（{len(of_level)}）"])
        top.setFont(0, bold)
        top.setForeground(0, QBrush(QColor(LEVEL_COLOURS[level])))
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        tree.addTopLevelItem(top)
        for category, name in CATEGORIES.items():
            of_cat = [(f, d) for f, d in of_level if f.category == category]
            if not of_cat:
                continue
            group = QTreeWidgetItem([f"{name}（{len(of_cat)}）"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.addChild(group)
            for dismissed in (False, True):
                same = [f for f, d in of_cat if d is dismissed]
                for found in group_findings(same):
                    group.addChild(finding_row(found, dismissed))
        top.setExpanded(True)
        for i in range(top.childCount()):
            top.child(i).setExpanded(level != "hint" or len(of_level) <= 12)


def finding_row(group: FindingGroup, dismissed: bool) -> QTreeWidgetItem:
    """A finding's row, or a group's: the first finding's line with 共 N 处, a click
    going to the first, and a row for each place below it (collapsed)."""
    if len(group) == 1:
        return finding_item(group.first, dismissed)
    item = finding_item(group.first, dismissed)
    item.setText(0, f"{item.text(0)}（共 {len(group)} 处）")
    item.setData(0, GROUP_ROLE, group)
    f = group.first
    item.setToolTip(0, f"{f.message}\n{others_line(group)}\n规则：{f.rule}")
    # places that would read alike (开头「xx」 ×4) say their context: the office head
    # stepping through them saw four identical rows
    for one, label in zip(group.findings, places_apart(group), strict=True):
        child = finding_item(one, dismissed)
        fix = f" → {snippet(one.suggestion, 12)}" if one.suggestion else ""
        child.setText(0, f"{label}{fix}")
        item.addChild(child)
    return item


def finding_item(f: Finding, dismissed: bool) -> QTreeWidgetItem:
    """A single finding's row: its place and words once, the fix after an arrow, the
    message, place and rule in the tooltip, greyed when dismissed."""
    # the place and the words once (finding_line), as the pre-export list and the CLI
    # say them: "「一、……」\n一、……标题只有省略号" named a heading twice
    fix = f" → {snippet(f.suggestion, 12)}" if f.suggestion else ""
    item = QTreeWidgetItem([f"{finding_line(f)}{fix}"])
    item.setData(0, FINDING_ROLE, f)
    item.setData(0, DISMISSED_ROLE, dismissed)
    path = " › ".join(f.section) if f.section else f.where
    # a title-block finding (paragraph None) is placed by its field's name alone
    at = f"（第{f.paragraph + 1}段）" if f.paragraph is not None else ""
    item.setToolTip(0, f"{f.message}\n位置：{path}{at}\n规则：{f.rule}")
    if dismissed:
        item.setForeground(0, QBrush(QColor("#999")))
    return item


def finding_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The rows of single findings in tree order (a group's row left out, its place
    rows in), as the panel's ``findings_shown`` lists their findings."""
    out = []
    stack = [tree.invisibleRootItem().child(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item.data(0, FINDING_ROLE) is not None and item.data(0, GROUP_ROLE) is None:
            out.append(item)
        stack[0:0] = [item.child(i) for i in range(item.childCount())]
    return out


def group_row_of(tree: QTreeWidget, finding: Finding) -> QTreeWidgetItem | None:
    """The group row that lists ``finding`` among its places, or None: a finding met once
    has no row of its own group."""
    stack = [tree.invisibleRootItem()]
    while stack:
        item = stack.pop()
        group = item.data(0, GROUP_ROLE)
        if group is not None and finding in group.findings:
            return item
        stack.extend(item.child(i) for i in range(item.childCount()))
    return None


def row_target(item: QTreeWidgetItem) -> object:
    """The finding a row stands for, or a group row's findings as a tuple."""
    group = item.data(0, GROUP_ROLE)
    return tuple(group.findings) if group is not None else item.data(0, FINDING_ROLE)


def group_position(item: QTreeWidgetItem | None) -> tuple[QTreeWidgetItem | None, int]:
    """The group row ``item`` belongs to and which place it is (a group's own row is its
    first place), or (None, -1) for a finding met once."""
    if item is None:
        return None, -1
    if item.data(0, GROUP_ROLE) is not None:
        return item, 0
    parent = item.parent()
    if parent is not None and parent.data(0, GROUP_ROLE) is not None:
        return parent, parent.indexOfChild(item)
    return None, -1
