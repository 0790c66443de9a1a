"""The 审稿 dock tests' shared setting: a speech for the reader, a speech draft with known findings (a placeholder,
an impossible date, a mismatched year), reviewing a draft in the window until the findings
a test waits for are in, and selecting a finding in the list as a click does."""

from __future__ import annotations

from collections.abc import Callable

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph

from .waits import WAIT_MS

# The bound on background work the UI tests' teardown already allows (conftest's
# POOL_DRAIN_MS): a review that takes longer than this is stuck, not slow.
REVIEW_BOUND_MS = 120_000

# a published speech (its part numbers skip 三、) the tests open in the reader, as the office
# head does before pressing 审稿
SPEECH = """在全区办公室工作会议上的讲话
同志们：
下面，我讲三点意见。
一、总体要求
要抓好落实。
二、重点任务
要抓好落实。
四、保障措施
要抓好落实。
"""


def review_draft() -> Draft:
    """A short speech whose review has errors and warnings of several kinds, so grouping,
    counts, clicks and dismissals have something to act on."""
    return Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：下面，我讲四点意见。")],
        sections=[
            DraftNode("提高政治站位", [DraftParagraph("请XX同志牵头，2025年12月32日前完成。")]),
            DraftNode("突出工作重点", [DraftParagraph("今年（2024年）是关键之年。")]),
            DraftNode("强化责任落实", [DraftParagraph("要抓好落实。")]),
        ],
    )


def review_in_window(qtbot, window, draft: Draft, found: Callable[[list], bool] = bool):
    """Open ``draft`` in the window's editor, show the 审稿 dock in front and review now;
    return the review controller once the findings satisfy ``found`` (by default: any)."""
    ctrl = window.review
    window.editor.set_draft(draft, ask=False)
    ctrl.dock.show()
    ctrl.dock.raise_()
    ctrl.run_now()
    delivered(qtbot, lambda: ctrl.panel.result is not None and found(ctrl.panel.result.findings))
    return ctrl


def review_in_reader(qtbot, window, doc, found: Callable[[list], bool] = bool):
    """Show ``doc`` in the window's reader, show the 审稿 dock and review 阅读器中的文稿;
    return the review controller once the findings satisfy ``found`` (by default: any)."""
    ctrl = window.review
    window.reader_panel.show_document(doc)
    ctrl.dock.show()
    ctrl.panel.set_source("reader")
    delivered(qtbot, lambda: ctrl.panel.result is not None and found(ctrl.panel.result.findings))
    return ctrl


def delivered(qtbot, ready: Callable[[], bool]) -> None:
    """Wait until ``ready()`` holds after the background work now queued has run.

    The first review in a test process imports jieba.posseg and loads jieba's dictionary
    (seconds of CPU, many more on a loaded machine running ``-n 2`` beside other
    sessions), so a fixed wait for the result raced that cold start. Waiting for the
    thread pool to drain first has no such race; what is left is the queued delivery
    of the outcome to the GUI thread, which the event loop hands over at once."""
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(REVIEW_BOUND_MS), "review still running"
    qtbot.waitUntil(ready, timeout=WAIT_MS)


def select_finding(panel, finding) -> None:
    """Make ``finding`` the current row of the 审稿 list, as a click on it does. The items
    are walked themselves: a QTreeWidgetItemIterator left behind by an early return stays
    registered with the tree, and a later clear() (the next review) crashed on it. A
    finding of a group is its own row under the group's (the group's row stands for all)."""
    from drafter.ui.panels.review_panel import FINDING_ROLE, GROUP_ROLE

    stack = [panel.tree.invisibleRootItem()]
    while stack:
        item = stack.pop()
        if item.data(0, FINDING_ROLE) == finding and item.data(0, GROUP_ROLE) is None:
            panel.tree.setCurrentItem(item)
            return
        stack.extend(item.child(i) for i in range(item.childCount()))
    raise AssertionError(finding)


def group_row(panel):
    """The first row of the 审稿 list that stands for a group of findings (共 N 处), walked
    as :func:`select_finding` walks them; the tests of one problem met again start there."""
    from drafter.ui.panels.review_panel import GROUP_ROLE

    stack = [panel.tree.invisibleRootItem()]
    while stack:
        item = stack.pop()
        if item.data(0, GROUP_ROLE) is not None:
            return item
        stack.extend(item.child(i) for i in range(item.childCount()))
    raise AssertionError("no group row")
