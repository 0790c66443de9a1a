"""比较稿件 › 对调新旧 › 导出修订稿 keeps the office head's comments. He opened the draft he
reviewed, commented on it, compared it with the writer's new file and found the two the
wrong way round; after 对调新旧 his draft stood on the old side and the 修订稿 (the new side's
text, changes tracked) came out without one of his comments. They now follow the text they
are on (:func:`drafter.compare.comments.carry_comments`)."""

from __future__ import annotations

from drafter.drafts.anchors import add_comment, meta_target
from drafter.drafts.word_comments import read_word_comments
from drafter.settings import Settings
from drafter.ui import file_dialogs
from tests.export.conftest import build_speech

from .waits import WAIT_MS


def _writers_second_draft():
    """The writer's 二稿: the first paragraph reworded, 要做好服务保障。 dropped."""
    draft = build_speech()
    first = draft.sections[0]
    first.paragraphs[0].text = "办公室始终处于承上启下、协调各方的枢纽位置，责任重大。"
    first.children[1].paragraphs.clear()
    return draft


def test_comments_follow_their_draft_through_a_swap(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window(Settings(autosave_seconds=0, reviewer_name="王主任"))
    editor = window.editor
    editor.session.load(build_speech())
    mine = editor.session.draft
    para = mine.sections[0].paragraphs[0]
    at = para.text.index("枢纽位置")
    add_comment(mine, para.id, "枢纽一词请斟酌", author="王主任", start=at, end=at + 4)
    learning = mine.sections[1].children[0]
    add_comment(mine, learning.id, "这一部分要加一个实例", author="王主任")
    dropped = mine.sections[0].children[1].paragraphs[0]
    add_comment(mine, dropped.id, "服务保障要具体", author="王主任")
    add_comment(mine, meta_target("title"), "标题再短一些", author="王主任")

    dialog = editor.office.open_compare(_writers_second_draft(), "二稿.docx")
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    assert dialog.new is mine  # the head's draft stands as the new side, as opened
    dialog.swap_button.click()
    assert dialog.old is mine and "旧稿：" in dialog.old_tree.headerItem().text(0)
    target = tmp_path / "讲话（修订稿）.docx"
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", lambda *_a: (str(target), "Word 文档 (*.docx)")
    )
    dialog.redline_button.click()
    assert target.exists()
    assert dialog.result.text() == f"已导出修订稿：{target}（带批注 4 条）"

    said = {c.text: c for c in read_word_comments(target)}
    # the span comment on the words it was on, in the writer's reworded paragraph
    assert said["枢纽一词请斟酌"].quote == "枢纽位置"
    assert said["枢纽一词请斟酌"].paragraph.startswith("办公室始终处于")
    assert "加强学习" in said["这一部分要加一个实例"].paragraph
    assert said["标题再短一些"].title_line
    # the paragraph the writer dropped: the comment on the heading it stood under, saying so
    gone = next(c for text, c in said.items() if text.startswith("服务保障要具体"))
    assert "新稿已删去：“要做好服务保障。”" in gone.text
    assert "办公室是服务中心" in gone.paragraph
    assert all(c.author == "王主任" for c in said.values())

    # swapped back, the head's draft is the new side again: its comments once each
    dialog.swap_button.click()
    dialog.redline_button.click()
    texts = [c.text for c in read_word_comments(target)]
    assert texts.count("枢纽一词请斟酌") == 1 and "服务保障要具体" in texts
    dialog.close()
