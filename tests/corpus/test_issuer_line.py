"""The issuing office's name over a speech's title in plain text: set apart, not joined.

A speech issued for study prints its issuer alone over the title (中共某某县委员会 /
在…上的讲话). Copied to a .txt, the line joiner glued the two (a title split in two ends in
上的讲话 too), so the header reader saw one title with the office's name in front; see
drafter/corpus/issuer_line.py.
"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.corpus.reflow import should_join

BODY = (
    "同志们：\n"
    "今天召开全县基层党建工作推进会，主要任务是总结去年工作，部署今年任务。\n"
    "一、提高政治站位\n"
    "各级党组织要坚持政治引领，全面加强基层党组织的政治功能和组织功能。\n"
    "二、强化工作保障\n"
    "各级党组织要切实履行主体责任，确保各项任务落到实处。\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # the office's name over the speech's whole title: the title alone
        (
            "中共青禾县委员会\n在全县基层党建工作推进会上的讲话\n",
            "在全县基层党建工作推进会上的讲话",
        ),
        (
            "青禾县人民政府办公室\n在全县安全生产工作会议上的讲话\n",
            "在全县安全生产工作会议上的讲话",
        ),
        # a title broken in two after its office's name stays one title
        (
            "中共青禾县委员会\n关于加强基层党组织建设的意见\n",
            "中共青禾县委员会关于加强基层党组织建设的意见",
        ),
        # a speech's title broken before 上的讲话 is joined still
        ("在全县基层党建工作\n推进会上的讲话\n", "在全县基层党建工作推进会上的讲话"),
    ],
    ids=["party_committee", "government_office", "decision", "split_title"],
)
def test_an_issuer_over_a_speech_title_is_not_read_into_it(tmp_path, head, title):
    path = tmp_path / "讲话.txt"
    path.write_text(head + "（2025年3月12日）\n\n" + BODY, "utf-8")
    assert load_document(path).metadata.title == title


def test_the_joiner_keeps_the_issuer_apart_from_the_title():
    assert not should_join("中共青禾县委员会", "在全县党建工作会议上的讲话", False, None)
    assert should_join("在全区干部培训会议", "上的讲话", False, None)
