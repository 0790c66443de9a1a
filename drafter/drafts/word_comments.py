"""Reading Word comments (批注) from a .docx into a draft, with their anchors.

A writer's .docx often comes back from a head with comments already in it, and a head
may open a draft whose comments were exported by Drafter. Word keeps a comment's text
in ``word/comments.xml`` and its anchor in ``word/document.xml`` as
``w:commentRangeStart``/``w:commentRangeEnd`` around the commented words; replies and
"resolved" live in ``word/commentsExtended.xml`` (Word 2013+, WPS). This module reads
those parts directly (python-docx does not read comments) and then finds each anchored
Word paragraph among the draft's headings and paragraphs, since the draft was built
from the same file by the outline reader (markers stripped, run-in headings split off),
or among the title block's fields (title, subtitle, post, speaker, date; occasion, which is
not printed, by the 【场合】 label its comments carry in Word).
"""

from __future__ import annotations

import zipfile
from bisect import bisect_left
from pathlib import Path

from lxml import etree

from drafter.drafts.anchors import iter_targets, meta_target, unprinted_field
from drafter.drafts.comments import Comment, Reply
from drafter.drafts.convert import format_date
from drafter.drafts.docx_comment import WordComment
from drafter.drafts.docx_parts import NOT_TEXT, W14, W15, read_part, wtag
from drafter.drafts.lo_replies import thread_lo_replies
from drafter.drafts.model import Draft


def _para_texts(p) -> tuple[str, dict[str, int], dict[str, int], list[str]]:
    """The visible text of ``w:p`` and where comment ranges start and end in it; the
    ids of comments referenced in it (a comment without a range is anchored there)."""
    out: list[str] = []
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    refs: list[str] = []
    pos = 0

    def walk(el) -> None:
        nonlocal pos
        for child in el:
            tag = child.tag
            if tag in NOT_TEXT or not isinstance(tag, str):
                continue
            if tag == wtag("t"):
                text = child.text or ""
                out.append(text)
                pos += len(text)
            elif tag in (wtag("tab"),):
                out.append("\t")
                pos += 1
            elif tag in (wtag("br"), wtag("cr")):
                out.append("\n")
                pos += 1
            elif tag == wtag("commentRangeStart"):
                starts[child.get(wtag("id"), "")] = pos
            elif tag == wtag("commentRangeEnd"):
                ends[child.get(wtag("id"), "")] = pos
            elif tag == wtag("commentReference"):
                refs.append(child.get(wtag("id"), ""))
            else:
                walk(child)

    walk(p)
    return "".join(out), starts, ends, refs


def read_word_comments(path: str | Path) -> list[WordComment]:
    """The top-level comments of a .docx with their replies and anchors, in document
    order. An unreadable or comment-less file gives an empty list: comments are extra,
    the text was already read."""
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile):
        return []
    with zf:
        try:
            comments_root = read_part(zf, "word/comments.xml")
            if comments_root is None:
                return []
            doc_root = read_part(zf, "word/document.xml")
            ext_root = read_part(zf, "word/commentsExtended.xml")
            title_styles = _title_style_ids(read_part(zf, "word/styles.xml"))
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError):
            return []
    by_id: dict[str, WordComment] = {}
    for c in comments_root.iterfind(wtag("comment")):
        paras = c.findall(f".//{wtag('p')}")
        text = "\n".join(_para_texts(p)[0] for p in paras).strip()
        para_id = paras[-1].get(f"{{{W14}}}paraId", "") if paras else ""
        cid = c.get(wtag("id"), "")
        by_id[cid] = WordComment(
            id=cid,
            author=c.get(wtag("author"), "") or "",
            date=c.get(wtag("date"), "") or "",
            text=text,
            para_id=para_id,
        )
    by_para = {c.para_id: c for c in by_id.values() if c.para_id}
    if ext_root is not None:
        for ex in ext_root.iterfind(f"{{{W15}}}commentEx"):
            c = by_para.get(ex.get(f"{{{W15}}}paraId", ""))
            if c is None:
                continue
            c.done = ex.get(f"{{{W15}}}done") in ("1", "true")
            c.parent_para_id = ex.get(f"{{{W15}}}paraIdParent", "") or ""
    order: list[str] = []
    spans: dict[str, tuple[int, int, int]] = {}  # comment id -> (paragraph, start, end)
    if doc_root is not None:
        open_ranges: dict[str, tuple[int, str, int, bool]] = {}
        for number, p in enumerate(doc_root.iter(wtag("p"))):
            text, starts, ends, refs = _para_texts(p)
            style = p.find(f"{wtag('pPr')}/{wtag('pStyle')}")
            titled = style is not None and style.get(wtag("val"), "") in title_styles
            for cid, at in starts.items():
                open_ranges[cid] = (number, text, at, titled)
            for cid in list(starts) + [r for r in refs if r not in starts]:
                if cid not in order:
                    order.append(cid)
            for cid, at in ends.items():
                c = by_id.get(cid)
                if c is None:
                    continue
                began = open_ranges.pop(cid, None)
                if began and began[0] == number:  # range inside one paragraph
                    c.paragraph, c.start, c.end = text, min(began[2], at), max(began[2], at)
                    c.title_line = titled
                    spans[cid] = (number, c.start, c.end)
                elif began and began[1][began[2] :].strip():
                    # a range over several paragraphs is about where it begins (Word tints
                    # from there; a paragraph selected with its mark ends the range at the
                    # very start of the next one): its words in its first paragraph
                    c.paragraph, c.start, c.end = began[1], began[2], len(began[1])
                    c.title_line = began[3]
                else:  # begun after the last word of a paragraph: from its end back
                    c.paragraph, c.start, c.end = text, 0, at
                    c.title_line = titled
            for cid in refs:
                c = by_id.get(cid)
                if c is not None and not c.paragraph:
                    c.paragraph, c.title_line = text, titled
    top: list[WordComment] = []
    for cid in order + [cid for cid in by_id if cid not in order]:
        c = by_id[cid]
        parent = by_para.get(c.parent_para_id) if c.parent_para_id else None
        if parent is not None and parent is not c:
            parent.replies.append(c)
        else:
            top.append(c)
    top = thread_lo_replies(top)  # answers typed in LibreOffice's own comment box
    unlinked = any(not c.para_id for c in by_id.values())
    if unlinked and not any(c.parent_para_id for c in by_id.values()):
        top = _threads_by_span(top, spans)
    return top


