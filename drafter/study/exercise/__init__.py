"""提纲练习 without Qt: which headings a document hides, and how close a trainee's own headings
come to the originals.

The exercise hides every heading of a 范文 and shows the first words of each part; the trainee
writes a heading for each. The rows and the scoring live here so the app, the CLI and the
saved attempts (:mod:`drafter.study.attempts`) agree on them.

Where to look for a change: the rows and the scoring are this module (every name as before);
what the exercise blanks besides the headings (the roadmap's parts, a heading's words said
again) is :mod:`drafter.study.exercise.mask`; what 检索 shows of the exercised text while it runs
is :mod:`drafter.study.exercise.search`.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from drafter.corpus.dates import find_dates
from drafter.corpus.markers import match_marker
from drafter.corpus.model import Document
from drafter.study.exercise.mask import exercise_masks, mask_text
from drafter.study.layout import layout
from drafter.study.model import Roadmap

HINT_CHARS = 90


@dataclass(frozen=True)
class ExerciseRow:
    """One hidden heading: its ``marker`` (一、, 一是 …, kept visible so the trainee knows the
    level), the ``original`` heading text without the marker, its ``depth`` in the outline,
    the heading's ``paragraph`` index and a ``hint`` (the opening words of the part's text).
    ``run_in``: the heading is its paragraph's first sentence (what the comparison teaches
    of how it is built, :mod:`drafter.study.exercise.lessons`)."""

    marker: str
    original: str
    depth: int
    paragraph: int
    hint: str
    run_in: bool = False


@dataclass(frozen=True)
class Answer:
    """A trainee's heading beside the original one, with how close it came (0..1). Saved
    with the original text so an old attempt still reads right after the document changed."""

    marker: str
    original: str
    mine: str
    score: float
    depth: int = 1

    def to_json(self) -> dict:
        """The stored and ``drafter notes exercises --json`` form."""
        return {
            "marker": self.marker,
            "original": self.original,
            "mine": self.mine,
            "score": round(self.score, 4),
            "depth": self.depth,
        }

    @classmethod
    def from_json(cls, data: dict) -> Answer:
        """Read a stored answer; unknown keys are ignored so newer files still load."""
        return cls(
            marker=str(data.get("marker", "")),
            original=str(data.get("original", "")),
            mine=str(data.get("mine", "")),
            score=float(data.get("score", 0.0)),
            depth=int(data.get("depth", 1)),
        )


def exercise_rows(
    doc: Document, hint_chars: int = HINT_CHARS, roadmap: list[Roadmap] | None = None
) -> list[ExerciseRow]:
    """The headings of ``doc`` to hide, in reading order, each with a hint from its own text
    (or, for a heading with only sub-parts, how many sub-parts it has). The hint is blanked
    where it spells a heading out (:func:`exercise_masks`: a part's text often opens by saying
    its heading again); ``roadmap`` is the study's, when at hand."""
    lay = layout(doc)
    masks = exercise_masks(doc, roadmap)
    rows: list[ExerciseRow] = []
    for node in lay.nodes():
        own = [mask_text(lay.paragraphs[i].text, masks.get(i, ())) for i in node.own]
        text = next((t for t in own if not _date_only(t)), own[0] if own else "")
        if not text and node.children:
            hint = f"（本部分下设 {len(node.children)} 个小点）"
        else:
            hint = text[:hint_chars] + ("……" if len(text) > hint_chars else "")
        rows.append(
            ExerciseRow(
                node.section.marker,
                node.section.heading,
                node.depth,
                node.heading,
                hint,
                node.section.run_in,
            )
        )
    return rows


def _date_only(text: str) -> bool:
    """A paragraph that is a date and nothing else, "（一九五五年九月二十五日）" under each part of a
    text made of dated parts: as the hint it told the trainee the same nothing for every part
    (the part's first words, which the hint is for, come after it)."""
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    rest = text[: dates[0].start] + text[dates[0].end :]
    return not rest.strip(" \u3000（()）")


def similarity(mine: str, original: str) -> float:
    """How close the trainee's heading is to the original (0..1, by characters in order);
    an empty answer scores 0 so skipping is never rewarded."""
    mine = mine.strip()
    if not mine or not original:
        return 0.0
    return SequenceMatcher(None, mine, original).ratio()


def score(rows: list[ExerciseRow], mine: list[str]) -> list[Answer]:
    """Pair each hidden heading with what the trainee wrote for it (missing answers count as
    empty) and score each pair."""
    answers = []
    for n, row in enumerate(rows):
        text = mine[n].strip() if n < len(mine) else ""
        scored = similarity(without_marker(text, row.original), row.original)
        answers.append(Answer(row.marker, row.original, text, scored, row.depth))
    return answers


def without_marker(mine: str, original: str) -> str:
    """The trainee's heading without a marker typed before it (一、加强领导 for 加强领导): the
    marker stands beside the box and the original is scored without it, so typing it cost
    a short heading a fifth of its score. Kept when the original itself opens that way."""
    m = match_marker(mine)
    if m is None or not m.rest.strip() or match_marker(original) is not None:
        return mine
    return m.rest.strip()


def average(answers: list[Answer]) -> float:
    """The attempt's overall score: the mean over every hidden heading (skipped ones count 0)."""
    return sum(a.score for a in answers) / len(answers) if answers else 0.0
