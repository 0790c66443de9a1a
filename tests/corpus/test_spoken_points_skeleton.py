"""A speaker's counted points as the whole text's skeleton (drafter/corpus/spoken_points.py):
in a speech with nothing else to head it, paragraphs opening 第一点，… 第二点，… are level-1
headings, each its first sentence, however long and full of commas (the gold's mao v5_053,
ren 20000320; a blind set's speech the lead scored at F1 0 before the rule). Not taken: a run
whose first point is written into a paragraph (…第一点是… then 第二点，…), points counted by a
unit that counts things (第一阶段), a dialogue's answer points, a run under other headings.
Our own sentences, never the real texts in ../shared."""

from __future__ import annotations

from drafter.corpus import parse_text
from tests.corpus.conftest import levelled

_POINTS = [
    "教学质量是学校的生命线，我们必须把课堂教学摆在各项工作的首位，不能因为检查多、评比多就放松了备课",
    "青年教师的培养要抓紧抓实，学校这几年进来的年轻人很多，他们有热情、有干劲，但是经验不足，需要老教师带",
    "安全工作任何时候都不能松懈，学校人多、活动多，上下楼梯、体育课、食堂用餐，每一个环节都可能出问题",
    "家校沟通要讲究方法，现在家长对学校的期望很高，意见也很多，我们既不能回避，也不能简单应付",
]
_MORE = "去年我们在这方面有过教训，有的同志听过就算了，没有真正放在心上，今年要作为一项硬任务来抓。"
_HEAD = "在新学期教师大会上的讲话\n\n（2019年9月2日）\n\n同志们：\n\n"
_OPEN = "今天开这个会，主要是讲一讲新学期的工作，大家都很关心，我简单讲几个意见。"
_CLOSE = "总之，新的学期开始了，希望大家振奋精神，团结一心，把各项工作做得更好。"


def _speech(paras: list[str]) -> str:
    return _HEAD + "\n\n".join([_OPEN, *paras, _CLOSE]) + "\n"


def _points(n: int, unit: str = "点", more: bool = False) -> list[str]:
    out = []
    for k, text in zip("一二三四", _POINTS[:n]):
        out.append(f"第{k}{unit}，{text}。{_MORE}")
        if more:
            out.append(_MORE)
    return out


def test_points_back_to_back_are_the_skeleton():
    got = levelled(_speech(_points(4)))
    assert got == [(1, f"第{k}点，{t}") for k, t in zip("一二三四", _POINTS)]


def test_two_points_each_over_a_paragraph_are_the_skeleton():
    got = levelled(_speech(_points(2, more=True)))
    assert got == [(1, f"第{k}点，{t}") for k, t in zip("一二", _POINTS)]


def test_points_announced_with_a_colon_are_the_skeleton():
    text = _speech(["我讲四点意见：", *_points(4)])
    assert [h for _, h in levelled(text)] == [f"第{k}点，{t}" for k, t in zip("一二三四", _POINTS)]


def test_a_last_point_named_by_the_unit_ends_the_run():
    paras = _points(3)
    paras[-1] = paras[-1].replace("第三点，", "最后一点，")
    got = levelled(_speech(paras))
    assert [h[:5] for _, h in got] == ["第一点，教", "第二点，青", "最后一点，"]


def test_other_speech_units_count_points_too():
    got = levelled(_speech(_points(3, unit="个问题")))
    assert [lvl for lvl, _ in got] == [1, 1, 1]
    assert got[0][1].startswith("第一个问题，教学质量")


def test_the_outline_says_it_is_a_reading_of_spoken_points():
    doc = parse_text(_speech(_points(4)), "x.txt")
    assert doc.outline.confidence <= 0.8
    assert any("第一点" in d for d in doc.outline.doubts)


def test_first_point_written_into_a_paragraph_is_no_skeleton():
    # README: the points of a list whose first item is written into a paragraph
    opening = f"今年要抓的事情很多，第一点是{_POINTS[0]}。{_MORE}"
    assert levelled(_speech([opening, *_points(3)[1:]])) == []


def test_stages_counted_are_no_speakers_points():
    assert levelled(_speech(_points(3, unit="阶段"))) == []


def test_answer_points_in_a_dialogue_are_no_skeleton():
    turns = [
        "问：新学期的工作有哪些重点？",
        "答：这个问题很重要，大家都很关心。",
        *_points(2),
        "问：安全方面有什么要求？",
        f"答：{_POINTS[2]}。",
        "问：家长的意见怎么处理？",
        f"答：{_POINTS[3]}。",
    ]
    assert levelled(_speech(turns)) == []


def test_points_under_other_headings_stay_as_they_were():
    text = _speech(
        ["一、关于教学工作", *_points(2), "二、关于安全工作", _MORE, "三、关于家校沟通", _MORE]
    )
    tops = [h for lvl, h in levelled(text) if lvl == 1]
    assert tops == ["一、关于教学工作", "二、关于安全工作", "三、关于家校沟通"]
