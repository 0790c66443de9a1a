"""Draft comments (批注) written as real Word comments.

Word and WPS show a comment in the margin when ``word/comments.xml`` holds its text
(author, date, initials) and the body marks the commented words with
``w:commentRangeStart`` / ``w:commentRangeEnd`` followed by a run holding a
``w:commentReference``. Replies are comments of their own over the same words, tied to
their parent, and "resolved" is a flag, both in ``word/commentsExtended.xml`` (the part
Word 2013+ and WPS write; LibreOffice reads it too). A comment on the title block
(``meta:title``…) is anchored on its words in the printed title lines. This module is a
decorator of
:class:`~drafter.export.docx.DocxExporter`: the layout code never sees comments.
"""

from __future__ import annotations

from datetime import datetime

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from drafter.drafts.anchors import (
    UNPRINTED_FIELDS,
    in_reading_order,
    meta_field,
    resolve,
    target_index,
    unprinted_label,
)
from drafter.drafts.comments import Comment
from drafter.drafts.convert import TITLE_KINDS
from drafter.drafts.model import Draft
from drafter.export.wordml import insert_at, locate

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_CT_EXTENDED = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
_RT_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


def word_date(iso: str) -> str:
    """A stored comment time as Word writes ``w:date``: the local wall-clock time the
    reviewer saw, to the second, with the ``Z`` Word puts on it (Word and WPS show it
    as written)."""
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return when.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def initials(author: str) -> str:
    """Initials Word shows in the comment mark: the first two characters of a Chinese
    name, the capitals of a Latin one."""
    name = author.strip()
    if not name:
        return ""
    if name.isascii():
        caps = "".join(w[0] for w in name.split() if w)
        return caps.upper()[:3]
    return name[:2]


class _Thread:
    def __init__(self, word_id: int, para_id: str, text: str, author: str, date: str) -> None:
        self.word_id = word_id
        self.para_id = para_id
        self.text = text
        self.author = author
        self.date = date


class WordCommentsDecorator:
    """Adds a draft's comments to a Word export (``DocxExporter(decorators=(this,))``).

    ``include_resolved`` false leaves resolved comments out (a clean copy for the
    writer keeps only what is still open). The default author is used for a comment
    that has none.
    """

    def __init__(self, include_resolved: bool = True, default_author: str = "") -> None:
        self.include_resolved = include_resolved
        self.default_author = default_author
        # how many Word comments (replies included) the last export wrote: what a message
        # about the file counts, so it cannot differ from what Word shows
        self.written = 0

    def __call__(self, document, draft: Draft, placed) -> None:
        self.written = 0
        comments = [c for c in in_reading_order(draft) if self.include_resolved or not c.resolved]
        header = {item.kind: (p, item) for p, item in placed if item.kind in TITLE_KINDS}
        placed = [(p, item) for p, item in placed if item.kind not in TITLE_KINDS] or placed
        if not comments or not placed:
            return
        index = target_index(draft)
        next_id = 0
        next_para = 0x10000001
        xml_comments: list[etree._Element] = []
        extended: list[tuple[str, str | None, bool]] = []
        for comment in comments:
            field = meta_field(comment.target)
            where = locate(placed, comment.target) if field is None else None
            thread = []
            author = comment.author or self.default_author
            first = comment.text
            if field in UNPRINTED_FIELDS:  # 【场合】…: Word shows no such line to anchor on
                first = unprinted_label(field) + first
            for text, who, when in [
                (first, author, comment.time),
                *((r.text, r.author or self.default_author, r.time) for r in comment.replies),
            ]:
                thread.append(_Thread(next_id, f"{next_para:08X}", text, who, word_date(when)))
                next_id += 1
                next_para += 1
            if field is None:
                p, start, end = self._span(where, resolve(draft, comment, index), placed)
            else:
                p, start, end = _field_span(draft, comment, field, header, placed)
            for t in thread:  # ranges nest: Word pairs starts and ends by id
                insert_at(p, start, _marker("commentRangeStart", t.word_id))
            for t in thread:
                end_marker = _marker("commentRangeEnd", t.word_id)
                insert_at(p, end, end_marker)
                end_marker.addnext(_reference_run(t.word_id))
            for k, t in enumerate(thread):
                xml_comments.append(_comment_xml(t))
                parent = thread[0].para_id if k else None
                extended.append((t.para_id, parent, comment.resolved))
        _add_parts(document, xml_comments, extended)
        self.written = len(xml_comments)

    @staticmethod
    def _span(where, anchor, placed):
        """``(w:p, start, end)`` in the Word paragraph for a comment, from its ``anchor``
        (:func:`~drafter.drafts.anchors.resolve`): its words where they are now, found
        again by their quote when the writer edited the paragraph after commenting (the
        stored offsets then point at other words: a review comment on 32日 went on
        牵头，2025年12月), the whole paragraph when the words are gone, as the comments pane
        shows it. A span is moved by the characters stripped before printing; a comment
        whose target was not printed goes on the first paragraph, covering nothing but
        still listed."""
        if where is None:
            return placed[0][0], 0, 0
        p, lo, hi, lead = where
        if anchor is not None and anchor.start is not None and anchor.end is not None:
            start = min(max(lo + anchor.start - lead, lo), hi)
            end = min(max(lo + anchor.end - lead, start), hi)
            if end > start:
                return p, start, end
        if anchor is not None and anchor.paragraph is None and anchor.node is not None:
            # the whole heading covers its marker too (一、提高认识), so that a comment on
            # all of its words (quoted) comes back from Word told apart from one on the
            # heading itself: both covered the words alone, and the quote was lost
            return p, 0, hi
        return p, lo, hi


