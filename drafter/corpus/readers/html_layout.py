"""What a saved page shows only by its look: bold words, centred and large paragraphs.

County and city sites mark a speech's outline the way a Word file does: the lead sentence
of a point in bold at the start of its paragraph (``<strong>``, ``<b>``, or a ``<span
style="font-weight:bold">`` left by the Word file pasted into the site's editor), a part
title as a bold paragraph of its own, often centred, and the title as a centred, large
paragraph at the top of the article. The extractor keeps ``<b>``/``<strong>`` (as ``<hi
rend="#b">``) when asked but drops every style attribute, so before extraction:

* :func:`bold_by_style` rewrites bold set by CSS (a ``style``, or a class rule of the
  page's ``<style>``, :func:`class_styles`) into ``<b>`` (an inline element
  becomes one; a paragraph's own text is wrapped in one), so every kind of bold reaches
  the extracted text alike;
* :func:`centred_lines` records the lines the page centres, and which of those it sets
  large or in the official title font, by their text (without spaces), to be matched
  with the extracted paragraphs.

Both walk the tree once, iteratively (a page may nest thousands of elements), carrying what
CSS inherits (the alignment, the weight, the size) down from parent to child.

The CSS readers they share (:func:`element_style`, :func:`last_declaration`,
:func:`text_align`, :func:`font_points`, :func:`own_lines`) are public: :mod:`.html_indent`
walks the same declarations for a paragraph's indent, and one reading of CSS keeps the two
walks agreeing on what a page sets.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from lxml import etree

from drafter.corpus.readers.official_title import OFFICIAL_TITLE_FONT, OFFICIAL_TITLE_PT

# elements that lay out a paragraph of their own (their text is a line or more); the rest
# are inline and flow inside the paragraph around them
BLOCK_TAGS = frozenset({
    "p", "div", "td", "th", "li", "dd", "dt", "center", "blockquote", "section", "article",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol",
    "dl", "form", "body", "pre", "address", "header", "footer", "main",
})  # fmt: skip
_WEIGHT = re.compile(r"font-weight\s*:\s*([a-z]+|\d{3})", re.IGNORECASE)
_ALIGN = re.compile(r"text-align\s*:\s*([a-z-]+)", re.IGNORECASE)
_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px|em|rem|%)?|font-size\s*:\s*([a-z-]+)", re.I)
_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.IGNORECASE)
# CSS pixels per point, and the size of the text around (16 px: a browser's default)
_PX_PER_PT = 4 / 3
BASE_PT = 12.0
_LARGE_WORDS = {"x-large": 18.0, "xx-large": 24.0, "xxx-large": 36.0}
# <font size="1".."7"> in points, as browsers show it
_FONT_SIZES = {1: 7.5, 2: 10.0, 3: 12.0, 4: 13.5, 5: 18.0, 6: 24.0, 7: 36.0}
_SPACE = re.compile(r"[\s\u00a0\u3000]+")


def squeeze(text: str) -> str:
    """Text as the page's lines and the extracted paragraphs are matched: no spaces."""
    return _SPACE.sub("", text)


# a rule of the page's <style> naming one class (.STYLE1, p.bt): sites made with old page
# editors set their bold and centred lines so (<span class="STYLE1">)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^[a-z0-9]*\.([\w-]+)$", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
MAX_CSS_CHARS = 200_000  # of a page's <style> text looked at


def class_styles(root) -> dict[str, str]:
    """The declarations the page's ``<style>`` rules give each class, by class name (only
    rules whose selector is one class, with or without a tag: what page editors write)."""
    out: dict[str, str] = {}
    seen = 0
    for node in root.iter("style"):
        css = _CSS_COMMENT.sub("", node.text or "")[: MAX_CSS_CHARS - seen]
        seen += len(css)
        for selectors, body in _RULE.findall(css):
            for selector in selectors.split(","):
                m = _CLASS_SELECTOR.match(selector.strip())
                if m is not None:
                    out[m.group(1)] = out.get(m.group(1), "") + ";" + body
        if seen >= MAX_CSS_CHARS:
            break
    return out


