"""The draft editor driven as a writer uses it: template → hits → reorder → undo → save."""

from __future__ import annotations

import gc
import json
import sys

import docx
import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.store import load_draft
from drafter.settings import Settings
from drafter.templating import render_template
from drafter.ui.dialogs.export_dialog import ExportDialog
from drafter.ui.draft.text_edit import BORROWED_TINT
from drafter.ui.models.draft_model import HIT_MIME, OPENING
from drafter.ui.panels.draft_editor import DraftEditorPanel

from .draft_setup import type_chinese
from .waits import WAIT_MS

# the second editor a test builds answers 不保存 at teardown too
pytestmark = pytest.mark.usefixtures("discard_unsaved")

HIT_A = {
    "document_id": "doc-a",
    "paragraph_index": 12,
    "text": "要坚持人民至上、生命至上，把保护人民生命安全摆在首位。",
    "original_text": "要坚持人民至上、生命至上，把保护人民生命安全摆在首位。",
    "section": ["二、今年工作安排", "（一）守牢安全底线"],
    "title": "2023年市政府工作报告",
    "date": "2023-02-10",
}
# The nested shape of a hit (document under "document") is accepted too.
HIT_B = {
    "document": {"id": "doc-b", "title": "在安全生产会议上的讲话", "date": "2022-06-01"},
    "paragraph_index": 4,
    "text": "各级各部门要切实扛起安全生产政治责任。",
    "section": ["三、压实责任"],
}


@pytest.fixture
def panel(make_editor):
    return make_editor(size=(1000, 600))


