"""The text under review: a document's or a draft's paragraphs with their outline context.

Rules read a :class:`ReviewText`, never a Document or a Draft directly, so every rule works
the same on a file read from disk and on a draft being edited. Paragraph numbering is the
one ``Document.paragraphs()`` defines (headings are paragraphs, text = marker + heading), so
a finding's ``paragraph`` means the same thing in the CLI, the reader and the editor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter.corpus.model import Block, Document, Metadata, Outline, Section
from drafter.corpus.name_dates import year_in_name
from drafter.corpus.outline import parse_outline

if TYPE_CHECKING:
    from drafter.drafts.model import Draft, Provenance


@dataclass
class Para:
    """One paragraph as the rules see it.

    ``level``, ``marker`` and ``heading`` are set on headings only; ``parent`` is the index
    of the heading this paragraph (or heading) stands under, None at the top. ``ref`` is the
    draft node id (headings) or paragraph id, ``provenance`` where a borrowed paragraph
    came from.
    """

    index: int
    text: str
    section: tuple[str, ...]
    is_heading: bool
    part: str
    level: int = 0
    marker: str = ""
    heading: str = ""
    run_in: bool = False
    parent: int | None = None
    ref: str | None = None
    provenance: Provenance | None = None
    ends_with_stop: bool = False  # a stand-alone heading written with a closing 。
    asks: bool = False  # a stand-alone heading whose line ends with ？ (a question put)


@dataclass
class ReviewText:
    """Everything a rule may look at. ``date`` is the speech's own date (ISO, possibly
    partial); date-relative checks use ``year`` and skip when it is unknown."""

    path: str
    kind: str  # "document" or "draft"
    paras: list[Para]
    date: str | None = None
    title: str = ""
    speaker: str = ""
    children: dict[int | None, list[int]] = field(default_factory=dict)
    # The title block (title, subtitle, speaker, post, a date typed as text): units of
    # part "meta", numbered apart from ``paras`` (their findings carry paragraph None and
    # the field's name as their section); only the text-level rules read them.
    meta: list[Para] = field(default_factory=list)
    # the file a draft was opened from (打开稿件 on a writer's .docx): the library's copy of
    # it is this very text, not a source it copies (reuse looks past it, as past ``path``)
    opened_from: str | None = None
    # ``date`` is today's, standing in for a draft not dated yet (the views say so)
    undated: bool = False
    # ``date`` is the year the file's name gives, the text naming none (the views say so)
    date_from_name: bool = False

    @property
    def date_unknown(self) -> bool:
        """Whether nothing written gives this text's date: no date in it or its file's name,
        so a dated norm judged here is judged by a guess (today's, for a draft opened from
        a file; none at all, for a document). A draft being written in the app is dated by
        today rightly and is not unknown. The findings of dated norms then say so."""
        if self.year is None:
            return True
        return self.undated and bool(self.opened_from)

    @property
    def year(self) -> int | None:
        """The speech's year, or None when the text does not say."""
        if self.date and self.date[:4].isdigit():
            return int(self.date[:4])
        return None

    @property
    def full_date(self) -> dt.date | None:
        """The speech's full date when known to the day."""
        try:
            return dt.date.fromisoformat(self.date) if self.date and len(self.date) == 10 else None
        except ValueError:
            return None

    def headings(self) -> list[Para]:
        """The heading paragraphs in reading order."""
        return [p for p in self.paras if p.is_heading]

    def groups(self) -> list[tuple[Para | None, list[Para]]]:
        """Sibling headings under each parent (None = the top level), parents in order."""
        out = []
        for parent, kids in self.children.items():
            heads = [self.paras[i] for i in kids]
            out.append((self.paras[parent] if parent is not None else None, heads))
        return out


