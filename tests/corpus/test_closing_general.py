"""Closings found by the shape of a speech's end rather than by its own formulas (issue 8):
any term of address opening a paragraph after the last part, a signature of a bare name,
a meeting dismissed before the last words. Texts written for the project."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.closing import VOCATIVE_START, verse_line

BODY = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
HEAD = "在全县文化旅游节开幕式上的致辞\n\n各位来宾：\n\n今天，我们在这里隆重举行开幕式。\n\n"
PARTS = f"一、产业兴旺\n\n{BODY}\n\n{BODY}\n\n二、生态优良\n\n{BODY}\n\n{BODY}\n\n"


@pytest.mark.parametrize(
    "text, address",
    [
        ("同学们，大学是人生的新起点。", True),
        ("各位企业家朋友，县里的发展离不开大家。", True),
        ("各位来宾、朋友们，欢迎大家常来做客。", True),
        ("女士们、先生们、朋友们！我们的大门永远敞开。", True),
        ("老师们、同学们：新学期开始了。", True),
        ("诸位代表先生：筹备工作已经就绪。", True),  # 诸位, as 各位
        ("我们，作为基层干部，要冲在前面。", False),  # a pronoun, not an address
        ("所以我们，必须抓好落实。", False),
        ("各位领导的关心，让我们倍感温暖。", False),
    ],
)
def test_terms_of_address(text: str, address: bool) -> None:
    assert bool(VOCATIVE_START.match(text)) is address


@pytest.mark.parametrize(
    "ending, first",
    [
        # an address over the wishes and thanks: the closing starts where the speaker turns
        (
            "各位来宾、朋友们，县里山清水秀，欢迎大家常来做客、投资兴业。\n\n"
            "最后，预祝本届旅游节圆满成功！\n\n谢谢大家！",
            "各位来宾、朋友们",
        ),
        (
            "同学们，学校将为大家创造最好的条件。\n\n"
            "明天就要开始军训，希望大家听从指挥、吃苦耐劳。\n\n"
            "祝同学们学业进步、身体健康！\n\n谢谢大家！",
            "同学们",
        ),
        # a lone address paragraph on the occasion itself, then another over the call: the
        # closing starts at the first, which speaks of the whole occasion, not of a part
        (
            "各位朋友，我们热切期待以这次推介会为契机，深化两地合作。\n\n"
            "女士们、先生们！我们的大门永远敞开，欢迎大家携手合作、共赢未来！\n\n"
            "最后，祝大家身体健康！谢谢大家！",
            "各位朋友",
        ),
    ],
)
def test_any_address_after_the_last_part_opens_the_closing(ending: str, first: str) -> None:
    doc = parse_text(HEAD + PARTS + ending + "\n")
    assert doc.outline.closing, "no closing found"
    assert doc.outline.closing[0].startswith(first)
    assert doc.outline.sections[-1].paragraphs == [BODY, BODY]


def test_the_last_paragraphs_are_counted_above_the_cheers() -> None:
    # an address, two paragraphs and three cheers: the address is sixth from the end, but
    # the fourth above the cheers, so it still opens the closing
    ending = (
        "诸位代表：筹备工作已经就绪，召开大会的条件都已成熟。\n\n"
        "大会以后，我们的工作重点就转到建设上来。\n\n"
        "我们的县一定会建设得更加美好。\n\n"
        "全县人民大团结万岁！\n\n伟大的祖国万岁！\n\n人民万岁！"
    )
    doc = parse_text(HEAD + PARTS + BODY + "\n\n" + ending + "\n")
    assert doc.outline.closing, "no closing found"
    assert doc.outline.closing[0].startswith("诸位代表")


def test_an_address_far_from_the_end_is_rhetoric_of_the_body() -> None:
    ending = "\n\n".join(["先生们，让我们把话说清楚：这样的做法是错误的。", *[BODY] * 6])
    doc = parse_text(HEAD + PARTS + ending + "\n")
    assert doc.outline.closing == []


REPORT = (
    "在全县党代会上的报告\n\n同志们：\n\n现在，我代表县委向大会作报告。\n\n"
    f"一、过去五年的工作\n\n{BODY}\n\n{BODY}\n\n二、今后五年的任务\n\n{BODY}\n\n{BODY}\n\n"
)


def test_a_salutation_that_looks_back_on_the_report_outranks_a_later_rallying_one() -> None:
    ending = (
        "同志们！县委已经向大会报告了全县今后五年的各项任务。任务艰巨，前景光明。\n\n"
        f"{BODY}\n\n"
        "同志们！先辈们在这片土地上流血奋斗，让我们继承他们的遗志，干出一番事业来吧！\n\n"
        "让我们更加紧密地团结起来，奋勇前进！"
    )
    doc = parse_text(REPORT + ending + "\n")
    assert doc.outline.closing[0].startswith("同志们！县委已经向大会报告了")


def test_the_salutation_opening_the_last_part_is_its_text_when_the_report_says_it_is_over() -> None:
    ending = (
        "三、召开下一次代表大会\n\n现在我来说最后一个问题，召开代表大会的问题。\n\n"
        "同志们，县里已有五年没有开代表大会了，这次全会应当讨论筹备工作。\n\n"
        "我的报告就此完结。"
    )
    doc = parse_text(REPORT + ending + "\n")
    assert doc.outline.closing == ["我的报告就此完结。"]
    assert doc.outline.sections[-1].paragraphs[-1].startswith("同志们，县里已有五年")


MINUTES = (
    "和县公司座谈纪要\n\n一、资源向能打仗的队伍倾斜\n\n"
    "县公司经理：去年的试点有成效，但还有很多地方没有做好。\n\n"
    "总经理：你别担心，今年就会做好，明年就会做得更好。\n\n"
)


def test_a_meeting_dismissed_before_the_last_words_closes_there() -> None:
    ending = (
        "总经理：还有没有问题？没有我们就散会。（鼓掌）\n\n"
        "总经理：不要鼓掌，是我们要给你们鼓掌。好，那再见。"
    )
    doc = parse_text(MINUTES + ending + "\n")
    assert doc.outline.closing[0].startswith("总经理：还有没有问题？")


def test_a_summary_asking_for_corrections_above_a_bare_signature_is_the_closing() -> None:
    text = (
        "2025年个人工作总结\n\n一、主要工作\n\n1.抓好学习\n\n"
        f"{BODY}\n\n2.改进作风\n\n{BODY}\n\n"
        "新的一年，我将继续踏实工作。以上是我一年来的工作总结，不足之处，恳请领导和同志们批评指正。"
        "\n\n周静\n"
    )
    doc = parse_text(text)
    assert doc.outline.closing[0].startswith("新的一年")


SPEECH = (
    "在全县工作会议上的讲话\n\n同志们：\n\n今天召开会议，安排部署全年工作。\n\n"
    f"一、提高认识\n\n{BODY}\n\n{BODY}\n\n二、压实责任\n\n{BODY}\n\n{BODY}\n\n"
)


@pytest.mark.parametrize(
    "ending, first",
    [
        # thanks in other words than 谢谢
        ("时间关系，今天不能和大家多聊了。欢迎大家常回来看看。非常感谢！", "时间关系"),
        # greetings, respects or thanks offered in form
        (
            "在此，我代表县委、县政府，向奋战在一线的同志们表示衷心的感谢！",
            "在此，我代表县委",
        ),
        ("新年的钟声即将敲响。在此，我谨向大家致以新春的祝福！", "新年的钟声"),
        # the chair declaring the event open
        ("现在，我宣布：第五届茶文化旅游节开幕！", "现在，我宣布"),
        # a letter's 此致 / 敬礼 above the signature
        ("此致\n\n敬礼！\n\n县委办公室\n\n2025年3月1日", "此致"),
    ],
)
def test_closing_formulas_of_the_genre(ending: str, first: str) -> None:
    doc = parse_text(SPEECH + ending + "\n")
    assert doc.outline.closing, "no closing found"
    assert doc.outline.closing[0].startswith(first)
    assert doc.outline.sections[-1].paragraphs == [BODY, BODY]


def test_thanks_to_someone_else_inside_the_body_is_no_closing() -> None:
    ending = f"{BODY}\n\n我们要感谢客户。{BODY}\n\n{BODY}"
    doc = parse_text(SPEECH + ending + "\n")
    assert doc.outline.closing == []


def _minutes(tail: list[str]) -> str:
    """A 座谈纪要 of the project's own: staff ask, the general manager answers."""
    turns = []
    for n, name in enumerate(["张明", "李华", "王强", "赵敏"]):
        turns.append(f"{name}：第{n + 1}个问题，基层的激励今后怎么安排？")
        turns.append(f"总经理：这个问题我们在慢慢思考，{BODY}")
    return "与培训班学员座谈纪要\n\n" + "\n\n".join(turns + tail) + "\n"