def element_style(element, sheet: dict[str, str]) -> str:
    """The declarations that apply to the element: its classes' rules, then its own
    ``style`` (which wins, coming last)."""
    classes = element.get("class")
    ruled = ";".join(sheet.get(c, "") for c in classes.split()) if classes and sheet else ""
    return ruled + ";" + (element.get("style") or "")


def last_declaration(pattern: re.Pattern, style: str):
    """The last declaration ``pattern`` matches (a later one overrides an earlier)."""
    m = None
    for m in pattern.finditer(style):  # noqa: B007 - the last one is wanted
        pass
    return m


def _weight(style: str) -> bool | None:
    """Whether the declarations set the element in bold (None: they do not say)."""
    m = last_declaration(_WEIGHT, style)
    if m is None:
        return None
    value = m.group(1).lower()
    if value.isdigit():
        return int(value) >= 600
    return value in ("bold", "bolder")


def text_align(element, style: str) -> str | None:
    """The alignment the element sets for its text (None: it does not say). A table's
    ``align`` places the table itself, not its text."""
    if element.tag == "center":
        return "center"
    m = last_declaration(_ALIGN, style)
    if m is not None:
        return m.group(1).lower()
    align = element.get("align")
    if align and element.tag != "table":
        return align.strip().lower()
    return None


def font_points(element, style: str, inherited: float) -> float:
    """The element's font size in points (its own style or ``<font size>``, else what it
    inherits)."""
    m = last_declaration(_SIZE, style)
    if m is not None:
        if m.group(3):
            return _LARGE_WORDS.get(m.group(3).lower(), inherited)
        try:
            value = float(m.group(1))
        except ValueError:
            return inherited
        unit = (m.group(2) or "px").lower()
        if unit == "pt":
            return value
        if unit == "px":
            return value / _PX_PER_PT
        if unit == "%":
            return inherited * value / 100
        return inherited * value  # em, rem
    if element.tag == "font" and element.get("size"):
        size = element.get("size").strip()
        try:
            n = int(size)
        except ValueError:
            return inherited
        if size[0] in "+-":
            n = 3 + n
        return _FONT_SIZES.get(min(7, max(1, n)), inherited)
    return inherited


def _title_font(element, style: str, inherited: bool) -> bool:
    """Whether the element is set in the official title font (its own or inherited)."""
    family = (element.get("face") or "") + " " + " ".join(_FAMILY.findall(style))
    return inherited or bool(OFFICIAL_TITLE_FONT.search(family))


def _walk(root, sheet: dict[str, str]) -> Iterator[tuple[object, bool, str | None, float, bool]]:
    """Every element of ``root`` with what it inherits, parents before children: (element,
    shown in bold, text alignment, font size in points, in the official title font);
    ``sheet``: the page's class rules (:func:`class_styles`)."""
    stack = [(root, False, None, BASE_PT, False)]
    while stack:
        element, bold, align, points, font = stack.pop()
        style = element_style(element, sheet)
        own = _weight(style)
        bold = bold if own is None else own
        align = text_align(element, style) or align
        points = font_points(element, style, points)
        font = _title_font(element, style, font)
        yield element, bold, align, points, font
        for child in reversed(element):
            if isinstance(child.tag, str):
                stack.append((child, bold, align, points, font))


def _large(points: float, font: bool) -> bool:
    """Set as an official title is: 18 pt and up, or in a 小标宋 font."""
    return points >= OFFICIAL_TITLE_PT or font


def bold_by_style(root, sheet: dict[str, str]) -> None:
    """Rewrite bold that CSS sets (``font-weight:bold``, ``700``, in a ``style`` or a class
    rule of ``sheet``) into ``<b>``, in place: an inline element so styled becomes a
    ``<b>``; a paragraph so styled (or inside one) has its own text and inline children
    wrapped in one."""
    blocks = []
    for element, bold, _, _, _ in _walk(root, sheet):
        if not bold:
            continue
        if element.tag in BLOCK_TAGS:
            blocks.append(element)
        elif _weight(element_style(element, sheet)):
            element.tag = "b"
    for element in blocks:
        _wrap_inline(element)


