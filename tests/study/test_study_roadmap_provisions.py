"""Regulations and quoted provisions are not a talk's plan (stop 20).

Over the 3,474 laws of ../shared/corpus/scale/laws the roadmap reader still reported 159
"roadmaps" after the article guard: a regulation numbered 一、二、… (its enacting formula
现就…作如下规定： and its provisions' lists …应当按照下列标准…：) and the provisions an amendment
quotes (“…履行下列职责：). A regulation — its title says 条例/办法/规定/细则/解释, the outline's
genre 法规 — is read as provisions, and words inside an open quotation are another text's.
A decision's enacting formula (…作如下修改：) stays a roadmap, as the golds take 中央决定：.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

REGULATION = """青山市城市绿化管理办法

为了加强城市绿化管理，改善生态环境，根据有关法律法规，结合本市实际，现作如下规定：

一、本办法适用于本市城市规划区内的绿化规划、建设、保护和管理。

二、新建、改建、扩建工程项目，应当按照下列标准安排绿化用地：

（一）新建居住区的绿地率不低于百分之三十；

（二）道路绿地率不低于百分之二十。

三、本办法自发布之日起施行。
"""

AMENDMENT = """青山市人民代表大会常务委员会关于修改《青山市城市绿化条例》的决定

青山市人民代表大会常务委员会决定，对《青山市城市绿化条例》作如下修改：

一、将第五条修改为：

“市绿化行政主管部门履行下列职责：

（一）组织编制城市绿地系统规划；

（二）负责城市绿化的监督管理。”

二、将第九条中的“五年”修改为“三年”。

本决定自公布之日起施行。
"""


def test_a_regulation_has_no_roadmap():
    doc = parse_text(REGULATION, "t.txt")
    assert doc.metadata.genre == "法规"
    assert analyze(doc).roadmap == []


def test_a_provision_quoted_in_an_amendment_is_not_a_roadmap_but_the_decision_formula_is():
    study = analyze(parse_text(AMENDMENT, "t.txt"))
    assert [r.text[:14] for r in study.roadmap] == ["青山市人民代表大会常务委员会"]


def test_the_same_lists_in_a_speech_are_its_plan():
    speech = REGULATION.replace("青山市城市绿化管理办法", "在全市城市绿化工作会议上的讲话")
    roadmap = analyze(parse_text(speech, "t.txt")).roadmap
    assert any(r.text.startswith("二、新建") for r in roadmap)


CHARTER = """青山公司基本法

【第一条】青山公司基本法的宗旨是凝聚共识，明确方向。

【第二条】公司的管理控制遵循下述原则：

1、分层管理，逐级负责。

2、例外事项，及时上报。

3、成果导向，注重实效。

【第三条】公司的质量方针是：

1、树立品质超群的形象。

2、依合同规格交付产品。
"""


def test_a_charter_named_basic_law_keeps_its_colon_lead_ins():
    # 基本法的 is no 本法的 ("this law"): a company charter whose articles lead in with a colon
    # before 1、2、… keeps those lead-ins as roadmaps (study_heldout_b21.json, 华为基本法)
    doc = parse_text(CHARTER, "t.txt")
    roadmap = analyze(doc).roadmap
    assert [len(r.sections) for r in roadmap] == [3, 2], [r.text for r in roadmap]
    # the same text speaking of itself as 本法 stays a regulation
    doc = parse_text(CHARTER.replace("青山公司基本法的宗旨", "本法的宗旨"), "t.txt")
    assert doc.metadata.genre == "法规"
    assert analyze(doc).roadmap == []


ESSAY = """论读书

读书的道理，可以分许多方面来谈。这些方面是：读书的目的；读书的方法；读书的环境。

这里先交代写作的缘起。

一　读书的目的

读书是为了明理。

二　读书的方法

读书要循序渐进。

三　读书的环境

环境要安静。

四　结论

总之，要多读书。
"""


def test_a_lead_listing_the_section_headings_is_a_table_of_contents():
    # 这些问题是：A；B；…, no count and no pointer, its items the headings of the sections that
    # follow in their order (矛盾论, study_heldout_b20.json): a roadmap over those sections, the
    # closing 结论 it does not name left out, though another lead paragraph follows it
    roadmap = analyze(parse_text(ESSAY, "t.txt")).roadmap
    assert [r.text[:6] for r in roadmap] == ["这些方面是："]
    assert len(roadmap[0].sections) == 3
    # items that are not the headings are an inline list, no roadmap
    other = ESSAY.replace("读书的目的；读书的方法；读书的环境", "早起；午后；灯下")
    assert analyze(parse_text(other, "t.txt")).roadmap == []
