"""The render check says what GB/T 9704-2012 asks of each position it measures and whether
the figure is within tolerance: 正文页首行文字上沿距页面顶端 39.7 毫米 alone left the reader
to know that the standard's 天头 is 37 mm and that 6.0 mm for the page number is close
enough to 7. Core tests build reports by hand; the rendering tests need LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export import export_draft, load_style
from drafter.export import render_check as rc
from drafter.export.docx_geometry import top_shift_mm
from drafter.export.render_check import RenderReport, find_soffice, render_check, verdict

needs_lo = pytest.mark.skipif(
    find_soffice() is None, reason="LibreOffice (soffice) is not installed"
)
GB_STYLE = Path(__file__).resolve().parents[2] / "drafter/styles/gbt9704.toml"


SENTENCE = "办公室工作千头万绪，必须统筹兼顾、突出重点，做到忙而不乱、有条不紊。"


def _speech() -> Draft:
    """Three pages of speech, so page 2 is a page of body text and pages are numbered."""
    return Draft(
        meta=DraftMeta(title="在全区工作会议上的讲话", speaker="张三", date="2025-11-24"),
        opening=[DraftParagraph("同志们："), DraftParagraph(SENTENCE * 2)],
        sections=[
            DraftNode(f"第{n}部分的标题", paragraphs=[DraftParagraph(SENTENCE * 6)] * 2)
            for n in "一二三"
        ],
        closing=[DraftParagraph("谢谢大家！")],
    )


def _report(
    top: float, gap: float, area_top: float | None = 37.0, leading: float | None = None
) -> RenderReport:
    return RenderReport(
        "ok",
        renderer="LibreOffice",
        pages=3,
        characters=1000,
        first_line_top_mm=top,
        page_number_gap_mm=gap,
        type_area_top_mm=area_top,
        leading_mm=leading,
    )


def test_a_figure_within_a_millimetre_is_right():
    assert verdict(37.39, 37) == "符合（相差 0.4 毫米，容差 ±1 毫米）"
    assert verdict(7.0, 7) == "符合（容差 ±1 毫米）"
    # judged as shown: 6.03 reads 6.0, a full millimetre off, still within
    assert verdict(6.03, 7).startswith("符合（相差 1.0 毫米")
    assert verdict(5.94, 7) == "偏差 1.1 毫米（偏高，容差 ±1 毫米）"
    assert verdict(39.69, 37) == "偏差 2.7 毫米（偏低，容差 ±1 毫米）"
    assert verdict(39.69, 37, tolerance=3).startswith("符合")


def test_each_measurement_names_the_standard_and_its_verdict():
    lines = _report(39.69, 6.03).lines()
    first = next(ln for ln in lines if ln.startswith("正文页首行文字上沿"))
    assert first == (
        "正文页首行文字上沿距页面顶端 39.7 毫米（GB/T 9704-2012 天头 37 毫米）："
        "偏差 2.7 毫米（偏低，容差 ±1 毫米）"
    )
    number = next(ln for ln in lines if ln.startswith("页码上沿"))
    assert number == (
        "页码上沿距版心下边缘 6.0 毫米（GB/T 9704-2012 7 毫米）：符合（相差 1.0 毫米，容差 ±1 毫米）"
    )
    # the type area is at 37 mm, the characters lower: the report says why and what to set
    note = lines[lines.index(first) + 1]
    assert note.startswith("说明：版心上沿在 37.0 毫米") and "compensate_top_margin = true" in note


def test_the_default_styles_known_offset_is_said_as_what_it_is():
    """The shipped 公文格式 does not compensate the top (compensate_top_margin = false): the
    type area is at 37 mm and the characters 2.3 mm of exact-line spare height lower, which
    the check called 偏差 2.7 毫米（偏低） on the app's own default. Within that offset it says
    版心符合 and why; lower than the offset explains, it is still 偏差."""
    lines = _report(39.69, 6.03, leading=2.28).lines()
    first = next(ln for ln in lines if ln.startswith("正文页首行文字上沿"))
    assert "天头 37 毫米）：版心符合（版心上沿 37.0 毫米" in first and "偏差" not in first
    assert "文字比版心低 2.7 毫米" in first and "约 2.3 毫米" in first
    note = lines[lines.index(first) + 1]
    assert note.startswith("说明：这是已知差值") and "compensate_top_margin = true" in note
    # characters 7 mm below the type area: not the leading, a real deviation
    low = _report(44.0, 6.03, leading=2.28).lines()
    first = next(ln for ln in low if ln.startswith("正文页首行文字上沿"))
    assert first.endswith("偏差 7.0 毫米（偏低，容差 ±1 毫米）")
    assert "超出固定行距留在字上方的空白" in low[low.index(first) + 1]
    # the type area itself off: 偏差, no note, whatever the leading
    house = _report(32.69, 7.2, area_top=30.0, leading=2.28).lines()
    assert any("偏差 4.3 毫米（偏高" in ln for ln in house)
    assert not any(ln.startswith("说明") for ln in house)
    # a compensated style whose characters are at 37: 符合, as before
    right = _report(37.39, 6.03, area_top=34.72, leading=2.28).lines()
    assert any("天头 37 毫米）：符合（相差 0.4 毫米" in ln for ln in right)


def test_no_note_when_the_first_line_is_right_or_the_margin_itself_is_off():
    right = _report(37.39, 6.03, area_top=34.72).lines()
    assert any("37.4 毫米（GB/T 9704-2012 天头 37 毫米）：符合" in ln for ln in right)
    assert not any(ln.startswith("说明") for ln in right)
    # a house style with a 30 mm top margin: the margin is what is off, not the leading
    house = _report(32.69, 7.2, area_top=30.0).lines()
    assert any("偏差 4.3 毫米（偏高" in ln for ln in house)
    assert not any(ln.startswith("说明") for ln in house)
    # a renderer that measured nothing prints no verdict
    bare = RenderReport("ok", pages=1, characters=10).lines()
    assert not any("GB/T 9704" in ln for ln in bare)


def test_the_cli_prints_the_verdicts_and_passes_the_styles_shift(tmp_path, capsys, monkeypatch):
    from drafter.cli import main

    seen: list[float] = []

    def fake(path, soffice=None, keep_pdf=None, timeout_s=300, top_shift_mm=0.0):
        seen.append(top_shift_mm)
        yield _report(39.69, 6.03)

    monkeypatch.setattr(rc, "iter_render_check", fake)
    source = tmp_path / "s.txt"
    source.write_text("在全区会议上的讲话\n\n同志们：\n\n今天开会。\n", encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "s.docx"), "--check"]) == 0
    out = capsys.readouterr().out
    assert "（GB/T 9704-2012 天头 37 毫米）：偏差 2.7 毫米（偏低" in out
    assert "（GB/T 9704-2012 7 毫米）：符合" in out
    assert seen == [0.0]
    # a style that compensates the top margin: the check is told how far the area moved
    moved = tmp_path / "moved.toml"
    text = GB_STYLE.read_text(encoding="utf-8")
    assert "compensate_top_margin = false" in text
    moved.write_text(text.replace("compensate_top_margin = false", "compensate_top_margin = true"))
    args = ["export", str(source), "-o", str(tmp_path / "m.docx"), "--style", str(moved)]
    assert main([*args, "--check"]) == 0
    style = load_style()
    style.compensate_top_margin = True
    assert seen[-1] == pytest.approx(top_shift_mm(style)) and seen[-1] > 2


@pytest.mark.slow
@needs_lo
def test_the_page_number_of_a_compensated_export_is_judged_where_it_stayed(tmp_path):
    plain = render_check(export_draft(_speech(), tmp_path / "plain.docx"))
    style = load_style()
    style.compensate_top_margin = True
    out = export_draft(_speech(), tmp_path / "moved.docx", style=style)
    moved = render_check(out, top_shift_mm=top_shift_mm(style))
    # the page number did not move; measured against the moved type area it read 2.3 mm more
    assert moved.page_number_gap_mm == pytest.approx(plain.page_number_gap_mm, abs=0.2)
    assert abs(moved.page_number_gap_mm - 7) <= 1.05
    text = "\n".join(moved.lines())
    assert "天头 37 毫米）：符合" in text and "7 毫米）：符合" in text
    assert "说明" not in text
    plain_text = "\n".join(plain.lines())
    # the default style's known offset, measured on the page: 版心符合, and how to compensate
    assert plain.leading_mm == pytest.approx(2.28, abs=0.1)
    assert "天头 37 毫米）：版心符合" in plain_text and "compensate_top_margin = true" in plain_text
