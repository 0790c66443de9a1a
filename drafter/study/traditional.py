"""Texts in traditional characters (a 1954 report, a text from Hong Kong or Taiwan): the
study's rules read simplified forms (个, 种, 两, 这, 给大家提四点要求, 最后 …), so such a text
is read through a copy with every character simplified — one character for one
(:mod:`drafter.corpus.traditional`, OpenCC's character table), so every offset stays the
same — and the phrases, items, sentences and labels found are then taken from the original
text at those offsets, as the writer wrote them (三個值得特別注意的地方, 四種指標)."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace

from drafter.corpus.model import Document
from drafter.corpus.traditional import TABLE, Restorer, is_traditional
from drafter.study.layout import Layout
from drafter.study.model import Frame, Study


def _joined(lay: Layout) -> str:
    return "\n".join(p.text for p in lay.paragraphs)


def has_traditional(lay: Layout) -> bool:
    """Whether the text is written in traditional characters
    (:func:`drafter.corpus.traditional.is_traditional`: a count, not one quoted 臺灣)."""
    return is_traditional(_joined(lay))


def simplified(lay: Layout) -> Layout:
    """``lay`` with each paragraph's text simplified character for character (offsets kept)."""
    paragraphs = [replace(p, text=p.text.translate(TABLE)) for p in lay.paragraphs]
    return replace(lay, paragraphs=paragraphs, _numbered=None)


def simplified_document(doc: Document) -> Document:
    """A copy of ``doc`` with the title and every outline text simplified character for
    character, for the study's rules to read (section headings included, which a layout's
    nodes read from the outline itself)."""
    copy = deepcopy(doc)
    m = copy.metadata
    m.title = m.title.translate(TABLE) if m.title else m.title
    o = copy.outline
    o.preamble = [t.translate(TABLE) for t in o.preamble]
    o.closing = [t.translate(TABLE) for t in o.closing]
    for section in o.walk():
        section.marker = section.marker.translate(TABLE)
        section.heading = section.heading.translate(TABLE)
        section.paragraphs = [t.translate(TABLE) for t in section.paragraphs]
        section.after = [t.translate(TABLE) for t in section.after]
    return copy


def study_restorer(original: Layout, read: Layout) -> Restorer:
    """What gives text found in ``read`` (the simplified copy) back as ``original`` writes it."""
    return Restorer(_joined(original), _joined(read))


def restore_study(study: Study, back: Restorer) -> None:
    """Give the sentences, labels and patterns of ``study`` (found in a simplified copy)
    back in the original's characters, in place; the frames are given back by
    :func:`restore` (by their offsets), the rule names and types are the program's."""
    for road in study.roadmap:
        road.text = back.text(road.text) or road.text
        road.labels = back.texts(road.labels)
    for end in (study.opening, study.closing):
        end.text = back.text(end.text) or end.text
        for part in end.parts:
            part.text = back.text(part.text) or part.text
    for transition in study.transitions:
        transition.text = back.text(transition.text) or transition.text
    for group in study.siblings:
        group.pattern = back.text(group.pattern) or group.pattern
        group.labels = back.texts(group.labels)
        group.slots = [back.texts(slot) for slot in group.slots]
        group.parent = back.text(group.parent)


def restore(frames: list[Frame], original: Layout, read: Layout) -> list[Frame]:
    """The frames found in ``read`` (the simplified copy) with their phrases and items as
    the ``original`` text writes them."""
    for frame in frames:
        span = frame.span
        frame.phrase = original.paragraphs[span.paragraph].text[span.start : span.end]
        items = []
        for k, item in enumerate(frame.items):
            at_span = frame.item_spans[k] if k < len(frame.item_spans) else None
            if at_span is None:
                items.append(item)
                continue
            text = read.paragraphs[at_span.paragraph].text
            at = text.find(item, at_span.start)
            if at < 0:
                items.append(item)
                continue
            items.append(original.paragraphs[at_span.paragraph].text[at : at + len(item)])
        frame.items = items
    return frames
