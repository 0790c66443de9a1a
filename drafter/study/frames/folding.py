"""The one loop every fold of frames runs: read the frames in order, and fold each into a frame
kept before it when a condition names one, as that frame's mention — else keep it. The folds
(:mod:`~drafter.study.frames.repeat_folds`, :mod:`~drafter.study.frames.mention_folds`) differ
only in the condition, so each passes its own and none repeats the loop."""

from __future__ import annotations

from collections.abc import Callable

from drafter.study.model import Frame

#: given the frames kept so far (in reading order) and the next frame, the kept frame it names
#: again, or None to keep it
Finder = Callable[[list[Frame], Frame], Frame | None]


def fold(frames: list[Frame], find: Finder) -> list[Frame]:
    """``frames`` with each frame that ``find`` matches to a frame kept before it folded into
    that frame's mentions; the rest kept, in order."""
    out: list[Frame] = []
    for frame in frames:
        known = find(out, frame)
        if known is None:
            out.append(frame)
        else:
            known.mentions.append(frame.span)
    return out


def fold_into_previous(frames: list[Frame], same: Callable[[Frame, Frame], bool]) -> list[Frame]:
    """:func:`fold` where only the frame kept right before may be named again: ``same(prev,
    frame)`` says whether ``frame`` names ``prev`` again (a restatement in the next clause)."""
    return fold(frames, lambda out, frame: out[-1] if out and same(out[-1], frame) else None)
