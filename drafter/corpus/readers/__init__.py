"""Readers: one module per file format, dispatched by extension through :func:`read_file`.

Every reader returns a :class:`RawDocument` or raises :class:`ReadError` with one line that
starts with the file name; anything else a library throws on bad input is wrapped here, so
a batch import can report the file and go on with the rest.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from drafter.corpus.bounds import check_document_chars
from drafter.corpus.model import RawDocument, ReadError
from drafter.corpus.signatures import OLE_MAGIC, ZIP_MAGIC

SUPPORTED_SUFFIXES = (
    ".txt", ".md", ".docx", ".pdf", ".doc", ".wps", ".rtf", ".html", ".htm", ".mhtml", ".mht",
    ".odt", ".ofd",
)  # fmt: skip

_CONVERTED = (".doc", ".wps", ".rtf")
_HTML = (".html", ".htm", ".mhtml", ".mht")


def _reader(suffix: str) -> Callable[[Path], RawDocument] | None:
    """The reader of files ending in ``suffix``, or None. Each reader is imported when a
    file of its kind is read, not with this package: lxml, pypdf and the Word, OFD and
    converter readers cost some 0.3 s of CPU to import, and ``drafter outline 报告.txt``
    needs none of them."""
    if suffix == ".txt":
        from drafter.corpus.readers.text import read_txt as reader
    elif suffix == ".md":
        from drafter.corpus.readers.markdown import read_md as reader
    elif suffix == ".docx":
        from drafter.corpus.readers.word import read_docx as reader
    elif suffix == ".pdf":
        from drafter.corpus.readers.pdf import read_pdf as reader
    elif suffix in _CONVERTED:
        from drafter.corpus.readers.convert import read_converted as reader
    elif suffix in _HTML:
        from drafter.corpus.readers.html import read_html as reader
    elif suffix == ".odt":
        from drafter.corpus.readers.odt import read_odt as reader
    elif suffix == ".ofd":
        from drafter.corpus.readers.ofd import read_ofd as reader
    else:
        return None
    return reader


__all__ = ["BROKEN_LINK", "SUPPORTED_SUFFIXES", "ReadError", "read_file"]

# what is said of a link whose target is missing or leads back to itself (ln -s a b; ln -s
# b a): "file not found" sent the user looking for a file they can see in the folder
BROKEN_LINK = "a symbolic link that loops or points to nothing"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _stat(p: Path) -> os.stat_result | None:
    """One ``stat`` of ``p`` for what ``Path.exists``, ``is_dir`` and ``is_file`` asked with a
    ``stat`` each (every file read made four): None where they say nothing is there (a
    missing file, a broken link, a name the file system refuses), and an error they let
    through (permission denied on a folder above) raised as they raised it."""
    try:
        return os.stat(p)
    except OSError as exc:
        if exc.errno in _NOT_THERE or getattr(exc, "winerror", None) in _NOT_THERE_WINDOWS:
            return None
        raise
    except ValueError:  # a name that cannot be encoded
        return None


_NOT_THERE = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)  # as pathlib ignores
_NOT_THERE_WINDOWS = (21, 123, 1921)  # not ready, invalid name, link cannot be followed
_BINARY = getattr(os, "O_BINARY", 0)  # (Windows: no text-mode reading of that byte)


def _check_path(p: Path, st: os.stat_result | None) -> None:
    """Turn the usual file-system problems into messages a user understands (``st``: the
    file's :func:`_stat`)."""
    try:
        if st is None:
            if os.path.islink(p):
                raise ReadError(f"{p.name}: {BROKEN_LINK}")
            where = f" ({p})" if str(p) != p.name else ""
            raise ReadError(f"{p.name}: file not found{where}")
        if S_ISDIR(st.st_mode):
            raise ReadError(f"{p.name}: is a folder, not a file")
        if not S_ISREG(st.st_mode):
            raise ReadError(f"{p.name}: not a regular file (a device or pipe?)")
        # one byte through a bare descriptor: a file object would set up a buffer and
        # read a block of the file only to tell an empty file from the others
        fd = os.open(p, os.O_RDONLY | _BINARY)
        try:
            first = os.read(fd, 1)
        finally:
            os.close(fd)
    except PermissionError:
        raise ReadError(f"{p.name}: permission denied (cannot open the file)") from None
    except OSError as exc:
        raise ReadError(
            f"{p.name}: cannot open the file ({_one_line(exc.strerror or exc)})"
        ) from None
    if not first:
        raise ReadError(f"{p.name}: the file is empty")


def _sniffed_reader(
    p: Path, suffix: str, reader: Callable[[Path], RawDocument]
) -> Callable[[Path], RawDocument]:
    """Correct the reader for Word files saved under the other Word extension.

    Old binary .doc files renamed .docx, and .docx/.wps files that are really zip-based
    Word documents, are common in files passed around offices.
    """
    if suffix not in (".docx", ".doc", ".wps"):
        return reader
    with p.open("rb") as fh:
        head = fh.read(len(OLE_MAGIC))
    if suffix == ".docx" and head == OLE_MAGIC:
        from drafter.corpus.readers.convert import read_converted

        return lambda path: read_converted(path, fmt="doc")
    if suffix in (".doc", ".wps") and head.startswith(ZIP_MAGIC):
        from drafter.corpus.readers.word import read_docx

        return lambda path: read_docx(path, fmt=suffix.lstrip("."))
    return reader


def read_file(path: str | Path) -> RawDocument:
    """Read any supported file into raw blocks.

    Raises :class:`ReadError` (and nothing else) for an unsupported type, a missing,
    unreadable or empty file, or content the format's reader cannot make sense of. A file
    with no text at all (only blank lines, an empty Word document) is an error too: there
    is nothing to import, and the user should hear about it rather than find an empty entry.
    """
    p = path if isinstance(path, Path) else Path(path)  # (a new Path costs a few µs)
    st = _stat(p)
    if st is not None and S_ISDIR(st.st_mode):
        raise ReadError(f"{p.name}: is a folder, not a file")
    suffix = p.suffix.lower()
    reader = _reader(suffix)
    if reader is None:
        kind = f"'{suffix}' files are" if suffix else "files without an extension are"
        raise ReadError(
            f"{p.name}: {kind} not supported (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )
    _check_path(p, st)
    if p.name.startswith("~$"):
        raise ReadError(f"{p.name}: a temporary lock file Word/WPS keeps while a file is open")
    try:
        doc = _sniffed_reader(p, suffix, reader)(p)
    except ReadError as exc:
        raise ReadError(_one_line(exc)) from exc.__cause__
    except PermissionError:
        raise ReadError(f"{p.name}: permission denied (cannot open the file)") from None
    except Exception as exc:  # noqa: BLE001 - any library failure on bad input is a ReadError
        detail = _one_line(exc) or type(exc).__name__
        raise ReadError(f"{p.name}: could not be read ({detail[:200]})") from exc
    if doc.format != "txt":
        # (a text file's lines were counted on its decoded text, line ends and all, before
        # it was cut into them: their sum cannot be more, and summing them costs a step a
        # line)
        check_document_chars(p.name, sum([len(b.text) for b in doc.blocks]))
    if not any(block.text.strip() for block in doc.blocks):
        raise ReadError(f"{p.name}: no text found {_NO_TEXT.get(suffix, 'in the file')}")
    return doc


# Why a form that was read holds no text, by its suffix: what fits a text file (blank lines,
# a byte-order mark) is not what fits a scan. Every form got 扫描件需先做文字识别, which sent
# the writer of an empty .txt looking for an OCR program. The rest (PDF, OFD) keep "in the
# file", said with the scan hint.
_NO_TEXT = {
    **dict.fromkeys((".txt", ".md"), "(the file holds only blank lines and spaces)"),
    **dict.fromkeys(
        (".docx", ".doc", ".wps", ".rtf", ".odt"), "(a blank document, or pictures only)"
    ),
    **dict.fromkeys(_HTML, "(the page shows no text: pictures only, or a script loads it)"),
}
