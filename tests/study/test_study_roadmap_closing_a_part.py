"""Roadmaps at a part's edges: a pointer closing its last sub-section, a count over two lists.

gwr 2002 as the outline reads it since its bold leads became sub-sections: an unnumbered part
首先报告２００１年的工作 over lead lines, the last of which ends 按照这个总体要求，今年要着重做好以下
八个方面工作。, then the sections 一、…八、 at the top level. The reader looked for the parts
among the last lead line's siblings only (there are none after it) and the roadmap was lost.
"""

from __future__ import annotations

from drafter.corpus.model import Document, Metadata, Outline, Section
from drafter.study.analyze import analyze


def _report() -> Document:
    review = Section(1, "", "首先报告过去一年的工作", ["过去一年，全市经济运行稳中向好。"])
    review.children = [
        Section(2, "", "经济运行稳中向好", ["全市地区生产总值增长百分之五。"]),
        Section(
            2,
            "",
            "民生保障持续加强",
            ["城镇新增就业五万人。按照这个总体要求，今年要着重做好以下三个方面工作。"],
        ),
    ]
    tasks = [
        Section(1, f"{m}、", h, ["要抓紧抓实。"])
        for m, h in zip("一二三", ("扩大有效需求", "推进产业升级", "保障改善民生"))
    ]
    outline = Outline(preamble=["各位代表："], sections=[review, *tasks])
    return Document("r.txt", "txt", Metadata(title="政府工作报告"), outline, raw_text="")


def test_a_pointer_ending_a_parts_last_sub_section_links_the_sections_after_the_part():
    study = analyze(_report())
    road = next(r for r in study.roadmap if "以下三个方面工作" in r.text)
    assert road.labels == ["一、扩大有效需求", "二、推进产业升级", "三、保障改善民生"]


def test_not_from_a_sub_section_that_has_siblings_after_it():
    doc = _report()
    review = doc.outline.sections[0]
    review.children.append(Section(2, "", "社会事业全面进步", ["教育、卫生事业稳步发展。"]))
    assert not any("以下三个方面工作" in r.text for r in analyze(doc).roadmap)


def test_a_counted_lead_links_the_numbered_run_not_a_second_list_under_the_same_heading():
    # gwr 1986: 主要的内容有以下三个方面。 then （一）…（三）, then 一、…六、 under the same heading
    reform = Section(1, "三、", "今后五年的改革", ["概括起来说，主要的内容有以下三个方面。"])
    reform.children = [
        Section(2, f"（{m}）", h, ["要抓紧。"])
        for m, h in zip("一二三", ("增强企业活力", "发展商品市场", "转变管理方式"))
    ] + [
        Section(2, f"{m}、", h, ["要认识到。"])
        for m, h in zip("一二", ("认识长期性", "认识复杂性"))
    ]
    outline = Outline(preamble=["各位代表："], sections=[reform])
    doc = Document("r.txt", "txt", Metadata(title="政府工作报告"), outline, raw_text="")
    road = next(r for r in analyze(doc).roadmap if "以下三个方面" in r.text)
    assert road.labels == ["（一）增强企业活力", "（二）发展商品市场", "（三）转变管理方式"]
    assert road.warning is None
