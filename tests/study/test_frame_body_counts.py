"""Bodies set up for a task and counted (三个攻坚专班, 两个督查工作组) are a plain count unless
the text lists them (px53c; modern_blind17's x02 三个攻坚专班, the gold README's 两个工作组).
jieba cuts 专班 in two, so the count read 攻坚 as its noun and stood as a named frame. A
count of abstract things with the same shape stays. Own sentences."""

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _phrases(text: str) -> list[str]:
    return [f.phrase for f in analyze(parse_text(f"标题\n\n{text}\n", "t.txt")).frames]


@pytest.mark.parametrize(
    "text",
    [
        "县里成立了三个攻坚专班，分别由三位副县长牵头。三个攻坚专班要每周调度一次。",
        "市里派出两个督查工作组，到各县开展督查。两个督查工作组要如实反映情况。",
    ],
    ids=["zhuanban", "gongzuozu"],
)
def test_bodies_counted_are_no_frame(text):
    assert not [p for p in _phrases(text) if p.startswith(("三个", "两个"))]


def test_a_summary_of_the_same_shape_stays():
    text = "要打好三个攻坚战役：一是污染防治，二是风险化解，三是精准脱贫。"
    assert [p for p in _phrases(text) if p.startswith("三个")]
