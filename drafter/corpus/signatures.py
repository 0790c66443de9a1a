"""How the file formats users pass around begin (their magic bytes), kept in one place.

Why: a file's name often lies about it in an office (an old .doc saved as .docx, a .docx
renamed .wps, an RTF under either name). The readers pick their reader by these bytes,
the time limits give a converted file the converter's time, and a draft opened from Word
is sent to LibreOffice only when it is a format LibreOffice converts; all three read the
same bytes here.
"""

from __future__ import annotations

import struct
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


# the streams an OLE compound file holds in place of a Word document's parts when Word or
# WPS saved the .docx with an opening password (MS-OFFCRYPTO), their names in UTF-16
_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_DIRECTORY_SECTORS = 4  # the streams of an encrypted package sit in the first directory entries


def is_encrypted_package(path: str | Path) -> bool:
    """Whether ``path`` is a password-protected .docx (an OLE file holding an encrypted
    package): Word keeps such a file as OLE, so it looked like an old .doc, went to
    LibreOffice, and came back as "damaged, or not the format its name says"; the user
    needed to hear "remove the password". Reads the header and the first directory
    sectors only (the sector size and where the directory starts are in the header)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(512)
            if len(header) < 512 or not header.startswith(OLE_MAGIC):
                return False
            shift = struct.unpack_from("<H", header, 0x1E)[0]
            first_directory = struct.unpack_from("<I", header, 0x30)[0]
            if not 7 <= shift <= 16 or first_directory >= 0xFFFFFFFA:
                return False
            size = 1 << shift
            fh.seek((first_directory + 1) * size)
            directory = fh.read(size * _DIRECTORY_SECTORS)
    except OSError:
        return False
    return any(name in directory for name in _ENCRYPTED_STREAMS)
