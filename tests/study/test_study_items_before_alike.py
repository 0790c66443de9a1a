"""Items written right before their count that the list reader refused (issue 11, items of the
long-essay batch 39): a pair written alike whose sides hold conjunctions of their own
(为A而奋斗和为B和C而奋斗这样两个目标). One-character items glued before a short formula
(老中青三结合, 烧杀抢“三光”) are left unread: read by jieba's words, 实施“两重” gave 实|施 in 40 of the
reports of ../shared for 2 right. Own fixtures, not the gold texts."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.units import _parallel_join


def _frames(body: str) -> dict[str, list[str]]:
    text = "在全市工作会议上的讲话\n同志们：\n" + body + "\n同志们，让我们共同努力！\n"
    study = analyze(parse_text(text, "/tmp/会议.txt"), rate=220)
    return {f.phrase: f.items for f in study.frames}


def test_a_pair_written_alike_is_cut_at_its_own_join():
    frames = _frames(
        "每个青年干部到基层的时候，心里都装着为眼前的乡村振兴而工作和为长远的城乡融合和共同富裕"
        "而工作这样两个明确的目标，不怕困难，不计得失。"
    )
    assert frames["两个明确的目标"] == [
        "为眼前的乡村振兴而工作",
        "为长远的城乡融合和共同富裕而工作",
    ]


def test_a_join_inside_one_side_is_not_the_pair():
    # the second 和 has 城乡融合 before it and 共同富裕而工作 after: the sides end unlike
    assert _parallel_join("为乡村振兴而工作和为城乡融合和共同富裕而工作") == [
        "为乡村振兴而工作",
        "为城乡融合和共同富裕而工作",
    ]
    assert _parallel_join("坚持乡村振兴和城乡融合") is None
    # A和B以及C之D和E: the last 和 joins inside the second side of 以及, no pair of its own
    assert _parallel_join("研究主要的矛盾和非主要的矛盾以及矛盾之主要的方面和非主要的方面") is None
