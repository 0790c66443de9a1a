"""Opening parts said with other words (stop 19), read from the openings the analysis found in
the corpus and left unlabelled: the subject the speaker takes up named after the verb (在团结
问题上我想讲一点方法问题 / …，也讲讲公司未来的作战模式) is 交代事由; the situation named as 局势
or the state of affairs abroad or now (目前的国际情况对于我们是有利的) is 形势. Each case is
written here and failed before its rule."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

BODY = "\n\n一、抓好落实\n\n要一件一件抓。\n\n二、抓好队伍\n\n要敢于担当。\n"


def opening_kinds(first: str) -> list[str]:
    return [p.kind for p in analyze(parse_text("讲话\n\n" + first + BODY, "t.txt")).opening.parts]


def test_the_subject_taken_up_named_after_the_verb_is_what_the_talk_is_about():
    for first in ("在团结问题上我想讲一点方法问题。", "今天请你们吃饭，也讲讲公司未来的作战模式。"):
        assert opening_kinds(first) == ["交代事由"], first


def test_the_situation_named_as_jushi_or_the_state_of_affairs():
    for first in ("目前的国际情况对于我们是有利的。", "国际局势正在发生深刻变化。"):
        assert opening_kinds(first) == ["形势"], first
    assert opening_kinds("他家里的情况很困难。") == []


def test_praise_of_the_rooms_work_is_an_affirmation_but_a_condition_is_not():
    for first in ("英国代表处经营还好。", "你们的电子平台做得很好。"):
        assert opening_kinds(first)[:1] == ["肯定成绩"], first
    assert "肯定成绩" not in opening_kinds("如果我们的平台做得好，就能支撑一线。")
