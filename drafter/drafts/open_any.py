"""Open any document as a draft: a Drafter draft, or a writer's Word, WPS, text,
Markdown or PDF file.

An office head receives the writer's .docx, not a Drafter draft. Opening it reads the
outline (headings, levels, numbering styles, paragraphs; title, speaker, date) with the
library's document reader, keeps the Word comments already in it with their anchors,
and records the file it came from in ``Draft.source``. .doc and .wps go through
LibreOffice when it is installed (converted once, so the comments come along).
"""

from __future__ import annotations

import contextlib
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.drafts.model import Draft

if TYPE_CHECKING:
    from drafter.corpus.model import Document

# What 打开稿件 offers besides drafts (.json): every kind the library reads (a web page too).
DOCUMENT_SUFFIXES = (
    ".docx", ".doc", ".wps", ".txt", ".md", ".pdf", ".rtf", ".html", ".htm", ".mhtml", ".mht",
    ".odt", ".ofd",
)  # fmt: skip
OPEN_FILTER = (
    "稿件和文档 (*.json *.docx *.doc *.wps *.odt *.txt *.md *.pdf *.ofd *.rtf"
    " *.html *.htm *.mhtml *.mht);;"
    "讲话稿草稿 (*.json);;Word/WPS 文档 (*.docx *.doc *.wps *.rtf);;"
    "OpenDocument 文档 (*.odt);;"
    "文本 (*.txt *.md);;PDF/OFD 版式文档 (*.pdf *.ofd);;网页 (*.html *.htm *.mhtml *.mht);;"
    "所有文件 (*)"
)


def is_draft_file(path: str | Path) -> bool:
    """Whether ``path`` is opened as a Drafter draft (a .json file) rather than read."""
    return Path(path).suffix.lower() == ".json"


def open_as_draft(path: str | Path, document: Document | None = None) -> Draft:
    """The draft in ``path`` (.json), or a new draft read from any document; with
    ``document`` (the library's corrected reading of that very file) its outline is used
    in place of a fresh reading, a Word file's comments still taken from the file.

    Raises :class:`~drafter.drafts.store.DraftError` for a bad draft and
    :class:`~drafter.corpus.model.ReadError` for a document that cannot be read, each a
    one-line message naming the file.
    """
    path = Path(path)
    if is_draft_file(path):
        from drafter.drafts.store import load_draft

        return load_draft(path)
    from drafter.corpus import load_document
    from drafter.drafts.convert import draft_from_document

    def as_draft(file: Path) -> Draft:
        # headings numbered in no draft style (第一点， 一　…) keep their written marker
        # (DraftNode.written_marker, renumbered in that style once the writer edits them): a
        # speech opened as a draft (打开稿件, new --from, export FILE) lost every 第二点，
        doc = document if document is not None else load_document(file)
        return draft_from_document(doc)

    suffix = path.suffix.lower()
    if _is_zip(path) and suffix in (".docx", ".doc", ".wps"):
        draft = as_draft(path)
        _keep_word_parts(draft, path)
    elif (
        (suffix in (".doc", ".wps") or suffix == ".docx" and _office_file(path))
        and path.is_file()
        and path.stat().st_size
        and not path.name.startswith("~$")
        and _soffice() is not None
    ):
        with tempfile.TemporaryDirectory(prefix="drafter-open-") as tmp:
            converted = _convert(path, Path(tmp))
            draft = as_draft(converted)
            _keep_word_parts(draft, converted)
    else:
        draft = as_draft(path)
    draft.source = str(path.resolve())
    return draft


def _keep_word_parts(draft: Draft, path: Path) -> None:
    """Keep on ``draft`` what a Word file holds beyond its text: its comments (批注) and
    its styles. Imported here, for Word files only: the comment reader brings lxml, which
    ``drafter export 报告.txt -o 报告.md`` has no use for."""
    from drafter.drafts.word_comments import import_word_comments

    import_word_comments(draft, path)
    _keep_word_styles(draft, path)


def _keep_word_styles(draft: Draft, path: Path) -> None:
    """Keep on ``draft`` the Word file's heading styles below the outline and its bold lead
    words (:mod:`drafter.drafts.source_styles`), so that a file written from the draft gives
    the writer their document back; a file the reader cannot take again keeps none."""
    from drafter.corpus.model import ReadError
    from drafter.corpus.readers import read_file
    from drafter.drafts.source_lists import keep_lists
    from drafter.drafts.source_styles import keep_source_styles

    with contextlib.suppress(ReadError):
        keep_source_styles(draft, read_file(path).blocks)
        keep_lists(draft, path)


def _office_file(path: Path) -> bool:
    """Whether a .docx that is no zip is an older Word/WPS or RTF file LibreOffice can convert.
    Anything else (a truncated download, a text file renamed) is refused as load_document
    refuses it: LibreOffice read such a file as plain text, so ``drafter export 坏.docx``
    wrote a Word file of the junk and ``drafter compare`` compared it, where ``outline``,
    ``study`` and ``review`` said 不是有效的 Word 文档."""
    from drafter.corpus.signatures import OLE_MAGIC, RTF_MAGIC, starts_with

    return starts_with(path, OLE_MAGIC, RTF_MAGIC)


def _is_zip(path: Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _soffice() -> str | None:
    from drafter.corpus.readers.convert import find_soffice

    return find_soffice()


def _convert(path: Path, tmp: Path) -> Path:
    import shutil

    from drafter.corpus.readers.convert import TIMEOUT_SECONDS, convert_to_docx

    fmt = path.suffix.lower().lstrip(".") or "doc"
    source = tmp / f"source.{fmt}"
    shutil.copyfile(path, source)
    out_dir = tmp / "out"
    out_dir.mkdir()
    soffice = _soffice()
    assert soffice is not None
    return convert_to_docx(source, out_dir, soffice, TIMEOUT_SECONDS, path.name)


def suggested_draft_path(source: str | Path) -> Path:
    """Where a draft opened from ``source`` is saved by default: beside it, same name,
    ``.json`` (``讲话.docx`` -> ``讲话.json``)."""
    return Path(source).with_suffix(".json")


def draft_folder(path: str | Path | None, source: str | None) -> str:
    """The folder an office head works in on this draft: where it is saved, else where the
    file it was opened from lies (the writer's 二稿.docx: its 初稿 to compare with, and the
    修订稿 to send back, belong beside it); "" when neither is known (a new draft)."""
    if path:
        return str(Path(path).parent)
    if source:
        return str(Path(source).parent)
    return ""


__all__ = [
    "DOCUMENT_SUFFIXES",
    "OPEN_FILTER",
    "draft_folder",
    "is_draft_file",
    "open_as_draft",
    "suggested_draft_path",
]
