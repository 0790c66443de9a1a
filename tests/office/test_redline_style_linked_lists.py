"""A Word list defined through a numbering style comes back as the writer's numbering too.

Word writes a list the writer picked from 多级列表 → 定义新的列表样式 as two definitions: the
style's own (``w:styleLink``), which holds the levels, and the list the paragraphs use
(``w:numStyleLink``), which only points to the style. The 修订稿 used to carry neither and
typed the numbers into the text; now the paragraphs' list carries the linked levels (the
written file has no such style to follow the link to). Read from the .docx's XML. (An own
fixture.)
"""

from __future__ import annotations

import copy
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from drafter.compare import compare_drafts
from drafter.corpus import load_document
from drafter.drafts.model import DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.export.redline import write_redline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from docx_builder import add_abstract, set_num  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARTS = ["统一思想认识", "突出工作重点", "加强组织领导"]


def _writers_file(path: Path) -> Path:
    d = docx.Document()
    add_abstract(d, 3, [("chineseCounting", "%1、", None), ("decimal", "%2.", None)], 4)
    numbering = d.part.numbering_part.element
    style_def = numbering.find(f"{W}abstractNum")
    style_def.insert(1, parse_xml(f'<w:styleLink {nsdecls("w")} w:val="SpeechList"/>'))
    d.styles.element.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="SpeechList">'
            '<w:name w:val="讲话列表"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr>'
            "</w:style>"
        )
    )
    used = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="8">'
        '<w:numStyleLink w:val="SpeechList"/></w:abstractNum>'
    )
    numbering.find(f"{W}num").addprevious(used)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="9"><w:abstractNumId w:val="8"/></w:num>')
    )
    d.add_paragraph("在全市安全生产工作会议上的讲话", style="Title")
    d.add_paragraph("同志们：")
    for part in PARTS:
        set_num(d.add_paragraph(part, style="Heading 1"), 9, 0)
        d.add_paragraph("各单位要把责任扛在肩上，把工作落到实处。")
    d.save(path)
    return path


def test_a_style_linked_list_comes_back_as_list_numbering(tmp_path):
    writer = _writers_file(tmp_path / "初稿.docx")
    assert [s.label for s in load_document(writer).outline.sections][0] == "一、" + PARTS[0]
    old = open_as_draft(writer)
    new = copy.deepcopy(old)
    new.sections.insert(1, DraftNode("压实安全责任", [DraftParagraph("要层层压实。")]))
    out = write_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", author="王主任").path
    with zipfile.ZipFile(out) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        numbering_xml = z.read("word/numbering.xml").decode()
    numbered = [
        "".join(t.text or "" for t in p.iter(f"{W}t"))
        for p in body.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}numPr") is not None
    ]
    assert numbered == [PARTS[0], "压实安全责任", *PARTS[1:]]
    assert "StyleLink" not in numbering_xml and "styleLink" not in numbering_xml
    assert 'w:val="chineseCounting"' in numbering_xml
    shown = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    assert not any(re.match(r"[一二三四]、", s) for s in shown)
    labels = [s.label for s in load_document(out).outline.sections]
    assert labels == [
        "一、统一思想认识",
        "二、压实安全责任",
        "三、突出工作重点",
        "四、加强组织领导",
    ]
