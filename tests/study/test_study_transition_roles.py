"""What each transition does for the talk (stop 21): the study names it beside the mark, since a
mark alone teaches a trainee nothing — 转入问题, 总结体会, 回顾上文, 引出下文, 转入新话题, 承上启下.
Each written here on our own sentences; the test failed before roles were given."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.transitions import TRANSITION_ROLES, transition_role


def roles(text: str) -> dict[str, str]:
    return {t.text: t.role for t in analyze(parse_text(text, "talk.txt")).transitions}


def test_each_transition_found_carries_its_role():
    text = (
        "关于全年工作的讲话\n\n同志们：\n\n今天讲两个问题。\n\n"
        "一、回顾\n\n一年来，全县经济平稳运行。\n\n"
        "回顾五年发展历程，我们深切感受到：必须坚持从实际出发。\n\n"
        "各位代表！我们也清醒看到，全县发展中还存在不少困难和问题。主要是投资偏弱。\n\n"
        "二、任务\n\n做好今年工作，要坚持稳中求进，注重以下几点。一是稳工业。二是扩消费。\n\n"
        "这里要专门讲一下农民培训的问题。培训要讲实效。\n\n"
        "这个问题很重要，以上是第一个问题，培训问题。\n\n"
        "同志们，让我们共同努力！\n"
    )
    got = roles(text)
    assert got["回顾五年发展历程，我们深切感受到：必须坚持从实际出发。"] == "总结体会"
    assert got["我们也清醒看到，全县发展中还存在不少困难和问题。"] == "转入问题"
    assert got["做好今年工作，要坚持稳中求进，注重以下几点。"] == "引出下文"
    assert got["这里要专门讲一下农民培训的问题。"] == "转入新话题"
    assert got["这个问题很重要，以上是第一个问题，培训问题。"] == "回顾上文"
    assert set(got.values()) <= set(TRANSITION_ROLES)


def test_the_times_or_the_argument_carried_over_link_the_parts():
    assert transition_role("在当前国内外大好形势下，把我们自己的事情办好，十分重要。") == "承上启下"
    assert transition_role("这样讲来，问题就很清楚了。") == "承上启下"
    assert transition_role("下面就来分析这几点。") == "引出下文"
    assert transition_role("现在我来讲一讲作风问题。") == "转入新话题"
    assert transition_role("关于这个问题，我已在上面作了说明。") == "回顾上文"
