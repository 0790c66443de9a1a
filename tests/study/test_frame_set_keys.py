"""A frame is keyed by the set it counts, not by its words (frames.reused_phrases.
lists_another_set), on sentences written for these tests: a later use of a counted phrase
that lists its own items, far from the first and not pointing back, is a frame of its own;
a pointer (上述) or a list closed by the count keeps it a mention of the first. The test also
switches the reading off and checks that the outcome changes."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames, rule_pass
from drafter.study.layout import layout

ITEMS = ["建设城东新校区", "修通环城北路", "改造老旧小区"]
LAST_YEAR = "去年年初，我们向全市人民承诺办好三项民生工程，现在都已兑现。\n\n"
BETWEEN = (
    "今年的形势更加复杂，任务更加繁重，各部门要把心思用在干事创业上。\n\n"
    "财政收入增长放缓，支出压力加大，要过紧日子。\n\n"
)
THIS_YEAR = "今年还要办好三项民生工程。一是建设城东新校区，二是修通环城北路，三是改造老旧小区。"
POINTED = "上述三项民生工程，一是建设城东新校区，二是修通环城北路，三是改造老旧小区。"


def _frames(text: str) -> list[tuple[str, list[str]]]:
    lay = layout(parse_text("工作会议上的讲话\n\n" + text + "\n", "t.txt"))
    return [(f.phrase, f.items) for f in find_frames(lay)]


def test_a_later_use_listing_its_own_items_is_another_set():
    assert _frames(LAST_YEAR + BETWEEN + THIS_YEAR) == [
        ("三项民生工程", []),
        ("三项民生工程", ITEMS),
    ]


def test_a_pointer_or_a_use_nearby_takes_up_the_set_named_before():
    assert _frames(LAST_YEAR + BETWEEN + POINTED) == [("三项民生工程", ITEMS)]
    assert _frames(LAST_YEAR + THIS_YEAR) == [("三项民生工程", ITEMS)]


def test_switched_off_the_later_list_replaces_the_first_use(monkeypatch):
    monkeypatch.setattr(rule_pass, "lists_another_set", lambda *a: False)
    assert _frames(LAST_YEAR + BETWEEN + THIS_YEAR) == [("三项民生工程", ITEMS)]
