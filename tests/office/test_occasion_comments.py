"""Comments on 场合 (the occasion, which the title block keeps but no printed line shows):
written to Word labelled 【场合】 and anchored on the occasion's words where the title names them,
else on the title line; read back onto the field, from our export, a 修订稿 and another tool's
file; added from the CLI with ``--on 场合``."""

from __future__ import annotations

from datetime import datetime

from cli_run import run_cli

from drafter.compare import compare_drafts
from drafter.drafts.anchors import add_comment, describe_place, unprinted_field, unprinted_label
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import load_draft, save_draft
from drafter.export import export_draft
from drafter.export.redline import export_redline
from tests.export.conftest import build_speech
from tests.office.test_title_comments import _commented_words, other_tools_word

NOW = datetime(2025, 11, 26, 9, 0, 0)


def test_label_is_read_back_and_only_a_leading_one_counts():
    assert unprinted_label("occasion") == "【场合】"
    assert unprinted_field("【场合】写全称") == ("occasion", "写全称")
    assert unprinted_field("标题中的【场合】") == (None, "标题中的【场合】")


def test_occasion_comment_goes_to_word_on_its_words_in_the_title_and_comes_back(tmp_path):
    draft = build_speech()  # 在全区办公室主任暨文秘业务培训会议上的讲话; occasion from it
    occasion = draft.meta.occasion
    assert occasion and occasion in draft.meta.title
    at = occasion.index("文秘业务")
    add_comment(draft, "meta:occasion", "场合写全称", author="王主任")
    add_comment(draft, "meta:occasion", "业务二字可删", author="王主任", start=at, end=at + 4)
    assert describe_place(draft, draft.comments[1]) == "场合 · “文秘业务”"
    out = export_draft(draft, tmp_path / "送审稿.docx")
    words = _commented_words(out)
    assert words["【场合】场合写全称"] == ("Title", occasion)
    assert words["【场合】业务二字可删"] == ("Title", "文秘业务")
    back = open_as_draft(out)
    got = sorted((c.target, c.quote, c.text) for c in back.comments)
    assert got == [
        ("meta:occasion", "", "场合写全称"),
        ("meta:occasion", "文秘业务", "业务二字可删"),
    ]


def test_an_occasion_the_title_does_not_name_is_anchored_on_the_title_line(tmp_path):
    draft = build_speech()
    draft.meta.occasion = "2025年全区文秘业务培训班"  # not in the title's words
    add_comment(draft, "meta:occasion", "与通知一致", author="王主任")
    add_comment(draft, "meta:title", "标题可短些", author="王主任", start=0, end=2)
    out = export_draft(draft, tmp_path / "送审稿.docx")
    style, covered = _commented_words(out)["【场合】与通知一致"]
    assert style == "Title" and covered.replace("\n", "") == draft.meta.title
    back = open_as_draft(out)
    got = {c.text: c.target for c in back.comments}
    assert got == {"与通知一致": "meta:occasion", "标题可短些": "meta:title"}


def test_revised_draft_brings_the_occasion_comment_back(tmp_path):
    old = build_speech()
    new = build_speech()
    new.sections[0].paragraphs[0].text = "办公室处于承上启下、协调各方的中枢位置。"
    add_comment(new, "meta:occasion", "会议名称以通知为准", author="王主任")
    out = export_redline(
        compare_drafts(old, new), tmp_path / "修订稿.docx", author="王主任", now=NOW
    )
    back = open_as_draft(out)
    c = next(c for c in back.comments if c.text == "会议名称以通知为准")
    assert c.target == "meta:occasion" and c.author == "王主任"


def test_a_labelled_comment_from_another_tool_is_read_onto_the_occasion(tmp_path):
    """A reviewer in Word may label a remark 【场合】 on any words: it is read as a comment on
    the occasion (on those words when the occasion holds them)."""
    back = other_tools_word(
        tmp_path / "他人.docx",
        ("在全市", "安全生产工作会议", "上的讲话"),
        "要把安全生产摆在突出位置。",
        "【场合】核对会议名称",
    )
    (c,) = back.comments
    assert c.target == "meta:occasion" and c.text == "核对会议名称"
    assert back.meta.occasion.endswith("安全生产工作会议")
    assert c.quote in ("", "安全生产工作会议")


def test_cli_comment_on_the_occasion(tmp_path, capsys):
    path = tmp_path / "稿.json"
    save_draft(build_speech(), path)
    # in this process: tests/cli_run.py says why
    done = run_cli(capsys, "comment", "add", str(path), "写全称", "--on", "场合", check=False)
    assert done.returncode == 0, done.stderr
    (c,) = load_draft(path).comments
    assert c.target == "meta:occasion"
