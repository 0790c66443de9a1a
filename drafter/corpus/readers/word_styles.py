"""Word's paragraph and character styles, resolved along basedOn, and the run and
paragraph properties they are read from.

A .docx paragraph rarely says itself what it is: its heading level, title, quote, numbering,
bold, font and indent mostly come from its style, the style that style is based on, and so
on up to the document's defaults. :class:`Styles` reads styles.xml once and answers those
questions for the body reader (:mod:`.word`); the small property readers below are shared
with it, since a paragraph's own properties override its style's the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.corpus.bounds import MAX_STYLE_CHAIN
from drafter.corpus.readers.para_indent import CENTRED, indent_chars
from drafter.corpus.readers.word_numbering import qn

_IND, _RPR = qn("w:ind"), qn("w:rPr")
# Word's font size where no run, style or default sets one (10.5 pt, 五号), in half-points
_DEFAULT_HALF_POINTS = 21

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


@dataclass
class Style:
    """What one style sets itself (None or "" where it leaves it to the style it is based
    on): the chain is followed by :class:`Styles`, so a style is read once, not per paragraph."""

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


class Styles:
    """Paragraph styles with heading level, title and numbering resolved along basedOn."""

    def __init__(self, root) -> None:
        self.styles: dict[str, Style] = {}
        self.default: str | None = None
        self.cut = False  # a basedOn chain was longer than MAX_STYLE_CHAIN
        self.chars: dict[str, Style] = {}  # character styles (w:rStyle), for their bold
        self.bold_default = False  # docDefaults: every run bold unless a style says not
        self.font_default = ""  # docDefaults: the East Asian font of runs no style sets
        self.size_default: int | None = None
        self.ind_default: dict[str, str] | None = None
        if root is None:
            return
        defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.bold_default = bool(bold_of(defaults))
        self.font_default = font_of(defaults)
        self.size_default = half_points(child_val(defaults, "w:sz"))  # half-points (None: not set)
        self.ind_default = ind_of(
            root.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
        )
        for st in root.iterfind(qn("w:style")):
            kind = st.get(qn("w:type"))
            if kind not in (None, "paragraph", "numbering", "character"):
                continue
            sid = st.get(qn("w:styleId")) or ""
            ppr = st.find(qn("w:pPr"))
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            style = Style(
                name=(child_val(st, "w:name") or "").strip(),
                based_on=child_val(st, "w:basedOn"),
                outline_level=int_or_none(child_val(ppr, "w:outlineLvl")),
                num_id=child_val(num_pr, "w:numId"),
                ilvl=int_or_none(child_val(num_pr, "w:ilvl")),
                bold=bold_of(st.find(qn("w:rPr"))),
                font=font_of(st.find(qn("w:rPr"))),
                ind=ind_of(ppr),
                jc=child_val(ppr, "w:jc"),
                size=half_points(child_val(st.find(qn("w:rPr")), "w:sz")),
            )
            if kind == "character":
                self.chars[sid] = style
                continue
            self.styles[sid] = style
            if st.get(qn("w:default")) in ("1", "true") and kind == "paragraph":
                self.default = sid

    def chain(self, sid: str | None) -> Iterator[tuple[str, Style]]:
        """A style and the styles it is based on, nearest first, each once: a file may
        chain styles in a circle or thousands deep, so the walk stops at a repeat and is cut
        (``self.cut``, reported as a warning) after MAX_STYLE_CHAIN."""
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

    def bold(self, sid: str | None, table: dict[str, Style] | None = None) -> bool | None:
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
        own = bold_of(rpr)
        if own is not None:
            return own
        char = self.bold(child_val(rpr, "w:rStyle"), self.chars) if rpr is not None else None
        return para_bold if char is None else char

    def run_font(self, rpr, style_id: str | None) -> str:
        """The East Asian font a run is shown in: its own w:rFonts, else its character
        style's, else its paragraph style's (following basedOn), else the document's
        default; "" when none names one (a theme font)."""
        own = font_of(rpr)
        if own:
            return own
        char = child_val(rpr, "w:rStyle") if rpr is not None else None
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
        jc = child_val(ppr, "w:jc") or next((s.jc for s in chain if s.jc), None)
        if jc in ("center", "centre"):
            return CENTRED
        ind: dict[str, str] = {}
        for layer in (self.ind_default, *(s.ind for s in reversed(chain)), ind_of(ppr)):
            if layer:
                if any(k.startswith(("firstLine", "hanging")) for k in layer):
                    # (a first line and a hanging indent exclude each other: the nearer wins)
                    ind = {k: v for k, v in ind.items() if not k.startswith(("first", "hang"))}
                ind.update(layer)
        if not ind:
            return 0
        size = next(
            (half_points(child_val(r, "w:sz")) for r in p.iter(_RPR) if child_val(r, "w:sz")), None
        )
        size = size or next((s.size for s in chain if s.size), None) or self.size_default
        font = (size or _DEFAULT_HALF_POINTS) / 2

        def pt(name: str) -> float:
            chars = int_or_none(ind.get(name + "Chars"))
            if chars:  # (hundredths of a character: Word's "2 字符")
                return chars / 100 * font
            return (measure(ind.get(name), 20, font) or 0) / 20  # (twips, or with a unit)

        left = pt("start") if ("start" in ind or "startChars" in ind) else pt("left")
        return indent_chars(left + pt("firstLine") - pt("hanging"), font)

    def is_toc(self, sid: str | None) -> bool:
        """Whether a paragraph style is a contents list's (TOC 1, Contents 2, 目录 1): its
        entries repeat the headings and are not part of the text."""
        style = self.styles.get(sid or "")
        return bool(style and _TOC_NAME.match(style.name))

    def num_ids(self) -> dict[str, str]:
        """Style id -> the numId a style carries: a list bound to a numbering style
        (w:numStyleLink) takes its levels from that style's list (:class:`.word_numbering.Numbering`)."""
        return {sid: s.num_id for sid, s in self.styles.items() if s.num_id}


def child_val(element, tag: str) -> str | None:
    """The w:val of ``element``'s child ``tag`` ("w:jc", "w:sz"…), None where either is
    missing: most of Word's properties are such one-value children."""
    if element is None:
        return None
    child = element.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def ind_of(ppr) -> dict[str, str] | None:
    """w:ind's attributes (local names) of a paragraph's or style's properties, or None."""
    ind = ppr.find(_IND) if ppr is not None else None
    if ind is None:
        return None
    return {k.rsplit("}", 1)[-1]: v for k, v in ind.attrib.items()}


def int_or_none(text: str | None) -> int | None:
    """An attribute's whole number, or None where it is absent or not a number: a damaged
    or hand-made file's odd value is ignored as Word ignores it, never an error."""
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


def measure(text: str | None, per_point: int, em: float | None = None) -> float | None:
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


def half_points(text: str | None) -> int | None:
    """w:sz in half-points (:func:`measure`): ``32`` and ``16pt`` are both 16 points."""
    size = measure(text, 2)
    return round(size) if size is not None and size > 0 else None


def bold_of(rpr) -> bool | None:
    """w:b of a run's (or style's) properties: True/False where it is set, else None."""
    b = rpr.find(qn("w:b")) if rpr is not None else None
    if b is None:
        return None
    return b.get(qn("w:val")) not in ("0", "false", "off")


def font_of(rpr) -> str:
    """w:rFonts/@w:eastAsia of a run's (or style's) properties, "" where not set."""
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return (fonts.get(qn("w:eastAsia")) or "") if fonts is not None else ""