def _add_heading(
    paras: list[Para],
    children: dict[int | None, list[int]],
    s: Section,
    path: tuple[str, ...],
    parent: int | None,
    *,
    heading: str,
    stop: bool,
    ref: str | None = None,
    asks: bool = False,
) -> tuple[int, tuple[str, ...]]:
    """Append heading ``s`` under ``parent`` and record it as its child: the one shape a
    heading has for the rules, whether it was read from a file or comes from a draft.
    Returns its paragraph index and its section path."""
    here = (*path, s.label)
    i = len(paras)
    paras.append(
        Para(
            i,
            s.label,
            here,
            True,
            "body",
            level=len(here),
            marker=s.marker,
            heading=heading,
            run_in=s.run_in,
            parent=parent,
            ref=ref,
            ends_with_stop=stop,
            asks=asks,
        )
    )
    children.setdefault(parent, []).append(i)
    return i, here


def _add_sections(
    paras: list[Para],
    children: dict[int | None, list[int]],
    sections: list[Section],
    parent: int | None,
    path: tuple[str, ...],
    stops: frozenset[str] = frozenset(),
    asked: frozenset[str] = frozenset(),
) -> None:
    for s in sections:
        stop = s.label in stops and not s.run_in
        asks = s.label in asked and not s.run_in
        i, here = _add_heading(
            paras, children, s, path, parent, heading=s.heading, stop=stop, asks=asks
        )
        for text in s.paragraphs:
            paras.append(Para(len(paras), text, here, False, "body", parent=i))
        _add_sections(paras, children, s.children, i, here, stops, asked)
        for text in s.after:  # the section's own text after its points (Section.after)
            paras.append(Para(len(paras), text, here, False, "body", parent=i))


# The title block's fields in the order they stand above the body, with the section name
# a finding on them carries.
META_FIELDS = (
    ("title", "标题"),
    ("subtitle", "副标题"),
    ("speaker", "讲话人"),
    ("post", "职务"),
    ("date", "日期"),
)
META_FIELD_BY_SECTION = {name: key for key, name in META_FIELDS}


def _is_iso_date(value: str) -> bool:
    """A date the app or the header parser wrote (YYYY, YYYY-MM, YYYY-MM-DD, valid):
    nothing a person typed, so nothing to check as text."""
    v = value.strip()
    try:
        if len(v) == 10:
            dt.date.fromisoformat(v)
            return True
        if len(v) == 7:
            dt.date.fromisoformat(v + "-01")
            return True
        return len(v) == 4 and v.isdigit()
    except ValueError:
        return False


def meta_units(values: dict[str, str | None]) -> list[Para]:
    """The title block as review units: one per non-empty field, ``index`` its place
    among the units, ``part`` "meta", ``section`` the field's Chinese name. A date field
    holding a well-formed ISO date is left out (the program wrote it); one typed as text
    (X月X日, 2025年12月32日, 2025-12-32) is checked like any other field."""
    out: list[Para] = []
    for key, name in META_FIELDS:
        value = values.get(key) or ""  # as written: offsets are the field's own
        if not value.strip() or (key == "date" and _is_iso_date(value)):
            continue
        out.append(Para(len(out), value, (name,), False, "meta", ref=f"meta:{key}"))
    return out


def from_document(doc: Document) -> ReviewText:
    """The review view of a document read from a file or the library."""
    paras: list[Para] = []
    children: dict[int | None, list[int]] = {}
    for text in doc.outline.preamble:
        paras.append(Para(len(paras), text, (), False, "preamble"))
    stops, asked = _stopped_headings(doc, "。"), _stopped_headings(doc, "？?")
    _add_sections(paras, children, doc.outline.sections, None, (), stops=stops, asked=asked)
    for text in doc.outline.closing:
        paras.append(Para(len(paras), text, (), False, "closing"))
    m = doc.metadata
    named = None if m.date else year_in_name(doc.path)
    return ReviewText(
        doc.path,
        "document",
        paras,
        date=m.date or named,
        date_from_name=named is not None,
        title=m.title or "",
        speaker=m.speaker or "",
        children=children,
        meta=meta_units({k: getattr(m, k, None) for k, _ in META_FIELDS if k != "date"}),
    )


