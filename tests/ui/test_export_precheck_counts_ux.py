"""The export dialog's pre-export check, as a writer under time pressure reads it (ux50's
walk): a draft made from a template, parts still without text. The summary said
"必错 0 处，其中占位符 6 处" in red, and each finding sat on one line behind a horizontal
scroll bar that cut off what was wrong (「三、强化……」这一部分只有标题，还没写正文（下…)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.ui.dialogs.export_dialog import ExportDialog
from tests.ui.review_setup import delivered, review_draft

from .waits import WAIT_MS


def _unfinished() -> Draft:
    """A speech from a skeleton: the opening written, two parts still only a heading."""
    return Draft(
        meta=DraftMeta(title="在全市办公室系统业务培训班开班仪式上的讲话"),
        opening=[DraftParagraph("同志们：这次培训班很有必要。下面，我讲三点意见。")],
        sections=[
            DraftNode("坚持一个原则，精心组织，搞好服务", [DraftParagraph("办公室要搞好服务。")]),
            DraftNode("保持两个畅通，有序运转，规范高效，全面提高综合协调工作水平"),
            DraftNode("强化三多，强基固本，锐意进取，全面提高自身素质"),
        ],
    )


def _checked(qtbot, draft: Draft) -> ExportDialog:
    dialog = ExportDialog(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    delivered(qtbot, lambda: dialog.precheck.result is not None)
    return dialog


def test_unwritten_parts_are_counted_as_such_not_as_part_of_no_errors(qtbot):
    check = _checked(qtbot, _unfinished()).precheck
    text = check.summary.text()
    assert check.list.count() == 2
    assert "必错" not in text and "其中" not in text
    assert "占位符或未写正文 2 处" in text
    assert "#a61c00" not in check.summary.styleSheet()  # not the errors' red


def test_errors_and_placeholders_are_each_counted_once(qtbot):
    check = _checked(qtbot, review_draft()).precheck
    errors = [f for f in check.result.findings if f.level == "error"]
    assert errors
    assert f"必错 {len(errors)} 处" in check.summary.text()
    assert "#a61c00" in check.summary.styleSheet()


def test_a_long_finding_wraps_in_the_list_instead_of_scrolling_sideways(qtbot):
    dialog = _checked(qtbot, _unfinished())
    listing = dialog.precheck.list
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.waitUntil(lambda: listing.visualItemRect(listing.item(0)).height() > 0, timeout=WAIT_MS)
    item = listing.item(0)
    assert item.text().endswith("这一部分只有标题，还没写正文（下面没有段落）")
    rect = listing.visualItemRect(item)
    line = listing.fontMetrics().height()
    assert rect.width() <= listing.viewport().width()
    assert rect.height() >= 2 * line  # the message goes on to a second line, all of it shown


def test_errors_that_are_all_placeholders_are_said_to_be():
    """A skeleton's …… headings are errors and placeholders both: 必错 9 处（均为占位符）,
    not 必错 9 处（其中占位符 9 处）."""
    from drafter.review.model import Finding
    from drafter.ui.dialogs.review_precheck import stop_summary

    slot = Finding("placeholder.slot", "placeholder", "error", "标题只有省略号", "……")
    unwritten = Finding("placeholder.unwritten", "placeholder", "warning", "只有标题", "")
    typo = Finding("date.invalid", "date", "error", "不存在的日期", "12月32日")
    assert "必错 2 处（均为占位符）" in stop_summary([slot, slot])
    assert "必错 2 处（其中占位符 1 处），另有占位符或未写正文 1 处" in stop_summary(
        [slot, typo, unwritten]
    )


def test_a_placeholder_met_again_is_one_row_with_its_count(qtbot):
    """A passage pasted from the library with 市委秘书长xx … xx主任 … xx书记 in it: five
    rows of the same 占位符“xx”尚未替换 under one heading became one row saying 共 N 处;
    the summary still counts each."""
    draft = _unfinished()
    draft.sections[0].paragraphs.append(
        DraftParagraph("市委秘书长xx向大家表示问候。刚才xx主任传达了区委xx书记的指示。")
    )
    check = _checked(qtbot, draft).precheck
    rows = [check.list.item(i).text() for i in range(check.list.count())]
    xx = [r for r in rows if "xx" in r]
    assert len(xx) == 1 and xx[0].endswith("（共 3 处）")
    assert "必错 3 处（均为占位符）" in check.summary.text()


def test_a_draft_without_a_title_is_stopped_at_before_export(qtbot):
    """A draft from a template of the writer's own has an empty 标题 until one is typed;
    the Word file then began with 同志们： and the check said nothing."""
    draft = Draft(
        meta=DraftMeta(title=""),
        opening=[DraftParagraph("同志们：")],
        sections=[DraftNode("抓好落实", [DraftParagraph("要抓好落实。")])],
    )
    check = _checked(qtbot, draft).precheck
    assert check.summary.text().startswith("导出前审稿：稿件还没有标题。")
    assert check.list.item(0).text().startswith("标题区：稿件还没有标题")
    draft.meta.title = "在全区工作会议上的讲话"
    check = _checked(qtbot, draft).precheck
    assert "未发现" in check.summary.text() and check.list.count() == 0
