"""Closings read from the shape of an article's or a directive's end (issue 8, second round):
a request for a reply, a one-sentence verdict over the wind-up, antithetical lines after the
argument, a confident forecast of the whole struggle. Texts written for the project."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.closing import (
    antithesis_start,
    asks_reply,
    closing_at_end,
    echoes_title,
    judges_whole,
    occasion_start,
    takes_up_more,
    takes_up_title,
)

TITLE = "关于做好春季农业生产工作的意见\n\n"
ARGUE = (
    "今年春耕任务很重，各地要及早准备种子、肥料和农具，把工作做在前头。"
    "各级干部要深入田间地头，帮助群众解决实际困难，不能坐在机关里发号施令。"
)
BODY = "\n\n".join([ARGUE] * 4) + "\n\n"


@pytest.mark.parametrize(
    "text, asks",
    [
        ("你们对此意见如何，望考虑电告。", True),
        ("以上意见妥否，望复。", True),
        ("望将执行情况及时电告。", True),
        ("（六）以上意见妥否望复", False),  # a numbered item: the last point, not a closing
        ("各地要把春耕的情况按时报告上级，不得拖延，也不得虚报，以免贻误农时。", False),
    ],
)
def test_a_request_for_a_reply(text: str, asks: bool) -> None:
    assert asks_reply(text) is asks


def test_a_directive_that_ends_asking_for_a_reply_closes_on_it() -> None:
    doc = parse_text(TITLE + BODY + "你们对此有何意见，望即电告。\n")
    assert doc.outline.closing == ["你们对此有何意见，望即电告。"]


def test_a_directive_that_simply_stops_has_no_cue_and_closes_by_position() -> None:
    """No cue reads a plain last instruction as a closing; a text with no parts is given its
    last paragraph by position (the gold: all 20 such texts have a closing); a directive that
    numbers its points at paragraph starts ends on its last point, with no closing."""
    last = "各地应当按时上报春耕进度，不得拖延。"
    assert closing_at_end([ARGUE] * 4 + [last], 1) is None
    assert parse_text(TITLE + BODY + last + "\n").outline.closing == [last]
    numbered = "\n\n".join(f"{n}，{ARGUE}" for n in ("第一", "第二", "第三")) + "\n\n"
    assert parse_text(TITLE + numbered + last + "\n").outline.closing == []


def test_a_last_paragraph_carrying_the_argument_on_is_not_given_by_position() -> None:
    """A text with no parts whose last paragraph opens on 但是，/而且/至于… ends in its
    argument: the paragraph answers the one above, so position gives it no closing."""
    last = "但是，有些地方的干部还习惯于坐在机关里发号施令，这种作风必须改变。"
    assert parse_text(TITLE + BODY + last + "\n").outline.closing == []
    plain = "有些地方的干部还习惯于坐在机关里发号施令，这种作风必须改变。"
    assert parse_text(TITLE + BODY + plain + "\n").outline.closing == [plain]


@pytest.mark.parametrize(
    "text, more",
    [
        ("同志们还要懂得，今年的春耕比往年更难，种子和化肥都还不够。", True),
        ("我们今天开会还要讲清楚一件事，就是春耕的责任在乡一级。", True),
        ("各乡还需要把化肥的缺口报上来。", True),
        ("同志们，春耕的任务一定能够完成。", False),
        ("我们的春耕工作还是有成绩的，希望大家再接再厉。", False),  # 还是: no further point
    ],
)
def test_a_paragraph_that_takes_up_one_more_point(text: str, more: bool) -> None:
    assert takes_up_more(text) is more


def test_a_last_paragraph_that_takes_up_one_more_point_is_no_closing() -> None:
    """A last paragraph that opens 同志们还要懂得，… takes up a further point, as 最后，我再讲
    一点 does: the text stops in its body (tests/gold/README.md, sets 17 and 20), though
    position or a cue would have given it the closing."""
    last = "同志们还要懂得，今年的春耕比往年更难，种子和化肥都还不够，各乡要早作打算。"
    assert parse_text(TITLE + BODY + last + "\n").outline.closing == []
    plain = "同志们，今年的春耕比往年更难，种子和化肥都还不够，各乡要早作打算。"
    assert parse_text(TITLE + BODY + plain + "\n").outline.closing == [plain]


def test_the_paragraph_under_items_with_no_text_can_close() -> None:
    """Items that are headings only ((一)… (二)… (三)… (四)…, no text under any): the paragraph
    after the last refers to the list as a whole and is the closing; under items with text of
    their own the paragraph after the last is that item's."""
    works = (
        "将全县的小型水利工程按规格修好",
        "将乡村道路按规格修好",
        "建立有线广播网，使每个乡都能收听广播",
        "完成乡和大型合作社的电话网",
    )
    heads = [f"（{n}）在五年内，{w}" for n, w in zip("一二三四", works)]
    last = "以上各项，请你们和有关同志加以研究，于月底以前准备完毕。"
    bare = "\n\n".join(heads)
    assert parse_text(f"{TITLE}{ARGUE}\n\n{bare}\n\n{last}\n").outline.closing == [last]
    # (a paragraph that sums the items up by count, 以上各项，…, closes whatever stands above
    # it: see test_closing_start's notice; one that does not is the last item's text)
    texts = "\n\n".join(f"{h}\n\n{ARGUE}" for h in heads[:3])
    own = "请你们和有关同志加以研究，于月底以前准备完毕。"
    ending = f"{texts}\n\n{heads[3]}\n\n{own}\n"
    assert parse_text(f"{TITLE}{ARGUE}\n\n{ending}").outline.closing == []


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("这样看来，春耕和整顿两件工作的重要性，是十分明白的了。", True),
        ("由此可见，抓好春耕是全年工作的基础。", True),
        # a longer paragraph that only concludes its own point
        ("由此可见，种子要早备。肥料也要早备。农具更要及早修好。这些都不能等。", False),
        ("这样的做法是不对的。", False),
    ],
)
def test_a_verdict_on_the_whole(text: str, verdict: bool) -> None:
    assert judges_whole(text) is verdict


