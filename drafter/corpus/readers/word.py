"""Word .docx files: paragraphs and table rows in body order, with heading styles and numbering.

We walk the body XML ourselves instead of ``Document.paragraphs`` because that skips
tables (whose text users expect to keep, in place), text inside tracked insertions and
content controls, and knows nothing of the label automatic numbering puts before a heading.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter.corpus.bounds import MAX_STYLE_CHAIN
from drafter.corpus.contents import CONTENTS_LABEL
from drafter.corpus.emphasis import bold_start
from drafter.corpus.markers import RANK, match_marker
from drafter.corpus.masthead import masthead_line
from drafter.corpus.model import Block, RawDocument, ReadError
from drafter.corpus.part_bullets import lead_bullets, part_bullets
from drafter.corpus.readers.body_tables import body_table, header_row
from drafter.corpus.readers.official_title import OFFICIAL_TITLE_FONT, OFFICIAL_TITLE_PT
from drafter.corpus.readers.para_indent import CENTRED, indent_chars
from drafter.corpus.readers.safe_zip import checked_docx
from drafter.corpus.readers.word_numbering import Numbering, qn

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML, ALT_CHUNK = (
    _W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "altChunk")
)
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
R, T, TAB, BR, CR = _W + "r", _W + "t", _W + "tab", _W + "br", _W + "cr"
_IND, _RPR = _W + "ind", _W + "rPr"
# Word's font size where no run, style or default sets one (10.5 pt, 五号), in half-points
_DEFAULT_HALF_POINTS = 21
FLD_CHAR, INSTR, FLD_SIMPLE = _W + "fldChar", _W + "instrText", _W + "fldSimple"
# Inside a paragraph: deleted text, field codes, properties and text boxes are not the
# paragraph's own visible text (text boxes would also appear twice via mc:Fallback).
_SKIP = {
    _W + tag
    for tag in (
        "del", "moveFrom", "pPr", "rPr", "instrText", "delText", "delInstrText",
        "txbxContent", "drawing", "pict", "object", "fldData", "footnoteReference",
        "endnoteReference", "commentReference",
    )
} | {_MC + "Fallback"}  # fmt: skip

# how many paragraphs of text may stand above a text box that is still read as the head's
# own (a 发文机关 in one box and the title in the next, a title under a typed issuer line):
# the head's lines, never the body's sidebars further down
_BOXED_HEAD = 3

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = {"title", "标题"}
# Word's block-quote styles: an editor's note or 题解 set apart under the title is typed in
# them, as Markdown sets it after ">"; the reader marks the paragraph as a quote so the
# apparatus rules treat both alike.
_QUOTE_NAMES = {"quote", "intense quote", "block text", "引用", "明显引用", "块文本"}
# the contents list's paragraph styles: Word's TOC 1…9, LibreOffice's Contents 1…10, WPS's 目录 1
_TOC_NAME = re.compile(
    r"^(?:toc|contents|目录)\s*\d{1,2}$|^(?:toc|contents) heading$", re.IGNORECASE
)
_CJK_END = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]$")


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline_level: int | None  # 0-based w:outlineLvl; 9 means body text
    num_id: str | None
    ilvl: int | None
    bold: bool | None = None  # w:rPr/w:b of the style itself (None: not set there)
    font: str = ""  # w:rPr/w:rFonts/@w:eastAsia of the style itself ("" where not set)
    ind: dict[str, str] | None = None  # w:pPr/w:ind's attributes of the style itself
    jc: str | None = None  # w:pPr/w:jc of the style itself
    size: int | None = None  # w:rPr/w:sz of the style itself, in half-points


class _Styles:
    """Paragraph styles with heading level, title and numbering resolved along basedOn."""

    def __init__(self, root) -> None:
        self.styles: dict[str, _Style] = {}
        self.default: str | None = None
        self.cut = False  # a basedOn chain was longer than MAX_STYLE_CHAIN
        self.chars: dict[str, _Style] = {}  # character styles (w:rStyle), for their bold
        self.bold_default = False  # docDefaults: every run bold unless a style says not
        self.font_default = ""  # docDefaults: the East Asian font of runs no style sets
        self.size_default: int | None = None
        self.ind_default: dict[str, str] | None = None
        if root is None:
            return
        defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.bold_default = bool(_bold_of(defaults))
        self.font_default = _font_of(defaults)
        self.size_default = _half_points(_val(defaults, "w:sz"))  # half-points (None: not set)
        self.ind_default = _ind_of(
            root.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
        )
        for st in root.iterfind(qn("w:style")):
            kind = st.get(qn("w:type"))
            if kind not in (None, "paragraph", "numbering", "character"):
                continue
            sid = st.get(qn("w:styleId")) or ""
            ppr = st.find(qn("w:pPr"))
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            style = _Style(
                name=(_val(st, "w:name") or "").strip(),
                based_on=_val(st, "w:basedOn"),
                outline_level=_int(_val(ppr, "w:outlineLvl")),
                num_id=_val(num_pr, "w:numId"),
                ilvl=_int(_val(num_pr, "w:ilvl")),
                bold=_bold_of(st.find(qn("w:rPr"))),
                font=_font_of(st.find(qn("w:rPr"))),
                ind=_ind_of(ppr),
                jc=_val(ppr, "w:jc"),
                size=_half_points(_val(st.find(qn("w:rPr")), "w:sz")),
            )
            if kind == "character":
                self.chars[sid] = style
                continue
            self.styles[sid] = style
            if st.get(qn("w:default")) in ("1", "true") and kind == "paragraph":
                self.default = sid

    def chain(self, sid: str | None) -> Iterator[tuple[str, _Style]]:
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen:
            if len(seen) >= MAX_STYLE_CHAIN:  # a hostile chain thousands deep: cut it
                self.cut = True
                return
            seen.add(sid)
            yield sid, self.styles[sid]
            sid = self.styles[sid].based_on

    def heading(self, sid: str | None) -> tuple[int | None, bool]:
        """(heading level, is title) of a paragraph style, following basedOn."""
        for _, style in self.chain(sid):
            name = style.name.lower()
            if name in _TITLE_NAMES:
                return None, True
            if name == "subtitle" or name == "副标题":
                return None, False
            m = _HEADING_NAME.match(style.name)
            if m:
                return int(m.group(1)), False
            if style.outline_level is not None:
                lvl = style.outline_level
                return (lvl + 1 if 0 <= lvl <= 8 else None), False
        return None, False

    def is_quote(self, sid: str | None) -> bool:
        """Whether a paragraph style is (or is based on) one of Word's quote styles."""
        return any(style.name.lower() in _QUOTE_NAMES for _, style in self.chain(sid))

    def numbering(self, sid: str | None) -> tuple[str | None, int | None, str | None]:
        """(numId, ilvl, style that carried it) a paragraph style gives its paragraphs."""
        for style_id, style in self.chain(sid):
            if style.num_id is not None:
                return style.num_id, style.ilvl, style_id
        return None, None, None

    def bold(self, sid: str | None, table: dict[str, _Style] | None = None) -> bool | None:
        """Whether a paragraph style (or, with ``table=self.chars``, a character style) sets
        its runs in bold, following basedOn; None when no style of the chain says."""
        table = self.styles if table is None else table
        seen: set[str] = set()
        while sid and sid in table and sid not in seen and len(seen) < MAX_STYLE_CHAIN:
            seen.add(sid)
            if table[sid].bold is not None:
                return table[sid].bold
            sid = table[sid].based_on
        return None

    def run_bold(self, rpr, para_bold: bool) -> bool:
        """Whether a run is shown in bold: its own w:b, else its character style's, else
        the paragraph's (style or document default)."""
        own = _bold_of(rpr)
        if own is not None:
            return own
        char = self.bold(_val(rpr, "w:rStyle"), self.chars) if rpr is not None else None
        return para_bold if char is None else char

    def run_font(self, rpr, style_id: str | None) -> str:
        """The East Asian font a run is shown in: its own w:rFonts, else its character
        style's, else its paragraph style's (following basedOn), else the document's
        default; "" when none names one (a theme font)."""
        own = _font_of(rpr)
        if own:
            return own
        char = _val(rpr, "w:rStyle") if rpr is not None else None
        for table, sid in ((self.chars, char), (self.styles, style_id)):
            seen: set[str] = set()
            while sid and sid in table and sid not in seen and len(seen) < MAX_STYLE_CHAIN:
                seen.add(sid)
                if table[sid].font:
                    return table[sid].font
                sid = table[sid].based_on
        return self.font_default

    def indent(self, p, ppr, style_id: str | None) -> int:
        """Paragraph ``p``'s first-line indent in characters (:mod:`.para_indent`): its
        own w:ind over its style's (following basedOn) over the document's default, the
        font size of its first sized run, else of its style or the default; CENTRED for a
        centred paragraph."""
        chain = [style for _, style in self.chain(style_id)]
        jc = _val(ppr, "w:jc") or next((s.jc for s in chain if s.jc), None)
        if jc in ("center", "centre"):
            return CENTRED
        ind: dict[str, str] = {}
        for layer in (self.ind_default, *(s.ind for s in reversed(chain)), _ind_of(ppr)):
            if layer:
                if any(k.startswith(("firstLine", "hanging")) for k in layer):
                    # (a first line and a hanging indent exclude each other: the nearer wins)
                    ind = {k: v for k, v in ind.items() if not k.startswith(("first", "hang"))}
                ind.update(layer)
        if not ind:
            return 0
        size = next((_half_points(_val(r, "w:sz")) for r in p.iter(_RPR) if _val(r, "w:sz")), None)
        size = size or next((s.size for s in chain if s.size), None) or self.size_default
        font = (size or _DEFAULT_HALF_POINTS) / 2

        def pt(name: str) -> float:
            chars = _int(ind.get(name + "Chars"))
            if chars:  # (hundredths of a character: Word's "2 字符")
                return chars / 100 * font
            return (_measure(ind.get(name), 20, font) or 0) / 20  # (twips, or with a unit)

        left = pt("start") if ("start" in ind or "startChars" in ind) else pt("left")
        return indent_chars(left + pt("firstLine") - pt("hanging"), font)

    def is_toc(self, sid: str | None) -> bool:
        style = self.styles.get(sid or "")
        return bool(style and _TOC_NAME.match(style.name))

    def num_ids(self) -> dict[str, str]:
        return {sid: s.num_id for sid, s in self.styles.items() if s.num_id}


