"""Roadmaps of long essays and their parts (session 27, helper it3), on our own texts.

Blind batch 19's long essays showed four layouts the roadmap reader missed or linked wrong: a
section heading made of a numeral and a space alone (一　甲类单位), which the paragraph grammar
takes for no marker, under a lead that turns to the talk (我们现在就来分析一下…各…); a list of
paragraphs each opening with a short topic where one topic is a single character (猪。…); a
section closing on 这些问题，…在下面要来说明的 after it asked fewer questions than sections follow;
and a frame counted over headings that are numerals alone, whose items were read as empty
strings.
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

BODY = "这一部分讲的道理，大家回去以后还要结合本单位的实际情况，认真地想一想，再拿出办法来。"


def _study(text: str):
    return analyze(parse_text(text, "t.txt"))


def _announced(study, words: str):
    return [r for r in study.roadmap if words in r.text]


def test_bare_numeral_sub_sections_under_a_turn_to_the_talk():
    units = ("甲类单位", "乙类单位", "丙类单位")
    parts = "\n\n".join(f"{m}\u3000{u}\n\n{u}{BODY}" for m, u in zip("一二三", units))
    text = (
        "关于各类单位的分析\n\n第一节\u3000总的情况\n\n"
        f"各类单位的情况很不一样。{BODY}\n\n第二节\u3000各类单位\n\n"
        f"单位的情况决定了工作的方法。{BODY}\n\n我们现在就来分析一下本地的各类单位。\n\n"
        f"{parts}\n\n第三节\u3000结论\n\n{BODY}\n"
    )
    [road] = _announced(_study(text), "分析一下本地的各类单位")
    assert road.count is None
    assert [label[-4:] for label in road.labels] == list(units)


def test_addressing_all_levels_is_no_announcement():
    # 各级: whom the speaker addresses, not each of the parts in turn
    parts = "\n\n".join(
        f"{m}\u3000{u}\n\n{BODY}" for m, u in zip("一二三", ("组织", "队伍", "作风"))
    )
    text = (
        "关于工作的讲话\n\n第一节\u3000总的情况\n\n"
        f"{BODY}\n\n第二节\u3000几项工作\n\n{BODY}\n\n"
        f"我们现在就来分析一下各级领导的情况。\n\n{parts}\n"
    )
    assert not _announced(_study(text), "各级领导")


def test_one_character_topics_go_on_with_a_run_of_topics():
    topics = ("花灯。", "龙舟。", "牛。", "庙会。")
    paras = "\n\n".join(f"{t}许多乡村对此都有新的规定，各地的办法很不一样。" for t in topics)
    text = (
        "关于乡村新风的考察\n\n"
        f"{BODY}\n\n农民定下的新规矩还有很多，略举之则有：\n\n{paras}\n\n"
        f"此外各地的小规矩还很多，不再一一列举。{BODY}\n"
    )
    [road] = _announced(_study(text), "略举之则有")
    assert len(road.sections) == 4
    assert road.labels[2].startswith("牛")


def test_a_single_character_topic_does_not_open_a_run():
    paras = "\n\n".join(
        f"{t}许多乡村对此都有新的规定，各地的办法很不一样。" for t in ("牛。", "花灯。", "龙舟。")
    )
    text = f"关于乡村新风的考察\n\n{BODY}\n\n农民定下的新规矩还有很多，略举之则有：\n\n{paras}\n"
    assert not any(len(r.sections) == 3 for r in _announced(_study(text), "略举之则有"))


@pytest.mark.parametrize("chapter", ["", "第一章\u3000改革\n\n"])
def test_questions_just_asked_are_the_sections_pointed_to(chapter: str):
    # in the lead (no chapter: the first 节 reads as the text's own heading) or closing a
    # section of its own under a chapter
    titles = ("对象", "任务", "动力", "前途")
    sections = "\n\n".join(f"第{n}节\u3000改革的{t}\n\n{BODY}" for n, t in zip("二三四五", titles))
    text = (
        f"论改革\n\n{chapter}第一节\u3000改革的由来\n\n"
        f"{BODY}\n\n那么，这场改革的对象是谁？它的任务是什么？它的动力又在哪里？"
        f"这些问题，就是我们在下面要来说明的。\n\n{sections}\n"
    )
    [road] = _announced(_study(text), "这些问题，就是我们在下面要来说明的")
    assert road.count is None and road.warning is None
    assert len(road.sections) == 3  # three asked, four sections follow: the last is another matter


def test_bare_numeral_headings_give_no_empty_items():
    sections = "\n\n".join(f"{m}\n\n{BODY}" for m in "一二")
    text = f"在工作会议上的讲话\n\n我讲两个问题；生产问题，销售问题。\n\n{sections}\n"
    frames = [f for f in _study(text).frames if f.phrase == "两个问题"]
    assert frames and all(frames[0].items) and frames[0].items == ["生产问题", "销售问题"]


def test_points_listed_inline_then_taken_up_one_by_one():
    lead = "这里又可以分为三点来说：（一）计划和变化的关系；（二）主动和被动的关系；（三）集中和分散的关系。"
    turns = ("先说第一点。", "现在来说主动和被动。", "最后说到集中和分散的问题。")
    body = "\n\n".join(f"{t}\n\n{BODY}" for t in turns)
    text = f"关于工作方法\n\n第一章\u3000总的方针\n\n{BODY}\n\n{lead}\n\n{body}\n\n第二章\u3000结论\n\n{BODY}\n"
    [road] = _announced(_study(text), "分为三点来说")
    assert road.count == 3 and len(road.sections) == 3 and road.labels[0].startswith("先说第一点")


def test_the_matters_below_named_before_the_sub_sections():
    subs = "\n\n".join(
        f"第{n}节\u3000{t}\n\n{BODY}"
        for n, t in zip("一二三", ("几种单位", "单位的条件", "单位的发展"))
    )
    text = (
        f"关于建设的问题\n\n第一章\u3000总的情况\n\n{BODY}\n\n第二章\u3000建立单位\n\n{BODY}\n\n"
        "在说明了单位的重要性之后，下面的问题是建立单位时必须认识和解决的。"
        f"这些问题是：几种单位，单位的条件，单位的发展。\n\n{subs}\n"
    )
    [road] = _announced(_study(text), "下面的问题是建立单位时")
    assert road.count is None and len(road.sections) == 3
