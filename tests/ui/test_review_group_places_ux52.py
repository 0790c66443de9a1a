"""One problem met again (共 N 处) is shown at all its places, and stepped through.

Walking the office head's path on seed 000 (a writer's speech with 市委秘书长xx, xx主任, xx书记,
xx区长 in one paragraph): the 审稿 list's row 「xx」（共 4 处） went to the first xx and tinted
it alone; the other three, a line further on, looked checked. Now the shown place is
tinted and the group's other places in the same part are tinted lighter; 上一处/下一处
under the list go from place to place (the rows of places that read alike, 开头「xx」 four
times, say a few characters around the words) (into another part of the draft too), say which
place it is (第 2/3 处) and go round the end. The same holds in the reader.
"""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review.text import document_from_lines
from drafter.ui.docks import menu_titled
from drafter.ui.panels.review_panel import FINDING_ROLE
from drafter.ui.review_controller import _MARK_PROPERTY, OTHER_PLACE_BG, SPAN_BG
from tests.ui.review_setup import group_row, review_in_reader, review_in_window, select_finding


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：刚才XX主任传达了XX书记的指示，请大家认真落实。")],
        sections=[
            DraftNode("提高政治站位", [DraftParagraph("请XX同志牵头，抓好落实。")]),
            DraftNode("突出工作重点", [DraftParagraph("要抓好落实。")]),
        ],
    )


def _ours(view) -> list[tuple[str, str]]:
    """Our tints in ``view``: (words, colour) in text order."""
    marks = [x for x in view.extraSelections() if x.format.property(_MARK_PROPERTY)]
    marks.sort(key=lambda x: x.cursor.selectionStart())
    return [(x.cursor.selectedText(), x.format.background().color().name()) for x in marks]


def _xx(fs) -> list:
    return [f for f in fs if f.rule == "placeholder.x"]


def test_group_row_tints_every_place_and_steps_through_them(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, _draft(), lambda fs: len(_xx(fs)) == 3)
    panel, edit = ctrl.panel, window.editor.editor
    row = group_row(panel)
    assert row.text(0).endswith("（共 3 处）")
    # the two places in the opening read apart by their context, the third by its heading
    assert [row.child(i).text(0) for i in range(3)] == [
        "开头 …同志们：刚才「XX」主任传达了X…",
        "开头 …X主任传达了「XX」书记的指示，…",
        "「一、提高政治站位」下「XX」",
    ]
    panel.tree.setCurrentItem(row)
    assert panel.place_row.isVisible()
    assert panel.place_label.text() == "同一问题第 1/3 处"
    qtbot.mouseClick(panel.tree.viewport(), _left(), pos=panel.tree.visualItemRect(row).center())
    # the opening is shown: its first XX is the place, its second tinted beside it
    assert edit.textCursor().selectedText() == "XX"
    first = edit.textCursor().selectionStart()
    span, other = SPAN_BG.name(), OTHER_PLACE_BG.name()
    assert _ours(edit) == [("XX", span), ("XX", other)]

    panel.next_place.click()
    assert panel.place_label.text() == "同一问题第 2/3 处"
    assert panel.tree.currentItem() is row.child(1) and row.isExpanded()
    assert edit.textCursor().selectedText() == "XX"
    assert edit.textCursor().selectionStart() > first
    assert _ours(edit) == [("XX", other), ("XX", span)]

    panel.next_place.click()  # into another part of the draft
    assert panel.place_label.text() == "同一问题第 3/3 处"
    assert window.editor.current_key() == window.editor.draft.sections[0].id
    assert edit.textCursor().selectedText() == "XX"
    assert _ours(edit) == [("XX", span)]

    panel.next_place.click()  # round the end
    assert panel.place_label.text() == "同一问题第 1/3 处"
    assert edit.textCursor().selectionStart() == first
    panel.prev_place.click()
    assert panel.place_label.text() == "同一问题第 3/3 处"


def test_a_finding_met_once_has_no_place_row(qtbot, make_window):
    window = make_window()
    draft = _draft()
    draft.sections[1].paragraphs[0].text = "要在2025年12月32日前抓好落实。"
    ctrl = review_in_window(
        qtbot, window, draft, lambda fs: any(f.rule == "date.invalid" for f in fs)
    )
    alone = next(f for f in ctrl.panel.findings_shown() if f.rule == "date.invalid")
    select_finding(ctrl.panel, alone)
    assert not ctrl.panel.place_row.isVisible()
    assert ctrl.panel.places_of(alone) == (alone,)


def test_reader_tints_all_places_of_a_group(qtbot, make_window):
    window = make_window()
    doc = document_from_lines(
        ["同志们：", "一、总体要求", "请XX同志牵头，XX同志配合。", "二、重点任务", "由XX负责。"],
        date="2026-01-05",
    )
    ctrl = review_in_reader(qtbot, window, doc, lambda fs: len(_xx(fs)) == 3)
    row = group_row(ctrl.panel)
    ctrl.panel.tree.setCurrentItem(row)
    ctrl.panel.next_place.click()
    view = window.reader_panel.view
    span, other = SPAN_BG.name(), OTHER_PLACE_BG.name()
    assert _ours(view) == [("XX", other), ("XX", span), ("XX", other)]
    assert view.textCursor().selectedText() == "XX"


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_detail_names_three_other_places_and_leaves_the_rest_to_the_rows(qtbot, make_window):
    """At 1280×720 a group of twelve named eight places under the list, three lines taken
    from the list that holds a row for each of them anyway."""
    window = make_window()
    names = ("提高政治站位", "突出工作重点", "强化责任落实", "加强作风建设", "抓好组织保障")
    draft = Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：今天召开这次会议。")],
        sections=[DraftNode(n, [DraftParagraph(f"请XX同志牵头{n}。")]) for n in names],
    )
    ctrl = review_in_window(qtbot, window, draft, lambda fs: len(_xx(fs)) == 5)
    row = group_row(ctrl.panel)
    ctrl.panel.tree.setCurrentItem(row)
    line = ctrl.panel.detail.text().splitlines()[-1]
    assert line.startswith("同样的问题共 5 处，另见：") and line.endswith("等")
    assert line.count("「XX」") == 3
    assert row.toolTip(0).count("「XX」") == 4  # the tooltip still names every other place


def test_f9_goes_through_every_finding_from_the_text(qtbot, make_window):
    """F9 / Shift+F9 step through the list from wherever the focus is (a finding shown
    puts it in the text): the office head went back to the list with the mouse for each."""
    from PySide6.QtCore import Qt

    window = make_window()
    draft = _draft()
    draft.sections[1].paragraphs[0].text = "要在2025年12月32日前抓好落实。"
    ctrl = review_in_window(qtbot, window, draft, lambda fs: len(_xx(fs)) == 3)
    panel, edit = ctrl.panel, window.editor.editor
    shown = panel.findings_shown()
    assert len(shown) >= 4
    window.activateWindow()
    edit.setFocus()
    seen = []
    for _ in shown:
        qtbot.keyClick(window.focusWidget() or edit, Qt.Key.Key_F9)
        seen.append(panel.tree.currentItem().data(0, FINDING_ROLE))
    assert seen == shown  # every finding once, a group's places one by one, in list order
    qtbot.keyClick(window.focusWidget() or edit, Qt.Key.Key_F9)  # round the end
    assert panel.tree.currentItem().data(0, FINDING_ROLE) == shown[0]
    qtbot.keyClick(window.focusWidget() or edit, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert panel.tree.currentItem().data(0, FINDING_ROLE) == shown[-1]
    assert set(window.review_step_actions) <= set(menu_titled(window, "审阅").actions())
