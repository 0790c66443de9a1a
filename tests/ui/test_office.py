"""The office head's workflow in the app: open a writer's .docx, comment, versions,
compare side by side, 修订稿 and the outline view, driving the real widgets."""

from __future__ import annotations

import copy
import zipfile

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from drafter.drafts.anchors import add_comment
from drafter.drafts.history import list_versions
from drafter.drafts.store import load_draft
from drafter.export import export_draft
from drafter.settings import Settings
from drafter.ui.dialogs.compare_dialog import COLORS, CompareDialog
from drafter.ui.dialogs.outline_dialog import OutlineDialog
from drafter.ui.dialogs.versions_dialog import VersionsDialog
from tests.export.conftest import build_speech

from .draft_setup import head_editor
from .waits import WAIT_MS


@pytest.fixture
def panel(make_editor):
    return head_editor(make_editor)


def _select(editor, block_number: int, start: int, end: int) -> None:
    block = editor.document().findBlockByNumber(block_number)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_open_writers_docx_with_its_comments(panel, tmp_path):
    draft = build_speech()
    add_comment(draft, draft.sections[0].id, "标题再凝练", author="李处长")
    src = export_draft(draft, tmp_path / "写作者初稿.docx")
    assert panel.open_draft(src)
    assert panel.path is None and panel.session.dirty  # a new draft, not yet saved
    assert panel.draft.source == str(src.resolve())
    assert [n.heading for n in panel.draft.sections][0] == "充分认识办公室工作的重要地位"
    pane = panel.office.comments
    assert pane.list.count() == 1 and "标题再凝练" in pane.list.item(0).text()
    assert "1 条未解决" in pane.title.text()
    assert str(src) in panel.settings.recent_drafts  # recent files list documents too
    # saving offers a draft beside the source
    assert panel.files._ask_save_path.__func__  # the dialog is a method tests can replace
    panel.files._ask_save_path = lambda: str(tmp_path / "写作者初稿.json")
    assert panel.save()
    assert load_draft(tmp_path / "写作者初稿.json").comments[0].author == "李处长"


def test_comment_on_selected_words_jump_reply_resolve_and_undo(panel, qtbot):
    panel.set_draft(build_speech(), unsaved=False, ask=False)
    node = panel.draft.sections[0]
    panel.select_key(node.id)
    editor = panel.editor
    _select(editor, 0, 20, 22)  # 枢纽
    office = panel.office
    comment = office.add_comment("“枢纽”请斟酌")
    assert comment is not None
    assert (comment.target, comment.start, comment.end, comment.quote) == (
        node.paragraphs[0].id, 20, 22, "枢纽",
    )  # fmt: skip
    assert comment.author == "王主任" and comment.time
    assert editor.extraSelections()  # the words are tinted
    pane = office.comments
    assert "“枢纽”" in pane.list.item(0).text()
    # elsewhere, then a click in the margin list jumps back with the words selected
    panel.select_key(panel.draft.sections[1].id)
    pane.list.setCurrentRow(0)
    pane.list.itemClicked.emit(pane.list.item(0))
    assert panel.current_key() == node.id
    assert editor.textCursor().selectedText() == "枢纽"
    pane._ask_text = lambda *_: "改为“中枢”"
    assert pane.reply_current()
    assert panel.draft.comments[0].replies[0].author == "王主任"
    assert pane.toggle_resolved_current() and panel.draft.comments[0].resolved
    assert "0 条未解决" in pane.title.text()
    pane.show_resolved.setChecked(False)
    assert pane.list.count() == 0
    pane.show_resolved.setChecked(True)
    panel.session.undo_stack.undo()  # resolve undone
    assert not panel.draft.comments[0].resolved
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()  # the comment itself undone
    assert panel.draft.comments == []
    assert pane.list.count() == 0


def test_comment_on_heading_when_not_in_the_text(panel):
    panel.set_draft(build_speech(), unsaved=False, ask=False)
    node = panel.draft.sections[1]
    panel.select_key(node.id)
    panel.tree.setFocus()
    panel._cursor_placed = False
    office = panel.office
    office._ask_comment = lambda words: f"关于{words}"
    comment = office.add_comment()
    assert comment.target == node.id and comment.start is None
    assert comment.text == "关于突出重点，全面提升服务水平"
    assert office.jump_to(comment.id) and panel.current_key() == node.id


