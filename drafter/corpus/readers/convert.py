"""Old Word (.doc), WPS (.wps) and RTF files: converted to .docx by LibreOffice, then read.

No pure-Python reader handles these formats well, so we use LibreOffice when it is
installed (headless, with its own throw-away profile so a running LibreOffice window does
not block it) and otherwise tell the user how to convert the file themselves.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from drafter.corpus.bounds import convert_seconds
from drafter.corpus.model import RawDocument, ReadError
from drafter.corpus.readers.rtf_pntext import inline_pntext
from drafter.corpus.readers.soffice import TIMEOUT_SECONDS, convert_to_docx, find_soffice
from drafter.corpus.readers.word import read_docx

__all__ = ["TIMEOUT_SECONDS", "convert_to_docx", "find_soffice", "read_converted"]


def read_converted(path: Path, timeout: float | None = None, fmt: str | None = None) -> RawDocument:
    """Read a .doc/.wps/.rtf file through LibreOffice; the format stays the original one.

    ``fmt`` overrides the format taken from the suffix (an old .doc renamed .docx).
    """
    fmt = fmt or path.suffix.lower().lstrip(".")
    if timeout is None:  # bounded by the file's size (see drafter.corpus.bounds)
        timeout = convert_seconds(path.stat().st_size)
    soffice = find_soffice()
    if soffice is None:
        raise ReadError(
            f"{path.name}: .{fmt} files need LibreOffice to convert; install LibreOffice "
            "or save the file as .docx in Word/WPS (另存为 .docx)"
        )
    with tempfile.TemporaryDirectory(prefix="drafter-convert-") as tmp:
        # Copy under a plain name: LibreOffice mishandles some non-ASCII paths on Windows.
        source = Path(tmp) / f"source.{fmt}"
        _copy_source(path, source)
        out_dir = Path(tmp) / "out"
        out_dir.mkdir()
        converted = convert_to_docx(source, out_dir, soffice, timeout, path.name)
        doc = read_docx(converted, fmt=fmt, display_name=path.name)
    doc.path = str(path)
    return doc


def _copy_source(path: Path, source: Path) -> None:
    """Copy the user's file for LibreOffice; an RTF's ``\\pntext`` numbers written into its text.

    LibreOffice drops old-style ``\\pntext`` paragraph numbers (see :mod:`.rtf_pntext`), and for
    outline numbers (一、 （一）) they are the text's structure.
    """
    with path.open("rb") as fh:
        head = fh.read(64)
    if head.lstrip()[:5] == b"{\\rtf":
        rewritten = inline_pntext(path.read_bytes())
        if rewritten is not None:
            source.write_bytes(rewritten)
            return
    shutil.copyfile(path, source)
