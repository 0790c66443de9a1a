"""Items after a refused count in a shape that leaves no doubt, kept without weighing: a
question answered with a list (不是要推翻三座大山吗？就是打倒A、B、C), 一个是A … 另一个+noun B, units
named after 这就是 each ending on the count's noun, kinds taken up one by one (一类人…一种人…),
a 从…到… list after a recalled count (我刚刚说了四点，从A、B到C). Apart from the items before a count
(:mod:`~drafter.study.frames.sure_items_before`)."""

from __future__ import annotations

import re

from drafter.study.frames.forward import introduced_list
from drafter.study.frames.nearby_items import (
    NUMERAL,
    counted_noun,
)
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.text import item_clause

_ANSWER = re.compile(r"[吗呢]?[？?]\s*(?:就是|即|这就是)")


def answered_list(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """民主革命不是要推翻三座大山吗？就是打倒A、B、C: a count closing a question the speaker
    answers at once with a list of exactly as many parts (frames.forward.introduced_list)."""
    if frame.listed:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    if not _ANSWER.match(text, frame.span.end):
        return None
    return introduced_list(lay, frame)


def one_and_the_other(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """两个轮子在创新，一个是科学家的创新，…我们要靠另一个轮子Marketing: a count of two taken up
    at once by 一个是A, the other named later in its paragraph as 另一个 + the count's noun + B."""
    if frame.listed or frame.number != 2:
        return None
    noun = counted_noun(frame)
    if len(noun) < 2:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    first = re.compile(r"[^。！？!?]{0,6}[，,：:]\s*一(?:个|种|条|类)(?:就)?是").match(
        text, frame.span.end
    )
    if first is None:
        return None
    one = item_clause(text[first.end() :])
    other = re.compile(
        rf"另(?:外)?一(?:个|种|条|类){re.escape(noun)}[，,：:]?(?:就)?(?:是)?"
    ).search(text, first.end() + len(one))
    if other is None:
        return None
    two = item_clause(text[other.end() :])
    if not (2 <= len(one) <= 40 and 1 <= len(two) <= 40) or one == two:
        return None
    p = frame.span.paragraph
    return [one, two], [
        Span(p, first.end(), first.end() + len(one)),
        Span(p, other.end(), other.end() + len(two)),
    ]


_NAMED_AFTER = re.compile(r"[，,]?\s*(?:这就是|就是|即|也就是|分别是)[：:]?|[：:]")


def units_named_after(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """还有三种形式的合作社，这就是…的综合性合作社，运输合作社（运盐队）以及手工业合作社: after an
    introducer, exactly as many units (cut by ，/；/以及/和 outside brackets) each ending in the
    count's head noun (the noun, or the word after its 的) — the writer named each thing by
    the word he counts them by."""
    if frame.listed or not 2 <= frame.number <= 6:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    end = frame.span.end
    tail = re.match(r"的([\u4e00-\u9fff]{2,4}?)(?=[，,：:])", text[end : end + 8])
    noun = tail.group(1) if tail else counted_noun(frame)
    end += tail.end() if tail else 0
    key = noun[-2:] if len(noun) >= 2 else ""
    intro = _NAMED_AFTER.match(text, end)
    if not key or intro is None:
        return None
    body = re.split(r"[。！？!?]", text[intro.end() :], maxsplit=1)[0]
    bare = re.sub(r"[（(][^（）()]*[）)]", lambda m: "\0" * len(m.group()), body)
    cuts = (
        [0]
        + [m.end() for m in re.finditer(r"[，,；;]|以及|(?<=[\u4e00-\u9fff])和", bare)]
        + [len(body) + 1]
    )
    units = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = re.sub(r"(?:[，,；;]|以及|和)$", "", body[a:b]).strip()
        clean = re.sub(r"[（(][^（）()]*[）)]", "", piece).strip()
        units.append((intro.end() + a, piece, clean))
    if len(units) != frame.number or any(
        not u[2].endswith(key) or len(u[2]) <= len(key) for u in units
    ):
        return None
    items = [u[2][-12:] for u in units]  # a long unit's describing words are no part of it
    spans = [
        Span(frame.span.paragraph, a + len(piece) - len(piece.lstrip()), a + len(piece))
        for a, piece, _ in units
    ]
    return items, spans


# one kind taken up: 一种是, 另一类, 还有一种, 有一类 (…；有一类), 还一种是, 第二种; 一个是 among them
# (一种是A，还有一个是B，还一种是C) — the speaker names each kind as he goes
_ONE_KIND = re.compile(
    r"(?:(?:另|另外|还有|还|又|再)?(?:有)?一(?:类|种)(?:人)?"
    r"|(?:另|另外|还有|还)?一个(?=是)"
    r"|第[一二三四五六七八九十](?:类|种))"
    r"(?:就)?(?:是|则是|叫做|为)?[，,：:]?"
)


def kinds_one_by_one(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """就是两类人，一类人可能有后劲，但是现在不熟悉。一种人现在熟悉…; 中央的部门可以分成两类。有一类，
    …；有一类，…; 有三类国家，一种是A，还有一个是B，还一种是C: a count of kinds (种/类) the speaker
    takes up one by one right after it — the clause or sentence after the count's own opens
    with one kind, and exactly as many kinds are named in its paragraph, each opening a
    clause. The kinds spelled out are the evidence, whatever the count's noun (人, 国家, none)."""
    if frame.listed or not re.match(rf"{NUMERAL}(?:类|种)", frame.phrase) or frame.number > 6:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    opening = re.compile(r"[^，,。；;：:！？!?]{0,12}?[，,：:；;。！？!?]\s*").match(
        text, frame.span.end
    )
    if opening is None or not _ONE_KIND.match(text, opening.end()):
        return None
    hits = [
        m
        for m in _ONE_KIND.finditer(text, opening.end(), opening.end() + 500)
        if m.start() == opening.end() or text[m.start() - 1] in "，,。；;：:！？!? （("
    ]
    if len(hits) != frame.number:
        return None
    items = [item_clause(text[m.end() :]) for m in hits]
    if any(not 2 <= len(i) <= 40 for i in items) or len(set(items)) != len(items):
        return None
    return items, [
        Span(frame.span.paragraph, m.end(), m.end() + len(i)) for m, i in zip(hits, items)
    ]


_FROM = re.compile(r"[，,：:]\s*从")


def from_to_list(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """我刚刚说了四点，从固定终端、移动宽带到手机、到垂直整合: a count recalled after a speaking
    verb, then a 从…到… clause whose parts (cut by 、 and 到) are exactly as many."""
    if frame.listed:
        return None
    text = lay.paragraphs[frame.span.paragraph].text
    if not re.search(r"(?:说|讲|谈|提)了?$", text[max(0, frame.span.start - 2) : frame.span.start]):
        return None
    opening = _FROM.match(text, frame.span.end)
    if opening is None:
        return None
    clause = re.split(r"[，,。；;！？!?]", text[opening.end() :], maxsplit=1)[0]
    if "到" not in clause or "、" not in clause:
        return None  # 从北京到上海: a range, not a list
    parts, pos, spans = [], opening.end(), []
    for piece in filter(None, (x.strip() for x in re.split(r"、|到", clause))):
        at = text.find(piece, pos)
        if not 2 <= len(piece) <= 12 or at < 0:
            return None
        parts.append(piece)
        spans.append(Span(frame.span.paragraph, at, at + len(piece)))
        pos = at + len(piece)
    if len(parts) != frame.number or len(set(parts)) != len(parts):
        return None
    return parts, spans


# 是用专政的方法 / 而是用民主的方法: the qualifier before 的 (1 to 6 characters), cut after the
# verb that takes the thing named (用, 是, 以, 靠, 采取)
_QUALIFIER_CUT = re.compile(r".*(?:采取|采用|用|是|以|靠|走|有)")
# a clause that denies what it names (不是用强迫的方法，而是…) names no item
_DENIED = re.compile(r"^\s*(?:不是|不用|不要|不能|并非|并不是|而不是|决不是|绝不是)")
# a sentence that points back (这种教育工作是…) comments on the items, it is none of them
_POINTS_BACK = re.compile(r"^\s*(?:这|那|此|上述|以上)")


def _named_item(sentence: str, noun: str) -> tuple[int, str] | None:
    """(offset, 专政的方法) of the first thing of kind ``noun`` a sentence names in a clause
    that does not deny it; None when it names none."""
    at = 0
    for clause in re.split(r"(?<=[，,；;：:])", sentence):
        if not _DENIED.match(clause):
            hit = re.search(rf"([\u4e00-\u9fff]{{1,8}})的{re.escape(noun)}", clause)
            if hit:
                head = hit.group(1)
                cut = _QUALIFIER_CUT.match(head)
                qualifier = head[cut.end() :] if cut else head[-6:]
                if 1 <= len(qualifier) <= 6:
                    item = f"{qualifier}的{noun}"
                    return at + hit.end() - len(item), item
        at += len(clause)
    return None


def noun_named_sentences(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """人民民主专政有两个方法。对敌人说来是用专政的方法，…。对人民说来…不是用强迫的方法，而是用
    民主的方法，…。: a count that ends its own sentence, then exactly N sentences that each name
    one thing of the count's noun (专政的方法, 民主的方法) — the writer took his things up one
    sentence each, naming each by the word he counted them by. A sentence that points back
    (这种教育工作…) ends the run; one more sentence naming another such thing refuses it."""
    if frame.listed or not 2 <= frame.number <= 4:
        return None
    noun = counted_noun(frame)
    if len(noun) < 2:
        return None
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    if not re.match(r"\s*[。：:]", text[frame.span.end : frame.span.end + 2]):
        return None  # the count closes its sentence: what follows is its things
    start = frame.span.end + len(re.match(r"\s*[。：:]", text[frame.span.end :]).group())
    bounds = [start] + [m.end() for m in re.finditer(r"[。！？!?]", text[start:])]
    bounds = [start] + [start + b for b in bounds[1:]]
    sentences = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    n = frame.number
    if len(sentences) < n:
        return None
    items: list[str] = []
    spans: list[Span] = []
    for a, b in sentences[:n]:
        named = None if _POINTS_BACK.match(text[a:b]) else _named_item(text[a:b], noun)
        if named is None:
            return None
        items.append(named[1])
        spans.append(Span(p, a + named[0], a + named[0] + len(named[1])))
    if len(set(items)) != n:
        return None
    if len(sentences) > n:
        a, b = sentences[n]
        more = None if _POINTS_BACK.match(text[a:b]) else _named_item(text[a:b], noun)
        if more is not None and more[1] not in items:
            return None  # the run is longer than the count
    return items, spans