def test_a_verdict_above_the_call_opens_the_closing() -> None:
    ending = (
        "这样看来，春耕和整顿两件工作的重要性，是十分明白的了。\n\n"
        "让我们把这两件工作做得更好，为夺取全年的好收成而奋斗。\n"
    )
    doc = parse_text(TITLE + BODY + ending)
    assert doc.outline.closing[0].startswith("这样看来")


ARTICLE = "论团结\n\n" + "\n\n".join([ARGUE] * 5) + "\n\n"


def test_antithetical_lines_after_the_argument_open_the_closing() -> None:
    ending = (
        "干下去，团结一心，――春耕必成。\n\n"
        "拖下去，各搞一套，――春耕必误。\n\n"
        "何去何从，大家速定。\n\n"
        "全县人民团结起来，把春耕生产搞上去！\n"
    )
    doc = parse_text(ARTICLE + ending)
    assert doc.outline.closing[0] == "干下去，团结一心，――春耕必成。"
    assert len(doc.outline.closing) == 4


@pytest.mark.parametrize(
    "lines, found",
    [
        (["干下去，团结一心，――春耕必成。", "拖下去，各搞一套，――春耕必误。"], 0),
        (["祝我们在生产战线上的胜利！", "祝我们在文化战线上的胜利！"], None),  # toasts
        (["种子要早备，肥料要早备。", "农具要早修，水利要早修。"], 0),
        (["种子要早备，肥料要早备。", "这一条必须落实。"], None),  # lengths differ
        (["今年完成了3项任务，好。", "明年完成了5项任务，好。"], None),  # figures: the body
        # one line said twice with its ordinal changed: a list, not an antithesis
        (
            ["我们必须坚持第一条原则，把工作做扎实。", "我们必须坚持第二条原则，把工作做扎实。"],
            None,
        ),
    ],
)
def test_antithetical_lines(lines: list[str], found: int | None) -> None:
    assert antithesis_start([ARGUE, *lines], 1) == (None if found is None else found + 1)


def test_a_confident_forecast_of_the_whole_closes_a_long_last_paragraph() -> None:
    last = (
        "现在全县正在进行两场竞赛：一场比产量，一场比质量。两场竞赛目的相同，方法不同，"
        "都要求干部带头、群众参加，都要求把工作落到实处，不搞形式主义，不做表面文章。"
        "我们坚决相信，全县人民在县委领导之下，一定会取得春耕生产的完全胜利，"
        "一切困难必然要被克服。"
    )
    doc = parse_text(ARTICLE + last + "\n")
    assert doc.outline.closing == [last]


def test_a_last_paragraph_that_only_trusts_in_a_detail_is_body() -> None:
    last = (
        "各地在春耕中涌现了不少好人好事，应当及时总结，登报表扬，推广他们的经验。"
        "县里将组织检查组分赴各乡，了解情况，帮助解决问题，检查结果在全县通报。"
        "各乡也要组织互查，把好的做法介绍给邻近的乡村，把差的地方指出来，限期改进。"
        "我们相信，这样的好人好事是一定不少的。"
    )
    assert closing_at_end([ARGUE] * 5 + [last], 1) is None


@pytest.mark.parametrize(
    "text, title, echoes",
    [
        ("我们一定要把春耕生产搞好，这是全年的基础。", "在春耕生产动员会上的讲话", True),
        ("我们坚定不移地抓好干部作风，当干部就是担起一份责任。", "当干部是一份责任", True),
        ("各地要把春耕生产搞好，这是全年的基础。", "在春耕生产动员会上的讲话", False),  # not 我们
        ("我们要把工作做扎实。", "在春耕生产动员会上的讲话", False),  # no echo
        ("我们一定要把春耕生产搞好。", "", False),  # no title known
        ("第五，我们要把春耕生产搞好。", "在春耕生产动员会上的讲话", False),  # an item
    ],
)
def test_a_last_paragraph_that_takes_up_the_title(text: str, title: str, echoes: bool) -> None:
    assert echoes_title(text, title) is echoes


