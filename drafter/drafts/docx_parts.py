"""The XML parts of a .docx as Word, WPS and LibreOffice leave them, read safely.

One home for what the readers of a .docx's comments (:mod:`drafter.drafts.word_comments`)
and of its tracked changes (:mod:`drafter.drafts.word_revisions`) share: the namespaces,
a parser that resolves no entity and fetches nothing, what of a paragraph is not its
visible text, one part opened without failing (the text of the file was read already:
these parts are extra), and the file's save stamp.
"""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def wtag(tag: str) -> str:
    """``tag`` in the main WordprocessingML namespace, as lxml names it."""
    return f"{{{W}}}{tag}"


# Not visible text of a paragraph (as in drafter.corpus.readers.word).
NOT_TEXT = {
    wtag(t)
    for t in (
        "del", "moveFrom", "pPr", "rPr", "instrText", "delText", "delInstrText",
        "txbxContent", "drawing", "pict", "object", "fldData",
    )
} | {"{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}  # fmt: skip
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def read_part(zf: zipfile.ZipFile, name: str):
    """The root of part ``name`` of an open .docx, or None when the file has no such part."""
    try:
        data = zf.read(name)
    except KeyError:
        return None
    return etree.fromstring(data, PARSER)


def docx_part(path: str | Path, name: str):
    """The root of part ``name`` of the .docx at ``path``; None for any other file, one
    that cannot be read, or one without the part."""
    if Path(path).suffix.lower() != ".docx":
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            return read_part(zf, name)
    except (OSError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return None


def saved_in_word(path: str | Path) -> tuple[datetime | None, bool]:
    """``(when last saved, by a word processor)`` of a .docx, from its ``docProps/core.xml``:
    ``dcterms:modified`` (UTC, as Word, WPS and LibreOffice write it), and whether it was
    saved after Drafter wrote it (Drafter's export leaves ``cp:lastModifiedBy`` empty and
    ``cp:revision`` 1; Word names the person saving and counts the saves). A writer's third
    version answers no comment anew, and only its date says it is newer than the head's
    draft. ``(None, False)`` for any other file or one without the date."""
    root = docx_part(path, "docProps/core.xml")
    if root is None:
        return None, False
    values = {el.tag.rsplit("}", 1)[-1]: (el.text or "").strip() for el in root}
    try:
        when = datetime.fromisoformat(values.get("modified", "").replace("Z", "+00:00"))
    except ValueError:
        return None, False
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    try:
        revision = int(values.get("revision") or 0)
    except ValueError:
        revision = 0
    return when, bool(values.get("lastModifiedBy")) or revision > 1
