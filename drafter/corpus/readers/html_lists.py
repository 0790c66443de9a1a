"""The numbers a browser shows before the items of an ordered list, written into their text.

A page's 一、 二、 三、 may exist only in its CSS: Google Docs' "Download → Web page" sets a
speech's points as ``<ol class="lst-kix_…-0 start">`` items whose numbers come from a rule
``.lst-kix_…-0>li:before{content:"" counter(lst-ctn-kix_…-0,cjk-ideographic) "、"}``, a web
editor's list carries ``list-style-type:cjk-ideographic`` (shown 一、 二、), and a plain ``<ol>``
is drawn 1. 2. by ``list-style-type:decimal``. The extractor reads only the items' words, so the points
came out unnumbered and the outline missed them. Here each item of an ``<ol>`` gets the
marker the browser draws, before extraction:

* a ``li:before``/``li::before`` rule whose selector names the list (``.cls > li:before``,
  ``ol.cls li::before``, ``ol > li:before``) gives its ``content``: strings and
  ``counter(name, style)``/``counters(…)`` values, the counters kept across lists as CSS
  keeps them (a ``counter-reset`` rule on the list starts one over; Google continues a list
  split by paragraphs in a second ``<ol>`` without one);
* else the ``list-style-type`` the page declares for the list (its ``style``, its class
  rules, its ``type`` attribute), from its ``start`` (or, ``reversed``, its count down) and
  items' ``value``; ``none`` and bullets draw no number, and a plain ``<ol>`` that declares
  nothing gets the browser's default 1. 2. 3. Whether those numbers head the text's points
  or count a list inside a paragraph's run is the outline's question, as for numbers typed
  (a sidebar's ranking is the page's chrome, left out with it).

An item whose text already opens with the number it is drawn with gets none added.
"""

from __future__ import annotations

import re

from drafter.corpus.readers.word_numbering import format_number

# CSS counter styles -> the Word number formats that render them (word_numbering)
_STYLES = {
    "decimal": ("decimal", "."),
    "decimal-leading-zero": ("decimalZero", "."),
    "cjk-ideographic": ("chineseCounting", "、"),
    "simp-chinese-informal": ("chineseCounting", "、"),
    "trad-chinese-informal": ("chineseCounting", "、"),
    "cjk-decimal": ("ideographDigital", "、"),
    "simp-chinese-formal": ("chineseLegalSimplified", "、"),
    "lower-roman": ("lowerRoman", "."),
    "upper-roman": ("upperRoman", "."),
    "lower-alpha": ("lowerLetter", "."),
    "lower-latin": ("lowerLetter", "."),
    "upper-alpha": ("upperLetter", "."),
    "upper-latin": ("upperLetter", "."),
    "cjk-heavenly-stem": ("ideographTraditional", "、"),
    "cjk-earthly-branch": ("ideographZodiac", "、"),
}
_TYPE_ATTR = {
    "1": "decimal",
    "a": "lower-alpha",
    "A": "upper-alpha",
    "i": "lower-roman",
    "I": "upper-roman",
}
_MAX_CSS = 200_000  # characters of a page's <style> text looked at
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
# a compound selector: an optional tag and classes (ol.lst-kix_x-0.start, .c3, ol)
_COMPOUND = re.compile(r"^([a-z0-9]*)((?:\.[\w-]+)*)$", re.IGNORECASE)
_BEFORE = re.compile(r"^(.*?)\s*(?:>\s*)?li\s*::?before$", re.IGNORECASE)
_CONTENT = re.compile(r"(?:^|;)\s*content\s*:\s*([^;]+)", re.IGNORECASE)
_RESET = re.compile(r"counter-reset\s*:\s*([^;]+)", re.IGNORECASE)
_LIST_TYPE = re.compile(r"list-style(?:-type)?\s*:\s*([^;]*)", re.IGNORECASE)
_TOKEN = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'|counters?\(([^)]*)\)")
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")


def _unescape(text: str) -> str:
    """A CSS string's escapes (``\\2014 `` or ``\\"``) as the characters the browser draws."""
    return _ESCAPE.sub(
        lambda m: (
            chr(int(m.group(1), 16))
            if m.group(1) and int(m.group(1), 16) < 0x110000
            else (m.group(2) or "")
        ),
        text,
    )


def _compound(selector: str) -> tuple[str, frozenset[str]] | None:
    """(tag or "", classes) of a simple compound selector, or None for anything else."""
    m = _COMPOUND.match(selector.strip())
    if m is None or not (m.group(1) or m.group(2)):
        return None
    return m.group(1).lower(), frozenset(c for c in m.group(2).split(".") if c)


def _matches(compound: tuple[str, frozenset[str]], element, classes: set[str]) -> bool:
    """Whether ``element`` (its ``classes``) is what a rule's ``tag.class`` part selects."""
    tag, need = compound
    return (not tag or tag == element.tag) and need <= classes


