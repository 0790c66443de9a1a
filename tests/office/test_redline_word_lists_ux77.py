"""The 修订稿 numbers the writer's headings with the writer's Word lists, not typed numbers.

The writer's 一、 and 1. were Word's automatic numbering (``w:numPr``); the 修订稿 the office
head sent back had them typed into the text, so the writer's Word no longer renumbered
them. Now each comes back numbered by a list of the same definition as the source's, its
text without the number, and a part the head added among them takes the same list (Word
counts it in: 一、 二、(new) 三、). A run-in lead set in 楷体 in the source stays in 楷体
rather than taking the house style's font. Read from the .docx's XML. (An own fixture.)
"""

from __future__ import annotations

import copy
import re
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from drafter.compare import compare_drafts
from drafter.corpus import load_document
from drafter.drafts.model import DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import load_draft, save_draft
from drafter.export import export_draft
from drafter.export.redline import write_redline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from docx_builder import KT, add_abstract, font, set_num  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEAD = "（一）加强学习。"
PARTS = ["突出重点，全面提升能力", "压实责任，确保落地见效", "强化督查，推动工作落实"]


def _writers_file(path: Path) -> Path:
    d = docx.Document()
    levels = [("chineseCounting", "%1、", None), ("chineseCounting", "（%2）", None)]
    add_abstract(d, 7, [*levels, ("decimal", "%3.", None)], 5)
    d.add_paragraph("在全区机关作风建设推进会上的讲话", style="Title")
    d.add_paragraph("同志们：")
    d.add_paragraph("今天召开这次会议，主要任务是部署今年的机关作风建设工作。")
    for k, part in enumerate(PARTS):
        set_num(d.add_paragraph(part, style="Heading 1"), 5, 0)
        d.add_paragraph("各单位要抓住重点，把力气用在要紧处。")
        if k == 0:
            lead = d.add_paragraph()
            font(lead.add_run(LEAD), KT, 16, bold=True)
            lead.add_run("学习是立身之本，要持之以恒地抓下去。")
            for sub in ("学理论", "读原著"):
                set_num(d.add_paragraph(sub, style="Heading 3"), 5, 2)
                d.add_paragraph("要常抓不懈，读出心得。")
    d.add_paragraph("同志们，让我们奋力开创机关工作新局面！")
    d.save(path)
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The writer's file and the head's 修订稿, which adds a part after 一、."""
    tmp = tmp_path_factory.mktemp("lists")
    writer = _writers_file(tmp / "初稿.docx")
    old = open_as_draft(writer)
    new = copy.deepcopy(old)
    added = DraftNode("加强协同，形成工作合力", [DraftParagraph("各部门要协同配合。")])
    new.sections.insert(1, added)
    redline = write_redline(compare_drafts(old, new), tmp / "修订稿.docx", author="王主任")
    return writer, new, redline.path


def _parts(path: Path):
    with zipfile.ZipFile(path) as z:
        from lxml import etree

        body = etree.fromstring(z.read("word/document.xml"))
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    return body, numbering


def _shown(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _level_format(numbering, num_id: str, ilvl: str) -> tuple[str, str]:
    num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id)
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = next(
        a for a in numbering.iter(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id
    )
    lvl = next(x for x in abstract.iter(f"{W}lvl") if x.get(f"{W}ilvl") == ilvl)
    return lvl.find(f"{W}numFmt").get(f"{W}val"), lvl.find(f"{W}lvlText").get(f"{W}val")


def test_headings_come_back_as_the_writers_list_numbering(files):
    writer, _, redline = files
    body, numbering = _parts(redline)
    numbered = {}
    for p in body.iter(f"{W}p"):
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            ref = (num_pr.find(f"{W}numId").get(f"{W}val"), num_pr.find(f"{W}ilvl").get(f"{W}val"))
            numbered[_shown(p)] = ref
    # every heading numbered by the list, its number out of the text; the head's new part too
    assert set(numbered) == {*PARTS, "加强协同，形成工作合力", "学理论", "读原著"}
    assert len({num for num, _ in numbered.values()}) == 1  # one list, counted as one
    assert _level_format(numbering, *numbered[PARTS[0]]) == ("chineseCounting", "%1、")
    assert _level_format(numbering, *numbered["学理论"]) == ("decimal", "%3.")
    assert not any(re.match(r"[一二三四]、|\d\.", _shown(p)) for p in body.iter(f"{W}p"))
    # read back, Word's numbers count the new part in
    labels = [s.label for s in load_document(redline).outline.sections]
    assert labels == ["一、突出重点，全面提升能力", "二、加强协同，形成工作合力"] + [
        "三、压实责任，确保落地见效",
        "四、强化督查，推动工作落实",
    ]
    assert [s.label for s in load_document(writer).outline.sections][1] == "二、" + PARTS[1]


def test_a_run_in_lead_keeps_the_sources_font(files):
    _, _, redline = files
    body, _ = _parts(redline)
    for r in body.iter(f"{W}r"):
        if _shown(r) == LEAD:
            rpr = r.find(f"{W}rPr")
            assert rpr.find(f"{W}rFonts").get(f"{W}eastAsia") == KT
            assert rpr.find(f"{W}b") is not None
            return
    raise AssertionError("the lead is not one run")


def test_the_lists_survive_the_saved_draft_and_a_clean_export(files, tmp_path):
    _, new, _ = files
    saved = tmp_path / "稿.json"
    save_draft(new, saved)
    out = export_draft(load_draft(saved), tmp_path / "清稿.docx")
    body, _ = _parts(out)
    assert sum(p.find(f"{W}pPr/{W}numPr") is not None for p in body.iter(f"{W}p")) == 6
