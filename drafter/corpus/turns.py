"""Whether a text is a dialogue: its paragraphs open on speakers' turns (问： 答： 任总： 张浩：).

The answer points of an exchange are deeper than any heading (tests/gold/README.md, unnumbered
Q&A), and a name line in a transcript is one more turn, not a part: the rules that read a
speaker's own points or a second speaker's part as the skeleton ask this first."""

from __future__ import annotations

# a speaker's turn opening a paragraph: the chooser's own test for a stretch, one pattern
# for both so the two never disagree on what a turn is
from drafter.corpus.group_score import TURN, TURNS


def is_dialogue(texts: list[str]) -> bool:
    """Whether ``TURNS`` paragraphs or more open on a speaker's turn, by two speakers or more."""
    labels = [m.group(1) for t in texts if (m := TURN.match(t))]
    return len(labels) >= TURNS and len(set(labels)) >= 2
