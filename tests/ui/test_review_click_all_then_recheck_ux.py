"""Clicking every finding, dismissing one and reviewing again leaves the 审稿 list whole.

Walking the office head's path, a test-side walk that clicked each of 28 findings of a real
speech in turn (through the shared helper ``select_finding``), dismissed one and reviewed
again crashed the whole process inside QTreeWidget.clear(): the helper walked the list
with a QTreeWidgetItemIterator, which PySide leaves registered with the tree after an early
return, and a later clear() touched it. The helper walks the items themselves now; this
test is that walk, on a draft of our own with as many findings.
"""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from tests.ui.review_setup import review_in_window, select_finding

from .waits import WAIT_MS


def _many_findings() -> Draft:
    heads = ["提高政治站位", "突出工作重点", "强化责任落实", "加强作风建设", "狠抓工作落实"]
    return Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：今天召开这次会议，XX同志主持。")],
        sections=[
            DraftNode(
                h,
                [
                    DraftParagraph(f"请XX同志牵头，XXX同志配合，{i}月底前由某某局完成。")
                    for i in range(1, 6)
                ],
            )
            for h in heads
        ],
    )


def test_click_each_finding_dismiss_one_and_review_again(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, _many_findings(), lambda fs: len(fs) >= 25)
    shown = ctrl.panel.findings_shown()
    for f in shown:  # the head reads them one by one
        select_finding(ctrl.panel, f)
        ctrl.show_finding(f)
    select_finding(ctrl.panel, shown[0])
    ctrl.panel.dismiss.click()
    ctrl.run_now()
    qtbot.waitUntil(lambda: not ctrl.checking, timeout=WAIT_MS)
    qtbot.wait(100)
    after = ctrl.panel.findings_shown()
    assert shown[0] not in after and len(after) == len(shown) - 1
