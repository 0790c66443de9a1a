"""A count that drops a qualifier of a frame just named is that frame named again.

Blind set 12's x01 lists 新材料、绿色食品、智能装备三大主导产业 and goes on 去年三大产业实现产值…: the
analysis kept 三大产业 as a second, spurious frame (its gold has one). The gold keeps a shorter
count written first or far away (两个敌人 … 两个主要敌人, 四个方面 … 四个主要方面) and one that drops
a negating word (两种反革命 … 两种革命), so those stay frames. Own sentences.
"""

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _phrases(text: str) -> list[str]:
    return [f.phrase for f in analyze(parse_text(f"标题\n\n{text}\n", "t.txt")).frames]


def test_a_shortened_repeat_in_the_same_paragraph_folds():
    text = (
        "全县已经形成了电子信息、生物医药、高端装备三大主导产业，去年三大产业实现产值三百亿元。"
        "电子信息产业集聚了上下游企业四十家；生物医药产业以园区为依托，产品销往全国；"
        "高端装备产业从无到有，去年落户了两家整机企业。"
    )
    assert _phrases(text) == ["三大主导产业"]


def test_the_shorter_count_written_first_stays():
    text = (
        "我们面前有两个敌人，一个是帝国主义，一个是封建主义。\n\n"
        "推翻这两个主要敌人的革命，是民族革命和民主革命。"
    )
    assert "两个敌人" in _phrases(text)


def test_a_dropped_negation_leaves_another_frame():
    text = (
        "这时有两种反革命围剿：军事围剿和文化围剿。也有两种革命深入：农村革命深入和文化革命深入。"
    )
    assert [p for p in _phrases(text) if p.startswith("两种")] == ["两种反革命", "两种革命"]
