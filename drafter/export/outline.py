"""Outline-only export (提纲): the title block and the numbered headings, no prose.

Office heads review the outline before a word of prose is written, and trainees take a
model text (范文) apart into its skeleton; both want the headings with their markers,
nested by level, on one page where possible. The Word form reuses the official-layout
exporter (:class:`~drafter.export.docx.DocxExporter`) on a headings-only copy of the
draft with a style tightened to fit one page, so fonts, title breaking and page numbers
stay the house layout; Markdown is a nested list, text an indented list.

A model text's 提纲 (学习 › 导出提纲, 打印提纲) carries notes besides its headings: where
the opening and the closing stand and how they are built (开头（开门见山式）：称呼听众，交代事由。),
and a line saying no headings were read. :class:`OutlineNotes` holds them and
:func:`outline_lines` gives every line of the outline, notes in place, to the printout and
to each exporter alike.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, replace

from drafter.corpus.display import UNTITLED, document_title
from drafter.corpus.heading_stops import stop_is_style
from drafter.drafts.convert import draft_from_document, iter_body, title_block
from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.export.base import Exporter
from drafter.export.cjk_lines import break_title
from drafter.export.docx import DocxExporter
from drafter.export.docx_geometry import text_width_pt
from drafter.export.markdown import escape_block_start
from drafter.export.style import Style

# Sizes tried, largest first, until the outline fits one page: 三号 (the official body
# size), 小三, 四号, 小四. Lines keep at least 1.2 times the type size.
_FIT_SIZES = (16.0, 15.0, 14.0, 12.0)
_MIN_LEADING = 1.2
# a heading ending in one of these keeps it and gets no 。 in the outline (问 ？, 要求：)
_ENDS = "。！？；：!?;:…"
_INDENT_PER_LEVEL = 2  # characters each level is indented further (as typed: 两个字)


def outline_items(draft: Draft) -> list[tuple[int, str]]:
    """``(level, heading with its marker)`` for every heading, run-in ones included,
    in reading order: the outline as a reviewer reads it.

    One rule for every format: in an outline each heading stands on its own line, and a
    run-in heading and a stand-alone one of the same family show alike (:func:`outline_draft`):
    the 。 that only joined a run-in heading to its paragraph goes, and so does a stray 。
    typed after a stand-alone one, unless the family ends its headings with 。 as its habit
    (then every one of them keeps it). A ？/！ stays."""
    return [
        (level, heading)
        for kind, level, heading, _text in iter_body(outline_draft(draft))
        if kind in ("heading", "paragraph") and heading
    ]


@dataclass(frozen=True)
class OutlineNotes:
    """The lines a model text's outline carries besides its headings, each "" when absent:
    ``opening`` stands above the first heading, ``closing`` below the last, ``no_headings``
    where the headings would stand when none was read. The printout had 〔开头〕/〔结尾〕 and
    the exported .docx/.md did not: a trainee who studied the exported skeleton lost where
    the talk opens and how it ends."""

    opening: str = ""
    closing: str = ""
    no_headings: str = ""
    # a text without headings: the lines that stand for its parts, after ``no_headings`` (its
    # transitions, 〔转入新话题〕现在我来讲一讲主观主义。): the exported outline of 整顿党的作风
    # was a title, 〔开头〕, （未识别出标题层级） and 〔结尾〕, the talk's seven turns in no line
    skeleton: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutlineLine:
    """One line of an outline: ``kind`` is ``"heading"`` (``level`` from 1) or ``"note"``
    (level 0: 开头（…）：…, 结尾（…）：…, （未识别出标题层级）)."""

    kind: str
    level: int
    text: str


def outline_lines(draft: Draft, notes: OutlineNotes | None = None) -> list[OutlineLine]:
    """Every line of the outline of ``draft`` below its title block, in reading order: the
    opening's note, the headings (:func:`outline_items`) or, with none, the note saying so,
    the closing's note. One list for the printout and every exported format, so paper and
    file say the same."""
    notes = notes or OutlineNotes()
    items = outline_items(draft)
    lines = [OutlineLine("note", 0, notes.opening)] if notes.opening else []
    lines += [OutlineLine("heading", level, text) for level, text in items]
    if not items and notes.no_headings:
        lines.append(OutlineLine("note", 0, notes.no_headings))
    if not items:
        lines += [OutlineLine("note", 0, text) for text in notes.skeleton]
    if notes.closing:
        lines.append(OutlineLine("note", 0, notes.closing))
    return lines


def outline_draft(draft: Draft) -> Draft:
    """A copy of ``draft`` with the headings only: no opening, closing or paragraphs,
    every run-in heading on its own line (so it keeps its marker but no body text).

    Each heading's closing 。 follows its family, not how it was typed: kept on every one
    when the stand-alone headings of its level or of its siblings end with 。 as the text's
    habit (:func:`~drafter.corpus.heading_stops.stop_is_style`, the review's judgement),
    dropped from every one otherwise. The outline view showed （一）抓好信息报送 (run in,
    its 。 dropped) over （二）抓好督查督办。 (typed on its own line with it)."""
    by_level: dict[int, list[tuple[str, bool]]] = {}

    def gather(nodes: list[DraftNode], level: int) -> None:
        for node in nodes:
            if not node.run_in and node.heading.strip():
                words = node.heading.strip()
                by_level.setdefault(level, []).append((words, words.endswith("。")))
            gather(node.children, level + 1)

    gather(draft.sections, 1)
    level_habit = {level: stop_is_style(heads) for level, heads in by_level.items()}

    def strip_all(nodes: list[DraftNode], level: int) -> list[DraftNode]:
        standing = [n.heading.strip() for n in nodes if not n.run_in and n.heading.strip()]
        habit = level_habit.get(level, False) or stop_is_style(
            [(w, w.endswith("。")) for w in standing]
        )
        return [strip(n, level, habit) for n in nodes]

    def strip(node: DraftNode, level: int, habit: bool) -> DraftNode:
        return replace(
            node,
            heading=_outline_heading(node.heading, habit),
            paragraphs=[],
            run_in=False,
            children=strip_all(node.children, level + 1),
        )

    return replace(
        draft,
        opening=[],
        closing=[],
        sections=strip_all(draft.sections, 1),
        comments=[],
    )


def _outline_heading(heading: str, habit: bool) -> str:
    """``heading``'s words as the outline shows them: with one closing 。 when ``habit``
    (unless it ends in another stop, ？ or ！), without it otherwise."""
    words = heading.strip()
    if not words:
        return heading
    base = words[:-1] if words.endswith("。") else words
    if habit and base and base[-1] not in _ENDS:
        return base + "。"
    return base


def model_text_outline(doc) -> Draft:
    """The draft the 提纲 of a library text (范文) is exported from: its headings numbered as
    the author wrote them (一　…, each heading's ``written_marker``), and a title even
    when the text has none — the name the library and the printed outline give it (its
    occasion or first words). An untitled speech's exported outline began at 一、 with
    nothing to say which speech it was the outline of. That name is marked （无标题）, as
    the library table and search hits mark it (issue 8): the page printed 现在，我代表国务院…
    in the title's place, a guessed first sentence passing for the speech's title."""
    draft = draft_from_document(doc)
    if not draft.meta.title.strip():
        name = document_title(doc)  # a text of no words at all: 无标题 once, not twice
        title = name if name == UNTITLED else f"{name}（{UNTITLED}）"
        draft = replace(draft, meta=replace(draft.meta, title=title))
    return draft


def _ems(text: str) -> float:
    return sum(0.6 if ord(c) < 0x250 else 1.0 for c in text)


def _lines_needed(text: str, size_pt: float, width_pt: float, indent_chars: float) -> int:
    # every line of a level is indented (a left indent), not only the first
    first = rest = max(width_pt / size_pt - indent_chars, 1)
    ems = _ems(text)
    if ems <= first:
        return 1
    return 1 + math.ceil((ems - first) / rest)


def outline_style(draft: Draft, style: Style, notes: OutlineNotes | None = None) -> Style:
    """``style`` adjusted for an outline page: each level indented (every line of it) two
    characters more than the one above, no document grid, and the smallest reduction of type size and
    line pitch (from the official 三号 / 28.95 pt) that puts the title block and every
    heading on one page. An outline too long for one page at 小四 runs on at that size."""
    out = copy.deepcopy(style)
    out.grid_lines = 0
    out.grid_chars = 0
    items = [(line.level, line.text) for line in outline_lines(draft, notes)]
    depth = max((level for level, _ in items), default=1)
    width = text_width_pt(style)
    page_pt = (style.height_mm - style.margin_top_mm - style.margin_bottom_mm) / 25.4 * 72
    body_pitch = style.body.line_pitch_pt or 28.95
    header = title_block(draft.meta, style.date_format)
    title_pt = 0.0
    block_gap = style.date.space_after_lines
    for i, (kind, text) in enumerate(header):
        ts = {"title": style.title, "subtitle": style.subtitle, "date": style.date}.get(
            kind, style.speaker
        )
        broken = break_title(text, ts.size_pt, width) if kind in ("title", "subtitle") else text
        after = ts.space_after_lines
        if i == len(header) - 1:
            after = max(after, block_gap)
        title_pt += (broken.count("\n") + 1) * (ts.line_pitch_pt or body_pitch)
        title_pt += after * body_pitch
    title_pt += body_pitch / 2  # slack: renderers round line heights differently
    avail = max(page_pt - title_pt, body_pitch)
    chosen_size, chosen_pitch = _FIT_SIZES[-1], _FIT_SIZES[-1] * _MIN_LEADING
    for size in _FIT_SIZES:
        lines = sum(
            _lines_needed(text, size, width, _INDENT_PER_LEVEL * level) for level, text in items
        )
        pitch = min(body_pitch, avail / max(lines, 1))
        if pitch >= size * _MIN_LEADING:
            chosen_size, chosen_pitch = size, math.floor(pitch * 20) / 20
            break
    base_headings = [style.heading(level) for level in range(1, max(depth, 4) + 1)]
    out.headings = [
        replace(
            ts,
            size_pt=min(ts.size_pt, chosen_size),
            line_pitch_pt=chosen_pitch,
            # a left indent, not a first-line one: a heading that wraps stays under its own
            # level (wrapped to the margin, 一是… of level 2 read as a line of level 0)
            first_line_chars=0,
            left_chars=_INDENT_PER_LEVEL * level,
            space_after_lines=0,
            align="left",
        )
        for level, ts in enumerate(base_headings, start=1)
    ]
    # the notes (〔开头〕…) are body paragraphs: the size the headings were fitted at
    out.body = replace(
        style.body, size_pt=min(style.body.size_pt, chosen_size), line_pitch_pt=chosen_pitch
    )
    # the title block keeps the pitch its height was reckoned with above: left to follow the
    # body's, a two-line subtitle was set 三号 on a tightened pitch, its lines touching
    for name in ("title", "subtitle", "speaker", "date"):
        ts = getattr(style, name)
        setattr(out, name, replace(ts, line_pitch_pt=ts.line_pitch_pt or body_pitch))
    return out


class OutlineDocxExporter(Exporter):
    """Word outline in the house layout, fitted to one page where possible."""

    suffix = ".docx"
    name = "docx"

    def __init__(self, now=None, notes: OutlineNotes | None = None) -> None:
        self.now = now
        self.notes = notes or OutlineNotes()

    def render(self, draft: Draft, style: Style) -> bytes:
        """The file's bytes: the outline of ``draft`` in this format, its notes as body
        paragraphs above and below the headings (:func:`outline_lines`)."""
        lines = outline_lines(draft, self.notes)
        heads = [i for i, line in enumerate(lines) if line.kind == "heading"]
        if heads:
            cut = heads[-1] + 1
        else:  # no headings: every note above, but the closing's
            cut = len(lines) - 1 if self.notes.closing else len(lines)
        above = [line.text for line in lines[:cut] if line.kind == "note"]
        below = [line.text for line in lines[cut:]]
        shown = replace(
            outline_draft(draft),
            opening=[DraftParagraph(text) for text in above],
            closing=[DraftParagraph(text) for text in below],
        )
        return DocxExporter(now=self.now).render(shown, outline_style(draft, style, self.notes))


class OutlineMarkdownExporter(Exporter):
    """Markdown outline: the title as ``#``, then the headings as a nested list with
    their markers (``- 一、提高认识`` / ``  - （一）讲政治``)."""

    suffix = ".md"
    name = "md"

    def __init__(self, notes: OutlineNotes | None = None) -> None:
        self.notes = notes

    def render(self, draft: Draft, style: Style) -> bytes:
        """The file's bytes: the outline of ``draft`` in this format, each note a paragraph
        of its own between the list's parts."""
        blocks = [
            f"# {text}" if kind == "title" else escape_block_start(text)
            for kind, text in title_block(draft.meta, style.date_format)
        ]
        run: list[str] = []
        for line in outline_lines(draft, self.notes):
            if line.kind == "heading":
                run.append(f"{'  ' * (line.level - 1)}- {escape_block_start(line.text)}")
                continue
            if run:
                blocks.append("\n".join(run))
                run = []
            blocks.append(escape_block_start(line.text))
        if run:
            blocks.append("\n".join(run))
        return ("\n\n".join(blocks) + "\n").encode("utf-8")


class OutlineTextExporter(Exporter):
    """Plain-text outline: one heading a line, each level indented two full-width
    spaces further, the title block above."""

    suffix = ".txt"
    name = "txt"

    def __init__(self, notes: OutlineNotes | None = None) -> None:
        self.notes = notes

    def render(self, draft: Draft, style: Style) -> bytes:
        """The file's bytes: the outline of ``draft`` in this format, notes unindented."""
        head = [text for _kind, text in title_block(draft.meta, style.date_format)]
        lines = [
            "\u3000\u3000" * max(line.level - 1, 0) + line.text
            for line in outline_lines(draft, self.notes)
        ]
        parts = ["\n".join(head)] if head else []
        if lines:
            parts.append("\n".join(lines))
        return ("\n\n".join(parts) + "\n").encode("utf-8")


OUTLINE_FORMATS: dict[str, type[Exporter]] = {
    "docx": OutlineDocxExporter,
    "md": OutlineMarkdownExporter,
    "txt": OutlineTextExporter,
}

__all__ = [
    "OUTLINE_FORMATS",
    "OutlineLine",
    "OutlineNotes",
    "OutlineDocxExporter",
    "OutlineMarkdownExporter",
    "OutlineTextExporter",
    "model_text_outline",
    "outline_draft",
    "outline_items",
    "outline_lines",
    "outline_style",
]
