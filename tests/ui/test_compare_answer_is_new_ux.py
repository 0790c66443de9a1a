"""比较稿件 puts the writer's answer on the new side.

The head has his 审阅稿 open, with the comments he sent out; the writer answers them in
Word and sends the file back; the head picks it in 比较稿件, whose chooser asks for the
旧稿. Every time, the writer's changes came out backwards until he pressed 对调新旧 (and a
修订稿 exported first was of the wrong direction). A file that holds the draft's comments
with replies the draft lacks is the answer, so it now stands as the new side, his comments
carried (the view says so; 对调新旧 still turns it round). Any other file stays the old side."""

from __future__ import annotations

import copy

from drafter.drafts.anchors import add_comment
from drafter.drafts.comments import Reply
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from drafter.settings import Settings
from tests.export.conftest import build_speech


def _reviewed():
    draft = build_speech()
    draft.sections[1].children.clear()  # its lone run-in point does not read back as one
    para = draft.sections[0].paragraphs[0]
    at = para.text.index("枢纽")
    add_comment(draft, para.id, "请核实这一提法", author="王主任", start=at, end=at + 2)
    return draft


def test_the_writers_answer_stands_as_the_new_side(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    panel.set_draft(_reviewed(), unsaved=False, ask=False)
    answer = open_as_draft(export_draft(panel.session.draft, tmp_path / "退回写作者.docx"))
    answer.comments[0].replies.append(Reply("已核实。", author="李写手"))
    answer.sections[0].paragraphs[0].text += "这是新加的一句。"
    path = export_draft(answer, tmp_path / "写作者回复.docx")
    messages: list[str] = []
    panel.office.status_message.connect(messages.append)
    dialog = panel.office.compare_with_file(path)
    assert dialog.new_name == "写作者回复.docx" and dialog.annotated == "old"
    assert "新稿：写作者回复.docx" in dialog.new_tree.headerItem().text(0)
    assert "增加 8 字" in dialog.summary.text()  # the writer's sentence added, not deleted
    assert messages[-1].startswith("写作者回复.docx 回复了本稿的批注，已作为新稿比较")
    dialog.close()


def test_a_file_that_answers_nothing_stays_the_old_side(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0, reviewer_name="王主任"))
    panel.set_draft(_reviewed(), unsaved=False, ask=False)
    older = copy.deepcopy(panel.session.draft)  # the comments, no reply: not an answer
    path = export_draft(older, tmp_path / "初稿.docx")
    dialog = panel.office.compare_with_file(path)
    assert dialog.old_name == "初稿.docx" and dialog.annotated == "new"
    dialog.close()
