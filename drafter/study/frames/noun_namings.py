"""Items the text names with the count's own noun: restated after a pointer (这两方面，A方面和
B方面), named in the sentence before (…的投降方向和…的抗战方向。…两种方向) or after (摆脱三个依赖。…
对技术的依赖，对人才的依赖，对资金的依赖), or leading paragraphs by ordinal (党八股的第一条罪状是：…).
Apart because the noun said again, not a mark or a pointer, is what ties each item to the
count."""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.item_words import (
    BACK_REFERENCES,
    Items,
)
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import (
    sentence_end,
)
from drafter.study.text import item_clause
from drafter.study.words import words

_NUM = "[一二三四五六七八九十两]"


def restated_after(lay: Layout, m) -> Items | None:
    """这两方面，对人民内部的民主方面和对反动派的专政方面，互相结合起来: a pointer + count whose
    next clause names the items again, each ending on the count's noun (joined by 和/与/及 or
    、): the text says them right there, whatever stands before the pointer."""
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 4) : m.start].endswith(BACK_REFERENCES) or m.quoted:
        return None
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)[-2:]
    lead = re.match(r"的?[，,]", text[m.end :])
    if len(noun) < 2 or not lead:
        return None
    start = m.end + lead.end()
    end = start
    while end < len(text) and text[end] not in "，,。；;：:！？!?":
        end += 1
    clause = text[start:end]
    parts = [
        p for p in re.split(r"、|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])", clause) if p
    ]
    if len(parts) != m.number or len(set(parts)) != len(parts):
        return None
    if any(not p.endswith(noun) or len(p) < len(noun) + 2 or len(p) > 20 for p in parts):
        return None
    items = [re.sub(f"的?{noun}$", "", p) if len(p) > len(noun) + 3 else p for p in parts]
    return items, spans_in_order(text, m.paragraph, items, start), "inline"


# 党八股的第一条罪状是：A / 第二条罪状是：B: an ordinal with the count's noun near a paragraph's
# opening, after a few words naming whose it is
_NAMED_LEAD = re.compile(rf"(?:[\u4e00-\u9fff]{{1,8}}的)?第({_NUM}{{1,2}})(?:个|种|条|项|类|点)?")


def named_paragraph_leads(lay: Layout, m) -> Items | None:
    """八大罪状 … ¶ 党八股的第一条罪状是：空话连篇 … ¶ 党八股的第二条罪状是：装腔作势 …: the
    paragraphs (or sentences) after the count that each open on the next ordinal with the
    count's own noun, in order (an item's talk may run on over paragraphs between them),
    exactly as many as the count; each item the clause after the noun."""
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)
    if m.quoted or len(noun) < 2 or m.number < 2:
        return None
    node = lay.by_paragraph.get(m.paragraph)
    limit = min(len(lay.paragraphs), m.paragraph + 1 + 6 * m.number)
    items: list[str] = []
    spans: list[Span] = []
    for index in range(m.paragraph + 1, limit):
        para = lay.paragraphs[index]
        if (
            para.is_heading
            and (node is None or lay.by_paragraph.get(index) is not node)
            and not _names_next(para.text, noun, len(items) + 1)
        ):
            break  # a heading ends the run, unless the outline made the next naming one
        # …第六条罪状是：A。…¶ 第七条罪状是：B。第八条罪状是：C。: a sentence may open one too
        for at in [0, *(i + 1 for i, c in enumerate(para.text) if c in "。！？!?")]:
            hit = _NAMED_LEAD.match(para.text, at)
            if not hit or not para.text.startswith(noun, hit.end()):
                continue
            if parse_cn_number(hit.group(1)) != len(items) + 1:
                return None  # out of order, or more than the count (第九条罪状)
            start = hit.end() + len(noun)
            start += re.match(r"(?:就)?(?:是|为)?[：:，,]?", para.text[start:]).end()
            item = item_clause(para.text[start:])
            if not 2 <= len(item) <= 30:
                return None
            items.append(item)
            spans.append(Span(index, start, start + len(item)))
    if len(items) != m.number:
        return None
    return items, spans, "ordinals"


def _names_next(heading: str, noun: str, number: int) -> bool:
    """Whether ``heading`` opens on the naming of part ``number`` (党八股的第二条罪状是：…): the
    outline reads a run of such namings as the sections they open, and the count is theirs."""
    hit = _NAMED_LEAD.match(heading)
    return (
        bool(hit)
        and heading.startswith(noun, hit.end())
        and (parse_cn_number(hit.group(1)) == number)
    )


