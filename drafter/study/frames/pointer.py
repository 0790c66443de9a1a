"""Counts that point back at items just given (这两类经理, 这两支军队, 这两个缺点): which units
the pointer sums up when the writer marked them beyond doubt.

A Chinese writer who has just spelled out some things sums them up afterwards with a pointer
and a count, and the pointer takes the last N units of one rank right before it. Three ranks
mark their units so that no reading is needed: a run of ordinals that ended just before
(第一…第二…，这两点), the ；-parts of the sentence before (一方面，A，…；另一方面，B，…。这两个
缺点), and the things named each time with the count's own noun (交付经理…；服务经理…。这两类
经理). :func:`strong_items` reads them, nearest first; the second look
(:mod:`drafter.study.frames.refused_counts`) lets them replace the items its general reading of the clauses
before a pointer gave a count it keeps — it never decides with them whether a count is a frame
(a wider reader that did, over sentences, lists, paragraphs and sections, raised the check
groups' spurious frames and was left out).
"""

from __future__ import annotations

import re

from drafter.study.frames.item_places import counted_before, item_spans, own_sentence_start
from drafter.study.frames.units import glued_list
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import clean_item, ordinal_at
from drafter.study.text import item_clause

Read = tuple[list[str], list[Span]]
_SENTENCE_END = "。！？!?"

# The pointer right before the count: 这, 上述, 上面(的), 以上, 前面讲的, 右列 …
POINTER = re.compile(
    r"(?:这|那|此|这些|那些|这样|那样|这么|上述|上面|以上|前面|前述|上列|右列|如上|刚才)"
    r"(?:的|讲的|说的|所说的|所讲的|提到的|列举的)?$"
)
_ORDINAL_OPEN = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,2}、"
    r"|第[一二三四五六七八九十]{1,2}|[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|再次|最后)"
)
_LEAD = re.compile(
    r"^(?:然后|而且|并且|同时|还有|以及|也|还|又|再|而|但|就是|即|是|要|必须|一个是|一是|"
    r"有的|有些|一种是|一种|另一种是|另一种|另外|另一方面|一方面)[，,]?"
)
_TAIL = re.compile(r"(?:的|等|等等|这样|那样|这些)$")


def pointer_at(text: str, start: int) -> re.Match | None:
    """The back pointer ending right at ``start`` (这, 上述, 上面的 …), or None."""
    return POINTER.search(text, max(0, start - 6), start)


# 这支军队…, 那两个: a unit that itself points elsewhere is no item
_POINTS = re.compile(r"(?:这|那|此|该|上述|以上|每|各)|[一二三四五六七八九十两][个种类条支项]")


def _good(items: list[str], number: int) -> bool:
    return (
        len(items) == number
        and all(2 <= len(i) <= 80 for i in items)
        and len(set(items)) == number
        and not any(_POINTS.match(i) for i in items)
    )


def _core(unit: str) -> str:
    """A unit as an item: without its ordinal, the words tying it to the sentence, and a
    closing 的/等; its first clause when it runs on."""
    piece = unit.strip(' “”"‘’「」（）()')
    marker = _ORDINAL_OPEN.match(piece)
    if marker:
        got = ordinal_at(piece, marker.start() + len(marker.group()) - len(marker.group().lstrip()))
        piece = piece[got[1] :] if got else piece[marker.end() :]
    piece = item_clause(piece.lstrip("，,、：: ")) or piece
    piece = _TAIL.sub("", _LEAD.sub("", piece)).strip(' “”"‘’')
    return clean_item(piece) or piece


# 这是一种极端错误的行为 / 也是不能容许的: a clause that comments on the item, not its words
_COMMENT = re.compile(r"^(?:这|这是|这就是|这也是|也是|都是|就是|是)")


# 一方面，/ 另一方面，/ 一是: what marks one side in a ；-part, after a lead-in
_SIDE = re.compile(r"(?:^|[，,])(?:另一方面|一方面|一则|二则|一是|二是|三是)[，,]?")


