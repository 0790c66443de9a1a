"""Items in the clauses a back-reference points at (这, 这些, 上述, 以上 before the count): the
list closing the sentence or clause before (坚持A、坚持B。这四项基本原则), parallel clauses before
the pointer (组织革命战争，改良群众生活，这是我们的两大任务), clauses ending on the count's noun
(…的偏向，…的偏向，这是…两种偏向), a choice between two (是A，还是B，这是…两个原则). Apart from the
runs a pointer refers to (:mod:`~drafter.study.frames.pointed_runs`): these are read off the clauses
themselves, with no marks numbering them."""

from __future__ import annotations

import re

from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.item_words import (
    Items,
    after_shared,
    drop_lead,
    leading_noun,
    shared_opening,
    tail_as_long,
)
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import (
    split_last_he,
    split_list,
)
from drafter.study.words import tagged, words

_NUM = "[一二三四五六七八九十两]"


def sentence_before(lay: Layout, m) -> Items | None:
    """坚持A、坚持B、坚持C、坚持D。这四项基本原则是立国之本: a back-reference opening its
    sentence counts the list that closed the sentence before."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(r"[。；;！？!?]\s*(?:这|这些|上述|以上)$", head)
    if not opened:
        return None
    before = head[: opened.start()]
    cut = max(before.rfind(c) for c in "，,。；;：:！？!?")
    segment = before[cut + 1 :]
    if "、" not in segment:
        return _idioms(m, segment, cut + 1)
    items = split_last_he(split_list(segment), m.number)
    if len(items) != m.number:
        return None
    items[0] = drop_lead(items[0])
    return items, [Span(m.paragraph, cut + 1, opened.start())] * len(items), "inline"


def _idioms(m, segment: str, start: int) -> Items | None:
    """就是坚持因地制宜实事求是。这两条要领: set phrases of four characters written on end
    (no mark between them) are the items when the clause closes with exactly that many."""
    cut = words(segment)
    tail = cut[-m.number :] if len(cut) >= m.number else []
    if not tail or any(len(w) != 4 or "的" in w for w in tail):
        return None
    if len(cut) > m.number and len(cut[-m.number - 1]) == 4:
        return None  # more set phrases than the count: not this frame's items
    at = start + len(segment) - 4 * m.number
    return tail, [Span(m.paragraph, at + 4 * k, at + 4 * k + 4) for k in range(m.number)], "inline"


def clause_before(lay: Layout, m) -> Items | None:
    """反对帝国主义和封建主义，这两个敌人不打倒…: a back-reference opening a clause counts the
    list of nouns joined by 和 (、) that closed the clause before; the first item is as long
    in words as the last (the verb before the list is no part of it)."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    # 网络信息，再考虑把这三者叠加: a few words may open the clause before the pointer
    opened = re.search(
        r"[，,]\s*(?:[^，,。；;：:！？!?“”]{0,6}?[把将对让使以用从按就在])?(?:这|这些|上述|以上)$",
        head,
    )
    if not opened:
        return None
    before = head[: opened.start()]
    cut = max(before.rfind(c) for c in "，,。；;：:！？!?")
    segment = before[cut + 1 :]
    items = split_last_he(split_list(segment), m.number)
    if len(items) != m.number or m.number < 2:
        return None
    items[-1] = leading_noun(items[-1])  # 投资收益率是否有提升，从这两个指标: the noun
    size = len(words(items[-1]))
    first = words(items[0])
    if any(len(i) > 12 for i in items[1:]) or len(items[-1]) > 3 * len(items[-2]):
        return None  # 工厂、合作社和生产者个人的关系: one clause's list, not the items
    items[0] = tail_as_long(first, size, min(len(i) for i in items[1:]))
    tags = tagged(items[0])
    if not tags or not (tags[0][1].startswith("n") or tags[0][1] in ("j", "vn", "eng")):
        return None  # 我们讨论和决定，这两件…: the clause joins verbs, not the things counted
    return items, spans_in_order(text, m.paragraph, items, cut + 1), "inline"


_BOTH = re.compile(
    r"(?:既|又|一边|一面|不仅|不但)(?:要|能|是|有)?(.{2,14}?)[，,]?(?:又|也|还|一边|一面|而且)(?:要|能|是|有)?(.{2,16})"
)


