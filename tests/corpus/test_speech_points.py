"""Speeches' points and lists (issue 8, f8-rules4): where a speaker's numbered points are
headings and where they are a list in prose, told by where they stand. Every test is
built from the project's own sentences, never from the real texts in ../shared."""

from __future__ import annotations

from drafter.corpus import parse_text
from tests.corpus.conftest import two_levels

BODY = "这方面的工作我们做了不少，也积累了一些经验，" * 4 + "今后还要继续努力。"


POINTS = [
    "第一，服务保障体系的改革要从一线的实际需要出发，不能只在机关里面设计方案、开会讨论",
    "第二，我们要建立一个基于信任的管理办法，把审批的环节减少下来，让基层的同事少跑路、少填表",
    "第三，采购工作要集中到几个大平台上去，供应商的数量要逐步减少，质量和价格都要有人负责到底",
]
LONG = [p + "。这件事情要抓紧办，年底前拿出方案来。" for p in POINTS]


def test_long_points_that_each_head_paragraphs_of_their_own_are_headings() -> None:
    """第一，…第三，with long first sentences (commas, over 40 characters), each followed by
    paragraphs on it: the speaker's points, not a list in prose."""
    lines = ["同志们：", "今天和大家座谈几个问题。", "一、后勤改革要为一线服务", BODY]
    lines += [LONG[0], BODY, BODY, LONG[1], BODY, LONG[2], BODY]
    lines += ["二、改进工作方法", BODY, LONG[0], BODY, LONG[1], BODY, BODY, LONG[2], BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("一、后勤改革要为一线服务", POINTS),
        ("二、改进工作方法", POINTS),
    ]


def test_long_points_back_to_back_as_a_parts_only_content_are_its_points() -> None:
    """第一，…第三， (or only 第一，/第二，) with long first sentences, back to back, and nothing
    else under their part: the part's points. Every gold file counts such a run so (76 of
    the 79 runs from 第一 that are the only sub-structure of a part, bench/runin_survey.py;
    sets 14 and 15 each missed one of two points)."""
    head = ["同志们：", "今天和大家座谈几个问题。", "一、后勤改革要为一线服务", BODY]
    tail = [BODY, "二、改进工作方法", BODY, BODY]
    assert two_levels("\n\n".join([*head, *LONG, *tail])) == [
        ("一、后勤改革要为一线服务", POINTS),
        ("二、改进工作方法", []),
    ]
    assert two_levels("\n\n".join([*head, *LONG[:2], *tail]))[0][1] == POINTS[:2]


# the same points said as statements, each first sentence over 60 characters
STATEMENTS = [
    p + "，这一条要写进明年的工作要点，由分管的同志牵头拿出时间表。" + BODY for p in POINTS
]


def test_long_statements_in_a_part_and_points_outside_parts_stay_prose() -> None:
    """Back to back in a part, first sentences of statement length (a report's reasoning
    laid out 第一，…第七，, the one such run the gold keeps in the body) stay prose; so do
    two long points in a text without numbered parts (no part for them to be points of)."""
    lines = ["同志们：", "今天和大家座谈几个问题。", "一、后勤改革要为一线服务", BODY]
    lines += [*STATEMENTS, BODY, "二、改进工作方法", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("一、后勤改革要为一线服务", []),
        ("二、改进工作方法", []),
    ]
    lines = ["同志们：", "今天和大家座谈几个问题。", BODY, *LONG[:2], BODY, BODY]
    assert two_levels("\n\n".join(lines)) == []


