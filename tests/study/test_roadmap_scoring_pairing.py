"""The roadmap scorer on a text that repeats a roadmap's words (five 纠正的方法： in one essay,
each over its own （一）（二）…) and on parts opened by headings that are numerals alone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import roadmap_scoring
from roadmap_scoring import RoadmapScore, score_roadmap

PARAS = [
    "纠正的方法：",
    "（一）甲办法",
    "（二）乙办法",
    "纠正的方法：",
    "（一）丙办法",
    "（二）丁办法",
]
ENTRY = {
    "file": "t.txt",
    "roadmap": ["纠正的方法", "纠正的方法"],
    "roadmap_links": [
        {"number": None, "parts": ["（一）甲办法", "（二）乙办法"]},
        {"number": None, "parts": ["（一）丙办法", "（二）丁办法"]},
    ],
}


def _road(sections: list[int]):
    return SimpleNamespace(text="纠正的方法：", sections=sections, warning=None)


@pytest.mark.parametrize("fair, right", [(True, 2), (False, 1)])
def test_repeated_words_pair_with_their_own_roadmap(monkeypatch, fair: bool, right: int):
    monkeypatch.setattr(roadmap_scoring, "FAIR_PAIRING", fair)
    study = SimpleNamespace(roadmap=[_road([1, 2]), _road([4, 5])])
    score = RoadmapScore()
    score_roadmap(ENTRY, study, PARAS, score)
    assert (score.hits, score.right, score.links_right) == (2, 2, right)


def test_a_bare_numeral_heading_is_found_by_the_paragraph_under_it():
    paras = ["我讲两个问题。", "一", "生产要抓紧。", "二", "销售要跟上。"]
    entry = {
        "file": "t.txt",
        "roadmap": ["我讲两个问题"],
        "roadmap_links": [{"number": 2, "parts": ["生产要抓紧", "销售要跟上"]}],
    }
    road = SimpleNamespace(text="我讲两个问题。", sections=[1, 3], warning=None)
    score = RoadmapScore()
    score_roadmap(entry, SimpleNamespace(roadmap=[road]), paras, score)
    assert score.links_right == 1


def test_a_numeral_joined_to_its_paragraph_is_passed_over():
    """（一） alone on its line, the part's words on the next: the reader joins them into one
    paragraph, the gold gives the words under the numeral (gwr_national_1986's 基本任务是：)."""
    paras = ["基本任务是：", "（一）进一步改革。", "（二）保持增长。", "第三、坚持开放。"]
    entry = {
        "file": "t.txt",
        "roadmap": ["基本任务是"],
        "roadmap_links": [{"number": None, "parts": ["进一步改革", "保持增长", "坚持开放"]}],
    }
    road = SimpleNamespace(text="基本任务是：", sections=[1, 2, 3], warning=None)
    score = RoadmapScore()
    score_roadmap(entry, SimpleNamespace(roadmap=[road]), paras, score)
    assert score.links_right == 1
    wrong = SimpleNamespace(text="基本任务是：", sections=[2, 1, 3], warning=None)
    score = RoadmapScore()
    score_roadmap(entry, SimpleNamespace(roadmap=[wrong]), paras, score)
    assert score.links_right == 0


def test_a_heading_is_found_without_the_colon_the_reader_keeps_apart():
    """1、美国运通： in the source and the gold; the reader heads the section 1、美国运通 and
    keeps the colon in Section.ending (20150506, 论政策's 关于政权组织。)."""
    paras = ["任总提出以下看法", "1、美国运通", "顾问：…", "2、美军"]
    entry = {
        "file": "t.txt",
        "roadmap": ["任总提出以下看法"],
        "roadmap_links": [{"number": None, "parts": ["1、美国运通：", "2、美军："]}],
    }
    road = SimpleNamespace(text="任总提出以下看法", sections=[1, 3], warning=None)
    score = RoadmapScore()
    score_roadmap(entry, SimpleNamespace(roadmap=[road]), paras, score)
    assert score.links_right == 1


def test_a_found_roadmap_pairs_with_the_gold_one_it_links_and_no_other():
    """Two gold 例如： (1955), only the second found: it is paired with the second, whose parts
    it links, and the first is a miss — not both credited with the one found roadmap."""
    paras = ["例如：", "甲厂。", "乙厂。", "丙厂。", "例如：", "丁路。", "戊路。"]
    entry = {
        "file": "t.txt",
        "roadmap": ["例如", "例如"],
        "roadmap_links": [
            {"number": None, "parts": ["甲厂", "乙厂", "丙厂"]},
            {"number": None, "parts": ["丁路", "戊路"]},
        ],
    }
    road = SimpleNamespace(text="例如：", sections=[5, 6], warning=None)
    score = RoadmapScore()
    score_roadmap(entry, SimpleNamespace(roadmap=[road]), paras, score)
    assert (score.hits, score.right, score.gold_links, score.links_right) == (1, 1, 1, 1)
    assert score.misses == ["t: 例如"]


def test_a_yishi_numeral_alone_on_its_line_is_passed_over():
    """一是 alone on its line, the part's words on the next (gwr_national_1994's 要着重抓好四个方面
    的工作：): the reader joins them, the gold gives the words under 一是, as for （一） and 一、."""
    paras = ["要抓好两个方面的工作：", "一是依法打击犯罪。", "二是查处大案。"]
    entry = {
        "file": "t.txt",
        "roadmap": ["要抓好两个方面的工作"],
        "roadmap_links": [{"number": 2, "parts": ["依法打击犯罪", "查处大案"]}],
    }
    road = SimpleNamespace(text="要抓好两个方面的工作：", sections=[1, 2], warning=None)
    score = RoadmapScore()
    score_roadmap(entry, SimpleNamespace(roadmap=[road]), paras, score)
    assert score.links_right == 1
