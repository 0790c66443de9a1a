"""Markdown files (.md): headings from ``#``, the text without markup, one block per line.

A small line-based parser is enough: we need heading levels and clean text, not HTML.
Lines stay lines (as in .txt), so cleaning re-joins soft-wrapped paragraphs the same way
for both; ordered-list numbers stay in the text because in speeches they are the markers.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.corpus.contents import CONTENTS_LABEL
from drafter.corpus.model import ASIDE, PREFACE, Block, RawDocument
from drafter.corpus.readers.md_inline import strip_inline
from drafter.corpus.readers.text import read_text_lines

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t\u3000]+|$)")
_SETEXT_1 = re.compile(r"^ {0,3}=+[ \t]*$")
_SETEXT_2 = re.compile(r"^ {0,3}-+[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_YAML_KEY = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff .-]*:(?:\s|$)")
# a TOML front matter's first line: a key and ``=``, or a ``[table]`` header
_TOML_KEY = re.compile(r"^[ \t]*(?:[\w\u4e00-\u9fff\"'.-]+[ \t]*=|\[[^\]]+\][ \t]*$)")


def _atx_text(rest: str) -> str:
    """The text of an ATX heading after its opening hashes, without a closing sequence
    (``## 标题 ##``). Plain string operations: the regular expression this replaces
    backtracked over long runs of spaces."""
    text = rest.strip(" \t")
    stripped = text.rstrip("#")
    if stripped != text and (not stripped or stripped[-1] in " \t"):
        text = stripped.rstrip(" \t")
    return text.strip()


def _drop_comments(text: str) -> str:
    """``text`` without HTML comments, keeping their line ends so lines stay in place.
    An unclosed ``<!--`` stays as text (one forward search: linear, where a lazy
    regular expression rescanned the rest of the file from every ``<!--``)."""
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        out.append("\n" * text.count("\n", start, end))
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def _front_matter_end(lines: list[str]) -> int:
    """Index after a front matter block, else 0: YAML (``---`` ... ``---``/``...``, as
    Jekyll and most static sites write it) or TOML (``+++`` ... ``+++``, Hugo's own form,
    ``title = "…"``). Why: a blog post's metadata is no text of the speech; read as lines,
    Hugo's ``+++`` joined its ``title = "…（旧稿）"`` line and stood as the document's title."""
    if len(lines) < 3:
        return 0
    opener = lines[0].strip()
    if opener == "---" and _YAML_KEY.match(lines[1]):
        closers: tuple[str, ...] = ("---", "...")
    elif opener == "+++" and _TOML_KEY.match(lines[1]):
        closers = ("+++",)
    else:
        return 0
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in closers:
            return i + 1
    return 0


def _table_row(line: str) -> str:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return "\t".join(strip_inline(c) for c in cells)


def parse_markdown(text_lines: list[str]) -> list[Block]:
    """Blocks of a Markdown document given as lines."""
    lines = list(text_lines)
    more = _more_line(lines)
    if "<!--" in "\n".join(lines):  # (in any one line: the joint adds no "<!--"; one look)
        # Comments may span lines; keep their line ends so the line count stays.
        lines = _drop_comments("\n".join(lines)).split("\n")
    blocks: list[Block] = []
    fence: str | None = None
    i = _front_matter_end(lines)
    notes = _footnote_numbers(lines)
    cut = -1  # blocks made before the summary divider
    while i < len(lines):
        if i == more:
            cut = len(blocks)
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
        if _DETAILS_OPEN.match(line):
            i = _details_aside(lines, i - 1, blocks)
            continue
        quote = _QUOTE.match(line)
        quoted = quote is not None
        if quoted:
            line = line[quote.end() :]
        m = _ATX.match(line)
        if m:
            blocks.append(Block(strip_inline(_atx_text(line[m.end() :])), len(m.group(1))))
            continue
        note = _FOOTNOTE_DEF.match(line) if notes else None
        if note is not None:
            # [^1]: 企业开办时间按… -> "[1] 企业开办时间按…": a note after the text, as the
            # other readers give theirs (the apparatus takes it aside with its marks)
            i, text = _note_text(lines, i, note.group(2))
            blocks.append(Block(f"[{notes[note.group(1)]}] {text}"))
            continue
        if _THEMATIC.match(line) or _LINK_DEF.match(line):
            blocks.append(Block(""))
            continue
        run = _contents_run(lines, i - 1) if _ANCHOR_ENTRY.match(line) else 0
        if run:
            _drop_contents_label(blocks)
            blocks.extend(Block("") for _ in range(run))
            i += run - 1
            continue
        if notes and "[^" in line:
            line = _FOOTNOTE_MARK.sub(lambda m: f"[{notes.get(m.group(1), m.group(1))}]", line)
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
        text = strip_inline(line.rstrip()).lstrip(" ")
        blocks.append(Block(text, kind=kind, bold=_bold_opening(line, text)))
    if cut > 0:
        _set_teaser_aside(blocks, cut)
    return blocks


# a blog's summary divider: Hugo's and Jekyll's <!--more-->, Hexo's <!-- more -->
_MORE = re.compile(r"^[ \t]*<!--[ \t]*more[ \t]*-->[ \t]*$", re.IGNORECASE)

TEASER_MAX = 3  # paragraphs: a blogger's few words over what he posts, not a text's start


def _more_line(lines: list[str]) -> int:
    """The index of the first line that is only a summary divider (``<!--more-->``), else -1."""
    for k, line in enumerate(lines):
        if "<!--" in line and _MORE.match(line):
            return k
    return -1


def _set_teaser_aside(blocks: list[Block], cut: int) -> None:
    """Make the blocks before a summary divider at ``cut`` a :data:`PREFACE` when they are a
    blogger's teaser over a text that opens anew after it: at most :data:`TEASER_MAX`
    plain paragraphs and no heading before, a title after (a heading, or a short line all
    in bold). Why: a retired writer posting an old speech writes a word about it
    (这是我在县委办工作时起草的…) above ``<!--more-->`` and the speech's own title line below;
    read as the body, that note stood first and kept the title from being found. Where the
    post itself runs on past the divider (no title after it), its summary is its own
    opening and stays."""
    head = [b for b in blocks[:cut] if b.text.strip()]
    if not head or len(head) > TEASER_MAX or any(b.heading_level for b in head):
        return
    after = next((b for b in blocks[cut:] if b.text.strip()), None)
    if after is None or len(after.text) > 60:
        return
    if not (after.heading_level or (after.bold and after.bold == after.text.strip())):
        return
    for k in range(cut):
        if blocks[k].text.strip():
            blocks[k] = Block(blocks[k].text, kind=PREFACE)


# a footnote's definition ([^1]: text, [^note]: text) and its mark in the text ([^1])
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")


# a footnote's later lines: indented four spaces or a tab (its further paragraphs too)
_NOTE_INDENT = re.compile(r"^(?: {4}|\t)")


def _note_text(lines: list[str], i: int, first: str) -> tuple[int, str]:
    """A footnote's whole text, from its ``[^n]:`` line's ``first`` words and the lines
    after it at ``i`` that belong to it, and the index after them. As Markdown reads a
    note: lines indented four spaces or a tab (a wrapped line, or a further paragraph after
    a blank line), and lines straight under it that start nothing new (a lazy wrap). Left
    out, a wrapped note's second line stood in the body as a paragraph of its own, and the
    note above it with it (``[^1]: 见《…》，`` / ``    人民出版社…``)."""
    parts = [strip_inline(first).strip()]
    n = len(lines)
    blank = False  # a blank line stood since the last line of the note
    while i < n:
        line = lines[i]
        if not line.strip():
            blank = True
            i += 1
            continue
        if _NOTE_INDENT.match(line):
            parts.append(strip_inline(line).strip())
        elif blank or _STARTS_BLOCK.match(line):
            break
        else:
            parts.append(strip_inline(line).strip())
        blank = False
        i += 1
    if blank:  # (the blank lines after the note are the body's again)
        while not lines[i - 1].strip():
            i -= 1
    return i, "".join(parts)


# what ends a note's lazy wrap: a new note, heading, rule, fence, quote, list item or table
_STARTS_BLOCK = re.compile(
    r"^ {0,3}(?:\[\^[^\]\s]+\]:|#{1,6}(?:[ \t\u3000]|$)|(?:[-*_][ \t]*){3,}$|`{3}|~{3}|>|[-*+][ \t]|\d+[.)][ \t]|\|)"
)


def _footnote_numbers(lines: list[str]) -> dict[str, str]:
    """The number each footnote defined in ``lines`` is shown with: its own when it is one
    ([^2] -> 2), else its place among the definitions. Why: a writer's (or 飞书's) ``[^n]``
    footnotes read as the ``[n]`` notes and marks every other reader gives, so the apparatus
    keeps them as endnotes and takes the marks out of the body; read as link definitions,
    the notes were lost and ``[^1]`` stayed in the text."""
    ids = [m.group(1) for line in lines if "[^" in line and (m := _FOOTNOTE_DEF.match(line))]
    return {n: n if n.isdigit() else str(k) for k, n in enumerate(ids, 1)}


# a collapsed block (飞书, GitHub and Typora write HTML's <details> as it is, a <summary>
# line over what opens on a click)
_DETAILS_OPEN = re.compile(r"^ {0,3}<details(?:\s[^>]*)?>", re.IGNORECASE)
_DETAILS_TAG = re.compile(r"</?details(?:\s[^>]*)?>", re.IGNORECASE)


def _details_aside(lines: list[str], start: int, blocks: list[Block]) -> int:
    """The ``<details>`` block opening at ``lines[start]`` added to ``blocks`` as
    :data:`~drafter.corpus.model.ASIDE` blocks, its ``<summary>`` first; the index after
    its ``</details>``. Why: what a writer folds away under a summary (会议议程（点击展开）
    over the agenda) is not the text read out: kept with the document, shown apart, out of
    the body. Nested blocks fold with their parent; one left open runs to the end."""
    depth = 0
    i = start
    while i < len(lines):
        line = lines[i]
        i += 1
        for tag in _DETAILS_TAG.findall(line):
            depth += -1 if tag.startswith("</") else 1
        text = strip_inline(_BULLET.sub(r"\1", _DETAILS_TAG.sub("", line)).strip()).strip()
        if text:
            blocks.append(Block(text, kind=ASIDE))
        if depth <= 0:
            break
    return i


# a list entry that is nothing but a link to a place in the same document
# (- [开幕词](#kaimuci), 1. [一、总体要求](#一总体要求)): an entry of a contents list
_ANCHOR_ENTRY = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\]\n]+\]\(#[^()\s]*\)[ \t]*$")


def _contents_run(lines: list[str], start: int) -> int:
    """How many lines from ``start`` make a list of links into the document itself, two
    at least (0: none). Why: a notes app (石墨, 语雀, Typora's [TOC]) exports its 目录 so, a
    list of anchors over the text; read as bullets, its entries were taken for the
    speech's parts (开幕词, 附：大会议程) and its label for a paragraph."""
    j = start
    while j < len(lines) and _ANCHOR_ENTRY.match(lines[j]):
        j += 1
    return j - start if j - start >= 2 else 0


def _drop_contents_label(blocks: list[Block]) -> None:
    """Blank the contents list's label (目录, **目　录**) when it is the last line with
    text before the list: it goes with the list."""
    for k in range(len(blocks) - 1, max(-1, len(blocks) - 4), -1):
        text = blocks[k].text.strip()
        if not text:
            continue
        if CONTENTS_LABEL.match(text):  # (a plain, bold or ## label alike)
            blocks[k] = Block("")
        return


def _bold_opening(line: str, text: str) -> str:
    """The words ``line`` opens with in ``**strong**`` (or ``__strong__``), as the Word and
    the web reader record a paragraph's bold opening (:attr:`Block.bold`): a writer who
    types a report in Markdown sets its lead sentences so (**国民经济保持良好发展势头。** on a
    line of its own, or run into its paragraph), and the lead rules read bold from there
    alone (:func:`drafter.corpus.emphasis.word_bold_leads`). ``text`` is the line without
    its markup; "" when it does not open in bold."""
    raw = line.lstrip(" \t\u3000")
    delimiter = raw[:2]
    if delimiter not in ("**", "__"):
        return ""
    close = raw.find(delimiter, 2)
    if close < 0:
        return ""
    bold = strip_inline(raw[2:close]).strip()
    return bold if bold and text.startswith(bold) else ""


def read_md(path: Path) -> RawDocument:
    """Read a Markdown file (encoding detected as for plain text) into blocks via
    :func:`parse_markdown`, keeping the decoding warnings for the import report.
    """
    lines, encoding, warnings = read_text_lines(path)
    return RawDocument(str(path), "md", parse_markdown(lines), encoding, warnings)
