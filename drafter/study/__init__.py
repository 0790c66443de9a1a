"""Study analysis for trainees: how a model text (范文) is built.

No Qt here. :func:`drafter.study.analyze.analyze` reads a
:class:`~drafter.corpus.model.Document` and returns a :class:`~drafter.study.model.Study`:
numeric frames (数字概括) with their items, roadmap sentences linked to the sections they
announce, the parts of the opening and closing, transitions, the shared frames of parallel
headings and per-section statistics. :mod:`drafter.study.mining` gathers frames and heading
patterns across a library.

``analyze`` is imported from its own module, not re-exported here: this file runs whenever
any ``drafter.study.*`` module is imported (``drafter outline`` needs only the bookends),
and ``analyze`` pulls in every frame finder (~1,500 compiled patterns, about a second of CPU).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.study.model import Study

__all__ = ["Study"]


def __getattr__(name: str) -> object:
    """``Study`` on first use (PEP 562): the model is some forty dataclasses, and ``drafter
    --help`` needs only the names of the note colours (:mod:`drafter.study.note_options`)."""
    if name != "Study":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from drafter.study.model import Study

    globals()["Study"] = Study
    return Study
