"""The exporter base class: one subclass per output format."""

from __future__ import annotations

from pathlib import Path

from drafter.drafts.model import Draft
from drafter.drafts.store import atomic_write_bytes
from drafter.export.style import Style


class ExportError(Exception):
    """An export failed; the message is one line naming the file."""


def refuse_overwriting_sources(out: str | Path, sources, option: str | None = "-o") -> None:
    """Raise :class:`ExportError` when ``out`` is one of the ``sources`` being read.

    ``drafter export -o 讲话.docx 讲话.docx`` replaced the user's own Word file (its
    layout, its tracked changes) with the re-laid-out copy, and ``compare -o OLD OLD NEW``
    put the 修订稿 where the old version was: the original was gone without a word. A
    path that does not exist yet, or one that is not a file, is never a source. ``option``
    is the CLI flag the message points to; the window, where a file name is chosen in a
    dialog, passes None."""
    out = Path(out)
    for source in sources:
        if isinstance(source, (str, Path)) and Path(source).is_file() and out.exists():
            try:
                same = out.samefile(source)
            except OSError:
                continue
            if same:
                hint = f"（{option}）" if option else ""
                raise ExportError(f"{out}: 这是要读取的原文，写出会覆盖它；请另取一个文件名{hint}")


class Exporter:
    """Renders a draft to one file format.

    Subclasses implement :meth:`render` (the file's bytes); :meth:`export` writes them
    atomically, so a failed export never leaves a half-written file where an old one was.
    Writing hints and examples are never rendered.
    """

    suffix: str = ""
    name: str = ""

    def render(self, draft: Draft, style: Style) -> bytes:
        """The whole file as bytes, built in memory, so ``export`` can write it atomically and tests
        can compare it without touching disk.
        """
        raise NotImplementedError

    def export(self, draft: Draft, path: str | Path, style: Style) -> None:
        """Render and write ``path`` atomically: a failed export never leaves half a file, and a
        write error names the path.
        """
        path = Path(path)
        data = self.render(draft, style)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
