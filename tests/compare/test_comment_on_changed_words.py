"""A comment on words the writer has since changed, carried into the 修订稿 (对调新旧).

The office head flagged 截止 (审稿意见转为批注: “截止”应为“截至”) and the writer's 二稿
says 截至: the comment went onto the whole paragraph with no word of what it had been on,
and read in Word as a complaint about the corrected sentence. It now says which words it
was on (:func:`drafter.compare.comments.carry_comments`)."""

from __future__ import annotations

import copy

from drafter.compare import compare_drafts
from drafter.compare.comments import carry_comments
from drafter.drafts.anchors import add_comment
from tests.export.conftest import build_speech


def _commented_pair():
    old = build_speech()
    para = old.sections[0].paragraphs[0]
    at = para.text.index("枢纽位置")
    add_comment(old, para.id, "“枢纽”改为“中枢”", author="王主任", start=at, end=at + 4)
    at = para.text.index("协调各方")
    add_comment(old, para.id, "协调各方要展开", author="王主任", start=at, end=at + 4)
    new = copy.deepcopy(old)
    new.comments.clear()
    new.sections[0].paragraphs[0].text = "办公室处于承上启下、联系左右、协调各方的中枢位置。"
    return old, new


def test_comment_on_changed_words_says_what_they_were():
    old, new = _commented_pair()
    carried = {c.text.split("（")[0]: c for c in carry_comments(compare_drafts(old, new))}
    changed = carried["“枢纽”改为“中枢”"]
    assert changed.text == "“枢纽”改为“中枢”（原批注所在文字新稿已改：“枢纽位置”）"
    assert changed.target == new.sections[0].paragraphs[0].id
    assert changed.start is None and changed.end is None and not changed.quote


def test_comment_on_words_still_there_keeps_them():
    old, new = _commented_pair()
    carried = {c.text: c for c in carry_comments(compare_drafts(old, new))}
    kept = carried["协调各方要展开"]
    assert kept.quote == "协调各方" and kept.target == new.sections[0].paragraphs[0].id


def test_cli_redline_keeps_the_reviewed_drafts_comments(tmp_path, capsys):
    """`drafter compare 审阅稿.json 二稿.json -o 修订稿.docx --old-comments`: the office
    head's comments on the draft he reviewed (OLD) are in the 修订稿 of the writer's 二稿;
    without the option the file held only the change notes, his comments lost."""
    from drafter.cli import main
    from drafter.drafts.store import save_draft
    from drafter.drafts.word_comments import read_word_comments

    old, new = _commented_pair()
    save_draft(old, tmp_path / "审阅稿.json")
    save_draft(new, tmp_path / "二稿.json")
    target = tmp_path / "修订稿.docx"
    args = [
        "compare",
        str(tmp_path / "审阅稿.json"),
        str(tmp_path / "二稿.json"),
        "-o",
        str(target),
    ]
    assert main([*args, "--old-comments", "--author", "王主任"]) == 0
    texts = [c.text for c in read_word_comments(target)]
    assert "协调各方要展开" in texts
    assert "“枢纽”改为“中枢”（原批注所在文字新稿已改：“枢纽位置”）" in texts
    assert main(args) == 0
    assert "协调各方要展开" not in [c.text for c in read_word_comments(target)]
