"""Outline-only export (提纲): headings with their markers, no prose, one page."""

from __future__ import annotations

import docx
import pytest
from soffice import soffice_convert

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export import export_draft, load_style
from drafter.export.outline import outline_items, outline_style
from tests.export.conftest import build_speech


def test_items_have_markers_levels_and_run_in_headings():
    items = outline_items(build_speech())
    assert items[0] == (1, "一、充分认识办公室工作的重要地位")
    assert (2, "（一）办公室是参谋助手") in items
    # the run-in heading is part of the outline, its sentence without the paragraph
    assert any(level == 2 and text.startswith("（一）加强学习") for level, text in items)
    assert items[-1] == (4, "（1）读原著")


def test_markdown_is_a_nested_list_without_prose(tmp_path):
    out = export_draft(build_speech(), tmp_path / "o.md", outline_only=True)
    text = out.read_text("utf-8")
    assert text.startswith("# 在全区办公室主任暨文秘业务培训会议上的讲话\n")
    assert "- 一、充分认识办公室工作的重要地位\n  - （一）办公室是参谋助手" in text
    assert "      - （1）读原著" in text
    assert "同志们" not in text and "枢纽位置" not in text and "写作提示" not in text


def test_markdown_escapes_an_arabic_marker():
    speech = Draft(
        meta=DraftMeta(title="t"),
        sections=[DraftNode("甲", children=[DraftNode("乙", children=[DraftNode("丙")])])],
    )
    from drafter.export.outline import OutlineMarkdownExporter

    text = OutlineMarkdownExporter().render(speech, load_style(None)).decode()
    assert "    - 1.丙\n" in text  # "1." without a space is no list marker: kept as it is


def test_text_outline_indents_by_level(tmp_path):
    out = export_draft(build_speech(), tmp_path / "o.txt", outline_only=True)
    lines = out.read_text("utf-8").splitlines()
    assert "一、充分认识办公室工作的重要地位" in lines
    assert "\u3000\u3000（一）办公室是参谋助手" in lines


def test_docx_has_headings_only_indented_by_level(tmp_path):
    out = export_draft(build_speech(), tmp_path / "o.docx", outline_only=True)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0].replace("\n", "") == "在全区办公室主任暨文秘业务培训会议上的讲话"
    assert "一、充分认识办公室工作的重要地位" in texts
    assert not any("枢纽" in t or "同志们" in t for t in texts)
    by_text = {p.text: p for p in document.paragraphs}
    first = by_text["一、充分认识办公室工作的重要地位"].paragraph_format
    second = by_text["（一）办公室是参谋助手"].paragraph_format
    assert second.left_indent > first.left_indent > 0
    # every line of a level is indented, not the first only: a long 一是… heading that
    # wrapped went back to the margin, under the level-1 headings
    assert not first.first_line_indent and not second.first_line_indent


def _many_headings(n: int) -> Draft:
    return Draft(
        meta=DraftMeta(title="在全市经济工作会议上的讲话", speaker="李四", date="2025-01-02"),
        sections=[
            DraftNode(
                f"第{i}个方面的工作要抓紧抓实",
                paragraphs=[DraftParagraph("正文。" * 50)],
                children=[DraftNode(f"要点{i}-{k}要落实到位") for k in range(3)],
            )
            for i in range(n)
        ],
    )


def test_style_tightens_to_fit_one_page():
    style = load_style(None)
    short = outline_style(_many_headings(3), style)
    assert short.heading(1).size_pt == 16 and short.heading(1).line_pitch_pt == 28.95
    long = outline_style(_many_headings(7), style)  # 28 headings: more than 22 lines
    assert long.heading(1).line_pitch_pt < 28.95
    assert long.heading(2).line_pitch_pt >= long.heading(2).size_pt * 1.2
    # the title block keeps its own pitch: a two-line subtitle on the tightened one touched
    for name in ("title", "subtitle", "speaker", "date"):
        kept = getattr(style, name).line_pitch_pt or style.body.line_pitch_pt
        assert getattr(long, name).line_pitch_pt == kept
    huge = outline_style(_many_headings(15), style)  # 60 headings: smaller type
    assert huge.heading(2).size_pt < 16


