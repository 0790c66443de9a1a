"""Session 45's frame classes from the released blind set 8, on texts written for these tests:
a count a speaking verb announces over unnumbered headings (讲三个…的小故事, 作出三点承诺), a
long modifier with an adjective before the head noun, the pointer at the end of the last part
(这三个故事) folded into that frame, a count jieba glues to the verb before it (分三步推进), 五个
方面的工作 kept, a quota (至少开展两项专题调研) no frame without its items, and pronouns that
gather nothing (their clause sets the two apart) next to one closing two words
with no mark between them (认为军事政治二者是对立的)."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.measures import _inside_word

STORIES = """在青年干部座谈会上的讲话

同志们，今天我想给大家讲三个发生在山村里的小故事。

一只水桶

第一个故事的主人公是老村长。那年大旱，他挑着水桶走了二十里山路。

一盏马灯

第二个故事，要从一盏马灯说起。夜里下大雨，护林员提着马灯守在山口。

一封家书

第三个故事，是关于一封信的。在外打工的小伙子写信回家，说要回来种果树。

同志们，这三个故事，说的是一个村，更是一群人。希望大家向他们学习。
"""

PLEDGES = """在任职大会上的讲话

同志们：

组织上把这副担子交给我，我深感责任重大。在这里，我郑重作出三点承诺。

始终对党忠诚，做政治上的老实人

我将严格执行请示报告制度，自觉在思想上行动上同党中央保持一致。

始终担当实干，做发展上的带头人

我将尽快熟悉情况，走遍全县各个乡镇，把心思用在干事创业上。

始终清正廉洁，做群众中的贴心人

我将严守纪律规矩，管好身边人，请大家监督。
"""


def _frames(text: str):
    return analyze(parse_text(text, "t.txt")).frames


def test_stories_a_speaking_verb_announces_are_listed_by_their_headings():
    frames = _frames(STORIES)
    stories = [f for f in frames if f.number == 3]
    assert [f.phrase for f in stories] == ["三个发生在山村里的小故事"], [
        (f.phrase, f.items) for f in frames
    ]
    assert stories[0].items == ["一只水桶", "一盏马灯", "一封家书"]


def test_pledges_announced_over_unnumbered_headings_are_listed():
    frames = [f for f in _frames(PLEDGES) if f.number == 3]
    assert [f.phrase for f in frames] == ["三点承诺"], [f.phrase for f in frames]
    assert [i[:6] for i in frames[0].items] == ["始终对党忠诚", "始终担当实干", "始终清正廉洁"]


def test_a_count_glued_to_its_verb_by_jieba_is_read():
    frames = frames_of(
        "降本增效要具体分三步推进：第一步，摸清成本底数；第二步，实施改善项目；"
        "第三步，组织评估验收。"
    )
    steps = [f for f in frames if f.phrase.startswith("三步")]
    assert steps and steps[0].items == ["摸清成本底数", "实施改善项目", "组织评估验收"], [
        (f.phrase, f.items) for f in frames
    ]


def test_a_numeral_word_holds_its_count_but_not_a_rough_one():
    assert not _inside_word("具体分三步推进", 3)
    assert _inside_word("反对党八股", 3)
    assert _inside_word("还有大小数十支队伍", 5)


def test_the_aspects_of_the_work_are_a_frame():
    frames = frames_of("围绕这些目标，今年重点抓好五个方面的工作。各单位要细化分解。")
    assert any(f.phrase.startswith("五个方面") for f in frames), [f.phrase for f in frames]


@pytest.mark.parametrize(
    "sentence",
    [
        "每季度撰写一篇学习体会，结合分管工作至少开展两项专题调研。",
        "每个支部每年不少于三项主题活动，年底统一考核。",
    ],
)
def test_a_quota_is_no_frame_without_its_items(sentence):
    assert not [f.phrase for f in frames_of(sentence) if f.number in (2, 3)]


def test_a_quota_with_its_items_is_a_frame():
    frames = frames_of("今年至少要办好两件实事：一是改造老旧小区，二是新建一所学校。")
    found = [f for f in frames if f.number == 2]
    assert found and found[0].items == ["改造老旧小区", "新建一所学校"], [
        (f.phrase, f.items) for f in frames
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "把政治和经济二者混为一谈，是不对的。",
        "种子得到水分就会发芽，但水分不能使石子发芽，因为二者的根据是不同的。",
    ],
)
def test_pronouns_that_gather_nothing_are_no_frames(sentence):
    assert not [f.phrase for f in frames_of(sentence) if "者" in f.phrase]


def test_a_pronoun_closing_two_words_without_a_mark_is_a_frame():
    frames = frames_of("有些同志认为军事政治二者是对立的，这是一种错误的看法。")
    found = [f for f in frames if "者" in f.phrase]
    assert found and found[0].items == ["军事", "政治"], [(f.phrase, f.items) for f in frames]


GIFTS = """在开学典礼上的讲话

同学们，我决定给大家送三个“礼物”。这三个礼物，都是我上学时老师送给我的。

一本字典

字典教我们认真，一个字一个字地弄明白，不能马虎。

一支钢笔

钢笔教我们勤奋，每天写一点，日积月累就有了收获。

一张地图

地图教我们眼界，世界很大，要多走走多看看。
"""


def test_a_pointer_naming_the_frames_own_noun_is_a_mention_of_it():
    frames = [f for f in _frames(GIFTS) if f.number == 3]
    assert [f.phrase for f in frames] == ["三个“礼物”"], [(f.phrase, f.items) for f in frames]
    assert frames[0].items == ["一本字典", "一支钢笔", "一张地图"]
