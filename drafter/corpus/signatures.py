"""How the file formats users pass around begin (their magic bytes), kept in one place.

Why: a file's name often lies about it in an office (an old .doc saved as .docx, a .docx
renamed .wps, an RTF under either name). The readers pick their reader by these bytes,
the time limits give a converted file the converter's time, and a draft opened from Word
is sent to LibreOffice only when it is a format LibreOffice converts; all three read the
same bytes here.
"""

from __future__ import annotations

from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old Word .doc / WPS file (OLE compound)
RTF_MAGIC = b"{\\rtf"
ZIP_MAGIC = b"PK\x03\x04"  # a .docx (or any zip)


def file_head(path: str | Path, size: int = 8) -> bytes:
    """The first ``size`` bytes of ``path``; empty when it cannot be read (the reader that
    opens it next names the reason)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def starts_with(path: str | Path, *magic: bytes) -> bool:
    """Whether ``path`` begins with any of ``magic``."""
    return file_head(path, max(map(len, magic))).startswith(magic)
