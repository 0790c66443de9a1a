"""Old-style RTF paragraph numbers (``\\pntext``) written into the text before LibreOffice reads it.

RTF 1.0–1.4 writers (Msftedit/WordPad, old Word, some OA exports) number paragraphs with
``{\\pntext 一、\\tab}{\\*\\pn\\pnlvl1\\pndbnum…}``: the ``\\pntext`` group is the number exactly as
Word shows it, kept for readers that do not compute ``\\pn`` numbering. LibreOffice drops the
group and builds no numbering from ``\\pn`` either, so a heading ``一、清醒认识…`` reached the
Word reader as ``清醒认识…`` and its level had to be guessed. A file with a modern list table
(``\\listtable``, ``\\listtext``) is left alone: LibreOffice numbers those itself.
"""

from __future__ import annotations

import re

__all__ = ["inline_pntext"]

_PNTEXT = re.compile(rb"\{(?:\\\*)?\\pntext(?![a-zA-Z])")
_PNTEXT_OPEN = re.compile(rb"\{(?:\\\*)?\\pntext(?![a-zA-Z]) ?")
_PN_DEST = re.compile(rb"\{\\\*\\pn(?![a-zA-Z])")
_TAB = re.compile(rb"\\tab(?![a-zA-Z])(?: ?)")
_MODERN_LISTS = (rb"\listtable", rb"\listtext")


def _group_end(data: bytes, start: int) -> int:
    """Index just past the group that opens at ``data[start]`` (a ``{``); ``-1`` if unclosed."""
    depth = 0
    i = start
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash: skip the escaped character (\{ \} \\ \'xx's quote)
            i += 2
            continue
        if c == 0x7B:
            depth += 1
        elif c == 0x7D:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _number_text(group: bytes) -> bytes:
    """A ``\\pntext`` group as a plain group: its number, the tab after it dropped.

    A CJK number (``一、``, ``（一）``) runs into its text as typed; an ASCII one (``1.``) keeps a
    space, as a typist would leave.
    """
    inner = _PNTEXT_OPEN.sub(b"{", group, count=1)
    body = inner[1:-1]
    had_tab = bool(_TAB.search(body))
    body = _TAB.sub(b"", body).rstrip()
    ascii_end = bool(re.search(rb"[0-9A-Za-z.)]$", body)) and not re.search(
        rb"\\'[0-9a-fA-F]{2}$|\\u-?\d+\??$", body
    )
    return b"{" + body + (b" " if had_tab and ascii_end else b"") + b"}"


def inline_pntext(data: bytes) -> bytes | None:
    """The RTF with each ``\\pntext`` number as the paragraph's own text and the ``\\pn``
    definitions removed; ``None`` when there is nothing to do (no ``\\pntext``, a modern list
    table, a ``\\bin`` blob, or groups that do not close).
    """
    if not _PNTEXT.search(data) or any(mark in data for mark in _MODERN_LISTS):
        return None
    if b"\\bin" in data:  # binary data would confuse the brace scan
        return None
    out = bytearray()
    pos = 0
    while True:
        m_text = _PNTEXT.search(data, pos)
        m_pn = _PN_DEST.search(data, pos)
        found = [m for m in (m_text, m_pn) if m is not None]
        if not found:
            break
        m = min(found, key=lambda x: x.start())
        end = _group_end(data, m.start())
        if end < 0:
            return None
        out += data[pos : m.start()]
        if m is m_text:
            out += _number_text(data[m.start() : end])
        pos = end
    out += data[pos:]
    return bytes(out)
