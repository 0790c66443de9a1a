"""Study analysis for trainees: how a model text (范文) is built.

No Qt here. :func:`analyze` reads a :class:`~drafter.corpus.model.Document` and returns a
:class:`~drafter.study.model.Study`: numeric frames (数字概括) with their items, roadmap
sentences linked to the sections they announce, the parts of the opening and closing,
transitions, the shared frames of parallel headings and per-section statistics.
:mod:`drafter.study.mining` gathers frames and heading patterns across a library.
"""

from drafter.study.analyze import analyze
from drafter.study.model import Study

__all__ = ["Study", "analyze"]
