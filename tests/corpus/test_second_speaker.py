"""A second speaker's part (drafter/corpus/second_speaker.py): in minutes where, after the
speaker the header or the title names, another takes the floor under his name alone on a line
(李明华：), that line is a level-1 heading (no marker, the name) and his points go under it at
level 2 (set 16's call on ren 20160805, tests/gold/README.md; a blind set's 纪要 the lead
scored lost the points' level without it). Not a part: the header's own speaker named again,
a two-character label word, a name opening the text, an interview's turns, a text whose first
speaker nobody names. Our own sentences, never the real texts in ../shared."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_FIRST = [
    "今天听了几个片区的汇报，总的感觉是大家的干劲很足，但是办法还不够多，客户的需求变了，打法没有跟着变。",
    "我们的市场已经从增量竞争进入了存量竞争，一线的同志要把更多的时间花在客户身上，少开一些内部的会。",
    "对于明年的目标，我不主张层层加码，目标要实事求是，但是措施要硬，责任要落到人头上。",
    "干部要带头，干部不上一线，队伍就不会上一线，各片区的负责人每个月至少有一半的时间在客户那里。",
]
_POINTS = [
    "预算要跟着业务走",
    "回款是市场工作的最后一公里",
    "费用要管住",
    "合同评审要前移",
]
_WHY = "这件事各片区要拿出具体的办法，每个季度回顾一次，做得好的要表扬，做得不好的要通报。"

# the first speaker's 一、 parts with 1、2、 points standing alone over a paragraph each: the
# form (ren 20170723's) under which a second speaker's own 1、… run is his, not the first's
FIRST_SPEAKERS_NUMBERED_PARTS = [
    "一、关于市场",
    "1、要把客户放在第一位",
    _FIRST[0],
    "2、要把打法改过来",
    _FIRST[1],
    "二、关于干部",
    "1、干部要实事求是",
    _FIRST[2],
    "2、干部要带头上一线",
    _FIRST[3],
]


def _minutes(title: str, name_line: str, first: list[str] | None = None) -> str:
    paras = [*(first if first is not None else _FIRST), name_line]
    paras.append("刚才讲得很全面，我结合财务和运营的情况，补充几点具体的要求。")
    paras += [f"{k}、{p}，{_WHY}" for k, p in zip("1234", _POINTS)]
    return f"{title}\n\n（2021年3月5日）\n\n" + "\n\n".join(paras) + "\n"


_HIS = [(2, f"{k}、{p}，{_WHY[:-1]}") for k, p in zip("1234", _POINTS)]


def test_second_speakers_name_line_heads_his_points():
    got = levelled(_minutes("张建国在市场工作座谈会上的讲话", "李明华："))
    assert got[0] == (1, "李明华")
    assert [lvl for lvl, _ in got[1:]] == [2, 2, 2, 2]
    assert [h.split("，")[0] for _, h in got[1:]] == [f"{k}、{p}" for k, p in zip("1234", _POINTS)]


def test_a_title_naming_both_speakers_names_the_first():
    got = levelled(_minutes("张建国与李明华在市场工作座谈会上的讲话", "李明华："))
    assert got[0] == (1, "李明华") and [lvl for lvl, _ in got[1:]] == [2, 2, 2, 2]


def test_the_first_speakers_parts_stay_his_at_level_one():
    first = ["一、关于市场", _FIRST[0], _FIRST[1], "二、关于干部", _FIRST[2], _FIRST[3]]
    got = levelled(_minutes("张建国在市场工作座谈会上的讲话", "李明华：", first))
    assert [(lvl, h) for lvl, h in got if lvl == 1] == [
        (1, "一、关于市场"),
        (1, "二、关于干部"),
        (1, "李明华"),
    ]
    assert [lvl for lvl, h in got if h[:2] in ("1、", "2、", "3、", "4、")] == [2, 2, 2, 2]


def test_the_headers_own_speaker_named_again_is_no_second_part():
    # the host passing the floor to the speaker the header names (任总： in 任正非's talk)
    got = levelled(_minutes("张建国在市场工作座谈会上的讲话", "张总："))
    assert all(lvl == 1 for lvl, _ in got) and "张总" not in [h for _, h in got]


def test_a_two_character_label_is_no_name():
    # 任务： alone over the points: a label (任 is a surname, but 任务 is named nowhere else)
    got = levelled(_minutes("张建国在市场工作座谈会上的讲话", "任务："))
    assert "任务" not in [h for _, h in got] and all(lvl == 1 for lvl, _ in got)


def test_a_name_over_the_first_paragraphs_is_no_second_part():
    got = levelled(_minutes("张建国在市场工作座谈会上的讲话", "李明华：", _FIRST[:1]))
    assert "李明华" not in [h for _, h in got]


def test_without_a_first_speaker_named_the_line_is_left_alone():
    got = levelled(_minutes("关于市场工作的几点意见", "李明华："))
    assert "李明华" not in [h for _, h in got]


def test_an_interviews_turns_are_no_parts():
    turns = [
        "记者：请您谈谈今年的市场形势。",
        f"张建国：{_FIRST[0]}",
        "记者：明年的目标怎么定？",
        f"张建国：{_FIRST[2]}",
        f"{_FIRST[3]}",
    ]
    got = levelled(_minutes("张建国接受本报记者专访", "李明华：", turns))
    assert "李明华" not in [h for _, h in got]


def test_a_leader_named_by_surname_and_zong_is_a_speaker():
    got = levelled(_minutes("张建国在市场工作座谈会上的讲话", "王总："))
    assert got[0] == (1, "王总") and [lvl for lvl, _ in got[1:]] == [2, 2, 2, 2]


def test_a_title_naming_only_the_partner_makes_his_line_a_part():
    # a collection leaves its leader's own name off: "与李明华在…" names the one beside him
    got = levelled(_minutes("与李明华在市场工作座谈会上的讲话", "李明华："))
    assert got[0] == (1, "李明华") and [lvl for lvl, _ in got[1:]] == [2, 2, 2, 2]


def test_a_partner_title_does_not_make_another_name_a_part():
    got = levelled(_minutes("与李明华在市场工作座谈会上的讲话", "王建国："))
    assert "王建国" not in [h for _, h in got]


def test_his_points_are_his_where_the_first_speakers_parts_number_theirs_alike():
    # ren 20170723's form: 一、 parts over 1、2、 points standing alone, then the second
    # speaker's 1、…4、 run into their text right under his name line, under no part of the
    # first's: his points, not a list
    first = FIRST_SPEAKERS_NUMBERED_PARTS
    paras = [*first, "李明华："]
    paras += [f"{k}、{p}。{_WHY}" for k, p in zip("1234", _POINTS)]
    paras.append(_FIRST[0])
    text = "张建国在市场工作座谈会上的讲话\n\n（2021年3月5日）\n\n" + "\n\n".join(paras) + "\n"
    got = levelled(text)
    assert [(lvl, h) for lvl, h in got if lvl == 1] == [
        (1, "一、关于市场"),
        (1, "二、关于干部"),
        (1, "李明华"),
    ]
    his = got[got.index((1, "李明华")) + 1 :]
    assert his == [(2, f"{k}、{p}") for k, p in zip("1234", _POINTS)]
