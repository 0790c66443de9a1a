"""Exporters: one module per format behind a small base class.

``export_draft`` writes a draft in the format its file name asks for; ``export_any``
also accepts any document the library can read, so an old speech can be re-laid out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from drafter.export.style_names import builtin_styles
from drafter.lazy_names import import_home

if TYPE_CHECKING:
    from drafter.drafts.model import Draft
    from drafter.export.base import Exporter, ExportError, refuse_overwriting_sources
    from drafter.export.docx import DocxExporter
    from drafter.export.markdown import MarkdownExporter
    from drafter.export.style import Style, StyleError, load_style
    from drafter.export.text import TextExporter

# The formats by name. The exporters, the draft model and the styles come on first use
# (``__getattr__`` below): the Word exporter pulls in python-docx, lxml and the house word
# lists, the others the draft model, and every ``drafter`` command imports this package to
# list the formats and styles in ``drafter export --help``.
FORMAT_NAMES = ("docx", "md", "txt")

# Each name this package offers from a module of its own, and that module.
_HOMES = {
    "Exporter": "base",
    "ExportError": "base",
    "refuse_overwriting_sources": "base",
    "MarkdownExporter": "markdown",
    "TextExporter": "text",
    "Style": "style",
    "StyleError": "style",
    "load_style": "style",
}


def _formats() -> dict[str, type[Exporter]]:
    """Each format's exporter class, the Word one imported here."""
    from drafter.export.docx import DocxExporter
    from drafter.export.markdown import MarkdownExporter
    from drafter.export.text import TextExporter

    return {"docx": DocxExporter, "md": MarkdownExporter, "txt": TextExporter}


def __getattr__(name: str) -> object:
    """The exporters, styles and errors on first use (PEP 562), see ``FORMAT_NAMES``."""
    if name in ("FORMATS", "DocxExporter"):
        formats = _formats()
        globals().update(FORMATS=formats, DocxExporter=formats["docx"])
        return globals()[name]
    return import_home(__name__, _HOMES, globals(), name)


_SUFFIXES = {".docx": "docx", ".md": "md", ".markdown": "md", ".txt": "txt"}


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The export format: ``fmt`` when given, else from the file's suffix."""
    from drafter.export.base import ExportError

    if fmt:
        if fmt not in FORMAT_NAMES:
            raise ExportError(f"unknown format {fmt!r} (use {', '.join(FORMAT_NAMES)})")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ExportError(
            f"{path}: cannot tell the format from the suffix {suffix or '(none)'!r} "
            "(use .docx, .md or .txt, or --format)"
        )
    return _SUFFIXES[suffix]


def export_draft(
    draft: Draft,
    path: str | Path,
    fmt: str | None = None,
    style: Style | str | Path | None = None,
    *,
    indent: bool = False,
    outline_only: bool = False,
    comments: bool = True,
    outline_notes=None,
) -> Path:
    """Write ``draft`` to ``path`` (atomically) and return the path. ``indent`` starts
    plain-text paragraphs with two full-width spaces (other formats indent by layout);
    ``outline_only`` writes the headings only (提纲, see ``drafter.export.outline``), with
    ``outline_notes`` (an :class:`~drafter.export.outline.OutlineNotes`: a model text's
    〔开头〕/〔结尾〕) where they stand.
    A Word file carries the draft's comments (批注) as Word comments unless
    ``comments`` is false."""
    from drafter.export.base import refuse_overwriting_sources
    from drafter.export.markdown import MarkdownExporter
    from drafter.export.style import Style, load_style
    from drafter.export.text import TextExporter

    path = Path(path)
    fmt = format_for(path, fmt)
    # the writer's file the draft was opened from stays as it came (a Word file's layout and
    # tracked changes would be replaced by the re-laid-out copy), whichever dialog asked
    refuse_overwriting_sources(path, [draft.source], option=None)
    check_dates(draft, path)
    if outline_only:
        from drafter.export.outline import OUTLINE_FORMATS

        exporter: Exporter = OUTLINE_FORMATS[fmt](notes=outline_notes)
    elif fmt == "docx" and comments and draft.comments:
        from drafter.export.comments import WordCommentsDecorator
        from drafter.export.docx import DocxExporter

        exporter = DocxExporter(decorators=(WordCommentsDecorator(),))
    elif fmt == "txt":
        exporter = TextExporter(indent=indent)
    elif fmt == "md":  # not through _formats(): that imports python-docx for the Word one
        exporter = MarkdownExporter()
    else:
        exporter = _formats()[fmt]()
    if not isinstance(style, Style):
        style = load_style(style)
    exporter.export(draft, path, style)
    return path


def check_dates(draft: Draft, path: str | Path) -> None:
    """Refuse to export a draft whose date cannot exist (2025-02-30): printed under the
    title of an official document, it would be an error nobody notices until too late."""
    from drafter.drafts.dates import date_problem
    from drafter.export.base import ExportError

    problem = date_problem(draft.meta.date or "")
    if problem:
        raise ExportError(f"{path}: 稿件日期 {draft.meta.date} 不存在（{problem}），请先改正日期")


def load_input(input_path: str | Path) -> Draft:
    """A draft file (.json) as it is, or any readable document converted to a draft
    (a .docx keeps its Word comments, so a re-laid-out file still carries them)."""
    from drafter.drafts.open_any import open_as_draft

    return open_as_draft(input_path)


def export_any(
    input_path: str | Path | Draft,
    out_path: str | Path,
    style: Style | str | Path | None = None,
    fmt: str | None = None,
    *,
    indent: bool = False,
    outline_only: bool = False,
    comments: bool = True,
) -> Path:
    """Export a draft .json or any document ``drafter.corpus.load_document`` reads (or a
    Draft already in hand, such as a library document's).

    Raises DraftError, ReadError, StyleError or ExportError, each a one-line message.
    """
    from drafter.drafts.model import Draft
    from drafter.export.base import refuse_overwriting_sources
    from drafter.export.style import Style, load_style

    fmt = format_for(out_path, fmt)  # a bad output name or style fails before any reading
    refuse_overwriting_sources(out_path, [input_path])
    if not isinstance(style, Style):
        style = load_style(style)
    draft = input_path if isinstance(input_path, Draft) else load_input(input_path)
    return export_draft(
        draft, out_path, fmt, style, indent=indent, outline_only=outline_only, comments=comments
    )


__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "DocxExporter",
    "ExportError",
    "Exporter",
    "MarkdownExporter",
    "Style",
    "StyleError",
    "TextExporter",
    "builtin_styles",
    "check_dates",
    "export_any",
    "export_draft",
    "format_for",
    "load_input",
    "load_style",
    "refuse_overwriting_sources",
]
