"""A 审稿 row said the flagged words, the place, then the message on a second line: a
heading's finding named the heading twice ("「一、……」　一、……" over "标题只有省略号…").
Each row is the finding's one line (finding_line), as the pre-export list and the CLI
say it: the place and the words once."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review.panel_text import finding_line
from drafter.ui.panels.review_panel import FINDING_ROLE
from tests.ui.review_setup import review_draft, review_in_window


def _rows(panel) -> list:
    out, stack = [], [panel.tree.invisibleRootItem()]
    while stack:
        item = stack.pop()
        if item.data(0, FINDING_ROLE) is not None:
            out.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return out


def test_each_row_is_the_findings_one_line(qtbot, make_window):
    window = make_window()
    panel = review_in_window(qtbot, window, review_draft()).panel
    rows = _rows(panel)
    assert rows
    for item in rows:
        f = item.data(0, FINDING_ROLE)
        assert item.text(0).startswith(finding_line(f))
        assert "\n" not in item.text(0)


def test_an_unwritten_heading_is_named_once(qtbot, make_window):
    draft = Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：")],
        sections=[
            DraftNode("提高政治站位", [DraftParagraph("要抓好落实。")]),
            DraftNode("……", [DraftParagraph("要抓好落实。")]),
        ],
    )
    window = make_window()
    panel = review_in_window(
        qtbot, window, draft, lambda fs: any(f.text.strip() == "……" for f in fs)
    ).panel
    row = next(i for i in _rows(panel) if i.data(0, FINDING_ROLE).text.strip() == "……")
    assert row.text(0).count("……") == 1