def test_a_title_echoed_by_a_paragraph_still_arguing_the_last_part_is_no_echo() -> None:
    """A last paragraph that carries the last part's own words (加快农资调运) and names the
    title's only in its last clause ends that part's argument: no closing by the echo. The same
    paragraph under a part whose words it does not carry takes the title up."""
    text = "我们要加快农资调运，种子、化肥要在月底前运到各乡，这就是春耕生产的头等大事。"
    title = "在春耕生产动员会上的讲话"
    assert not echoes_title(text, title, "三、抓住时机，加快农资调运，保障春耕需要")
    assert echoes_title(text, title, "三、加强领导，搞好服务")
    # words the last heading shares with the title are the whole talk's, not the part's
    assert echoes_title(text, title, "三、抓好春耕生产的组织领导")


TALK = (
    "在春耕生产动员会上的讲话\n\n同志们：\n\n今天召开会议，部署春耕工作。\n\n"
    f"一、备足农资\n\n{ARGUE}\n\n{ARGUE}\n\n二、搞好服务\n\n{ARGUE}\n\n{ARGUE}\n\n"
)


def test_a_last_resolve_that_takes_up_the_title_closes_the_talk() -> None:
    last = "我们把春耕生产作为全年工作的头等大事，干部带头，层层落实，所以春耕生产是最重要的工作。"
    doc = parse_text(TALK + last + "\n")
    assert doc.outline.closing == [last]


def test_the_last_parts_only_text_that_echoes_the_title_stays_its_text() -> None:
    last = "我们一定要把春耕生产搞好，打好全年农业生产的基础，决不辜负群众的期望。"
    doc = parse_text(TALK + "三、加强领导\n\n" + last + "\n")
    assert doc.outline.closing == []
    assert doc.outline.sections[-1].paragraphs == [last]


@pytest.mark.parametrize(
    "last, closes",
    [
        ("今天大家提出了很多好建议，会后整理出来，发给各乡参考。", True),
        ("这次会开得很紧凑，下个月再开一次，检查落实的情况。", True),
        ("今天的会议就开到这里，各乡回去抓紧落实。", True),
        ("今天不是来批评哪个乡，是希望各乡把春耕的难处摆出来。", True),
        # today as nowadays, and today's or this time's other things, are the body's
        ("今天，农村的情况和过去大不相同了，种田的人少了，机械多了。", False),
        ("今天的农民，已经不满足于吃饱穿暖了，他们要过更好的日子。", False),
        ("这次的农资调度，要先保证边远的乡，再保证近处的乡。", False),
    ],
)
def test_a_last_paragraph_that_opens_on_the_occasion(last: str, closes: bool) -> None:
    """After the last part, a paragraph that opens on today or this meeting (今天大家提出了
    … / 这次会开得…) starts the closing when nothing else does; 今天，… and 今天的农民 speak
    of the times, not of the session."""
    doc = parse_text(TALK + last + "\n")
    assert doc.outline.closing == ([last] if closes else [])


def test_the_occasion_right_above_the_last_words_opens_the_closing() -> None:
    """通过这次学习研讨，我深刻认识到… right above 以上是我的几点学习体会，…批评指正。: the
    speaker turned to the occasion a paragraph before the last words, and the closing starts
    there; further up (the talk's opening 今天召开会议…) it does not move the closing."""
    turn = "通过这次学习研讨，我深刻认识到，春耕生产是一项需要久久为功的工作。"
    last = "以上是我的几点学习体会，不妥之处，请大家批评指正。"
    doc = parse_text(TALK + f"{turn}\n\n{last}\n")
    assert doc.outline.closing == [turn, last]
    doc = parse_text(TALK + f"{turn}\n\n{ARGUE}\n\n{last}\n")
    assert doc.outline.closing[0] != turn


def test_the_occasion_is_read_only_among_the_last_paragraphs() -> None:
    """A paragraph on the occasion further up than the last five is the body's (a speaker
    who says 今天大家… in the middle of a part has not finished it)."""
    texts = ["今天大家提出了很多好建议。", *[ARGUE] * 5]
    assert occasion_start(texts, 0) is None
    assert occasion_start([ARGUE, *texts[:1], ARGUE], 0) == 1


def test_a_short_last_part_that_takes_up_the_title_is_the_closing() -> None:
    """A last part titled with the document's title (三、在春耕生产中当好排头兵 under 在春耕生产中
    当好排头兵) stays a heading and its text is the closing (tests/gold/README.md, "Closing
    convention"); a long part under such a title argues its point and is body."""
    title = "在春耕生产中当好排头兵"
    head = f"{title}\n\n{ARGUE}\n\n一、备足农资\n\n{ARGUE}\n\n二、搞好服务\n\n{ARGUE}\n\n"
    short = [ARGUE, "希望各乡把春耕生产抓紧抓好。"]
    doc = parse_text(head + f"三、{title}\n\n" + "\n\n".join(short) + "\n")
    assert doc.outline.closing == short
    assert takes_up_title(title, title + " 全县春耕动员大会", short)
    assert not takes_up_title(title, title, [ARGUE] * 6)
    assert not takes_up_title("搞好服务", "在春耕生产中搞好服务", short)  # too short an echo
