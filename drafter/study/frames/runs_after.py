"""Items that open the clauses or sentences right after a count, one marker each: the count's
own word repeated (七个反对，反对A，反对B), 一个是A，一个是B (run_after), 一条，…。一条，…
(repeated_one), and a first item in the count's sentence whose next ones open the paragraphs below
(run_over_break). Apart from the items before a count (the pointed_* modules), because these
readers walk forward from the count."""

from __future__ import annotations

import re

from drafter.study.frames.item_words import (
    Items,
    shared_opening,
)
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import (
    ordinal_at,
    ordinal_items,
    sentence_end,
)
from drafter.study.text import first_clause, item_clause

_NUM = "[一二三四五六七八九十两]"


_ECHO_OPEN = re.compile(r"[“\"]?(坚决|要|必须|始终|不断|绝不|决不)?")


def _echo_opens(clause: str, key: str) -> bool:
    """Whether ``clause`` opens (after a quote and a lead word) with ``key`` — a fixed
    pattern and a string test, not one regex per key (the regex cache would churn)."""
    lead = _ECHO_OPEN.match(clause)
    if clause.startswith(key, lead.end()):
        return True
    return bool(lead.group(1)) and clause.startswith(key, lead.start(1))


def echo_run(lay: Layout, m) -> Items | None:
    """继续贯彻七个反对，反对完美主义，反对繁琐哲学，… / “七反对”的原则。“坚决反对A，坚决反对
    B，…”: the clauses right after the frame (in its sentence or the next) that each open
    with the frame's own word are its items, however long."""
    if m.quoted and not re.fullmatch(rf"{_NUM}{{1,2}}[\u4e00-\u9fff]{{2,3}}", m.phrase):
        return None
    key = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|项|大)?", "", m.phrase)
    if len(key) < 2:
        return None
    text = lay.paragraphs[m.paragraph].text
    end = sentence_end(text, sentence_end(text, m.end) + 1)
    items: list[tuple[str, int]] = []
    pos = m.end
    skipped = 0
    for clause in re.split(r"([，,；;、。！？!?”])", text[m.end : end]):
        at, pos = pos, pos + len(clause)
        if len(clause) <= 1 and not _echo_opens(clause, key):
            continue  # a mark
        if _echo_opens(clause, key) and len(clause) > len(key) + 1:
            items.append((clause.lstrip('“"'), at + len(clause) - len(clause.lstrip('“"'))))
        elif items:
            break
        else:
            skipped += 1
            if skipped > 2:
                return None  # the run must follow the frame at once
    if len(items) != m.number:
        return None
    shared = shared_opening([t for t, _ in items])
    return (
        [t[shared:] for t, _ in items],
        [Span(m.paragraph, a + shared, a + len(t)) for t, a in items],
        "inline",
    )


_RUN_PREFIX = re.compile(
    r"[，,：:；;？?]\s*(?:还有|另外|再|又)?(?:(?:另)?一|第[二三四五六七八九十])(个|种|条|类|座|家|项|件)?"
)


_RUN_NAMED = re.compile(r"(?:就是|叫做|叫|是|为)([^，,；;。！？!?：:]{1,20})")


_RUN_AFTER_NOUN = re.compile(r"(?:就是|叫做|叫|是|为)?([^，,；;。！？!?：:]{1,20})")


class _RunHit:
    def __init__(self, start: int, item: re.Match) -> None:
        self._start, self._item = start, item

    def start(self, group: int = 0) -> int:
        return self._item.start(1) if group else self._start

    def end(self, group: int = 0) -> int:
        return self._item.end(1) if group else self._item.end()

    def group(self, group: int = 0) -> str:
        return self._item.group(1) if group else self._item.string[self._start : self._item.end()]


class _RunOpener:
    """``，一个模型是A`` / ``，一个叫A`` / ``；第二部分回到…`` at a position: a fixed prefix, the
    frame's noun as a string test, then what names the item — one set of fixed patterns for
    every noun (a regex per noun made the regex cache churn over a corpus)."""

    def __init__(self, noun: str) -> None:
        self.noun = noun

    def match(self, text: str, pos: int) -> _RunHit | None:
        prefix = _RUN_PREFIX.match(text, pos)
        if not prefix:
            return None
        ends = [prefix.end()] + ([prefix.start(1)] if prefix.group(1) else [])
        for end in ends:
            if self.noun and text.startswith(self.noun, end):
                item = _RUN_AFTER_NOUN.match(text, end + len(self.noun))
                if item:
                    return _RunHit(pos, item)
            item = _RUN_NAMED.match(text, end)
            if item:
                return _RunHit(pos, item)
        return None