def test_versions_label_restore_undo_and_compare(panel, tmp_path):
    path = tmp_path / "讲话.json"
    panel.set_draft(build_speech(), unsaved=True, ask=False)
    panel.files._ask_save_path = lambda: str(path)
    assert panel.office.save_version("初稿")
    panel.session.rename(panel.draft.sections[0].id, "深刻认识办公室工作的重要地位")
    assert panel.office.save_version("送审稿")
    assert [v.label for v in list_versions(path)] == ["送审稿", "初稿"]
    dialog = VersionsDialog(panel)
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.tree.topLevelItem(1).text(1) == "初稿"
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.restore_selected()
    assert panel.draft.sections[0].heading == "充分认识办公室工作的重要地位"
    assert panel.session.dirty
    panel.session.undo_stack.undo()
    assert panel.draft.sections[0].heading == "深刻认识办公室工作的重要地位"
    # two versions selected: compare them
    dialog.tree.topLevelItem(0).setSelected(True)
    dialog.tree.topLevelItem(1).setSelected(True)
    compare = dialog.compare_selected()
    assert [o.op for o in compare.comparison.outline] == ["rename"]
    compare.close()
    assert dialog.label_selected is not None
    dialog.close()


def test_compare_side_by_side_colours_and_paragraph_diff(qtbot, tmp_path):
    old = build_speech()
    new = copy.deepcopy(old)
    new.sections[0].paragraphs[0].text = "办公室处于承上启下、联系左右、协调各方的中枢位置。"
    new.sections[1].children.pop(0)
    settings = Settings(reviewer_name="王主任")
    dialog = CompareDialog(old, new, "初稿", "二稿", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    removed = dialog.old_items[old.sections[1].children[0].id]
    assert removed.foreground(0).color() == COLORS["remove"] and removed.font(0).strikeOut()
    edited = dialog.new_items[new.sections[0].id]
    assert edited.text(0).startswith("✎")
    html = dialog.show_key(new.sections[0].id, "new")
    assert "line-through" in html and "枢纽" in html and "中枢" in html
    assert dialog.old_tree.currentItem() is dialog.old_items[old.sections[0].id]
    html = dialog.show_key(old.sections[1].children[0].id, "old")
    assert "删除" in html
    out = dialog.export_redline(str(tmp_path / "修订稿.docx"))
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("word/document.xml").decode()
    assert "<w:ins " in xml and 'w:author="王主任"' in xml


def _open_compare(panel, other):
    """比较稿件 against ``other`` through the office's own path (compare_with_file), keeping the
    dialog it opens so the test can read it."""
    captured = {}
    original = panel.office.open_compare

    def keep(*args):
        captured["d"] = original(*args)
        return captured["d"]

    panel.office.open_compare = keep
    panel.office.compare_with_file(other)
    return captured["d"]


def test_compare_current_draft_with_a_file(panel, tmp_path):
    old = build_speech()
    src = export_draft(old, tmp_path / "v1.docx")
    assert panel.open_draft(src)  # the writer's file, then an edit by the head
    panel.draft.closing.append(type(panel.draft.closing[0])("谢谢大家！"))
    dialog = _open_compare(panel, src)
    assert [(p.op, p.new) for p in dialog.comparison.paragraphs] == [("add", "谢谢大家！")]
    dialog.close()


def test_outline_view_and_export(panel, qtbot, tmp_path):
    panel.set_draft(build_speech(), unsaved=False, ask=False)
    dialog = panel.office.show_outline()
    assert isinstance(dialog, OutlineDialog)
    text = dialog.view.toPlainText()
    assert "一、充分认识办公室工作的重要地位" in text and "枢纽" not in text
    out = dialog.export("md", str(tmp_path / "提纲.md"))
    assert "- 一、充分认识办公室工作的重要地位" in out.read_text("utf-8")
    out = dialog.export("docx", str(tmp_path / "提纲.docx"))
    assert out.is_file()
    assert panel.settings.last_export_dir == str(tmp_path)  # the next export opens there
    dialog.close()


def test_review_menu_lists_the_office_actions(panel):
    names = [a.text() for a in panel.office.actions()]
    assert names == [
        "添加批注…",
        "审稿意见转为批注",
        "保存版本…",
        "版本记录…",
        "比较稿件…",
        "提纲视图…",
    ]
    assert panel.office.add_comment_action.shortcut().toString() == "Ctrl+Alt+M"


def test_review_findings_become_comments_in_one_undoable_step(panel):
    draft = build_speech()
    draft.sections[0].paragraphs[0].text = "办公室处于XX位置，各项工作要对标xxx同志的要求。"
    panel.set_draft(draft, unsaved=False, ask=False)
    added = panel.office.review_into_comments()
    assert added >= 2
    spans = {c.quote for c in panel.draft.comments if c.origin.startswith("review:")}
    assert {"XX", "xxx"} <= spans
    assert all(c.author == "王主任" for c in panel.draft.comments)
    assert panel.office.comments.list.count() == added
    assert panel.office.review_into_comments() == 0  # nothing twice
    panel.session.undo_stack.undo()
    assert panel.draft.comments == []


def test_export_dialog_offers_comments_and_outline_only(qtbot, tmp_path):
    from drafter.ui.dialogs.export_dialog import ExportDialog

    draft = build_speech()
    add_comment(draft, draft.sections[0].id, "标题再凝练", author="王主任")
    dialog = ExportDialog(draft, Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.comments.isVisible() and dialog.comments.isChecked()
    assert "1 条" in dialog.comments.text()
    dialog.comments.setChecked(False)
    dialog.path.setText(str(tmp_path / "clean.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        assert dialog.start_export() is not None
    with zipfile.ZipFile(tmp_path / "clean.docx") as zf:
        assert "word/comments.xml" not in zf.namelist()


def test_save_says_when_no_version_could_be_kept(panel, tmp_path):
    from drafter.drafts.history import history_dir

    path = tmp_path / "d.json"
    history_dir(path).write_text("a file where the folder should be")
    messages = []
    panel.files.status_message.connect(messages.append)
    panel.set_draft(build_speech(), unsaved=True, ask=False)
    assert panel.save_as(path)
    assert "未留版本" in messages[-1] and load_draft(path).meta.title


def test_compare_names_a_changed_title_block(qtbot):
    """Only the speaker changed: the dialog said 两稿内容相同; it names the change."""
    old = build_speech()
    new = copy.deepcopy(old)
    new.meta.speaker = "王某某"
    dialog = CompareDialog(old, new, "初稿", "二稿", Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.findChild(QLabel, "compareSummary").text()
    assert "两稿内容相同" not in summary
    assert summary.startswith(f"讲话人：{old.meta.speaker} → 王某某；")


def test_compare_and_redline_start_beside_the_writers_file(panel, tmp_path, monkeypatch):
    """An office head opens the writer's 二稿.docx (not saved as a draft yet): 比较稿件
    starts in its folder, where the 初稿 is, and 导出修订稿 proposes the 修订稿 beside it.
    Both started in the home folder (or the last export's) on a fresh machine: two
    navigations to the folder the head was just in."""
    from drafter.ui import file_dialogs

    inbox = tmp_path / "来稿"
    inbox.mkdir()
    first = export_draft(build_speech(), inbox / "初稿.docx")
    second = build_speech()
    second.closing.append(type(second.closing[0])("谢谢大家！"))
    second_path = export_draft(second, inbox / "二稿.docx")
    assert panel.open_draft(second_path) and panel.path is None
    asked = {}

    # the chooser is also handed its folder memory and kind since 5bf0116b
    def fake_open(_parent, _caption, start, _filters, *_remembered):
        asked["open"] = start
        return str(first), ""

    def fake_save(_parent, _caption, start, _filters):
        asked["save"] = start
        return "", ""

    monkeypatch.setattr(file_dialogs, "get_open_file_name", fake_open)
    monkeypatch.setattr(file_dialogs, "get_save_file_name", fake_save)
    captured = {}
    original = panel.office.open_compare
    panel.office.open_compare = lambda *a: captured.setdefault("d", original(*a))
    panel.office.compare_with_file()
    assert asked["open"] == str(inbox)
    dialog = captured["d"]
    panel.settings.last_export_dir = str(tmp_path / "别处")
    assert dialog.export_redline() is None  # the chooser was cancelled
    assert asked["save"].startswith(str(inbox / ""))
    assert asked["save"].endswith("（修订稿）.docx")
    dialog.close()
