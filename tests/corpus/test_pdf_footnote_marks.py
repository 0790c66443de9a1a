"""Footnote marks in a PDF printed by LibreOffice from a Word file: the mark is known by its
glyphs (small type raised over the line), not by a digit in the text, and leaves the body
with its note, which goes to the endnotes.

The Word file holds more notes than paragraphs (fifteen under seven: a note on the title, one
on each heading, two in each paragraph, one of them right after a figure, 提升了3.5%¹) and
notes 10 to 15, whose two-digit marks a reader once took for a writer's mark printed twice
("11" read as note 1). One conversion for the module."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx_builder import Footnotes, h_typed, new_doc, para, title
from soffice import soffice_convert

from drafter.corpus import load_document

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PLACES = ["城关镇", "河口乡", "石门镇", "青山乡", "白水镇", "柳林乡"]
FILLER = (
    "今天我们召开这次会议，主要任务是总结经验、部署工作，动员全县上下进一步统一思想、鼓足干劲。"
)


def _run(p, text: str) -> None:
    p._p.append(parse_xml(f'<w:r {_W}><w:t xml:space="preserve">{text}</w:t></w:r>'))


def _write(path: Path, mark: str) -> None:
    doc = new_doc()
    title(doc, "在全县基层治理工作会议上的讲话")
    notes = Footnotes(doc, mark=mark)
    notes.add(doc.paragraphs[-1], "张三同志在全县基层治理工作会议上讲话的记录稿。")
    for k, place in enumerate(PLACES):
        if k % 3 == 0:
            heading = h_typed(doc, f"{'一二'[k // 3]}、关于第{k // 3 + 1}项重点工作")
            notes.add(heading, f"{place}的做法另见县委办公室第{k + 11}号简报。")
        p = para(doc, "")
        _run(p, f"{place}推广了“四下基层”工作法")
        notes.add(p, f"“四下基层”：{place}把宣传、信访、调研、现场办公{k + 2}项下沉到村。")
        _run(p, f"，在各村开展试点，群众满意度提升了{k + 3}.5%")
        notes.add(p, f"数据来源：{place}{2020 + k}年度群众满意度测评。")
        _run(p, f"。{FILLER * 2}")
    notes.save()
    doc.save(str(path))


MARKS = ("decimal", "circle")


@pytest.fixture(scope="module")
def noted_pdfs(tmp_path_factory) -> dict:
    """{mark: the PDF read}, both printed in one LibreOffice run."""
    tmp = tmp_path_factory.mktemp("footnote_marks")
    for mark in MARKS:
        _write(tmp / f"noted_{mark}.docx", mark)
    soffice_convert([tmp / f"noted_{m}.docx" for m in MARKS], "pdf", tmp)
    return {m: load_document(tmp / f"noted_{m}.pdf") for m in MARKS}


@pytest.mark.parametrize("mark", MARKS)
def test_every_footnote_goes_to_the_endnotes_and_its_mark_leaves_the_body(noted_pdfs, mark):
    doc = noted_pdfs[mark]
    endnotes = doc.apparatus.endnotes
    assert [n.split(" ", 1)[0] for n in endnotes] == [f"[{k}]" for k in range(1, 16)], endnotes
    assert endnotes[10] == "[11] 数据来源：青山乡2023年度群众满意度测评。"
    # each mark taken out is remembered where it stood: after the figure too
    assert sorted(int(n) for _, n in doc.apparatus.marks) == list(range(1, 16))
    body = [p.text for p in doc.paragraphs()]
    assert not any("数据来源" in t or "[" in t for t in body), body
    assert "提升了6.5%。" in "".join(body)  # not 6.5%11 nor 6.5%[1]
    assert doc.metadata.title == "在全县基层治理工作会议上的讲话"
    assert [s.heading for s in doc.outline.sections] == ["关于第1项重点工作", "关于第2项重点工作"]
