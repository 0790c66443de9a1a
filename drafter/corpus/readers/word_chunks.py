"""A Word body's altChunk: a part in another form the file imports where it stands.

An OA system's or web editor's "导出Word" often writes a .docx whose document.xml holds the
head (title, speaker, date) and then one ``<w:altChunk r:id="…"/>`` pointing at the text as
an HTML page inside the package (relationship type ``…/aFChunk``); Word converts the chunk
when it opens the file, so the writer sees one document, but a reader of the body's
paragraphs sees only the head. The chunk is read here by the reader its form has on its own
(a web page by :func:`.html.chunk_blocks`, a browser's archive by :mod:`.html_archive` then
the same, plain text line by line), and its paragraphs join the body in the chunk's place.

A Word file inside the Word file (an embedded .docx, as a "插入-对象-文件中的文字" or a mail
merge writes it) is read by the Word reader itself, which hands this module its reading as
``read_word`` (the Word reader imports this module, so this one cannot import it back); an
RTF chunk is converted to .docx by LibreOffice (:mod:`.soffice`) as a .rtf file is, then read
the same way. A chunk inside a chunk is read down to :data:`MAX_CHUNK_DEPTH` levels, and every
part counts against the package limits of :mod:`.safe_zip` as the outer one does; a chunk
that cannot be read is left out with a warning naming the file and the part, and the rest of
the file is read.
"""

from __future__ import annotations

import email
import email.policy
import tempfile
from collections.abc import Callable
from pathlib import Path

from drafter.corpus.bounds import LimitExceeded
from drafter.corpus.model import Block, ReadError

# the content types a chunk of each readable form is declared with (Word writes them in
# [Content_Types].xml by the part's extension; python-docx gives them to the part)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ARCHIVE_TYPES = frozenset({"message/rfc822", "multipart/related", "application/x-mimearchive"})
_TEXT_TYPES = frozenset({"text/plain"})
_WORD_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
    }
)
_RTF_TYPES = frozenset({"application/rtf", "text/rtf", "application/x-rtf", "text/richtext"})
_BY_SUFFIX = {
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".mht": "archive",
    ".mhtml": "archive",
    ".txt": "text",
    ".docx": "word",
    ".docm": "word",
    ".dotx": "word",
    ".rtf": "rtf",
}

# How deep chunks inside chunks are read: a .docx chunk whose body is itself an altChunk
# (one OA system exporting another's export) is read, a third level is not — each level
# may inflate to the package limits again, and no real file nests further.
MAX_CHUNK_DEPTH = 2

# reads a Word package's bytes: (blob, the name for messages, the depth of the chunk) ->
# its paragraphs and warnings (the Word reader's own reading, handed down)
ReadWord = Callable[[bytes, str, int], tuple[list[Block], list[str]]]


def chunk_form(content_type: str, partname: str) -> str | None:
    """ "html", "archive", "text", "word" or "rtf": how a chunk part is read, by its declared
    content type,
    else by its name's extension (a package that declares it application/octet-stream);
    None for a form this reader does not read."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in _HTML_TYPES:
        return "html"
    if kind in _ARCHIVE_TYPES:
        return "archive"
    if kind in _TEXT_TYPES:
        return "text"
    if kind in _WORD_TYPES:
        return "word"
    if kind in _RTF_TYPES:
        return "rtf"
    dot = partname.rfind(".")
    return _BY_SUFFIX.get(partname[dot:].lower()) if dot >= 0 else None


def chunk_blocks(
    part, name: str, warnings: list[str], read_word: ReadWord | None = None, depth: int = 0
) -> list[Block]:
    """The paragraphs of altChunk part ``part`` (a python-docx Part: its ``blob``,
    ``content_type`` and ``partname``) of the Word file ``name``; [] with a warning for a
    chunk in a form not read, or one its own reader finds no page in. ``read_word`` reads a
    Word chunk (and a converted RTF one), ``depth`` is how many chunks this one is inside."""
    partname = str(part.partname)
    label = f"{name}{partname}"  # (the file and the part: 通知.docx/word/afchunk1.htm)
    form = chunk_form(part.content_type or "", partname)
    blob = part.blob or b""
    if form is None or not blob:
        warnings.append(f"{name}: 文中嵌入的 {partname}（{part.content_type}）未读取")
        return []
    if form in ("word", "rtf"):
        if read_word is None or depth >= MAX_CHUNK_DEPTH:
            warnings.append(f"{name}: 文中嵌入的 {partname} 嵌套超过 {MAX_CHUNK_DEPTH} 层，未读取")
            return []
        try:
            if form == "rtf":
                blob = _rtf_as_docx(blob, label)
            blocks, inner = read_word(blob, label, depth + 1)
        except LimitExceeded:
            raise  # (the whole file is refused with the limit, as a chunk of any form)
        except ReadError as exc:
            warnings.append(f"{name}: 文中嵌入的 {partname} 未读取（{exc}）")
            return []
        warnings.extend(inner)
        return blocks
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


def _rtf_as_docx(blob: bytes, label: str) -> bytes:
    """An RTF chunk converted to .docx bytes by LibreOffice, as a .rtf file is read
    (:mod:`.convert`), within the time a file of its size gets; :class:`ReadError` naming
    ``label`` without LibreOffice or when the conversion fails."""
    from drafter.corpus.bounds import convert_seconds
    from drafter.corpus.readers.soffice import convert_to_docx, find_soffice

    soffice = find_soffice()
    if soffice is None:
        raise ReadError(f"{label}: RTF 内容需要 LibreOffice 才能读取")
    with tempfile.TemporaryDirectory(prefix="drafter-chunk-") as tmp:
        source = Path(tmp) / "chunk.rtf"
        source.write_bytes(blob)
        out_dir = Path(tmp) / "out"
        out_dir.mkdir()
        converted = convert_to_docx(source, out_dir, soffice, convert_seconds(len(blob)), label)
        return converted.read_bytes()
