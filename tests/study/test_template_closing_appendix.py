"""A template's 结尾 is the model text's closing, not what is appended after it.

An appendix after the closing (附件：… / 附表 / 附：) is the document's apparatus, out of the
outline the study reads. A template made from
the text — a structure picked in the study or the whole document — counted it into the
closing's hint (原文结尾 7 段 for a speech whose closing is one sentence) and, where a law
has no closing of its own, offered the attachment's first line as the closing's example.
Own fixture first, then a law of ../shared whose whole outline closing is its attachment.
"""

from __future__ import annotations

import pytest
from holdout import held_out
from speech_samples import ATTACHMENT_SPEECH as WITH_ATTACHMENT

from drafter.corpus import load_document, parse_text
from drafter.study.layout import layout
from drafter.study.templates import structure_template
from drafter.templating import template_from_document

# the same text with the attachment only: a text whose outline closing is all appendix
ONLY_ATTACHMENT = WITH_ATTACHMENT.replace("最后，祝大家读书愉快！\n\n", "")


def _closing(source: str) -> str:
    """The template's [结尾] block."""
    return source.split("[结尾]", 1)[1]


def test_a_structure_template_takes_the_closing_without_its_attachment():
    doc = parse_text(WITH_ATTACHMENT, "t.txt")
    assert doc.outline.closing == ["最后，祝大家读书愉快！"]  # the attachment is apparatus
    assert doc.apparatus.appendix[0] == "附件：读书活动实施方案"
    heading = layout(doc).roots[0].heading
    for source in (
        structure_template(doc, heading, "结构-特色"),  # a group of headings
        structure_template(doc, heading + 1, "结构-两件事"),  # a frame in a paragraph
    ):
        closing = _closing(source)
        assert "原文结尾 1 段，约 11 字" in closing
        assert "> 最后，祝大家读书愉快！" in closing
        assert "附件" not in source and "实施方案" not in source and "组织领导" not in source


def test_a_document_template_takes_the_closing_without_its_attachment():
    doc = parse_text(WITH_ATTACHMENT, "t.txt")
    source = template_from_document(doc, "仿读书")
    assert "原文结尾 1 段，约 11 字" in _closing(source)
    assert "附件" not in source and "实施方案" not in source


def test_an_attachment_alone_is_no_closing():
    doc = parse_text(ONLY_ATTACHMENT, "t.txt")
    assert doc.outline.closing == [] and doc.apparatus.appendix[0].startswith("附件：")
    heading = layout(doc).roots[0].heading
    for source in (template_from_document(doc, "仿读书"), structure_template(doc, heading, "x")):
        assert "原文没有单独的结尾段" in _closing(source)
        assert "附件" not in source and "主要内容如下" not in source


@pytest.mark.parametrize(
    "rel",
    [
        # the attachment after the last article, apparatus (the flag's
        # specification, 16 paragraphs that were the template's 结尾 and its example)
        "corpus/scale/laws/宪法相关法/国旗法(2020-10-17).txt",
        # chaptered: a structure template of its chapters too (28 appended paragraphs)
        "corpus/scale/laws/行政法规/易制毒化学品管理条例(2018-09-18).txt",
    ],
)
def test_a_law_whose_outline_closing_is_its_attachment(shared_dir, rel):
    if rel in held_out():
        pytest.skip(f"{rel} is held out for blind scoring")
    doc = load_document(str(shared_dir / rel))
    appended = doc.apparatus.appendix  # the attachment after the last article
    assert len(appended) > 1
    sources = [template_from_document(doc, "仿法规")]
    roots = layout(doc).roots
    if roots:
        sources.append(structure_template(doc, roots[0].heading, "结构-法规"))
    for source in sources:
        assert "原文没有单独的结尾段" in _closing(source)
        assert not any(text[:12] in source for text in appended if len(text) >= 12)
