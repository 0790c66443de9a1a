"""A count's items as the ordinals after it: 一是…二是…, 第一…第二…, in its paragraph or the
paragraphs after it, read with the noun the ordinals repeat (三个时期 -> 第一个时期:
:func:`~drafter.study.frames.item_words.frame_noun`). A finder of
:func:`~drafter.study.frames.finders.resolve`.
"""

from __future__ import annotations

import re

from drafter.study.frames.item_words import Items, frame_noun
from drafter.study.frames.mention import NUMERAL, Mention
from drafter.study.frames.pair_items import named_pair
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import ordinal_at, ordinal_items, sentence_end
from drafter.study.text import item_clause


def ordinals_after(lay: Layout, m: Mention) -> Items | None:
    """一是…二是… / 第一…第二…: the ordinal run after the count, in its paragraph or opening the
    paragraphs after it (a named part such as 第二部分 may run over several), exactly as the
    count numbers them; a run that goes past the count, or belongs to a heading's
    sub-headings, is not its items."""
    text = lay.paragraphs[m.paragraph].text
    pair = named_pair(text, m.end, m)
    if pair:
        return pair
    noun = frame_noun(m)
    found = ordinal_items(text, m.end, noun)
    if found and found[0][1] > sentence_end(text, sentence_end(text, m.end) + 1) + 4:
        found = None  # a run two sentences on belongs to something said in between
    opening = ordinal_at(text, m.end + 1, noun) if text[m.end : m.end + 1] in "，,：:" else None
    if not found and m.number == 2 and noun and opening and opening[0] == 1:
        item = item_clause(text[opening[1] :])  # 有两种世界革命，第一种是A。…第二种世界革命，即B
        found = [(item, opening[1])] if item and len(item) <= 40 else None
    if found and len(found) == m.number - 1 and noun:
        last = _last_named(text, found[-1][1] + len(found[-1][0]), m.number, noun)
        if last:  # 第一个，A。第二个，B。只有第三个方向，C: the last ordinal inside a sentence
            found = [*found, last]
    if found and len(found) >= 2:
        return (
            [t for t, _ in found],
            [Span(m.paragraph, a, a + len(t)) for t, a in found],
            "ordinals",
        )
    # Items each opening a paragraph of their own (一是… / 第一，…) right after the mention,
    # when the outline kept them as prose.
    node = lay.by_paragraph.get(m.paragraph)
    limit = node.end if node else len(lay.paragraphs)
    in_heading = bool(node and m.paragraph == node.heading)
    if in_heading and node.children:
        return None  # a heading's frame counts its sub-headings (_sections)
    run = _run_in_next(lay, m, noun, limit)
    if run:
        return run
    items: list[str] = []
    spans: list[Span] = []
    expected = 1
    # 关注三个文件。第一个文件…（next paragraph）第二个文件…: the first item may open the
    # sentence right after the frame, the others their own paragraphs
    next_start = sentence_end(text, m.end) + 1
    first = ordinal_at(text, next_start, noun) if next_start < len(text) else None
    if first and first[0] == 1:
        item = item_clause(text[first[1] :])
        items.append(item)
        spans.append(Span(m.paragraph, first[1], first[1] + len(item)))
        expected = 2
    # ordinals that repeat the frame's noun (第二部分, 第三个文件) may stand a paragraph or
    # two apart, the part's own paragraphs between them
    named = noun or None  # 第二部分 / 第三个文件: an ordinal with the noun (see _names_part)
    span_max = (3 if named else 2) * m.number
    for idx in range(m.paragraph + 1, min(limit, m.paragraph + 1 + span_max)):
        para = lay.paragraphs[idx]
        if para.is_heading:
            break
        got = ordinal_at(para.text, 0, noun)
        if got is None:
            if items and named and _names_part(lay.paragraphs[spans[-1].paragraph].text, named):
                continue  # a named part runs on over more paragraphs
            if items or idx > m.paragraph + 2 or in_heading:
                break  # the items follow the frame at once, or they are not its items
            continue
        n, text_start = got
        if n != expected and not (n == 0 and expected > 1):
            break
        item = item_clause(para.text[text_start:])
        items.append(item)
        spans.append(Span(idx, text_start, text_start + len(item)))
        expected += 1
        if expected > m.number:
            following = idx + 1 < limit and ordinal_at(lay.paragraphs[idx + 1].text, 0, noun)
            if following and following[0] == expected:
                return None  # 第一…第四 counted by a frame of two: not this frame's items
            break
    if len(items) >= 2:
        return items, spans, "ordinals"
    return None


_CN_DIGITS = "一二三四五六七八九十"


def _run_in_next(lay: Layout, m: Mention, noun: str, limit: int) -> Items | None:
    """The whole run in the one paragraph after a count that closes its own paragraph or
    heading (4、张三：…我有两个问题 / then 第一个，A？另一个问题是：B): a run that opens that
    paragraph and numbers exactly as many items as the count. The paragraph-by-paragraph walk
    below reads one ordinal a paragraph and missed a pair asked in one breath."""
    text = lay.paragraphs[m.paragraph].text
    if text[m.end :].strip("：:。，,！!？? ") or m.paragraph + 1 >= limit:
        return None
    after = lay.paragraphs[m.paragraph + 1]
    if after.is_heading:
        return None
    opening = ordinal_at(after.text, 0, noun)
    run = ordinal_items(after.text, 0, noun) if opening and opening[0] == 1 else None
    if not run or len(run) != m.number or run[0][1] != opening[1]:
        return None
    return (
        [t for t, _ in run],
        [Span(m.paragraph + 1, a, a + len(t)) for t, a in run],
        "ordinals",
    )


def _last_named(text: str, start: int, number: int, noun: str) -> tuple[str, int] | None:
    """The last item of a run whose last ordinal stands inside a sentence with the frame's
    noun (只有第三个方向，根本放弃… / 开始了第二种世界革命，即…): the clause after it, within
    three sentences of the run's last item, or None."""
    if not 2 <= number <= 10:
        return None
    end = start
    for _ in range(3):  # the item's own sentence and two more (the first item's aside between)
        end = sentence_end(text, end) + 1
    ordinal = rf"第{_CN_DIGITS[number - 1]}(?:个|种|类|条|项|点)?[\u4e00-\u9fff]{{0,3}}?"
    hit = re.compile(ordinal + re.escape(noun)).search(text, start, end)
    if not hit:
        return None
    after = re.match(r"[，,：:]?(?:是|即|就是)?[，,]?", text[hit.end() :])
    at = hit.end() + after.end()
    item = item_clause(text[at:])
    return (item, at) if item and len(item) <= 40 else None


_PART_ORDINAL = re.compile(rf"第{NUMERAL}{{1,2}}(?:个|种|类|条|项|点)?")


def _names_part(text: str, noun: str) -> bool:
    """Whether ``text`` opens with an ordinal and ``noun`` (第二部分, 第三个文件) — a fixed
    pattern and a string test, not one regex per noun."""
    hit = _PART_ORDINAL.match(text)
    if not hit:
        return False
    if text.startswith(noun, hit.end()):
        return True
    # the optional counter may be the noun's own first character (第三个 + 个体户)
    bare = re.match(rf"第{NUMERAL}{{1,2}}", text)
    return bool(bare) and text.startswith(noun, bare.end())