def _val(element, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def _ind_of(ppr) -> dict[str, str] | None:
    """w:ind's attributes (local names) of a paragraph's or style's properties, or None."""
    ind = ppr.find(_IND) if ppr is not None else None
    if ind is None:
        return None
    return {k.rsplit("}", 1)[-1]: v for k, v in ind.attrib.items()}


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


# A measure with its unit (ISO/IEC 29500 ST_UniversalMeasure: w:sz="12pt", w:left="0.5in"),
# which a Strict package may write where a Transitional one writes a bare number of the
# attribute's own unit (half-points, twips): points per unit. "em" is no unit of the
# standard, but some converters write it for an indent (2em: two characters of the font).
_POINTS_PER_UNIT = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12.0, "pi": 12.0}
_MEASURE = re.compile(r"\s*([-+]?\d+(?:\.\d+)?|[-+]?\.\d+)\s*([A-Za-z]{2})?\s*")


def _measure(text: str | None, per_point: int, em: float | None = None) -> float | None:
    """A size or length attribute in its own unit (``per_point`` of them a point: 2 for
    w:sz's half-points, 20 for w:ind's twips): a bare number as written, a universal
    measure (``12pt``, ``0.5in``, ``2cm``) converted, ``2em`` as that many ``em`` points
    (the font's size, where known); None for what is unset or unreadable — a Strict file's
    ``w:sz="12pt"`` was read as unset before."""
    if text is None:
        return None
    m = _MEASURE.fullmatch(text)
    if m is None:
        return None
    number, unit = float(m.group(1)), (m.group(2) or "").lower()
    if not unit:
        return number
    if unit == "em":
        return None if em is None else number * em * per_point
    points = _POINTS_PER_UNIT.get(unit)
    return None if points is None else number * points * per_point


