"""The exporter base class: one subclass per output format."""

from __future__ import annotations

from pathlib import Path

from drafter.drafts.model import Draft
from drafter.drafts.store import atomic_write_bytes
from drafter.export.style import Style


class ExportError(Exception):
    """An export failed; the message is one line naming the file."""


class Exporter:
    """Renders a draft to one file format.

    Subclasses implement :meth:`render` (the file's bytes); :meth:`export` writes them
    atomically, so a failed export never leaves a half-written file where an old one was.
    Writing hints and examples are never rendered.
    """

    suffix: str = ""
    name: str = ""

    def render(self, draft: Draft, style: Style) -> bytes:
        raise NotImplementedError

    def export(self, draft: Draft, path: str | Path, style: Style) -> None:
        path = Path(path)
        data = self.render(draft, style)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
