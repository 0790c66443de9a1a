"""Common spoken announcements tried on our own speech in several layouts (stop 20).

A battery of 46 announcements a county or ministry speech opens its body with, each over parts
laid out seven ways (一、 headings, 第一， paragraphs, 一是 headings, 首先/其次/最后, （一） headings,
paragraphs opening alike, 1． items), found three holes, fixed here (and a third battery of informal ones: 观点, 意思, 关系 as matters
of talk, 补充 as a verb, 我有几个看法): 分享 as a verb of talk (我想和
大家分享三点感悟), a 几 announcement over 首先… 其次… 最后… sections (the run stopped before 最后,
whose number is no number), and an opening line ending 供大家参考 that vanished from the text
(apparatus cleaning took it for a 范文 site's blurb; tests/corpus/test_speaker_reference_line.py).
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

HEAD = """在全县工作会议上的讲话

同志们：

今天召开全县工作会议，主要任务是总结去年工作，部署今年任务。ANNOUNCE

"""
TAIL = "\n\n同志们，新的一年任务艰巨，让我们团结一心，共同努力！\n"
BODIES = [
    "干部队伍建设是根本。要选好用好干部，形成良好导向。",
    "作风建设永远在路上。要坚决反对形式主义、官僚主义。",
    "落实是关键。要一级抓一级、层层抓落实。",
]
HEADINGS = "\n\n".join(
    f"{m}、关于{h}\n\n{b}" for m, h, b in zip("一二三", ("队伍", "作风", "落实"), BODIES)
)
FIRST_THEN_LAST = "\n\n".join(f"{m}{b}" for m, b in zip(("首先，", "其次，", "最后，"), BODIES))


@pytest.mark.parametrize(
    "announce, parts",
    [
        ("围绕这个主题，我想和大家分享三点感悟。", HEADINGS),
        ("下面，我讲几点意见，供大家参考。", HEADINGS),
        ("下面，我讲几点意见。", FIRST_THEN_LAST),
        # a third battery (20 informal announcements of a company talk x 5 layouts)
        ("我今天讲几个观点。", HEADINGS),
        ("我说几个意思。", HEADINGS),
        ("我补充几点。", FIRST_THEN_LAST),
        ("对于今年的工作，我有几个看法。", HEADINGS),
        ("我想谈一谈三个关系。", HEADINGS),
    ],
)
def test_a_common_announcement_links_its_three_parts(announce, parts):
    doc = parse_text(HEAD.replace("ANNOUNCE", announce) + parts + TAIL, "t.txt")
    road = next(r for r in analyze(doc).roadmap if r.text == announce)
    assert len(road.sections) == 3


SECTION = """在全市经济工作会议上的讲话

同志们：

这次会议的主要任务是部署今年任务。

一、关于当前的经济形势

去年全市经济运行总体平稳，稳中有进。

二、关于今年的重点工作

今年经济工作的总体要求已经明确。下面，我讲三点意见。

抓产业，产业是经济的根基。要加快培育新兴产业集群，壮大实体经济。

抓项目，项目是发展的抓手。要紧盯重大项目，加快推进项目建设。

抓改革，改革是发展的动力。要深化重点领域改革，持续优化营商环境。

三、关于加强组织领导

各级党委政府要切实负起责任。
"""


def test_a_spoken_plan_inside_a_section_links_paragraphs_opening_alike():
    doc = parse_text(SECTION, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    road = next(r for r in analyze(doc).roadmap if r.text == "下面，我讲三点意见。")
    assert [paras[i][:3] for i in road.sections] == ["抓产业", "抓项目", "抓改革"]
