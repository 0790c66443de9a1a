"""Points counted by a noun after the ordinal — 第一种，… 第二种，… / 第一个时期… / 第一类 / 第一步 —
are a speaker's points like 第一点、第一个方面 (tests/gold/README.md, set 7: numbered run-in lists
inside a part are level 2). Our own sentences."""

from __future__ import annotations

from drafter.corpus.markers import ARTICLE, DI_NOUN, match_marker
from tests.corpus.conftest import levelled

_P = "这个问题很重要，大家要认真研究，结合本单位的实际情况，拿出切实可行的办法来，一抓到底。"


def test_kinds_and_periods_are_points_of_their_part() -> None:
    paras = ["关于县志编修工作的几点意见", "今天讲两个问题。", "一　编修的历史", _P]
    paras += ["第一个时期是建县到解放，修志工作断断续续。" + _P, _P]
    paras += ["第二个时期是解放以后到改革开放，编修了第一部新县志。" + _P, _P]
    paras += [
        "二　两种态度",
        _P,
        "第一种，是敷衍的态度。" + _P,
        _P,
        "第二种，是认真的态度。" + _P,
        _P,
    ]
    tree = levelled("\n\n".join(paras))
    assert tree == [
        (1, "一　编修的历史"),
        (2, "第一个时期是建县到解放，修志工作断断续续"),
        (2, "第二个时期是解放以后到改革开放，编修了第一部新县志"),
        (1, "二　两种态度"),
        (2, "第一种，是敷衍的态度"),
        (2, "第二种，是认真的态度"),
    ]


def test_the_noun_units_are_read_as_markers() -> None:
    for text, marker in (("第一种：主观主义的态度。", "第一种："), ("第三类是风险防范。", "第三类是"),
                         ("第二步，统一思想。", "第二步，")):  # fmt: skip
        m = match_marker(text)
        assert m is not None and (m.family, m.text) == (DI_NOUN, marker), text
    assert match_marker("第一次世界大战以后，…") is None  # an ordinal in prose, not a point


def test_any_classifier_and_noun_before_a_colon_or_comma_is_a_point() -> None:
    # 第X + a classifier + the point's name, then ：/，at once: modern_blind6 s04's 第一道题：,
    # ren 20161201's 第一层防线， (level 2 in heldout20's gold), a talk's 第二个例子，
    for text, marker in (("第一道题：对党是否忠诚。", "第一道题："), ("第二层防线，内控部门。", "第二层防线，"),
                         ("第二个例子，我们在清理账目。", "第二个例子，"), ("第三堂课：讲纪律。", "第三堂课："),
                         ("第一个，要讲政治。", "第一个，"), ("第一场，攻坚战。", "第一场，"),
                         ("第二场硬仗：防范化解风险。", "第二场硬仗：")):  # fmt: skip
        m = match_marker(text)
        assert m is not None and (m.family, m.text) == (DI_NOUN, marker), text
    # laws keep their articles, and a noun with no stop after it is prose
    assert match_marker("第七条罪状是：流毒全党。").family == ARTICLE
    assert match_marker("第一条　为了规范管理，制定本条例。").family == ARTICLE
    assert match_marker("第一个字是慎，第二个字是严。") is None
    assert match_marker("第一场雪下得很大，路面结冰。") is None  # 场 in prose: no stop after it


def test_three_questions_of_a_lecture_are_points_of_their_part() -> None:
    paras = ["当好新时代的赶考人", "同志们：", _P, "一、为什么要赶考", _P, "二、赶考要考什么"]
    paras += ["这份考卷至少有三道必答题。"]
    for n, q in (("一", "对党是否忠诚"), ("二", "干事是否担当"), ("三", "为官是否清廉")):
        paras += [f"第{n}道题：{q}。" + _P, _P]
    paras += ["三、怎样答好考卷", _P]
    tree = levelled("\n\n".join(paras))
    assert (2, "第二道题：干事是否担当") in tree
    assert [lv for lv, _ in tree] == [1, 1, 2, 2, 2, 1]


def test_a_list_after_a_paragraph_numbered_on_across_parts_is_no_part_of_the_outline() -> None:
    # （一）…（六） number paragraphs on under 一 and 二 (no headings, the gold's rule); the list
    # announced by （五）'s colon is that paragraph's, not the points of 二 (mao v2_006's 第一个方向)
    paras = ["当前形势和任务", "一　目前的形势", "（一）" + _P, "（二）" + _P, "二　我们的任务"]
    paras += ["（三）" + _P, "（四）" + _P, "（五）在此期间，工作可能向三个方向发展："]
    paras += [
        "第一个方向，全面推开。这是多数人的要求。",
        "第二个方向，停滞不前。这是少数人的要求。",
    ]
    paras += ["第三个方向，两者并存。这是目前的局面。", "（六）" + _P]
    tree = levelled("\n\n".join(paras))
    assert not any("方向" in h for _, h in tree), tree


