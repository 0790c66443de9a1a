"""A small OFD writer for tests: paragraphs laid out as an office's layout tool sets a 公文
(GB/T 9704 margins, a fixed number of characters a line, first lines indented two
characters, lines justified, widow/orphan control on and headings kept with their next
lines, as WPS and the OFD layout tools set them by default) and written as a conforming
GB/T 33190 package: OFD.xml, Document.xml with its PublicRes fonts, a template page
holding the running header, pages whose TextObjects stand at their real positions
(millimetres, y down the page), the page number — n — at each page's foot, and
optionally an outline and a watermark annotation.

Written for the tests and the format bench; never part of the app (Drafter reads OFD, it
does not write it).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NS = "http://www.ofdspec.org/2016"
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP, TEXT_W, TEXT_H = 28.0, 37.0, 156.0, 225.0
_NO_LINE_START = "，。、；：！？”’）》〉】」』…—,.;:!?)"

# role -> (font id, size in mm)
_FONTS = {"1": "方正小标宋简体", "2": "黑体", "3": "楷体_GB2312", "4": "仿宋_GB2312"}
_ROLE_FONT = {
    "title": ("1", 1.35),
    "heading1": ("2", 1.0),
    "heading2": ("3", 1.0),
    "quote": ("3", 1.0),
    "text": ("4", 1.0),
    "right": ("4", 1.0),
    "table": ("4", 1.0),
}


@dataclass
class Para:
    """One paragraph to write: its text and role (see :data:`_ROLE_FONT`)."""

    text: str
    role: str = "text"


def _width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def _wrap(text: str, chars: float, indent: float) -> list[str]:
    """Lines of at most ``chars`` character widths (the first ``indent`` less), no line
    opening with a closing mark (the character before it goes down too)."""
    lines: list[str] = []
    cur, used, room = "", 0.0, chars - indent
    for ch in text:
        if used + _width(ch) > room + 1e-6:
            if ch in _NO_LINE_START and len(cur) > 1:
                lines.append(cur[:-1])
                cur, used = cur[-1], _width(cur[-1])
            else:
                lines.append(cur)
                cur, used = "", 0.0
            room = chars
        cur += ch
        used += _width(ch)
    if cur:
        lines.append(cur)
    return lines


_KEEP_WITH_NEXT = ("title", "heading1", "heading2")
_JUSTIFIED = ("text", "quote", "heading1", "heading2")


def _lines(para: Para, chars: int) -> list[str]:
    """The paragraph's lines as the layout tool breaks them."""
    per_line = chars / _ROLE_FONT.get(para.role, ("4", 1.0))[1]
    if para.role == "table":
        return ["　　".join(para.text.split("\t"))]
    if para.role in ("title", "right"):
        return _wrap(para.text, int(per_line) - (2 if para.role == "title" else 0), 0)
    return _wrap(para.text, per_line, 2)


def _split_at(n: int, room: int) -> int | None:
    """Where a paragraph of ``n`` lines goes over to the next page with ``room`` lines left
    on this one (None: it fits), as widow/orphan control — on by default in WPS, Word and
    the OFD layout tools — breaks it: never one line alone at a page's foot or head.
    (:func:`_page_before` has already moved what cannot be split so.)"""
    if n <= room:
        return None
    return min(room, n - 2)


def _page_before(
    role: str, n: int, room: int, lh: float, y: float, bottom: float, nxt, line_h: float
) -> bool:
    """Whether the paragraph starts a new page: a heading kept together and with its next
    paragraph's first lines (keep with next), a paragraph whose first line would stand
    alone at the foot or whose split would leave one line alone on the next page."""
    if role in _KEEP_WITH_NEXT:
        if n > room:
            return True
        if nxt is None:
            return False
        nrole, nlines = nxt
        nscale = _ROLE_FONT.get(nrole.role, ("4", 1.0))[1]
        need = min(len(nlines), 2)
        gap = line_h if role == "title" else 0.0
        return y + n * lh + gap + need * line_h * nscale > bottom
    if n <= room:
        return False
    if role == "table":
        return room < 1
    return min(room, n - 2) < 2