def _threads_by_span(top: list[WordComment], spans: dict) -> list[WordComment]:
    """Replies found again in a file that cannot link them: comments of two or more
    people over exactly the same words become one thread, the earliest first.

    LibreOffice 7.4 reads a reply's link (``w15:paraIdParent``) nowhere and writes none:
    a Drafter export with 李写手's reply under the head's comment, opened and saved there,
    came back as two comments side by side on the same words, the reply's range nested
    in the parent's. Such a file gives no comment a ``w14:paraId`` unless it is resolved
    (Word gives every one), so only there are threads rebuilt; one person's two
    comments on the same words stay two."""
    by_span: dict[tuple[int, int, int], list[WordComment]] = {}
    for c in top:
        at = spans.get(c.id)
        if at is not None and at[1] < at[2]:
            by_span.setdefault(at, []).append(c)
    out: list[WordComment] = []
    taken: set[int] = set()
    for c in top:
        if id(c) in taken:
            continue
        group = by_span.get(spans.get(c.id, (-1, 0, 0)), [c])
        if len(group) < 2 or len({g.author for g in group}) < 2:
            out.append(c)
            continue
        ordered = sorted(group, key=lambda g: (g.date or "", top.index(g)))
        head = ordered[0]
        head.replies.extend(ordered[1:])
        taken.update(id(g) for g in group)
        out.append(head)
    return out


# Styles of the lines above the body: Word's built-in Title and Subtitle (their w:name
# is English in every language of Word, while their ids differ), Drafter's Speaker and Date.
_TITLE_STYLE_NAMES = {"title", "subtitle", "speaker", "date"}


def _title_style_ids(styles_root) -> set[str]:
    """The ids of the title-block paragraph styles in ``word/styles.xml``."""
    ids = set(_TITLE_STYLE_NAMES) | {"Title", "Subtitle", "Speaker", "Date"}
    if styles_root is None:
        return ids
    for style in styles_root.iterfind(wtag("style")):
        name = style.find(wtag("name"))
        if name is not None and (name.get(wtag("val"), "") or "").lower() in _TITLE_STYLE_NAMES:
            ids.add(style.get(wtag("styleId"), ""))
    return ids