def echoed_before(lay: Layout, m) -> Items | None:
    """…的投降方向和…的抗战方向，是对立的，双方在斗争中。目前是两种方向同时存在: a count with no
    pointer whose own noun (two characters or more) the sentence before named exactly as many
    times, each time set apart by other words: those namings are its items."""
    from drafter.study.frames.pointer import echo_of  # the pointer reader's own namings

    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)
    if m.quoted or len(noun) < 2 or m.number < 2:
        return None
    text = lay.paragraphs[m.paragraph].text
    own = max(text.rfind(c, 0, m.start) for c in "。！？!?") + 1
    if own == 0:
        return None  # the sentence before must be in the paragraph
    before = max(text.rfind(c, 0, own - 1) for c in "。！？!?") + 1
    found = echo_of(lay, m.paragraph, m.start, m.number, noun)
    if not found or any(
        s.paragraph != m.paragraph or not before <= s.start < own for s in found[1]
    ):
        return None
    spans = found[1]
    for a, b in zip(spans, spans[1:]):
        between = text[a.end : b.start]
        if re.search(r"[，,。；;：:！？!?]", between) or not re.search(r"[和与及同、]", between):
            return None  # the namings must be one list (A方向和B方向), not remarks apart
    items = [_modifier_and_noun(i, noun) for i in found[0]]
    if any(len(i) <= len(noun) for i in items) or noun in text[own : m.start]:
        return None
    spans = [Span(s.paragraph, s.end - len(i), s.end) for s, i in zip(spans, items, strict=True)]
    return items, spans, "inline"


def _modifier_and_noun(item: str, noun: str) -> str:
    """大资产阶级的投降方向 -> 投降方向: the word right before the noun and the noun, when a
    的-phrase stands before them (the owner is not part of the item's name)."""
    head = item[: -len(noun)]
    if "的" not in head:
        return item
    cut = words(head.rsplit("的", 1)[1])
    return cut[-1] + noun if cut else item


# what ends the words naming one thing before the frame's noun: a mark, a preposition or a
# verb of the clause (对技术的依赖 -> 技术的依赖; 摆脱对人才的依赖 -> 人才的依赖)
_NAMING_STOP = re.compile(r"[，,。；;：:！？!?、“”（）()把将对让使由被在从和与及同跟有是为]")


_POINTER_WORD = re.compile(r"(?:这|那|此|该|上述|以上|每|各|其)")


def _namings(text: str, lo: int, hi: int, noun: str) -> list[tuple[str, int]]:
    """Each naming of ``noun`` between ``lo`` and ``hi``: the noun with the few words before
    it that set it apart (up to a mark, a preposition or 12 characters), and where it starts."""
    found: list[tuple[str, int]] = []
    pos = text.find(noun, lo, hi)
    while pos >= 0:
        start = pos
        while start > lo and pos - start < 12 and not _NAMING_STOP.match(text, start - 1):
            start -= 1
        found.append((text[start : pos + len(noun)], start))
        pos = text.find(noun, pos + len(noun), hi)
    return found


def named_after(lay: Layout, m) -> Items | None:
    """在中国两大矛盾中间，中日民族间的矛盾依然是基本的，国内阶级间的矛盾依然处在从属的地位 /
    摆脱三个依赖。…我们要逐步摆脱对技术的依赖，对人才的依赖，对资金的依赖: a count whose own noun
    (two characters or more) the words right after it name exactly as many times, in one
    sentence, each time set apart by other words — those namings are its items. The sentence is
    the rest of the count's own, or else the first of the next two (the next paragraph's first
    when the count's paragraph ends) that names the noun at all."""
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层|支|方面)?", "", m.phrase)
    if m.quoted or len(noun) < 2 or not 2 <= m.number <= 5:
        return None
    paragraph, text = m.paragraph, lay.paragraphs[m.paragraph].text
    if text.startswith("的", m.end):
        return None  # 两个痛苦的灵魂: the count's word only qualifies the noun after it
    lo, hi = m.end, sentence_end(text, m.end)
    for _ in range(3):
        if text.find(noun, lo, hi) >= 0:
            break
        lo = hi + 1
        if lo >= len(text):
            paragraph += 1
            if paragraph >= len(lay.paragraphs) or paragraph > m.paragraph + 1:
                return None
            text, lo = lay.paragraphs[paragraph].text, 0
        hi = sentence_end(text, lo)
    else:
        return None
    found = [
        (t, s) for t, s in _namings(text, lo, hi, noun) if not text.startswith("的", s + len(t))
    ]
    items = [t for t, _ in found]
    if len(found) != m.number or len(set(items)) != len(items):
        return None
    if any(len(t) <= len(noun) + 1 or _POINTER_WORD.match(t) for t in items):
        return None  # 这种依赖, 新的依赖: a pointer or a bare noun names nothing apart
    if any(re.fullmatch(rf"第{_NUM}{{1,2}}(?:个|种|类|层|条|项|点)?{noun}", t) for t in items):
        # 为第一时期，即组织时期 / 第一层责任是…: an ordinal of the count's own noun names no
        # thing apart (第一次国共合作时期 does)
        return None
    if any(a in b or b in a for k, a in enumerate(items) for b in items[k + 1 :]):
        return None
    spans = [Span(paragraph, s, s + len(t)) for t, s in found]
    return items, spans, "inline"