def _whole(unit: str) -> str:
    """A sentence or ；-part as an item: all of it but its ordinal, the words tying it to
    the text and the clauses that only comment on it (…，这是一种极端错误的行为)."""
    piece = unit.strip(' “”"‘’「」。；;，,')
    marker = _ORDINAL_OPEN.match(piece)
    if marker:
        got = ordinal_at(piece, marker.start() + len(marker.group()) - len(marker.group().lstrip()))
        piece = piece[got[1] :] if got else piece[marker.end() :]
    sides = list(_SIDE.finditer(piece))
    if sides:
        piece = piece[sides[-1].end() :]  # 过去的工作中，一方面，A: the part after its side marker
    clauses = [c for c in re.split(r"(?<=[，,])", piece) if c]
    while len(clauses) > 1 and _COMMENT.match(clauses[-1]):
        clauses.pop()
    piece = "".join(clauses).rstrip("，, ")
    piece = _TAIL.sub("", _LEAD.sub("", piece.lstrip("，,、：: "))).strip(' “”"‘’')
    return clean_item(piece) or piece


def _semicolons(lay: Layout, paragraph: int, at: int, number: int, noun: str) -> Read | None:
    """A，…；B，…。这两条: the ；-parts of the sentence before the pointer's (or of its own,
    before it), exactly ``number`` of them."""
    text = lay.paragraphs[paragraph].text
    own = own_sentence_start(text, at)
    lead = text[own:at]
    part = max(lead.rfind("；"), lead.rfind(";"), lead.rfind("，"), lead.rfind(","))
    regions = [(own_sentence_start(text, max(0, own - 1)), own)]
    if len(lead) - part - 1 <= 4:
        regions.insert(0, (own, at))  # …；B，这两条: the pointer opens a part of its own
    for lo, hi in regions:
        body = text[lo:hi].rstrip("，,。！？!? ")
        if "；" not in body and ";" not in body:
            continue
        colon = max(body.rfind("："), body.rfind(":"), 0, 0)
        if colon and colon < min(i for i in (body.find("；"), body.find(";")) if i >= 0):
            lo, body = lo + colon + 1, body[colon + 1 :]  # 有不同的目的：一个要…；一个要…
        parts = [p for p in re.split(r"[；;]", body) if p.strip()]
        if any(_POINTS.match(p.strip()) for p in parts):
            return None  # …；这支军队也要…: a part about something named before, no item
        if len(parts) == number:
            items = [_whole(p) for p in parts]
            return items, item_spans(text, paragraph, items, lo, hi)
        return None
    return None


def _ordinal_run(lay: Layout, paragraph: int, at: int, number: int, noun: str) -> Read | None:
    """第一，…第二，…。这两点 / 一是…二是…，这两条 — a run of ordinals 1..N that ended just
    before the pointer in its paragraph: its last item at most three sentences back, or
    anywhere before it when every item names the count's noun (第一是自卫原则。…第三是休战原则。
    …五句…这三个原则). Its first ordinal may be glued to the words leading in to it (…的考核
    一是A，二是B。…这两方面)."""
    key = noun[-2:] if noun else ""
    head = lay.paragraphs[paragraph].text[:at]
    items: list[tuple[str, int]] = []
    pos = len(head)
    expected = number
    while expected >= 1 and pos > 0:
        hit = _last_ordinal(head[:pos], key, glued=expected == 1 and bool(items))
        if hit is None:
            return None
        i, (n, item_start) = hit
        if n != expected:
            return None
        item = _core(head[item_start:]) if item_start < len(head) else ""
        items.append((item, item_start))
        expected -= 1
        pos = i
    if expected or len(items) != number:
        return None
    items.reverse()
    last = items[-1][1]
    named = len(key) == 2 and all(key in t for t, _ in items)
    if not named and sum(1 for c in head[last:] if c in _SENTENCE_END) > 3:
        return None
    return [t for t, _ in items], [Span(paragraph, a, a + len(t)) for t, a in items]


_GLUED_FIRST = re.compile(r"一是|一要")


def _last_ordinal(head: str, key: str, glued: bool = False) -> tuple[int, tuple[int, int]] | None:
    """The last ordinal marker in ``head`` standing after a mark (or at its start), as
    (position, ordinal_at's answer); with ``glued``, a first 一是 / 一要 right after any
    character counts too when no sentence ends between it and the next item (考核一是A，二是B)."""
    for i in range(len(head) - 1, -1, -1):
        if i and head[i - 1] not in "。；;：:！？!?，, ）)\u3000":
            if not (glued and _GLUED_FIRST.match(head, i)):
                continue
            if any(c in _SENTENCE_END for c in head[i:]):
                continue
        got = ordinal_at(head, i, key)
        if got is not None:
            return i, got
    return None


