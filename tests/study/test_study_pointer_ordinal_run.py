"""A pointer + count (这三个原则, 这两方面, 这两点) summing up a run of ordinals written before
it: the run's items, read by drafter/study/frames/pointer.py, even when the run ended long
before the pointer or opens glued to its lead words.
Sentences written for these tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames
from drafter.study.layout import layout


def _items(text: str, phrase: str) -> list[str] | None:
    for frame in find_frames(layout(parse_text(text, "t.txt"))):
        if phrase in frame.phrase:
            return frame.items
    return None


def test_items_naming_the_noun_are_read_however_far_the_run_ended():
    text = (
        "开展督查工作，必须注意下列几项原则。第一是实事原则。情况要摸清。数字要核准。"
        "第二是时效原则。问题要早发现。整改要早落实。第三是闭环原则。交办要有回音。"
        "办结要有记录。归档要有目录。台账要常更新。这三个原则，大家要时时记在心上。"
    )
    assert _items(text, "三个原则") == ["实事原则", "时效原则", "闭环原则"]


def test_a_first_ordinal_glued_to_its_lead_words_opens_the_run():
    text = (
        "年终对科室的考评一是看任务的完成，二是看群众的评价。任务完成是硬指标，"
        "群众评价是软指标，对科室的考评必须兼顾到这两方面。"
    )
    assert _items(text, "两方面") == ["看任务的完成", "看群众的评价"]
