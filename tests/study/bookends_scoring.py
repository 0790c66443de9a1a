"""Scoring openings, closings and transitions against the hand-made gold.

Shared by the gold tests tests/study/test_study_bookends*_gold.py and by
bench/study_bookends_quality.py. A new batch's test needs only :func:`gold_figures` (scores a
gold file against the real texts, skipping when ../shared is absent), :func:`gold_counts` and
:func:`files_in` (what the batch holds, that it is new) and :func:`assert_floors` (the floors).
The gold (tests/study/gold/study_bookends.json) keeps only short anchors: the first words
of the body (where the opening ends), the first words of the closing (``null``: the text
ends on its last section), a few words of each labelled part, and a few words of each
transition sentence. Anchors are found in the paragraphs the analysis reads, so a
boundary is compared as a position, not as text:

* a boundary is right when at most one sentence (or one heading line) lies between the
  predicted and the gold position;
* a gold part is found when a predicted part of the same bookend covers its anchor, and
  its label is right when the kinds agree; a predicted part covering no anchor is spurious;
* a gold transition is found when a predicted transition (or, since the analysis reports a
  sentence that announces parts as roadmap rather than twice, a roadmap sentence) covers
  it; precision counts only the transitions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

BOOKENDS_FILE = Path(__file__).resolve().parent / "gold" / "study_bookends.json"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
_SENTENCE_END = re.compile(r"[。！？!?；;]|\n")
_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def load_bookends(path: Path = BOOKENDS_FILE) -> list[dict]:
    """The entries of a bookends gold file (one a text)."""
    return json.loads(path.read_text(encoding="utf-8"))


def gold_file(name: str) -> Path:
    """A bookends gold file beside study_bookends.json, e.g. ``gold_file("study_bookends_b3.json")``,
    so each batch's test names its gold the same way."""
    return BOOKENDS_FILE.with_name(name)


def files_in(*paths: Path) -> set[str]:
    """The texts (``file`` fields) of the given gold files: a new batch asserts it shares none
    with the earlier ones, or its figures would not be blind."""
    return {entry["file"] for path in paths for entry in load_bookends(path)}


def gold_counts(path: Path) -> dict[str, int]:
    """What a gold file holds, so a batch's test can assert it is the batch its docstring says
    (texts, labelled parts in openings and closings, transitions, texts ending on a section)."""
    entries = load_bookends(path)
    return {
        "texts": len(entries),
        "opening_parts": sum(len(e["opening"]["parts"]) for e in entries),
        "closing_parts": sum(len((e["closing"] or {}).get("parts", [])) for e in entries),
        "transitions": sum(len(e["transitions"]) for e in entries),
        "no_closing": sum(e["closing"] is None for e in entries),
    }


def gold_figures(path: Path = BOOKENDS_FILE, shared: Path = SHARED) -> dict:
    """Score every text of a gold file with the analysis as it stands and return the figures.

    Called from a module-scoped pytest fixture: it skips the test module, with a reason naming
    the path, when ../shared or one of the texts is absent (the real texts are never copied into
    the project), rather than scoring a partial batch whose figures would mislead."""
    import pytest  # only the tests skip; the bench scores through score_bookends

    from drafter.corpus.load import load_document
    from drafter.study.analyze import analyze
    from drafter.study.layout import layout

    if not shared.is_dir():
        pytest.skip(f"{shared} is absent: the bookend gold needs the real texts beside the project")
    score = BookendScore()
    for entry in load_bookends(path):
        text = shared / entry["file"]
        if not text.exists():
            pytest.skip(f"{text} is missing from ../shared")
        doc = load_document(text)
        score_bookends(entry, analyze(doc), layout(doc), score)
    return score.figures()


def assert_floors(figures: dict, **floors: float) -> None:
    """Assert each named figure is at least its floor; the message shows all the figures, so a
    failure says at once what else moved."""
    for name, floor in floors.items():
        assert figures[name] >= floor, (name, floor, figures)


