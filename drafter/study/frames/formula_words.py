"""A formula's items read off its own name, anywhere in the text: the words a formula of a
number and a character abbreviates (“五业”: 产业就业创业行业企业), and the list a formula of a number
and a noun counts (四个现代化: 农业、工业、国防和科学技术现代化). Apart from the other readers, which
look only around the count: these read the whole text for the words the formula's name
implies."""

from __future__ import annotations

import functools
import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import item_spans
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.words import tagged, words

# a formula of a number and one character (三资, 五业, 三定), quoted or not
_ABBREVIATION = re.compile(r"[“\"]?([一二三四五六七八九十两])([\u4e00-\u9fff])[”\"]?")


_SENTENCE_STOP = re.compile(r"[。！？!?；;]")


@functools.lru_cache(maxsize=512)
def _abbreviation_runs(char: str) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """The words holding ``char`` first or last and the pattern of a run of them, for
    :func:`abbreviated_words`, compiled once for each character."""
    out = []
    for word in (f"{char}[\u4e00-\u9fff]", f"[\u4e00-\u9fff]{char}"):
        out.append((re.compile(word), re.compile(rf"{word}(?:、?{word})+")))
    return tuple(out)


def abbreviated_words(lay: Layout, span: Span, phrase: str) -> tuple[list[str], list[Span]] | None:
    """The items of a formula that abbreviates them (三资, 五业, 三定: a number and a character
    each item holds), when its own sentence writes exactly that many words of two characters
    holding that character at the same place, each one word, as one list, run together or
    parted by 、 (加强产业就业创业行业企业“五业”联动; 搞了一个“三定”，就是定产定购定销;
    国有资源、资产、资金)
    — the README's session-32 ruling, point 1; None otherwise (words scattered over the sentence
    are no list)."""
    m = _ABBREVIATION.fullmatch(phrase)
    number = parse_cn_number(m.group(1)) if m else None
    if not m or not number or not 2 <= number <= 8:
        return None
    char = m.group(2)
    text = lay.paragraphs[span.paragraph].text
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, span.start)), default=0)
    stop = _SENTENCE_STOP.search(text, span.end)
    hi = stop.start() if stop else len(text)
    found: list[tuple[list[str], list[Span]]] = []
    for which in (0, 1):
        for a, b in ((lo, span.start), (span.end, hi)):
            if text.count(char, a, b) < number:
                continue  # fewer than number words hold the character: no list here
            word, run = _abbreviation_runs(char)[which]
            for hit in run.finditer(text, a, b):
                items = word.findall(hit.group().replace("、", ""))
                if (
                    len(items) == number
                    and len(set(items)) == number
                    and all(words(item) == [item] for item in items)  # 是定产定购定: 是定 no word
                ):
                    found.append((items, item_spans(text, span.paragraph, items, hit.start(), b)))
    return found[0] if len(found) == 1 else None


# a formula of a number, a counter and the noun each item ends on (四个现代化, 四个意识; not
# 三服务, whose 综合服务、协调服务、对上服务 are services of another kind)
_HEADED_FORMULA = re.compile(r"[“\"]?([三四五六七八九])(?:个|大|项|种)([\u4e00-\u9fff]{2,3})[”\"]?")


_HEAD = "[\u4e00-\u9fff]{1,8}?"
# what parts a list's items (A、B和C)
_LIST_MARK = re.compile(r"[、和与及]")


def _trimmed_heads(parts: list[str]) -> list[str] | None:
    """The heads of a list whose first part runs on from the words before it (建设成为农业 ->
    农业): the first keeps its last word, and the word before when that alone is shorter than
    every other head; None when a head is empty or longer than four characters, or two are
    the same."""
    shortest = min(len(p) for p in parts[1:])
    cut = words(parts[0]) or [""]
    first = cut[-1]
    if len(first) < shortest and len(cut) > 1:
        first = cut[-2] + first
    heads = [first, *parts[1:]]
    if any(not 2 <= len(h) <= 4 or _NOT_A_HEAD.search(h) for h in heads):
        return None
    return heads if len(set(heads)) == len(heads) else None


def _a_noun(word: str) -> bool:
    """Whether ``word`` reads as one noun (农业, 科学技术; not 学习, 扶助工农)."""
    tags = tagged(word)
    return len(tags) == 1 and tags[0][1][:1] in ("n", "s", "j")


# what no head of a listed kind holds: particles, pointers, numerals (各乡, 另一, 教育等项)
_NOT_A_HEAD = re.compile(r"[的地得等各这那此其个些项一二三四五六七八九十两而和与及或之]")


@functools.lru_cache(maxsize=512)
def _each_pattern(noun: str, number: int) -> re.Pattern:
    """The list of :func:`headed_list_anywhere` whose items each end on the noun, compiled once
    for each escaped noun and count (compiling it cost mining more than searching with it)."""
    return re.compile(
        rf"({_HEAD}){noun}(?:[、和与及]({_HEAD}){noun}){{{number - 1}}}(?![\u4e00-\u9fff])"
    )


