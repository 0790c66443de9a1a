"""Opening a .docx safely: the zip checked by its directory before anything is inflated.

python-docx reads every part of the package into memory, images included, and parses
every XML part whole. A 6 KB file can declare a 2 GB image or 1.5 GB of whitespace in
``document.xml``; a damaged file can list the same part twice. So before python-docx sees
the file we read the zip directory ourselves: too many entries, an XML part or all XML
parts together over their limits, or a duplicated part name is a clear error naming the
file, and what python-docx then opens is a copy in memory holding only the XML parts
(media, fonts and embedded objects become empty: we read text, never pictures).

Python's zipfile never inflates an entry past the size its directory declares (and then
fails its CRC check), so checking declared sizes bounds the bytes actually produced.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from drafter.corpus.bounds import (
    MAX_XML_PART_BYTES,
    MAX_XML_TOTAL_BYTES,
    MAX_ZIP_ENTRIES,
    LimitExceeded,
    human_size,
)
from drafter.corpus.model import ReadError

_XML_SUFFIXES = (".xml", ".rels")


def is_xml_part(name: str) -> bool:
    """A part python-docx parses as XML (content types, relationships, documents)."""
    return name.lower().endswith(_XML_SUFFIXES)


# XML parts python-docx keeps as opaque bytes (no part class of its own) and the reader never
# opens: Word 2010's second copy of the styles (stylesWithEffects: as large as styles.xml),
# the theme, the font table, web settings, custom XML and the application's properties.
# Handed over empty like the media: inflating them was a third of opening a blank Word file.
_UNREAD_PARTS = frozenset(
    ("word/styleswitheffects.xml", "word/fonttable.xml", "word/websettings.xml", "docprops/app.xml")
)
_UNREAD_FOLDERS = ("word/theme/", "customxml/")


def _is_unread(name: str) -> bool:
    """An XML part neither python-docx parses nor the reader reads (see _UNREAD_PARTS)."""
    lower = name.lower()
    return lower in _UNREAD_PARTS or (
        lower.startswith(_UNREAD_FOLDERS) and not lower.endswith(".rels")
    )


def checked_docx(path: Path, name: str | None = None) -> io.BytesIO:
    """The package at ``path`` as an in-memory zip of its XML parts, after checking its
    directory against the limits of :mod:`drafter.corpus.bounds`.

    Raises :class:`ReadError` (or :class:`LimitExceeded`) naming ``name`` for a file that
    is not a zip, lists a part twice, or would inflate past a limit.
    """
    return checked_package(
        path,
        name,
        "Word 文件",
        "not a valid Word .docx file (damaged, or another format renamed .docx)",
    )


def checked_package(path: Path, name: str | None, kind: str, not_zip: str) -> io.BytesIO:
    """:func:`checked_docx` for any zip package of XML parts (an OpenDocument .odt, an OFD):
    ``kind`` names the file in the Chinese messages ("OFD 文件"), ``not_zip`` is what is
    said after the name when the file is no zip at all."""
    name = name or path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ReadError(f"{name}: {not_zip}") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise LimitExceeded(
                f"{name}: {kind}的部件过多（{len(entries)} 个，上限 {MAX_ZIP_ENTRIES}），未读取"
            )
        seen: set[str] = set()
        total = 0
        for info in entries:
            if info.filename in seen:
                raise ReadError(f"{name}: {kind}已损坏（部件 {info.filename} 出现了两次），未读取")
            seen.add(info.filename)
            if not is_xml_part(info.filename):
                continue
            if info.file_size > MAX_XML_PART_BYTES:
                raise LimitExceeded(
                    f"{name}: {kind}的部件 {info.filename} 解压后过大"
                    f"（{human_size(info.file_size)}，上限 {human_size(MAX_XML_PART_BYTES)}），未读取"
                )
            total += info.file_size
            if total > MAX_XML_TOTAL_BYTES:
                raise LimitExceeded(
                    f"{name}: {kind}解压后过大（超过 {human_size(MAX_XML_TOTAL_BYTES)}），未读取"
                )
        out = io.BytesIO()
        try:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for info in entries:
                    if info.is_dir():
                        continue
                    part = info.filename
                    data = archive.read(info) if is_xml_part(part) and not _is_unread(part) else b""
                    copy.writestr(info.filename, data)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as exc:
            raise ReadError(f"{name}: {kind}已损坏（无法解压：{exc}），未读取") from exc
    out.seek(0)
    return out
