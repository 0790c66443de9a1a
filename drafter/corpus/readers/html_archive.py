"""A browser's one-file archive (.mhtml): its page found and decoded, a cut archive read too.

The archive is a MIME message; the page is its first text/html part, in its transfer
encoding and a charset the archive, the page or neither declares. A page's label may lie
(UTF-8 labelled GBK), and an archive cut short leaves a piece of its boundary line: both
are read as a person opening the file would want, with a warning, never refused.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import re
from pathlib import Path

from drafter.corpus.model import ReadError
from drafter.corpus.readers.encoding import NotTextError, decode_text, non_ascii_plausibility

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)


MHTML_CUT_INSIDE = "the .mhtml archive is cut short inside its page; what it holds was read"


_MHTML_CUT_AFTER = "the .mhtml archive is cut short after its page; the page was read whole"


def mhtml_page(path: Path) -> tuple[bytes, str | None, str | None]:
    """The first text/html part of an .mhtml archive, decoded from its transfer encoding,
    its charset, and None or why the archive is incomplete.

    An archive whose closing boundary never comes was cut (a download or copy broken
    off). A page that does not end in ``</html>`` (browsers always write it) was cut
    inside, often in a piece of the boundary line (the title read 《在全--XY》): that
    piece is dropped, and the reader says the page is incomplete; a page ending in
    ``</html>`` is whole and only the pictures after it are lost."""
    return mhtml_read(path)[:3]


def mhtml_read(
    path: Path,
) -> tuple[bytes, str | None, str | None, dict[str, tuple[bytes, str | None]], str | None]:
    """:func:`mhtml_page` with the archive's other html parts (the pages of its frames, see
    :func:`archive_frames`) and the page's own Content-Location."""
    with path.open("rb") as fh:
        message = email.message_from_binary_file(fh, policy=email.policy.compat32)
    raw, charset, cut = archive_page(message, path.name)
    base = next(
        (p.get("Content-Location") for p in message.walk() if p.get_content_type() == "text/html"),
        None,
    )
    return raw, charset, cut, archive_frames(message), base


def archive_frames(message) -> dict[str, tuple[bytes, str | None]]:
    """The archive's html parts after the page, by ``cid:`` + Content-ID (Chrome writes
    ``<iframe src="cid:…">``) and by Content-Location (IE and Word name a frame's part by
    its address): each its decoded bytes and charset."""
    out: dict[str, tuple[bytes, str | None]] = {}
    pages = [p for p in message.walk() if p.get_content_type() == "text/html"]
    for part in pages[1:]:
        payload = part.get_payload(decode=True)
        if not payload:
            continue
        found = (payload, part.get_content_charset())
        cid = (part.get("Content-ID") or "").strip().strip("<>")
        if cid:
            out.setdefault(f"cid:{cid}", found)
        location = (part.get("Content-Location") or "").strip()
        if location:
            out.setdefault(location, found)
    return out


def archive_page(message, name: str) -> tuple[bytes, str | None, str | None]:
    """:func:`mhtml_page` of an archive already parsed (``email.message_from_bytes``: one
    a Word file imports as an altChunk); ``name`` is said in the error."""
    parts = list(message.walk())
    cut = any(
        isinstance(d, email.errors.CloseBoundaryNotFoundDefect) for p in parts for d in p.defects
    )
    for part in parts:
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                reason = None
                if cut:
                    whole = payload.rstrip().lower().endswith(b"</html>")
                    if not whole:
                        payload = _without_boundary_piece(payload, message.get_boundary())
                    reason = _MHTML_CUT_AFTER if whole else MHTML_CUT_INSIDE
                return payload, part.get_content_charset(), reason
    raise ReadError(f"{name}: the .mhtml archive holds no web page")


def _without_boundary_piece(payload: bytes, boundary: str | None) -> bytes:
    """``payload`` without a trailing piece of the boundary line the cut left in it."""
    if not boundary:
        return payload
    delimiter = f"--{boundary}".encode("ascii", "replace")
    stripped = payload.rstrip()
    pieces = [boundary.encode("ascii", "replace")] + [
        delimiter[:k] for k in range(len(delimiter), 1, -1)
    ]
    for piece in pieces:
        if stripped.endswith(piece):
            return stripped[: -len(piece)]
    return payload


def decode_page(raw: bytes, charset: str | None, name: str) -> tuple[str, str, list[str]]:
    """The page's text: the charset the archive or the page declares, else the cascade
    every text file goes through."""
    declared = charset
    if declared is None:
        m = _META_CHARSET.search(raw[:8192])
        declared = m.group(1).decode("ascii").lower() if m else None
    if declared in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
        declared = "gb18030"  # the superset: pages labelled gb2312 use GBK characters
    if declared:
        try:
            text = raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            better = _content_outreads_label(raw, text, declared)
            if better is None:
                return text, declared, []
            utf8, codec = better
            warning = f"{name}: the page declares {declared} but is {codec}; read as {codec}"
            return utf8, codec, [warning]
    try:
        decoded = decode_text(raw)
    except NotTextError as exc:
        raise ReadError(f"{name}: not a web page ({exc})") from None
    return decoded.text, decoded.encoding, [f"{name}: {w}" for w in decoded.warnings]


def _content_outreads_label(raw: bytes, text: str, declared: str) -> tuple[str, str] | None:
    """The text and codec the bytes clearly are when the page's label lies, else None.

    A page saved by an editor as UTF-8 often keeps the ``<meta charset>`` of the site it
    came from (gb2312, iso-8859-1); decoded by the label, every character of the speech
    became mojibake ("è®²è¯") and went into the library so. Only a strict UTF-8 reading
    that reads clearly better (outside ASCII, where the two differ) overrules the label,
    so a real Latin-1 or GBK page keeps its declared reading.
    """
    if declared.replace("_", "-") in ("utf-8", "utf8") or raw.isascii():
        return None
    try:
        utf8 = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if non_ascii_plausibility(utf8) > non_ascii_plausibility(text) + 0.3:
        return utf8, "utf-8"
    return None