def _half_points(text: str | None) -> int | None:
    """w:sz in half-points (:func:`_measure`): ``32`` and ``16pt`` are both 16 points."""
    size = _measure(text, 2)
    return round(size) if size is not None and size > 0 else None


def _bold_of(rpr) -> bool | None:
    """w:b of a run's (or style's) properties: True/False where it is set, else None."""
    b = rpr.find(qn("w:b")) if rpr is not None else None
    if b is None:
        return None
    return b.get(qn("w:val")) not in ("0", "false", "off")


def _font_of(rpr) -> str:
    """w:rFonts/@w:eastAsia of a run's (or style's) properties, "" where not set."""
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return (fonts.get(qn("w:eastAsia")) or "") if fonts is not None else ""


def _bold_font(p, styles: _Styles, style_id: str | None, para_bold: bool) -> str:
    """The East Asian font of the first bold run with text in paragraph ``p``."""
    for run in p.iter(R):
        rpr = run.find(qn("w:rPr"))
        if any(t.text for t in run.iter(T)) and styles.run_bold(rpr, para_bold):
            return styles.run_font(rpr, style_id)
    return ""


def _runs_text(element, out: list[str], marks: list[bool] | None = None, bold=None) -> None:
    """Visible text of a paragraph: w:t inside runs, insertions, links, fields, controls.
    With ``marks``, each piece's boldness goes there too (``bold``: a function giving a
    run's, from its w:rPr; the piece's own run decides)."""
    for child in element:
        tag = child.tag
        if tag == T:
            out.append(child.text or "")
        elif tag == TAB:
            out.append("\t")
        elif tag in (BR, CR):
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif not isinstance(tag, str) or tag in _SKIP or (tag == R and _is_hidden(child)):
            continue
        elif tag == R and marks is not None and bold is not None:
            before = len(out)
            _runs_text(child, out)
            marks.extend([bold(child.find(qn("w:rPr")))] * (len(out) - before))
            continue
        else:
            _runs_text(child, out, marks, bold)
        if marks is not None:
            marks.extend([False] * (len(out) - len(marks)))


