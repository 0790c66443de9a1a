"""Items of a formula named by the word each of them repeats: 六保 for 保居民就业、保基本民生、
保市场主体…, 四稳 over paragraphs of 全力稳就业，…全力稳企业，…, 两个稳居 for 人均地区生产总值稳居
全国上游、居民收入稳居全国上游.

Report writers coin a formula from a number and the word their items share, and spell the items
out in the formula's own sentence (持续做好“六保”工作，强化保居民就业、保基本民生…), in its
paragraph, or in the section under a heading that names it (（一）着力推动“四稳”政策落地).
The word standing as a word of its own exactly as many times as the count, nowhere else in
that stretch, is a list no other reader sees: its items are not parted by 一是…二是…, nor
closed by the count. Read only for a frame found with no items (the last look of
:func:`drafter.study.frames.refused_counts.second_look`), so it never decides whether a count is a
frame.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import item_spans
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.words import tagged, words

# a number, a counter or none, and the word each item repeats (六保, 四稳, 两个稳居,
# “两个继续走在前列”), quoted or not
_KEYED = re.compile(
    r"[“\"]?([两二三四五六七八九十])(?:个|大|项|条|种)?([\u4e00-\u9fff]{1,6})[”\"]?"
)
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
_CLAUSE = re.compile(r"[^，,；;。！？!?：:]+")
_BETWEEN = re.compile(r"[、和与及]")
_QUOTES = '“”"‘’「」 '
_NUMERAL = "一二三四五六七八九十两0123456789０１２３４５６７８９"
# the longest lead a key may stand after and still open its item (全力稳就业, 强化保居民就业)
_LEAD = 2
_LONGEST = 32  # an item read here is a phrase, not a sentence
_BELOW = 4  # how many paragraphs under a heading that names the formula are its section


def _word_starts(text: str) -> tuple[set[int], set[int]]:
    """Where the words of ``text`` start and end (jieba's cut), so a key is matched as whole
    words only (稳 of 稳就业, not of 稳住 or 回稳)."""
    starts, ends, at = set(), set(), 0
    for word in words(text):
        starts.add(at)
        at += len(word)
        ends.add(at)
    return starts, ends


def _occurrences(text: str, lo: int, hi: int, key: str) -> list[int]:
    """Where ``key`` stands as whole words in one clause ``text[lo:hi]``, not as the
    formula's own name (the 保 of “六保”, which a numeral opens)."""
    clause = text[lo:hi]
    starts, ends = _word_starts(clause)
    out = []
    at = clause.find(key)
    while at >= 0:
        whole = (at in starts and at + len(key) in ends) or _opens(clause, at, key)
        named = at > 0 and clause[at - 1] in _NUMERAL + "个大项条种"
        if whole and not named:
            out.append(lo + at)
        at = clause.find(key, at + 1)
    return out


def _opens(clause: str, at: int, key: str) -> bool:
    """Whether the key at ``at`` opens a 、-part or the clause, after a lead of a word or two,
    and is a word there: jieba joins a lead to the key now and then (着力保工资 -> 着/力保/工资),
    so the words are cut again from the key on (保/工资 — while 稳住经济 stays 稳住)."""
    part = max(clause.rfind("、", 0, at) + 1, 0)
    if at - part > _LEAD:
        return False
    lead = clause[part:at]
    if lead and len(words(lead + key)) == 1:
        return False  # 推进: the key closes a word the lead opens
    ahead = words(clause[at:])
    taken = ""
    for word in ahead:
        taken += word
        if len(taken) >= len(key):
            return taken == key
    return False


def _parts(text: str, lo: int, hi: int, key: str) -> list[tuple[int, int, int]]:
    """(start, end, key position) of every part of ``text[lo:hi]`` that holds ``key``: its
    clauses, and a clause holding the key more than once cut at the last 、/和/与/及 before
    each next key (保居民就业、保基本民生 -> two parts)."""
    out = []
    for clause in _CLAUSE.finditer(text, lo, hi):
        keys = _occurrences(text, clause.start(), clause.end(), key)
        if not keys:
            continue
        start = clause.start()
        for k, at in enumerate(keys):
            end = clause.end()
            if k + 1 < len(keys):
                cuts = list(_BETWEEN.finditer(text, at + len(key), keys[k + 1]))
                if not cuts:
                    return []  # two keys with no separator between them: no list of parts
                end = cuts[-1].start()
            out.append((start, end, at))
            start = end + 1
    return out


_GAP = re.compile(r"[\s，,；;、和与及“”\"]*")


def _adjacent(text: str, parts: list[tuple[int, int, int]]) -> bool:
    """Whether the parts make one list: each follows the one before with nothing but a
    separator between (保居民就业、保基本民生), or each opens a sentence of its own (全力稳就业，…。
    全力稳企业，…) — not keys scattered over the stretch (时局的特点 … 革命形势的特点)."""
    if all(start == 0 or text[:start].rstrip()[-1:] in "。！？!?" for start, _, _ in parts):
        return True
    return all(_GAP.fullmatch(text, parts[k][1], parts[k + 1][0]) for k in range(len(parts) - 1))


def _head(text: str) -> str:
    """The words of an item before its key without the verb that governs it (特别是…时期要实现
    人均地区生产总值 -> 人均地区生产总值; 在建设国家生态安全屏障、安全稳定屏障 -> 国家生态安全屏障、
    安全稳定屏障): cut after the last verb or preposition that leaves two characters or more
    before a 、 (a list of heads is not cut inside). A head that holds 的 is one modified noun
    (用于直接改善农村生产生活条件的投入): kept whole."""
    first = text.split("、")[0]
    if "的" in first:
        return text
    at, keep = 0, 0
    for word, tag in tagged(first):
        at += len(word)
        if tag[:1] in ("v", "p") and len(first) - at >= 2:
            keep = at
    return text[keep:]


def _items(text: str, parts: list[tuple[int, int, int]], key: str) -> list[tuple[str, int]] | None:
    """The items the parts write, with where each starts: from the key on when every key
    opens its part (after a lead word or two: 全力稳就业 -> 稳就业); the part without the verb
    governing it when the words after the key are the same in every part (人均地区生产总值
    稳居全国上游、居民收入稳居全国上游; 他们想不开 / 我们也想不开); else None (一批行业龙头企业
    …，乌江寨等一批存量旅游项目: a key in the middle of parts that end apart is no list's)."""
    stripped = []
    for start, end, at in parts:
        while start < end and text[start] in _QUOTES:
            start += 1
        while end > start and text[end - 1] in _QUOTES:
            end -= 1
        stripped.append((start, end, at))
    if all(at - start <= _LEAD for start, _, at in stripped):
        return [(text[at:end], at) for _, end, at in stripped]
    if len({text[at + len(key) : end] for _, end, at in stripped}) != 1:
        return None
    out = []
    for start, end, at in stripped:
        head = _head(text[start:at])
        out.append((head + text[at:end], at - len(head)))
    return out


def _scopes(lay: Layout, span: Span) -> list[tuple[int, int, int]]:
    """Where to look, nearest first: (paragraph, lo, hi) of the mention's sentence, its
    paragraph, and when the mention stands in a heading, the paragraphs under it."""
    para = lay.paragraphs[span.paragraph]
    text = para.text
    out = []
    for s in _SENTENCE.finditer(text):
        if s.start() <= span.start < s.end():
            out.append((span.paragraph, s.start(), s.end()))
    out.append((span.paragraph, 0, len(text)))
    if para.is_heading:
        for q in range(span.paragraph + 1, min(len(lay.paragraphs), span.paragraph + 1 + _BELOW)):
            if lay.paragraphs[q].is_heading:
                break
            out.append((q, 0, len(lay.paragraphs[q].text)))
    return out


def keyed_items(lay: Layout, span: Span, phrase: str) -> tuple[list[str], list[Span]] | None:
    """The items of a formula named by the word each repeats (六保, 四稳, 两个稳居), read in
    the nearest stretch — the mention's sentence, its paragraph, the section under a heading
    naming it — that holds the word, as a word of its own, exactly as many times as the count
    and nowhere else: one item a part (a clause, or a piece of a clause parted by 、/和), from
    the word on when the word opens every part. Failing that, for a count of three or more
    named where no stretch near it writes the word as often, the one run of clauses in the text
    that each open with it (:func:`_run_anywhere`). None when no stretch holds such a list, or an
    item comes out empty, too long or twice."""
    m = _KEYED.fullmatch(phrase)
    number = parse_cn_number(m.group(1)) if m else None
    if not m or not number or not 2 <= number <= 10:
        return None
    key = m.group(2)
    near = _nearest(lay, span, key, number)
    if near is not None or number < 3:
        return near or None
    return _run_anywhere(lay, key, number)


def _nearest(lay: Layout, span: Span, key: str, number: int):
    """:func:`keyed_items` in the nearest stretch that writes the key; False when that
    stretch writes it otherwise (more often, scattered, ending apart), None when none writes
    it as often as the count."""
    for paragraph, lo, hi in _scopes(lay, span):
        text = lay.paragraphs[paragraph].text
        parts = _parts(text, lo, hi, key)
        if not parts:
            continue
        if len(parts) < number:
            continue  # 全力稳就业 in one sentence: the others may stand in the paragraph
        if len(parts) > number:
            return False  # the stretch writes the key more often than the count: no list
        read = _items(text, parts, key) if _adjacent(text, parts) else None
        if read is None:
            return False
        items = [item for item, _ in read]
        if (
            any(not 2 <= len(item) <= _LONGEST or item == key for item in items)
            or len(set(items)) != number
        ):
            return False
        return items, item_spans(text, paragraph, items, read[0][1], hi)
    return None


def _opens_clause(text: str, part: tuple[int, int, int] | None) -> bool:
    """Whether a part is a whole clause (not a piece after 、 or 和) whose key opens it, after a
    lead of a word or two (推动全面建成小康社会…)."""
    if part is None:
        return False
    start, _, at = part
    return at - start <= _LEAD + 2 and (start == 0 or text[start - 1] in "，,；;。！？!?：:")


def _run_anywhere(lay: Layout, key: str, number: int) -> tuple[list[str], list[Span]] | None:
    """The one run in the whole text of exactly ``number`` clauses in a row each opening with
    the key (推动全面建成小康社会取得新的重要进展，全面深化改革迈出重大步伐，全面依法治国深入实施，
    全面从严治党纵深推进 for a 四个全面 named pages away — the gold README's session-32 ruling,
    point 1, as :func:`drafter.study.frames.formula_words.headed_list_anywhere` reads it for nouns);
    None when the text writes no such run or two different ones. Items run from the key to
    their clause's first verb after it is done: the key and its object (全面深化改革)."""
    found: dict[tuple[str, ...], tuple[int, int, str]] = {}
    for para in lay.paragraphs:
        text = para.text
        if text.count(key) < number:
            continue
        for sentence in _SENTENCE.finditer(text):
            parts = _parts(text, sentence.start(), sentence.end(), key)
            run: list[tuple[int, int, int]] = []
            for part in [*parts, None]:
                if _opens_clause(text, part) and (
                    not run or _GAP.fullmatch(text, run[-1][1], part[0])
                ):
                    run.append(part)
                    continue
                if len(run) == number:
                    items = [text[at:end] for _, end, at in run]
                    if all(2 <= len(i) <= _LONGEST for i in items) and len(set(items)) == number:
                        found.setdefault(tuple(items), (para.index, run[0][2], text))
                run = [part] if _opens_clause(text, part) else []
    if len(found) != 1:
        return None
    ((items, (paragraph, start, text)),) = found.items()
    return list(items), item_spans(text, paragraph, list(items), start, len(text))