def _labels(panel: DraftEditorPanel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    model = panel.session.model
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_template_hits_reorder_undo_save_reopen(panel, qtbot, tmp_path, monkeypatch):
    draft = render_template("三个方面", {"points": 2})
    panel.set_draft(draft)
    first, second, third = (n.id for n in panel.draft.sections)
    assert panel.current_key() == first
    assert panel.hints.toPlainText().count("写作提示") == 1
    assert draft.sections[0].hint in panel.hints.toPlainText()
    assert panel.editor.toPlainText() == ""  # hints never enter the text
    states = [panel.draft.to_json()]

    assert panel.insert_hit(HIT_A) == 1
    panel.select_key(second)
    assert panel.insert_hit(HIT_B) == 1
    states.append(panel.draft.to_json())
    assert panel.editor.toPlainText() == HIT_B["text"]
    prov = panel.draft.find(second).paragraphs[0].provenance
    assert (prov.document_id, prov.paragraph_index, prov.title) == (
        "doc-b",
        4,
        HIT_B["document"]["title"],
    )
    assert prov.section == ["三、压实责任"]
    assert panel.provenance.list.count() == 1

    # reorder with the move action …
    panel.select_key(first)
    panel.move_down_action.trigger()
    assert [n.id for n in panel.draft.sections] == [second, first, third]
    assert _labels(panel)[1].startswith("一、突出工作重点")
    assert _labels(panel)[2].startswith("二、提高政治站位")
    assert panel.current_key() == first
    states.append(panel.draft.to_json())

    # … and by drag: the third section dropped before the first row of the body
    model = panel.session.model
    mime = model.mimeData([model.index_for_key(third)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert [n.id for n in panel.draft.sections] == [third, second, first]
    assert _labels(panel)[1].startswith("一、强化组织保障")
    assert _labels(panel)[3].startswith("三、提高政治站位")
    states.append(panel.draft.to_json())

    # undo walks back through exactly the recorded states, redo forward again
    stack = panel.session.undo_stack
    stack.undo()
    assert panel.draft.to_json() == states[2]
    stack.undo()
    assert panel.draft.to_json() == states[1]
    stack.undo()  # second hit
    stack.undo()  # first hit
    assert panel.draft.to_json() == states[0]
    assert not stack.canUndo()
    for _ in range(4):
        stack.redo()
    assert panel.draft.to_json() == states[3]
    assert _labels(panel)[1].startswith("一、强化组织保障")

    # save and reopen in a fresh editor
    path = tmp_path / "讲话.json"
    assert panel.save_as(path)
    assert not panel.session.dirty
    assert load_draft(path).to_json() == states[3]
    other = DraftEditorPanel(Settings(autosave_seconds=0), recovery_dir=tmp_path / "rec2")
    qtbot.addWidget(other)
    assert other.open_draft(path)
    assert other.draft.to_json() == states[3]
    assert other.path == path
    assert other.settings.recent_drafts[0] == str(path)

    # export through the panel's dialog (Ctrl+E); exec() is replaced by a direct export
    out = tmp_path / "导出"
    out.mkdir()
    other.settings.last_export_dir = str(out)
    exported = []

    def run_dialog(dialog):
        worker = dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=WAIT_MS)
        exported.append(dialog.result_path)
        return worker is not None

    monkeypatch.setattr(ExportDialog, "exec", run_dialog)
    other.export_action.trigger()
    assert exported and exported[0].parent == out and exported[0].suffix == ".docx"
    body = [p.text for p in docx.Document(str(exported[0])).paragraphs]
    assert HIT_A["text"] in body and HIT_B["text"] in body
    headings = [t for t in body if t.startswith(("一、", "二、", "三、"))]
    assert headings[0].startswith("一、强化组织保障") and headings[2].startswith("三、提高政治站位")


def test_typing_is_one_undo_step_per_burst_and_keeps_provenance(panel, qtbot):
    panel.set_draft(render_template("三个方面", {"points": 0}))
    first, second, _third = (n.id for n in panel.draft.sections)
    panel.insert_hit(HIT_A)
    stack = panel.session.undo_stack
    count = stack.count()
    panel.editor.setFocus()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    type_chinese(panel.editor, "这是要点")
    assert stack.count() == count + 1
    para = panel.draft.find(first).paragraphs[0]
    assert para.text == HIT_A["text"] + "这是要点"
    assert para.provenance.document_id == "doc-a"  # an edited borrowed paragraph keeps its source
    assert "已改写" in panel.provenance.list.item(0).text()
    # Enter starts a new paragraph of the writer's own
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)
    type_chinese(panel.editor, "自己写的一段。")
    paras = panel.draft.find(first).paragraphs
    assert [p.text for p in paras][1] == "自己写的一段。" and paras[1].provenance is None
    # borrowed text is tinted, the writer's own is not
    doc = panel.editor.document()
    assert doc.findBlockByNumber(0).blockFormat().background().color() == BORROWED_TINT
    assert doc.findBlockByNumber(1).blockFormat().background().style() == Qt.BrushStyle.NoBrush
    assert stack.count() == count + 1
    # another node starts another burst
    panel.select_key(second)
    type_chinese(panel.editor, "第二部分")
    assert stack.count() == count + 2
    # Ctrl+Z in the editor goes to the draft's stack
    qtbot.keyClick(panel.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.draft.find(second).paragraphs == []
    assert panel.editor.toPlainText() == ""
    stack.undo()
    assert panel.current_key() == first
    assert [p.text for p in panel.draft.find(first).paragraphs] == [HIT_A["text"]]
    assert panel.editor.toPlainText() == HIT_A["text"]
    qtbot.keyClick(panel.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.draft.find(first).paragraphs) == 2


def test_outline_editing_actions(panel):
    panel.set_draft(
        Draft(sections=[DraftNode("甲"), DraftNode("乙"), DraftNode("丙")], numbering=["cn_dun"])
    )
    a, b, c = (n.id for n in panel.draft.sections)
    panel.select_key(b)
    panel.demote_action.trigger()
    assert [n.heading for n in panel.draft.sections] == ["甲", "丙"]
    assert panel.draft.find(a).children[0].id == b
    assert _labels(panel, panel.session.model.index_for_key(a)) == ["（一）乙"]
    panel.add_sibling_action.trigger()
    new = panel.current_key()
    assert panel.tree.state() == panel.tree.State.EditingState  # ready to type the name
    panel.tree.closePersistentEditor(panel.session.model.index_for_key(new))
    assert [n.id for n in panel.draft.find(a).children] == [b, new]
    assert panel.session.model.index_for_key(new).data() == "（二）新标题"
    assert panel.session.model.setData(panel.session.model.index_for_key(new), "丁")
    assert panel.draft.find(new).heading == "丁"
    panel.promote_action.trigger()
    assert [n.heading for n in panel.draft.sections] == ["甲", "丁", "丙"]
    panel.add_child_action.trigger()
    assert panel.draft.find(new).children[0].heading == "新标题"
    panel.select_key(c)
    panel.delete_action.trigger()
    assert [n.heading for n in panel.draft.sections] == ["甲", "丁"]
    panel.session.undo_stack.undo()
    assert [n.heading for n in panel.draft.sections] == ["甲", "丁", "丙"]
    # per-level numbering style
    panel.select_key(c)
    panel.session.set_numbering(1, "ordinal")
    assert _labels(panel)[1:4] == ["第一，甲", "第二，丁", "第三，丙"]
    panel.session.undo_stack.undo()
    assert _labels(panel)[1] == "一、甲"
    # refusals do not touch the draft
    before = panel.draft.to_json()
    panel.select_key(a)
    panel.move_up_action.trigger()
    panel.promote_action.trigger()
    panel.demote_action.trigger()
    assert panel.draft.to_json() == before


def test_drops_on_tree_and_editor_insert_with_provenance(panel, qtbot):
    panel.set_draft(Draft(sections=[DraftNode("甲"), DraftNode("乙")]))
    a, b = (n.id for n in panel.draft.sections)
    model = panel.session.model
    mime = QMimeData()
    mime.setData(HIT_MIME, json.dumps([HIT_A, HIT_B], ensure_ascii=False).encode("utf-8"))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index_for_key(b))
    assert [p.provenance.document_id for p in panel.draft.find(b).paragraphs] == [
        "doc-a",
        "doc-b",
    ]
    assert panel.current_key() == b
    # on the editor: inserted where it is dropped
    panel.editor.setFocus()
    cursor = panel.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    panel.editor.setTextCursor(cursor)
    single = QMimeData()
    single.setData(HIT_MIME, json.dumps(HIT_B, ensure_ascii=False).encode("utf-8"))
    panel.editor.insertFromMimeData(single)
    assert [p.provenance.document_id for p in panel.draft.find(b).paragraphs] == [
        "doc-b",
        "doc-a",
        "doc-b",
    ]
    # plain text dropped on the tree: paragraphs of the writer's own
    text = QMimeData()
    text.setText("第一行\n\n第二行")
    model.dropMimeData(text, Qt.DropAction.CopyAction, -1, 0, model.index_for_key(OPENING))
    assert [(p.text, p.provenance) for p in panel.draft.opening] == [
        ("第一行", None),
        ("第二行", None),
    ]


def test_reader_selection_and_open_source(panel, qtbot):
    panel.set_draft(Draft(sections=[DraftNode("甲")]))
    source = {
        "document_id": "doc-r",
        "title": "调研报告",
        "date": "2021-05-01",
        "paragraph_index": 7,
    }
    assert panel.insert_text("第一段。\n第二段。", source) == 2
    paras = panel.draft.sections[0].paragraphs
    assert [p.provenance.paragraph_index for p in paras] == [7, 8]
    assert paras[1].provenance.original_text == "第二段。"
    assert panel.provenance.list.count() == 2
    panel.provenance.list.setCurrentRow(1)
    with qtbot.waitSignal(panel.provenance_requested, timeout=WAIT_MS) as blocker:
        panel.provenance.open_button.click()
    assert blocker.args == ["doc-r", 8]


def test_counts_title_and_metadata_undo(panel, qtbot):
    panel.set_draft(Draft(sections=[DraftNode("甲", paragraphs=[DraftParagraph("字" * 440)])]))
    assert "全文 441 字" in panel.counts.text()
    assert "约 2 分钟" in panel.counts.text()
    titles = []
    panel.title_changed.connect(titles.append)
    type_chinese(panel.meta.edits["title"], "会议讲话")
    assert titles[-1] == "会议讲话 — 未保存 *"
    assert panel.draft.meta.title == "会议讲话"
    panel.session.undo_stack.undo()  # the whole typed title is one step
    assert panel.draft.meta.title == ""
    assert panel.meta.edits["title"].text() == ""


def test_unsaved_changes_are_confirmed(panel, monkeypatch, tmp_path):
    panel.set_draft(Draft(sections=[DraftNode("甲")]))
    monkeypatch.setattr(panel.files, "_ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert not panel.new_draft()
    assert panel.draft.sections[0].heading == "甲"
    target = tmp_path / "saved.json"
    monkeypatch.setattr(panel.files, "_ask_unsaved", lambda: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(panel.files, "_ask_save_path", lambda: str(target))
    assert panel.new_draft()
    assert load_draft(target).sections[0].heading == "甲"
    assert panel.draft.sections == []


def test_a_corrupt_draft_is_reported_not_raised(panel, monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not panel.open_draft(bad)
    assert shown and "bad.json" in shown[0]


def test_insertions_follow_the_cursor_and_keep_their_order(panel):
    panel.set_draft(
        Draft(sections=[DraftNode("甲", paragraphs=[DraftParagraph("A"), DraftParagraph("B")])])
    )
    node = panel.draft.sections[0]
    panel.insert_hit(HIT_A)  # no cursor placed yet: at the end
    panel.insert_hit(HIT_B)
    texts = [p.text for p in panel.draft.sections[0].paragraphs]
    assert texts == ["A", "B", HIT_A["text"], HIT_B["text"]]
    panel.editor.move_to_paragraph(1)  # the writer puts the cursor at the start of B
    panel.insert_text("X")
    panel.insert_text("Y")
    texts = [p.text for p in panel.draft.find(node.id).paragraphs]
    assert texts[:4] == ["A", "X", "Y", "B"]


def test_numbering_combo_and_run_in(panel):
    panel.set_draft(Draft(sections=[DraftNode("甲", children=[DraftNode("子")]), DraftNode("乙")]))
    child = panel.draft.sections[0].children[0].id
    panel.select_key(child)
    combo = panel.outline.numbering
    assert panel.outline.level_label.text() == "二级编号"
    assert combo.currentData() == "cn_paren"
    combo.activated.emit(combo.findData("shi"))
    assert panel.draft.numbering[:2] == ["cn_dun", "shi"]
    assert panel.session.model.index_for_key(child).data() == "一是子"
    assert not panel.run_in_action.isChecked()
    panel.run_in_action.trigger()
    assert panel.draft.find(child).run_in is True
    assert panel.run_in_action.isChecked()
    panel.select_key(OPENING)
    assert not combo.isEnabled() and not panel.run_in_action.isEnabled()


def test_reader_selection_records_whole_source_paragraphs():
    from drafter.ui.draft.insertion import paragraphs_from_text

    source = {
        "document_id": "d",
        "paragraph_index": 3,
        "original_text": "第一段全文，较长。\n第二段全文。",
    }
    paras = paragraphs_from_text("第一段全文\n第二段全文。", source)
    assert [p.provenance.original_text for p in paras] == ["第一段全文，较长。", "第二段全文。"]
    assert [p.provenance.paragraph_index for p in paras] == [3, 4]


def _drag_drop(view, mime, pos) -> None:
    """Deliver a drag-enter, drag-move and drop at ``pos`` to a view's viewport."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    args = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(pos.toPoint(), *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos.toPoint(), *args))
    QApplication.sendEvent(viewport, QDropEvent(pos, *args))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Qt's QPoint drag-event constructors
def test_dragging_in_the_tree_view_moves_sections(panel):
    panel.set_draft(Draft(sections=[DraftNode("甲"), DraftNode("乙"), DraftNode("丙")]))
    tree, model = panel.tree, panel.session.model
    third = panel.draft.sections[2].id
    above_first = tree.visualRect(model.index(1, 0))
    mime = model.mimeData([model.index_for_key(third)])
    _drag_drop(tree, mime, QPointF(above_first.center().x(), above_first.top() + 1))
    assert [n.heading for n in panel.draft.sections] == ["丙", "甲", "乙"]
    assert _labels(panel)[1:4] == ["一、丙", "二、甲", "三、乙"]
    # dropped onto the middle of a row: it becomes that section's last sub-section
    mime = model.mimeData([model.index_for_key(third)])
    onto = tree.visualRect(model.index_for_key(panel.draft.sections[2].id))
    _drag_drop(tree, mime, QPointF(onto.center()))
    assert [(n.heading, [c.heading for c in n.children]) for n in panel.draft.sections] == [
        ("甲", []),
        ("乙", ["丙"]),
    ]
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()
    assert [n.heading for n in panel.draft.sections] == ["甲", "乙", "丙"]


def test_a_long_typing_session_does_not_drain_none(panel):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call, so a
    writer typing for a few minutes crashed the app ("none_dealloc"). 6.11 is fine, and
    None is immortal from Python 3.12; this guards against that build coming back."""
    panel.set_draft(Draft(sections=[DraftNode("甲")]))
    panel.editor.setFocus()
    # Collect first and last: objects freed by earlier tests' garbage also let go of None,
    # which made the count drop a little in a full run without any leak.
    gc.collect()
    before = sys.getrefcount(None)
    type_chinese(panel.editor, "同志们要坚定信心，" * 60)
    assert len(panel.draft.sections[0].paragraphs[0].text) == 540
    gc.collect()
    assert sys.getrefcount(None) >= before - 400


def test_typing_after_a_save_makes_the_draft_dirty_again(panel, tmp_path):
    panel.set_draft(Draft(sections=[DraftNode("甲")]))
    panel.editor.setFocus()
    type_chinese(panel.editor, "第一句")
    assert panel.save_as(tmp_path / "a.json")
    assert not panel.session.dirty
    type_chinese(
        panel.editor, "，第二句"
    )  # same node, same burst: must not merge into the saved step
    assert panel.session.dirty
    panel.session.undo_stack.undo()
    assert panel.draft.sections[0].paragraphs[0].text == "第一句"
    assert not panel.session.dirty


def test_narrow_panel_moves_hints_under_the_text(panel):
    panel.resize(1000, 600)
    # hints share their column with the comments (批注) list
    assert panel.wide and panel.side.parent() is panel.splitter
    assert panel.hints.parent() is panel.side and panel.office.comments.parent() is panel.side
    panel.resize(600, 600)
    # narrow: comments, hints and sources are tabs under the text (test_draft_narrow_ux)
    assert not panel.wide and panel.extras.parent() is panel.center
    assert panel.extras.indexOf(panel.hints) >= 0
    assert panel.meta.compact
    panel.resize(1000, 600)
    assert panel.wide and panel.splitter.count() == 3


def test_actions_enable_only_where_they_apply(panel):
    panel.set_draft(Draft(sections=[DraftNode("甲", children=[DraftNode("子")]), DraftNode("乙")]))
    first, second = panel.draft.sections
    panel.select_key(first.id)
    states = {a.text(): a.isEnabled() for a in panel.actions()[7:]}
    assert states == {
        "添加同级": True,
        "添加下级": True,
        "重命名": True,
        "删除": True,
        "上移": False,
        "下移": True,
        "升级": False,
        "降级": False,
    }
    panel.select_key(first.children[0].id)
    assert panel.promote_action.isEnabled() and not panel.demote_action.isEnabled()
    panel.select_key(second.id)
    assert panel.move_up_action.isEnabled() and not panel.move_down_action.isEnabled()
    panel.move_up_action.trigger()  # now first: the states follow the move
    assert not panel.move_up_action.isEnabled() and panel.move_down_action.isEnabled()
    panel.select_key(OPENING)
    assert not panel.delete_action.isEnabled() and not panel.rename_action.isEnabled()


def test_a_new_draft_from_the_gallery_asks_before_replacing_unsaved_work(panel, monkeypatch):
    panel.set_draft(Draft(sections=[DraftNode("甲")]))
    assert panel.session.dirty
    monkeypatch.setattr(panel.files, "_ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert not panel.set_draft(Draft(sections=[DraftNode("乙")]))
    assert panel.draft.sections[0].heading == "甲"
    monkeypatch.setattr(panel.files, "_ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert panel.set_draft(Draft(sections=[DraftNode("乙")]))
    assert panel.draft.sections[0].heading == "乙"


def test_node_header_follows_renames_moves_and_adopted_examples(panel):
    panel.set_draft(
        Draft(
            sections=[DraftNode("甲"), DraftNode("……", example="突出重点，狠抓落实", hint="讲任务")]
        )
    )
    second = panel.draft.sections[1].id
    panel.select_key(second)
    assert panel.node_label.text() == "二、……"
    assert "用作本节标题" in panel.hints.toPlainText()
    panel.hints.anchorClicked.emit(QUrl("drafter:adopt-example"))
    assert panel.draft.sections[1].heading == "突出重点，狠抓落实"
    assert panel.node_label.text() == "二、突出重点，狠抓落实"
    assert "用作本节标题" not in panel.hints.toPlainText()  # nothing left to adopt
    panel.move_up_action.trigger()
    assert panel.node_label.text() == "一、突出重点，狠抓落实"
    panel.session.undo_stack.undo()
    panel.session.undo_stack.undo()
    assert panel.node_label.text() == "二、……"


def test_delete_and_enter_in_the_tree(panel, qtbot):
    panel.set_draft(Draft(sections=[DraftNode("甲"), DraftNode("乙")]))
    panel.select_key(panel.draft.sections[1].id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert [n.heading for n in panel.draft.sections] == ["甲"]
    assert panel.current_key() == panel.draft.sections[0].id
    panel.tree.activated.emit(panel.tree.currentIndex())  # Enter on a heading
    assert panel.editor.hasFocus()


def test_opening_hint_and_example_are_shown_apart_and_can_be_inserted(panel):
    panel.set_draft(render_template("三个方面", {"points": 0}))
    panel.select_key(OPENING)
    hint, example = panel.session.hint(OPENING)
    assert hint and example.startswith("同志们") and "示例：" not in hint
    assert panel.editor.toPlainText() == ""
    panel.hints.anchorClicked.emit(QUrl("drafter:adopt-example"))
    assert [p.text for p in panel.draft.opening] == [example]
    assert panel.draft.opening[0].provenance is None


def test_a_source_without_a_title_is_named_by_its_file_not_an_id():
    # Regression: a borrowed paragraph from an untitled document showed "文档 9dae265a03cb".
    from drafter.drafts.model import Provenance
    from drafter.ui.draft.side_panes import describe_provenance

    prov = Provenance("9dae265a03cb", None, None, 3, "原文", path="/docs/gwr_2005.txt")
    assert describe_provenance(prov).startswith("《gwr_2005.txt》")
    assert "9dae265a03cb" not in describe_provenance(prov)


def test_an_impossible_date_is_refused_in_the_date_field(panel, qtbot):
    """2025-02-30 turns the field red with the reason, never reaches the draft, and
    leaving the field puts the last possible date back."""
    from drafter.drafts.dates import is_possible_date

    panel.set_draft(Draft(sections=[DraftNode("甲")]))
    field = panel.meta.edits["date"]
    field.setFocus()
    type_chinese(field, "2025-02-28")
    assert panel.draft.meta.date == "2025-02-28"
    field.selectAll()
    type_chinese(field, "2025-02-30")
    assert panel.draft.meta.date != "2025-02-30"  # refused
    assert is_possible_date(panel.draft.meta.date)
    assert panel.meta.date_error.isVisible()
    assert "2月只有 28 天" in panel.meta.date_error.text()
    field.editingFinished.emit()
    assert field.text() == panel.draft.meta.date
    assert not panel.meta.date_error.isVisible()
    field.selectAll()
    type_chinese(field, "2024-02-29")  # a leap day exists
    assert panel.draft.meta.date == "2024-02-29"


def test_a_long_title_block_value_shows_its_beginning(panel):
    """An opened draft's 场合 longer than its box showed its end, its first words cut off:
    the box starts at its first character."""
    occasion = "全区办公室主任暨文秘业务培训会议暨年度工作总结表彰大会"
    draft = Draft(sections=[DraftNode("甲", paragraphs=[DraftParagraph("字")])])
    draft.meta.occasion = occasion
    panel.resize(700, 500)
    panel.show()
    panel.set_draft(draft)
    box = panel.meta.edits["occasion"]
    assert box.fontMetrics().horizontalAdvance(occasion) > box.width()  # it is clipped
    assert box.text() == occasion and box.cursorPosition() == 0


def test_a_list_item_inserted_is_numbered_in_place(panel):
    """A numbered item from a source (9.“数商兴农”…) as the writer inserts it: 插入到草稿 with the cursor after the draft's （2）; one undo
    step takes the item out and gives the draft's （3） its number back."""
    node = DraftNode(
        "甲",
        paragraphs=[
            DraftParagraph(t) for t in ("（1）加强领导。", "（2）压实责任。", "（3）狠抓落实。")
        ],
    )
    panel.set_draft(Draft(sections=[node]))
    said = []
    panel.status_message.connect(said.append)
    panel.editor.move_to_paragraph(2)  # the start of （3）: the item goes before it
    panel.insert_text("9.“数商兴农”行动深入推进。", {"document_id": "d", "paragraph_index": 3})
    texts = [p.text for p in panel.draft.find(node.id).paragraphs]
    assert texts == [
        "（1）加强领导。",
        "（2）压实责任。",
        "（3）“数商兴农”行动深入推进。",
        "（4）狠抓落实。",
    ]
    assert "编号改为“（3）”" in said[-1] and "其后 1 项顺延" in said[-1]
    # the source's own text is kept with the paragraph
    assert panel.draft.find(node.id).paragraphs[2].provenance.original_text.startswith("9.")
    panel.session.undo_stack.undo()
    texts = [p.text for p in panel.draft.find(node.id).paragraphs]
    assert texts == ["（1）加强领导。", "（2）压实责任。", "（3）狠抓落实。"]
