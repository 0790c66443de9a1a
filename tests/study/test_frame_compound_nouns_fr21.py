"""A count's phrase cut short (session 53, fr21, from st56's walk through a 政府工作报告): a 大-
or 项-count sums its items up under a noun built of several words (三大算力圈, 两大文旅主轴,
三项金融创新职能定位), and the frame's phrase runs to that noun, not to its first two characters
(三大算, 两大文, 三项金融). Its items lose the verb that leads into the list (建设武汉 -> 武汉, as
jieba tags 建设 a verbal noun) and the words before the quotes that hold the whole list (立足地方
政府“A、B、C” -> A). Tested on text written here, then on the real report (read from ../shared
at run time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.frames import find_frames
from drafter.study.frames.nouns import noun_run
from drafter.study.layout import layout

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
HUBEI = SHARED / "corpus" / "structure" / "gwr_province_2026_湖北省.txt"

_OWN = """关于今年工作的安排

一、推进数字经济

实施数据赋能行动，建设中部、西部、“沿江”三大算力圈，推进全域数字化转型。做强“青山”“绿水”两大文旅主轴，打造一批精品线路。立足市政府“产业投资做引导、信用融资做增信、公开市场做培育”三项金融创新职能定位，重构引导基金体系。
"""


@pytest.mark.parametrize(
    ("after", "run"),
    [
        ("算力圈，推进城市", "算力圈"),
        ("文旅主轴，提升", "文旅主轴"),
        ("金融创新职能定位，重构", "金融创新职能定位"),
        ("现代服务业产业集群加快发展", "现代服务业产业集群"),
        ("核心关切总体向好", ""),  # the run would stop inside the clause
        ("主题履行职能。", ""),  # a verb and its object, no compound
        ("主导产业延链补链强链，", ""),  # 延 opens another phrase: no compound
        ("纪律八项注意，", ""),  # another count begins inside
        ("救国纲领如下：", ""),  # 如下 is no part of the noun
        ("攻坚战开局良好。", ""),  # a single word: the counter's own reading holds
    ],
)
def test_noun_run(after: str, run: str) -> None:
    assert noun_run(after) == run


def _frames(doc):
    return {f.phrase: f for f in find_frames(layout(doc))}


def test_compound_nouns_own_text() -> None:
    frames = _frames(parse_text(_OWN, "安排.txt"))
    assert frames["三大算力圈"].items == ["中部", "西部", "沿江"]
    assert frames["两大文旅主轴"].items == ["青山", "绿水"]
    assert frames["三项金融创新职能定位"].items == [
        "产业投资做引导",
        "信用融资做增信",
        "公开市场做培育",
    ]
    assert not {"三大算", "两大文", "三项金融"} & set(frames)


@pytest.mark.skipif(not HUBEI.exists(), reason=f"real report absent: {HUBEI}")
def test_compound_nouns_real_report() -> None:
    frames = _frames(load_document(HUBEI))
    assert frames["三大算力圈"].items == ["武汉", "宜昌", "襄十"]
    assert frames["两大文旅主轴"].items == ["神武峡", "赤黄红"]
    assert frames["三项金融创新职能定位"].items[0] == "股权投资做引导"
    assert not {"三大算", "两大文", "三项金融"} & set(frames)
