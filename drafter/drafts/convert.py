"""Conversions between library documents, drafts and plain outline text.

A document read from the library becomes a draft so an old speech can be re-laid out
or used as a starting point; its numbering styles are inferred from the markers it was
written with, since a draft stores styles, never typed markers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from drafter.drafts.model import (
    DEFAULT_NUMBERING,
    Draft,
    DraftMeta,
    DraftNode,
    DraftParagraph,
    Provenance,
)
from drafter.drafts.numbering import (
    MARKER_PUNCT,
    heading_text,
    level_styles,
    markers,
    parse_marker,
)
from drafter.drafts.written_markers import written_marker

if TYPE_CHECKING:  # the corpus package is only needed to convert its documents
    from drafter.corpus.model import Document, Metadata, Section


def draft_from_document(doc: Document, document_id: str | None = None) -> Draft:
    """Turn a library document into a draft with the same outline.

    With ``document_id`` (the library's id of ``doc``) every paragraph keeps a
    provenance link to where it came from, as when a writer starts from that speech.
    """
    m = doc.metadata
    meta = DraftMeta(
        title=m.title or "",
        subtitle=m.subtitle or "",
        speaker=m.speaker or "",
        post=m.post or "",
        date=m.date or "",
        occasion=m.occasion or "",
        genre=m.genre or "",
    )
    index_of: dict[tuple[str, ...], list[int]] = {}
    if document_id is not None:
        for p in doc.paragraphs():
            if not p.is_heading:
                index_of.setdefault((p.part, *p.section), []).append(p.index)

    def para(text: str, key: tuple[str, ...], k: int) -> DraftParagraph:
        if document_id is None:
            return DraftParagraph(text)
        indexes = index_of.get(key, [])
        prov = Provenance(
            document_id=document_id,
            title=m.title,
            date=m.date,
            paragraph_index=indexes[k] if k < len(indexes) else -1,
            original_text=text,
            path=doc.path,
            speaker=m.speaker,
            section=list(key[1:]),
        )
        return DraftParagraph(text, provenance=prov)

    def node(section: Section, path: tuple[str, ...]) -> DraftNode:
        here = (*path, section.label)
        made = DraftNode(
            heading=written_heading(section),
            paragraphs=[para(t, ("body", *here), k) for k, t in enumerate(section.paragraphs)],
            children=[node(c, here) for c in section.children],
            run_in=section.run_in,
        )
        if section.after:
            # a draft node has no text after its children: the part's text after its points
            # (Section.after) goes on at the end of its last point, where the text shows it,
            # with its provenance still naming the part
            holder = made
            while holder.children:
                holder = holder.children[-1]
            first = len(section.paragraphs)
            holder.paragraphs += [
                para(t, ("body", *here), first + k) for k, t in enumerate(section.after)
            ]
        return made

    outline = doc.outline
    sections = [node(s, ()) for s in outline.sections]
    numbering = infer_numbering(outline.sections)
    _keep_group_numbering(outline.sections, sections, numbering, 1)
    # the closing ends above an appendix the outline keeps after it (附件：… / 附表), decided
    # once in drafter.corpus.closing as the study and `drafter outline` decide it; a law with
    # no closing has only its appendix there, and an appendix is no 结尾
    from drafter.corpus.closing import before_appendix

    own = before_appendix(outline.closing)
    draft = Draft(
        meta=meta,
        opening=[para(t, ("preamble",), k) for k, t in enumerate(outline.preamble)],
        sections=sections,
        closing=[para(t, ("closing",), k) for k, t in enumerate(outline.closing[:own])],
        numbering=numbering,
    )
    keep_marker_punctuation(outline.sections, sections, markers(draft))
    keep_written_numbering(outline.sections, sections, markers(draft))
    draft.sections.extend(_appendix_nodes(outline.closing, own, para))
    draft.sections.extend(_apparatus_appendix(doc.apparatus.appendix, para))
    return draft


def written_heading(section: Section) -> str:
    """A heading as the draft keeps it: with the punctuation its writer closed it with when
    it stands on its own line (（一）深化专项整治。, 二、…是非常有效的：). The outline drops that
    ending to read the heading as a title; a draft that dropped it too changed the writer's
    text unseen: 打开稿件 on a .docx reviewed clean where ``drafter review`` on the same file
    found the stops, and the 修订稿 went back without them, untracked. A run-in heading's stop
    belongs to its sentence, which the draft prints itself (``run_in``)."""
    if section.run_in or not section.heading:
        return section.heading
    return section.heading + section.ending


def _appendix_nodes(closing: list[str], own: int, para) -> list[DraftNode]:
    """The appendices after the closing as unnumbered last parts of the draft, one per label
    (附件1：… / 附件2：…), the label as heading: kept with the text (nothing of the document
    is lost) but neither taken for its 结尾 nor numbered among its parts."""
    from drafter.corpus.closing import appendix_label

    nodes: list[DraftNode] = []
    for k in range(own, len(closing)):
        text = closing[k]
        if not nodes or appendix_label(text):
            nodes.append(DraftNode(heading=text, unnumbered=True))
        else:
            nodes[-1].paragraphs.append(para(text, ("closing",), k))
    return nodes


def _apparatus_appendix(lines: list[str], para) -> list[DraftNode]:
    """The document's appendices (附件：… over its rules, 附录：…) as unnumbered last parts of
    the draft, one per label, as :func:`_appendix_nodes` makes them: an appendix is
    apparatus, out of the document's paragraphs (its paragraphs' provenance names the
    document but no paragraph of it), but a writer who opens the document as a draft keeps
    it. What the editor or the site added under other labels (【参考资料】, readers'
    comments) stays out."""
    from drafter.corpus.apparatus_labels import is_apparatus_label
    from drafter.corpus.closing import appendix_label

    nodes: list[DraftNode] = []
    inside = False
    for text in lines:
        if appendix_label(text):
            nodes.append(DraftNode(heading=text, unnumbered=True))
            inside = True
        elif inside and (text.startswith(("【", "[", "［")) or is_apparatus_label(text)):
            inside = False  # 【参考资料】 and what it holds: the editor's, not the document's
        elif inside:
            nodes[-1].paragraphs.append(para(text, ("appendix",), len(nodes[-1].paragraphs)))
    return nodes


def keep_marker_punctuation(
    sections: list[Section], nodes: list[DraftNode], marks: dict[str, str]
) -> None:
    """Where the author wrote a heading's number with other punctuation than its
    siblings' style (第一， among 第二、 第三、; 1． among 2. 3.), the node keeps the
    author's mark (``marker_punct``): the derived marker would otherwise replace it."""
    for section, node in zip(sections, nodes):
        written, derived = section.marker.strip(), marks.get(node.id, "")
        if (
            written
            and derived
            and written[-1] != derived[-1]
            and written[-1] in MARKER_PUNCT
            and derived[-1] in MARKER_PUNCT
            and written[:-1] == derived[:-1]
        ):
            node.marker_punct = written[-1]
        keep_marker_punctuation(section.children, node.children, marks)