def test_points_numbered_1_paren_under_a_1_dun_item_are_its_points() -> None:
    """1）…3） after "3、…" are the points of that item (writers use 1） as the level
    below 1、), not more items of the 1、2、3、 run."""
    lines = ["同志们：", "今天讲两个问题。", "一、形势逼着我们变革", BODY]
    lines += ["1、文化不是万能的", BODY, "2、变革要尊重规律", BODY, "3、变革什么、怎样变革", BODY]
    lines += ["1）坚持以客户为中心。" + BODY, "2）精简机关。" + BODY, "3）加强能力建设。" + BODY]
    lines += ["二、由什么人来推动变革", BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    first = doc.outline.sections[0]
    assert [c.marker + c.heading for c in first.children] == [
        "1、文化不是万能的",
        "2、变革要尊重规律",
        "3、变革什么、怎样变革",
    ]
    assert [c.marker + c.heading for c in first.children[2].children] == [
        "1）坚持以客户为中心",
        "2）精简机关",
        "3）加强能力建设",
    ]


def test_points_counted_before_them_that_fill_the_part_are_its_points() -> None:
    """第一、…第四、 right after a sentence counting them (以下四个方面。), each one long
    statement, filling the part up to one summing-up paragraph: the part's points. The same
    items with the part going on after them stay a list (statements over 60 characters
    each: shorter ones would be the part's only points, test above)."""
    always = "，这是我们多年来一贯坚持的立场，今后也不会改变。"
    items = [
        "第一、我们从全县人民的长远利益和根本利益出发，把保护生态、发展经济和改善民生作为全部工作的根本目标"
        + always,
        "第二、我们主张各个乡镇不论大小、强弱一律平等，坚决反对以大欺小，以强凌弱，反对各自为政"
        + always,
        "第三、我们在任何时候和任何情况下都坚持实事求是，对一切问题都根据其本身的是非曲直决定态度"
        + always,
        "第四、我们坚持长期实行对外开放，在平等互利的基础上不断扩大和发展同各地的经济、技术交流与合作"
        + always,
    ]
    lead = "我县发展的基本原则包括以下四个方面。"
    lines = ["同志们：", "今天讲两个问题。", "一、认清形势", BODY, BODY, "二、坚持基本原则", BODY]
    done = [*lines, lead, *items, "所有这些，都是我县发展的基本原则。", "三、加强领导", BODY]
    second = two_levels("\n\n".join(done))[1]
    assert second[0] == "二、坚持基本原则"
    assert [h[:3] for h in second[1]] == ["第一、", "第二、", "第三、", "第四、"]
    going_on = [*lines, lead, *items, BODY, BODY, BODY, "三、加强领导", BODY]
    assert two_levels("\n\n".join(going_on))[1] == ("二、坚持基本原则", [])


def test_a_point_said_more_shortly_between_two_written_out_ones() -> None:
    """第一个问题是… / 第二是… / 第三个问题是…: the middle point in a shorter form is the
    missing one, however long its paragraph (not a gap in the numbering)."""
    lines = ["同志们：", "今天讲三个问题。"]
    lines += ["第一个问题是服务意识问题。" + BODY, BODY]
    lines += ["第二是品牌意识问题。" + BODY * 2, BODY]
    lines += ["第三个问题是群体意识问题。" + BODY, BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    assert [s.heading for s in doc.outline.sections] == [
        "服务意识问题",
        "品牌意识问题",
        "群体意识问题",
    ]


def test_points_run_into_the_first_turn_of_minutes_do_not_divide_the_dialogue() -> None:
    """第一，…第二，… run into the paragraphs of the first answer in minutes of a
    discussion (问：… / 任总：… after them) are that answer's points, not the text's
    parts; points standing alone as headings over a speech before its questions are."""
    answer = "我们要把队伍带好，把工作做实，一步一个脚印往前走，" * 3 + "这是根本。"
    turns = []
    for q in (
        "基层干部怎么成长？",
        "新员工怎么融入团队？",
        "怎么看待绩效考核？",
        "海外工作怎么安排？",
    ):
        turns += [f"问：{q}", f"任总：{answer}", BODY]
    lines = ["任总：今天和大家座谈，先讲两点看法。"]
    lines += [f"第一，要把队伍带好。{answer}", f"第二，要把工作做实。{answer}", *turns]
    assert two_levels("\n\n".join(lines)) == []
    speech = ["同志们：", "一、我们向先进学习什么", BODY, BODY, "二、怎么向先进学习", BODY]
    assert [h for h, _ in two_levels("\n\n".join(speech + turns))] == [
        "一、我们向先进学习什么",
        "二、怎么向先进学习",
    ]


def test_a_preface_and_an_afterword_are_the_parts_of_their_text() -> None:
    lines = ["《县志》的序言和跋", "（一九四一年三月、四月）", "序", "（一九四一年三月十七日）"]
    lines += [BODY, BODY, "跋", "（一九四一年四月十九日）", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == [("序", []), ("跋", [])]


def test_a_numbered_question_by_a_name_of_any_surname() -> None:
    """1、2、3、 questions of minutes led by the asker's name, a rare surname too (屠, 逯),
    keep the name and the first sentence when the asker introduces himself (我来自…)."""
    lines = ["座谈纪要", "1、屠军：我来自计划部。我有两个问题。" + BODY, "任总：" + BODY]
    lines += ["2、逯萍：我是财务部的。想请教一个问题。" + BODY, "任总：" + BODY]
    lines += ["3、目标：今年完成各项任务。" + BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    assert [s.marker + s.heading for s in doc.outline.sections][:2] == [
        "1、屠军：我来自计划部",
        "2、逯萍：我是财务部的",
    ]


def test_a_numbered_question_whose_asker_gives_a_role_in_brackets() -> None:
    lines = ["座谈纪要", "1、杨强（实验室主任）：我来自实验室。我的问题是人才。" + BODY]
    lines += ["任总：" + BODY, "2、JASON（芯片专家）：任总您好。我想问芯片的事。" + BODY]
    lines += ["任总：" + BODY, "3、问（To李总）：请问组织什么时候调整？" + BODY, "答：" + BODY]
    doc = parse_text("\n\n".join(lines), "x.txt")
    assert [s.marker + s.heading for s in doc.outline.sections] == [
        "1、杨强（实验室主任）：我来自实验室",
        "2、JASON（芯片专家）：任总您好",
        "3、问（To李总）：请问组织什么时候调整",
    ]


def test_a_point_holding_a_list_of_its_own_stays_a_point() -> None:
    """二要… whose paragraph lists 一是…；二是…；三是… of its own: the 三是 is the inner
    list's third item, not the point after 二要, so 二要 heads its part as 一要 and 三要 do
    (before, the paragraph read as an enumeration in prose and the run lost its 二要)."""
    lines = ["同志们：", "今天召开会议，主要任务是部署工作。我再强调三点。"]
    lines += [
        "一要提高思想认识，切实增强责任感和紧迫感。各单位必须清醒认识到，工作只有起点没有终点。"
    ]
    lines += [
        "二要突出重点领域，全面排查整治各类风险隐患。这次排查覆盖全市所有行业领域。"
        "排查中要做到：一是全覆盖，每一家单位都要查到；二是查到底，每一项问题都要建立台账；"
        "三是见实效，整改一项、销号一项。",
        "要把专项整治和源头治理结合起来，从制度层面堵塞漏洞。",
        "三要压实各方责任，确保取得实实在在的成效。各区县要切实履行属地管理责任。",
        "同志们，任务已经明确，关键在于落实。",
    ]
    heads = [h for h, _ in two_levels("\n".join(lines))]
    assert heads == [
        "一要提高思想认识，切实增强责任感和紧迫感",
        "二要突出重点领域，全面排查整治各类风险隐患",
        "三要压实各方责任，确保取得实实在在的成效",
    ]


def test_a_point_going_on_with_the_next_number_stays_prose() -> None:
    """一是…；二是… in one paragraph (no inner list started afresh) is still an
    enumeration in prose."""
    lines = ["同志们：", BODY, "一是抓好学习，二是抓好落实，三是抓好督查。", BODY, BODY]
    assert two_levels("\n\n".join(lines)) == []


def test_points_after_a_bare_connective_colon_are_the_parts_points() -> None:
    """ "…。因此：" then 第一，…。 第二，…。 inside a numbered part: the colon follows a
    bare "therefore" that names nothing to list, so the points are the part's own
    (a colon that names what follows, 纠正的方法：, still announces a list)."""
    short = ["第一，合同质量要放在首位。" + BODY, "第二，重复劳动要减下来。" + BODY]
    lines = ["同志们：", "今天讲两个问题。", "一、质量是第一位的", BODY, BODY]
    lines += ["二、提高效益", "大家都希望多做事，也希望少走弯路。因此：", *short, BODY]
    lines += ["三、面向未来", BODY]
    assert two_levels("\n\n".join(lines)) == [
        ("一、质量是第一位的", []),
        ("二、提高效益", ["第一，合同质量要放在首位", "第二，重复劳动要减下来"]),
        ("三、面向未来", []),
    ]
    named = [t.replace("因此：", "做法如下：") for t in lines]
    assert two_levels("\n\n".join(named))[1] == ("二、提高效益", [])


def test_a_bare_connective_colon_in_a_text_without_parts_stays_prose() -> None:
    """Without numbered parts around them the two points after 因此： are no skeleton."""
    lines = ["同志们：", BODY, BODY, "大家都希望多做事。因此："]
    lines += ["第一，合同质量要放在首位。" + BODY, "第二，重复劳动要减下来。" + BODY, BODY]
    assert two_levels("\n\n".join(lines)) == []


def _moved_on(line: str | None, inner: list[str]) -> list[str]:
    lines = ["同志们：", "今天讲三件事。"]
    for k, topic in enumerate(["起草基本法", "理顺业务流程", "规范行政管理"]):
        lines += [f"第{'一二三'[k]}：{topic}", BODY, BODY]
    lines += ["以上，我讲了三件事的关系。"] + ([line] if line else [])
    for item in inner:
        lines += [item, BODY, BODY]
    return lines


def test_a_line_over_a_higher_ranked_run_after_the_last_point_is_a_part() -> None:
    """第一：/第二：/第三： then, after the last one's paragraphs, a question standing alone
    right over 一、二、三、 to the end: the text has moved on to a part of its own."""
    inner = ["一、这是发展的需要", "二、这是竞争的需要", "三、这是管理的需要"]
    outline = two_levels("\n\n".join(_moved_on("为什么要理顺业务流程？", inner)))
    assert [h for h, _ in outline] == [
        "第一：起草基本法",
        "第二：理顺业务流程",
        "第三：规范行政管理",
        "为什么要理顺业务流程",
    ]
    assert outline[-1][1] == inner
    # without the line, 一、二、三、 stay the last point's own
    assert two_levels("\n\n".join(_moved_on(None, inner)))[-1] == ("第三：规范行政管理", inner)


def test_a_second_set_of_points_announced_too_stands_beside_the_first() -> None:
    """我向学校提三点希望。 over 一是…三是, then after the third's text 我也向各部门提两点要求。
    over 第一，…第二，: both sets are the speech's points, not the third hope's
    (modern_blind10 w10)."""
    hopes = ["一是希望学校坚守初心", "二是希望学校深化改革", "三是希望学校建强队伍"]
    asks = ["第一，要把教育摆在优先位置", "第二，要营造尊师重教氛围"]
    lines = ["在建校八十周年大会上的讲话", "同志们：", BODY, "借此机会，我向学校提三点希望。"]
    for h in hopes:
        lines += [h, BODY]
    lines += [BODY + "我也向各部门提两点要求。"]
    for a in asks:
        lines += [a, BODY]
    lines += [BODY]
    got = two_levels("\n\n".join(lines))
    assert [h for h, _ in got] == hopes + asks


def test_points_opened_with_shouxian_and_counted_on_read_as_their_sibling_runs() -> None:
    # 一、 holds 第一，/第二，/第三，; 二、 holds 首先，/第二，/第三， whose first sentences run long:
    # the same speaker's points, read alike (ren 20180718's part 三、)
    from tests.corpus.conftest import levelled

    body = "这个问题很重要，大家要认真研究，结合本单位的实际情况，拿出切实可行的办法来，一抓到底。"
    long = (
        "，但是要允许各单位结合实际大胆探索、单点突破，不能因为统一规划约束了每个单位的发展，"
        "最重要的是我们自己还没有真正弄明白什么叫统一规划、怎样做统一规划"
    )
    paras = ["关于某某工作的讲话", "同志们：" + body, "一、抓好队伍建设", body]
    paras += [f"第{n}，要{w}好人。" + body for n, w in zip("一二三", "选用管")]
    paras += ["二、抓好规划工作", body]
    paras += [f"首先，我们要做规划{long}。" + body]
    paras += ["第二，在规划的修改问题上，我们要有一个框架性的模型，在机会点上敢于投入。" + body]
    paras += [f"第三，我们要用好规划{long}。" + body]
    paras += ["同志们，让我们共同努力！"]
    heads = [(level, h[:2]) for level, h in levelled("\n\n".join(paras))]
    assert heads[4:] == [(1, "二、"), (2, "首先"), (2, "第二"), (2, "第三")]


def test_two_announced_sets_of_points_in_a_part_are_both_points() -> None:
    # 有两点是可以肯定的： 1、… 2、… back to back, then …需要改进： 1、… (a paragraph) 2、…: the
    # part's two sets of points said alike, the first no list either (ren 20160805)
    from tests.corpus.conftest import levelled

    body = "这个问题很重要，大家要认真研究，结合本单位的实际情况，拿出切实可行的办法来，一抓到底。"
    paras = ["关于某某工作的讲话", "同志们：" + body, "一、肯定成绩", "这几年有两点是可以肯定的："]
    paras += ["1、产品竞争力：" + body * 2, "2、业务聚焦：" + body * 2]
    paras += ["但是，我们在以下两个方面需要改进："]
    paras += ["1、要敢于自我批判。" + body, body, "2、要重视软件架构。" + body, body]
    paras += ["二、明确任务", body, "同志们，让我们共同努力！"]
    heads = [(level, h[:2]) for level, h in levelled("\n\n".join(paras))]
    assert heads[:5] == [(1, "一、"), (2, "1、"), (2, "2、"), (2, "1、"), (2, "2、")]