def _stopped_headings(doc: Document, marks: str = "。") -> frozenset[str]:
    """Labels of headings whose own line in the file ends in one of ``marks`` (the outline
    drops it, so the raw lines say it): "一、加强领导。" standing alone; with "？?" a
    numbered question put in minutes (2、…怎么看？)."""
    labels = {s.label for s in doc.outline.walk() if not s.run_in}
    if not labels:
        return frozenset()
    out = set()
    for line in doc.raw_text.splitlines():
        line = line.strip()
        if line[-1:] in marks and line[:-1] in labels:
            out.add(line[:-1])
    return frozenset(out)


def document_from_lines(
    lines: list[str], date: str | None = None, path: str = "<text>"
) -> Document:
    """A document whose body is exactly ``lines`` (no header or cleaning), outlined by the
    real parser: rule examples and tests state the body they mean, nothing is guessed."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    read = parse_outline([Block(t) for t in lines])
    outline = read.outline
    outline.closing += read.appendix  # every line is the body here, an appendix's too
    return Document(path, "txt", Metadata(date=date), outline or Outline(), "\n".join(lines))


def from_draft(draft: Draft, path: str = "<draft>") -> ReviewText:
    """The review view of a draft: headings carry the markers the draft derives from their
    position, so numbering and counts are judged as the reader will see them."""
    from drafter.drafts.numbering import markers

    marks = markers(draft)
    paras: list[Para] = []
    children: dict[int | None, list[int]] = {}
    for p in draft.opening:
        paras.append(
            Para(len(paras), p.text, (), False, "preamble", ref=p.id, provenance=p.provenance)
        )

    def visit(nodes, parent: int | None, path: tuple[str, ...]) -> None:
        for node in nodes:
            heading = node.heading.strip()
            s = Section(len(path) + 1, marks.get(node.id, ""), heading, run_in=node.run_in)
            stop = heading.endswith("。") and not node.run_in
            i, here = _add_heading(
                paras,
                children,
                s,
                path,
                parent,
                heading=heading.rstrip("。") if stop else heading,
                stop=stop,
                ref=node.id,
                asks=heading.endswith(("？", "?")) and not node.run_in,
            )
            for p in node.paragraphs:
                paras.append(
                    Para(
                        len(paras),
                        p.text,
                        here,
                        False,
                        "body",
                        parent=i,
                        ref=p.id,
                        provenance=p.provenance,
                    )
                )
            visit(node.children, i, here)

    visit(draft.sections, None, ())
    for p in draft.closing:
        paras.append(
            Para(len(paras), p.text, (), False, "closing", ref=p.id, provenance=p.provenance)
        )
    m = draft.meta
    source = getattr(draft, "source", None)
    dated = _is_iso_date(m.date)
    # a draft opened from a file its name dates (1988_政府工作报告.docx) takes that year, as
    # the library's reading of the same file does: the head saw 其它 and 做出 flagged in
    # the 1988 report opened as a draft (judged by today) and not in it read as a document
    named = None if dated else year_in_name(source)
    # a draft not yet dated otherwise is being written now: judge 今年 and dated phrases by today
    date = m.date if dated else named or dt.date.today().isoformat()
    return ReviewText(
        path,
        "draft",
        paras,
        date=date,
        title=m.title,
        speaker=m.speaker,
        children=children,
        meta=meta_units({k: getattr(m, k, "") for k, _ in META_FIELDS}),
        opened_from=source,
        undated=not dated and named is None,
        date_from_name=named is not None,
    )


def draft_from_lines(lines: list[str], date: str = "") -> Draft:
    """A draft written as lines: "# 标题" a top heading, "## 标题" one level down, any
    other line a paragraph of the heading above (or of the opening). Headings are taken
    as typed, so a rule example can show a writer's typed marker or stray 。."""
    from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph

    draft = Draft(meta=DraftMeta(title="示例", date=date))
    stack: list[DraftNode] = []
    for line in lines:
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("#"))
        if depth and line[depth : depth + 1] == " ":
            node = DraftNode(line[depth + 1 :])
            del stack[depth - 1 :]
            (stack[-1].children if stack else draft.sections).append(node)
            stack.append(node)
        elif stack:
            stack[-1].paragraphs.append(DraftParagraph(line))
        else:
            draft.opening.append(DraftParagraph(line))
    return draft
