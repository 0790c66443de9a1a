"""The bundled sample corpus (corpus/) reads cleanly through the whole pipeline.

``make run`` and the README show these files, so each must load with its header read,
its body outlined into parts, and nothing of the web page or the printed page left over.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.corpus.load import load_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SAMPLES = sorted(
    p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md", ".docx") and p.name != "README.md"
)

# file -> (title, date, genre, speaker, number of level-1 sections, first level-1 marker)
EXPECTED = {
    "01_office_training_speech.txt": (
        "在全市办公室系统文秘业务培训会议上的讲话", "2025-04-18", "讲话", "xxx", 3, "一、"
    ),
    "02_mobilization_speech_gb18030.txt": (
        "在全县优化营商环境攻坚行动动员部署会上的讲话", "2025-03-06", "讲话", "××", 3, "第一，"
    ),
    "03_commendation_speech.md": (
        "在青川区2024年度综合目标考核总结表彰大会上的讲话", "2025-02-12", "讲话", "张某某", 3,
        "第一句话：",
    ),
    "04_symposium_speech_web_copy.txt": (
        "在全市民营企业家座谈会上的讲话", "2025-06-18", "讲话", "×××", 4, "首先，"
    ),
    "05_opening_ceremony_speech.docx": (
        "在全市新任科级领导干部能力提升培训班开班式上的讲话", "2025-09-08", "讲话", "×××", 3,
        "一、",
    ),
    "06_government_work_report.txt": ("政府工作报告", "2025-01-15", "工作报告", "×××", 4, "一、"),
    "07_survey_report_hard_breaks.txt": (
        "关于青川区农村居家养老服务情况的调研报告", "2025-08-20", "调研报告",
        "区委政策研究室调研组", 3, "一、",
    ),
    "08_work_debriefing_report.txt": ("2025年度述职报告", "2025-12-26", "述职报告", "×××", 4, "一、"),
}  # fmt: skip


def test_every_sample_is_listed_and_described():
    assert {p.name for p in SAMPLES} == set(EXPECTED)
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for name in EXPECTED:
        assert name in readme


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_loads_with_header_and_outline(path: Path):
    title, date, genre, speaker, n_sections, marker = EXPECTED[path.name]
    doc = load_document(path)
    m = doc.metadata
    assert (m.title, m.date, m.genre, m.speaker) == (title, date, genre, speaker)
    level1 = doc.outline.sections
    assert len(level1) == n_sections >= 2
    assert all(s.level == 1 for s in level1)
    assert level1[0].marker == marker
    assert doc.outline.preamble, "the opening (preamble) is empty"
    assert not [w for w in doc.warnings if "conflict" in w]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_length_is_that_of_a_real_speech(path: Path):
    # 字数 as Word counts it: every character but whitespace, punctuation included
    text = load_document(path).body_text
    assert 1500 <= len(re.sub(r"\s", "", text)) <= 5000


# a survey report ends with its last recommendation, not with words to an audience
ADDRESSED = [p for p in SAMPLES if EXPECTED[p.name][2] != "调研报告"]


@pytest.mark.parametrize("path", ADDRESSED, ids=lambda p: p.name)
def test_speeches_end_with_a_closing(path: Path):
    doc = load_document(path)
    assert doc.outline.closing
    assert doc.outline.closing[0].startswith(("同志们", "各位代表"))


def test_gb18030_sample_is_detected():
    doc = load_document(CORPUS / "02_mobilization_speech_gb18030.txt")
    assert doc.encoding is not None and doc.encoding.replace("-", "").lower() in (
        "gb18030",
        "gbk",
        "gb2312",
    )
    assert "一是在提升政务服务效能上攻坚" in doc.body_text


def test_run_in_headings_of_the_mobilization_speech():
    doc = load_document(CORPUS / "02_mobilization_speech_gb18030.txt")
    first = doc.outline.sections[0]
    assert first.heading == "提高站位、统一思想，切实增强攻坚行动的紧迫感"
    assert [c.marker for c in first.children] == ["一是", "二是", "三是"]


def test_web_copy_loses_its_boilerplate_but_keeps_its_source():
    doc = load_document(CORPUS / "04_symposium_speech_web_copy.txt")
    assert doc.metadata.source == "云岭日报"
    body = doc.body_text
    for clutter in ("来源：", "责任编辑", "浏览次数", "门户网站", "分享到", "首页 >"):
        assert clutter not in body


def test_hard_line_breaks_and_page_numbers_are_gone():
    doc = load_document(CORPUS / "07_survey_report_hard_breaks.txt")
    body = doc.body_text
    assert "— 2 —" not in body and "— 3 —" not in body
    assert "入户走访老年人家庭216户" in body  # a number broken over two lines, re-joined
    assert "社会资本参与意愿不强，老年人付费能力和付费意愿较低" in body  # across a page break
    assert len(doc.outline.preamble) == 1


def test_docx_sample_uses_word_heading_styles():
    doc = load_document(CORPUS / "05_opening_ceremony_speech.docx")
    assert doc.format == "docx"
    assert [len(s.children) for s in doc.outline.sections] == [3, 3, 3]
    assert doc.outline.sections[1].children[0].heading == "要在理论学习上下功夫"


def test_report_has_three_levels_of_numbering():
    doc = load_document(CORPUS / "06_government_work_report.txt")
    tasks = doc.outline.sections[3]
    assert tasks.heading == "2025年重点工作"
    assert [c.marker for c in tasks.children] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert [g.marker for g in tasks.children[0].children] == ["1.", "2.", "3."]
    assert tasks.children[0].children[0].heading == "狠抓项目建设"


def test_enumeration_inside_a_paragraph_is_not_a_heading():
    doc = load_document(CORPUS / "08_work_debriefing_report.txt")
    shortcomings = doc.outline.sections[2]
    assert shortcomings.heading == "存在的不足"
    assert shortcomings.children == []
    assert "二是谋划工作的前瞻性还不够" in shortcomings.paragraphs[0]