def test_a_point_said_after_its_noun_and_shi_is_a_marker() -> None:
    # 第一个特点是… / 第一次是…: the point said at once after 是 (mao 1-013's 第二个特点是敌人的
    # 强大, ren 20101203's 第一个产品是固网终端, level 2 in heldout26's gold)
    for text, marker in (("第二个特点是敌人的强大。", "第二个特点是"), ("第一次是在延安。", "第一次是"),
                         ("第二个是移动宽带。", "第二个是")):  # fmt: skip
        m = match_marker(text)
        assert m is not None and (m.family, m.text) == (DI_NOUN, marker), text
    # counted on in the same paragraph: an enumeration in prose
    assert match_marker("第一次是在延安，第二次是在西柏坡。") is None


def test_noun_points_at_paragraph_starts_head_their_part_and_in_prose_do_not() -> None:
    points = ("作风实了", "效率高了", "群众满意了")
    paras = ["在全县作风建设推进会上的讲话", "同志们：", "这一年来，全县干部作风有三个变化。"]
    for n, point in zip("一二三", points, strict=True):
        paras += [f"第{n}个变化是{point}。" + _P, _P]
    tree = levelled("\n\n".join(paras))
    assert tree == [(1, f"第{n}个变化是{p}") for n, p in zip("一二三", points, strict=True)]
    # the same ordinals inside one paragraph are the paragraph's words
    prose = "这一年来，" + "，".join(f"第{n}个变化是{p}" for n, p in zip("一二三", points)) + "。"
    assert levelled("\n\n".join(paras[:3] + [prose + _P, _P, _P])) == []


def test_points_by_another_noun_inside_a_point_end_with_it() -> None:
    # a lecture on 第一句话…第三句话 whose third counts 第一笔，…第三笔， (modern_blind10 w07):
    # 第三句话's 第四 is not the third 笔's fourth (one family, told apart by the unit)
    paras = ["廉洁从业要记牢三句话", "今天和大家谈三句话。"]
    paras += [
        "第一句话：权力是人民给的",
        _P,
        "第二句话：纪律是高压线",
        _P,
        "第三句话：人生要算好账",
        _P,
    ]
    paras += ["第一笔，政治账。" + _P, "第二笔，经济账。" + _P, "第三笔，亲情账。" + _P]
    paras += ["第四句话：监督是最好的保护", _P]
    tree = levelled("\n\n".join(paras))
    assert tree == [
        (1, "第一句话：权力是人民给的"),
        (1, "第二句话：纪律是高压线"),
        (1, "第三句话：人生要算好账"),
        (2, "第一笔，政治账"),
        (2, "第二笔，经济账"),
        (2, "第三笔，亲情账"),
        (1, "第四句话：监督是最好的保护"),
    ]


def test_battles_counted_by_chang_are_points_of_their_part() -> None:
    # 打好三场硬仗 then 第一场硬仗，…第二场…第三场…: the counted lead's parts (the frames and
    # roadmaps count 场 since session 46), as 第一道/第一层 were
    paras = ["在全县攻坚工作推进会上的讲话", "今年要打好三场硬仗。", _P]
    paras += [
        f"第{n}场硬仗，{t}。" + _P for n, t in zip("一二三", ("脱贫攻坚", "污染防治", "防范风险"))
    ]
    tree = levelled("\n\n".join(paras))
    assert tree == [
        (1, f"第{n}场硬仗，{t}") for n, t in zip("一二三", ("脱贫攻坚", "污染防治", "防范风险"))
    ]


def test_periods_the_narrative_goes_on_counting_in_prose_are_prose() -> None:
    # 第一个时期，… / 第二个时期，… then 以后，是第三个时期，…: the writer numbers the periods of a
    # story as he goes (mao 5-054); with the third at the paragraph's start they are points
    def tree(third: str) -> list[tuple[int, str]]:
        paras = ["关于县志编修工作的几点意见", "同志们：" + _P]
        paras += ["第一个时期，修志工作断断续续。" + _P, "第二个时期，编修了第一部新县志。" + _P]
        paras += [third + "，续修工作全面展开。" + _P, _P, "同志们，让我们把这项工作做好！"]
        return levelled("\n\n".join(paras))

    assert tree("以后，是第三个时期") == []
    assert [h for _, h in tree("第三个时期")] == [
        "第一个时期，修志工作断断续续",
        "第二个时期，编修了第一部新县志",
        "第三个时期，续修工作全面展开",
    ]
