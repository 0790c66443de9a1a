"""Counts decided by reading, not weighing (drafter/study/frames/decide.py), on sentences
written for these tests: a count the second look's model refuses is kept when its N items
stand after it in a shape that leaves no doubt, and not when it tells a story's quantity or
stands mid-paragraph."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import decide as frame_decide
from drafter.study.frames import find_frames, refused_counts
from drafter.study.layout import layout
from drafter.study.model import Frame, Span

OPENING = "今年的督查要有侧重。\n\n"


def _found(text: str) -> dict[str, list[str]]:
    return {f.phrase: f.items for f in find_frames(layout(parse_text(OPENING + text, "t.txt")))}


# 地区 and 客户 are plain nouns the model weighs against: without the reading these are refused
CLOSING = (
    "对下面的单位，应当分三种地区，采取不同做法。\n\n"
    "第一种，已经整改到位的，以抽查为主。\n\n"
    "第二种，整改尚在进行的，以督促为主。\n\n"
    "第三种，还没有动起来的，以约谈为主。\n\n"
    "督查结果年底通报。"
)
ONE_BY_ONE = "从服务对象看，窗口面对两类客户，一类是来办事的企业，一类是来咨询的个人。需求不一样。"
STORY = "账上的钱只够用三个月。\n\n第一，压缩开支。\n\n第二，加快回款。\n\n第三，盘活存量。"
MID = (
    "有的县三种地区都有，情况复杂，群众办事要跑好几趟，这个问题必须解决，不能再拖。\n\n"
    "第一，理清职责。\n\n第二，合并窗口。\n\n第三，限时办结。"
)


def test_count_closing_its_paragraph_takes_the_numbered_paragraphs_after_it():
    assert _found(CLOSING)["三种地区"] == ["已经整改到位的", "整改尚在进行的", "还没有动起来的"]


def test_count_taken_up_one_by_one_by_its_own_counter():
    assert _found(ONE_BY_ONE)["两类客户"] == ["来办事的企业", "来咨询的个人"]


def test_a_story_quantity_is_not_decided(monkeypatch):
    assert "三个月" not in _found(STORY)
    # the guard is what refuses it: without it the numbered paragraphs would be taken (and
    # without the later rule that no count of time units is a frame, frames.plain_counts.counts_time)
    monkeypatch.setattr(frame_decide, "counts_a_story", lambda frame: False)
    monkeypatch.setattr(refused_counts, "counts_time", lambda frame: False)
    assert _found(STORY).get("三个月") == ["压缩开支", "加快回款", "盘活存量"]


def test_a_count_mid_paragraph_is_not_decided(monkeypatch):
    assert "三种地区" not in _found(MID)
    monkeypatch.setattr(frame_decide, "closes_paragraph", lambda text, end: True)
    monkeypatch.setattr(frame_decide, "paragraphs_after", _any_paragraphs)
    assert _found(MID).get("三种地区") == ["理清职责", "合并窗口", "限时办结"]


def _any_paragraphs(lay, frame):
    """paragraphs_after without its own closing-sentence check (the reader refuses a count
    mid-paragraph too; this shows frames.decide's check is the one that holds it back)."""
    from drafter.study.frames.forward import Span

    p = frame.span.paragraph
    items = [lay.paragraphs[p + k].text.rstrip("。")[3:] for k in (1, 2, 3)]
    return items, [Span(p + k, 3, 3 + len(i)) for k, i in zip((1, 2, 3), items)]


def test_one_by_one_after_the_sentence_ends():
    # 两种地区。一种是…: the count closes its sentence, the next opens the first of them
    text = "全县的帮扶分为两种地区。一种是已经脱贫的，要巩固成果；一种是刚刚起步的，要加大投入。"
    assert _found(text)["两种地区"] == ["已经脱贫的", "刚刚起步的"]


def test_one_by_one_completes_a_noun_the_rules_cut_short():
    text = "流程优化要抓两个主线条，一个是销售，一个是交付，都要快捷。"
    assert _found(text) == {"两个主线条": ["销售", "交付"]}


def test_one_by_one_after_a_question():
    # 不是分两种人吗？一种是…: the speaker asks and answers, naming each of the two in turn
    text = (
        "评先进不能一刀切。不是刚才讲要分两种干部吗？一种是能打硬仗的，要重用；"
        "一种是只会守摊子的，要调整。"
    )
    assert _found(text)["两种干部"] == ["能打硬仗的", "只会守摊子的"]


def test_a_noun_opening_with_a_people_counter_is_no_story():
    # 名 counts people (两名干部) but 名词 is a noun of its own: the first word decides
    text = "文件里常有两个名词：一个叫做“放管服”，一个叫做“最多跑一次”。大家要弄懂。"
    assert _found(text)["两个名词"] == ["放管服", "最多跑一次"]
    assert frame_decide.counts_a_story(Frame("两名干部", 2, Span(0, 0, 4)))


def test_one_by_one_after_an_aside_in_brackets(monkeypatch):
    # 十条里有两条（…），一条是…: the speaker's aside stands between the count and its things;
    # the bare count is named by its subject, and kept once although refused twice (by a
    # guard and by the finder of what stands in brackets). The model weighs nothing here:
    # the reading alone keeps it.
    monkeypatch.setattr(refused_counts, "probability", lambda *args, **kwargs: 0.0)
    text = (
        "去年定的办法有十条，十条里有两条（在座的不少同志都参加过讨论），"
        "一条是先易后难，一条是分级负责。以后照此办理。"
    )
    frames = find_frames(layout(parse_text(OPENING + text, "t.txt")))
    assert [(f.phrase, f.items) for f in frames if f.number == 2] == [
        ("十条里有两条", ["先易后难", "分级负责"])
    ]
