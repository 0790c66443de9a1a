"""trafilatura's XML of a page's main content, read into Drafter's blocks.

The extractor's output keeps paragraphs, headings, lists, tables and quotes apart; each
becomes a :class:`~drafter.corpus.model.Block` with the words it opens with in bold (a
run-in heading), lines split where the page broke them, and text spaced out one character
at a time given back its full-width spaces.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from drafter.corpus.emphasis import bold_start
from drafter.corpus.model import Block

MAX_ELEMENTS = 300_000  # elements of the page's tree trafilatura may look at


# runs of ASCII spaces and &nbsp; are layout; a full-width space inside a line is typed
# content ("结　　论", "比　　较": a two-character heading spaced out) and is kept
_SPACES = re.compile(r"[ \t\u00a0]+")


# characters spaced out one by one ("比 较", "结 束 语"): the extractor turned the page's
# full-width spaces into one ASCII space; they are given back as a page shows them
_SPACED_OUT = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff])+$")


_HEADINGS = {"h1": 1, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 4}


def extract(trafilatura, tree, favor_recall: bool = False) -> str | None:
    """trafilatura's XML of the page's main content (paragraphs, heads, lists, tables), with
    the page's full-width spaces where it has them (:func:`hold_full_width`)."""
    with hold_full_width(tree) as give_back:
        return give_back(_extract(trafilatura, tree, favor_recall))


def _extract(trafilatura, tree, favor_recall: bool) -> str | None:
    return trafilatura.extract(
        tree,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=True,  # bold as <hi rend="#b">: a lead sentence, a part title
        deduplicate=False,
        favor_recall=favor_recall,
        config=_config(),
        date_extraction_params=_date_params(),
    )


# a printable character no page writes (U+303F IDEOGRAPHIC HALF FILL SPACE: a symbol, not a
# space) standing for U+3000 while the extractor reads the page
_HELD = "\u303f"

# held full-width spaces inside a line, with the ASCII spaces beside them
_HELD_RUN = re.compile(rf"[ \t]*{_HELD}[{_HELD} \t]*")

# whitespace at a tag's or a line's edge, which the extractor trims ("　　各级…" indented)
_EDGE = re.compile(rf"(?<=>)[{_HELD}\s]+|[{_HELD}\s]+(?=<)|^[{_HELD}\s]+|[{_HELD}\s]+$", re.M)


@contextmanager
def hold_full_width(tree):
    """Within the block the page's full-width spaces (U+3000) stand as :data:`_HELD`, and the
    callable it gives turns the extractor's output back. Why: trafilatura trims and joins
    whitespace with Python's str.split, which takes U+3000 for a space, so a title typed
    传承红色基因　走好新时代赶考路 (the 公文 way between two phrases) came out with an ASCII
    space. Held as a symbol it passes through as text; the rest of what the extractor does
    (its &nbsp; and ASCII spaces, its trimming of a line's ends) is as before. A page that
    holds the stand-in itself is read unheld, as before; the tree is given back as it was."""
    nodes = [e for e in tree.iter() if "\u3000" in (e.text or "") + (e.tail or "")]
    held = bool(nodes) and not any(_HELD in (e.text or "") + (e.tail or "") for e in tree.iter())
    for node in nodes if held else ():
        _swap(node, "\u3000", _HELD)
    try:
        yield lambda out: _given_back(out) if held and out else out
    finally:
        for node in tree.iter() if held else ():
            _swap(node, _HELD, "\u3000")


def _swap(node, old: str, new: str) -> None:
    if node.text and old in node.text and isinstance(node.tag, str):
        node.text = node.text.replace(old, new)
    if node.tail and old in node.tail:
        node.tail = node.tail.replace(old, new)


def _given_back(out: str) -> str:
    """The extractor's output with the held spaces as the page typed them: inside a line as
    many U+3000 as the page has there (the ASCII spaces beside them dropped); at a tag's or a
    line's edge none, as the extractor trims whitespace there."""
    out = _EDGE.sub(lambda m: m[0].replace(_HELD, ""), out)
    return _HELD_RUN.sub(lambda m: "\u3000" * m[0].count(_HELD), out)


def _date_params() -> dict:
    """htmldate's settings for the page's date, without its extensive search. Why: for a
    date string its own patterns don't read, the extensive search asks dateparser, which
    tries every one of its 211 locales and compiles their patterns first: 13 s of a loaded
    machine's wall-clock time (3 s of CPU) for the first WeChat page of a process, over the
    reading time limit, when the page reads in 0.06 s after. The dates Chinese pages carry
    (2026-05-12, 2026年5月12日, meta tags) are read without it, and drafter reads the
    text's own date lines itself (:mod:`drafter.corpus.dates`)."""
    from trafilatura.settings import set_date_params

    return set_date_params(extensive=False)


def headings_lost(page, xml: str) -> bool:
    """Whether the extraction left out a heading (h2-h6) that stands inside the article:
    its text is not in the output, while the paragraph right after it on the page is.
    A sidebar's 相关新闻 heading is followed by links the extraction did not keep."""
    found = _squeezed(re.sub(r"<[^>]+>", "", xml))
    for tag in ("h2", "h3", "h4", "h5", "h6"):
        for node in page.iter(tag):
            text = _squeezed(node.text_content())
            if not text or text in found:
                continue
            following = _paragraph_beside(node, after=True)
            if following is not None and len(following) >= 8 and following[:40] in found:
                return True
    return False


