"""The draft: what a writer is building, with provenance for every borrowed paragraph.

A draft is a tree of :class:`DraftNode` (one per heading) between an opening and a
closing. Numbering is never stored in headings: it is derived from a node's position and
the numbering style chosen for its level (``Draft.numbering``), so moving a section
renumbers it. Writing hints (写作提示) and example phrasings live beside the text and never
reach an export.

The JSON form (``to_json``/``from_json``) is versioned by ``FORMAT_VERSION``; see
``docs/draft-format.md``. Saving and loading files is ``drafter.drafts.store``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from drafter.drafts.comments import Comment

# 1: the first format. 2: comments (批注) and the source file a draft was opened from.
FORMAT_VERSION = 2

# Numbering styles, one per outline level (see drafter.drafts.numbering):
#   "cn_dun" 一、   "cn_paren" （一）   "arabic_dot" 1.   "arabic_paren" （1）
#   "ordinal" 第一，  "ordinal_dun" 第一、  "ordinal_sentence" 第一句话：
#   "shi" 一是   "yao" 一要   "sequence" 首先/其次/再次/最后   "none" (unnumbered)
DEFAULT_NUMBERING = ["cn_dun", "cn_paren", "arabic_dot", "arabic_paren"]


# A marker as written is short (第一百二十三、 ...); a hand-edited file cannot put a
# paragraph in front of a heading through it.
_MAX_WRITTEN_MARKER = 12
_MAX_FONT = 64  # a font name or list reference from a file: one short line


def _one_line(value) -> str:
    """A saved string field as one line of text (anything else read as empty)."""
    return " ".join(str(value).splitlines()) if isinstance(value, str) else ""


def new_id() -> str:
    """A short random id that stays with a paragraph or heading for its whole life, so comments,
    undo records and provenance keep pointing at the same thing after moves and renumbering.
    """
    return uuid.uuid4().hex[:12]


@dataclass
class Provenance:
    """Where a paragraph taken from the library came from.

    ``original_text`` is the paragraph as it stood in the source, so a reviewer can see
    what the writer changed even after the library has moved on.
    """

    document_id: str
    title: str | None
    date: str | None
    paragraph_index: int
    original_text: str
    path: str | None = None
    speaker: str | None = None
    section: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The JSON form saved in the draft file; ``section`` becomes a plain list so the file stays
        readable.
        """
        return {
            "document_id": self.document_id,
            "title": self.title,
            "date": self.date,
            "paragraph_index": self.paragraph_index,
            "original_text": self.original_text,
            "path": self.path,
            "speaker": self.speaker,
            "section": list(self.section),
        }

    @classmethod
    def from_json(cls, d: dict) -> Provenance:
        """Rebuild from the saved form; missing optional keys (older drafts) fall back to empty
        values.
        """
        return cls(
            document_id=str(d["document_id"]),
            title=d.get("title"),
            date=d.get("date"),
            paragraph_index=int(d["paragraph_index"]),
            original_text=d.get("original_text", ""),
            path=d.get("path"),
            speaker=d.get("speaker"),
            section=list(d.get("section", [])),
        )


@dataclass
class DraftParagraph:
    """A paragraph of the draft: the writer's text, and its source when borrowed."""

    text: str
    provenance: Provenance | None = None
    id: str = field(default_factory=new_id)
    # How the Word file the draft was opened from set this paragraph, so that a file
    # written from the draft (清稿, 修订稿) gives the writer their document back: a
    # ``1.学理论`` in 标题 3 below the outline's two levels stays in 标题 3 (written as a
    # plain paragraph, it read back as a part of its own beside 二、), and the bold words
    # a paragraph opened with (（一）加强学习。…) stay bold, in their font
    # (``lead_font``); a number Word's list numbering printed (``source_num``, the list and
    # level as "numId:ilvl" of :attr:`Draft.source_lists`) is numbered by Word again,
    # not typed. 0 and "" for none.
    source_level: int = 0
    bold_lead: str = ""
    lead_font: str = ""
    source_num: str = ""

    def to_json(self) -> dict:
        """The saved form; ``provenance`` and the source file's style are written only where
        there are some, to keep files small.
        """
        d: dict = {"id": self.id, "text": self.text}
        if self.provenance is not None:
            d["provenance"] = self.provenance.to_json()
        if self.source_level:
            d["source_level"] = self.source_level
        if self.bold_lead:
            d["bold_lead"] = self.bold_lead
        if self.lead_font:
            d["lead_font"] = self.lead_font
        if self.source_num:
            d["source_num"] = self.source_num
        return d

    @classmethod
    def from_json(cls, d: dict) -> DraftParagraph:
        """Rebuild from the saved form; a paragraph saved without an id gets a fresh one so later
        edits can still address it.
        """
        prov = d.get("provenance")
        return cls(
            text=d.get("text", ""),
            provenance=Provenance.from_json(prov) if prov else None,
            id=d.get("id") or new_id(),
            source_level=int(d.get("source_level") or 0),
            bold_lead=str(d.get("bold_lead") or ""),
            lead_font=_one_line(d.get("lead_font"))[:_MAX_FONT],
            source_num=_one_line(d.get("source_num"))[:_MAX_FONT],
        )


