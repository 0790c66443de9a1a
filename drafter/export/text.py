"""Plain-text export: markers kept, one paragraph per line, blank lines between."""

from __future__ import annotations

from drafter.drafts.convert import draft_to_outline_text
from drafter.drafts.model import Draft
from drafter.export.base import Exporter
from drafter.export.style import Style


class TextExporter(Exporter):
    """UTF-8 text. ``indent`` starts body paragraphs with two full-width spaces."""

    suffix = ".txt"
    name = "txt"

    def __init__(self, indent: bool = False) -> None:
        self.indent = indent

    def render(self, draft: Draft, style: Style) -> bytes:
        """The draft as indented plain text (the outline form), UTF-8."""
        text = draft_to_outline_text(draft, indent=self.indent, date_style=style.date_format)
        return text.encode("utf-8")