def keep_written_numbering(
    sections: list[Section], nodes: list[DraftNode], marks: dict[str, str]
) -> None:
    """Where the marker the styles and positions give is not the one the author wrote (a
    run of parts starting at 第三, 一　 with a full-width space, 第三、 among 一、 二、), the
    node keeps the written marker: exporting a speech read from a file must print its
    numbering exactly as written, not renumber it. Nodes whose derived marker is the
    written one keep following their position, so editing a draft still renumbers (and
    an edit renumbers the written ones too: drafter.drafts.written_markers). White space
    after a marker is kept as one full-width space (一 关于… prints 一　关于…)."""
    for section, node in zip(sections, nodes):
        written = written_marker(section.marker)
        if written and written != marks.get(node.id, ""):
            node.written_marker = written
        keep_written_numbering(section.children, node.children, marks)


def _group_style(sections: list[Section]) -> str:
    """The style most markers of one sibling group are written in (headings without a
    marker do not vote; ``"none"`` when no heading of the group has one)."""
    counts = Counter((parse_marker(s.marker) or ("none",))[0] for s in sections)
    return _majority(counts)


def _majority(counts: Counter[str]) -> str:
    numbered = Counter({k: v for k, v in counts.items() if k != "none"})
    return (numbered or counts).most_common(1)[0][0]


def _keep_group_numbering(
    sections: list[Section], nodes: list[DraftNode], numbering: list[str], level: int
) -> None:
    """Keep the markers a document was written with where one numbering style per
    level cannot: a node gets ``child_numbering`` where its sub-headings are numbered
    in another style than most of their level (一要… under one part, 一是… under the
    next), and a heading without a marker among numbered siblings is ``unnumbered``."""

    def visit(sections: list[Section], nodes: list[DraftNode], level: int, style: str) -> None:
        for section, node in zip(sections, nodes):
            if style != "none" and parse_marker(section.marker) is None:
                node.unnumbered = True
            if section.children:
                group = _group_style(section.children)
                below = numbering[level] if level < len(numbering) else "none"
                if group != below:
                    node.child_numbering = group
                visit(section.children, node.children, level + 1, group)

    visit(sections, nodes, level, numbering[level - 1] if numbering else "none")


