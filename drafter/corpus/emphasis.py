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

import re
from collections.abc import Callable

from drafter.corpus.markers import match_marker
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


# -- Word, web pages: bold the file itself records -------------------------------------------------

# a bold lead is one sentence or clause: at most this long (the longest lead sentences of
# the reports run to about 50 characters)
MAX_WORD_LEAD = 60
# a bold line standing alone may be one sentence as long as a Word bullet sub-heading (a
# minutes' instruction over its explanation runs to 90-120 characters)
MAX_WORD_LINE = 120
# the most of a Word file's paragraphs (other than numbered ones) that may open in bold
# for bold to be its mark: a report or a talk whose every point is one paragraph opening
# with its bold lead sets most of them so (江苏 2026: 21 of 40; a talk of points under
# five parts: 24 of 29, only its opening and closing plain), a document typed in bold, or
# bolding every first sentence, all of them
MAX_WORD_BOLD_SHARE = 0.9
# bold leads enough where the numbered headings are bold too (MIN_BOLD_STARTS of them)
MIN_BOLD_LEADS_MARKED = 2
# the stops a run-in bold lead ends at (the stop itself may be left out of the bold)
_LEAD_STOPS = "。：:；;，,！!？?"
_SENTENCE_INSIDE = re.compile(r"[。！？!?]")
_SENTENCE_STOPS = "。！!？?"
_NOTE_MARK = re.compile(r"\[\d+\]")
_ANNOUNCES = r"以下|如下|下列|[两二三四五六七八九十几]+(?:个|项|点|条|件)"
_LEAD_IN = re.compile(rf"{_ANNOUNCES}|^(?:同志们|各位|女士们|朋友们)")
_ANNOUNCE = re.compile(_ANNOUNCES)


def word_bold_leads(
    blocks: list[Block], texts: list[str], taken: set[int]
) -> tuple[list[int], list[int]]:
    """The paragraphs of a Word file whose bold opening words are a heading, as (run-in,
    standing alone): a bold lead sentence run into its paragraph (**国民经济保持较快增长。**
    国内生产总值…), the usual way a work summary marks its lower headings, and a bold line
    standing alone (扎实推进乡村振兴). Numbered paragraphs (``taken``, or opening with a
    marker) are the markers' to read.

    Read only where bold is the document's mark: at least ``MIN_BOLD_STARTS`` such leads
    (``MIN_BOLD_LEADS_MARKED`` where as many numbered headings are set in bold),
    and at most ``MAX_WORD_BOLD_SHARE`` of its paragraphs other than numbered ones opening
    in bold (a document typed all in bold, or bolding every first sentence, says nothing
    with it). A lead is a clause of up to ``MAX_WORD_LEAD`` characters run in, a whole
    sentence run in or a line standing alone up to ``MAX_WORD_LINE``; a run-in bold that stops at no clause end
    (**必须**看到…) is emphasis, not a lead."""
    # (numbered headings, bold or not, are the markers': the share is of the others)
    starts = (
        [i for i, b in enumerate(blocks) if b.bold and b.kind == "text" and i not in taken]
        if any([b.bold for b in blocks])  # (no reader but Word's and a page's fills it)
        else []
    )
    # numbered headings set in bold show bold is how the file marks its headings: then two
    # bold leads are enough (a part's 第一，… 第二，… points typed as bold sentences without
    # their numbers, under bold 一、 … 四、)
    need, share = MIN_BOLD_STARTS, MAX_WORD_BOLD_SHARE
    if sum(1 for i in taken if blocks[i].bold) >= MIN_BOLD_STARTS:
        need = MIN_BOLD_LEADS_MARKED
        # and a lead opening every paragraph is then a point each (a talk made only of
        # points under bold 一、二、三、, each point a paragraph opening with its bold
        # sentence, unnumbered): bold is shown to mean heading, not a habit of bolding
        # first sentences — unless the paragraphs are typed in bold whole
        if 2 * sum(1 for i in starts if len(blocks[i].bold) < len(texts[i])) > len(starts):
            share = 1.0
    if len(starts) < need or len(starts) > share * (len(blocks) - len(taken)):
        return [], []
    runin: list[int] = []
    alone: list[int] = []
    for i in starts:
        lead = bold_lead(texts[i], blocks[i].bold)
        if lead is None and _heads_its_items(blocks, texts, i, [*runin, *alone, *taken]):
            lead = bold_lead(texts[i], blocks[i].bold, announcing=True)
        if lead is not None:
            (alone if len(lead) == len(texts[i]) else runin).append(i)
    asked = _asking_turns(texts, blocks, runin)
    answers = len(runin) - len(asked)  # an interview's answer turns: bold as a label, no lead
    runin = asked
    if len(runin) + len(alone) < need:
        return [], []
    if 2 * (len(runin) + len(alone)) < len(starts) - answers:
        # most of the bold is no lead: whole passages set in bold, several sentences at a
        # time, are a writer's emphasis (ren 19980220 as typed in Markdown: 10 bold
        # openings, 2 of them lead-shaped, none a heading by the gold), and bold says
        # nothing of the few that happen to be one short sentence
        return [], []
    return runin, alone


# a speaker's label set in bold before a turn (**记者：** / **程雨桐：**)
_TURN_LABEL = re.compile(r"^([\u4e00-\u9fff]{1,4})\s*[：:]$")


