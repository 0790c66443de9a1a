"""Markdown export: ``#`` title, the speaker and date lines, ``##`` headings with markers."""

from __future__ import annotations

import re

from drafter.drafts.convert import iter_body, title_block
from drafter.drafts.model import Draft
from drafter.export.base import Exporter
from drafter.export.style import Style

# A paragraph starting like this would turn into a heading, quote or list item.
_BLOCK_START = re.compile(r"^(#|>|[-+*]\s|\d+[.)]\s)")


_ORDERED = re.compile(r"^(\d+)([.)]\s)")


def _escape(text: str) -> str:
    """Backslash-escape a paragraph start that Markdown would read as markup."""
    if _ORDERED.match(text):
        return _ORDERED.sub(r"\1\\\2", text, count=1)
    return "\\" + text if _BLOCK_START.match(text) else text


class MarkdownExporter(Exporter):
    """CommonMark. Heading level n becomes ``#`` × (n + 1); a run-in heading is bold at
    the start of its paragraph, so the text reads as it does in Word."""

    suffix = ".md"
    name = "md"

    def render(self, draft: Draft, style: Style) -> bytes:
        blocks = [
            f"# {text}" if kind == "title" else _escape(text)
            for kind, text in title_block(draft.meta, style.date_format)
        ]
        for kind, level, heading, text in iter_body(draft):
            if kind == "heading":
                blocks.append("#" * min(level + 1, 6) + " " + heading)
            elif heading:
                blocks.append(f"**{heading}**{text}")
            else:
                blocks.append(_escape(text))
        return ("\n\n".join(blocks) + "\n").encode("utf-8")