def _iso(date: str) -> str:
    """Word's ``w:date`` as stored in drafts. Word and WPS write the reviewer's local
    wall-clock time with a ``Z``; it is kept as that wall-clock time, without a zone
    (``2025-11-24T09:30:00``), so the time shown is the one the reviewer saw."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return date
    if date.endswith("Z"):
        when = when.replace(tzinfo=None)
    return when.isoformat()


def place_comments(draft: Draft, word_comments: list[WordComment]) -> list[Comment]:
    """Turn Word comments into draft comments on the heading or paragraph whose text
    the anchored Word paragraph holds, the span moved into that text. Appends them to
    ``draft.comments`` and returns them. A comment whose paragraph is not found (text
    the reader dropped as apparatus) goes on the first heading or paragraph with the
    words it was anchored to quoted in front of its text, so nothing is lost."""
    targets = title_targets(draft)
    headings: set[str] = set()
    for _part, node, para in iter_targets(draft):
        tid = para.id if para is not None else node.id  # type: ignore[union-attr]
        words = para.text if para is not None else node.heading  # type: ignore[union-attr]
        if words.strip():
            targets.append((tid, words))
            if para is None:
                headings.add(tid)
    added: list[Comment] = []
    for wc in word_comments:
        field, text = unprinted_field(wc.text)
        if field is not None:  # 【场合】…: on the field, whatever words it was anchored to
            target, start, end = _on_unprinted(draft, field, wc.quote)
        else:
            target, start, end = _locate(targets, wc, headings)
        if target is None:
            if not targets:
                continue
            target = targets[0][0]
            quote = wc.quote or wc.paragraph[:40]
            text = f"（原批注于“{quote}”）{text}" if quote else text
        tid_text = next((t for i, t in targets if i == target), "")
        if field is not None:
            tid_text = getattr(draft.meta, field)
        comment = Comment(
            target=target,
            text=text,
            author=wc.author,
            time=_iso(wc.date),
            start=start,
            end=end,
            quote=tid_text[start:end] if start is not None and end is not None else "",
            resolved=wc.done,
            replies=[Reply(r.text, r.author, _iso(r.date)) for r in wc.replies],
            origin="word",
        )
        draft.comments.append(comment)
        added.append(comment)
    return added


def _on_unprinted(draft: Draft, field: str, quote: str) -> tuple[str, int | None, int | None]:
    """``(target, start, end)`` of a Word comment on a field that is not printed: the anchored
    words where the field holds them (the occasion's words in the title), else the whole."""
    words = getattr(draft.meta, field)
    quote = quote.strip()
    at = words.find(quote) if quote else -1
    if at < 0 or quote == words.strip():
        return meta_target(field), None, None
    return meta_target(field), at, at + len(quote)


def title_targets(draft: Draft) -> list[tuple[str, str]]:
    """``(target, words)`` of the title block's fields as a Word file prints them: the
    title (a long one broken over lines), the subtitle (after its dash), post and speaker
    (one line), the date in words (its comments cover the whole date)."""
    m = draft.meta
    out = [(meta_target(key), getattr(m, key)) for key in ("title", "subtitle", "post", "speaker")]
    date = format_date(m.date, "paren_cn").strip("（）()") if m.date else ""
    out.append((meta_target("date"), date))
    return [(tid, words) for tid, words in out if words.strip()]


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` without white space, and where each kept character stood. The title
    block is printed as the layout wants it (a long title broken over lines, often at a
    space the reader then drops), so its fields are matched without spaces."""
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in keep), keep


def _match(para: str, words: str, w_start, w_end, squeeze: bool, heading: bool = False):
    """How the Word paragraph ``para`` with a comment over ``w_start:w_end`` (None: a
    point) holds a target's ``words``: ``(overlap, coverage, start, end)`` with the span
    in ``words`` (None, None for the whole), or None when it does not hold them. For a
    ``heading`` printed after its marker, a comment on the whole heading covers the
    marker too; one over the words alone is a span of all its words (quoted)."""
    if squeeze:
        flat, _where = _squeezed(para)
        core, at_word = _squeezed(words)
        if w_start is not None and w_end is not None:
            w_start, w_end = bisect_left(_where, w_start), bisect_left(_where, w_end)
        para = flat
    else:
        core = words.strip()
        lead = len(words) - len(words.lstrip())
        at_word = [lead + i for i in range(len(core))]
    at = para.find(core) if core else -1
    if at < 0:
        return None
    coverage = len(core) / max(len(para), 1)
    if w_start is None or w_end is None or w_start == w_end:
        return len(core), coverage, None, None
    lo, hi = max(w_start, at), min(w_end, at + len(core))
    if hi <= lo:
        return None
    words_only = heading and w_start == at > 0  # after the marker: all its words, quoted
    if lo == at and hi == at + len(core) and not words_only:
        return hi - lo, coverage, None, None  # the whole heading, paragraph or field
    return hi - lo, coverage, at_word[lo - at], at_word[hi - 1 - at] + 1


def _locate(
    targets: list[tuple[str, str]], wc: WordComment, headings: frozenset | set = frozenset()
):
    """``(target id, start, end)`` for a Word comment, or ``(None, None, None)``;
    ``headings`` are the targets that are headings."""
    best = None  # (overlap, coverage, -order), id, start, end
    if wc.paragraph:
        for order, (tid, words) in enumerate(targets):
            found = _match(wc.paragraph, words, wc.start, wc.end, False, tid in headings)
            if found is None and tid.startswith("meta:"):
                found = _match(wc.paragraph, words, wc.start, wc.end, squeeze=True)
            if found is None:
                continue
            overlap, coverage, start, end = found
            if tid == meta_target("date"):
                start = end = None  # a date is printed in words: its comments cover it all
            # a title-block line's comment goes to the title block, a body paragraph's to
            # the body (a speech may repeat its title as a heading); then the text covering
            # most of the Word paragraph wins: a heading's words may also occur inside a
            # paragraph ("要自己做记录" in "…而且要自己做记录，…")
            fits = tid.startswith("meta:") == wc.title_line
            key = (overlap, fits, coverage, -order)
            if best is None or key > best[0]:
                best = (key, tid, start, end)
    if best is not None:
        return best[1], best[2], best[3]
    quote = wc.quote.strip()
    if quote:
        for tid, words in targets:
            at = words.find(quote)
            if at >= 0:
                return tid, at, at + len(quote)
    return None, None, None


def import_word_comments(draft: Draft, path: str | Path) -> list[Comment]:
    """Read the comments of the .docx at ``path`` into ``draft`` (see :func:`place_comments`)."""
    return place_comments(draft, read_word_comments(path))


__all__ = [
    "WordComment",
    "import_word_comments",
    "place_comments",
    "read_word_comments",
]