@dataclass
class DraftNode:
    """A heading of the draft with its paragraphs and sub-headings.

    ``heading`` carries no marker. ``run_in`` renders the heading as the first sentence of
    its first paragraph (the speech style 一是…。). ``hint`` is the writing hint and
    ``example`` an example phrasing from the template; neither is ever exported.
    ``child_numbering`` is the numbering style of this node's children when it differs
    from their level's style (one part of a speech numbers 一要…, another 一是…); empty
    means the level's style from ``Draft.numbering``. ``unnumbered`` leaves a heading
    without a marker and out of the count among numbered siblings (a report's
    "五年来，…" lead-in headings before 一、二、 under the same part). ``marker_punct``
    is the punctuation the author wrote after this heading's number where it differs
    from its style's (第一， among 第二、 第三、): the number still follows the position,
    the mark stays the author's. ``written_marker`` is the whole marker as the author wrote
    it, kept where the position and style would print another (a run starting at 第三, a
    marker 一　 with a full-width space, mixed forms in one run): a speech read from a file
    and exported again keeps its writer's numbering exactly; empty means derived.
    ``source_num`` is the Word list and level ("numId:ilvl" of :attr:`Draft.source_lists`)
    that numbered the heading in the file the draft was opened from: a file written from
    the draft numbers it with that list again rather than typing the marker, so the
    writer's Word renumbers it.
    """

    heading: str
    paragraphs: list[DraftParagraph] = field(default_factory=list)
    children: list[DraftNode] = field(default_factory=list)
    hint: str = ""
    example: str = ""
    run_in: bool = False
    id: str = field(default_factory=new_id)
    child_numbering: str = ""
    unnumbered: bool = False
    marker_punct: str = ""
    written_marker: str = ""
    source_num: str = ""

    def walk(self) -> Iterator[DraftNode]:
        """This heading and every heading below it, depth first, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_json(self) -> dict:
        """The saved form, recursive over children; optional numbering keys are written only when
        set so older readers see the same file.
        """
        return {
            "id": self.id,
            "heading": self.heading,
            "hint": self.hint,
            "example": self.example,
            "run_in": self.run_in,
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "children": [c.to_json() for c in self.children],
            **({"child_numbering": self.child_numbering} if self.child_numbering else {}),
            **({"unnumbered": True} if self.unnumbered else {}),
            **({"marker_punct": self.marker_punct} if self.marker_punct else {}),
            **({"written_marker": self.written_marker} if self.written_marker else {}),
            **({"source_num": self.source_num} if self.source_num else {}),
        }

    @classmethod
    def from_json(cls, d: dict) -> DraftNode:
        """Rebuild a subtree from its saved form; ``marker_punct`` is cut to one character so a
        hand-edited file cannot inject a longer marker.
        """
        return cls(
            heading=d.get("heading", ""),
            paragraphs=[DraftParagraph.from_json(p) for p in d.get("paragraphs", [])],
            children=[cls.from_json(c) for c in d.get("children", [])],
            hint=d.get("hint", ""),
            example=d.get("example", ""),
            run_in=bool(d.get("run_in", False)),
            id=d.get("id") or new_id(),
            child_numbering=str(d.get("child_numbering") or ""),
            unnumbered=bool(d.get("unnumbered", False)),
            marker_punct=str(d.get("marker_punct") or "")[:1],
            written_marker=_one_line(d.get("written_marker"))[:_MAX_WRITTEN_MARKER],
            source_num=_one_line(d.get("source_num"))[:_MAX_FONT],
        )


@dataclass
class DraftMeta:
    """What goes above the body: title, speaker and post, date, occasion."""

    title: str = ""
    subtitle: str = ""
    speaker: str = ""
    post: str = ""
    date: str = ""  # ISO YYYY-MM-DD, or "" when not yet fixed
    occasion: str = ""
    genre: str = ""

    def to_json(self) -> dict:
        """The saved form: every field as written, all strings."""
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, d: dict) -> DraftMeta:
        """Rebuild from the saved form; unknown keys are ignored and ``None`` becomes ``""`` so a
        newer or hand-edited file still opens.
        """
        known = cls.__dataclass_fields__
        return cls(**{k: (v or "") for k, v in d.items() if k in known})


@dataclass
class Draft:
    """A whole draft. ``numbering[i]`` is the numbering style of level ``i + 1``."""

    meta: DraftMeta = field(default_factory=DraftMeta)
    opening: list[DraftParagraph] = field(default_factory=list)
    sections: list[DraftNode] = field(default_factory=list)
    closing: list[DraftParagraph] = field(default_factory=list)
    numbering: list[str] = field(default_factory=lambda: list(DEFAULT_NUMBERING))
    opening_hint: str = ""
    closing_hint: str = ""
    template: str | None = None  # name of the template it was created from
    # The document the draft was opened from (打开稿件 on a writer's .docx), so a save
    # offers a new draft beside it and compare can say what it was compared against.
    source: str | None = None
    comments: list[Comment] = field(default_factory=list)  # see drafter.drafts.comments
    # Keys of review findings the writer dismissed (drafter.review Finding.key); optional
    # in the file, written only when not empty, so older drafts and readers are unaffected.
    review_dismissed: list[str] = field(default_factory=list)
    # The Word list definitions (a w:numbering element's XML: the w:abstractNum and w:num
    # its headings' ``source_num`` name) of the file the draft was opened from; "" for none.
    source_lists: str = ""

    def walk(self) -> Iterator[DraftNode]:
        """Every heading of the body, depth first, in reading order (opening and closing have none)."""
        for node in self.sections:
            yield from node.walk()

    def find(self, node_id: str) -> DraftNode | None:
        """The heading with this id, or ``None`` when it no longer exists (ids outlive deletions in
        comments and undo).
        """
        return next((n for n in self.walk() if n.id == node_id), None)

    def to_json(self) -> dict:
        """The whole draft as the versioned ``drafter-draft`` document of ``docs/draft-format.md``."""
        return {
            "format": "drafter-draft",
            "version": FORMAT_VERSION,
            "meta": self.meta.to_json(),
            "numbering": list(self.numbering),
            "template": self.template,
            "opening_hint": self.opening_hint,
            "closing_hint": self.closing_hint,
            "opening": [p.to_json() for p in self.opening],
            "sections": [n.to_json() for n in self.sections],
            "closing": [p.to_json() for p in self.closing],
            "source": self.source,
            "comments": [c.to_json() for c in self.comments],
            **({"review_dismissed": list(self.review_dismissed)} if self.review_dismissed else {}),
            **({"source_lists": self.source_lists} if self.source_lists else {}),
        }

    @classmethod
    def from_json(cls, d: dict) -> Draft:
        """Build a draft from its JSON form. Version checks are the store's job."""
        return cls(
            meta=DraftMeta.from_json(d.get("meta", {})),
            opening=[DraftParagraph.from_json(p) for p in d.get("opening", [])],
            sections=[DraftNode.from_json(n) for n in d.get("sections", [])],
            closing=[DraftParagraph.from_json(p) for p in d.get("closing", [])],
            numbering=list(d.get("numbering") or DEFAULT_NUMBERING),
            opening_hint=d.get("opening_hint", ""),
            closing_hint=d.get("closing_hint", ""),
            template=d.get("template"),
            source=d.get("source") or None,
            comments=[Comment.from_json(c) for c in d.get("comments") or []],
            review_dismissed=[
                str(k) for k in d.get("review_dismissed") or [] if isinstance(k, str)
            ],
            source_lists=str(d.get("source_lists") or ""),
        )
