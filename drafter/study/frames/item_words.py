"""What the readers of a frame's items share about an item's words: the sentence's lead and
governing words cut off a list's first item (我重点从如何A -> 如何A, 要按照A、B和C三条主线 -> A),
the opening several clauses share (有些地方存在着A / 有些地方存在着B), the nouns at an item's head,
whether clauses run in parallel, whole questions as items. Apart from the readers so that each of
them (:mod:`~drafter.study.frames.pointed_clauses`, :mod:`~drafter.study.frames.apposition`, the
finders of :mod:`~drafter.study.frames.finders` …) trims its items the same way.

An item reader takes the layout and a mention (paragraph, start, end, number, quoted) and returns
:data:`Items`, (items, spans, source), or None."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from drafter.study.frames.mention import NUMERAL, Mention
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.words import tagged, words

Items = tuple[list[str], list[Span], str]


BACK_REFERENCES = ("这", "那", "此", "每", "各", "上述", "这些", "以上")


_LEADS = (
    "除了",
    "围绕",
    "包括",
    "从",
    "就",
    "把",
    "将",
    "即",
    "在",
    "对",
    "以",
    "抓好",
    "做到",
    "坚持",
    "指出",
    "提出",
)


def drop_lead(item: str) -> str:
    """The first item of a list before a frame carries the sentence's verb: 我重点从如何A
    -> 如何A, 把参与政务 -> 参与政务."""
    best = -1
    # a lead inside a word is none (迁就主义 keeps its 就), nor a one-character lead opening a
    # longer word (对象 keeps its 对)
    inside, at = set(), 0
    for word in words(item):
        inside.update(range(at + 1, at + len(word)))
        at += len(word)
    for lead in _LEADS:
        i = item.rfind(lead)
        while i >= 0 and (
            i in inside or (len(lead) == 1 and i + 1 in inside) or _means_phrase(item, lead, i)
        ):
            i = item.rfind(lead, 0, i)
        if i >= 0 and len(item) - (i + len(lead)) >= 2:
            best = max(best, i + len(lead))
    return item[best:] if best >= 0 else item


def _means_phrase(item: str, lead: str, at: int) -> bool:
    """以 at ``at`` opens the item's own phrase of means, not the sentence's lead: after
    another lead (围绕以文辅政、督查落实 -> 以文辅政; 坚持以人民为中心) or with its 为 inside
    the item (以人民为中心、以改革为动力). A 以 that governs the list has its 为 after the
    last item (以A、B为重点), outside the first one."""
    if lead != "以":
        return False
    if "为" in item[at + 2 :]:
        return True
    return any(item.endswith(other, 0, at) for other in _LEADS if other != "以")


# 要/必须/应当…: a modal the sentence puts before its list, no part of the first item
_MODALS = frozenset(("要", "必须", "应", "应当", "应该", "需要", "就", "也", "还", "都", "并"))


def drop_governing_words(first: str, others: list[str]) -> str:
    """The first item of a list before its count without the words that govern the whole list
    (要按照A、B和C三条主线 -> A; 完成A、B、C三条控制线 -> A; 为实现推进X、完成Y、维护Z三大历史
    任务 -> 推进X), judged against the shape of the other items. A modal goes, and a
    preposition, adverb, conjunction or pronoun that opens none of the others, with a particle
    after what went (推翻了A -> A). A verb goes when the others open with no verb and what
    follows it opens as they do (完成 + nouns; 停止进攻红军 keeps 停止, a verb follows it), or,
    when the others open with verbs, while the first item's run of verbs is longer than any of
    theirs (继续实现推进X, 完成Y: 推进X). The first item keeps at least as many words as the
    shortest other, and after a verb as many characters (实现增长、扩大就业 keeps 实现)."""
    cut = tagged(first)
    if not cut or not others:
        return first
    if len({len(o) for o in others}) == 1 and len(first) == len(others[0]) >= 3:
        return first  # 以文辅政、督查落实、信息服务: as long as the others, nothing governs
    # (jieba tags 以 a preposition, so it would go and leave 文辅政 against two four-character
    # items)
    shapes = [tagged(o) for o in others]
    kinds = {t[0][1][:1] for t in shapes if t}
    fewest = min(len(t) for t in shapes)
    shortest = min(len(o) for o in others)
    # theirs counted with verbal nouns too: jieba tags 发动了民众's 发动 vn
    their_run = max(_verb_run(t, ("v", "vn")) for t in shapes)
    k = 0
    while k < len(cut) - 1:
        word, tag = cut[k]
        # 建设武汉、宜昌、“襄十”: jieba tags 建设 a verbal noun; before the kind of word the
        # others are, it governs the list as a verb does (建设用地、农业用地 keeps it: what
        # follows it is shorter than the others)
        verb = (tag == "v" or (tag == "vn" and "v" not in kinds)) and word not in _MODALS
        if verb:
            governs = (
                _verb_run(cut[k:]) > their_run  # 继续实现推进X, 完成Y
                if "v" in kinds
                else _next_kind(cut, k) in kinds  # 完成 + the nouns the others are
            )
        else:
            governs = (
                (word in _MODALS and not any(o.startswith(word) for o in others))
                or (tag[:1] in ("p", "c", "r", "d") and tag[:1] not in kinds)
                or (tag[:1] == "u" and k > 0)  # 推翻了: the particle of a verb that went
            )
        rest = "".join(w for w, _ in cut[k + 1 :])
        if not governs or len(cut) - k - 1 < fewest or len(rest) < (shortest if verb else 2):
            break
        k += 1
    return "".join(w for w, _ in cut[k:])


def _verb_run(cut: list[tuple[str, str]], tags: tuple[str, ...] = ("v",)) -> int:
    """How many verbs open a tagged item (继续实现推进现代化建设: 3; 完成祖国统一: 1)."""
    run = 0
    for _word, tag in cut:
        if tag not in tags:
            break
        run += 1
    return run


def _next_kind(cut: list[tuple[str, str]], k: int) -> str:
    """The word class opening what follows word ``k``, past particles (推翻了帝国主义: n)."""
    for _word, tag in cut[k + 1 :]:
        if not tag.startswith("u"):
            return tag[:1]
    return ""


def parallel(parts: list[str]) -> bool:
    """Whether clauses run in parallel: the same opening or closing character in each, an
    adverb before it aside (一重是坏，一重是好; 多学，多思，多练; 可以在食堂吃饭，也可以在家里
    自己做): items told apart by one varying part."""
    bare = [re.sub(r"^(?:也|又|还|都|就|而且?|并且?)", "", p) for p in parts]
    return len(bare) > 1 and (len({p[:1] for p in bare}) == 1 or len({p[-1:] for p in bare}) == 1)


def leading_noun(item: str) -> str:
    """The nouns opening ``item`` when a predicate follows them (投资收益率是否有提升 ->
    投资收益率); the item itself otherwise."""
    out = ""
    for word, tag in tagged(item):
        if not (tag.startswith("n") or tag in ("vn", "j", "eng", "an")):
            break
        out += word
    return out if len(out) >= 2 and out != item else item


def tail_as_long(cut: list[str], size: int, chars: int) -> str:
    """The last ``size`` words of ``cut``, or fewer when they already hold ``chars``
    characters (jieba keeps 地理信息 one word where 网络信息 is two)."""
    out = ""
    for word in reversed(cut[-size:]):
        if len(out) >= chars:
            break
        out = word + out
    return out


def after_shared(items: list[str], near: int = 99) -> list[int]:
    """Where each item's own words start after the longest run of three or more characters
    all of them hold (山东有些地方存在着劲头不足 / 有些地方存在着草率从事 -> after 存在着);
    zeros when there is none, or when the run starts later than ``near`` in an item."""
    found = SequenceMatcher(None, items[0], items[1], autojunk=False).find_longest_match(
        0, len(items[0]), 0, len(items[1])
    )
    run = items[0][found.a : found.a + found.size]
    if found.size < 3 or any(run not in i or i.index(run) > near for i in items):
        return [0] * len(items)
    return [i.index(run) + len(run) for i in items]


def shared_opening(items: list[str]) -> int:
    """How many characters every item opens with alike (有些地方存在着A / 有些地方存在着B),
    up to the last whole word."""
    n = 0
    while all(len(i) > n and i[n] == items[0][n] for i in items):
        n += 1
    if n == 0:
        return 0
    at = 0
    for word in words(items[0]):  # 有的地方发达 / 有的地方发展: cut between words
        if at + len(word) > n:
            break
        at += len(word)
    return at


# the longest question read whole: 认证通过后，如果转成了专业族，…，您怎么看它们间的关系。 (66) asked
# after a short first one; a longer run is a paragraph, not a question
_QUESTION_MAX = 80


def whole_questions(lay: Layout, items: list[str], spans: list[Span]) -> Items | None:
    """第一个问题是：您作为师长和长辈，请给我们…一些指导。第二个问题是：…能否…公平竞争？: the
    items of a count of questions asked are the whole questions, not their first clauses — when
    one of them ends on a question mark and none runs past :data:`_QUESTION_MAX` characters."""
    whole: list[str] = []
    asked = False
    for k, (item, span) in enumerate(zip(items, spans, strict=True)):
        text = lay.paragraphs[span.paragraph].text
        end = min((i for i in (text.find(c, span.start) for c in "。？！?!") if i >= 0), default=-1)
        if end < 0 or end - span.start > _QUESTION_MAX or not text.startswith(item, span.start):
            return None
        after = spans[k + 1] if k + 1 < len(spans) else None
        if after is not None and after.paragraph == span.paragraph and after.start < end:
            # 我有两个问题，第一是A，第二是B？: one question mark for both, the next item asked
            # inside this sentence: this item is its clause, not the sentence run on into B
            whole.append(item)
            continue
        asked = asked or text[end] in "？?"
        whole.append(text[span.start : end])
    if not asked:
        return None
    return whole, [Span(s.paragraph, s.start, s.start + len(w)) for s, w in zip(spans, whole)], ""


def frame_noun(m: Mention) -> str:
    """The noun a frame counts, as its ordinals repeat it (三个时期 -> 时期, 三种人 -> 人,
    三个不同的部分 -> 部分); empty for a quoted formula or a count with no noun."""
    if m.quoted:
        return ""
    noun = re.sub(rf"^{NUMERAL}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)
    return noun.rsplit("的", 1)[-1][-2:]
