"""One entry point that runs every study pass over a document."""

from __future__ import annotations

from drafter.corpus.model import Document
from drafter.study.bookends import find_closing, find_opening, opens_on_question
from drafter.study.frames import find_frames
from drafter.study.layout import layout
from drafter.study.model import Bookend, Study
from drafter.study.questions import floor_questions
from drafter.study.roadmap import find_roadmap
from drafter.study.siblings import find_siblings
from drafter.study.stats import DEFAULT_RATE, seconds_for, section_stats, structure_rows
from drafter.study.traditional import (
    has_traditional,
    restore,
    restore_study,
    simplified_document,
    study_restorer,
)
from drafter.study.transitions import find_transitions


def analyze(doc: Document, rate: int = DEFAULT_RATE) -> Study:
    """Take ``doc`` apart for a trainee. ``rate`` is the speaking rate in characters a
    minute (Preferences); it only changes the seconds. A text in traditional characters
    is read through a simplified copy and what is found given back in its own characters
    (:mod:`drafter.study.traditional`)."""
    lay = layout(doc)
    read = layout(simplified_document(doc)) if has_traditional(lay) else lay
    frames = find_frames(read, simplified_by_caller=True)  # (the script is counted above)
    if read is not lay:
        frames = restore(frames, lay, read)
    roadmap = find_roadmap(read)
    siblings = find_siblings(read)
    stats, total = section_stats(lay, rate)
    # Link each section to the frame that counts it and to its group's pattern.
    frame_of: dict[int, str] = {}
    for frame in frames:
        if frame.listed and frame.source == "sections":
            for span in frame.item_spans:
                frame_of.setdefault(span.paragraph, frame.phrase)
    pattern_of = {h: s.pattern for s in siblings for h in s.headings}
    for row in stats:
        row.frame = frame_of.get(row.paragraph)
        row.pattern = pattern_of.get(row.paragraph)
    warnings = [r.warning for r in roadmap if r.warning]
    questions = floor_questions(read)
    opening = find_opening(read)
    if opens_on_question(read, opening.paragraphs, questions):
        opening = Bookend(None, "")  # a Q&A opens on its first question: no opening of its own
    study = Study(
        path=doc.path,
        title=doc.metadata.title,
        frames=frames,
        roadmap=roadmap,
        opening=opening,
        closing=find_closing(read),
        transitions=find_transitions(read, roadmap),
        siblings=siblings,
        sections=stats,
        total_chars=total,
        total_seconds=seconds_for(total, rate),
        rate=rate,
        warnings=warnings,
        questions=questions,
    )
    if read is not lay:
        restore_study(study, study_restorer(lay, read))
    study.structure = structure_rows(study, lay)
    return study
