"""Markdown export: ``#`` title, the speaker and date lines, ``##`` headings with markers."""

from __future__ import annotations

import re
import unicodedata

from drafter.drafts.convert import iter_body, title_block
from drafter.drafts.model import Draft
from drafter.export.base import Exporter
from drafter.export.style import Style

# A paragraph starting like this would turn into a heading, quote or list item.
_BLOCK_START = re.compile(r"^(#|>|[-+*]\s|\d+[.)]\s)")


_ORDERED = re.compile(r"^(\d+)([.)]\s)")


_SENTENCE_END = "。！？；：…!?;:"


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _bold_run_in(heading: str, text: str) -> str:
    """A run-in heading in bold, written so CommonMark closes the emphasis.

    ``**一是讲政治。**要…`` stays literal asterisks in CommonMark: a closing ``**`` after
    punctuation must be followed by space or punctuation, never by a Chinese character.
    The sentence's final 。 therefore goes after the ``**``; a heading still ending in
    punctuation (…（试行）) is bolded with inline HTML, which every renderer passes on.
    """
    core = heading.rstrip(_SENTENCE_END)
    tail = heading[len(core) :]
    follows = (tail or text)[:1]
    if core and not _is_punct(core[-1]) and not core[-1].isspace():
        return f"**{core}**{tail}{text}"
    if core and (not follows or follows.isspace() or _is_punct(follows)):
        return f"**{core}**{tail}{text}"
    return f"<strong>{heading}</strong>{text}"


def _escape_inline(text: str) -> str:
    """Text after a run-in heading: only an opening ``*`` could join the emphasis."""
    return "\\" + text if text[:1] and text[:1] in "*_" else text


def escape_block_start(text: str) -> str:
    """Backslash-escape a paragraph start that Markdown would read as markup (a list marker,
    a heading's #, a quote's >): the outline export writes its lines as Markdown too."""
    if _ORDERED.match(text):
        return _ORDERED.sub(r"\1\\\2", text, count=1)
    return "\\" + text if _BLOCK_START.match(text) else text


class MarkdownExporter(Exporter):
    """CommonMark. Heading level n becomes ``#`` × (n + 1); a run-in heading is bold at
    the start of its paragraph, so the text reads as it does in Word."""

    suffix = ".md"
    name = "md"

    def render(self, draft: Draft, style: Style) -> bytes:
        """The draft as Markdown: title block first, headings as ``#`` levels, run-in headings in
        bold at the start of their paragraph, text escaped so it never turns into markup.
        """
        blocks = [
            f"# {text}" if kind == "title" else escape_block_start(text)
            for kind, text in title_block(draft.meta, style.date_format)
        ]
        for kind, level, heading, text in iter_body(draft):
            if kind == "heading":
                blocks.append("#" * min(level + 1, 6) + " " + heading)
            elif heading:
                blocks.append(_bold_run_in(heading, _escape_inline(text)))
            else:
                blocks.append(escape_block_start(text))
        return ("\n\n".join(blocks) + "\n").encode("utf-8")