class _Sheet:
    """The rules of the page's <style> that number lists: ``li:before`` contents, counter
    resets, list style types, each by the compound selector of the list they apply to."""

    def __init__(self, root) -> None:
        self.before: list[tuple[tuple[str, frozenset[str]], str]] = []
        self.resets: list[tuple[tuple[str, frozenset[str]], str]] = []
        self.types: list[tuple[tuple[str, frozenset[str]], str]] = []
        seen = 0
        for node in root.iter("style"):
            css = _COMMENT.sub("", node.text or "")[: _MAX_CSS - seen]
            seen += len(css)
            if "li" not in css and "list-style" not in css:
                continue
            for selectors, body in _RULE.findall(css):
                for selector in selectors.split(","):
                    self._add(selector.strip(), body)
            if seen >= _MAX_CSS:
                break

    def _add(self, selector: str, body: str) -> None:
        """Keep one selector's rule when it numbers lists (an ``li:before`` content, a counter
        reset or a list-style type); any other rule is passed over."""
        before = _BEFORE.match(selector)
        if before is not None:
            content = _CONTENT.search(body)
            compound = _compound(before.group(1))
            if content is not None and compound is not None:
                self.before.append((compound, content.group(1)))
            return
        compound = _compound(selector)
        if compound is None:
            return
        if (reset := _RESET.search(body)) is not None:
            self.resets.append((compound, reset.group(1)))
        if (kind := _LIST_TYPE.search(body)) is not None:
            self.types.append((compound, kind.group(1)))


def _list_type(declared: str) -> str | None:
    """The counter style a ``list-style(-type)`` value names ('' for none or a bullet;
    None when it names no style, as ``list-style: inside``)."""
    for word in declared.lower().split():
        if word in _STYLES:
            return word
        if word in ("none", "disc", "circle", "square", "disclosure-open", "disclosure-closed"):
            return ""
    return None


def _render(n: int, style: str) -> str:
    """``n`` drawn as a ``list-style-type`` draws it (decimal for a type not known)."""
    fmt, _ = _STYLES.get(style.strip().lower(), ("decimal", "."))
    return format_number(n, fmt)


def number_lists(root) -> None:
    """Write the number the browser draws before each item of every ``<ol>`` of ``root``
    into the item's text, in place (see the module docstring)."""
    lists = list(root.iter("ol"))
    if not lists:
        return
    sheet = _Sheet(root)
    counters: dict[str, int] = {}
    for ol in lists:
        classes = set((ol.get("class") or "").split())
        items = [li for li in ol if li.tag == "li"]
        content = None
        for compound, value in sheet.before:
            if _matches(compound, ol, classes):
                content = value
        if content is not None and "counter" in content:
            for compound, value in sheet.resets:
                if _matches(compound, ol, classes):
                    words = value.split()
                    for k, name in enumerate(words):
                        if not re.fullmatch(r"-?\d+", name):
                            nxt = words[k + 1] if k + 1 < len(words) else ""
                            counters[name] = int(nxt) if re.fullmatch(r"-?\d+", nxt) else 0
            for li in items:
                _prefix(li, _content_text(content, counters))
            continue
        style = None
        for compound, value in sheet.types:
            if _matches(compound, ol, classes) and (found := _list_type(value)) is not None:
                style = found
        own = _LIST_TYPE.search(ol.get("style") or "")
        if own is not None and (found := _list_type(own.group(1))) is not None:
            style = found
        if style is None:
            # the type attribute, else the browser's own default: a plain <ol> is drawn
            # 1. 2. 3.; the user sees those numbers, so the outline reads them as it reads
            # typed ones (points over paragraphs become parts, a list inside a paragraph's
            # run stays a list)
            style = _TYPE_ATTR.get((ol.get("type") or "").strip(), "decimal")
        if not style:
            continue  # none or a bullet: no number drawn
        _number_items(ol, items, style)


def _number_items(ol, items: list, style: str) -> None:
    """Write ``style``'s numbers before ``items`` as the browser counts them: from ``start``
    (for a ``reversed`` list, from the number of items down), an item's ``value`` setting its
    own number and the count going on from it."""
    reversed_ = ol.get("reversed") is not None
    step = -1 if reversed_ else 1
    n = _int(ol.get("start"), len(items) if reversed_ else 1) - step
    suffix = _STYLES[style][1]
    for li in items:
        n = _int(li.get("value"), n + step)
        _prefix(li, _render(n, style) + suffix)


def _content_text(content: str, counters: dict[str, int]) -> str:
    """The text a ``content`` value draws for the next item, its counters stepped on."""
    out: list[str] = []
    stepped: set[str] = set()
    for m in _TOKEN.finditer(content):
        if m.group(3) is None:
            out.append(_unescape(m.group(1) if m.group(1) is not None else m.group(2)))
            continue
        args = [a.strip().strip("\"'") for a in m.group(3).split(",")]
        name = args[0]
        if name not in stepped:
            counters[name] = counters.get(name, 0) + 1
            stepped.add(name)
        style = args[-1] if len(args) > (2 if m.group(0).startswith("counters") else 1) else ""
        out.append(_render(counters[name], style or "decimal"))
    return "".join(out)


def _int(value: str | None, default: int) -> int:
    """An attribute's whole number (``start``, ``value``), ``default`` when absent or not one:
    a page's markup is not trusted to be well formed."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _prefix(li, marker: str) -> None:
    """Put ``marker`` before the item's words, unless they open with it already."""
    marker = marker.strip()
    if not marker:
        return
    words = "".join(li.itertext()).lstrip()
    if not words or words.startswith(marker):
        return
    holder = _first_words(li)
    if holder is None:
        return  # (the item's words are all in a list inside it, which numbers its own)
    holder.text = marker + (holder.text or "").lstrip()


def _first_words(li):
    """The element whose ``text`` holds the item's first words: the item itself, or the
    ``<p>``/``<span>`` inside it that does (``<li><p>一、…</p></li>``, where a number put
    before the <p> would be a line of its own); None when they stand in a nested list."""
    if li.text and li.text.strip():
        return li
    for child in li:
        if child.tag in ("ol", "ul"):
            return None
        if "".join(child.itertext()).strip():
            return _first_words(child) if not (child.text and child.text.strip()) else child
        if child.tail and child.tail.strip():
            return li  # (words after an empty element, as <br/>: put the number first)
    return li
