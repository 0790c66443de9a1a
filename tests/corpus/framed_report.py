"""A made-up county report framed by named parts around its numbered ones (引言 … 一、二、三、
… 结论), shared by the tests of how such a report is read (its named parts, its apparatus
lines): one text, so both read the same report. Places and people made up."""

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


def framed_report(*tail: str):
    """The report, with ``tail`` lines (signature, date, writers' line) after its 结论."""
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