def test_cli_outline_only(tmp_path, capsys):
    from drafter.cli import main
    from drafter.drafts.store import save_draft

    save_draft(build_speech(), tmp_path / "d.json")
    assert (
        main(["export", str(tmp_path / "d.json"), "-o", str(tmp_path / "o.md"), "--outline-only"])
        == 0
    )
    assert "（一）办公室是参谋助手" in (tmp_path / "o.md").read_text("utf-8")


def test_docx_renders_on_one_page_in_libreoffice(tmp_path):
    pdfminer = pytest.importorskip("pdfminer.high_level")
    out = export_draft(_many_headings(7), tmp_path / "o.docx", outline_only=True)
    soffice_convert([out], "pdf", tmp_path, profile=tmp_path / "p", timeout=180)
    pages = list(pdfminer.extract_pages(str(tmp_path / "o.pdf")))
    assert len(pages) == 1
    text = pdfminer.extract_text(str(tmp_path / "o.pdf"))
    assert "要点6-2要落实到位" in text.replace(" ", "")


UNTITLED = """同志们：
今天，召开这次全县办公室主任会议，主要任务是部署工作。借此机会，我讲两点意见。
一、进一步提高认识
办公室是中枢。
二、进一步转变作风
要加强学习。
谢谢大家！
"""


def test_a_model_text_without_a_title_gets_the_name_the_library_gives_it(tmp_path):
    from drafter.corpus.display import document_title
    from drafter.corpus.load import parse_text
    from drafter.export.outline import model_text_outline

    doc = parse_text(UNTITLED, "/tmp/003.txt")
    assert not doc.metadata.title  # the text has none: the outline said nothing of it
    name = document_title(doc)
    assert "办公室主任会议" in name
    draft = model_text_outline(doc)
    # marked as the library table marks it (issue 8): the first words are no title
    assert draft.meta.title == f"{name}（无标题）"
    name = draft.meta.title
    text = export_draft(draft, tmp_path / "o.md", outline_only=True).read_text("utf-8")
    assert text.startswith(f"# {name}\n")
    assert "- 一、进一步提高认识\n- 二、进一步转变作风" in text
    word = export_draft(draft, tmp_path / "o.docx", outline_only=True)
    lines = [p.text for p in docx.Document(str(word)).paragraphs if p.text.strip()]
    assert lines[0] == name and lines[1] == "一、进一步提高认识"


def test_a_model_texts_own_title_stays(tmp_path):
    from drafter.corpus.load import parse_text
    from drafter.export.outline import model_text_outline

    doc = parse_text("在全县办公室主任会议上的讲话\n" + UNTITLED, "/tmp/titled.txt")
    assert model_text_outline(doc).meta.title == "在全县办公室主任会议上的讲话"


def test_notes_stand_in_every_format_where_the_printout_has_them(tmp_path):
    """A model text's 〔开头〕/〔结尾〕 (the printout's lines) go into .txt, .md and .docx alike:
    above the first heading and below the last; with no headings, the line saying so between."""
    from drafter.export.outline import OutlineNotes, outline_lines

    notes = OutlineNotes(
        "〔开头〕开门见山式", "〔结尾〕号召激励式\u3000号召", "（未识别出标题层级）"
    )
    speech = build_speech()
    lines = [line.text for line in outline_lines(speech, notes)]
    assert lines[0] == notes.opening and lines[1].startswith("一、") and lines[-1] == notes.closing
    assert notes.no_headings not in lines
    txt = export_draft(speech, tmp_path / "o.txt", outline_only=True, outline_notes=notes)
    assert txt.read_text("utf-8").rstrip("\n").split("\n\n")[1].splitlines() == [
        ("\u3000\u3000" * (line.level - 1) if line.level else "") + line.text
        for line in outline_lines(speech, notes)
    ]
    bare = Draft(meta=DraftMeta(title="几点说明"), opening=[DraftParagraph("今天说几件事。")])
    word = export_draft(bare, tmp_path / "o.docx", outline_only=True, outline_notes=notes)
    shown = [p.text for p in docx.Document(str(word)).paragraphs if p.text.strip()]
    assert shown == ["几点说明", notes.opening, notes.no_headings, notes.closing]