def _is_hidden(run) -> bool:
    """A run formatted as hidden text (w:vanish) is not shown, so it is not read either."""
    rpr = run.find(qn("w:rPr"))
    vanish = rpr.find(qn("w:vanish")) if rpr is not None else None
    return vanish is not None and vanish.get(qn("w:val")) not in ("0", "false", "off")


def _join_parts(parts: list[str]) -> str:
    """Join a heading broken by manual line breaks: no space between CJK, else one; a
    full-width space typed at the end of a line stays (the two halves of a two-part title,
    主题　副题, which the Word export breaks after the space). A half-width space left before
    a break is a typing slip far more often than a separator, so it goes as before."""
    out, gap = "", ""
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        if out and gap:
            out += gap  # the space the writer typed before the break (title　subtitle)
        elif out and not (_CJK_END.search(out) or _CJK_END.match(part[:1])):
            out += " "
        out += part
        gap = "\u3000" if raw.rstrip(" \t").endswith("\u3000") else ""
    return out


class _BodyReader:
    def __init__(
        self, styles: _Styles, numbering: Numbering, part=None, name: str = "", depth: int = 0
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.part = part  # the document part, whose relationships lead to altChunk parts
        self.name = name  # the file's name, for warnings
        self.depth = depth  # how many altChunks this body is inside (0: the file's own)
        self.warnings: list[str] = []
        self._bullet = False  # the paragraph being read is in a bulleted list
        self._bullet_kind = ""  # and what its bullet looks like (Numbering.bullet_kind)
        self._list_num: tuple[str, int] | None = None  # the numbered list it is in
        self.bullet_kinds: dict[int, str] = {}  # id(block) -> bullet kind, for bullet blocks
        self._seen = 0  # paragraphs with text read so far (a title stands at the top)
        # the instructions of the fields open at this point of the body (TOC, PAGEREF, …;
        # "" until a field's instruction is read): a TOC field's result is the contents
        # list, whether or not Word gave its entries the TOC styles
        self._fields: list[str] = []
        self._contents_label: list[Block] | None = None  # the last paragraph: a 目录 label
        self.dropped: set[int] = set()  # id() of blocks read before it was clear they go

    def blocks(self, container) -> Iterator[Block]:
        for child in container:
            tag = child.tag
            if tag == P:
                yield from self.paragraph(child)
            elif tag == TBL:
                yield from self.table(child)
            elif tag == SDT:
                if not _is_toc_control(child):
                    content = child.find(SDT_CONTENT)
                    if content is not None:
                        yield from self.blocks(content)
            elif tag == CUSTOM_XML:
                yield from self.blocks(child)
            elif tag == ALT_CHUNK:
                yield from self.alt_chunk(child)

    def alt_chunk(self, element) -> list[Block]:
        """The paragraphs of the part an altChunk imports here (:mod:`.word_chunks`)."""
        from drafter.corpus.readers.word_chunks import chunk_blocks

        rel = self.part.rels.get(element.get(_R_ID) or "") if self.part is not None else None
        if rel is None or rel.is_external:
            return []
        blocks = chunk_blocks(rel.target_part, self.name, self.warnings, _read_package, self.depth)
        for block in blocks:
            if block.kind == "title" and self._seen:
                block.kind = "text"  # (a title only at the top of the document)
            if block.text.strip():
                self._seen += 1
        return blocks

    def _label(self, p, style_id: str | None) -> str | None:
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id = _val(num_pr, "w:numId")
        ilvl = _int(_val(num_pr, "w:ilvl"))
        s_num, s_ilvl, s_style = self.styles.numbering(style_id)
        if num_id is None:
            num_id = s_num
            if ilvl is None:
                ilvl = s_ilvl
                if ilvl is None and num_id and s_style:
                    ilvl = self.numbering.level_for_style(num_id, s_style)
        if num_id is None:
            return None
        self._bullet = self.numbering.is_bullet(num_id, ilvl or 0)
        if self._bullet:
            self._bullet_kind = self.numbering.bullet_kind(num_id, ilvl or 0)
        else:
            self._list_num = (num_id, ilvl or 0)
        return self.numbering.label(num_id, ilvl or 0)

    def paragraph(self, p) -> list[Block]:
        ppr = p.find(qn("w:pPr"))
        style_id = _val(ppr, "w:pStyle") or self.styles.default
        if self._in_contents(p) or self.styles.is_toc(style_id):
            if self._contents_label:
                # "目　录" over the list: read as a paragraph before the entries showed
                # what it labels
                self.dropped.update(id(b) for b in self._contents_label)
                self._seen -= 1
                self._contents_label = None
            return []
        level, is_title = self.styles.heading(style_id)
        own_outline = _int(_val(ppr, "w:outlineLvl"))
        if own_outline is not None and not is_title:
            level = own_outline + 1 if 0 <= own_outline <= 8 else None
        self._bullet = False
        self._list_num = None
        label = self._label(p, style_id)
        out: list[str] = []
        marks: list[bool] = []
        para_bold = self.styles.bold(style_id)
        para_bold = self.styles.bold_default if para_bold is None else para_bold
        _runs_text(p, out, marks, lambda rpr: self.styles.run_bold(rpr, para_bold))
        parts = "".join(out).split("\n")
        if self._seen < _BOXED_HEAD and not label and not any(part.strip() for part in parts):
            boxed = self._text_boxes(p)
            if boxed:
                return boxed
        if label and not any(part.strip() for part in parts) and not self._bullet:
            # a numbered paragraph with no text shows its number alone ("一" standing
            # for a part): the label is the paragraph's whole visible text
            parts, label = [label.strip()], None
        if level is not None or is_title:
            parts = [_join_parts(parts)]
        blocks = [Block(part) for part in parts]
        first = blocks[0]
        first.heading_level = level
        first.numbering = label
        first.indent = self.styles.indent(p, ppr, style_id)
        if label:
            first.list_num = self._list_num
        if level is None and not is_title:
            first.bold = bold_start(out, marks)
            if first.bold:
                first.bold_font = _bold_font(p, self.styles, style_id, para_bold)
        if any(part.strip() for part in parts) and not (
            level is None and not is_title and masthead_line("".join(parts))
        ):
            # (a 版头's lines over an issued document's title, 份号 to 文号, in large red
            # type: neither the title nor a paragraph counted before it)
            self._seen += 1
            self._contents_label = blocks if CONTENTS_LABEL.match("".join(parts).strip()) else None
            if level is None and not is_title:
                # set as a title by hand: in an official title's font or size, or (the
                # first paragraph) centred and in bold
                is_title = (self._seen <= 3 and _official_title(p, ppr)) or (
                    self._seen == 1 and _bold_centred(first, ppr)
                )
        if is_title:
            first.kind = "title"
        elif self._bullet and level is None:
            first.kind = "bullet"
            self.bullet_kinds[id(first)] = self._bullet_kind
        elif level is None and self.styles.is_quote(style_id):
            for block in blocks:
                block.kind = "quote"
        return blocks

    def _in_contents(self, p) -> bool:
        """Whether paragraph ``p`` is part of a TOC field's result: the field open where it
        begins, or opened in it. Word's "insert table of contents" makes one field whose
        entries carry the TOC 1/TOC 2 styles, but a file pasted or converted from elsewhere
        keeps the field (hyperlinks, PAGEREF page numbers) with its entries in any style."""
        inside = "TOC" in self._fields
        for el in p.iter(FLD_CHAR, INSTR, FLD_SIMPLE):
            if el.tag == INSTR:
                if self._fields and not self._fields[-1]:
                    self._fields[-1] = (el.text or "").strip().split(" ", 1)[0].upper()
            elif el.tag == FLD_SIMPLE:
                inside = inside or (el.get(qn("w:instr")) or "").split()[:1] == ["TOC"]
            elif el.get(qn("w:fldCharType")) == "begin":
                self._fields.append("")
            elif el.get(qn("w:fldCharType")) == "end" and self._fields:
                self._fields.pop()
            inside = inside or "TOC" in self._fields
        return inside

    def _text_boxes(self, p) -> list[Block]:
        """The paragraphs of the text boxes anchored in an empty paragraph at the top.

        A title is sometimes typed in a floating text box (to place it freely or colour
        it) anchored in an otherwise empty paragraph at the top, and a red-head's 发文机关
        in another above it; their text is nowhere else in the body, so within the head's
        first lines (:data:`_BOXED_HEAD`) the boxes' paragraphs are read as the document's
        own, in their anchor's place, once (the VML copy under mc:Fallback is skipped).
        Boxes further down are sidebars and logos, left out as before.
        """
        blocks: list[Block] = []
        for box in p.iter(_W + "txbxContent"):
            if any(anc.tag == _MC + "Fallback" for anc in box.iterancestors()):
                continue
            for inner in _children(box, P):
                blocks.extend(b for b in self.paragraph(inner) if b.text.strip())
        return blocks

    def paragraph_text(self, p) -> str:
        block = self.paragraph(p)
        text = " ".join(b.text.strip() for b in block if b.text.strip())
        label = block[0].numbering if block else None
        return f"{label}{text}" if label and text else text

    def table(self, tbl) -> Iterator[Block]:
        rows = [_cells(tr) for tr in _children(tbl, TR)]
        if all(len(cells) <= 1 for cells in rows):
            # A one-column table is a layout box (web pages pasted into Word): its
            # paragraphs are the document's paragraphs.
            for cells in rows:
                for tc in cells:
                    yield from self.blocks(tc)
            return
        state = (self._seen, self._contents_label)
        texts_of = [[self.cell_text(tc) for tc in cells] for cells in rows]
        if body_table([[t.strip() for t in texts] for texts in texts_of]):
            # a report written in a label | prose table: its rows are the body's parts,
            # read again as paragraphs (the cell texts above were only looked at)
            self._seen, self._contents_label = state
            filled = [
                (c, [t.strip() for t in texts])
                for c, texts in zip(rows, texts_of, strict=True)
                if any(texts)
            ]
            if header_row([t for _, t in filled]):
                filled = filled[1:]
            for cells, _ in filled:
                for tc in cells:
                    yield from self.blocks(tc)
            return
        for texts in texts_of:
            if any(texts):
                yield Block("\t".join(texts), kind="table")

    def cell_text(self, tc) -> str:
        parts: list[str] = []
        for child in _children(tc, P, TBL):
            if child.tag == P:
                parts.append(self.paragraph_text(child))
            else:
                parts.extend(
                    " ".join(self.cell_text(c) for c in _cells(tr)) for tr in _children(child, TR)
                )
        return " ".join(p for p in parts if p)


# GB/T 9704: a document's title is centred in 2号 小标宋 (22 pt): readers.official_title


def _official_title(p, ppr) -> bool:
    """A paragraph laid out as an official title: centred, in a 小标宋 font or large."""
    jc = _val(ppr, "w:jc")
    if jc not in ("center", "centre"):
        return False
    for rpr in p.iter(qn("w:rPr")):
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None and any(
            OFFICIAL_TITLE_FONT.search(fonts.get(qn(f"w:{a}")) or "")
            for a in ("eastAsia", "ascii", "hAnsi")
        ):
            return True
        size = _half_points(_val(rpr, "w:sz"))
        if size is not None and size >= 2 * OFFICIAL_TITLE_PT:  # w:sz is in half-points
            return True
    return False


def _bold_centred(block: Block, ppr) -> bool:
    """The first paragraph of a file, centred and in bold throughout: its title as people
    set it by hand, whatever its length (a talk's title of 47 characters with a comma was
    read as body, the text alone taking no title that long), unless it opens as a part
    heading (一、), a subtitle (——) or a bracketed date would."""
    text = block.text.strip()
    return (
        _val(ppr, "w:jc") in ("center", "centre")
        and bool(text)
        and block.bold == text
        and not text.startswith(("—", "-", "（", "("))
        and match_marker(text) is None
    )


def _children(element, *tags: str) -> Iterator:
    """Children with one of ``tags``, looking through content controls and custom XML."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, *tags)
        elif child.tag == CUSTOM_XML:
            yield from _children(child, *tags)


def _cells(tr) -> list:
    return [tc for tc in _children(tr, TC) if not _is_merged_continuation(tc)]


def _is_merged_continuation(tc) -> bool:
    tc_pr = tc.find(qn("w:tcPr"))
    merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
    return merge is not None and merge.get(qn("w:val")) in (None, "continue")


def _is_toc_control(sdt) -> bool:
    pr = sdt.find(qn("w:sdtPr"))
    if pr is None:
        return False
    gallery = pr.find(f"{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and "Contents" in (gallery.get(qn("w:val")) or "")


def read_docx(path: Path, fmt: str = "docx", display_name: str | None = None) -> RawDocument:
    """Read a .docx file (``fmt``/``display_name`` differ when it was converted from .doc)."""
    name = display_name or path.name
    blocks, warnings = _read_package(checked_docx(path, name), name)
    return RawDocument(str(path), fmt, blocks, None, warnings)


def _read_package(package, name: str, depth: int = 0) -> tuple[list[Block], list[str]]:
    """The paragraphs and warnings of a Word package: the checked in-memory zip of a file
    (:func:`.safe_zip.checked_docx`), or the bytes of a .docx an altChunk imports
    (``depth`` chunks deep: checked here against the same limits)."""
    import docx  # python-docx; imported here so the other readers do not pay for it

    if isinstance(package, bytes):
        package = checked_docx(io.BytesIO(package), name)  # (a chunk: zipfile reads the bytes)
    try:
        document = docx.Document(package)
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on bad files
        raise ReadError(
            f"{name}: not a valid Word .docx file (damaged, or another format renamed .docx)"
        ) from exc
    part = document.part
    styles = _Styles(_related_root(part, "styles"))
    numbering = Numbering.from_xml(_related_root(part, "numbering"), styles.num_ids())
    reader = _BodyReader(styles, numbering, part, name, depth)
    blocks = list(reader.blocks(document.element.body))
    if reader.dropped:
        blocks = [b for b in blocks if id(b) not in reader.dropped]
    blocks = bullet_headings(blocks, reader.bullet_kinds)
    warnings = [f"{name}: 样式继承链超过 {MAX_STYLE_CHAIN} 层，已截断"] if styles.cut else []
    warnings += reader.warnings
    return blocks, warnings


# A bullet label is a heading, not a list item, when no sentence ends inside it; a comma
# or semicolon may join its two halves ("丰富文化供给，增强影响力"), as in any heading.
_SENTENCE_PUNCT = frozenset("。！？!?")
# one full sentence: point headings are written that long too (a minutes' instruction set
# as a bullet over its explanation runs to 90-110 characters)
_BULLET_HEADING_MAX = 120


def bullet_headings(blocks: list[Block], kinds: dict[int, str] | None = None) -> list[Block]:
    """Word bullet paragraphs used as sub-headings ("● 岗位职责" then its text): short
    (a clause or two, no sentence ending inside), each followed by ordinary text that is
    not itself a numbered heading. When a document has at least two of one kind of bullet
    (``kinds``: id(block) -> what the bullet looks like), and they are most of the bullets
    of that kind, they become headings (a ``heading_level`` hint) one level below the
    heading above them, whether that is a Word heading style or a numbered line (一、).
    A bulleted list of sentences or of items with nothing under them stays a list, and a
    list of another kind of bullet (– items under a ● question) leaves the headings be."""
    if not any(b.kind == "bullet" for b in blocks):
        return blocks
    kinds = kinds or {}
    picks = []
    shaped: set[int] = set()  # bullets worded as a heading, whatever follows them
    bullets: dict[str, int] = {}
    above = None  # the last short numbered line before the bullet: its parent, or a cousin
    # (family, ordinal) of the numbered paragraphs: a bullet right before the second item
    # of a run with no first item is that first item (its number the bullet), not a heading
    numbered = {
        (m.family, m.ordinal)
        for m in (match_marker(b.text.strip()) for b in blocks if b.kind == "text")
        if m is not None
    }
    for i, b in enumerate(blocks):
        if b.kind != "bullet":
            m = match_marker(b.text.strip()) if b.kind == "text" else None
            if m is not None and len(b.text) <= 40:
                above = m
            continue
        bullets[kinds.get(id(b), "")] = bullets.get(kinds.get(id(b), ""), 0) + 1
        text = b.text.strip()
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = match_marker(nxt.text.strip()) if nxt is not None else None
        if 2 <= len(text) <= _BULLET_HEADING_MAX and not any(
            ch in _SENTENCE_PUNCT for ch in text[:-1]
        ):
            shaped.add(id(b))
        if (
            2 <= len(text) <= _BULLET_HEADING_MAX
            # a question may head its answer ("为什么要…？"): the last mark is the heading's own
            and not any(ch in _SENTENCE_PUNCT for ch in text[:-1])
            and nxt is not None
            and nxt.kind == "text"
            and nxt.heading_level is None
            and not nxt.numbering
            # the next part's heading (二、 after a list under 一、) ends a list, not a heading
            and not (
                after is not None
                and above is not None
                and (after.family, after.ordinal) == (above.family, above.ordinal + 1)
            )
            and not (after is not None and after.ordinal == 2 and (after.family, 1) not in numbered)
        ):
            picks.append(b)
    # a run of bullets with no text between them that fills a part whole (四、… then its
    # points, up to 五、) is the part's points, as a sibling part's 1、2、3、 are
    # and so is a run of bullets, each leading with its point run into its text (• 围绕中心抓
    # 督查。紧扣…), that ends a part where the next begins
    fills = part_bullets(blocks, kinds, shaped) | lead_bullets(blocks, kinds)
    picked = {id(b) for b in picks}
    picks += [b for b in blocks if id(b) in fills and id(b) not in picked]
    chosen: set[int] = set()
    for kind, count in bullets.items():
        of_kind = [id(b) for b in picks if kinds.get(id(b), "") == kind]
        if len(of_kind) >= 2 and 2 * len(of_kind) >= count:
            chosen.update(of_kind)
    if not chosen:
        return blocks
    # a sub-heading with no text of its own, right before a chosen sibling of its kind
    # (1、运营商业务：… 2、企业业务：… then 3、消费者业务：… over the part's text, all
    # bullets): one of the run, not a list item
    for i in range(len(blocks) - 2, -1, -1):
        b, nxt = blocks[i], blocks[i + 1]
        if (
            id(b) not in chosen
            and id(b) in shaped
            and id(nxt) in chosen
            and kinds.get(id(b), "") == kinds.get(id(nxt), "")
        ):
            chosen.add(id(b))
    parent: int | None = None  # heading_level that ranks just below the heading above
    placed: int | None = None  # the level the last bullet heading was given
    last: dict[str, tuple[int, bool]] = {}  # family -> (last ordinal, seen before a bullet)
    for b in blocks:
        if id(b) in chosen:
            b.heading_level = placed = parent or 2  # sub-headings by nature
            last = {f: (n, True) for f, (n, _) in last.items()}
            continue
        if b.heading_level is not None:
            parent, placed = b.heading_level + 1, None
            continue
        m = match_marker(b.numbering.strip() + "x" if b.numbering else b.text)
        rank = RANK.get(m.family) if m is not None else None
        if m is None or rank is None:
            continue
        prev = last.get(m.family)
        last[m.family] = (m.ordinal, False)
        # Word heading levels rank as level - 0.5 among the text's marker families (see
        # candidates.family_rank): rank + 1 puts the bullets just below this family; numbered
        # points under a bullet heading (1、 2、) are its children and leave its level,
        # and so does a list numbered afresh under one (一、…；二、…；三、…。 under a
        # bullet of a report whose parts are （一）（二）): once bullets stand under a
        # heading, only the next number of a run begun before them is the next part
        next_part = prev is not None and prev[1] and m.ordinal == prev[0] + 1
        if _numbered_line(b.text) and (placed is None or int(rank) + 1 <= placed and next_part):
            parent, placed = int(rank) + 1, None
    return blocks


def _numbered_line(text: str) -> bool:
    """Whether a numbered paragraph is a heading line the bullets below it rank under:
    short (40 characters at most), or one clause or sentence standing alone as long as a
    bullet heading may be (二、未来智能社会，…问题，要敢于探索新的理论和技术。 over
    bullets, 43 characters: read as a point run into its paragraph, it left the bullets
    below it ranked under the numbered questions of the part before)."""
    text = text.strip()
    if len(text) <= 40:
        return True
    return len(text) <= _BULLET_HEADING_MAX and not any(ch in _SENTENCE_PUNCT for ch in text[:-1])


def _related_root(part, kind: str):
    """The XML root of the styles/numbering part, or ``None`` when the file has none.

    python-docx's ``numbering_part``/``styles`` would create a default part instead.
    """
    suffix = f"/relationships/{kind}"
    for rel in part.rels.values():
        if rel.reltype.endswith(suffix) and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None