def lists_lost(page, xml: str) -> bool:
    """Whether the extraction left out an ordered list of the article's paragraphs: an
    ``<ol>`` whose first item (a sentence or more) is not in the output, while the paragraph
    right before it on the page is. A page's points set as a list (Google Docs writes every
    numbered paragraph so) were dropped whole by the default pass."""
    found = None
    for node in page.iter("ol"):
        items = [li for li in node if li.tag == "li"]
        first = _squeezed(items[0].text_content()) if items else ""
        if len(first) < 8:
            continue
        found = found if found is not None else _squeezed(re.sub(r"<[^>]+>", "", xml))
        if first[:40] in found:
            continue
        text = _paragraph_beside(node, after=False)
        if text is not None and len(text) >= 8 and text[-40:] in found:
            return True
    return False


def _paragraph_beside(node, after: bool) -> str | None:
    """The text (without spaces) of the nearest sibling with text after ``node`` (or before
    it), when that sibling is a ``<p>``; None otherwise. Whether the extraction kept the
    article's paragraph beside a heading or a list tells an article's part left out from a
    sidebar's, which stands among links, not paragraphs."""
    step = (lambda n: n.getnext()) if after else (lambda n: n.getprevious())
    sibling = step(node)
    while sibling is not None and not _squeezed(sibling.text_content()):
        sibling = step(sibling)
    if sibling is None or sibling.tag != "p":
        return None
    return _squeezed(sibling.text_content())


def _squeezed(text: str) -> str:
    """``text`` without any whitespace: the page's and the output's line breaks and layout
    spaces differ, so text is compared without them."""
    return re.sub(r"\s+", "", text)


_CONFIG = None


def _config():
    """trafilatura's settings with the tree size capped (its own default has no cap)."""
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_ELEMENTS))
        _CONFIG = config
    return _CONFIG


def element_blocks(element) -> list[Block]:
    """Blocks of one element of trafilatura's XML (p, head, list, table, quote, code)."""
    tag = element.tag
    if tag == "list":
        return [Block(_text(item), kind="bullet") for item in element.iter("item") if _text(item)]
    if tag == "table":
        rows = []
        cells_of = [[_text(cell) for cell in row.iter("cell")] for row in element.iter("row")]
        if all(sum(1 for c in cells if c) <= 1 for cells in cells_of):
            # a one-column table is a layout box (older sites set each paragraph in a row
            # of its own): its cells are the page's paragraphs, as in Word
            return [
                _line_block(line, bold)
                for row in element.iter("row")
                for cell in row.iter("cell")
                for line, bold in _lines(cell)
                if line
            ]
        for cells in cells_of:
            if any(cells):
                rows.append(Block("\t".join(cells), kind="table"))
        return rows
    lines = _lines(element)
    if not any(line for line, _ in lines):
        return []
    if tag == "head":
        level = _HEADINGS.get(element.get("rend", ""), 1)
        return [Block(" ".join(line for line, _ in lines if line), heading_level=level)]
    kind = "quote" if tag == "quote" else "text"
    # an empty line (<br><br>) inside the element is kept: in a page made of a
    # hard-wrapped text it is what separates the paragraphs
    out: list[Block] = []
    for line, bold in lines:
        if line:
            out.append(_line_block(line, bold, kind))
        elif out and out[-1].text:
            out.append(Block(""))
    while out and not out[-1].text:
        out.pop()
    return out


def _line_block(line: str, bold: str, kind: str = "text") -> Block:
    """A paragraph of the page, with the words it opens with in bold."""
    text = _respace(line)
    if bold == line:
        bold = text
    return Block(text, kind=kind, bold=bold if text.startswith(bold) else "")


def _respace(line: str) -> str:
    """A line of characters spaced out one by one, with the page's full-width spacing."""
    return line.replace(" ", "\u3000\u3000") if _SPACED_OUT.match(line) else line


# elements of the extractor's XML that stand as paragraphs of their own inside another
_INNER_BLOCKS = frozenset({"p", "head", "quote", "list", "item", "table", "row"})


def _pieces(element) -> list[tuple[str, bool]]:
    """The text of an element in document order as (piece, shown in bold); ``<lb/>`` as a
    line break, and so is the start and end of a paragraph inside it (the extractor
    makes the ``<br>`` lines of a table cell paragraphs of the cell)."""
    out: list[tuple[str, bool]] = []

    def walk(node, bold: bool) -> None:
        bold = bold or (node.tag == "hi" and "#b" in (node.get("rend") or ""))
        out.append((node.text or "", bold))
        for child in node:
            inner = child.tag in _INNER_BLOCKS
            if child.tag == "lb" or inner:
                out.append(("\n", False))
            walk(child, bold)
            if inner:
                out.append(("\n", False))
            out.append((child.tail or "", bold))

    walk(element, False)
    return out


def _text(element) -> str:
    """The text of an element on one line (a line break read as a space)."""
    return one_line("".join(piece for piece, _ in _pieces(element)))


def _lines(element) -> list[tuple[str, str]]:
    """The lines of an element (split at ``<lb/>``), each with the words it opens with in
    bold (:func:`.emphasis.bold_start`, as a Word paragraph's)."""
    split: list[tuple[list[str], list[bool]]] = [([], [])]
    for piece, bold in _pieces(element):
        for k, part in enumerate(piece.split("\n")):
            if k:
                split.append(([], []))
            split[-1][0].append(part)
            split[-1][1].append(bold)
    out = []
    for pieces, marks in split:
        text = one_line("".join(pieces))
        out.append((text, one_line(bold_start(pieces, marks)) if text else ""))
    return out


def one_line(text: str) -> str:
    """``text`` on one line, runs of ASCII spaces and &nbsp; made one space (layout), a
    full-width space kept (typed content: 结　　论)."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()
