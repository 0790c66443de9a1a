"""A numbered question put in minutes (纪要) is not a title: its closing 。 is the asker's.

Last session's walk: 励精图治，十年振兴 numbers the questions its participants put (1、与会人：
…？ 2、与会人：想听听您对中美贸易战的看法。 3、与会人：…？), the outline reads them as its
headings, and punctuation.heading_stop told the head to delete the stop of the one that
ends with 。. A heading that opens with a speaker's label, or stands among numbered lines
most of which are questions, keeps its stop; a true heading beside them is still flagged.
"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.drafts.open_any import open_as_draft
from drafter.review import ReviewConfig, review_document, review_draft
from drafter.review.text import document_from_lines

ONLY = ReviewConfig(only={"punctuation"})
ANSWER = "任总：要抓好落实，不断推进，持续用力，久久为功。"


def _stops(lines: list[str]) -> list[str]:
    doc = document_from_lines(lines)
    found = review_document(doc, ONLY).findings
    return [f.text for f in found if f.rule == "punctuation.heading_stop"]


def test_questions_numbered_in_minutes_keep_their_stop():
    asked = [
        "1、公司对我们高层技术人员有什么期望？",
        ANSWER,
        "2、想听听您对贸易形势的看法。",
        ANSWER,
        "3、我们有没有计划减轻这种担心？",
        ANSWER,
    ]
    assert _stops(asked) == []


def test_a_speaker_label_makes_a_question_even_alone():
    assert _stops(["1、与会人：想听听您对贸易形势的看法。", ANSWER, "2、加强领导", ANSWER]) == []


def test_a_true_heading_ending_with_a_stop_is_still_flagged():
    heads = [
        "一、总体要求。",
        "要抓好落实。",
        "二、重点任务",
        "要抓好落实。",
        "三、保障措施",
        "要抓好落实。",
    ]
    assert _stops(heads) == ["一、总体要求"]


@pytest.mark.shared
def test_real_minutes_get_no_heading_stop(shared_dir):
    path = shared_dir / "corpus" / "speeches" / "ren" / "20180515_励精图治，十年振兴.md"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    doc = load_document(path)
    heads = [s.heading for s in doc.outline.walk()]
    assert any("中美贸易战的看法" in h for h in heads)  # read as a heading, as before
    for result in (review_document(doc, ONLY), review_draft(open_as_draft(path), ONLY)):
        assert not [f for f in result.findings if f.rule == "punctuation.heading_stop"]
