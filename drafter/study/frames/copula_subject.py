"""Items that are the subject of the copula leading to a count: 军事镇压和政治欺骗，是蒋介石维持
反动统治的两个主要工具 / 批评与自我批评是我们的两个法宝. Apart because finding the copula that
belongs to the count (是, 为; not the 为 of 作为 or 以…为本) and the list before it is a reading of
its own."""

from __future__ import annotations

import re

from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.item_words import (
    Items,
    drop_lead,
    shared_opening,
)
from drafter.study.layout import Layout
from drafter.study.ordinals import (
    split_last_he,
    split_list,
)
from drafter.study.words import tagged, words

# 是 (为, 成为, 乃是 …) and what describes the frame before it: A和B，是…的两个主要工具
_COPULA_TO_FRAME = re.compile(
    r"(?:都|就|也|又|正)?(?:乃是|就是|都是|成为|作为|是|为)[^，,。；;：:！？!?、“”]{0,24}$"
)


def subject_before(lay: Layout, m) -> Items | None:
    """军事镇压和政治欺骗，是蒋介石维持反动统治的两个主要工具 / 批评与自我批评是我们的两个
    法宝: the list that is the subject of the sentence, before its copula, names the items
    of the frame the copula leads to."""
    if m.quoted or m.phrase.endswith("重性"):
        return None  # 罢工、罢课也是两重性: two sides of one thing, not the things before
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    copula = None
    for pos in range(len(head) - 1, max(-1, len(head) - 28), -1):
        if head[pos] in "，,。；;：:！？!?、“”":
            break
        found = _COPULA_TO_FRAME.match(head, pos)
        if found and found.end() == len(head) and _copula_word(head, found):
            copula = found
            break  # the copula nearest the frame (以奋斗者为本是…: 是, not the 为 of 为本)
    if not copula:
        copula = _owned_copula(head)
        if not copula:
            return None
    elif re.search(r"[和与及、]", copula.group()):
        return None  # 是所谓革命和反革命两条道路: the list after the copula is the items
    if re.fullmatch(r"(?:都|就|也)?是", copula.group()) and re.search(r"(?:件|回|码)事$", m.phrase):
        return None  # 研发和区域是两件事: a statement that they differ, not a summary
    before = head[: copula.start()].rstrip("，, ")
    if before.endswith(("这", "那", "这些", "那些", "此")):
        return None  # 这是…两种偏向: a back-reference, see ended_before
    start = max(before.rfind(c) for c in "，,。；;：:！？!?") + 1
    segment = before[start:]
    clauses = False
    if "、" in segment:
        items = split_last_he(split_list(segment), m.number)
    else:
        items = _joined(segment)
        if not items:
            items = _parallel_subject(before, m.number)  # whole clauses, kept as written
            start = before.find(items[0]) if items else start
            clauses = True
    if len(items) != m.number or any(not 2 <= len(i) <= 12 for i in items[1:]):
        return None
    if not clauses and len(items[0]) > max(len(i) for i in items[1:]):
        items[0] = drop_lead(items[0])  # 以A、B为…: the sentence's lead word, not 对内的…
    if not clauses:
        items[-1] = _without_adverbs(items[-1])
    if len(items[0]) > 2 * max(len(i) for i in items[1:]) or len(items[0]) < 2:
        return None  # 我们在会上讨论了A和B: the subject is a clause, not a list
    return items, spans_in_order(text, m.paragraph, items, start), "inline"


# 是…考验一切人们、一切党派的 (两个“关”): a copula and a long 的-phrase owning the frame
_COPULA_OWNING = re.compile(r"(?:都|就|也|又|正)?是[^，,。；;：:！？!?]{4,40}的[“\"]?$")


def _owned_copula(head: str) -> re.Match | None:
    """The copula of 战争和土改是在…时期内考验一切人们、一切党派的两个“关”: a 是 leading to a
    的-phrase that owns the frame — a list inside it (一切人们、一切党派) says whose the frame
    is, so the items are still the subject before the copula."""
    for pos in range(len(head) - 1, max(-1, len(head) - 48), -1):
        if head[pos] in "，,。；;：:！？!?":
            return None
        found = _COPULA_OWNING.match(head, pos)
        if found and _copula_word(head, found) and not re.search(r"是", found.group()[2:]):
            return found
    return None


def _copula_word(head: str, copula: re.Match) -> bool:
    """Whether the copula found is a word of its own (是, 为), not the end of 作为, 分为,
    认为, 因为, 于是 …"""
    start = copula.start()
    cut = words(head[max(0, start - 6) :])
    at = 0
    for word in cut:
        if at + len(word) > min(6, start):
            return at == min(6, start)
        at += len(word)
    return False


def _without_adverbs(item: str) -> str:
    """和平与发展仍然是…: the last item without the adverbs that lead to the copula."""
    cut = tagged(item)
    while len(cut) > 1 and cut[-1][1] in ("d", "c", "p"):
        cut = cut[:-1]
    return "".join(w for w, _ in cut)


def _parallel_subject(before: str, number: int) -> list[str]:
    """以客户为中心，以奋斗者为本是两个矛盾的对立体: the last clauses before the copula,
    each short and opening alike, are the subject's items."""
    start = max(before.rfind(c) for c in "。；;：:！？!?") + 1
    clauses = [c for c in re.split(r"[，,]", before[start:]) if c]
    chosen = clauses[-number:]
    if len(clauses) < number or any(not 2 <= len(c) <= 10 for c in chosen):
        return []
    if not shared_opening(chosen) and not all(c[0] == chosen[0][0] for c in chosen):
        return []
    return chosen


def _joined(segment: str) -> list[str]:
    """A和B / A与B / A及B: the two sides of the one conjunction word in ``segment``."""
    cut = words(segment)
    joins = [k for k, w in enumerate(cut) if w in ("和", "与", "及", "同", "以及")]
    if len(joins) != 1:
        return []
    k = joins[0]
    return ["".join(cut[:k]), "".join(cut[k + 1 :])]