def _asking_turns(texts: list[str], blocks: list[Block], runin: list[int]) -> list[int]:
    """``runin`` without the answers of an interview typed with bold speakers' labels.

    Where the bold leads are two speakers' labels or more (**记者：** …？ **程雨桐：** …), the
    questions head the parts and the answers are their text (tests/gold/README.md,
    unnumbered Q&A): of the labelled turns only those by a speaker who asks (most of his
    turns hold a ？) and that ask themselves stay leads (the closing 谢谢程局长！ is none)."""
    labels = {
        i: m.group(1) for i in runin if (m := _TURN_LABEL.match((blocks[i].bold or "").strip()))
    }
    if len(set(labels.values())) < 2:
        return runin
    asks = lambda i: "？" in texts[i] or "?" in texts[i]  # noqa: E731
    askers = {
        name
        for name in set(labels.values())
        if 2 * sum(asks(i) for i, n in labels.items() if n == name)
        > sum(1 for n in labels.values() if n == name)
    }
    if not askers or askers == set(labels.values()):
        return runin
    return [i for i in runin if i not in labels or (labels[i] in askers and asks(i))]


def bold_start(pieces: list[str], marks: list[bool]) -> str:
    """The words a paragraph opens with in bold (stripped), up to its first line break or
    its first piece not in bold; "" when it does not open in bold. Spaces (an indent typed
    before the words) are neither. ``pieces`` are the paragraph's text in order (Word runs,
    a page's text nodes), ``marks`` whether each is shown in bold: the Word and the web
    reader fill :attr:`Block.bold` with it, so both reach the same lead rules."""
    bold: list[str] = []
    for piece, mark in zip(pieces, marks):
        if "\n" in piece:
            break
        if not piece.strip():
            if bold:
                bold.append(piece)
            continue
        if not mark:
            break
        bold.append(piece)
    return "".join(bold).strip()


def line_bold_starts(pieces: list[str], marks: list[bool]) -> list[str]:
    """:func:`bold_start` of each line of a paragraph broken by manual line breaks: a Word
    writer who types a heading after Shift+Enter at the end of the paragraph before sets
    it in bold as one standing alone, and each line is read as a block of its own
    (``"\\n"`` in ``pieces`` ends a line, as the readers put a break)."""
    starts: list[str] = []
    seg: list[str] = []
    seg_marks: list[bool] = []
    for piece, mark in zip(pieces, marks):
        while "\n" in piece:
            head, piece = piece.split("\n", 1)
            if head:
                seg.append(head)
                seg_marks.append(mark)
            starts.append(bold_start(seg, seg_marks))
            seg, seg_marks = [], []
        if piece:
            seg.append(piece)
            seg_marks.append(mark)
    starts.append(bold_start(seg, seg_marks))
    return starts


def _heads_its_items(blocks: list[Block], texts: list[str], i: int, above: list[int]) -> bool:
    """Whether the bold line ``i`` that announces what follows (为支持食堂的快速建设，公司
    可以予以以下支持：) is a point of its own: a whole bold line ending in a colon, after
    a heading (``above``: any heading or bold lead before it), over a paragraph set in no
    bold — its items are its text, plain, as a numbered point's would be. A lead-in over
    bold leads (今年要办好以下几件实事： then the 实事 in bold) introduces them, and one
    over bold 一、 (通知如下：) or before any heading opens the text."""
    text = texts[i]
    return (
        text.endswith(("：", ":"))
        and blocks[i].bold.strip() in (text, text[:-1])
        and _ANNOUNCE.search(text) is not None
        and any(j < i for j in above)
        and i + 1 < len(blocks)
        and not blocks[i + 1].bold
    )


def bold_lead(text: str, bold: str, announcing: bool = False) -> str | None:
    """The lead of a paragraph opening with the bold words ``bold``: the bold words with
    the stop right after them, when they are a heading (see :func:`word_bold_leads`).
    ``announcing``: a line announcing what follows (…以下支持：) is one too (where it
    heads its own plain items: :func:`_heads_its_items`)."""
    if bold and not text.startswith(bold):
        bold = _NOTE_MARK.sub("", bold).strip()  # the text lost its note marks ([1]) since
    if not bold or not text.startswith(bold) or match_marker(text) is not None:
        return None
    lead = bold
    if len(text) > len(lead) and text[len(lead)] in _LEAD_STOPS:
        lead = text[: len(lead) + 1]  # the bold stopped just before its stop
    # a bold run that is one whole sentence (up to its 。) is the writer's lead however
    # long, as a line standing alone is: a numbered part's points typed as bold sentences
    # without their numbers run to 70-110 characters (资金安全，是…。 beside 目前，支付团队…
    # 的年度人均单据量…。); a bold run stopping at a comma is held to a clause's length
    whole = len(lead) == len(text) or lead[-1] in _SENTENCE_STOPS
    longest = MAX_WORD_LINE if whole else MAX_WORD_LEAD
    if not 2 <= len(lead) <= longest or _SENTENCE_INSIDE.search(lead[:-1]):
        return None
    if len(lead) < len(text) and lead[-1] not in _LEAD_STOPS:
        return None  # bold words inside a sentence: emphasis
    if len(lead) == len(text) and lead[-1] in "：:" and _LEAD_IN.search(lead) and not announcing:
        # a lead-in announcing what follows (今年要办好以下几件实事：) or an address
        # (同志们：), not a heading — a topic label (关于网络能源：) is one
        return None
    return lead
