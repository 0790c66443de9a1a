"""OFD files (GB/T 33190-2016, the Chinese fixed-layout format offices receive 公文 in):
the glyphs of every page found in its XML, then laid into lines and paragraphs as a PDF's
are (:mod:`drafter.corpus.readers.page_layout`).

An OFD is a zip: ``OFD.xml`` names the document's root (``DocBody/DocRoot``), whose
``Document.xml`` lists the pages (``Pages/Page@BaseLoc``), the template pages
(``CommonData/TemplatePage``), the fonts (``PublicRes``) and the outline. A page's
``Content.xml`` holds ``TextObject``s (a ``Boundary`` box, a ``Font``, a ``Size``) whose
``TextCode``s place their text at X/Y in the box, glyph by glyph through ``DeltaX``. Units
are millimetres, y growing down the page.

What is not the text stays out: template pages (a page's running header, its page number
when a producer puts it there), annotations (stamps, watermarks, reviewers' notes) and
signatures are not read; page numbers and headers drawn on the pages themselves are taken
off by the shared layout, as a PDF's.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from drafter.corpus.model import RawDocument, ReadError
from drafter.corpus.paper_jumps import Jumps
from drafter.corpus.readers.page_columns import next_page_number, page_regions
from drafter.corpus.readers.page_layout import bookmark_key, empty_page_warnings, layout_blocks
from drafter.corpus.readers.page_lines import Line
from drafter.corpus.readers.safe_zip import checked_package

_MM = 72 / 25.4  # points in a millimetre: the shared layout thinks in PDF points
# a face set apart from a 仿宋 body: an editor's note in 楷体 (as readers.pdf says)
_SET_APART_FONT = re.compile(r"kai|楷|italic|oblique", re.IGNORECASE)
_NOT_ZIP = "not a valid OFD file (damaged, or another format renamed .ofd)"
_DEFAULT_BOX = (0.0, 0.0, 210.0, 297.0)  # A4, when neither the page nor the document says


def _local(tag) -> str:
    """An element's name without its namespace (producers differ: ofd:, none, another URI)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element, name: str):
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _children(element, name: str):
    return [child for child in element if _local(child.tag) == name]


def _floats(text: str | None) -> list[float]:
    try:
        return [float(v) for v in (text or "").replace(",", " ").split()]
    except ValueError:
        return []


def _deltas(text: str | None) -> list[float]:
    """A ``DeltaX``/``DeltaY`` list with its ``g n v`` runs (n times v) written out."""
    out: list[float] = []
    parts = (text or "").split()
    i = 0
    while i < len(parts):
        if parts[i] == "g" and i + 2 < len(parts):
            try:
                out.extend([float(parts[i + 2])] * min(int(parts[i + 1]), 10_000))
            except ValueError:
                return out
            i += 3
            continue
        try:
            out.append(float(parts[i]))
        except ValueError:
            return out
        i += 1
    return out


class _Package:
    """The parts of an OFD zip, parsed on demand, looked up by paths relative to a part."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.names = {n.lstrip("/"): n for n in archive.namelist()}

    def resolve(self, base: str, loc: str) -> str:
        """``loc`` as the zip names it: absolute from the package's root with a leading
        "/", else relative to the folder of the part ``base`` that names it."""
        loc = loc.strip().replace("\\", "/")
        if loc.startswith("/"):
            return posixpath.normpath(loc.lstrip("/"))
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), loc))
        if joined not in self.names and loc in self.names:
            return loc  # (some producers write every path from the root without the /)
        return joined

    def xml(self, part: str, what: str):
        from lxml import etree

        if part not in self.names:
            raise ReadError(f"{self.name}: OFD 文件缺少{what}（{part}），未读取")
        data = self.archive.read(self.names[part])
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            return etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            raise ReadError(
                f"{self.name}: OFD 文件的{what}（{part}）不是可读的 XML"
                "（文件已损坏，或已加密），未读取"
            ) from exc


def _fonts(pkg: _Package, doc_part: str, common) -> dict[str, str]:
    """Font ID -> its name (and family), from the document's public and document resources."""
    fonts: dict[str, str] = {}
    for res in (*_children(common, "PublicRes"), *_children(common, "DocumentRes")):
        part = pkg.resolve(doc_part, res.text or "")
        if part not in pkg.names:
            continue
        root = pkg.xml(part, "资源文件")
        for font in root.iter():
            if _local(font.tag) == "Font" and font.get("ID"):
                name = f"{font.get('FontName') or ''} {font.get('FamilyName') or ''}"
                if font.get("Italic") in ("true", "1"):
                    name += " italic"
                fonts[font.get("ID")] = name
    return fonts


