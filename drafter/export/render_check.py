"""Render an exported .docx with LibreOffice and check what a reader will see.

A .docx is only instructions; what an office sees is what Word, WPS or LibreOffice draws.
When LibreOffice is installed, the check converts the file to PDF in a throwaway profile
and compares: the pages, every character of the document against the characters drawn
(a mark that vanished at a line end is a defect), the fonts the document asks for that are
not installed and what the renderer drew instead, and the Chinese layout rules (避头尾, no
last line alone on a page, no heading leaving one character on its last line). Without
LibreOffice the check says it was skipped; it never pretends.

The work is a generator (:func:`iter_render_check`) yielding progress messages and then
the :class:`RenderReport`, so the app runs it on a worker with a cancel button.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from drafter.atomic import atomic_write
from drafter.export.cjk_lines import NO_LINE_END, NO_LINE_START
from drafter.export.render_pdf import (
    RenderFailed,
    convert_to_pdf,
    copy_file,
    find_soffice,
    renderer_name,
)
from drafter.export.rendered_sides import (
    MM,
    DocxRun,
    PdfLine,
    docx_runs,
    installed_fonts,
    pdf_pages,
    type_area_bottom_mm,
    type_area_top_mm,
)

_SPACE = re.compile(r"\s")
_PAGE_NUMBER = re.compile(r"^[—–\-\s]*\d+[—–\-\s]*$")
# What GB/T 9704-2012 asks of the two positions the check measures, and how far a figure
# may stray and still be judged 符合 (docs/styles.md, "The render check"): 5.2.1 gives the
# margins ±1 mm (天头 37 mm ± 1 mm); 7.3 puts the page number's top 7 mm below the type area
# and gives no tolerance of its own, the margin it sits in has ±1 mm; and a substitute font
# with taller metrics (Noto CJK for 宋体/仿宋 in LibreOffice) draws a line up to 1 mm off,
# which must not fail a document that is right on a machine with the GB fonts.
GB_TOP_MM = 37.0
GB_PAGE_NUMBER_GAP_MM = 7.0
TOLERANCE_MM = 1.0
# Where the GB fonts come from, for the advice when they are missing.
GB_FONT_ADVICE = (
    "方正小标宋简体、仿宋_GB2312、楷体_GB2312 等公文字体需另行安装（随方正、中易字库提供；"
    "复制 .ttf 到 ~/.local/share/fonts 后运行 fc-cache -f）"
)


@dataclass
class MissingChar:
    """A character of the document that the rendered PDF does not contain."""

    char: str
    context: str  # a few characters around it, as in the document


@dataclass
class FontReport:
    """A font the document names and whether the rendering machine has it."""

    requested: str
    installed: bool
    used: str = ""  # what the renderer drew that text in (from the PDF), when known


@dataclass
class RenderReport:
    """What a LibreOffice rendering of an exported .docx showed.

    ``status`` is ``"ok"`` (rendered and checked), ``"skipped"`` (no LibreOffice) or
    ``"failed"`` (LibreOffice could not convert the file); ``reason`` says why for the
    last two.
    """

    status: str
    reason: str = ""
    renderer: str = ""
    pages: int = 0
    characters: int = 0
    missing: list[MissingChar] = field(default_factory=list)
    fonts: list[FontReport] = field(default_factory=list)
    layout: list[str] = field(default_factory=list)  # broken layout rules, in Chinese
    first_line_top_mm: float | None = None
    page_number_gap_mm: float | None = None
    type_area_top_mm: float | None = None  # the top margin the .docx writes
    # half the spare height of the body's exact line (pitch less font size), measured on the
    # body page: what an uncompensated style leaves above the first line's characters
    leading_mm: float | None = None
    pdf_path: str = ""

    @property
    def ok(self) -> bool:
        """Rendered, nothing missing and no layout rule broken (fonts are advice)."""
        return self.status == "ok" and not self.missing and not self.layout

    @property
    def missing_fonts(self) -> list[FontReport]:
        """The fonts the document asks for that this machine lacks, i.e. the ones that will print in
        a substitute.
        """
        return [f for f in self.fonts if not f.installed]

    def lines(self) -> list[str]:
        """The report in Chinese, one finding a line, for the CLI and the export dialog."""
        if self.status == "skipped":
            return [f"排版检查已跳过：{self.reason}"]
        if self.status == "failed":
            return [f"排版检查失败：{self.reason}"]
        out = [
            f"排版检查（{self.renderer or 'LibreOffice'}）：共 {self.pages} 页，{self.characters:,} 字"
        ]
        if self.missing:
            shown = "；".join(f"“{m.char}”（…{m.context}…）" for m in self.missing[:8])
            more = f" 等 {len(self.missing)} 处" if len(self.missing) > 8 else ""
            out.append(f"缺字 {len(self.missing)} 个：{shown}{more}")
        else:
            out.append("缺字：无，文档中的每个字都已排出")
        for rule in self.layout:
            out.append(f"版式：{rule}")
        if self.first_line_top_mm is not None:
            out.extend(self._first_line())
        if self.page_number_gap_mm is not None:
            gap = self.page_number_gap_mm
            out.append(
                f"页码上沿距版心下边缘 {gap:.1f} 毫米"
                f"（GB/T 9704-2012 {GB_PAGE_NUMBER_GAP_MM:g} 毫米）："
                f"{verdict(gap, GB_PAGE_NUMBER_GAP_MM)}"
            )
        missing = self.missing_fonts
        for font in missing:
            used = f"，排版时以 {font.used} 代替" if font.used else ""
            out.append(f"字体：本机未安装 {font.requested}{used}")
        if missing:
            out.append(f"建议：安装 {'、'.join(f.requested for f in missing)}。{GB_FONT_ADVICE}")
        elif self.fonts:
            out.append("字体：文档所用字体本机均已安装")
        return out

    def _first_line(self) -> list[str]:
        """The first line's position, its verdict and, when the characters sit lower than
        the type area, why. With an uncompensated style (the shipped 公文格式 among them)
        the type area is at 37 mm and the characters lower by the exact line's spare height
        above them: that is said as what it is, 版心符合 and the known offset, not as a
        red-sounding 偏差 on the app's own default. Characters lower than that offset
        explains, or a type area off itself, are still 偏差."""
        top = self.first_line_top_mm
        assert top is not None
        head = f"正文页首行文字上沿距页面顶端 {top:.1f} 毫米（GB/T 9704-2012 天头 {GB_TOP_MM:g} 毫米）："
        area = self.type_area_top_mm
        if (
            area is None
            or _rounded_gap(top, GB_TOP_MM) <= TOLERANCE_MM
            or _rounded_gap(area, GB_TOP_MM) > TOLERANCE_MM
        ):
            return [head + verdict(top, GB_TOP_MM)]
        # the line box is where the standard puts it, the characters lower
        below = top - area
        turn_on = (
            f"样式 [page] 中设 compensate_top_margin = true 可使文字上沿落在 {GB_TOP_MM:g} 毫米"
        )
        leading = self.leading_mm
        if leading is None:  # not measured: the figure, and the likely reason
            return [
                head + verdict(top, GB_TOP_MM),
                f"说明：版心上沿在 {area:.1f} 毫米，首行文字比它低 {below:.1f} 毫米，"
                f"是固定行距留在字上方的空白；{turn_on}",
            ]
        if _rounded_gap(below, leading) <= TOLERANCE_MM:
            return [
                head + f"版心符合（版心上沿 {area:.1f} 毫米，容差 ±{TOLERANCE_MM:g} 毫米）；"
                f"文字比版心低 {below:.1f} 毫米，是固定行距留在字上方的空白"
                f"（约 {leading:.1f} 毫米），所选样式未补偿（默认的公文格式即如此）",
                f"说明：这是已知差值，不是排版错误；{turn_on}",
            ]
        return [
            head + verdict(top, GB_TOP_MM),
            f"说明：版心上沿在 {area:.1f} 毫米，首行文字比它低 {below:.1f} 毫米，"
            f"超出固定行距留在字上方的空白（约 {leading:.1f} 毫米）；请检查正文首段的段前距"
            "或行距",
        ]


def verdict(measured: float, standard: float, tolerance: float = TOLERANCE_MM) -> str:
    """符合 or 偏差 x 毫米 for a position measured down from above (the page's top, the type
    area's bottom) against the standard's, so the report says whether a figure is right and
    not only what it is: more than the standard is lower on the page (偏低). Judged on the
    figure as shown (one decimal), so a line never shows 1.0 毫米 over a ±1 毫米 tolerance
    and 偏差 at once."""
    gap = _rounded_gap(measured, standard)
    if gap <= tolerance:
        diff = f"相差 {gap:.1f} 毫米，" if gap else ""
        return f"符合（{diff}容差 ±{tolerance:g} 毫米）"
    side = "偏低" if measured > standard else "偏高"
    return f"偏差 {gap:.1f} 毫米（{side}，容差 ±{tolerance:g} 毫米）"


def _rounded_gap(measured: float, standard: float) -> float:
    return round(abs(round(measured, 1) - standard), 1)


def render_check(
    docx_path: str | Path, soffice: str | None = None, top_shift_mm: float = 0.0
) -> RenderReport:
    """:func:`iter_render_check` run to its end (for the CLI and tests)."""
    report: RenderReport | None = None
    for item in iter_render_check(docx_path, soffice, top_shift_mm=top_shift_mm):
        if isinstance(item, RenderReport):
            report = item
    assert report is not None
    return report


def iter_render_check(
    docx_path: str | Path,
    soffice: str | None = None,
    keep_pdf: str | Path | None = None,
    timeout_s: float = 300,
    top_shift_mm: float = 0.0,
) -> Iterator[str | RenderReport]:
    """Yield progress messages, then the :class:`RenderReport` of ``docx_path``.

    ``keep_pdf`` copies the rendered PDF there. Closing the generator (a cancelled
    worker) stops LibreOffice. ``top_shift_mm`` is how far the exporter moved the type
    area up (:func:`drafter.export.docx_geometry.top_shift_mm`, compensate_top_margin): the page
    number is judged against the type area the style names, where it stayed.
    """
    docx_path = Path(docx_path)
    soffice = soffice or find_soffice()
    if soffice is None:
        yield RenderReport(
            "skipped",
            reason="未找到 LibreOffice（soffice）；安装 libreoffice-writer-nogui 后可检查",
        )
        return
    with tempfile.TemporaryDirectory(prefix="drafter-render-") as tmp:
        folder = Path(tmp)
        yield "正在用 LibreOffice 排版…"
        try:
            pdf = yield from convert_to_pdf(soffice, docx_path, folder, timeout_s)
        except RenderFailed as exc:
            yield RenderReport("failed", reason=str(exc))
            return
        yield "正在比对排出的文字…"
        report = analyse(docx_path, pdf, top_shift_mm=top_shift_mm)
        report.renderer = renderer_name(soffice)
        if keep_pdf:
            # the user's file: whole or not at all (a full disk left half a PDF)
            atomic_write(keep_pdf, lambda fh, pdf=pdf: copy_file(pdf, fh))
            report.pdf_path = str(keep_pdf)
        yield report


# --- the comparison -------------------------------------------------------------------------


def analyse(
    docx_path: str | Path,
    pdf_path: str | Path,
    fonts_installed: Callable[[], set[str] | None] = installed_fonts,
    top_shift_mm: float = 0.0,
) -> RenderReport:
    """Compare a .docx with its rendering (see the module docstring). ``top_shift_mm``: see
    :func:`iter_render_check`."""
    paragraphs = docx_runs(docx_path)
    pages = pdf_pages(pdf_path)
    report = RenderReport("ok", pages=len(pages))
    doc_text = _SPACE.sub("", "".join(r.text for runs in paragraphs for r in runs))
    body_lines = [[ln for ln in page if not _PAGE_NUMBER.match(ln.text)] for page in pages]
    pdf_chars: list[tuple[str, str]] = [
        (ch, font)
        for page in body_lines
        for ln in page
        for ch, font in zip(ln.text, ln.fonts)
        if not ch.isspace()
    ]
    pdf_text = "".join(ch for ch, _ in pdf_chars)
    report.characters = len(doc_text)
    report.missing = _missing(doc_text, pdf_text)
    footers = docx_runs(docx_path, "word/footer1.xml")  # the page number's font
    report.fonts = _fonts(paragraphs + footers, pdf_text, pdf_chars, fonts_installed())
    headings = [
        _SPACE.sub("", "".join(r.text for r in runs))
        for runs in paragraphs
        if runs and runs[0].heading
    ]
    report.layout = _layout_rules(body_lines, headings)
    body_page = body_lines[1] if len(body_lines) > 1 else body_lines[0] if body_lines else []
    if body_page:  # the first line of a page of body text (page 1 starts with the title)
        report.first_line_top_mm = round(body_page[0].top_mm, 2)
        report.leading_mm = _leading_mm(body_page)
    bottom = type_area_bottom_mm(docx_path)
    if bottom is not None:
        bottom += top_shift_mm  # the nominal type area: the page number stayed below it
    report.page_number_gap_mm = _page_number_gap(pages, bottom)
    report.type_area_top_mm = type_area_top_mm(docx_path)
    return report


def _leading_mm(lines: list[PdfLine]) -> float | None:
    """Half the spare height of the page's body lines: the most common distance between
    consecutive lines of the first line's size (their pitch), less that size, halved — what
    an exact line leaves above its characters (2.3 mm for 16 pt on 28.95 pt). None with fewer
    than two such lines."""
    size = lines[0].size
    pitches = Counter(
        round(b.top_mm - a.top_mm, 1)
        for a, b in zip(lines, lines[1:])
        if abs(a.size - size) < 0.5 and abs(b.size - size) < 0.5 and b.top_mm > a.top_mm
    )
    if not pitches:
        return None
    pitch = pitches.most_common(1)[0][0]
    return round(max(pitch - size / MM, 0) / 2, 2)


def _missing(doc_text: str, pdf_text: str) -> list[MissingChar]:
    lost = Counter(doc_text) - Counter(pdf_text)
    if not lost:
        return []
    out: list[MissingChar] = []
    matcher = difflib.SequenceMatcher(None, doc_text, pdf_text, autojunk=False)
    for op, a0, a1, _b0, _b1 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            for i in range(a0, a1):
                if lost[doc_text[i]] > 0:
                    lost[doc_text[i]] -= 1
                    out.append(MissingChar(doc_text[i], doc_text[max(i - 6, 0) : i + 5]))
    for ch, n in lost.items():  # moved rather than dropped: still count them
        out.extend(MissingChar(ch, "") for _ in range(n))
    return out


def _fonts(
    paragraphs: list[list[DocxRun]],
    pdf_text: str,
    pdf_chars: list[tuple[str, str]],
    installed: set[str] | None,
) -> list[FontReport]:
    requested: dict[str, list[str]] = {}
    for runs in paragraphs:
        for r in runs:
            if r.font:
                requested.setdefault(r.font, []).append(_SPACE.sub("", r.text))
    out = []
    for font, texts in requested.items():
        have = installed is None or font in installed
        used = Counter()
        if not have:
            for text in [t for t in texts if len(t) >= 4][:20]:
                at = pdf_text.find(text[:12])
                if at >= 0:
                    used.update(f for _, f in pdf_chars[at : at + min(len(text), 12)])
        out.append(FontReport(font, have, used.most_common(1)[0][0] if used else ""))
    return out


def _layout_rules(pages: list[list[PdfLine]], headings: list[str]) -> list[str]:
    problems = []
    for number, lines in enumerate(pages, start=1):
        for k, line in enumerate(lines):
            text = line.text.strip()
            if k and text and text[0] in NO_LINE_START and _same_paragraph(lines[k - 1], line):
                problems.append(f"第 {number} 页一行以“{text[0]}”开头（避头尾）：{text[:12]}")
            if text and text[-1] in NO_LINE_END:
                problems.append(f"第 {number} 页一行以“{text[-1]}”结尾（避头尾）：{text[-12:]}")
            if k and len(text) == 1:
                joined = lines[k - 1].text.strip() + text
                if any(h.endswith(joined[-6:]) for h in headings):
                    problems.append(f"第 {number} 页标题末行只剩一个字：“{text}”")
    if len(pages) > 1 and len(pages[-1]) == 1:
        problems.append(f"末页（第 {len(pages)} 页）只有全文最后一行：{pages[-1][0].text[:16]}")
    return problems


def _same_paragraph(above: PdfLine, line: PdfLine) -> bool:
    """Lines one pitch apart in the same size, the lower one not indented: a wrapped
    line, not a new paragraph (a paragraph may start with “ or ……, no line-start fault)."""
    indented = line.left_mm - above.left_mm > line.size / MM * 0.8
    return (
        abs(above.size - line.size) < 0.5 and 0 < line.top_mm - above.top_mm < 12 and not indented
    )


def _page_number_gap(pages: list[list[PdfLine]], area_bottom_mm: float | None) -> float | None:
    """Millimetres from the bottom of the type area to the top of the page number's
    characters (GB/T 9704: 一字线上距版心下边缘 7 mm), on the first numbered page."""
    if area_bottom_mm is None:
        return None
    for lines in pages:
        numbers = [ln for ln in lines if _PAGE_NUMBER.match(ln.text)]
        if numbers:
            return round(numbers[-1].top_mm - area_bottom_mm, 2)
    return None