def run_after(lay: Layout, m) -> Items | None:
    """现在有三个模型：一个模型是A，一个模型是B，还有一个模型是C / 两个工厂，一个叫A，一个叫B:
    the items open the clauses right after the frame, each with 一个 (另一个, 还有一个 …),
    the frame's noun or none, and a word that names it (是, 叫, 就是)."""
    text = lay.paragraphs[m.paragraph].text
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|类|座|家|项|件)?", "", m.phrase)[-2:]
    opener = _RunOpener(noun)  # 一个是A / 一部分回到研发 (the noun said again needs no 是)
    # 一个是管道一个是云: the next 一个是 may follow with no mark between
    loose = re.compile(
        r"(?:[，,：:；;]\s*)?(?:还有|另外|再|又)?(?:另)?一(?:个|种|条)(?:就是|叫做|叫|是)"
        r"([^，,；;。！？!?：:]{1,20})"
    )
    end = sentence_end(text, m.end)
    pos = m.end
    # the items follow at once, or after a short predicate (两个部门是不下放的，一个是…)
    lead = re.match(
        r"[”’」\"]?(?:(?:都?是[^，,。；;：:！？!?]{1,6}(?=[，,：:]\s*一))|是|有|为)?", text[pos:]
    )
    pos += lead.end() if lead else 0
    items: list[str] = []
    spans: list[Span] = []
    while len(items) < m.number + 1:
        hit = opener.match(text, pos)
        skipped = 0
        while not hit and items and skipped < 2:
            # 一个就是交付，端到端的交付，一个是财务管理: an item's clause may run on
            # for a clause or two before the next one opens
            more = re.compile(r"[^，,；;。！？!?：:]*").match(text, pos + 1)
            pos, skipped = more.end(), skipped + 1
            hit = opener.match(text, pos)
        if not hit or hit.start(1) > end:
            break
        item_end = hit.end(1)
        inner = re.search(r"(?:另)?一(?:个|种|条)(?:就是|叫做|叫|是)", hit.group(1))
        if inner and inner.start() >= 1:
            item_end = hit.start(1) + inner.start()  # 一个是管道一个是云: two in one clause
        items.append(text[hit.start(1) : item_end])
        spans.append(Span(m.paragraph, hit.start(1), item_end))
        pos = hit.end()
        if text[item_end : item_end + 1] in ("？", "?"):
            # 两个问题，一个是A怎么办？一个是B怎么办？: each item a question of its own
            end = sentence_end(text, item_end + 1)
        if item_end < hit.end(1):
            nxt = loose.match(text, item_end)
            if nxt:
                items.append(nxt.group(1))
                spans.append(Span(m.paragraph, nxt.start(1), nxt.end(1)))
                pos = nxt.end()
    if len(items) != m.number:
        return None
    return items, spans, "inline"


# 一条，… / 另一种… / 一部分人… (另一部分人则…) / 第三部分是…: the opening of one part of a whole
_ONE_OPENS = re.compile(
    rf"\s*(?:(?:另)?一(?:条|种|个|类|方面|部分人|部分|是)|第{_NUM}{{1,2}}(?:条|种|个|类|方面|部分))"
    r"(?:则|却|也|就)?[，,：:是]?"
)


def repeated_one(lay: Layout, m) -> Items | None:
    """右派有两条出路。一条，夹紧尾巴……。一条，继续胡闹……: the items open the sentences
    right after the frame with 一条 / 一种 / 一个 (or 另一…)."""
    text = lay.paragraphs[m.paragraph].text
    end = m.end
    while end < len(text) and text[end] not in "。！？!?":
        end += 1
    items: list[str] = []
    spans: list[Span] = []
    pos = end + 1
    for _ in range(m.number):
        found = None
        for _skip in range(4):  # a part's sentence may run on for a few more sentences
            found = _ONE_OPENS.match(text, pos)
            if found or pos >= len(text):
                break
            while pos < len(text) and text[pos] not in "。！？!?":
                pos += 1
            pos += 1
        if not found:
            return None
        item = first_clause(text[found.end() :])
        if not item:
            return None
        items.append(item)
        spans.append(Span(m.paragraph, found.end(), found.end() + len(item)))
        stop = found.end()
        while stop < len(text) and text[stop] not in "。！？!?":
            stop += 1
        pos = stop + 1
    return items, spans, "inline"


# ，一是 / ：第一个， right after the count: the first ordinal of a run, in the count's sentence
_FIRST_AFTER = re.compile(r"[”’」\"]?[，,：:]\s*")


def run_over_break(lay: Layout, m) -> Items | None:
    """有两个问题，一是这次地震…（line break）第二个问题是几大运营商重组后…: the first item follows
    the count in its own sentence, the others open the paragraphs right after it, one each,
    in order (a question split over lines, a heading whose text runs on below it)."""
    text = lay.paragraphs[m.paragraph].text
    lead = _FIRST_AFTER.match(text, m.end)
    if not lead or m.number < 2:
        return None
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)[-2:]
    first = ordinal_at(text, lead.end(), noun)
    if not first or first[0] != 1:
        return None
    if ordinal_items(text, lead.end(), noun):
        return None  # the run goes on in the paragraph: not split over lines
    item = item_clause(text[first[1] :])
    items, spans = [item], [Span(m.paragraph, first[1], first[1] + len(item))]
    for k in range(2, m.number + 1):
        index = m.paragraph + k - 1
        if index >= len(lay.paragraphs):
            return None
        para = lay.paragraphs[index].text
        got = ordinal_at(para, 0, noun)
        if not got or got[0] != k:
            return None
        item = item_clause(para[got[1] :])
        items.append(item)
        spans.append(Span(index, got[1], got[1] + len(item)))
    after = m.paragraph + m.number
    if after < len(lay.paragraphs):
        more = ordinal_at(lay.paragraphs[after].text, 0, noun)
        if more and more[0] == m.number + 1:
            return None  # 第三个… follows: a longer run than the count
    if any(not 2 <= len(i) <= 40 for i in items):
        return None
    return items, spans, "ordinals"
