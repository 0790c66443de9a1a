"""What the study page marks and how: the colours of frames, notes, roadmap sentences,
transitions and heading levels, the tooltips of frames and transitions, and where a frame's
mark stands (:class:`FrameMark`).

Shared by the page's renderer (:mod:`.annotated_render`), its view and selection
(:mod:`.annotated_view`) and the panes beside it (legend, notes), so that a colour or a tip
is one value wherever it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor

from drafter.study.glossary import explain
from drafter.study.model import Bookend, Study

# Heading colours per level: the plain reader's own, so a heading keeps its colour when
# 学习模式 shows the same text (one palette, kept in the reader's outline module)
from drafter.ui.panels.reader_outline import LEVEL_COLOURS  # noqa: F401 - used by importers

FRAME_COLOURS = (
    "#ffd6a5",
    "#caffbf",
    "#9bf6ff",
    "#bdb2ff",
    "#ffc6ff",
    "#fdffb6",
    "#a0c4ff",
    "#ffadad",
)


# a frame only mentioned: nothing of it to link, so no colour of its own
MENTIONED_COLOUR = "#e8e8e8"


NOTE_COLOURS = {"yellow": "#fff3a0", "green": "#c8f7c5", "blue": "#cfe3ff", "pink": "#ffd1e8"}


# how much darker than its background the wavy line under a highlight or note is drawn
NOTE_LINE_DARKER = 260


NOTE_SIGN = "✎"  # after a note's words (a highlight has none)


NOTE_SIGN_COLOUR = QColor("#b35900")


ROADMAP_COLOUR = QColor("#1f5fbf")


TRANSITION_COLOUR = QColor("#7a4fbf")


TAG_COLOUR = QColor("#8a6d3b")


SELECTED_EDGE = QColor("#c0392b")


TERM_COLOUR = QColor("#ffe066")  # search terms, as the plain reader shows them


TERM_CURRENT = QColor("#ff9f43")


# a frame or roadmap sentence chosen from a list comes to this fraction of the view from its
# top, so what follows it (the items it counts, the parts it announces) is in sight too
REVEAL_AT = 0.25


PHRASE = -1  # the item number of a frame's own phrase in frame marks


def transition_tip(t) -> str:
    """The tooltip of a marked transition: what it does for the talk (its role and the
    glossary's note on it), not only that it is one."""
    role = getattr(t, "role", "") or ("承上启下" if t.kind == "lead-in" else "收束引出")
    note = explain(role)
    return f"过渡句（{role}）" + (f"\n{note}" if note else "")


@dataclass(frozen=True)
class FrameMark:
    """Where frame ``frame`` (its index in ``Study.frames``) shows: its phrase (``item`` is
    :data:`PHRASE`) or its item number ``item``, on paragraph ``paragraph`` from ``start`` to
    ``end``. The view keeps these to link a click to the whole frame."""

    frame: int
    item: int
    paragraph: int
    start: int
    end: int


@dataclass
class Segment:
    """Where a run of a paragraph's text landed in the page: ``length`` characters from
    ``at`` in block ``block`` are the paragraph's from ``start``. One is recorded per
    run as the page is written (``_emit``), and a click or a selection maps back through them."""

    block: int
    at: int  # position in the block
    paragraph: int
    start: int  # offset in the paragraph
    length: int


WORD_JOINER = "\u2060"


def unmarked(study: Study) -> Study:
    """``study`` with nothing to mark (no frames, roadmap, transitions or bookend parts): the
    annotated page rendered from it is the plain text in the same layout."""
    return replace(
        study,
        frames=[],
        roadmap=[],
        transitions=[],
        opening=Bookend(type=None, text=""),
        closing=Bookend(type=None, text=""),
    )


def run_in_paragraphs(lay) -> dict[int, int]:
    """Run-in headings: the heading's paragraph -> the paragraph holding its text."""
    return {n.heading: n.own[0] for n in lay.nodes() if n.section.run_in and n.own}


def frame_colours(frames) -> dict[int, str]:
    """Each frame's colour by its index: the spelled-out frames take the palette in turn, the
    ones only mentioned are grey. Counted among the spelled-out frames alone, so the palette
    repeats only after eight of them; counted among all (as before), two of the five frames
    of an office-work seed came out alike, the mentioned ones between them using up colours.
    """
    out: dict[int, str] = {}
    listed = 0
    for k, frame in enumerate(frames):
        if frame.listed:
            out[k] = FRAME_COLOURS[listed % len(FRAME_COLOURS)]
            listed += 1
        else:
            out[k] = MENTIONED_COLOUR
    return out


def frame_tip(frame) -> str:
    """A frame's tooltip on its phrase: its items when it lists them (a click marks them),
    else that the text only mentions it."""
    if frame.listed:
        return f"数字概括：{frame.phrase}（{frame.number}项，点击标出各项）\n" + "｜".join(
            frame.items
        )
    return f"数字概括：{frame.phrase}（只提及，文中未展开）"
