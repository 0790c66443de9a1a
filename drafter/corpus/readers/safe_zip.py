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
import re
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


def _word_kept(name: str) -> bool:
    """A Word package's part the reader reads: XML, or a page an altChunk imports (a Word
    or RTF file only outside the folder of embedded objects, which the body never reads)."""
    lower = name.lower()
    if lower.endswith(CHUNK_SUFFIXES):
        return True
    return is_xml_part(name) or (
        lower.endswith(WORD_CHUNK_SUFFIXES) and not lower.startswith(_EMBEDDED_FOLDERS)
    )


def _is_unread(name: str) -> bool:
    """An XML part neither python-docx parses nor the reader reads (see _UNREAD_PARTS)."""
    lower = name.lower()
    return lower in _UNREAD_PARTS or (
        lower.startswith(_UNREAD_FOLDERS) and not lower.endswith(".rels")
    )


# The parts an altChunk (w:altChunk) may import into a Word body that the reader reads with
# the reader of their own form (readers.word_chunks): a web page, a browser's archive, plain
# text. Kept whole, and counted against the XML limits, where media go empty.
CHUNK_SUFFIXES = (".htm", ".html", ".xhtml", ".mht", ".mhtml", ".txt")
# A Word file or an RTF one an altChunk imports (read by the Word reader, an RTF one through
# LibreOffice): kept the same way, but not the OLE objects a document embeds (an Excel sheet,
# a .docx shown as an icon) in word/embeddings, which are no part of the body's text.
WORD_CHUNK_SUFFIXES = (".docx", ".docm", ".dotx", ".rtf")
_EMBEDDED_FOLDERS = ("word/embeddings/", "word/media/")

# ISO/IEC 29500 Strict ("Strict Open XML 文档" in Word's Save As): the Transitional package
# with every namespace and relationship type under http://purl.oclc.org/ooxml/… instead of
# http://schemas.openxmlformats.org/…/2006/…. The package's own relationship to its main
# part says which it is.
_STRICT = b"http://purl.oclc.org/ooxml/"
# the Strict URI's path -> the Transitional one's, where it is not "/2006" inserted after
# the first segment (ECMA-376 Part 1's table: the properties parts are spelled apart)
_STRICT_IRREGULAR = {
    b"officeDocument/extendedProperties": b"officeDocument/2006/extended-properties",
    b"officeDocument/customProperties": b"officeDocument/2006/custom-properties",
    b"officeDocument/relationships/extendedProperties": (
        b"officeDocument/2006/relationships/extended-properties"
    ),
    b"officeDocument/relationships/customProperties": (
        b"officeDocument/2006/relationships/custom-properties"
    ),
}
_STRICT_URI = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)((?:/[A-Za-z0-9-]+)*)")


def _transitional_uri(m: re.Match) -> bytes:
    path = m.group(1) + m.group(2)
    fixed = _STRICT_IRREGULAR.get(path)
    if fixed is None:
        fixed = m.group(1) + b"/2006" + m.group(2)
    return b"http://schemas.openxmlformats.org/" + fixed


def transitional(data: bytes) -> bytes:
    """An XML part of a Strict package with its namespaces and relationship types spelled
    as Transitional ones: python-docx (and the readers over it) know only those, and the
    two forms differ in nothing else the readers look at (element and attribute names are
    the same; Strict's ``start``/``end`` for left/right are read as such already)."""
    return _STRICT_URI.sub(_transitional_uri, data)


def _is_strict(archive: zipfile.ZipFile) -> bool:
    """Whether the package's relationship to its main part is a Strict one."""
    try:
        info = archive.getinfo("_rels/.rels")
    except KeyError:
        return False
    if info.file_size > MAX_XML_PART_BYTES:
        return False  # (refused below with its size)
    return _STRICT + b"officeDocument/relationships/officeDocument" in archive.read(info)


def checked_docx(path: Path, name: str | None = None) -> io.BytesIO:
    """The package at ``path`` as an in-memory zip of its XML parts, after checking its
    directory against the limits of :mod:`drafter.corpus.bounds`; a Strict package's parts
    translated to Transitional (:func:`transitional`), and the web pages and text an
    altChunk imports kept (:data:`CHUNK_SUFFIXES`).

    Raises :class:`ReadError` (or :class:`LimitExceeded`) naming ``name`` for a file that
    is not a zip, lists a part twice, or would inflate past a limit.
    """
    return checked_package(
        path,
        name,
        "Word 文件",
        "not a valid Word .docx file (damaged, or another format renamed .docx)",
        word=True,
    )


def checked_package(
    path: Path, name: str | None, kind: str, not_zip: str, word: bool = False
) -> io.BytesIO:
    """:func:`checked_docx` for any zip package of XML parts (an OpenDocument .odt, an OFD):
    ``kind`` names the file in the Chinese messages ("OFD 文件"), ``not_zip`` is what is
    said after the name when the file is no zip at all; ``word``: an Office Open XML
    package (Strict read as Transitional, altChunk parts kept)."""
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
        kept = is_xml_part
        if word:
            kept = _word_kept
        for info in entries:
            if info.filename in seen:
                raise ReadError(f"{name}: {kind}已损坏（部件 {info.filename} 出现了两次），未读取")
            seen.add(info.filename)
            if not kept(info.filename):
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
            strict = word and _is_strict(archive)
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for info in entries:
                    if info.is_dir():
                        continue
                    part = info.filename
                    data = archive.read(info) if kept(part) and not _is_unread(part) else b""
                    if strict and is_xml_part(part):
                        data = transitional(data)
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