Pos = tuple[int, int]  # (paragraph index, offset)


def _find(paras: list[str], anchor: str, after: Pos = (0, 0), last: bool = False) -> Pos | None:
    """Where ``anchor`` starts: the first occurrence at or after ``after`` (the last one
    before ``after`` when ``last``)."""
    hits: list[Pos] = []
    for i, text in enumerate(paras):
        start = 0
        while (k := text.find(anchor, start)) >= 0:
            hits.append((i, k))
            start = k + 1
    if last:
        before = [h for h in hits if h < after]
        return before[-1] if before else None
    later = [h for h in hits if h >= after]
    return later[0] if later else None


def sentences_between(paras: list[str], a: Pos, b: Pos) -> int:
    """How many sentences (or heading lines) lie between two positions."""
    a, b = min(a, b), max(a, b)
    if a[0] == b[0]:
        chunk = paras[a[0]][a[1] : b[1]] if a[0] < len(paras) else ""
    else:
        parts = [paras[a[0]][a[1] :]] if a[0] < len(paras) else []
        parts += paras[a[0] + 1 : b[0]]
        if b[0] < len(paras):
            parts.append(paras[b[0]][: b[1]])
        chunk = "\n".join(parts)
    return sum(1 for piece in _SENTENCE_END.split(chunk) if len(_WORDY.findall(piece)) >= 2)


@dataclass
class BookendScore:
    """Counts over a set of documents."""

    docs: int = 0
    opening_right: int = 0
    closing_right: int = 0
    opening_type_right: int = 0
    closing_type_right: int = 0
    gold_parts: int = 0
    found_parts: int = 0  # gold parts covered by a predicted part
    labels_right: int = 0  # ... with the same kind
    predicted_parts: int = 0
    spurious_parts: int = 0
    gold_transitions: int = 0
    transition_hits: int = 0
    predicted_transitions: int = 0
    transitions_right: int = 0
    notes: list[str] = field(default_factory=list)

    def figures(self) -> dict:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 1.0

        return {
            "docs": self.docs,
            "opening_boundary": ratio(self.opening_right, self.docs),
            "closing_boundary": ratio(self.closing_right, self.docs),
            "opening_type": ratio(self.opening_type_right, self.docs),
            "closing_type": ratio(self.closing_type_right, self.docs),
            "parts_recall": ratio(self.found_parts, self.gold_parts),
            "parts_labels": ratio(self.labels_right, self.gold_parts),
            "parts_precision": ratio(
                self.predicted_parts - self.spurious_parts, self.predicted_parts
            ),
            "transition_recall": ratio(self.transition_hits, self.gold_transitions),
            "transition_precision": ratio(self.transitions_right, self.predicted_transitions),
            "gold_parts": self.gold_parts,
            "predicted_parts": self.predicted_parts,
            "gold_transitions": self.gold_transitions,
            "predicted_transitions": self.predicted_transitions,
        }


def _covers(span, pos: Pos, length: int) -> bool:
    return span.paragraph == pos[0] and span.start < pos[1] + length and pos[1] < span.end


