"""Where a heading ends (tests/gold/README.md, "Heading extent"): a run-in heading is its
paragraph's whole first sentence — a ；or ： inside it, or a quoted or bracketed label before
them, does not end it — except a colon before a numbered list. On our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.headings import heading_and_rest

_BODY = "我们今年的工作取得了一些进步，也存在不少需要改进的地方，大家要认真对待，逐条落实到位。"


def _headings(*paragraphs: str) -> list[str]:
    text = "\n\n".join(["关于明年工作的几点意见", "同志们：", _BODY, *paragraphs])
    doc = parse_text(text, "x.txt")
    return [s.marker + s.heading for top in doc.outline.sections for s in top.walk()]


def test_a_quoted_label_and_its_colon_do_not_end_the_heading() -> None:
    labels = [("一、", "客户的声音", "要让每一位员工都听得到客户的抱怨和建议，把问题解决在第一线")]
    labels.append(
        ("二、", "流程的力量", "流程是把经验固化下来的办法，不能随意改动，也不能一成不变")
    )
    labels.append(("三、", "人的成长", "干部要在实践中成长，要到艰苦的地方去经受锻炼，去积累经验"))
    paras = [f"{m}“{label}”：{sentence}。{_BODY}" for m, label, sentence in labels]
    heads = _headings(*[p for para in paras for p in (para, _BODY)])
    assert heads == [f"{m}“{label}”：{sentence}" for m, label, sentence in labels]


def test_an_article_label_in_brackets_stays_with_the_first_sentence() -> None:
    points = [("第一条", "服务", "服务是我们存在的理由，离开了服务我们就什么都不是")]
    points.append(("第二条", "质量", "质量是我们的生命，每一个环节都要把好质量关"))
    points.append(("第三条", "人才", "人才是我们最宝贵的财富，要让优秀的人脱颖而出"))
    paras = [f"{m}（{label}）{sentence}。{_BODY}" for m, label, sentence in points]
    heads = _headings(*[p for para in paras for p in (para, _BODY)])
    assert heads == [f"{m}（{label}）{sentence}" for m, label, sentence in points]


def test_a_semicolon_inside_the_first_sentence_does_not_end_it() -> None:
    first = "在处理同兄弟单位的关系时，要讲团结，讲合作，讲互相支持；要有理，有利，有节"
    second = "在安排明年的生产任务时，要量力而行，不能层层加码，盲目追求高指标；要留有余地"
    third = "在干部的培养上，要放到艰苦的岗位上去锻炼，不能总在机关里坐而论道；要压担子"
    heads = _headings(f"（一）{first}。{_BODY}", f"（二）{second}。{_BODY}", f"（三）{third}。")
    assert heads == [f"（一）{first}", f"（二）{second}", f"（三）{third}"]


def test_a_colon_before_a_numbered_list_ends_the_heading() -> None:
    heads = _headings(
        "（一）在处理同兄弟单位的关系时，要讲团结，讲合作，讲互相支持；要有理，有利，有节。"
        + _BODY,
        "（二）增产的条件：（甲）推广先进的耕作经验，每年收集典型；（乙）兴修水利，改良土壤。"
        + _BODY,
        "（三）在干部工作方面，必须注意以下几点：第一是选拔要公道；第二是使用要大胆。" + _BODY,
        "（四）明年的主要任务：一是抓好生产，稳住基本盘；二是抓好销售，开拓新市场。" + _BODY,
    )
    assert heads[1:] == [
        "（二）增产的条件",
        "（三）在干部工作方面，必须注意以下几点",
        "（四）明年的主要任务",
    ]


def test_a_colon_before_a_list_counted_by_its_verb_ends_the_heading() -> None:
    """ "…的效果是：一能全歼；二能速决。" — 一能…二能 is a list as 一是…二是 is (the verb repeats
    at each item); a 一 that counts nothing (一直…) leaves the sentence whole."""
    listed = "这种办法的效果是：一能减少浪费；二能加快进度。好处是明显的，大家都看到了。"
    assert heading_and_rest(listed)[0] == "这种办法的效果是"
    prose = "这种办法的效果是：一直在减少浪费，二来也加快了进度。好处是明显的，大家都看到了。"
    assert heading_and_rest(prose)[0] == "这种办法的效果是：一直在减少浪费，二来也加快了进度"


def test_a_line_of_questions_standing_alone_is_one_heading() -> None:
    """ "一、…需要哪些新的技术取得突破？是否有工程方法来解决？" alone on its line: both
    questions are what the part answers, however long the line (the issue's point 5)."""
    asks = [
        "一、未来的网络会承载更大的流量，对时延的要求也更高，需要哪些新的理论取得突破？"
        "是否有工程方法来解决？",
        "二、组织怎样才能跟上技术的变化？",
    ]
    heads = _headings(asks[0], _BODY, _BODY, asks[1], _BODY, _BODY)
    assert heads == [a.rstrip("？") for a in asks]


def test_a_question_put_in_minutes_keeps_its_first_question() -> None:
    """问题N：…？…？ over the answer: the question's heading is its first question."""
    first = "我听说公司的决策机构有的时候会把一些已经讨论过很多次的想法否定掉"
    text = first + "？这是什么样的情况？"
    assert heading_and_rest(text, questions=False)[0] == first
    assert heading_and_rest(text)[0] == text.rstrip("？")
