"""Two spoken plans the fourth blind modern set found missed, and a word counted by mistake.

从…三个维度/角度，和大家谈一谈: a dimension or an angle is a 方面 the talk is taken from; and
交流一下…要当好的“四种角色”: the speaker's own counted name for the parts, quoted, closing
the sentence as what the verb of talk takes. A quoted name inside the clause (学习“三个代表”
重要思想的体会) stays someone else's. 二传手 (不当“二传手”) is a word, not a count. Our own
sentences."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap.sentence import roadmap_count

HEAD = """在全县干部大会上的讲话

同志们：

今年以来，全县上下齐心协力，各项工作取得新进展。ANNOUNCE

"""
BODIES = [
    "干部队伍建设是根本。要选好用好干部，形成良好导向。",
    "作风建设永远在路上。要坚决反对形式主义、官僚主义。",
    "落实是关键。要一级抓一级、层层抓落实。",
    "廉洁是底线。要守住纪律规矩，清清白白做事。",
]
TAIL = "\n\n同志们，让我们团结一心，共同努力！\n"


def _parts(n: int) -> str:
    return "\n\n".join(f"{m}、关于第{m}件事\n\n{b}" for m, b in zip("一二三四", BODIES[:n]))


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("今天，我想从理论、实践、制度三个维度，和大家一起谈一谈怎样抓好落实。", 3),
        ("下面，我从两个角度和同志们交流。", 2),
        ("今天我想和大家交流一下基层干部要当好的“三种角色”。", 3),
        ("今天我想谈谈学习“三个代表”重要思想的体会。", False),
        ("他从三个维度分析了问题。", False),
    ],
)
def test_a_dimension_and_a_quoted_plan_name_are_counted(sentence, count):
    assert roadmap_count(sentence) == count


def test_a_quoted_plan_name_links_the_parts_after_it():
    announce = "今天我想和大家交流一下基层干部要当好的“四种角色”。"
    doc = parse_text(HEAD.replace("ANNOUNCE", announce) + _parts(4) + TAIL, "t.txt")
    road = next(r for r in analyze(doc).roadmap if r.text == announce)
    assert len(road.sections) == 4


def test_er_chuan_shou_is_no_frame():
    text = (
        HEAD.replace("ANNOUNCE", "抓落实不能当“二传手”，不能以会议落实会议、以文件落实文件。")
        + _parts(3)
        + TAIL
    )
    phrases = [f.phrase for f in analyze(parse_text(text, "t.txt")).frames]
    assert not any("二传手" in p for p in phrases)
