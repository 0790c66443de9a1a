"""Review findings (``drafter review``) turned into comments (批注) in one step.

An office head runs the checks, then wants each finding where the writer will see it: a
comment on the flagged words, saying what is wrong and what to write instead, that the
writer can reply to and resolve, and that goes out to Word with the draft. A finding on
a heading is moved from the heading as printed (marker and words) onto its words.
Running it twice adds nothing twice.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.drafts.anchors import meta_field, target_index, text_of
from drafter.drafts.comments import Comment, now_iso
from drafter.drafts.model import Draft
from drafter.drafts.numbering import heading_text, markers
from drafter.review.engine import review_draft
from drafter.review.groups import group_findings, others_line, place
from drafter.review.model import CATEGORIES, LEVEL_NAMES


def finding_text(finding, group=None) -> str:
    """The comment's text: category, message and the suggestion when there is one; for a
    ``group`` of several (drafter.review.groups), how many places and which others."""
    head = f"【{LEVEL_NAMES.get(finding.level, finding.level)}·{CATEGORIES.get(finding.category, finding.category)}】"
    text = head + finding.message
    if finding.suggestion:
        text += f"（建议：{finding.suggestion}）"
    more = others_line(group) if group is not None else ""
    return f"{text}。{more}" if more else text


def comments_from_findings(
    draft: Draft, findings, author: str = "", time: str | None = None
) -> list[Comment]:
    """Comments for ``findings`` of a review of ``draft`` (``review_draft``), without
    adding them. A finding on the title block goes on its field (``meta:title``…);
    findings without a place in the draft (a document-level note) go on the first
    heading; a finding already turned into a comment is skipped, also one read back from
    Word (the writer's answer to the head's comments): the same words on the same place.
    Findings that are one problem met again (drafter.review.groups: 第一、 … 第十二、) make
    one comment, on the first, naming the others: twelve identical comments in Word's
    margin told the writer nothing the first did not."""
    index = target_index(draft)
    marks = markers(draft)
    when = time or now_iso()
    existing = {(c.origin, c.target, c.start, c.end) for c in draft.comments}
    # comments that came back through Word lost their origin: one per finding they say
    said = Counter(
        _said(draft, index, c.target, c.quote if c.is_span else "", c.text)
        for c in draft.comments
        if not c.origin.startswith("review:")
    )
    first = next((key for key in index if meta_field(key) is None), None)
    out: list[Comment] = []
    for group in group_findings(findings):
        f = group.first
        if _named_already(draft.comments, f):
            continue
        target = f.ref if f.ref in index else first
        if target is None:
            continue
        _pos, _part, node, para = index[target]
        start, end, quote = None, None, ""
        if f.ref == target and f.start is not None and f.end is not None:
            if meta_field(target) is not None:  # the title block: offsets in the field
                words = text_of(draft, target, index) or ""
                start, end = f.start, f.end
            elif para is not None:
                words = para.text
                start, end = f.start, f.end
            else:
                printed = heading_text(draft, node, marks) or node.heading
                words = node.heading
                at = printed.find(node.heading.strip()) if node.heading.strip() else -1
                lead = len(node.heading) - len(node.heading.lstrip())
                shift = (at if at >= 0 else 0) - lead
                start, end = max(f.start - shift, 0), max(f.end - shift, 0)
                end = min(end, len(words))
            if not (0 <= start < end <= len(words)):
                start = end = None
            else:
                quote = words[start:end]
        origin = f"review:{f.rule}"
        if (origin, target, start, end) in existing:
            continue
        text = finding_text(f, group)
        key = _said(draft, index, target, quote, text)
        if said[key] > 0:
            said[key] -= 1
            continue
        existing.add((origin, target, start, end))
        out.append(
            Comment(
                target=target,
                text=text,
                author=author or "审稿",
                time=when,
                start=start,
                end=end,
                quote=quote,
                origin=origin,
            )
        )
    return out


_TAG = re.compile(r"^【(?:必错|疑似|提示)·([^】]+)】")


def _named_already(comments, f) -> bool:
    """Whether a comment of ``f``'s category already names ``f``'s place among the others
    of its group (同样的问题共 12 处，另见：「第二、信息工作是办…」…): the writer fixed the
    first of twelve 第N、, the review found the eleven left, and a second comment on 第二、
    said again what the first comment's 另见 had said (Word's round trip keeps the text)."""
    here = place(f)
    category = CATEGORIES.get(f.category, f.category)
    for c in comments:
        tag = _TAG.match("".join(c.text.split()))
        if tag is None or tag.group(1) != category:
            continue
        _head, sep, others = c.text.partition("另见：")
        if sep and here in others:
            return True
    return False


def _said(draft: Draft, index, target: str, quote: str, text: str) -> tuple[str, str, str]:
    """What a finding's comment keeps through Word: its place, its words (none when they
    are the whole place: Word gives back a whole 讲话人 xxx as the field) and its text, of
    a review's comment its category alone: the same words judged again may be judged at
    another level and worded so (a draft's xxx 必错, the same xxx in the file it went out
    as 疑似, a copy's stand-in perhaps), and are still the finding already commented."""
    whole = (text_of(draft, target, index) or "").strip()
    words = "".join(text.split())
    tag = _TAG.match(words)
    return target, "" if quote.strip() == whole else quote, f"【{tag.group(1)}】" if tag else words


def review_into_comments(draft: Draft, author: str = "", config=None, lists=None, reuse=None):
    """Review ``draft`` and add a comment per finding; returns ``(result, added)``."""
    result = review_draft(draft, config, lists, reuse)
    added = comments_from_findings(draft, result.findings, author)
    draft.comments.extend(added)
    return result, added


__all__ = ["comments_from_findings", "finding_text", "review_into_comments"]
