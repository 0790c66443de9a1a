"""The office head's 修订稿 gives the writer their document back.

A writer's .docx had ``1.学理论`` in 标题 3 and ``（1）读原著`` in 标题 4 under a run-in
``（一）加强学习。…`` whose lead is bold. The outline reads two levels, so those lines are
body text of the draft the head opened; the 修订稿 wrote them as 正文 paragraphs and the
lead in plain type, and read back the two lines stood as parts beside 二、, so 审稿 raised
findings the writer's file never had. Round trip: writer's file -> draft -> the head's edit
and comment -> 修订稿 -> read back: the writer's outline plus the edit, the styles kept, no
new finding. (An own fixture, written for this test.)"""

from __future__ import annotations

import copy
from pathlib import Path

import docx

from drafter.compare import compare_drafts
from drafter.corpus import load_document
from drafter.drafts.anchors import add_comment
from drafter.drafts.model import Draft
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import load_draft, save_draft
from drafter.export import export_draft
from drafter.export.redline import write_redline
from drafter.review import review_document

BOLD = "（一）加强学习。"


def _writers_file(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("在全区机关作风建设推进会上的讲话", style="Title")
    d.add_paragraph("（2025年3月12日）")
    d.add_paragraph("同志们：")
    d.add_paragraph("今天召开这次会议，主要任务是部署今年的机关作风建设工作。")
    d.add_paragraph("一、突出重点，全面提升能力", style="Heading 1")
    d.add_paragraph("提升能力，关键在于抓住重点，把力气用在要紧处。")
    lead = d.add_paragraph()
    lead.add_run(BOLD).bold = True
    lead.add_run("学习是立身之本，要把学习作为第一需要，持之以恒地抓下去。")
    d.add_paragraph("1.学理论", style="Heading 3")
    d.add_paragraph("理论学习要常抓不懈，每月至少集中学习一次。")
    d.add_paragraph("（1）读原著", style="Heading 4")
    d.add_paragraph("原著要精读，边读边想，读出心得。")
    second = d.add_paragraph()
    second.add_run("（二）改进作风。").bold = True
    second.add_run("作风是形象，要少开会、开短会，把时间留给基层。")
    d.add_paragraph("二、压实责任，确保落地见效", style="Heading 1")
    d.add_paragraph("各单位主要负责同志要亲自抓，层层传导压力，确保各项任务落到实处。")
    d.add_paragraph("同志们，让我们以更加务实的作风，奋力开创机关工作新局面！")
    d.save(path)
    return path


def _outline(path: Path) -> list[tuple[str, int, tuple[str, ...]]]:
    """Each heading with its level and paragraphs, as `drafter outline` reads them."""
    out = []

    def visit(section) -> None:
        out.append((section.label, section.level, tuple(section.paragraphs)))
        for child in section.children:
            visit(child)

    for section in load_document(path).outline.sections:
        visit(section)
    return out


def _styles(path: Path) -> dict[str, str]:
    return {p.text: p.style.name for p in docx.Document(path).paragraphs if p.text}


def _bold_words(path: Path, opening: str) -> str:
    for p in docx.Document(path).paragraphs:
        if p.text.startswith(opening):
            return "".join(r.text for r in p.runs if r.bold)
    raise AssertionError(f"no paragraph opens with {opening}")


def _edited(tmp_path: Path) -> tuple[Path, Draft, Path]:
    writer = _writers_file(tmp_path / "初稿.docx")
    old = open_as_draft(writer)
    new = copy.deepcopy(old)
    para = new.sections[0].paragraphs[0]
    para.text = para.text.replace("要紧处", "关键处")
    add_comment(new, para.id, "请再斟酌", author="王主任")
    redline = write_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", author="王主任")
    return writer, new, redline.path


def test_the_redline_reads_back_as_the_writers_outline_plus_the_edit(tmp_path):
    writer, _, redline = _edited(tmp_path)
    before, after = _outline(writer), _outline(redline)
    assert [(label, level) for label, level, _ in after] == [
        (label, level) for label, level, _ in before
    ]
    assert [label for label, _, _ in before][0].startswith("一、")
    changed = [(b, a) for b, a in zip(before, after) if b != a]
    assert len(changed) == 1  # only the part the head edited
    assert any("关键处" in text for text in changed[0][1][2])


def test_the_redline_keeps_the_writers_styles_and_bold_leads(tmp_path):
    writer, _, redline = _edited(tmp_path)
    styles = _styles(redline)
    assert styles["1.学理论"] == "Heading 3"
    assert styles["（1）读原著"] == "Heading 4"
    assert _bold_words(redline, BOLD) == BOLD
    assert _bold_words(redline, "（二）") == "（二）改进作风。"
    assert _styles(writer)["1.学理论"] == "Heading 3"  # (the fixture is what it says)


def test_review_raises_no_new_finding_on_the_redline(tmp_path):
    writer, _, redline = _edited(tmp_path)

    def findings(path: Path) -> set[tuple[str, str]]:
        return {(f.rule, f.text) for f in review_document(load_document(path)).findings}

    assert findings(redline) <= findings(writer)


def test_the_styles_survive_the_saved_draft_and_a_clean_export(tmp_path):
    _, new, _ = _edited(tmp_path)
    saved = tmp_path / "稿.json"
    save_draft(new, saved)
    out = export_draft(load_draft(saved), tmp_path / "清稿.docx")
    assert _styles(out)["（1）读原著"] == "Heading 4"
    assert _bold_words(out, BOLD) == BOLD
