"""A page whose article is bare text: lines typed straight into ``<main>``, ``<article>`` or
a ``<div id="content">``, apart by ``<br>`` (or only by their line ends), no ``<p>`` around.

The extractor scores paragraphs: text that stands in no ``<p>`` is not a paragraph to it.
Such a page read as the breadcrumb and the share bar (the article inside ``<main>`` left
out, "no text found"), or as one paragraph of the whole page, menu and all, its ``<br>``
lines run together. Before extraction each stretch of a container's own text (its text
and inline children between its block children) that holds words enough to be a
paragraph is wrapped in a ``<p>``, its ``<br>`` kept inside: the page then reads as the
one-``<div>``-of-``<br>``-lines pages the extractor already reads. A stretch with no
``<br>`` whose words stand on lines of their own in the page's source (text pasted into
the page's template, a paragraph a line) gets a ``<br>`` at each line end: the lines are
what the page had for paragraphs.
"""

from __future__ import annotations

import re

from lxml import etree

from drafter.corpus.readers.html_layout import BLOCK_TAGS

# elements whose loose text is a paragraph's to wrap: sections and boxes of the page (a
# <p>, a heading, a list item, a table cell already is the extractor's unit)
_CONTAINERS = frozenset(
    {"main", "article", "section", "div", "body", "center", "form", "font", "td"}
)

# characters of an element's own text (outside its children) from which a stretch is a
# paragraph, not the words around a breadcrumb's or a share bar's links
MIN_LOOSE_CHARS = 40

_LINE_END = re.compile(r"[ \t\r\f\u00a0]*\n[ \t\r\n\f\u00a0]*")


def wrap_bare_text(root) -> int:
    """Wrap each stretch of bare text of ``root``'s containers in a ``<p>``, in place;
    returns how many stretches were wrapped."""
    wrapped = 0
    for element in list(root.iter(*_CONTAINERS)):
        wrapped += _wrap_stretches(element)
    return wrapped


def _is_block(item) -> bool:
    return not isinstance(item, str) and (not isinstance(item.tag, str) or item.tag in BLOCK_TAGS)


def _wrap_stretches(element) -> int:
    """Wrap the stretches of ``element``'s own text that are long enough; the rest as it
    was."""
    items: list = [element.text] if element.text else []
    for child in element:
        items.append(child)
        if child.tail:
            items.append(child.tail)
    stretches: list[list] = [[]]
    for item in items:
        if _is_block(item):
            stretches.append([item])
            stretches.append([])
        else:
            stretches[-1].append(item)
    if not any(_is_paragraph(s) for s in stretches) or _one_paragraph(stretches):
        return 0
    element.text = None
    for child in list(element):
        child.tail = None
        element.remove(child)
    wrapped = 0
    for stretch in stretches:
        if _is_paragraph(stretch):
            p = etree.SubElement(element, "p")
            _fill(p, _broken_at_line_ends(stretch))
            wrapped += 1
        else:
            _fill(element, stretch, append=True)
    return wrapped


def _one_paragraph(stretches: list[list]) -> bool:
    """Whether the element's whole content is one line of text (no block child, no ``<br>``,
    one line in the source): the element is itself a paragraph, as each ``<div>`` of a page
    written a paragraph a ``<div>`` is (an Evernote clip, an online editor's export).
    Wrapped, the long ones became ``<p>`` and their short siblings (the title, the
    speaker's line, the date, 谢谢大家！) no paragraphs to the extractor, which dropped them."""
    if len(stretches) != 1:
        return False
    (stretch,) = stretches
    if any(not isinstance(i, str) and i.tag == "br" for i in stretch):
        return False
    text = "".join(i for i in stretch if isinstance(i, str))
    return sum(1 for line in text.split("\n") if line.strip()) < 2


def _loose_chars(stretch: list) -> int:
    return sum(len(re.sub(r"\s+", "", item)) for item in stretch if isinstance(item, str))


def _is_paragraph(stretch: list) -> bool:
    return bool(stretch) and not _is_block(stretch[0]) and _loose_chars(stretch) >= MIN_LOOSE_CHARS


def _fill(parent, items: list, append: bool = False) -> None:
    """Put ``items`` (text and elements, in order) at the end of ``parent``."""
    for item in items:
        if isinstance(item, str):
            last = parent[-1] if len(parent) else None
            if last is None:
                parent.text = (parent.text or "") + item
            else:
                last.tail = (last.tail or "") + item
        else:
            parent.append(item)


def _broken_at_line_ends(stretch: list) -> list:
    """The stretch with a ``<br>`` at each line end of its text, when it has no ``<br>`` and
    its words stand on two lines or more of the page's source."""
    if any(not isinstance(i, str) and i.tag == "br" for i in stretch):
        return stretch
    text = "".join(i for i in stretch if isinstance(i, str))
    if sum(1 for line in text.split("\n") if line.strip()) < 2:
        return stretch
    out: list = []
    for item in stretch:
        if not isinstance(item, str):
            out.append(item)
            continue
        parts = _LINE_END.split(item)
        for j, part in enumerate(parts):
            if j:
                out.append(etree.Element("br"))
            if part:
                out.append(part)
    # no break before the first words or after the last, none doubled
    while out and _is_br(out[0]):
        out.pop(0)
    while out and _is_br(out[-1]):
        out.pop()
    return [item for k, item in enumerate(out) if not (_is_br(item) and k and _is_br(out[k - 1]))]


def _is_br(item) -> bool:
    return not isinstance(item, str) and item.tag == "br"
