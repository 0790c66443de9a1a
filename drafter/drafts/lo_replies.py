"""Replies typed in LibreOffice's own comment box, put back under the comment they answer.

A writer who answers the head's comment in LibreOffice Writer (the comment's menu ›
回复 / Reply) gets a new comment that LibreOffice fills before he types: its first line
names the comment answered, ``Reply to 王主任 (12/6/26, 18:22): "“中梗阻”加引号是否妥当"``
(``回复 王主任 (…)`` in a Chinese LibreOffice), his answer on the next line. LibreOffice
7.4 writes no reply link to a .docx (no ``w15:paraIdParent``) and anchors the new comment
at one point, where the answered comment ends, not over its words: read as Word stores
it, the answer was a comment of its own on the paragraph, its text starting with that
quoted line. Here that line is the link: the comment by the named author whose text is
the quoted one (or a reply in its thread, when the writer answers an answer) takes the
answer as a reply, the line dropped.
"""

from __future__ import annotations

import re

from drafter.drafts.docx_comment import WordComment

# LibreOffice's InitAnswer: STR_REPLY ("Reply to $1", 回复 $1 in zh-CN) + " (date, time): "
# + '"' + the answered note's whole text (or "..." when it was empty) + '"' + a new paragraph.
_REPLY_HEAD = re.compile(
    r"^\s*(?:Reply to|回复|答复)[ \u3000]?(?P<author>[^\n(（]+?)[ \u3000]?"
    r'[(（](?P<when>[^()（）\n]*)[)）][:：]\s*["“]'
)
_QUOTE_END = re.compile(r'["”][ \t]*(?:\n|$)')


def _squeeze(text: str) -> str:
    return "".join(text.split())


def reply_readings(text: str) -> list[tuple[str, str, str]]:
    """Every way ``text`` may open with the line LibreOffice writes into a reply (``Reply to
    王主任 (…): "…"``): ``(author, quoted text, the answer)``, the shortest quote first. The
    quote is the answered note's whole text, so an answer to an answer quotes a reply line
    with its own closing mark; which closing mark ends it is told by the note it matches."""
    m = _REPLY_HEAD.match(text)
    if m is None:
        return []
    author = m.group("author").strip()
    return [
        (author, text[m.end() : end.start()], text[end.end() :].strip())
        for end in _QUOTE_END.finditer(text, m.end())
    ]


def reply_line(text: str) -> tuple[str, str, str] | None:
    """``(author, quoted text, the answer)`` when ``text`` opens with the line LibreOffice
    writes into a reply, read to its first closing mark (:func:`reply_readings`), else None."""
    readings = reply_readings(text)
    return readings[0] if readings else None


def _answers(x: WordComment, reply: WordComment, author: str, want: str, said: dict) -> bool:
    """Whether ``x`` is the comment ``reply`` quotes: by ``author``, its text (as read, or
    with its own quoted line dropped) the quoted words ``want`` (LibreOffice's "..." for an
    empty one)."""
    if x is reply or x.author.strip() != author:
        return False
    if want in ("...", "…"):
        return not _squeeze(x.text)
    return want in (_squeeze(said[id(x)]), _squeeze(x.text))


def thread_lo_replies(top: list[WordComment]) -> list[WordComment]:
    """``top`` (top-level comments in document order) with each LibreOffice reply moved
    under the thread it answers, its quoted first line dropped. Replies are taken in the
    order they were written (their dates; LibreOffice puts a later answer at the same
    point, not always after the earlier one) and matched by the named author and the
    quoted words against every other comment, replies included (an answer to an answer
    joins the same thread): one in the same Word paragraph first, then the nearest. A reply
    that matches nothing stays where it was, untouched."""
    parsed = {id(c): reply_readings(c.text) for c in top}
    said = {id(c): c.text for c in top}  # the text as read, before a line is dropped
    index = {id(c): i for i, c in enumerate(top)}
    head_of: dict[int, WordComment] = {}
    for c in top:
        for r in c.replies:
            said[id(r)] = r.text
            index[id(r)] = index[id(c)]
            head_of[id(r)] = c
    everyone = [x for c in top for x in (c, *c.replies)]
    moved: set[int] = set()
    pending = [c for c in top if parsed[id(c)]]
    for c in sorted(pending, key=lambda c: (c.date or "", index[id(c)])):
        matches, answer = [], ""
        for author, quote, rest in parsed[id(c)]:
            want = _squeeze(quote)
            matches = [x for x in everyone if _answers(x, c, author, want, said)]
            if matches:
                answer = rest
                break
        if not matches:
            continue
        found = min(
            matches,
            key=lambda x: (x.paragraph != c.paragraph, abs(index[id(x)] - index[id(c)])),
        )
        head = head_of.get(id(found), found)
        if head is c:
            continue
        c.text = answer
        head.replies.append(c)
        head.replies.extend(c.replies)
        c.replies = []
        for x in head.replies:
            head_of[id(x)] = head
        moved.add(id(c))
    return [c for c in top if id(c) not in moved]


__all__ = ["reply_line", "reply_readings", "thread_lo_replies"]
