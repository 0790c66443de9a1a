"""Rendering exports with LibreOffice: every character drawn, the Chinese page rules kept.

These tests render real .docx files with LibreOffice (installed by scripts/bootstrap.sh,
so CI runs them; skipped with a reason where it is absent) and read the PDF back: the
check compares every character of the document with what was drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from soffice import soffice_convert

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export import ExportError, export_any, export_draft, load_style
from drafter.export import render_check as rc
from drafter.export.render_check import analyse, find_soffice, iter_render_check, render_check

SOFFICE = find_soffice()
needs_lo = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
SENTENCE = "办公室工作千头万绪，必须统筹兼顾、突出重点，做到忙而不乱、有条不紊。"


def _render_all(paths: list[Path], folder: Path) -> list[Path]:
    """One LibreOffice run for many files (a start costs more than a page)."""
    soffice_convert(paths, "pdf", folder, timeout=600, check=False)
    return [folder / (p.stem + ".pdf") for p in paths]


@pytest.mark.slow
@pytest.mark.shared
@needs_lo
def test_seeds_render_without_a_missing_character(shared_dir, tmp_path):
    """The real speeches of ../shared/seeds (seed 000 lost 32 marks at line ends)."""
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        out = export_any(seed, tmp_path / f"{seed.stem}.docx")
        report = render_check(out)
        assert report.status == "ok", report.reason
        assert report.missing == [], (seed.name, report.lines())
        assert report.layout == [], (seed.name, report.layout)
        assert report.pages >= 2


@pytest.mark.slow
@needs_lo
def test_no_page_holds_only_the_last_line(tmp_path):
    """Whatever the length of the opening, the last page never holds 谢谢大家！ alone:
    22 drafts, one more line each, so one of them would end on a lone line."""
    paths = []
    for k in range(22):
        draft = Draft(
            meta=DraftMeta(title="在全区工作会议上的讲话"),
            opening=[DraftParagraph("同志们："), DraftParagraph("一" * (26 + 28 * k))],
            sections=[
                DraftNode("第一部分", paragraphs=[DraftParagraph(SENTENCE * 9)] * 3),
            ],
            closing=[DraftParagraph(SENTENCE * 8), DraftParagraph("谢谢大家！")],
        )
        paths.append(export_draft(draft, tmp_path / f"w{k:02d}.docx"))
    pdfs = _render_all(paths, tmp_path)
    for docx_path, pdf in zip(paths, pdfs):
        report = analyse(docx_path, pdf, fonts_installed=lambda: None)
        assert report.missing == []
        assert not [r for r in report.layout if "末页" in r], (docx_path.name, report.layout)


@pytest.mark.slow
@needs_lo
def test_a_heading_never_leaves_one_character_on_its_last_line(tmp_path):
    """A heading one character longer than its first line is set tighter, not broken."""
    heading = "坚持以人民为中心的发展思想扎实推进共同富裕取得实效"  # 26 characters
    draft = Draft(
        meta=DraftMeta(title="讲话"),
        sections=[
            DraftNode(heading + "新", paragraphs=[DraftParagraph(SENTENCE * 3)]),
            DraftNode(heading + "新成", paragraphs=[DraftParagraph(SENTENCE * 3)]),
        ],
    )
    out = export_draft(draft, tmp_path / "h.docx")
    report = render_check(out)
    assert report.missing == []
    assert report.layout == [], report.layout


@pytest.mark.slow
@needs_lo
def test_compensated_top_margin_starts_the_characters_at_37_mm(tmp_path):
    plain = render_check(export_draft(_speech(), tmp_path / "plain.docx"))
    style = load_style()
    style.compensate_top_margin = True
    moved = render_check(export_draft(_speech(), tmp_path / "moved.docx", style=style))
    assert plain.first_line_top_mm is not None and moved.first_line_top_mm is not None
    assert plain.first_line_top_mm > 38.5  # the line box starts at 37, its characters lower
    assert abs(moved.first_line_top_mm - 37) < abs(plain.first_line_top_mm - 37)
    assert abs(moved.first_line_top_mm - 37) < 0.6


@pytest.mark.slow
@needs_lo
def test_the_report_names_missing_fonts_and_their_substitutes(tmp_path):
    out = export_draft(_speech(), tmp_path / "f.docx")
    report = render_check(out)
    fonts = {f.requested: f for f in report.fonts}
    assert "仿宋_GB2312" in fonts
    text = "\n".join(report.lines())
    for font in report.missing_fonts:
        assert font.requested in text
        if font.used:
            assert f"以 {font.used} 代替" in text
    if report.missing_fonts:
        assert "建议：安装" in text


def test_without_libreoffice_the_check_says_it_was_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(rc, "find_soffice", lambda: None)
    out = export_draft(_speech(), tmp_path / "s.docx")
    items = list(iter_render_check(out))
    report = items[-1]
    assert report.status == "skipped"
    assert report.lines()[0].startswith("排版检查已跳过")
    assert "LibreOffice" in report.reason


def test_a_broken_renderer_is_reported_not_raised(tmp_path):
    out = export_draft(_speech(), tmp_path / "b.docx")
    report = render_check(out, soffice=str(tmp_path / "no-such-soffice"))
    assert report.status == "failed"
    assert "no-such-soffice" in report.reason


def test_impossible_dates_are_refused_by_export(tmp_path):
    draft = _speech()
    draft.meta.date = "2025-02-30"
    with pytest.raises(ExportError, match="2025-02-30"):
        export_draft(draft, tmp_path / "d.docx")
    assert not (tmp_path / "d.docx").exists()
    draft.meta.date = "2024-02-29"  # a leap day exists
    assert export_draft(draft, tmp_path / "d.docx").exists()


def test_cli_check_and_date_errors(tmp_path, capsys, monkeypatch):
    from drafter.cli import main

    monkeypatch.setattr(rc, "find_soffice", lambda: None)
    source = tmp_path / "s.txt"
    source.write_text("在全区会议上的讲话\n\n同志们：\n\n" + SENTENCE * 4 + "\n", encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "s.docx"), "--check"]) == 0
    assert "排版检查已跳过" in capsys.readouterr().out


def _speech() -> Draft:
    return Draft(
        meta=DraftMeta(
            title="在全区工作会议上的讲话", post="区长", speaker="张三", date="2025-11-24"
        ),
        opening=[DraftParagraph("同志们："), DraftParagraph(SENTENCE * 2)],
        sections=[
            DraftNode(f"第{n}部分的标题", paragraphs=[DraftParagraph(SENTENCE * 6)] * 2)
            for n in "一二三"
        ],
        closing=[DraftParagraph("谢谢大家！")],
    )


def test_kept_pdf_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    """--check-pdf wrote the user's PDF with a plain copy: a copy cut off (a full disk)
    left a torn PDF in place of the one there before. It goes through drafter.atomic now."""
    import shutil

    from drafter.export import render_check as rc

    def fake_convert(soffice, docx_path, folder, timeout_s):
        pdf = folder / "out.pdf"
        pdf.write_bytes(b"%PDF-1.7 new rendering " * 1000)
        return pdf
        yield  # a generator, as the real one

    monkeypatch.setattr(rc, "convert_to_pdf", fake_convert)
    monkeypatch.setattr(rc, "analyse", lambda docx, pdf, **_: rc.RenderReport("ok"))
    monkeypatch.setattr(rc, "renderer_name", lambda soffice: "LibreOffice")
    keep = tmp_path / "排版.pdf"
    keep.write_bytes(b"%PDF-1.7 the user's earlier rendering")

    def torn(src, dst, *args, **kwargs):
        dst.write(src.read(100))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", torn)

    def torn_copy(src, dst):
        with open(src, "rb") as fin, open(dst, "wb") as fout:
            torn(fin, fout)

    monkeypatch.setattr(shutil, "copyfile", torn_copy)
    docx = tmp_path / "稿.docx"
    docx.write_bytes(b"PK")
    with pytest.raises(OSError):
        list(rc.iter_render_check(docx, soffice="soffice", keep_pdf=keep))
    assert keep.read_bytes() == b"%PDF-1.7 the user's earlier rendering"
    assert {p.name for p in tmp_path.iterdir()} == {"排版.pdf", "稿.docx"}  # no temp left