# the noun said again after a pointer of its own (在管理这个问题上, 那类经理): no thing named
_POINTED_ECHO = re.compile(r"(?:这|那|此|该|每|各)(?:[一个种类条支项些])?$")
_ECHO_STOP = re.compile(r"[，,。；;：:！？!?、“”（）()把将对让使由被在从和与及同跟有是为]")


def echo_of(lay: Layout, paragraph: int, at: int, number: int, noun: str) -> Read | None:
    """交付经理应对…；服务经理应对…。这两类经理 / 有打仗的军队，又有劳动的军队。…这两支军队:
    the things named with the count's own noun (two characters or more) before the pointer,
    in its paragraph or the one before — exactly ``number`` different ones, each the noun
    and the few words that set it apart (服务型行政采购, 劳动的军队)."""
    if len(noun) < 2:
        return None
    key = noun[-2:]
    found: list[tuple[str, int, int]] = []
    for index in (paragraph, paragraph - 1):
        if index < 0:
            break
        text = lay.paragraphs[index].text
        hi = at if index == paragraph else len(text)
        pos = text.rfind(key, 0, hi)
        while pos >= 0:
            lo = pos
            while lo > 0 and pos - lo < 8 and not _ECHO_STOP.match(text, lo - 1):
                lo -= 1
            item = text[lo : pos + len(key)]
            if _POINTS.match(item) or _POINTED_ECHO.search(item, 0, len(item) - len(key)):
                pass  # 这支军队, 管理这个问题上: the pointer's own kind, no item
            elif item in [f[0] for f in found]:
                k = [f[0] for f in found].index(item)
                found[k] = (item, index, lo)  # its first naming gives its place
            elif len(item) > len(key):
                if any(item in f[0] or f[0] in item for f in found):
                    return None  # 服务经理 … 经理: the same thing named twice in two ways
                found.append((item, index, lo))
            pos = text.rfind(key, 0, pos)
        if len(found) >= number:
            break
    if len(found) != number:
        return None
    found.sort(key=lambda f: (f[1], f[2]))
    items = [f[0] for f in found]
    return items, [Span(i, lo, lo + len(t)) for t, i, lo in found]


def strong_items(
    lay: Layout, paragraph: int, start: int, number: int, noun: str = ""
) -> Read | None:
    """The items of a pointer + count read at the three ranks that mark their units beyond
    doubt — an ordinal run, the ；-parts of the sentence before, the things named with the
    count's own noun — or None."""
    text = lay.paragraphs[paragraph].text
    pointer = pointer_at(text, start)
    if pointer is None or number < 2:
        return None
    at = pointer.start()
    glued = glued_list(text, at, number)
    if glued and _good(glued, number):  # 积累与消费和农轻重这两大比例关系: the list glued to it
        return glued, item_spans(text, paragraph, glued, 0, at)
    for read in (_ordinal_run, _semicolons, echo_of):
        found = read(lay, paragraph, at, number, noun)
        if found and _good(found[0], number):
            if counted_before(lay, found[1][0], paragraph, at, number):
                return None
            return found
    return None


_COUNT_HEAD = re.compile(
    r"^[一二三四五六七八九十两]{1,2}(?:个|种|条|项|点|类|大|件|层|座|部分|方面)?"
)


def named_things(lay: Layout, paragraph: int, start: int, number: int, phrase: str) -> Read | None:
    """For a pointer + count whose glued words do not name its noun (必须严格区别和正确处理这两类
    矛盾): the ``number`` things its own sentence named with that noun before the pointer (有敌我
    矛盾和人民内部矛盾), each ending on it; None otherwise."""
    text = lay.paragraphs[paragraph].text
    pointer = pointer_at(text, start)
    noun = _COUNT_HEAD.sub("", phrase.strip('“”"‘’'))
    if pointer is None or len(noun) < 2 or number < 2:
        return None
    found = echo_of(lay, paragraph, pointer.start(), number, noun)
    own = own_sentence_start(text, pointer.start())
    if not found or not _good(found[0], number):
        return None
    if any(s.paragraph != paragraph or s.start < own for s in found[1]):
        return None
    return found