@functools.lru_cache(maxsize=512)
def _once_pattern(noun: str, number: int) -> re.Pattern:
    """The list of :func:`headed_list_anywhere` with the noun once after the heads, parted by 、
    and the last joined by 和/与/及 (A、B、C和D现代化; 更有实力、更具活力、更为自信 or 工人、农民、
    知识分子代表 run on, they close no list), compiled once for each escaped noun and count."""
    return re.compile(rf"({_HEAD})(?:、{_HEAD}){{{number - 2}}}[和与及]{_HEAD}的?{noun}")


def _may_hold_each(text: str, noun: str, number: int) -> bool:
    """Whether ``text`` may hold :func:`_each_pattern`'s list: it writes the noun ``number``
    times. A test the list cannot fail, so a paragraph failing it is skipped without compiling
    the pattern (each new noun's patterns cost ~3 ms to compile, most find nothing)."""
    return text.count(noun) >= number


def _may_hold_once(text: str, noun: str, number: int) -> bool:
    """Whether ``text`` may hold :func:`_once_pattern`'s list: it writes ``number - 2`` 、, and
    some noun has a 、 at most 19 characters before it and a 和/与/及 at most 10 before it (the
    last 、, a head of up to 8, the conjunction, a head of up to 8, 的). Like
    :func:`_may_hold_each`, a test the list cannot fail."""
    if text.count("、") < number - 2:
        return False
    at = text.find(noun)
    while at >= 0:
        near = text[max(0, at - 19) : at]
        if "、" in near and any(c in near[-10:] for c in "和与及"):
            return True
        at = text.find(noun, at + 1)
    return False


def _noun_cut(text: str, noun: str, with_de: bool) -> str:
    """``text`` without the noun that ends it (and the 的 before it when ``with_de``): what
    ``re.sub(r"的?NOUN$", "", text)`` gives for a text of no line break, without a pattern
    per noun in re's cache."""
    if with_de and text.endswith("的" + noun):
        return text[: -len(noun) - 1]
    return text[: -len(noun)] if noun and text.endswith(noun) else text


def headed_list_anywhere(lay: Layout, phrase: str) -> tuple[list[str], list[Span]] | None:
    """The items of a formula that counts things by the noun each ends on (四个现代化, 四个意识:
    a number, a counter and a noun of two or three characters), when the text writes exactly
    that many of them as one list somewhere — each with the noun (政治意识、大局意识、核心意识、
    看齐意识) or the noun once after their heads (农业、工业、国防和科学技术现代化) — the gold
    README's session-32 ruling, point 1, for a formula whose items the body names as a list
    away from it (b33's 2017 四个意识, b12's 1978 四个现代化). The heads are the items when the
    noun is written once, the whole words when each holds it; None when the text writes no such
    list, or two different ones."""
    m = _HEADED_FORMULA.fullmatch(phrase)
    number = parse_cn_number(m.group(1)) if m else None
    if not m or not number or not 3 <= number <= 8:
        return None  # a pair of X-words (资产阶级和小资产阶级) stands anywhere: no evidence
    word = m.group(2)
    noun = re.escape(word)
    found: dict[tuple[str, ...], tuple[int, int, str]] = {}
    # both patterns write the noun: a paragraph without it holds no list (most paragraphs)
    paragraphs = [p for p in lay.paragraphs if m.group(2) in p.text]
    for para in paragraphs:
        text = para.text
        for whole in (True, False):
            if whole and not _may_hold_each(text, word, number):
                continue
            if not whole and not _may_hold_once(text, word, number):
                continue
            rx = _each_pattern(noun, number) if whole else _once_pattern(noun, number)
            for hit in rx.finditer(text):
                body = hit.group()
                if not whole:
                    body = _noun_cut(body, word, with_de=True)
                parts = _LIST_MARK.split(body)
                # where the list opens in the hit (the heads' words, the noun each time or not)
                start = hit.start() + len(body) - len("".join(parts)) - (len(parts) - 1)
                if whole:
                    parts = [_noun_cut(p, word, with_de=False) for p in parts]
                if len(parts) != number or any(m.group(2) in p for p in parts):
                    continue
                heads = _trimmed_heads(parts)
                if heads is None or not (whole or all(_a_noun(h) for h in heads)):
                    continue  # 学习、批判和总结经验结合: actions, the noun is no thing they are
                items = [h + m.group(2) for h in heads] if whole else heads
                found.setdefault(tuple(items), (para.index, start, text))
    if len(found) != 1:
        return None
    ((items, (paragraph, start, text)),) = found.items()
    return list(items), item_spans(text, paragraph, list(items), start, len(text))
