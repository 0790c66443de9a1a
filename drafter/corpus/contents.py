"""A typed table of contents: "目　录" over heading lines that end in their page numbers.

A report sent round as a Word file often opens with its contents list; copied into a text
file, saved from a page or exported to PDF, the list comes as plain lines, each heading
followed by dot leaders (or a tab, or spaces) and a page number. Read as text, the list
would be the outline twice over (each heading once with its page number) and its label a
paragraph of the body; it is the file's apparatus, so cleaning takes it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the label a contents list stands under (目　录, 目次 in a standard, Contents): it goes with
# the list, not into the body
CONTENTS_LABEL = re.compile(r"^(?:目[ \u3000]*[录次]|(?:table of )?contents)$", re.IGNORECASE)

# one entry: the heading, then leaders of dots, ellipses or rules (spaced out as a PDF's
# text gives them: ". . . ."), or a tab, or a gap of spaces, then its page number; the
# heading ends in no sentence mark
_ENTRY = re.compile(
    r"^(?P<head>\S.{0,78}?[^。；;，,\s])"
    r"[ \u3000]*(?:(?P<dots>(?:[.．·•・…⋯_\-—－][ \u3000]*){3,})|\t+| {2,}|\u3000{2,})"
    r"[ \u3000]*(?P<page>\d{1,3})$"
)
_MARKED = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+[章节部分篇条]|[一二三四五六七八九十]+[、．.]"
    r"|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*[、．.\s])"
)
_RUN_MIN = 2  # entries in a row before lines are taken as a contents list


def contents_run(texts: Iterable[str], labelled: bool) -> int:
    """How many of ``texts`` (the lines from one on) make a contents list (0: none starts
    there).

    Called only where a line ends in a digit, so a text with no list pays for one look at
    each line's last character. The entries' page numbers never go down; and unless the
    run has dot leaders, a 目录 label (``labelled``) or numbered headings (一、 （一） 第一章)
    must say it is a list of the text's headings (three at least): rows of a table typed
    with spaces ("粮食产量  12", "油料产量  15") end in figures too."""
    entries: list[re.Match] = []
    for text in texts:
        m = _ENTRY.match(text) if text[-1:].isdigit() else None
        if m is None or (entries and int(m["page"]) < int(entries[-1]["page"])):
            break
        entries.append(m)
    if len(entries) < _RUN_MIN:
        return 0
    dotted = sum(1 for m in entries if m["dots"])
    marked = sum(1 for m in entries if _MARKED.match(m["head"]))
    if 2 * dotted > len(entries) or labelled:
        return len(entries)
    # numbered lines with a figure after a gap: three at least (two rows of a numbered table
    # of figures are no list of the text's headings)
    return len(entries) if len(entries) >= 3 and 2 * marked > len(entries) else 0


def entry_head(text: str) -> str | None:
    """The heading a contents list's line names, without its leaders and page number (None:
    no entry): what a compilation's items are found again by (:mod:`.compilation`)."""
    m = _ENTRY.match(text)
    if m is None:
        return None
    return m["head"].rstrip(".．·•・…⋯_-—－ \u3000\t")


def is_marked_head(head: str) -> bool:
    """Whether a contents entry opens with a heading's number (一、 （一） 第一章 1.): a list
    of one text's headings, not of the items a compilation binds."""
    return _MARKED.match(head) is not None
