"""The frames the study finds for one sentence set in a short speech, for the item tests.

Why one helper: the item tests each put their sentence between the same title and closing
paragraph, so that what they assert is the sentence's frames and nothing the frame around it
adds; three files had grown their own copies of these lines.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

#: a speech of three paragraphs: a title, the sentence under test, an ordinary closing
SPEECH = "在公司工作会议上的讲话\n\n{sentence}\n\n大家回去以后要认真落实，年底再来总结。\n"


def frames_of(sentence: str):
    """The study's frames for ``sentence`` set in :data:`SPEECH`."""
    return analyze(parse_text(SPEECH.format(sentence=sentence), "t.txt")).frames


def items_of(sentence: str, phrase: str) -> list[str]:
    """The items of the first frame whose phrase holds ``phrase`` (the test fails, listing
    the phrases found, when there is none)."""
    found = [f for f in frames_of(sentence) if phrase in f.phrase]
    assert found, [f.phrase for f in frames_of(sentence)]
    return found[0].items


def items_named(sentence: str, phrase: str) -> list[str] | None:
    """The items of the frame whose phrase is exactly ``phrase``, or None when the study finds
    no such frame (for tests that assert a frame has no items, or is not found at all)."""
    found = [f for f in frames_of(sentence) if f.phrase == phrase]
    return found[0].items if found else None
