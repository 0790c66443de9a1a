"""The general reader of the items that follow a count (drafter/study/frames/forward.py), on
sentences written for these tests: each class it reads, and the exact-count rule that keeps
it from reading too much."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.frames import decide as frame_decide
from drafter.study.frames import find_frames, refused_counts
from drafter.study.frames import finders as frame_finders
from drafter.study.frames import forward as frame_forward
from drafter.study.frames import model as frame_model
from drafter.study.layout import layout
from drafter.study.model import Frame, Span


def _lay(text: str):
    return layout(parse_text(text, "t.txt"))


def _found(text: str) -> dict[str, list[str]]:
    return {f.phrase: f.items for f in find_frames(_lay(text))}


def _count(lay, phrase: str, number: int) -> Frame:
    """A count as the rules mention it: its phrase where it first stands."""
    for para in lay.paragraphs:
        at = para.text.find(phrase)
        if at >= 0:
            return Frame(phrase, number, Span(para.index, at, at + len(phrase)))
    raise AssertionError(phrase)


def _read(text: str, phrase: str, number: int):
    """What the forward reader reads after ``phrase`` (a count of ``number``) in ``text``:
    (items, spans), or None where it refuses the count."""
    lay = _lay(text)
    return frame_forward.forward_items(lay, _count(lay, phrase, number))


@pytest.fixture
def no_forward(monkeypatch):
    """The analysis with the forward reader switched off (the rules and the second look as
    they were before it)."""
    monkeypatch.setattr(frame_finders, "forward_items", lambda lay, frame: None)
    monkeypatch.setattr(frame_model, "forward_items", lambda lay, frame: None)
    monkeypatch.setattr(refused_counts, "forward_items", lambda lay, frame: None)
    # frames.decide reads with the same reader's parts (counts decided without weighing)
    for name in ("paragraphs_after", "next_paragraph_run", "enumerated_after"):
        monkeypatch.setattr(frame_decide, name, lambda lay, frame: None)
    # frames.noun_heads.repeated_heads reads 一部分…另一部分 too (units headed by the count's own
    # counter): it runs after this reader, so it is switched off with it
    monkeypatch.setattr(frame_finders, "repeated_heads", lambda lay, frame: None)
    monkeypatch.setattr(refused_counts, "repeated_heads", lambda lay, frame: None)


SENTENCES = {
    # one enumerator per item, the count's own sentence running on before the first
    "一个是": (
        "去年我给办公室出了两个题目要大家研究，一个是材料怎样写得短，一个是会议怎样开得少。",
        "两个题目",
        ["材料怎样写得短", "会议怎样开得少"],
    ),
    # a dash before a 、 list
    "dash": (
        "机关作风要有三个转变——转变对文件的依赖、转变对会议的依赖、转变对层级的依赖。",
        "三个转变",
        ["转变对文件的依赖", "转变对会议的依赖", "转变对层级的依赖"],
    ),
    # a colon and the clauses of the sentence, 和 before the last
    "colon": (
        "这件事能办成主要有三个因素：上级的支持，基层干部的坚持和群众的理解。",
        "三个因素",
        ["上级的支持", "基层干部的坚持", "群众的理解"],
    ),
    # 即 and a list whose units carry 从…到
    "ji": (
        "培训要走三步曲，即从今年的入门、明年的熟练、到后年的精通。",
        "三步曲",
        ["今年的入门", "明年的熟练", "后年的精通"],
    ),
    # 一部分…另一部分…
    "part": (
        "这些任务可以分为两部分，一部分我们马上能办的，立即去办；另一部分，一时办不了的，列入计划。",
        "两部分",
        ["我们马上能办的", "一时办不了的"],
    ),
}


@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_items_that_follow_the_count_are_read(key):
    text, phrase, items = SENTENCES[key]
    assert _found(text)[phrase] == items


@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_without_the_forward_reader_those_items_are_lost(key, no_forward):
    text, phrase, items = SENTENCES[key]
    assert _found(text).get(phrase) != items


def test_paragraphs_opened_by_ordinals_of_the_kind():
    text = (
        "我把来访的群众分成三类：\n"
        "第一类为反映具体困难的，要当场登记，限期答复。\n"
        "第二类，提出政策建议的，要转给研究室。\n"
        "第三类人就是反复上访的，要由领导包案。\n"
    )
    lay = _lay(text)
    count = _count(lay, "三类", 3)
    items, spans = frame_forward.forward_items(lay, count)
    assert items == ["反映具体困难的", "提出政策建议的", "反复上访的"]
    assert [s.paragraph for s in spans] == [count.span.paragraph + k for k in (1, 2, 3)]


def test_the_units_must_be_exactly_as_many_as_the_number():
    assert _read("会上讲了两个问题，一是经费，二是编制，三是考核。", "两个问题", 2) is None
    assert _read("会上讲了三个问题，一是经费，二是编制。", "三个问题", 3) is None


def test_a_unit_inside_another_is_no_list():
    assert _read("面前有两种选择——老办法、一个老办法。", "两种选择", 2) is None


def test_the_most_parallel_cut_wins():
    # cut at 和 the first clause gives two units too (机关和基层之间的距离 -> 机关 / 基层…);
    # the two clauses sharing 之间的距离 read as the list
    items, _ = _read("要缩短两种距离――机关和基层之间的距离，干部和群众之间的距离。", "两种距离", 2)
    assert items == ["机关和基层之间的距离", "干部和群众之间的距离"]


def test_items_a_finder_of_a_shape_read_are_kept():
    # 一是…二是… right after the count: the ordinal finder reads them first, unchanged
    assert _found("我讲两点意见：一是抓学习，二是抓落实。")["两点意见"] == ["抓学习", "抓落实"]


def test_a_count_renamed_by_another_count_lists_nothing():
    # 三个阶段就是三个台阶: the units after 就是 start with a count of their own
    lay = _lay("改革要分三个阶段，三个阶段就是三个台阶，一步一个脚印，中间要稳一稳。")
    count = Frame("三个阶段", 3, Span(0, 9, 13))
    assert lay.paragraphs[0].text[9:13] == "三个阶段"
    assert frame_forward.forward_items(lay, count) is None


def test_units_of_unlike_length_joined_by_he_are_no_list():
    # 两个部门――市办和市委研究室的分工何以…: the cut at 和 joins a name and a whole clause,
    # however alike their first character
    assert _read("要弄清两个部门――市办和市委研究室的分工何以这样不同。", "两个部门", 2) is None


def test_one_of_each_without_a_copula():
    # 一种先批评，一种先表扬: 一种 and the item itself (not 一种 + a noun 先批评 + the next
    # clause as the item), the marks' counter alike
    items, _ = _read("对犯错的同志有两种态度，一种先批评，一种先表扬，各有道理。", "两种态度", 2)
    assert items == ["先批评", "先表扬"]


CLASSES = (
    "我把来访的群众分成三类：\n"
    "第一类为反映具体困难的，要当场登记，限期答复。\n"
    "第二类，提出政策建议的，要转给研究室。\n"
    "第三类人就是反复上访的，要由领导包案。\n"
)


def test_a_refused_count_whose_items_follow_gets_its_second_look():
    # 分成三类： with no noun is refused by the rules; the items read after it weigh for it
    # (frames.model feature reads_after, and its items are the adopted frame's)
    # (a bare count is shown with the noun it is the predicate of:
    # frames.count_subject.with_subject)
    assert _found(CLASSES) == {"群众分成三类": ["反映具体困难的", "提出政策建议的", "反复上访的"]}


def test_without_the_forward_reader_the_refused_count_has_no_items(no_forward):
    # a whole sorted into its kinds (分成三类) is kept without weighing (frames.refused_counts._classed),
    # but only the forward reader gives it its items
    found = {p: items for p, items in _found(CLASSES).items() if p.endswith("三类")}
    assert found == {"群众分成三类": []}


def test_items_inline_in_the_next_paragraph():
    text = "县里向群众承诺了下列三项。\n（1）今年修通村道；（2）明年建好卫生室；（3）后年办起幼儿园。\n"
    items, spans = _read(text, "三项", 3)
    assert items == ["今年修通村道", "明年建好卫生室", "后年办起幼儿园"]
    assert {s.paragraph for s in spans} == {1}


def test_a_run_keeps_one_counter():
    # 第一种… then 第一，第二，第三 inside it: 第二 without 种 does not continue 第一种
    text = "合作可以有三种形式。\n第一种，联合办学，具体办法即第一共用校舍；第二，互派教师；第三，统一考试。\n"
    assert _read(text, "三种形式", 3) is None


def test_a_long_run_of_many_items_is_read_to_its_end():
    parts = "".join(
        f"第{n}便要{w}，这件事要抓紧抓好，各级都要有专人负责，不能拖延，也不能敷衍了事。"
        for n, w in zip(
            "一二三四五六七八", ("修路", "建校", "办医", "治水", "植树", "养老", "扶贫", "护林")
        )
    )
    items, _ = _read("今年要办好下列八件实事：" + parts, "八件实事", 8)
    assert items == ["修路", "建校", "办医", "治水", "植树", "养老", "扶贫", "护林"]


def test_sides_opened_by_zai_yi_fangmian():
    items, _ = _read(
        "这件事包括两个方面。在一方面，要节约开支，精打细算。在另一方面，要增加收入。",
        "两个方面",
        2,
    )
    assert items == ["要节约开支", "要增加收入"]


HEADED = (
    "关于这次整改，我想分三个层面来谈。\n"
    "一、机关层面\n"
    "机关要带头改，先从文风会风改起。\n"
    "（一）文风\n"
    "材料要短。\n"
    "二、乡镇层面\n"
    "乡镇要跟上。\n"
    "三、村级层面\n"
    "村里要落实。\n"
)


def test_items_are_the_headings_after_a_count_closing_its_paragraph():
    lay = _lay(HEADED)
    assert [p.is_heading for p in lay.paragraphs][:2] == [False, True]
    items, spans = frame_forward.forward_items(lay, _count(lay, "三个层面", 3))
    assert items == ["机关层面", "乡镇层面", "村级层面"]
    assert all(lay.paragraphs[s.paragraph].is_heading for s in spans)


def test_headings_that_go_on_past_the_number_are_not_its_items():
    assert _read(HEADED + "四、个人层面\n个人要自觉。\n", "三个层面", 3) is None


def test_short_items_glued_after_one_each():
    items, _ = _read("这类产品都分两个档次，一个高配一个低配，用料其实一样。", "两个档次", 2)
    assert items == ["高配", "低配"]
    assert _read("队伍分成两个组，一个一个地过桥。", "两个组", 2) is None
