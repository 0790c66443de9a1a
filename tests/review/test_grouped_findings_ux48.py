"""One problem met again is told once: findings of one rule, level and kind are grouped.

Last session's walk: a speech that writes every 序次语 as 第一、 … 第十二、 got twelve
numbering.punct findings, and 转为批注 put twelve comments in Word's margin, each saying
the same thing. The listing now names the problem once with its count and other places,
and the comments are one, on the first, naming the others. ``--json`` and the counts
still give every finding (a program reading them, and the exit status, see each one).
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from cli_run import run_cli
from holdout import skip_held_out

from drafter.corpus import load_document
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.review import review_document, review_draft
from drafter.review.groups import group_findings, others_line
from drafter.review.into_comments import comments_from_findings, review_into_comments

ORDINALS = "一二三四"
SPEECH = (
    "在全区办公室工作会议上的讲话\n（2026年3月2日）\n同志们：\n"
    "今天召开这次会议，主要是总结工作、部署任务。下面，我讲四点意见。\n"
    + "".join(
        f"第{n}、{head}。要围绕中心、服务大局，把各项任务抓紧抓实，确保取得实效。\n"
        for n, head in zip(
            ORDINALS, ["提高政治站位", "突出工作重点", "强化责任落实", "加强作风建设"]
        )
    )
    + "同志们，让我们共同努力，把办公室工作提高到新水平。\n"
)


def _speech(tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, "utf-8")
    return path


def test_four_ordinals_with_a_dun_are_one_group_naming_the_other_three(tmp_path):
    result = review_document(load_document(_speech(tmp_path)))
    punct = [f for f in result.findings if f.rule == "numbering.punct"]
    assert [f.text for f in punct] == [f"第{n}、" for n in ORDINALS]
    groups = [g for g in group_findings(result.findings) if g.first.rule == "numbering.punct"]
    assert len(groups) == 1 and len(groups[0]) == 4
    line = others_line(groups[0])
    assert line.startswith("同样的问题共 4 处，另见：")
    assert all(f"第{n}、" in line for n in "二三四") and "第一、" not in line


def test_different_problems_of_one_rule_stay_apart(tmp_path):
    """A half-width comma met twice is one group; a half-width colon beside them is
    another problem (its message names it) and stays its own."""
    text = (
        "在全区办公室工作会议上的讲话\n（2026年3月2日）\n同志们：\n"
        "要抓好落实,不断推进:持续用力,久久为功。\n"
    )
    path = tmp_path / "t.txt"
    path.write_text(text, "utf-8")
    result = review_document(load_document(path))
    half = [f for f in result.findings if f.rule == "punctuation.halfwidth"]
    assert {f.text for f in half} == {",", ":"}
    sizes = sorted(len(g) for g in group_findings(half))
    assert sizes == [1, 2]


def test_comment_is_one_on_the_first_naming_the_others(tmp_path):
    draft = open_as_draft(_speech(tmp_path))
    result, added = review_into_comments(draft, "王主任")
    assert sum(f.rule == "numbering.punct" for f in result.findings) == 4
    punct = [c for c in added if c.origin == "review:numbering.punct"]
    assert len(punct) == 1
    first = draft.sections[0]
    assert punct[0].target == first.id
    assert "共 4 处" in punct[0].text and "「第四、加强作风建设」" in punct[0].text
    # running it again adds nothing: the group's comment is the first finding's
    assert comments_from_findings(draft, review_draft(draft).findings) == []


def test_cli_lists_the_group_once_and_json_keeps_every_finding(tmp_path, capsys):
    path = _speech(tmp_path)
    run = ["review", str(path)]  # in this process: tests/cli_run.py says why
    out = run_cli(capsys, *run, check=False).stdout
    assert out.count("(numbering.punct)") == 1
    assert "同样的问题共 4 处，另见：第" in out and "[疑似] 4 处" in out
    js = run_cli(capsys, *run, "--json", check=False).stdout
    rules = Counter(f["rule"] for f in json.loads(js)["findings"])
    assert rules["numbering.punct"] == 4


@pytest.mark.shared
def test_real_texts_give_no_two_identical_comments(shared_dir):
    """Every seed and report of ../shared (hold-out skipped) opened as a draft and turned
    into comments: no two comments of one rule say the same words (the seed whose twelve
    第N、 gave twelve comments now gives one)."""
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    files += sorted((shared_dir / "corpus" / "structure").glob("*.txt"))
    files = skip_held_out(files, shared_dir)
    assert files
    most = 0
    for path in files:
        draft = open_as_draft(path)
        result, added = review_into_comments(draft)
        said = Counter((c.origin, c.text) for c in added)
        assert max(said.values(), default=1) == 1, (path, said.most_common(1))
        assert len(added) <= len(group_findings(result.findings))
        punct = [f for f in result.findings if f.rule == "numbering.punct"]
        if len(punct) > most:
            most = len(punct)
            named = [c for c in added if c.origin == "review:numbering.punct"]
            assert len(named) == 1 and f"共 {len(punct)} 处" in named[0].text, path
    assert most >= 4  # a real text with a numbering habit repeated was among them


def test_a_second_round_after_the_first_place_is_fixed_adds_no_comment():
    """The writer replaced the first of three stand-ins only; the review finds the two left,
    whose places the first round's comment already names (另见：「一、提高政治站位」下「XX」…):
    no second comment saying it again. Places no comment names are still commented."""
    draft = Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：今天召开这次会议，请XX同志主持。")],
        sections=[
            DraftNode("提高政治站位", [DraftParagraph("请XX同志牵头，抓好落实。")]),
            DraftNode("突出工作重点", [DraftParagraph("由XX同志配合，抓好落实。")]),
        ],
    )
    _result, first = review_into_comments(draft)
    assert [c.target for c in first if c.origin == "review:placeholder.x"] == [draft.opening[0].id]
    draft.opening[0].text = draft.opening[0].text.replace("XX", "张三")
    left = [f for f in review_draft(draft).findings if f.rule == "placeholder.x"]
    assert len(left) == 2
    assert comments_from_findings(draft, left) == []
    draft.comments.clear()
    again = comments_from_findings(draft, left)
    assert len(again) == 1 and "共 2 处" in again[0].text