def test_the_hosts_turn_after_the_last_answer_sums_the_session_up() -> None:
    tail = [
        "陈主任：这次培训班人比较多，总经理结合管理经验给大家做了精彩的回答。",
        "今天的分享，希望大家回去认真消化。",
        "刘总：我很欣赏今天总经理的回答，大家要学会自我激励。",
    ]
    doc = parse_text(_minutes(tail))
    assert doc.outline.closing[0].startswith("陈主任：这次培训班")


@pytest.mark.parametrize(
    "tail",
    [
        [],  # the minutes stop at the last answer
        ["孙伟：最后一个问题，艰苦地区的干部怎么轮换？"],  # a last question left unanswered
    ],
)
def test_minutes_that_stop_at_an_answer_or_a_question_have_no_closing(tail: list[str]) -> None:
    doc = parse_text(_minutes(tail))
    assert doc.outline.closing == []


def test_an_interview_of_questions_and_answers_is_not_minutes_with_a_host() -> None:
    pairs = [f"问：第{n}个问题是什么？\n\n答：{BODY}" for n in range(1, 5)]
    doc = parse_text("答记者问\n\n" + "\n\n".join(pairs) + "\n")
    assert doc.outline.closing == []


@pytest.mark.parametrize(
    "line, verse",
    [
        ("雄关漫道真如铁，而今迈步从头越。", True),
        ("“春风杨柳万千条，六亿神州尽舜尧”，明年我们再相聚。", True),
        ("质量是生命，安全是底线。", True),
        ("要加强管理，要提高效率。", False),  # a directive, not verse
        ("我们的前途，我们的道路。", False),
        ("全县上下要把思想统一到县委的决策部署上来。", False),
    ],
)
def test_verse_lines(line: str, verse: bool) -> None:
    assert verse_line(line) is verse


def test_a_couplet_after_the_prose_caps_the_closing() -> None:
    ending = f"{BODY}\n\n雄关漫道真如铁，而今迈步从头越。"
    doc = parse_text(SPEECH + ending + "\n")
    assert doc.outline.closing == ["雄关漫道真如铁，而今迈步从头越。"]


def test_a_directive_in_even_clauses_at_the_end_is_body() -> None:
    ending = f"{BODY}\n\n要加强管理，要提高效率。"
    doc = parse_text(SPEECH + ending + "\n")
    assert doc.outline.closing == []


def test_a_verse_that_is_the_last_parts_only_text_is_its_text() -> None:
    doc = parse_text(SPEECH + "三、展望未来\n\n雄关漫道真如铁，而今迈步从头越。\n")
    assert doc.outline.sections[-1].paragraphs == ["雄关漫道真如铁，而今迈步从头越。"]
    assert doc.outline.closing == []
