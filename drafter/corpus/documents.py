"""Texts made of several documents: a 命令 and a spokesman's 谈话 printed under one title,
each with its own title line (and the first signed by its office). Their title lines are
the parts of the text, found by their shape — a short line standing alone whose last word
names a kind of document — and only where two or more of them stand in the text."""

from __future__ import annotations

import re

from drafter.corpus.markers import match_marker
from drafter.corpus.reflow import ends_sentence

# the last word of a document's title: a person's name or a post never ends so
DOCUMENT_END = re.compile(
    r"(?:命令|谈话|声明|通知|指示|电报|通电|布告|决定|宣言|讲话|致辞|决议|通告|公告|社论|题词)$"
)
_PUNCT = re.compile(r"[，,。；;：:！!？?、]")
_TITLE_MAX = 30


def document_titles(texts: list[str], taken: set[int]) -> list[int]:
    """The lines that title the documents a text is made of, or [] when fewer than two
    stand in it (one such line under the title is the header's, not a part)."""
    found = [i for i in range(len(texts)) if i not in taken and _titles_document(texts, i)]
    return found if len(found) >= 2 else []


def signer_lines(texts: list[str], titles: list[int]) -> set[int]:
    """The short line right above a document's title (its predecessor's signing office,
    "县防汛抗旱指挥部"): the end of the document before, never a heading of its own."""
    return {
        i - 1
        for i in titles
        if i > 0 and len(texts[i - 1]) <= _TITLE_MAX and not _PUNCT.search(texts[i - 1])
    }


def _titles_document(texts: list[str], i: int) -> bool:
    text = texts[i]
    return (
        4 <= len(text) <= _TITLE_MAX
        and DOCUMENT_END.search(text) is not None
        and not _PUNCT.search(text)
        and match_marker(text) is None
        and i + 1 < len(texts)
        and len(texts[i + 1]) > len(text)
        and ends_sentence(texts[i + 1])
    )
