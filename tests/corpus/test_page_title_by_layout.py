"""A fixed-layout file's title is the line the first page sets larger than the body and
centred (GB/T 9704's 2号 小标宋 over 3号 text), whatever its words: a question
(为什么要讨论白皮书？) reads as a sentence to the text's own rules, so a PDF or OFD of a
speech titled so came out untitled, while its .docx, laid out the same way, did not
(drafter/corpus/readers/page_layout._title_line). The class was found on
bench/format_robustness's pdf_official and ofd forms of a real text. Own text, written here."""

from __future__ import annotations

import pytest
from ofd_writer import Para, write_ofd

from drafter.corpus import load_document

BODY = "各单位要对照年度目标逐项梳理，查找差距，明确责任人和完成时限，确保各项任务按期完成。"


@pytest.mark.parametrize(
    "title", ["为什么要抓好安全生产？", "在全县安全生产工作会议上的讲话"], ids=["question", "plain"]
)
def test_the_large_centred_line_at_the_top_is_the_title(tmp_path, title):
    paras = [
        Para(title, "title"),
        Para("同志们："),
        Para(BODY * 3),
        Para("一、充分认识安全生产的重要性", "heading1"),
        Para(BODY * 4),
        Para("二、扎实做好安全生产各项工作", "heading1"),
        Para(BODY * 4),
    ]
    doc = load_document(write_ofd(tmp_path / "speech.ofd", paras))
    assert doc.metadata.title == title
    assert [s.heading for s in doc.outline.sections] == [
        "充分认识安全生产的重要性",
        "扎实做好安全生产各项工作",
    ]
    assert not any(p.text == title for p in doc.paragraphs())


def test_a_body_sized_question_at_the_top_is_no_title(tmp_path):
    # the same question set as the body is: the text's own rules decide, as before
    paras = [Para("为什么要抓好安全生产？"), Para(BODY * 3), Para(BODY * 2)]
    doc = load_document(write_ofd(tmp_path / "speech.ofd", paras))
    assert doc.metadata.title != "为什么要抓好安全生产？"
