"""Points after a numbered group's last item that sum up the whole part (drafter/corpus/
candidates.py ``tail_run``): a review lists its work （一）…（三）, the last item has its own
text, then a lead-in ending in a colon opens 一是…三是 lessons standing over paragraphs of
their own to the part's end — siblings of （一）…（三）, not points of （三）. Points right
under the last item stay its own. Our own sentences."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_P = (
    "我们坚持稳中求进工作总基调，统筹推进各项工作，经济运行总体平稳，发展质量稳步提升，"
    "人民群众获得感、幸福感、安全感不断增强。"
)
_LESSONS = ("一是必须坚持发展第一要务。", "二是必须坚持改革开放。", "三是必须坚持以人民为中心。")


def _report(own_text: int) -> str:
    paras = ["各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。"]
    paras += ["一、过去五年工作回顾", _P, "五年来，我们主要做了以下工作："]
    paras += ["（一）加快转变发展方式。", _P, _P]
    paras += ["（二）深化改革开放。", _P, _P]
    paras += ["（三）切实保障和改善民生。"] + [_P] * own_text
    paras += ["回顾五年来的政府工作，我们有以下几点体会："]
    for lesson in _LESSONS:
        paras += [lesson, _P, _P]
    paras += ["二、今后五年的目标任务", _P, _P, _P]
    paras += ["三、今年的重点工作", _P, _P, _P]
    paras += ["各位代表！让我们紧密团结起来，为建设美好家园而努力奋斗！"]
    return "\n\n".join(paras)


def test_lessons_after_the_last_items_own_text_are_its_siblings() -> None:
    tree = levelled(_report(own_text=4))
    assert [h for h in tree if h[0] == 2] == [
        (2, "（一）加快转变发展方式"),
        (2, "（二）深化改革开放"),
        (2, "（三）切实保障和改善民生"),
        (2, "一是必须坚持发展第一要务"),
        (2, "二是必须坚持改革开放"),
        (2, "三是必须坚持以人民为中心"),
    ]


def test_points_right_under_the_last_item_are_its_own() -> None:
    tree = levelled(_report(own_text=0))
    assert (3, "一是必须坚持发展第一要务") in tree
    assert (2, "一是必须坚持发展第一要务") not in tree


_TOPICS = ("在教育方面。", "在卫生方面。", "在就业方面。", "在社会保障方面。", "在社会管理方面。")
_POINTS = ("第一，必须坚持解放思想。", "第二，必须坚持改革开放。", "第三，必须坚持依法行政。")


def _review(own_text: int) -> str:
    """A review whose （二） lists run-in topics a paragraph each, then goes on with
    ``own_text`` paragraphs before a lead-in to run-in lessons."""
    paras = ["各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。"]
    paras += ["一、过去五年工作回顾", _P]
    paras += ["（一）加快转变发展方式", _P, _P, _P]
    paras += ["（二）切实保障和改善民生", _P]
    paras += [topic + _P + _P for topic in _TOPICS]
    paras += [_P] * own_text
    paras += ["五年来，我们积累了许多宝贵经验，主要体会是："]
    paras += [point + _P + _P for point in _POINTS]
    paras += [_P, _P]
    paras += ["二、今后五年的目标任务", _P, _P, _P]
    paras += ["三、今年的重点工作", _P, _P, _P]
    paras += ["各位代表！让我们紧密团结起来，为建设美好家园而努力奋斗！"]
    return "\n\n".join(paras)


def test_lessons_far_past_run_in_topics_are_the_topics_siblings() -> None:
    # gwr_national_2008 nested 第一，…第六， lessons under 在社会管理方面, the last of
    # seven run-in topics, ten paragraphs of other review after that topic's own text
    tree = levelled(_review(own_text=8))
    assert (3, "在社会管理方面") in tree
    assert [h for h in tree if h[1].startswith("第")] == [
        (3, "第一，必须坚持解放思想"),
        (3, "第二，必须坚持改革开放"),
        (3, "第三，必须坚持依法行政"),
    ]


def test_lessons_right_after_the_last_topic_are_its_own() -> None:
    tree = levelled(_review(own_text=0))
    assert (3, "在社会管理方面") in tree
    assert (4, "第一，必须坚持解放思想") in tree
