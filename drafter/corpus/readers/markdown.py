"""Markdown files (.md): headings from ``#``, the text without markup, one block per line.

A small line-based parser is enough: we need heading levels and clean text, not HTML.
Lines stay lines (as in .txt), so cleaning re-joins soft-wrapped paragraphs the same way
for both; ordered-list numbers stay in the text because in speeches they are the markers.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.corpus.model import Block, RawDocument
from drafter.corpus.readers.text import read_text_lines

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t\u3000]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_1 = re.compile(r"^ {0,3}=+[ \t]*$")
_SETEXT_2 = re.compile(r"^ {0,3}-+[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_YAML_KEY = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff .-]*:(?:\s|$)")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"!\[([^\]]*)\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline html tags
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"), r"\1"),  # emphasis
    (re.compile(r"(?<![A-Za-z0-9_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![A-Za-z0-9_])"), r"\1"),
]
# Backslash escapes are set aside (as private-use characters) before the markup rules run.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_ESCAPED = re.compile("[\U000f0000-\U000f007f]")


def strip_inline(text: str) -> str:
    """Text of a Markdown line without emphasis, links, images, code ticks and tags."""
    if not any(c in text for c in "*_`[!<~\\"):
        return text
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: chr(0xF0000 + ord(m.group(1))), text)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - 0xF0000), text)


def _front_matter_end(lines: list[str]) -> int:
    """Index after a YAML front matter block (``---`` ... ``---``/``...``), else 0."""
    if len(lines) < 3 or lines[0].strip() != "---" or not _YAML_KEY.match(lines[1]):
        return 0
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "..."):
            return i + 1
    return 0


def _table_row(line: str) -> str:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return "\t".join(strip_inline(c) for c in cells)


def parse_markdown(text_lines: list[str]) -> list[Block]:
    """Blocks of a Markdown document given as lines."""
    lines = list(text_lines)
    if any("<!--" in line for line in lines):
        # Comments may span lines; keep their line ends so the line count stays.
        text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), "\n".join(lines))
        lines = text.split("\n")
    blocks: list[Block] = []
    fence: str | None = None
    i = _front_matter_end(lines)
    while i < len(lines):
        line = lines[i]
        i += 1
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            else:
                blocks.append(Block(line))
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            continue
        quoted = False
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
            quoted = True
        m = _ATX.match(line)
        if m:
            blocks.append(Block(strip_inline((m.group(2) or "").strip()), len(m.group(1))))
            continue
        if _THEMATIC.match(line) or _LINK_DEF.match(line):
            blocks.append(Block(""))
            continue
        stripped = line.strip()
        if stripped and i < len(lines) and not _BULLET.match(line):
            underline = lines[i]
            level = 1 if _SETEXT_1.match(underline) else 2 if _SETEXT_2.match(underline) else 0
            if level and not stripped.startswith("|"):
                blocks.append(Block(strip_inline(stripped), level))
                i += 1
                continue
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not _TABLE_SEP.match(stripped):
                blocks.append(Block(_table_row(stripped), kind="table"))
            continue
        bullet = _BULLET.match(line) is not None
        line = _BULLET.sub(r"\1", line)
        # quotes and bullets are told apart: an editor's note is often set as either
        kind = "quote" if quoted and line.strip() else "bullet" if bullet else "text"
        blocks.append(Block(strip_inline(line.rstrip()).lstrip(" "), kind=kind))
    return blocks


def read_md(path: Path) -> RawDocument:
    lines, encoding, warnings = read_text_lines(path)
    return RawDocument(str(path), "md", parse_markdown(lines), encoding, warnings)
