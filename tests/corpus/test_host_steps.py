"""A host's script read by its agenda steps, its closing at the host's summing-up, and an
interview's closing at the interviewee's last words (drafter/corpus/agenda_steps.py,
closing/settle.py HOST_SUMS_UP, closing/exchange.py answer_closing_above_thanks). Our own
texts, written for these tests."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text

_OPEN = [
    "全县2026年春季植树活动动员会主持词",
    "同志们：",
    "今天，我们召开全县春季植树活动动员会，安排部署今年的国土绿化工作。",
    "今天的会议共有三项议程：一是通报去年国土绿化情况；二是有关乡镇作表态发言；三是请县长讲话。",
]
_STEPS = [
    ("下面，进行第一项议程：", "通报去年国土绿化情况", "请县林业局局长同志通报。"),
    ("下面进行会议第二项议程，", "请有关乡镇作表态发言", "每个乡镇发言不超过五分钟。"),
    ("现在进行第三项议程：", "请县长讲话", "大家欢迎。"),
]
_SUMMING_UP = (
    "同志们，刚才，县长的讲话对今年的国土绿化工作作了全面部署，讲得很实在，"
    "我们要认真学习领会，抓好贯彻落实。"
)
_AFTER = [
    "会后，各乡镇、各部门要迅速行动，把植树任务分解到村、落实到地块。",
    "同志们，让我们撸起袖子加油干，为建设美丽家园作出新的贡献！",
    "今天的会议到此结束。散会！",
]


def _script(steps: list[tuple[str, str, str]]) -> str:
    paras = list(_OPEN)
    for marker, heading, rest in steps:
        paras += [f"{marker}{heading}。{rest}", "（略）"]
    paras += [_SUMMING_UP, *_AFTER]
    return "\n\n".join(paras)


def test_a_host_script_is_read_by_its_steps_and_closes_at_the_summing_up() -> None:
    doc = parse_text(_script(_STEPS), "host.txt")
    heads = [(s.level, s.marker, s.heading) for s in doc.outline.sections]
    assert heads == [(1, m, h) for m, h, _ in _STEPS]
    assert doc.outline.closing[0] == _SUMMING_UP


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param([_STEPS[0], _STEPS[2]], id="a step skipped"),
        pytest.param([_STEPS[0]], id="one step"),
    ],
)
def test_steps_out_of_order_or_alone_head_nothing(steps) -> None:
    doc = parse_text(_script(steps), "host.txt")
    assert doc.outline.sections == []


def test_a_record_with_a_speech_keeps_the_speech_parts() -> None:
    # the steps wrap a speech with parts of its own: the speech's parts are the outline
    speech = [
        "一、提高认识，增强植树造林的责任感",
        "植树造林是一件利在当代、功在千秋的大事，各级各部门要高度重视，把它摆上重要议事日程。",
        "二、突出重点，扎实推进国土绿化",
        "要抓住春季植树的有利时机，集中力量抓好重点区域绿化，确保栽一棵、活一棵、成林一片。",
        "三、强化保障，确保任务按期完成",
        "要落实资金、苗木和技术保障，加强督查考核，对工作不力的要严肃问责，确保任务完成。",
    ]
    text = _script(_STEPS).replace(
        "请县长讲话。大家欢迎。\n\n（略）", "请县长讲话。大家欢迎。\n\n" + "\n\n".join(speech)
    )
    doc = parse_text(text, "record.txt")
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、", "三、"]


def test_a_speech_saying_its_points_is_no_host_script() -> None:
    paras = [
        "在全县植树工作会议上的讲话",
        "同志们：",
        "下面，我讲三点意见。",
        "第一，要提高认识。植树造林利在当代，功在千秋，各级要高度重视。",
        "第二，要突出重点。集中力量抓好重点区域绿化，确保栽一棵、活一棵。",
        "第三，要强化保障。落实资金、苗木和技术保障，加强督查考核。",
    ]
    doc = parse_text("\n\n".join(paras), "speech.txt")
    assert [s.marker for s in doc.outline.sections] == ["第一，", "第二，", "第三，"]


_INTERVIEW = [
    "让山林四季常青",
    "——访县林业局局长",
    "记者：今年植树工作有什么新特点？",
    "局长：最大的特点是群众参与的多了。各村都成立了志愿服务队，义务植树的人数比去年翻了一番。",
    "记者：怎样保证栽下去的树能活？",
    "局长：关键是管护。我们给每片新造林都落实了管护责任人，一月一检查，一季一通报。",
    "记者：下一步还有什么打算？",
    "局长：下一步，我们要抓好三件事：一是扩大造林面积；二是提高造林质量；三是发展林下经济。",
]
_WIND_UP = "山绿了，群众的日子也会跟着好起来。我们一定要让山林四季常青，让群众得到更多实惠。"


@pytest.mark.parametrize(
    ("tail", "closing"),
    [
        # the last answer winds up in a paragraph of its own: the interview closes there
        pytest.param([_WIND_UP, "记者：谢谢局长！"], _WIND_UP, id="answer winds up"),
        # the last answer is one turn: the closing is the exchange of thanks
        pytest.param(
            ["记者：谢谢局长接受我们的采访！", "局长：谢谢！也祝大家新年快乐！"],
            "记者：谢谢局长接受我们的采访！",
            id="exchange of thanks",
        ),
    ],
)
def test_an_interview_closes_on_the_interviewees_last_words(tail, closing) -> None:
    doc = parse_text("\n\n".join(_INTERVIEW + tail), "interview.txt")
    assert doc.outline.closing and doc.outline.closing[0] == closing