def infer_numbering(sections: list[Section]) -> list[str]:
    """The numbering style of each level: the style most of its markers are written in
    (unmarked headings do not vote), ``"none"`` for a level without markers."""
    by_level: dict[int, Counter[str]] = {}

    def visit(nodes: list[Section], depth: int) -> None:
        for s in nodes:
            parsed = parse_marker(s.marker)
            by_level.setdefault(depth, Counter())[parsed[0] if parsed else "none"] += 1
            visit(s.children, depth + 1)

    visit(sections, 1)
    styles = []
    for depth in range(1, len(by_level) + 1):
        styles.append(_majority(by_level[depth]))
    return styles or list(DEFAULT_NUMBERING)


def format_date(iso: str, style: str = "paren_cn") -> str:
    """``"2025-11-24"`` -> ``"（2025年11月24日）"`` (``style``: ``paren_cn``, ``cn``,
    ``paren_cn_upper``, ``cn_upper`` with 〇一二 digits, or ``iso``). Partial dates
    (``2025-11``, ``2025``) print what is known; anything else prints as written."""
    if not iso:
        return ""
    parts = iso.strip().split("-")
    if style == "iso" or not all(p.isdigit() for p in parts) or len(parts) > 3:
        text = iso.strip()
    else:
        upper = style.endswith("upper")
        units = ["年", "月", "日"]
        if upper:
            from drafter.drafts.numbering import cn_number

            digits = "〇一二三四五六七八九"
            year = "".join(digits[int(c)] for c in parts[0])
            rest = [cn_number(int(p)) for p in parts[1:]]
            pieces = [year, *rest]
        else:
            pieces = [str(int(p)) for p in parts]
        text = "".join(p + u for p, u in zip(pieces, units))
    if style.startswith("paren"):
        return f"（{text}）"
    return text


def speaker_line(meta: DraftMeta | Metadata) -> str:
    """``post　speaker`` as printed under the title (either may be missing): a draft's, or
    a library document's as the reader's header names it.

    Post and name are separated by one full-width space (空一字), as they are set in
    official documents; an ASCII space would be a third of the gap and is what a
    speaker line typed by the author never has. Spaces inside the name (龚　正, a
    two-character name padded to three) are kept as written. Several speakers each with a
    post (post 县委书记；县长, speaker 张三、李四) print each post before its name:
    县委书记　张三、县长　李四, not 县委书记；县长　张三、李四.
    """
    from drafter.corpus.header_speaker import speaker_text

    return speaker_text(getattr(meta, "post", None), meta.speaker)


# "同志们：", "各位代表：", "各位企业家朋友，同志们：", "尊敬的各位领导、同志们：": a speech's
# salutation stands flush left (顶格) like the 主送机关 line of GB/T 9704. Only lines at
# the very start of the opening count, so a body paragraph "具体要求如下：" stays indented.
_SALUTATION = re.compile(r"^[^。！？；!?;：:]{1,40}[：:]$")


def is_salutation(text: str) -> bool:
    """Whether a paragraph reads as a salutation line (short, ending in a colon)."""
    return bool(_SALUTATION.match(text.strip()))


def salutation_count(draft: Draft) -> int:
    """How many paragraphs at the start of the opening are salutation lines."""
    n = 0
    for p in (p for p in draft.opening if p.text.strip()):
        if not is_salutation(p.text):
            break
        n += 1
    return n


_DASHES = "—-－─"


def subtitle_line(meta: DraftMeta) -> str:
    """The subtitle as printed under the title: a double title's second line starts
    with a dash (破折号), "——在…上的讲话"; the draft stores it without the dash."""
    sub = meta.subtitle.strip()
    if not sub or sub[0] in _DASHES or sub[0] in "（(":
        return sub
    return "——" + sub


def date_line(meta: DraftMeta, date_style: str = "paren_cn") -> str:
    """The date line under the title, or "" when the subtitle already gives the date
    ("——2025年1月15日在…会议上", as a 政府工作报告 prints it): it is not repeated."""
    text = format_date(meta.date, date_style)
    bare = text.strip("（）()")
    if bare and bare in meta.subtitle:
        return ""
    return text


# The kinds of the title block's lines (title_block), as exporters tag them.
TITLE_KINDS = frozenset({"title", "subtitle", "speaker", "date"})