def score_bookends(entry: dict, study, lay, score: BookendScore) -> None:
    """Add one document's comparison to ``score``. ``lay`` is ``layout(doc)``: its
    paragraphs are those the analysis read; its preamble and closing are the bookends'
    paragraphs unless the bookends name their own."""
    paras = [p.text for p in lay.paragraphs]
    # Bookends made before they named their paragraphs (the blind run) used the outline's.
    opening_paras = getattr(study.opening, "paragraphs", lay.preamble)
    closing_paras = getattr(study.closing, "paragraphs", lay.closing)
    name = Path(entry["file"]).stem[:20]
    score.docs += 1
    end: Pos = (len(paras), 0)
    body = _find(paras, entry["opening"]["body"])
    if body is None:
        raise ValueError(f"{entry['file']}: body anchor not found: {entry['opening']['body']}")
    closing_gold = entry["closing"]
    if closing_gold:
        cstart = _find(paras, closing_gold["start"], end, last=True)
        if cstart is None:
            raise ValueError(f"{entry['file']}: closing anchor not found")
    else:
        cstart = end
    # Boundaries.
    stop = getattr(study.opening, "stop", None)
    opening_end: Pos = (
        ((opening_paras[-1], stop) if stop is not None else (opening_paras[-1] + 1, 0))
        if opening_paras
        else (0, 0)
    )
    gap = sentences_between(paras, opening_end, body)
    if gap <= 1:
        score.opening_right += 1
    else:
        score.notes.append(f"{name}: opening ends {gap} sentences off")
    closing_start: Pos = (
        (closing_paras[0], getattr(study.closing, "start", 0)) if closing_paras else end
    )
    gap = sentences_between(paras, closing_start, cstart)
    if gap <= 1:
        score.closing_right += 1
    else:
        score.notes.append(f"{name}: closing starts {gap} sentences off")
    # Types.
    if study.opening.type == entry["opening"]["type"]:
        score.opening_type_right += 1
    else:
        score.notes.append(
            f"{name}: opening type {study.opening.type} ≠ {entry['opening']['type']}"
        )
    ctype = closing_gold["type"] if closing_gold else None
    if study.closing.type == ctype:
        score.closing_type_right += 1
    else:
        score.notes.append(f"{name}: closing type {study.closing.type} ≠ {ctype}")
    # Parts.
    for bookend, gold_parts, where in (
        (study.opening, entry["opening"]["parts"], "opening"),
        (study.closing, closing_gold["parts"] if closing_gold else [], "closing"),
    ):
        placed = []
        for kind, anchor in gold_parts:
            pos = (
                _find(paras, anchor, body, last=True)
                if where == "opening"
                else _find(paras, anchor, cstart)
            )
            if pos is None:  # the reader lost it (taken for a title line): a miss
                score.gold_parts += 1
                score.notes.append(f"{name}: {where} part {kind} not in the text as read")
                continue
            placed.append((kind, anchor, pos))
        score.gold_parts += len(placed)
        score.predicted_parts += len(bookend.parts)
        for kind, anchor, pos in placed:
            hits = [p for p in bookend.parts if _covers(p.span, pos, len(anchor))]
            if not hits:
                score.notes.append(f"{name}: {where} part {kind} missed ({anchor})")
                continue
            score.found_parts += 1
            if any(p.kind == kind for p in hits):
                score.labels_right += 1
            else:
                got = "/".join(p.kind for p in hits)
                score.notes.append(f"{name}: {where} part {anchor} labelled {got}, not {kind}")
        for p in bookend.parts:
            if not any(_covers(p.span, pos, len(a)) for _, a, pos in placed):
                score.spurious_parts += 1
                score.notes.append(f"{name}: spurious {where} part {p.kind} ({p.text[:14]})")
    # Transitions.
    placed = []
    for anchor in entry["transitions"]:
        pos = _find(paras, anchor, body)
        if pos is None:
            score.gold_transitions += 1
            score.notes.append(f"{name}: transition not in the text as read ({anchor})")
            continue
        placed.append((anchor, pos))
    score.gold_transitions += len(placed)
    score.predicted_transitions += len(study.transitions)
    spans = [t.span for t in study.transitions] + [r.span for r in study.roadmap]
    for anchor, pos in placed:
        if any(_covers(s, pos, len(anchor)) for s in spans):
            score.transition_hits += 1
        else:
            score.notes.append(f"{name}: transition missed ({anchor})")
    for t in study.transitions:
        if any(_covers(t.span, pos, len(a)) for a, pos in placed):
            score.transitions_right += 1
        else:
            score.notes.append(f"{name}: spurious transition ({t.text[:16]})")