def _field_span(draft: Draft, comment: Comment, field: str, header: dict, placed):
    """``(w:p, start, end)`` of a comment on a title-block field: its words in the printed
    line (the title with the line breaks of a long title, the subtitle after its dash,
    post and speaker sharing one line), the whole line for a date (printed in words, not
    as stored); a field not printed (empty, or a date the subtitle already gives) is
    listed on the first paragraph, covering nothing. 场合 is never printed as such: its
    comment covers the occasion's words where the title names them (在**全区…会议**上的讲话),
    else the whole title line; its label in front of the text tells the two apart."""
    kind = {"post": "speaker", "occasion": "title"}.get(field, field)
    hit = header.get(kind)
    if hit is None:
        return placed[0][0], 0, 0
    p, item = hit
    printed = item.text
    at_char = [i for i, ch in enumerate(printed) if ch != "\n"]  # flat index -> printed
    flat = printed.replace("\n", "")
    value = getattr(draft.meta, field)
    core = value.strip()
    lead = len(value) - len(value.lstrip())
    post = draft.meta.post.strip()
    at = len(post) + 1 if field == "speaker" and post else 0
    if field in ("subtitle", "occasion"):  # after the subtitle's dash; inside the title
        at = -1
    if at < 0:
        at = flat.find(core) if core else -1
    lo, hi = 0, len(flat)
    if field != "date" and core and at >= 0 and flat[at : at + len(core)] == core:
        lo, hi = at, at + len(core)
        anchor = resolve(draft, comment)
        if anchor is not None and anchor.start is not None and anchor.end is not None:
            start = min(max(lo + anchor.start - lead, lo), hi)
            end = min(max(lo + anchor.end - lead, start), hi)
            if end > start:
                lo, hi = start, end
    if hi <= lo:
        return p, 0, len(printed)
    return p, at_char[lo], at_char[hi - 1] + 1


def _marker(tag: str, word_id: int) -> etree._Element:
    el = etree.Element(qn(f"w:{tag}"))
    el.set(qn("w:id"), str(word_id))
    return el


def _reference_run(word_id: int) -> etree._Element:
    r = etree.Element(qn("w:r"))
    ref = etree.SubElement(r, qn("w:commentReference"))
    ref.set(qn("w:id"), str(word_id))
    return r


def _comment_xml(t: _Thread) -> etree._Element:
    c = etree.Element(qn("w:comment"))
    c.set(qn("w:id"), str(t.word_id))
    c.set(qn("w:author"), t.author or "审阅人")
    if t.date:
        c.set(qn("w:date"), t.date)
    if initials(t.author):
        c.set(qn("w:initials"), initials(t.author))
    lines = t.text.split("\n") or [""]
    for i, line in enumerate(lines):
        p = etree.SubElement(c, qn("w:p"))
        if i == len(lines) - 1:
            p.set(f"{{{W14_NS}}}paraId", t.para_id)
            p.set(f"{{{W14_NS}}}textId", t.para_id)
        if i == 0:
            r = etree.SubElement(p, qn("w:r"))
            etree.SubElement(r, qn("w:annotationRef"))
        r = etree.SubElement(p, qn("w:r"))
        text = etree.SubElement(r, qn("w:t"))
        text.text = _clean(line)
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return c


def _clean(text: str) -> str:
    import re

    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]", "", text)


def _add_parts(document, comments: list[etree._Element], extended) -> None:
    root = etree.Element(qn("w:comments"), nsmap={"w": W_NS, "w14": W14_NS, "mc": MC_NS})
    root.set(f"{{{MC_NS}}}Ignorable", "w14")  # readers older than Word 2010 skip paraId
    root.extend(comments)
    package = document.part.package
    part = Part(
        PackURI("/word/comments.xml"),
        _CT_COMMENTS,
        etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True),
        package,
    )
    document.part.relate_to(part, RT.COMMENTS)
    ext = etree.Element(f"{{{W15_NS}}}commentsEx", nsmap={"w15": W15_NS})
    for para_id, parent, done in extended:
        ex = etree.SubElement(ext, f"{{{W15_NS}}}commentEx")
        ex.set(f"{{{W15_NS}}}paraId", para_id)
        if parent:
            ex.set(f"{{{W15_NS}}}paraIdParent", parent)
        ex.set(f"{{{W15_NS}}}done", "1" if done else "0")
    ext_part = Part(
        PackURI("/word/commentsExtended.xml"),
        _CT_EXTENDED,
        etree.tostring(ext, xml_declaration=True, encoding="UTF-8", standalone=True),
        package,
    )
    document.part.relate_to(ext_part, _RT_EXTENDED)


__all__ = ["WordCommentsDecorator", "initials", "word_date"]
