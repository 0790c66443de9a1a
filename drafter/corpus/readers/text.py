"""Plain text files (.txt): decode, normalise line ends, one block per line."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus.bounds import MAX_TEXT_FILE_BYTES, check_lines, read_bytes_within
from drafter.corpus.model import Block, RawDocument, ReadError, text_block
from drafter.corpus.readers.encoding import NotTextError, decode_text
from drafter.corpus.signatures import OLE_MAGIC, RTF_MAGIC, ZIP_MAGIC

# File signatures of formats users rename to .txt by mistake, for a more helpful error.
_SIGNATURES = (
    (b"%PDF", "a PDF file"),
    (ZIP_MAGIC, "a ZIP archive or Word .docx file"),
    (OLE_MAGIC[:4], "an old Word .doc/.wps file"),
    (RTF_MAGIC, "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` with CRLF/CR normalised; a final line end adds no empty line.

    Only LF/CR count as line ends (``str.splitlines`` would also split on form feeds and
    U+2028, which do occur inside scraped paragraphs).
    """
    lines = _line_ends(text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _line_ends(text: str) -> str:
    """``text`` with CRLF and CR as LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text_lines(path: Path) -> tuple[list[str], str, list[str]]:
    """Decode ``path`` into lines; returns (lines, encoding, warnings). A file over
    :data:`~drafter.corpus.bounds.MAX_TEXT_FILE_BYTES` is refused unread."""
    text, encoding, warnings = _read_text(path)
    return split_lines(text), encoding, warnings


def _read_text(path: Path) -> tuple[str, str, list[str]]:
    """Decode ``path`` whole; returns (text, encoding, warnings) (see read_text_lines)."""
    data = read_bytes_within(path, MAX_TEXT_FILE_BYTES)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ReadError(f"{path.name}: not a text file (looks like {what})")
    try:
        decoded = decode_text(data)
    except NotTextError as exc:
        raise ReadError(f"{path.name}: not a text file ({exc})") from None
    check_lines(path.name, decoded.text)
    warnings = [f"{path.name}: {w}" for w in decoded.warnings]
    return decoded.text, decoded.encoding, warnings


def read_txt(path: Path) -> RawDocument:
    """One :class:`Block` per line; empty lines are kept so cleaning sees paragraph breaks.

    Every empty line is the same :data:`_BLANK` block: about half the lines of a text file
    are empty, and making a block costs more than the rest of reading the line. An empty
    line's block never leaves cleaning (it only marks a paragraph break), so nothing
    changes the shared one."""
    text, encoding, warnings = _read_text(path)
    text = _line_ends(text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
        text = text[:-1]  # (as the lines join: split_lines, written out to keep the text)
    blocks = [text_block(line) if line else _BLANK for line in lines]  # (see text_block)
    return RawDocument(str(path), "txt", blocks, encoding, warnings, joined=text)


_BLANK = Block("")