def _wrap_inline(element) -> None:
    """Wrap each stretch of ``element``'s own text and inline children in a ``<b>``
    (its block children stand between the stretches, and are wrapped on their own)."""
    items: list = []  # text pieces and child elements, in order
    if element.text:
        items.append(element.text)
    for child in element:
        items.append(child)
        if child.tail:
            items.append(child.tail)
        child.tail = None
    element.text = None
    for child in list(element):
        element.remove(child)
    run = None
    for item in items:
        if isinstance(item, str) or not (isinstance(item.tag, str) and item.tag in BLOCK_TAGS):
            if run is None:
                run = etree.SubElement(element, "b")
            if isinstance(item, str):
                if len(run):
                    run[-1].tail = (run[-1].tail or "") + item
                else:
                    run.text = (run.text or "") + item
            else:
                run.append(item)
        else:
            element.append(item)
            run = None


def centred_lines(root, sheet: dict[str, str]) -> dict[str, bool]:
    """The lines of text the page centres (without spaces) -> whether the page sets that
    line large (18 pt and up) or in the official title font, as a title is set."""
    out: dict[str, bool] = {}
    for element, _, align, points, font in _walk(root, sheet):
        if align != "center" or element.tag not in BLOCK_TAGS:
            continue
        for line, large in own_lines(element, points, font, sheet):
            key = squeeze(line)
            if key:
                out[key] = out.get(key, False) or large
    return out


def own_lines(element, points: float, font: bool, sheet: dict[str, str]) -> list[tuple[str, bool]]:
    """The lines of a paragraph's own text (its text and inline children, split at
    ``<br>`` and at block children), each with whether any of its text is shown large."""
    lines: list[list] = [["", False]]

    def add(text: str, large: bool) -> None:
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append(["", False])
            lines[-1][0] += part
            lines[-1][1] = lines[-1][1] or (large and bool(part.strip()))

    add(element.text or "", _large(points, font))
    for child in element:
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            lines.append(["", False])
        elif isinstance(child.tag, str):
            sizes: list[tuple[float, bool]] = [(points, font)]
            for event, node in etree.iterwalk(child, events=("start", "end")):
                if event == "start":
                    style = element_style(node, sheet) if isinstance(node.tag, str) else ""
                    size = (
                        font_points(node, style, sizes[-1][0]),
                        _title_font(node, style, sizes[-1][1]),
                    )
                    sizes.append(size)
                    add("\n" if node.tag == "br" else node.text or "", _large(*size))
                else:
                    sizes.pop()
                    if node is not child:
                        add(node.tail or "", _large(*sizes[-1]))
        add(child.tail or "", _large(points, font))
    return [(text, large) for text, large in lines if text.strip()]


# elements whose text is never the page's words: scripts, styles, what a browser shows
# only without scripts
_NOT_TEXT = ("script", "style", "noscript", "template")
_LAYOUT_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")  # a page's layout, never its words


def page_lines(tree) -> list[str]:
    """Every line of text on the page, a line per block element and per <br>: what is read
    when the extractor finds no article. Why not trafilatura's html2txt: it joins the whole
    page into one line with str.split, which takes U+3000 for a space, so the page's lines
    ran together and a title typed 传承红色基因　走好新时代赶考路 (the 公文 way) lost its
    full-width space. Here runs of ASCII spaces and &nbsp; are layout (one space) and a
    full-width space inside a line is kept, as in the article's own lines."""
    body = tree.find(".//body")
    root = copy.deepcopy(body if body is not None else tree)
    for node in list(root.iter(*_NOT_TEXT)):
        node.drop_tree()
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "br" or node.tag in BLOCK_TAGS:
            node.tail = "\n" + (node.tail or "")
        if node.tag in BLOCK_TAGS:
            node.text = "\n" + (node.text or "")
    lines = (_LAYOUT_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return [line for line in lines if line]
