"""The 修订稿 of a writer's Word reply holds each of the head's comments once.

The office head exports his 审阅稿 with comments, the writer answers them in Word and sends
the file back, and the head compares his 审阅稿 (old) with the reply (new) and writes the
修订稿 with his comments along (``--old-comments``, 对调新旧 in the app). The reply holds his
comments already, read back from Word under new ids, and the 修订稿 held every one of them
twice (48 comments for 23 on a seed speech): the copy with the writer's answer, and the
head's own without it. A comment the reply holds (same author, words and minute) now goes
in once, the reply's copy with its thread; one the writer deleted, or one the head added
after sending, still comes along (:func:`drafter.compare.comments.redline_comments`)."""

from __future__ import annotations

from drafter.compare import compare_drafts
from drafter.compare.comments import redline_comments
from drafter.drafts.anchors import add_comment, meta_target
from drafter.drafts.comments import Reply
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from tests.export.conftest import build_speech


def _reviewed():
    """The head's 审阅稿: a comment on words, three alike from one review run, the title's."""
    draft = build_speech()
    para = draft.sections[0].paragraphs[0]
    at = para.text.index("枢纽")
    add_comment(
        draft, para.id, "请核实这一提法", author="王主任", start=at, end=at + 2,
        time="2025-11-25T09:31:42+08:00",
    )  # fmt: skip
    for _ in range(3):  # 审稿意见转为批注: one finding per half-width comma, one minute
        add_comment(
            draft, para.id, "【疑似·标点】中文中使用了半角“,”", author="王主任",
            time="2025-11-25T09:32:05+08:00",
        )  # fmt: skip
    add_comment(
        draft, meta_target("title"), "标题太长", author="王主任", time="2025-11-25T09:33:00+08:00"
    )
    return draft


def _writers_reply(reviewed, tmp_path):
    """The file the writer sends back: the 审阅稿 as Word reads it, one comment answered,
    one of the three alike deleted, a word changed."""
    sent = export_draft(reviewed, tmp_path / "退回写作者.docx")
    reply = open_as_draft(sent)
    asked = next(c for c in reply.comments if c.text == "请核实这一提法")
    asked.replies.append(Reply("已核实，出自市委文件。", author="李写手"))
    alike = [c for c in reply.comments if c.text.startswith("【疑似·标点】")]
    reply.comments.remove(alike[0])
    para = reply.sections[0].paragraphs[0]
    para.text = para.text.replace("承上启下", "上情下达")
    return reply


def test_redline_of_a_word_reply_holds_each_comment_once(tmp_path):
    reviewed = _reviewed()
    reply = _writers_reply(reviewed, tmp_path)
    assert {c.id for c in reply.comments}.isdisjoint(c.id for c in reviewed.comments)
    comments = redline_comments(compare_drafts(reviewed, reply), "old")
    texts = sorted(c.text for c in comments)
    assert texts == sorted(
        ["请核实这一提法", "标题太长"] + ["【疑似·标点】中文中使用了半角“,”"] * 3
    )
    asked = next(c for c in comments if c.text == "请核实这一提法")
    assert [r.text for r in asked.replies] == ["已核实，出自市委文件。"]  # the writer's copy


def test_comment_added_after_sending_still_comes_along(tmp_path):
    reviewed = _reviewed()
    reply = _writers_reply(reviewed, tmp_path)
    para = reviewed.sections[0].paragraphs[0]
    later = add_comment(
        reviewed, para.id, "请核实这一提法", author="王主任", time="2025-11-26T08:00:00+08:00"
    )  # the same words on another day: another comment
    comments = redline_comments(compare_drafts(reviewed, reply), "old")
    assert [c.text for c in comments].count("请核实这一提法") == 2
    assert later.id in {c.id for c in comments}
    assert len(redline_comments(compare_drafts(reviewed, reply), "new")) == len(reply.comments)


def test_cli_asks_when_the_answer_is_given_as_old(tmp_path, capsys):
    """`drafter compare 写作者回复.docx 审阅稿.json`: the writer's answer given as OLD (its
    replies make it the newer one) gets a question on stderr; the right order none."""
    from drafter.cli import main
    from drafter.drafts.store import save_draft

    reviewed = _reviewed()
    save_draft(reviewed, tmp_path / "审阅稿.json")
    answer = export_draft(_writers_reply(reviewed, tmp_path), tmp_path / "写作者回复.docx")
    mine = str(tmp_path / "审阅稿.json")
    assert main(["compare", str(answer), mine]) == 0
    err = capsys.readouterr().err
    assert f"注意：{answer} 回复了 {mine} 的批注，像是较新的一稿；新旧是否写反了？" in err
    assert main(["compare", mine, str(answer)]) == 0
    assert "写反" not in capsys.readouterr().err
