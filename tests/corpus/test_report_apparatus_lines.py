"""A report's writers' line (（执笔：…）) is its source, out of the body, wherever it stands, and
the page's 来源 line stays in front of it. Every text is written for the test (places and people
made up)."""

from __future__ import annotations

from drafter.corpus import parse_text
from tests.corpus.framed_report import PARTS, framed_report


def test_the_writers_line_is_the_source_not_the_body():
    doc = framed_report("（执笔：周文斌　李晓红）", "", "县政协调研组", "2025年6月10日")
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
