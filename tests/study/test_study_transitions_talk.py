"""Transitions read as talk about the talk (stop 19): the speaker turns to look at the next
matter (现在，我们来看一看… / 现在来分析一下… / 下面再说…) or looks back on the part just given
by its number or count (以上是第一个问题。 / 上面这八条，… / 讲到这里，…), in texts with or
without headings. Each case is written here and failed before its rule."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def transitions(text: str) -> list[str]:
    return [t.text for t in analyze(parse_text(text, "talk.txt")).transitions]


def talk(middle: str) -> str:
    return (
        "关于文风的讲话\n\n同志们，今天讲一讲文风问题。\n\n"
        "有些同志写文章，长而且空，群众看了就摇头。\n\n"
        "这种文章，只好去欺负幼稚的人，在他们中间造成坏习惯。\n\n"
        f"{middle}\n\n"
        "写文章要看对象，写给谁看就要照顾谁。\n\n"
        "还有许多问题，以后再谈。\n\n"
        "希望大家都来改进文风。\n"
    )


def test_the_speaker_turns_to_look_at_or_analyse_the_next_matter():
    for turn in (
        "现在，我们来看一看这种文风的坏处在什么地方。",
        "现在来分析一下这种文风的坏处在什么地方。",
        "下面再说写文章的规矩。",
        "现在我来说一说写文章的规矩。",
    ):
        assert turn in transitions(talk(turn)), turn


def test_the_part_just_given_looked_back_on_by_its_number_or_count():
    for back in (
        "以上是第一个问题，大家可以讨论。",
        "上面这八条，就是我们反对空话的理由。",
        "讲到这里，也许有人要问：长文章就一概不要了吗？",
    ):
        assert back in transitions(talk(back)), back


def test_a_story_told_to_this_point_is_no_turn_of_the_talk():
    text = talk("老王说到这里就哭了，大家都很感动。")
    assert not any("说到这里" in t for t in transitions(text))


def test_turns_with_lai_qici_zai_zuihou_and_zheli():
    for turn in (
        "现在我们来说这种文风的来历。",
        "其次来说写文章的规矩。",
        "其次看这种文风的危害。",
        "再讲写文章的规矩。",
        "最后说到写文章的规矩。",
        "这里还要谈一下写文章的规矩。",
        "这里顺便说一点写文章的规矩。",
        "还有一种情况也需要讲一讲。",
        "上面说的是文风的坏处，还有一点要说。",
        "以上讲了文风的坏处，下面讲怎样改。",
    ):
        assert turn in transitions(talk(turn)), turn


def test_a_view_from_now_a_repetition_or_a_point_recalled_is_no_turn():
    for other in (
        "现在来看，这种文风的坏处是很明显的。",
        "再说一遍，这种文风是要不得的。",
        "前面说过，这种文风是要不得的。",
    ):
        assert other not in transitions(talk(other)), other


def test_a_paragraphs_last_sentence_turning_to_what_the_next_paragraphs_take_up():
    middle = "这种文风有许多坏处，大家都看到了。下面就来分析这几种坏处。"
    assert "下面就来分析这几种坏处。" in transitions(talk(middle))
    middle = "这种文风有许多坏处。现在我们就来说明这种变化的过程。"
    assert "现在我们就来说明这种变化的过程。" in transitions(talk(middle))