def clauses_before(lay: Layout, m) -> Items | None:
    """组织革命战争，改良群众生活，这是我们的两大任务 / 不仅要懂得财务，也要懂得业务，这两方面
    的要求 / 既要赚钱又要满足客户需求，这两个目的: a pointer (这, 这是…的) opening the frame's
    clause counts the clauses right before it in the sentence — short ones, or parallel ones
    (their shared words left out), or the two sides of 既…又…."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(
        r"[，,]\s*(?:这|这些|此)(?:(?:就|都|也)?是[^，,。；;：:！？!?“”]{0,16})?$", head
    )
    if not opened or m.number < 2:
        return None
    start = max(head.rfind(c, 0, opened.start()) for c in "。！？!?：:") + 1
    clauses = re.split(r"[，,；;]", head[start : opened.start()])
    if not clauses or not clauses[-1]:
        return None
    if m.number == 2 and len(clauses[-1]) <= 30:
        both = _BOTH.search(clauses[-1])
        if both:
            items = [both.group(1), both.group(2)]
            at = start + len(head[start : opened.start()]) - len(clauses[-1])
            spans = [Span(m.paragraph, at + both.start(k), at + both.end(k)) for k in (1, 2)]
            return items, spans, "inline"
    if len(clauses) < m.number:
        return None
    chosen = clauses[-m.number :]
    # A，B，这是…的两大任务 / 抗日战争是长期的，最后胜利是中国的，这两个基本问题: the
    # sentence is the list, and it defines the frame or states each item
    whole = len(clauses) == m.number and ("是" in opened.group() or all("是" in c for c in clauses))
    shared = shared_opening(chosen)
    shared = shared if shared >= 2 else 0  # one shared character (有A，有B) is no parallel
    cuts = [shared] * len(chosen) if shared else after_shared(chosen, 3)
    parallel = any(cuts)
    if any(
        c[k : k + 1] in ("的", "和", "与", "及", "之") for c, k in zip(chosen, cuts, strict=True)
    ):
        cuts = [0] * len(chosen)  # 我们是…，我们的战争…: the shared words belong to the items
    if not parallel and not (whole and all(2 <= len(c) <= 8 for c in chosen)):
        return None  # neither a definition by short clauses nor parallel clauses
    items = [c[k:] for c, k in zip(chosen, cuts, strict=True)]
    if any(not 2 <= len(i) <= 14 for i in items) or len(set(items)) != len(items):
        return None
    spans = []
    pos = start
    for clause, k in zip(chosen, cuts, strict=True):
        at = text.find(clause, pos)
        spans.append(Span(m.paragraph, at + k, at + len(clause)))
        pos = at + len(clause)
    return items, spans, "inline"


def ended_before(lay: Layout, m) -> Items | None:
    """只有斗争，是“左”倾错误；只有团结，是右倾错误。这两种错误… / 有些地方存在着劲头不足的
    偏向，有些地方存在着草率从事的偏向，这是…两种偏向: a back-reference (这, 这是…的) counts
    the clauses before it that end in its noun — in the sentence before when it opens its
    sentence, else in its own — each named after its copula, or by what sets it apart from
    the others (their shared opening left out)."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(
        r"([。；;！？!?，,])\s*(?:这|这些|上述|以上|此)(?:(?:就|都|也)?是[^，,。；;：:！？!?“”]{0,24})?$",
        head,
    )
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|类|项|件|点)?", "", m.phrase)[-2:]
    if not opened or len(noun) < 2:
        return None
    if opened.group(1) in "，," and not re.search(r"这|此", opened.group(0)[:3]):
        return None
    before = head[: opened.start(1)]
    start = max(before.rfind(c) for c in "。！？!?") + 1
    items: list[str] = []
    spans: list[Span] = []
    named = False  # 是冒进的偏向: an item named after its copula keeps its words
    pos = start
    for clause in re.split(r"[，,；;：:]", before[start:]):
        at = text.find(clause, pos)
        pos = at + len(clause)
        # 大鸣大放阶段（边整边改）: an aside in brackets after the noun closes no item
        clause = re.sub(r"[（(][^（()）]{1,12}[）)]$", "", clause)
        if not clause.endswith(noun):
            continue
        copula = max(clause.rfind(w) for w in ("是", "为", "叫"))
        named = named or copula >= 0
        item = clause[copula + 1 :] if copula >= 0 else clause
        if len(item) <= len(noun) or re.match(rf"第{_NUM}", item):
            return None  # …，这是第一个步骤；…: the clauses are the items, named elsewhere
        items.append(item)
        spans.append(Span(m.paragraph, at + len(clause) - len(item), at + len(clause)))
    if len(items) != m.number or len(set(items)) != len(items):
        return None
    shared = shared_opening(items)
    if shared:
        items = [i[shared:] for i in items]
        spans = [Span(s.paragraph, s.start + shared, s.end) for s in spans]
    elif any(len(i) > 12 for i in items):
        cuts = after_shared(items)  # 山东有些地方存在着A / 有些地方存在着B: the frame said twice
        items = [i[c:] for i, c in zip(items, cuts, strict=True)]
        spans = [Span(s.paragraph, s.start + c, s.end) for s, c in zip(spans, cuts, strict=True)]
    # (A阶段，B阶段，…，每人研究文件、批评反省、提高自己阶段: items that each close on the noun
    # itself, not on 的 + noun, may run longer — the noun marks where each ends)
    longest = 20 if not any(i.endswith("的" + noun) for i in items) and m.number >= 3 else 12
    if any(len(i) > longest or len(re.sub(f"的?{noun}$", "", i)) < 2 for i in items):
        return None
    if not named and all(i.endswith("的" + noun) and len(i) > len(noun) + 2 for i in items):
        cut = len(noun) + 1  # 劲头不足的偏向 -> 劲头不足: the noun is the frame's own
        items = [i[:-cut] for i in items]
        spans = [Span(s.paragraph, s.start, s.end - cut) for s in spans]
    return items, spans, "inline"


# 到底是实行A，还是B，这是管理的两个原则: a choice between two, then a pointer to them
_CHOICE_BEFORE = re.compile(
    r"(?:到底|究竟)?是([^，,。；;！？!?：:]{2,20})[，,]?\s*还是([^，,。；;！？!?：:]{2,20})[？?，,]\s*"
    r"(?:这|这就|这都|这些)(?:是|就是)?[^，,。；;！？!?]{0,12}$"
)


def choice_before(lay: Layout, m) -> Items | None:
    """到底是实行对人负责制，还是对事负责制，这是管理的两个原则: a count of two whose sentence
    opens on a choice between two (是A，还是B) and points back at it (这是) — the two
    alternatives are its items."""
    if m.number != 2 or m.quoted:
        return None
    text = lay.paragraphs[m.paragraph].text
    own = max(text.rfind(c, 0, m.start) for c in "。！？!?；;") + 1
    found = _CHOICE_BEFORE.search(text, own, m.start)
    if not found:
        return None
    items = [found.group(1).strip(), found.group(2).strip()]
    spans = [Span(m.paragraph, found.start(k), found.end(k)) for k in (1, 2)]
    return items, spans, "inline"
