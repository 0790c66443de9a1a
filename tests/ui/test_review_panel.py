"""The 审稿 panel in the window: findings grouped with counts, a click selects the exact
span in the editor or the reader, edits are re-checked off the GUI thread, a dismissal is
kept in the draft and undoable, and the pre-export check lists what remains."""

from __future__ import annotations

from drafter.drafts.model import DraftParagraph
from drafter.review.anchor import token
from drafter.review.text import document_from_lines
from tests.ui.review_setup import (
    delivered,
    review_draft,
    review_in_reader,
    review_in_window,
    select_finding,
)

from .waits import WAIT_MS


def test_findings_grouped_by_level_and_category_with_counts(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    panel = ctrl.panel
    tops = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert tops[0].startswith("必错（")
    errors = panel.tree.topLevelItem(0)
    groups = [errors.child(i).text(0) for i in range(errors.childCount())]
    assert any(g.startswith("占位符（") for g in groups)
    assert any(g.startswith("日期（") for g in groups)
    assert any(g.startswith("数目（") for g in groups)
    assert "必错" in panel.summary.text() and "2026-03-02" in panel.summary.text()


def test_click_selects_the_span_in_the_editor(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    f = next(x for x in ctrl.panel.findings_shown() if x.rule == "placeholder.x")
    ctrl.show_finding(f)
    node = window.editor.draft.sections[0]
    assert window.editor.current_key() == node.id
    cursor = window.editor.editor.textCursor()
    assert cursor.selectedText() == "XX"
    assert window.editor.editor.extraSelections()


def test_edit_is_rechecked_after_a_pause(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    before = ctrl.panel.result
    session = window.editor.session
    node = window.editor.draft.sections[0]
    paras = [DraftParagraph("请张三同志牵头，2025年12月31日前完成。", id=node.paragraphs[0].id)]
    session.edit_paragraphs(node.id, paras)
    qtbot.waitUntil(lambda: ctrl.panel.result is not before, timeout=WAIT_MS)
    rules = {f.rule for f in ctrl.panel.result.findings}
    assert "placeholder.x" not in rules and "date.invalid" not in rules


def test_dismiss_is_kept_in_the_draft_and_undoable(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    f = next(x for x in ctrl.panel.findings_shown() if x.rule == "date.invalid")
    ctrl.dismiss(f, True)
    assert token(f) in window.editor.draft.review_dismissed
    assert f not in ctrl.panel.findings_shown()
    assert window.editor.session.dirty
    assert "review_dismissed" in window.editor.draft.to_json()
    window.editor.session.undo_stack.undo()
    assert token(f) not in window.editor.draft.review_dismissed
    ctrl.run_now()
    qtbot.waitUntil(
        lambda: any(x.rule == "date.invalid" for x in ctrl.panel.findings_shown()), timeout=WAIT_MS
    )


def test_reader_document_is_reviewed_and_click_selects_span(qtbot, make_window):
    window = make_window()
    doc = document_from_lines(
        [
            "一、总体要求",
            "要抓好落实。",
            "二、重点任务",
            "要抓好落实。",
            "四、保障措施",
            "要抓好落实。",
        ],
        date="2026-01-05",
    )
    ctrl = review_in_reader(qtbot, window, doc)
    f = next(x for x in ctrl.panel.findings_shown() if x.rule == "numbering.gap")
    ctrl.show_finding(f)
    assert window.reader_panel.view.textCursor().selectedText() == "四、"


def test_pre_export_check_lists_errors_and_still_exports(qtbot, tmp_path):
    from drafter.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(review_draft())
    qtbot.addWidget(dialog)
    check = dialog.precheck
    delivered(qtbot, lambda: check.result is not None)
    assert "必错" in check.summary.text()
    assert "占位符" in check.summary.text()
    assert check.list.count() >= 3
    assert dialog.export_button.isEnabled()


def test_preferences_page_validates_saves_and_switches_rules(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from drafter.review.office import load_lists
    from drafter.ui.dialogs.review_lists import ReviewListsPage

    page = ReviewListsPage(tmp_path)
    qtbot.addWidget(page)
    page.which.setCurrentIndex(page.which.findData("wording.toml"))
    assert "[[wording]]" in page.editor.toPlainText()
    page.editor.setPlainText('[[wording]]\nwrong = "("\nright = "x"\n')
    assert not page.save()
    assert "wording.toml:2:" in page.message.text()
    assert page.editor.textCursor().blockNumber() == 1
    page.editor.setPlainText('[[wording]]\nwrong = "抓好落实"\nright = "狠抓落实"\n')
    with qtbot.waitSignal(page.lists_saved, timeout=WAIT_MS):
        assert page.save()
    assert load_lists(tmp_path).wording[0].right == "狠抓落实"
    item = next(
        page.rules.item(i)
        for i in range(page.rules.count())
        if page.rules.item(i).data(Qt.ItemDataRole.UserRole) == "parallelism.length"
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    page.save_rules()
    assert "parallelism.length" in load_lists(tmp_path).disabled_rules


def test_controller_picks_up_saved_lists(qtbot, make_window, tmp_path):
    from drafter.library.library import Library
    from drafter.review.office import save_list

    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    library = Library.open(tmp_path / "lib", workers=1)
    ctrl.set_library(library)
    qtbot.waitUntil(lambda: ctrl.reuse_ready, timeout=WAIT_MS)
    save_list(library.root, "ignore.toml", '[rules]\ndisabled = ["placeholder.x"]\n')
    before = ctrl.panel.result
    ctrl.run_now()
    qtbot.waitUntil(lambda: ctrl.panel.result is not before, timeout=WAIT_MS)
    assert "placeholder.x" not in {f.rule for f in ctrl.panel.result.findings}
    ctrl.reuse.close()
    library.close()


def test_findings_become_comments_on_the_draft(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    assert ctrl.panel.to_comments.isVisible()
    before = len(window.editor.draft.comments)
    ctrl.panel.to_comments.click()  # reviewed again on a worker, then added in one step
    qtbot.waitUntil(lambda: len(window.editor.draft.comments) > before, timeout=WAIT_MS)
    comments = window.editor.draft.comments
    assert any(c.quote == "XX" for c in comments)
    window.editor.session.undo_stack.undo()
    assert len(window.editor.draft.comments) == before


def test_one_finding_becomes_a_comment_on_its_words_undoably(qtbot, make_window):
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    panel = ctrl.panel
    f = next(x for x in panel.findings_shown() if x.rule == "placeholder.x")
    select_finding(panel, f)
    assert panel.to_comment.isVisible() and panel.to_comment.isEnabled()
    panel.to_comment.click()
    comments = window.editor.draft.comments
    assert len(comments) == 1
    c = comments[0]
    node = window.editor.draft.sections[0]
    assert c.target == node.paragraphs[0].id
    assert (c.start, c.end, c.quote) == (1, 3, "XX")
    assert c.origin == "review:placeholder.x" and "占位符" in c.text
    panel.to_comment.click()  # the same finding twice: nothing added twice
    assert len(window.editor.draft.comments) == 1
    window.editor.session.undo_stack.undo()
    assert window.editor.draft.comments == []


def test_one_finding_after_an_edit_lands_on_its_moved_words(qtbot, make_window):
    """The writer typed in front of the words after the review ran: the comment still
    goes on 'XX', not on the characters now at the old offsets."""
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    f = next(x for x in ctrl.panel.findings_shown() if x.rule == "placeholder.x")
    ctrl.timer.stop()
    node = window.editor.draft.sections[0]
    para = node.paragraphs[0]
    edited = [DraftParagraph("经研究，请XX同志牵头，2025年12月32日前完成。", id=para.id)]
    window.editor.session.edit_paragraphs(node.id, edited)
    ctrl.commenter.one(f)
    c = window.editor.draft.comments[-1]
    assert c.quote == "XX"
    assert edited[0].text[c.start : c.end] == "XX"


OLD_SPEECH = (
    "全区办公室工作会议上的讲话\n（2023年2月10日）\n同志们：\n"
    "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑，"
    "2023年全区共办理文件12000件。\n"
)


def test_reuse_in_the_app_follows_library_changes(qtbot, make_window, tmp_path):
    from drafter.library.library import Library

    window = make_window()
    ctrl = window.review
    library = Library.open(tmp_path / "lib", workers=1)
    ctrl.set_library(library)
    qtbot.waitUntil(lambda: ctrl.reuse_ready, timeout=WAIT_MS)
    (tmp_path / "old.txt").write_text(OLD_SPEECH, encoding="utf-8")
    for _ in library.add([tmp_path / "old.txt"]):
        pass
    ctrl.library_changed()  # what the library panel signals after an import
    qtbot.waitUntil(lambda: ctrl.reuse_ready, timeout=WAIT_MS)
    draft = review_draft()
    draft.sections[2].paragraphs.append(
        DraftParagraph(
            "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑，"
            "2023年全区共办理文件12000件。"
        )
    )
    window.editor.set_draft(draft, ask=False)
    ctrl.run_now()
    qtbot.waitUntil(
        lambda: (
            ctrl.panel.result is not None
            and any(f.rule == "reuse.copied" for f in ctrl.panel.result.findings)
        ),
        timeout=WAIT_MS,
    )
    copied = next(f for f in ctrl.panel.result.findings if f.rule == "reuse.copied")
    assert "全区办公室工作会议上的讲话" in copied.message and "2023-02-10" in copied.message
    ctrl.reuse.close()
    library.close()


def test_pre_export_check_uses_the_office_lists(qtbot, make_window, tmp_path):
    from drafter.library.library import Library
    from drafter.review.office import save_list
    from drafter.ui.dialogs.export_dialog import ExportDialog

    window = make_window()
    library = Library.open(tmp_path / "lib", workers=1)
    save_list(
        library.root,
        "wording.toml",
        '[[wording]]\nwrong = "抓好落实"\nright = "狠抓落实"\nlevel = "error"\n',
    )
    window.review.set_library(library)
    dialog = ExportDialog(review_draft(), parent=window.editor)
    qtbot.addWidget(dialog)
    delivered(qtbot, lambda: dialog.precheck.result is not None)
    assert any(f.rule == "wording.list" for f in dialog.precheck.result.findings)
    qtbot.waitUntil(lambda: window.review.reuse_ready, timeout=WAIT_MS)
    window.review.reuse.close()
    library.close()


def test_f7_and_the_menu_show_the_review_dock(qtbot, make_window):
    window = make_window()
    ctrl = window.review
    window.library_dock.raise_()
    assert window.review_action.shortcut().toString() == "F7"
    window.review_action.trigger()  # what F7 or the toolbar button does
    qtbot.waitUntil(lambda: not ctrl.dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    review_menu = next(m for t, m in menus.items() if t.startswith("审阅"))
    assert window.review_action in review_menu.actions()


def test_menu_conversion_runs_on_the_worker_with_the_panel_lists(qtbot, make_window):
    """审阅 › 审稿意见转为批注 goes through the same worker as 全部转为批注."""
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    action = window.editor.office.review_comments_action
    action.trigger()
    assert ctrl.commenter.busy or window.editor.draft.comments
    qtbot.waitUntil(lambda: bool(window.editor.draft.comments), timeout=WAIT_MS)
    assert any(c.origin == "review:placeholder.x" for c in window.editor.draft.comments)
    window.editor.session.undo_stack.undo()
    assert window.editor.draft.comments == []


def test_click_on_a_title_block_finding_selects_it_in_the_meta_field(qtbot, make_window):
    window = make_window()
    draft = review_draft()
    draft.meta.title = "在XX区办公室工作会议上的讲话"
    ctrl = review_in_window(
        qtbot, window, draft, lambda found: any(f.paragraph is None for f in found)
    )
    f = next(x for x in ctrl.panel.findings_shown() if x.paragraph is None)
    assert (f.rule, f.level, f.section) == ("placeholder.x", "error", ("标题",))
    ctrl.show_finding(f)
    edit = window.editor.meta.edits["title"]
    assert edit.selectedText() == "XX"


def test_pre_export_check_lists_title_block_placeholders(qtbot):
    from drafter.ui.dialogs.export_dialog import ExportDialog

    draft = review_draft()
    draft.meta.speaker = "××"
    dialog = ExportDialog(draft)
    qtbot.addWidget(dialog)
    check = dialog.precheck
    delivered(qtbot, lambda: check.result is not None)
    lines = [check.list.item(i).text() for i in range(check.list.count())]
    assert any("讲话人" in line and "××" in line for line in lines), lines