def _text_object(
    oid: int,
    font: str,
    size: float,
    x: float,
    y: float,
    text: str,
    pitch: float,
    reach: float | None = None,
) -> str:
    """A TextObject whose glyphs advance by ``pitch`` (half for ASCII); with ``reach`` the
    line is justified: the white it leaves short of that width spread between its glyphs."""
    width = sum(pitch * _width(ch) for ch in text)
    spread = (reach - width) / (len(text) - 1) if reach and len(text) > 1 else 0.0
    spread = max(spread, 0.0)
    deltas = " ".join(f"{pitch * _width(ch) + spread:.3f}" for ch in text[:-1])
    width += spread * (len(text) - 1)
    delta = f' DeltaX="{deltas}"' if deltas else ""
    return (
        f'<ofd:TextObject ID="{oid}" Boundary="{x:.3f} {y - size:.3f} {width + size:.3f} '
        f'{size * 1.4:.3f}" Font="{font}" Size="{size:.3f}">'
        f'<ofd:FillColor Value="0 0 0"/>'
        f'<ofd:TextCode X="0" Y="{size:.3f}"{delta}>{escape(text)}</ofd:TextCode>'
        f"</ofd:TextObject>"
    )


def write_ofd(
    path: Path,
    paras: list[Para],
    *,
    chars: int = 22,
    header: str | None = "某某县人民政府办公室",
    page_numbers: bool = True,
    outline: list[tuple[str, int]] | None = None,
    watermark: str | None = None,
) -> Path:
    """Write ``paras`` as an OFD file at ``path``, ``chars`` characters a line."""
    pitch = TEXT_W / chars
    size = pitch * 0.98
    line_h = size * 1.5
    pages: list[list[str]] = [[]]
    oid = [10]

    def nid() -> int:
        oid[0] += 1
        return oid[0]

    laid = [_lines(para, chars) for para in paras]
    y = TOP
    bottom = TOP + TEXT_H + 1e-6
    for i, (para, lines) in enumerate(zip(paras, laid)):
        font, scale = _ROLE_FONT.get(para.role, ("4", 1.0))
        fsize, fpitch, lh = size * scale, pitch * scale, line_h * scale
        room = int((bottom - y) // lh)
        nxt = None if i + 1 >= len(paras) else (paras[i + 1], laid[i + 1])
        if y > TOP and _page_before(para.role, len(lines), room, lh, y, bottom, nxt, line_h):
            pages.append([])
            y, room = TOP, int((bottom - TOP) // lh)
        split = _split_at(len(lines), room)
        for k, line in enumerate(lines):
            if k == split or y + lh > bottom:
                pages.append([])
                y = TOP
            width = sum(fpitch * _width(ch) for ch in line)
            if para.role == "title":
                x = LEFT + (TEXT_W - width) / 2
            elif para.role == "right":
                x = LEFT + TEXT_W - width - 2 * pitch
            else:
                x = LEFT + (2 * fpitch if k == 0 and para.role != "table" else 0)
            # body lines are justified (两端对齐, WPS's and Word's default for Chinese text):
            # a line broken short — a closing mark pulling a character down, half-width
            # figures — still reaches the margin; a paragraph's last line does not
            justify = para.role in _JUSTIFIED and k < len(lines) - 1
            reach = LEFT + TEXT_W - x if justify else None
            pages[-1].append(_text_object(nid(), font, fsize, x, y + fsize, line, fpitch, reach))
            y += lh
        if para.role == "title":
            y += line_h  # a blank line under the title
    files: dict[str, str] = {}
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    page_refs, annots = [], []
    for n, objects in enumerate(pages):
        body = "".join(objects)
        if page_numbers:
            label = f"— {n + 1} —"
            nsize = size * 0.8
            w = sum(nsize * _width(ch) for ch in label)
            body += _text_object(nid(), "4", nsize, (PAGE_W - w) / 2, PAGE_H - 22, label, nsize)
        files[f"Doc_0/Pages/Page_{n}/Content.xml"] = (
            f'{head}<ofd:Page xmlns:ofd="{NS}">'
            + ('<ofd:Template TemplateID="2" ZOrder="Background"/>' if header else "")
            + f"<ofd:Area><ofd:PhysicalBox>0 0 {PAGE_W} {PAGE_H}</ofd:PhysicalBox></ofd:Area>"
            f'<ofd:Content><ofd:Layer ID="{nid()}" Type="Body">{body}</ofd:Layer></ofd:Content>'
            "</ofd:Page>"
        )
        page_refs.append(f'<ofd:Page ID="{nid()}" BaseLoc="Pages/Page_{n}/Content.xml"/>')
        if watermark:
            files[f"Doc_0/Annots/Page_{n}/Annotation.xml"] = (
                f'{head}<ofd:PageAnnot xmlns:ofd="{NS}"><ofd:Annot ID="{nid()}" Type="Watermark">'
                f'<ofd:Appearance Boundary="40 120 130 30">'
                + _text_object(nid(), "4", 12, 0, 0, watermark, 12)
                + "</ofd:Appearance></ofd:Annot></ofd:PageAnnot>"
            )
            annots.append(
                f'<ofd:Page PageID="{n}"><ofd:FileLoc>Page_{n}/Annotation.xml</ofd:FileLoc></ofd:Page>'
            )
    if header:
        hsize = size * 0.7
        files["Doc_0/Tpls/Tpl_0/Content.xml"] = (
            f'{head}<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="3" Type="Background">'
            + _text_object(4, "4", hsize, LEFT, 22, header, hsize)
            + "</ofd:Layer></ofd:Content></ofd:Page>"
        )
    fonts = "".join(
        f'<ofd:Font ID="{k}" FontName="{v}" FamilyName="{v}"/>' for k, v in _FONTS.items()
    )
    files["Doc_0/PublicRes.xml"] = (
        f'{head}<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>{fonts}</ofd:Fonts></ofd:Res>'
    )
    outlines = ""
    if outline:
        outlines = "<ofd:Outlines>" + _outline_xml(outline) + "</ofd:Outlines>"
    files["Doc_0/Document.xml"] = (
        f'{head}<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{oid[0] + 1}</ofd:MaxUnitID>"
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_W} {PAGE_H}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        + ('<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if header else "")
        + f"</ofd:CommonData><ofd:Pages>{''.join(page_refs)}</ofd:Pages>{outlines}"
        + ("<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>" if watermark else "")
        + "</ofd:Document>"
    )
    if watermark:
        files["Doc_0/Annots/Annotations.xml"] = (
            f'{head}<ofd:Annotations xmlns:ofd="{NS}">{"".join(annots)}</ofd:Annotations>'
        )
    files["OFD.xml"] = (
        f'{head}<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
        "<ofd:DocInfo><ofd:DocID>0c7f5b1e2a9d4e6f8a0b1c2d3e4f5a6b</ofd:DocID>"
        "<ofd:Creator>drafter tests</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["OFD.xml", *sorted(n for n in files if n != "OFD.xml")]:
            z.writestr(name, files[name])
    return path


def write_placed_ofd(
    path: Path, pages: list[list[tuple[float, float, float, str]]], size: tuple[float, float]
) -> Path:
    """Write text set where a layout put it (a newspaper's columns, which :func:`write_ofd`
    does not lay out): each page a list of (x, baseline from the page's top, font size,
    text) in millimetres, one TextObject a line; ``size`` is the page's (width, height)."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    width, height = size
    files: dict[str, str] = {}
    refs = []
    oid = 10
    for n, items in enumerate(pages):
        objects = []
        for x, baseline, fsize, text in items:
            oid += 1
            objects.append(_text_object(oid, "4", fsize, x, baseline, text, fsize))
        files[f"Doc_0/Pages/Page_{n}/Content.xml"] = (
            f'{head}<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="{oid + 1}" '
            f'Type="Body">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'
        )
        oid += 2
        refs.append(f'<ofd:Page ID="{oid}" BaseLoc="Pages/Page_{n}/Content.xml"/>')
    files["Doc_0/PublicRes.xml"] = (
        f'{head}<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        f'<ofd:Font ID="4" FontName="{_FONTS["4"]}" FamilyName="{_FONTS["4"]}"/></ofd:Fonts>'
        "</ofd:Res>"
    )
    files["Doc_0/Document.xml"] = (
        f'{head}<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{oid + 1}</ofd:MaxUnitID>"
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 {width} {height}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        f"</ofd:CommonData><ofd:Pages>{''.join(refs)}</ofd:Pages></ofd:Document>"
    )
    files["OFD.xml"] = (
        f'{head}<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
        "<ofd:DocInfo><ofd:DocID>1d8e6c2f3b0a4f7e9b1c2d3e4f5a6b7c</ofd:DocID></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["OFD.xml", *sorted(n for n in files if n != "OFD.xml")]:
            z.writestr(name, files[name])
    return path


def _outline_xml(entries: list[tuple[str, int]]) -> str:
    """Nested OutlineElem for (title, level) entries in document order."""
    out, depth = [], 0
    for title, level in entries:
        while depth >= level:
            out.append("</ofd:OutlineElem>")
            depth -= 1
        while depth < level - 1:  # (a level skipped: an empty parent)
            out.append('<ofd:OutlineElem Title="">')
            depth += 1
        out.append(f"<ofd:OutlineElem Title={quoteattr(title)}>")
        depth += 1
    out.extend(["</ofd:OutlineElem>"] * depth)
    return "".join(out)
