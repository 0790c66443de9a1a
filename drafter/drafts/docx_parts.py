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


# Not visible text of a paragraph (as in drafter.corpus.readers.word_runs).
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


def word_saves(path: str | Path) -> int:
    """How many times a word processor saved a .docx (``cp:revision`` in its
    ``docProps/core.xml``; Word counts on from the file a version was saved as, Drafter's
    export writes 1), or 0 for any other file or one without the count. An old version
    opened and saved again today has a new date but fewer saves than its successor."""
    root = docx_part(path, "docProps/core.xml")
    if root is None:
        return 0
    for el in root:
        if el.tag.rsplit("}", 1)[-1] == "revision":
            try:
                return max(int((el.text or "").strip()), 0)
            except ValueError:
                return 0
    return 0


def word_saved_note(path: str | Path) -> str:
    """``李写手 11-26 10:05 保存`` for a .docx a word processor saved (who, when in local
    time), shown beside its name in 比较稿件: which side is older is told by what the
    texts say, and the head sees the file's own date to judge for himself. "" for a file
    Drafter wrote and for any other file."""
    when, by_writer = saved_in_word(path)
    if when is None or not by_writer:
        return ""
    root = docx_part(path, "docProps/core.xml")
    who = ""
    for el in root if root is not None else []:
        if el.tag.rsplit("}", 1)[-1] == "lastModifiedBy":
            who = (el.text or "").strip()
    stamp = when.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{who} {stamp} 保存".strip() if who else f"{stamp} 保存"