def _page_rows(content, fonts: dict[str, str], height: float) -> tuple[list, dict[int, bool]]:
    """(baseline, x0, x1, size, text) of every glyph of a page's content, in points with y
    growing up the page (as :func:`rows_to_lines` takes them), and which are set apart."""
    rows: list[tuple[float, float, float, float, str]] = []
    apart: dict[int, bool] = {}
    for obj in content.iter():
        if _local(obj.tag) != "TextObject":
            continue
        box = _floats(obj.get("Boundary"))
        bx, by = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        size = (_floats(obj.get("Size")) or [0.0])[0] or 3.5
        ctm = _floats(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = abs(a * d - b * c) ** 0.5 or 1.0
        slanted = bool(c) or obj.get("Italic") in ("true", "1")
        face = fonts.get(obj.get("Font") or "", "")
        is_apart = slanted or bool(_SET_APART_FONT.search(face))
        x = y = 0.0
        for code in obj:
            if _local(code.tag) != "TextCode":
                continue
            text = code.text or ""
            x = float(code.get("X", x) or x)
            y = float(code.get("Y", y) or y)
            dx, dy = _deltas(code.get("DeltaX")), _deltas(code.get("DeltaY"))
            for k, ch in enumerate(text):
                em = size * (0.5 if ch.isascii() else 1.0)  # (no font metrics: an em or half)
                advance = dx[k] if k < len(dx) else em
                if ch >= " ":  # (a space is a glyph too: 二 最近… keeps its gap)
                    px, py = a * x + c * y + e, b * x + d * y + f  # (object space -> box)
                    baseline = (height - (by + py)) * _MM
                    x0 = (bx + px) * _MM
                    row = (baseline, x0, x0 + em * scale * _MM, size * scale * _MM, ch)
                    rows.append(row)
                    apart[id(row)] = is_apart
                x += advance
                if k < len(dy):
                    y += dy[k]
    return rows, apart


def _outline(document) -> dict[str, int]:
    """Outline titles -> level (1 for the top): the one place an OFD says what its headings
    are, as a PDF's bookmarks."""
    levels: dict[str, int] = {}

    def walk(element, level: int) -> None:
        for elem in element:
            if _local(elem.tag) != "OutlineElem":
                continue
            key = bookmark_key(elem.get("Title") or "")
            if key and level <= 9:
                levels.setdefault(key, level)
            if level < 9:
                walk(elem, level + 1)

    outlines = _child(document, "Outlines")
    if outlines is not None:
        walk(outlines, 1)
    return levels


def read_ofd(path: Path) -> RawDocument:
    """Read the text of an OFD file's first document; an encrypted one, or one whose parts
    are missing or damaged, is a clear error naming the file."""
    name = path.name
    package = checked_package(path, name, "OFD 文件", _NOT_ZIP)
    with zipfile.ZipFile(package) as archive:
        pkg = _Package(archive, name)
        if any(n.lower().endswith("encryptions.xml") for n in pkg.names):
            raise ReadError(
                f"{name}: the OFD file is encrypted; open it in the OFD reader it came with, "
                "save or export it without encryption, then import it again"
            )
        root = pkg.xml("OFD.xml", "入口文件") if "OFD.xml" in pkg.names else None
        if root is None:
            raise ReadError(f"{name}: {_NOT_ZIP} (OFD.xml is missing)")
        body = _child(root, "DocBody")
        doc_root = _child(body, "DocRoot") if body is not None else None
        if doc_root is None or not (doc_root.text or "").strip():
            raise ReadError(f"{name}: OFD 文件的 OFD.xml 未指明文档（DocBody/DocRoot），未读取")
        hints = doc_info_hints(_child(body, "DocInfo"))
        doc_part = pkg.resolve("OFD.xml", doc_root.text)
        document = pkg.xml(doc_part, "文档描述（Document.xml）")
        common = _child(document, "CommonData")
        fonts = _fonts(pkg, doc_part, common) if common is not None else {}
        default_box = _page_box(_child(common, "PageArea") if common is not None else None)
        pages_el = _child(document, "Pages")
        page_refs = _children(pages_el, "Page") if pages_el is not None else []
        if not page_refs:
            raise ReadError(f"{name}: the OFD file has no pages")
        pages: list[list[Line]] = []  # a page in columns: each of its regions a page
        sheets: list[list[Line]] = []  # the file's pages, for the warnings
        jumps = Jumps()  # a speech a paper's page broke off, to be followed on a later page
        for page_no, ref in enumerate(page_refs):
            part = pkg.resolve(doc_part, ref.get("BaseLoc") or "")
            page = pkg.xml(part, f"第 {page_no + 1} 页的内容")
            box = _page_box(_child(page, "Area")) or default_box or _DEFAULT_BOX
            height = box[1] + box[3]
            content = _child(page, "Content")
            rows, apart = _page_rows(content, fonts, height) if content is not None else ([], {})
            # (a page in columns read column by column, a paper's page down to its speech:
            # the PDF reader's split, see page_columns)
            regions, found = page_regions(
                rows,
                apart,
                next_page_number(pages),
                box[3] * _MM,
                0.0,
                jumps,
                0.0,
                box[2] * _MM,
            )
            pages.extend(regions)
            sheets.append([ln for region in regions for ln in region])
            for key, value in found.items():
                hints.setdefault(key, value)
        bookmarks = _outline(document)
    warnings = empty_page_warnings(
        name,
        sheets,
        "the OFD file has no text (a scanned document?); it needs OCR before Drafter can read it",
    )
    return RawDocument(str(path), "ofd", layout_blocks(pages, bookmarks), None, warnings, hints)


# what a producer writes for a document without a title of its own: a file name, a template's
# placeholder, a word processor's "Microsoft Word - 文档1.docx"
_JUNK_TITLE = re.compile(
    r"^(?:无标题|未命名|新建|文档\s*\d*$|untitled|document\s*\d*$|microsoft\s+word)"
    r"|\.(?:docx?|wps|pdf|ofd|rtf|txt|odt|html?)$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def doc_info_hints(info) -> dict[str, str]:
    """Metadata candidates from ``OFD.xml``'s ``DocInfo`` (``RawDocument.hints``): its
    ``Title``, filling the title only where the text gives none, and its ``CreationDate``
    kept as ``published`` (when the file was made: a 公文's 印发 date, the day after the
    speech in a red-head copy, so never the text's date), as a web page's meta tags are.
    Producers write junk here (a file name, 无标题, a template's 文档1): such a title is
    left out, and so is one without a Chinese character or longer than a title runs."""
    hints: dict[str, str] = {}
    if info is None:
        return hints
    title = " ".join((getattr(_child(info, "Title"), "text", None) or "").split())
    if 4 <= len(title) <= 80 and _CJK.search(title) and not _JUNK_TITLE.search(title):
        hints["title"] = title
    made = _ISO_DATE.match((getattr(_child(info, "CreationDate"), "text", None) or "").strip())
    if made and 1900 < int(made.group(1)) < 2200 and "01" <= made.group(2) <= "12":
        hints["published"] = made.group(0)
    return hints


def _page_box(area) -> tuple[float, float, float, float] | None:
    """A page's (x, y, width, height) from its ``PhysicalBox``, or None."""
    if area is None:
        return None
    physical = _child(area, "PhysicalBox")
    box = _floats(physical.text if physical is not None else None)
    return tuple(box) if len(box) == 4 and box[3] > 0 else None  # type: ignore[return-value]
