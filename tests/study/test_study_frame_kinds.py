"""What a count counts decides whether it is a frame, on sentences written for these tests:
a list right before a count is a summary's parts unless the tagger reads names, numbers,
bodies or times in it (drafter/study/frames/kinds.py, frames.pruning._names_listed_before); and a
phrase a speech uses again for other things (我有两个问题 … 我也有两个问题) is a frame each
time (frames.reused_phrases.counts_other_items). Each test also switches its reading off and checks
that the outcome changes."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames, rule_pass
from drafter.study.frames import lexicon as frame_lexicon
from drafter.study.frames import pruning as frame_rules
from drafter.study.layout import layout


def _frames(text: str) -> list[tuple[str, list[str]]]:
    lay = layout(parse_text("座谈会上的讲话\n\n" + text + "\n", "t.txt"))
    return [(f.phrase, f.items) for f in find_frames(lay)]


QUESTIONS = (
    "张明：我有两个问题。第一个问题是预算怎么定？第二个问题是人员怎么配？\n\n"
    "李华：我也有两个问题。第一个问题是流程由谁来管？第二个问题是考核怎么做？"
)
KINDS = (
    "战时的制度大体上可以分为两类，一是集中的，一是分散的，由性质所决定。"
    "历史上的战争，依其性质可以分为两类，一是正义的战争，一是非正义的战争。"
)
RESTATED = (
    "当前有两个大会，一个是行业协会的年会，一个是我们自己的年会。"
    "两个大会有完全不同的目的：一个为了交流，一个为了动员。"
)
POINTED = (
    "工作中要防止两种倾向：一种是急于求成，一种是消极等待。"
    "这两种倾向，一种是想一步到位，一种是不想动，都要克服。"
)


def test_a_phrase_used_again_for_other_items_is_a_frame_each_time():
    assert _frames(QUESTIONS) == [
        ("两个问题", ["预算怎么定", "人员怎么配"]),
        ("两个问题", ["流程由谁来管", "考核怎么做"]),
    ]
    # a bare count may be written with its lead-in to tell the two apart (…可以分为两类)
    kinds = _frames(KINDS)
    assert [p[-2:] for p, _ in kinds] == ["两类", "两类"]
    assert [items for _, items in kinds] == [["集中的", "分散的"], ["正义的战争", "非正义的战争"]]


def test_switched_off_the_second_use_is_a_mention_of_the_first(monkeypatch):
    monkeypatch.setattr(rule_pass, "counts_other_items", lambda *a: False)
    assert _frames(QUESTIONS) == [("两个问题", ["预算怎么定", "人员怎么配"])]
    assert [p[-2:] for p, _ in _frames(KINDS)] == ["两类"]


def test_the_same_things_said_again_or_pointed_back_at_stay_one_frame():
    assert [p for p, _ in _frames(RESTATED)] == ["两个大会"]
    assert [p for p, _ in _frames(POINTED)] == ["两种倾向"]


def test_a_list_of_common_or_abstract_things_before_a_count_is_its_items():
    text = "我们的国家这样大，情况这样复杂，有中央和地方两个积极性，比只有一个积极性好得多。"
    assert _frames(text) == [("两个积极性", ["中央", "地方"])]
    text = "将民主和集中两个似乎相冲突的东西，在一定形式上统一起来。"
    assert _frames(text) == [("两个似乎相冲突的东西", ["民主", "集中"])]  # whole noun (11f4213)


def test_switched_off_such_a_list_is_taken_for_names(monkeypatch):
    monkeypatch.setattr(frame_rules, "named_items", lambda items: True)
    # 两个积极性 is a counted formula of the gold's lexicon, adopted whatever its list: off too
    monkeypatch.setattr(frame_lexicon, "COUNTED_FORMULAS", frozenset())
    text = "我们的国家这样大，情况这样复杂，有中央和地方两个积极性，比只有一个积极性好得多。"
    assert _frames(text) == []


NAMES = "我们要学习孙中山先生和鲁迅先生两个榜样，一生为国。"
BODIES = "请财经、文教、政法三个委员会的主管同志负责。"
FIGURES = "全省经济总量连跨5万亿元、6万亿元两个台阶，社会大局和谐稳定。"


def test_names_bodies_figures_and_times_before_a_count_are_no_summary():
    for text in (NAMES, BODIES, FIGURES):
        assert _frames(text) == [], text


def test_switched_off_each_guard_lets_its_list_through(monkeypatch):
    monkeypatch.setattr(frame_rules, "named_items", lambda items: False)
    assert [p for p, _ in _frames(NAMES)] == ["两个榜样"]
    monkeypatch.setattr(frame_rules, "body_noun", lambda head: False)
    assert [p for p, _ in _frames(BODIES)] == ["三个委员会"]
    monkeypatch.setattr(frame_rules, "numbered_items", lambda items: False)
    assert [p for p, _ in _frames(FIGURES)] == ["两个台阶"]