def title_block(meta: DraftMeta, date_style: str = "paren_cn") -> list[tuple[str, str]]:
    """``(kind, text)`` of the lines above the body in order, empty ones left out (and the
    speaker and date when the subtitle already says them): ``title``, ``subtitle``,
    ``speaker``, ``date``. Shared by every exporter."""
    lines = [
        ("title", meta.title.strip()),
        ("subtitle", subtitle_line(meta)),
        ("speaker", "" if _named_in_subtitle(meta) else speaker_line(meta)),
        ("date", date_line(meta, date_style)),
    ]
    return [(kind, text) for kind, text in lines if text]


def _named_in_subtitle(meta: DraftMeta) -> bool:
    """Whether the subtitle already names the speaker (and the post, when there is one):
    "——任正非在人力资源部培训工作汇报会上的讲话" printed 任正非 again on a line of its own below
    it. Like the date (:func:`date_line`), the name is then not repeated."""
    from drafter.corpus.header_speaker import speaker_pairs

    sub = re.sub(r"\s", "", meta.subtitle or "")
    names = [
        re.sub(r"\s", "", x) for pair in speaker_pairs(meta.post, meta.speaker) for x in pair if x
    ]
    return bool(sub and names) and all(n in sub for n in names)


class BodyItem(NamedTuple):
    """One printed paragraph of the body with what it was made from, for exporters that
    mark places in the text (Word comments, tracked changes): ``node`` is the heading
    it belongs to (None in the opening and closing), ``paragraph`` the draft paragraph
    printed in ``text`` (None for a heading on its own line), and ``lead`` how many
    leading characters of ``paragraph.text`` were stripped before printing."""

    kind: str
    level: int
    heading: str
    text: str
    node: DraftNode | None
    paragraph: DraftParagraph | None
    lead: int


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def iter_body_items(draft: Draft) -> Iterator[BodyItem]:
    """:func:`iter_body` with the node and paragraph behind every item."""
    marks = markers(draft)
    for p in draft.opening:
        if p.text.strip():
            yield BodyItem("opening", 0, "", p.text.strip(), None, p, _lead(p.text))

    def visit(nodes: list[DraftNode], level: int):
        for node in nodes:
            head = heading_text(draft, node, marks)
            paras = [p for p in node.paragraphs if p.text.strip()]
            if node.run_in:
                first = paras[0] if paras else None
                text = first.text.strip() if first else ""
                yield BodyItem(
                    "paragraph", level, head, text, node, first, _lead(first.text) if first else 0
                )
                paras = paras[1:]
            elif head:
                yield BodyItem("heading", level, head, "", node, None, 0)
            for p in paras:
                yield BodyItem("paragraph", level, "", p.text.strip(), node, p, _lead(p.text))
            yield from visit(node.children, level + 1)

    yield from visit(draft.sections, 1)
    for p in draft.closing:
        if p.text.strip():
            yield BodyItem("closing", 0, "", p.text.strip(), None, p, _lead(p.text))


def iter_body(draft: Draft):
    """The body in reading order as ``(kind, level, heading, text)`` tuples.

    ``kind`` is ``"opening"``, ``"heading"`` (a heading on its own line: ``heading`` is
    its marker + text, ``text`` is empty), ``"paragraph"`` (``heading`` is the run-in
    heading sentence or empty) or ``"closing"``. Writing hints never appear. Exporters
    share this walk so every format prints the same outline.
    """
    for item in iter_body_items(draft):
        yield item[:4]


def draft_to_outline_text(draft: Draft, indent: bool = False, date_style: str = "paren_cn") -> str:
    """The draft as plain text: title block, then one paragraph per line with a blank
    line between paragraphs and headings printed with their markers. ``indent`` starts
    each body paragraph with two full-width spaces (全角空格), as typed in Chinese."""
    blocks = [text for _kind, text in title_block(draft.meta, date_style)]
    pad = "\u3000\u3000" if indent else ""
    flush = salutation_count(draft)
    for kind, _level, heading, text in iter_body(draft):
        if flush and kind == "opening":
            flush -= 1
            blocks.append(text)  # the salutation is not indented
        elif kind == "heading":
            blocks.append(pad + heading)
        else:
            blocks.append(pad + heading + text)
    return "\n\n".join(blocks) + "\n"


__all__ = [
    "BodyItem",
    "draft_from_document",
    "written_heading",
    "iter_body_items",
    "date_line",
    "draft_to_outline_text",
    "format_date",
    "infer_numbering",
    "is_salutation",
    "salutation_count",
    "iter_body",
    "level_styles",
    "speaker_line",
    "subtitle_line",
    "TITLE_KINDS",
    "title_block",
]
