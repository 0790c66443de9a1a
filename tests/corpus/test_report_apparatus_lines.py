"""A report's writers' line (（执笔：…）) is its source, out of the body, wherever it stands, and
the page's 来源 line stays in front of it. Every text is written for the test (places and people
made up)."""

from __future__ import annotations

from drafter.corpus import parse_text

PARTS = [
    "一、发展现状",
    "",
    "近年来全县依托山水资源大力发展乡村旅游，全年接待游客突破五百万人次，旅游综合收入稳步增长。",
    "",
    "二、存在问题",
    "",
    "一些景区产品同质化明显，体验性项目不多，基础设施短板突出，专业人才也比较匮乏。",
    "",
    "三、对策建议",
    "",
    "要坚持规划引领，推动景区差异化发展，加大基础设施投入，强化人才支撑，提升服务水平。",
]
CONCLUSION = "文旅融合发展前景广阔。只要坚持以文塑旅、以旅彰文，就一定能把资源优势转化为发展优势。"


def _report(*tail: str):
    lines = [
        "关于我县文旅融合发展情况的调研报告",
        "",
        "引言",
        "",
        "今年四月至五月，县政协组织部分委员深入六个乡镇和十二家文旅企业开展专题调研。",
        "",
        *PARTS,
        "",
        "结论",
        "",
        CONCLUSION,
        "",
        *tail,
    ]
    return parse_text("\n".join(lines), "report.txt")


def test_the_writers_line_is_the_source_not_the_body():
    doc = _report("（执笔：周文斌　李晓红）", "", "县政协调研组", "2025年6月10日")
    assert not any("执笔" in p.text for p in doc.paragraphs())
    assert doc.apparatus.source == "（执笔：周文斌　李晓红）"
    assert doc.metadata.date == "2025-06-10"


def test_a_pages_source_line_goes_before_the_writers_line():
    doc = parse_text(
        "\n".join(
            [
                "关于我县文旅融合发展情况的调研报告",
                "来源：县政协办公室",
                "",
                *PARTS,
                "",
                "（执笔：周文斌）",
            ]
        ),
        "report.txt",
    )
    assert doc.apparatus.source.startswith("来源：县政协办公室")
    assert doc.apparatus.source.endswith("（执笔：周文斌）")
