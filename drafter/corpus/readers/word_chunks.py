"""A Word body's altChunk: a part in another form the file imports where it stands.

An OA system's or web editor's "导出Word" often writes a .docx whose document.xml holds the
head (title, speaker, date) and then one ``<w:altChunk r:id="…"/>`` pointing at the text as
an HTML page inside the package (relationship type ``…/aFChunk``); Word converts the chunk
when it opens the file, so the writer sees one document, but a reader of the body's
paragraphs sees only the head. The chunk is read here by the reader its form has on its own
(a web page by :func:`.html.chunk_blocks`, a browser's archive by :mod:`.html_archive` then
the same, plain text line by line), and its paragraphs join the body in the chunk's place.

A chunk in a form read only through a converter (RTF, an embedded .docx) is left out with a
warning naming it: converting it would start LibreOffice for one part of one file.
"""

from __future__ import annotations

import email
import email.policy

from drafter.corpus.bounds import LimitExceeded
from drafter.corpus.model import Block, ReadError

# the content types a chunk of each readable form is declared with (Word writes them in
# [Content_Types].xml by the part's extension; python-docx gives them to the part)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ARCHIVE_TYPES = frozenset({"message/rfc822", "multipart/related", "application/x-mimearchive"})
_TEXT_TYPES = frozenset({"text/plain"})
_BY_SUFFIX = {
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".mht": "archive",
    ".mhtml": "archive",
    ".txt": "text",
}


def chunk_form(content_type: str, partname: str) -> str | None:
    """ "html", "archive" or "text": how a chunk part is read, by its declared content type,
    else by its name's extension (a package that declares it application/octet-stream);
    None for a form this reader does not read."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in _HTML_TYPES:
        return "html"
    if kind in _ARCHIVE_TYPES:
        return "archive"
    if kind in _TEXT_TYPES:
        return "text"
    dot = partname.rfind(".")
    return _BY_SUFFIX.get(partname[dot:].lower()) if dot >= 0 else None


def chunk_blocks(part, name: str, warnings: list[str]) -> list[Block]:
    """The paragraphs of altChunk part ``part`` (a python-docx Part: its ``blob``,
    ``content_type`` and ``partname``) of the Word file ``name``; [] with a warning for a
    chunk in a form not read, or one its own reader finds no page in."""
    partname = str(part.partname)
    label = f"{name}{partname}"  # (the file and the part: 通知.docx/word/afchunk1.htm)
    form = chunk_form(part.content_type or "", partname)
    blob = part.blob or b""
    if form is None or not blob:
        warnings.append(f"{name}: 文中嵌入的 {partname}（{part.content_type}）未读取")
        return []
    from drafter.corpus.readers import html  # (lxml and trafilatura: only when a chunk is read)
    from drafter.corpus.readers.encoding import NotTextError, decode_text
    from drafter.corpus.readers.html_archive import archive_page

    try:
        if form == "archive":
            message = email.message_from_bytes(blob, policy=email.policy.compat32)
            blob, _, cut = archive_page(message, label)
            if cut is not None:
                warnings.append(f"{label}: {cut}")
            form = "html"
        if form == "html":
            return html.chunk_blocks(blob, label, warnings)
        decoded = decode_text(blob)
    except LimitExceeded:
        raise  # (the whole file is refused with the limit, as a page that large on its own)
    except (ReadError, NotTextError) as exc:
        warnings.append(f"{name}: 文中嵌入的 {partname} 未读取（{exc}）")
        return []
    warnings.extend(f"{label}: {w}" for w in decoded.warnings)
    return [Block(line) for line in decoded.text.splitlines()]
