"""The draft outline model: Qt's model checks, live numbering, drops reported as requests."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.ui.draft.text_edit import reconcile
from drafter.ui.models.draft_model import (
    CLOSING,
    HIT_MIME,
    KEY_ROLE,
    NODE_MIME,
    OPENING,
    DraftOutlineModel,
    char_count,
    draft_chars,
)

from .waits import WAIT_MS


def _draft() -> Draft:
    return Draft(
        opening=[DraftParagraph("同志们：")],
        sections=[
            DraftNode("提高认识", children=[DraftNode("看清形势"), DraftNode("增强责任")]),
            DraftNode("明确任务", paragraphs=[DraftParagraph("抓好重点工作。")]),
            DraftNode("强化保障"),
        ],
        closing=[DraftParagraph("同志们，让我们共同努力！")],
    )


def _labels(model: DraftOutlineModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_modeltester(qtmodeltester):
    model = DraftOutlineModel(_draft())
    qtmodeltester.check(model)
    model.set_draft(Draft())
    qtmodeltester.check(model)


def test_rows_are_opening_numbered_sections_closing():
    model = DraftOutlineModel(_draft())
    assert _labels(model) == ["开头", "一、提高认识", "二、明确任务", "三、强化保障", "结尾"]
    first = model.index(1, 0)
    assert _labels(model, first) == ["（一）看清形势", "（二）增强责任"]
    assert model.index(1, 0).data(Qt.ItemDataRole.EditRole) == "提高认识"
    assert model.index(0, 0).data(KEY_ROLE) == OPENING
    assert model.index(4, 0).data(KEY_ROLE) == CLOSING
    # 字数 column: heading + paragraphs of the subtree
    assert model.index(2, 1).data() == str(char_count("明确任务抓好重点工作。"))


def test_numbering_follows_the_draft_styles():
    draft = _draft()
    model = DraftOutlineModel(draft)
    draft.numbering = ["shi", "cn_paren"]
    model.refresh_numbering()
    assert _labels(model)[1:4] == ["一是提高认识", "二是明确任务", "三是强化保障"]


def test_set_data_requests_a_rename_instead_of_editing(qtbot):
    draft = _draft()
    model = DraftOutlineModel(draft)
    with qtbot.waitSignal(model.rename_requested, timeout=WAIT_MS) as blocker:
        assert model.setData(model.index(3, 0), "  加强  保障 ")
    assert blocker.args == [draft.sections[2].id, "加强 保障"]
    assert draft.sections[2].heading == "强化保障"  # the session changes it, not the model
    assert not model.setData(model.index(0, 0), "开头改名")


def _node_mime(model: DraftOutlineModel, index: QModelIndex) -> QMimeData:
    mime = model.mimeData([index])
    assert mime.hasFormat(NODE_MIME)
    return mime


def test_drop_between_top_rows_reports_a_move(qtbot):
    draft = _draft()
    model = DraftOutlineModel(draft)
    third = draft.sections[2].id
    mime = _node_mime(model, model.index(3, 0))
    # dropping before row 1 (the first section) moves it to index 0 of the top level
    with qtbot.waitSignal(model.move_requested, timeout=WAIT_MS) as blocker:
        handled = model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert handled is False  # never let the view remove the dragged row itself
    assert blocker.args == [third, None, 0]


def test_drop_on_a_section_makes_a_child_and_refuses_cycles(qtbot):
    draft = _draft()
    model = DraftOutlineModel(draft)
    first, second = draft.sections[0], draft.sections[1]
    mime = _node_mime(model, model.index(2, 0))
    with qtbot.waitSignal(model.move_requested, timeout=WAIT_MS) as blocker:
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index(1, 0))
    assert blocker.args == [second.id, first.id, 2]
    # a section cannot go under its own child
    mime = _node_mime(model, model.index(1, 0))
    child = model.index(0, 0, model.index(1, 0))
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, child)
    with qtbot.assertNotEmitted(model.move_requested):
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, child)


def test_drop_of_a_hit_names_the_target_row(qtbot):
    draft = _draft()
    model = DraftOutlineModel(draft)
    mime = QMimeData()
    hit = {"document_id": "7", "paragraph_index": 3, "text": "坚持人民至上。", "title": "报告"}
    mime.setData(HIT_MIME, json.dumps(hit, ensure_ascii=False).encode("utf-8"))
    with qtbot.waitSignal(model.hits_dropped, timeout=WAIT_MS) as blocker:
        assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index(2, 0))
    assert blocker.args == [draft.sections[1].id, [hit]]
    text = QMimeData()
    text.setText("一段外来文字")
    with qtbot.waitSignal(model.text_dropped, timeout=WAIT_MS) as blocker:
        model.dropMimeData(text, Qt.DropAction.CopyAction, -1, 0, model.index(4, 0))
    assert blocker.args == [CLOSING, "一段外来文字"]


def test_counts_ignore_white_space():
    assert char_count("同志们， 大家好！\n") == 8
    assert draft_chars(_draft()) == sum(
        char_count(t)
        for t in ["同志们：", "提高认识看清形势增强责任", "明确任务抓好重点工作。", "强化保障"]
        + ["同志们，让我们共同努力！"]
    )


def test_reconcile_keeps_provenance_of_edited_and_split_paragraphs():
    from drafter.drafts.model import Provenance

    prov = Provenance("d1", "报告", "2023-01-01", 4, "原文一。原文二。")
    old = [DraftParagraph("自己的话。"), DraftParagraph("原文一。原文二。", provenance=prov)]
    edited = reconcile(old, ["自己的话。", "原文一，改过。原文二。"])
    assert edited[0] is old[0]
    assert edited[1].id == old[1].id and edited[1].provenance is prov
    split = reconcile(old, ["自己的话。", "原文一。", "原文二。"])
    assert [p.provenance for p in split] == [None, prov, None]
    assert split[1].id == old[1].id
    removed = reconcile(old, ["自己的话。"])
    assert removed == [old[0]]


def test_model_stays_valid_through_editing(qtmodeltester, qtbot):
    """The tester keeps watching the model while the session edits, undoes and redoes."""
    from drafter.ui.draft.session import DraftSession

    session = DraftSession(_draft())
    original = session.draft.to_json()
    qtmodeltester.check(session.model)
    first, second, third = (n.id for n in session.draft.sections)
    child = session.add_child(first, "新子项")
    session.move(third, first, 0)
    session.demote(second)
    session.rename(child, "改名")
    session.edit_paragraphs(first, [DraftParagraph("新段落")])
    session.remove(first)
    session.set_numbering(2, "shi")
    for _ in range(7):
        session.undo_stack.undo()
    assert session.draft.to_json() == original
    for _ in range(7):
        session.undo_stack.redo()
    # everything ended up under the first section, which was then removed
    assert session.draft.sections == []
    assert session.draft.numbering[1] == "shi"
    qtmodeltester.check(session.model)
