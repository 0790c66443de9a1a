"""Items a count's own noun names right after it, and a back-reference's marked paragraphs (issue 11, items of held-out batches 16/17):
在两大矛盾中间，A的矛盾…，B的矛盾… and 摆脱三个依赖。…摆脱对A的依赖，对B的依赖，对C的依赖 were
found as frames with no items. Own fixtures, not the gold texts."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _frames(body: str) -> dict[str, list[str]]:
    text = "在全市工作会议上的讲话\n同志们：\n" + body + "\n同志们，让我们共同努力！\n"
    study = analyze(parse_text(text, "/tmp/会议.txt"), rate=220)
    return {f.phrase: f.items for f in study.frames}


def test_namings_in_the_rest_of_the_sentence_are_the_items():
    frames = _frames(
        "在当前两大挑战中间，外部环境的挑战依然是主要的，内部结构的挑战依然处在次要的地位。"
    )
    assert frames["两大挑战"] == ["外部环境的挑战", "内部结构的挑战"]


def test_namings_in_the_next_paragraphs_first_sentence_are_the_items():
    frames = _frames(
        "摆脱三个依赖，走向主动的关键是管理。\n"
        "我们要逐步摆脱对土地的依赖，对项目的依赖，对投资的依赖，建立起比较合理的发展机制。"
    )
    assert frames["三个依赖"] == ["土地的依赖", "项目的依赖", "投资的依赖"]


def test_a_count_whose_word_qualifies_a_noun_takes_no_namings():
    frames = _frames("城里有两个安静的院子，以前说最安静的院子在东边，现在西边也是最安静的院子。")
    assert not frames.get("两个安静")


def test_a_back_reference_to_the_marked_paragraphs_right_before_it():
    frames = _frames(
        "为什么要这样尖锐地提出问题呢？这是因为：\n"
        "一方面，部分单位的畏难情绪，基层力量的不足，使工作一再拖延。\n"
        "另一方面，干部队伍中经验的缺乏，制度执行的松散，也使问题积累下来。\n"
        "由于上述两方面的情况，必须尽快地加以解决。"
    )
    assert frames["两方面"] == ["部分单位的畏难情绪", "干部队伍中经验的缺乏"]


def test_a_choice_pointed_back_at_gives_the_two_alternatives():
    frames = _frames(
        "到底是实行集中审批制，还是分级审批制，这是改革的两个原则。我们选择了分级审批。"
    )
    assert frames["两个原则"] == ["实行集中审批制", "分级审批制"]


def test_the_items_of_questions_asked_are_the_whole_questions():
    frames = _frames(
        "我有两个问题。第一个问题是：您作为老同志，请给我们年轻人在工作中一些指导。"
        "第二个问题是：这次培训结束后，单位是否有相应制度保证我们的成长？"
    )
    assert frames["两个问题"] == [
        "您作为老同志，请给我们年轻人在工作中一些指导",
        "这次培训结束后，单位是否有相应制度保证我们的成长",
    ]
