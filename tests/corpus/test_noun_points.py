"""Points counted by a noun after the ordinal — 第一种，… 第二种，… / 第一个时期… / 第一类 / 第一步 —
are a speaker's points like 第一点、第一个方面 (tests/gold/README.md, set 7: numbered run-in lists
inside a part are level 2). Our own sentences."""

from __future__ import annotations

from drafter.corpus.markers import DI_NOUN, match_marker
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
