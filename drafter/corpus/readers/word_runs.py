"""A Word paragraph's visible text, read from its runs.

What a reader sees of a paragraph is not all the text its XML holds: deleted text, field
codes, hidden runs and text boxes (which Word also keeps twice, under mc:Fallback) are not
the paragraph's own, while tabs, breaks and non-breaking hyphens are. The body reader
(:mod:`.word`) reads every paragraph through :func:`runs_text`, and joins a heading broken
by manual line breaks with :func:`join_parts`.
"""

from __future__ import annotations

import re

from drafter.corpus.readers.word_numbering import qn
from drafter.corpus.readers.word_styles import Styles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R, T, TAB, BR, CR = W + "r", W + "t", W + "tab", W + "br", W + "cr"
# Inside a paragraph: deleted text, field codes, properties and text boxes are not the
# paragraph's own visible text (text boxes would also appear twice via mc:Fallback).
_SKIP = {
    W + tag
    for tag in (
        "del", "moveFrom", "pPr", "rPr", "instrText", "delText", "delInstrText",
        "txbxContent", "drawing", "pict", "object", "fldData", "footnoteReference",
        "endnoteReference", "commentReference",
    )
} | {MC + "Fallback"}  # fmt: skip
_CJK_END = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]$")


def bold_font(p, styles: Styles, style_id: str | None, para_bold: bool) -> str:
    """The East Asian font of the first bold run with text in paragraph ``p``."""
    for run in p.iter(R):
        rpr = run.find(qn("w:rPr"))
        if any(t.text for t in run.iter(T)) and styles.run_bold(rpr, para_bold):
            return styles.run_font(rpr, style_id)
    return ""


def runs_text(element, out: list[str], marks: list[bool] | None = None, bold=None) -> None:
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
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif not isinstance(tag, str) or tag in _SKIP or (tag == R and is_hidden(child)):
            continue
        elif tag == R and marks is not None and bold is not None:
            before = len(out)
            runs_text(child, out)
            marks.extend([bold(child.find(qn("w:rPr")))] * (len(out) - before))
            continue
        else:
            runs_text(child, out, marks, bold)
        if marks is not None:
            marks.extend([False] * (len(out) - len(marks)))


def is_hidden(run) -> bool:
    """A run formatted as hidden text (w:vanish) is not shown, so it is not read either."""
    rpr = run.find(qn("w:rPr"))
    vanish = rpr.find(qn("w:vanish")) if rpr is not None else None
    return vanish is not None and vanish.get(qn("w:val")) not in ("0", "false", "off")


def join_parts(parts: list[str]) -> str:
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
