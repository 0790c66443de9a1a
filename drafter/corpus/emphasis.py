"""Words a page set apart at the start of a paragraph, read back from a plain-text copy.

A report copied from a web page whose lead sentences are bold reaches us with the bold
run broken onto a line of its own: the paragraph's indent stands alone on one line
(``　　``), the bold words start the next line without an indent, and the rest of the
paragraph follows on the lines after it, unindented too; ordinary paragraphs keep their
indent on their first line. Once the text shows that layout several times, a block that
begins at such a line is marked ``kind="lead"``: the outline takes its lead lines from
those blocks alone, so an ordinary paragraph that happens to be short is no lead, and the
words a bold lead runs into are its paragraph, not a heading of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from drafter.corpus.model import Block

# the block kinds the marks leave for the outline: a paragraph whose bold run starts it, and
# one whose bold run starts after a few words (kept apart: the outline takes the latter as
# the text alone would, never cutting a heading's first words off)
LEAD = "lead"
LEAD_INSIDE = "lead_inside"
# bold starts a text must show before they are read as its layout (one may be a stray
# indent left by the copy)
MIN_BOLD_STARTS = 3
# the most of a text's paragraphs that may start in bold for the layout to mean bold (the
# reports that use it set 6–39 % of their paragraphs so)
MAX_BOLD_SHARE = 0.5
# bold one-sentence leads before the layout alone says which lines are leads
MIN_BOLD_LEADS = 4


def mark_bold_starts(blocks: list[Block], starts: list[int], inside: list[int]) -> list[Block]:
    """``blocks`` with those at ``starts`` (blocks that begin at a line right under a lone
    indent) marked as bold starts, when there are enough of them to be the text's layout;
    then also those at ``inside``: a paragraph whose first line is indented and does not
    end a sentence, its second line unindented — the bold run began after a few words
    (“九五”期间， / 我国政府恢复…。)."""
    if len(starts) < MIN_BOLD_STARTS or len(starts) > MAX_BOLD_SHARE * len(blocks):
        # (where most paragraphs start that way, the copy broke after every indent: the
        # layout says nothing about bold)
        return blocks
    for i in starts:
        if blocks[i].kind == "text":
            blocks[i].kind = LEAD
    for i in inside:
        if blocks[i].kind == "text":
            blocks[i].kind = LEAD_INSIDE
    return blocks


def bold_starts(blocks: list[Block]) -> tuple[set[int], set[int]]:
    """Indices of the blocks whose first words the page set apart, and of those whose bold
    run starts after a few words."""
    return (
        {i for i, b in enumerate(blocks) if b.kind == LEAD},
        {i for i, b in enumerate(blocks) if b.kind == LEAD_INSIDE},
    )


def bold_leads(
    texts: list[str],
    taken: set[int],
    bold: tuple[set[int], set[int]],
    shaped: Callable[[str], bool],
    by_text: Callable[[], list[int]],
) -> list[int]:
    """The lead lines of a text (not counting the paragraphs in ``taken``): where its layout
    shows its bold starts, the bold paragraphs that are one short sentence (``shaped``), and
    no others; otherwise (too few such leads) those read from the text alone (``by_text``).

    Bold is the author's mark, so a bold lead needs no long paragraph under it (坚持以公有制
    为主体…基本经济制度。 over two sentences), and a short ordinary paragraph (扩大国内需求，
    首先必须…。 above the bold 一是…五是) or the words a bold lead runs into (近几年，…) is
    never one. A lead whose bold run starts after a few words (各级政府要坚持…方针， /
    高度重视…建设。) is taken as the text alone would take it: the outline cannot cut a
    heading's first words off."""
    starts, inside = bold
    leads = [i for i in sorted(starts) if i not in taken and shaped(texts[i])]
    if len(leads) < MIN_BOLD_LEADS:
        return by_text()
    return sorted(leads + [i for i in by_text() if i in inside])
