"""A speaker's counted points as the whole text's skeleton: 第一点，… 第二点，… 第三点，…

A speech with no other marker, whose points each open a paragraph with ``第一点，``
``第二点，`` …, has those points for its outline (the gold's mao v5_053, ren 20000320,
ren 19990417: level 1, each its first sentence). The sequence rules set such a run aside
as prose when its first sentences run long and its points do not each head a stretch of
their own, or as a list when a roadmap ending in a colon announces them (我讲四点意见：)
and they stand back to back (:func:`drafter.corpus.sequences.sequences`): in a text with
other headings such a run is prose or a list inside a part. With nothing else to head the text, though, a speaker who
counts his points by a speech unit (点, 个问题, 个方面, 条意见, 件事) paragraph by paragraph,
from the first, is giving his talk's skeleton, however long each point's first sentence.

Not taken: a run that does not start at its first point (the first written into a
paragraph, ``…第一点是销售额…`` then ``第二点：…``, tests/gold/README.md), points numbered
by a unit that counts things rather than the talk's points (第一阶段, 第一种, 第一步), a
run broken in its numbering, and a dialogue (问：/答：, 任总： turns by two speakers or
more), whose answer points are deeper than any heading (README, unnumbered Q&A).
"""

from __future__ import annotations

import re

from drafter.corpus import markers as mk
from drafter.corpus.candidates import Candidate
from drafter.corpus.turns import is_dialogue


def spoken_points_skeleton(texts: list[str], prose: list[list[Candidate]]) -> list | None:
    """The run of ``prose`` that is the text's only structure, or None.

    Called only when the chooser found no heading at all: among the runs the sequence rules
    left as prose (or as a list after a colon: 我讲四点意见： then the points back to back),
    the first one of counted speech units, complete
    from 第一 with no number skipped, two points or more, none of them after a speaker's
    label, in a text that is not a dialogue."""
    if is_dialogue(texts):
        return None
    for run in prose:
        # a last point named by the same unit (第三点，… 最后一点，…) ends the run: sequences
        # numbered it after the others
        counted = run[:-1] if run[-1].word == "最后" else run
        if (
            len(counted) >= 2
            and all(c.family == mk.DI_NOUN for c in run)
            and all(_SPEECH_UNIT.match(c.marker) for c in counted)
            and run[0].ordinal == 1
            and all(b.ordinal == a.ordinal + 1 for a, b in zip(run, run[1:]))
            and not any(c.label or c.list_item for c in run)
        ):
            return run
    return None


# the units a speaker counts his talk's points by (第一点， 第二个问题， 第三个方面， 第四条意见，
# 第五件事): not 第一阶段/第一种/第一步/第一项, which count the things a point is about
_SPEECH_UNIT = re.compile(r"^第[一二三四五六七八九十]+(?:点|个问题|个方面|方面|条意见|件事)")
