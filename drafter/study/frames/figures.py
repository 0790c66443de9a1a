"""Counts written in figures whose items the same clause has just spelled out.

Modern reports count in Arabic figures (4个集群, 3件事, 2支基金, ７个项目) where older texts and
speeches write 四个, 三件. Most such counts are plain quantities (亿元以上项目4000个, 5项预期性指标,
宜川、平利等5个县区): the number is no evidence of a summary. The evidence is the items: the
clause right before the count names every one of them, joined by 、 (the last perhaps by 和/及/与,
the list perhaps closed by 等) — 航空、机器人及智能制造、工业母机、绿色石化4个集群, 产业、科创2支基金,
戏曲、话剧…杂技等７个项目 (gold b13, b31, call 10: abstract kinds before a count are frames). A
list only begun (光电、制储氢等10个…) is left to the other rules. Named units are no frame even so
(gold b31, call 2: 沈阳化工新材料、盘锦精细化工2个平台, 长白山、三江、吉光3个省实验室; b13's
荆州、孝感、黄冈3个…城市): a list whose parts open on the name of a place, person or body is
refused.
"""

from __future__ import annotations

import re

from drafter.study.frames.nouns import noun_after
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.words import tagged

_FIGURE_COUNT = re.compile(
    r"(?<![0-9０-９.．%~～\-—+＋／/:：])([0-9０-９]{1,2})(个|大|件|支|项|类|种|条)(?=[\u4e00-\u9fff“])"
)
_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")
# what ends the clause a list of parts must fill (quotes stay: 渔船“木改钢”)
_CLAUSE_STOP = re.compile(r"[，,。；;：:！？!?（）()\n]")
_LAST_PAIR = re.compile(r"(?<=..)(?:以及|和|及|与)(?=..)")
_PROPER = frozenset(("ns", "nr", "nrt", "nt", "nz", "nrfg"))


def figure_lists(lay: Layout, covered: set[tuple[int, int]]) -> list[Frame]:
    """Every count of 2-12 in figures (4个集群, ７个项目) that closes a list of exactly as many
    parts in its own clause, as a listed frame of the figure, counter and noun with those parts
    for items; none inside a frame already made (``covered`` holds (paragraph, character)
    pairs), none whose parts name places, persons or bodies."""
    out: list[Frame] = []
    for para in lay.figured():  # a count in figures needs one
        text = para.text
        for m in _FIGURE_COUNT.finditer(text):
            number = int(m.group(1).translate(_WIDE))
            if not 2 <= number <= 12 or (para.index, m.start()) in covered:
                continue
            noun = noun_after(text[m.end() :])
            if not noun:
                continue
            read = listed_parts(text, m.start(), number)
            if read is None or names_units(read):
                continue
            spans, pos = [], m.start()
            for part in reversed(read):
                at = text.rfind(part, 0, pos)
                spans.insert(0, Span(para.index, at, at + len(part)))
                pos = at
            end = m.end() + len(noun_phrase(text[m.end() :]) or noun)
            frame = Frame(text[m.start() : end], number, Span(para.index, m.start(), end))
            frame.items, frame.item_spans, frame.source = read, spans, "inline"
            out.append(frame)
    return out


# words that end the noun a figure counts (全部挂牌, 及相关, 获评): verbs, adverbs, particles …
_NOT_NOUN = ("v", "c", "d", "p", "r", "f", "x", "y", "t", "vd", "ad", "zg")
_ENDS = frozenset(("全部", "全面", "等"))


def noun_phrase(after: str) -> str:
    """The noun phrase a figure counts, up to ten characters, as the text writes it (万亿级新兴
    支柱产业, 聚力攻坚专项, 要素交易服务平台): the words up to the first verb, adverb, particle or
    stop; the first word is always part of it (封关政策)."""
    out = ""
    for k, (word, tag) in enumerate(tagged(after[:12])):
        if k and (tag.startswith(_NOT_NOUN) and tag != "vn" or word in _ENDS):
            break
        if not re.fullmatch(r"[\u4e00-\u9fff]+", word) or len(out + word) > 10:
            break
        out += word
    return out


def listed_parts(text: str, start: int, number: int) -> list[str] | None:
    """The ``number`` parts the clause before ``start`` consists of (A、B、C; A、B和C; A、B、C等),
    each of 2 to 16 characters with no figure in it; the first loses the words that open its
    clause (突出抓好渔船“木改钢” -> 渔船“木改钢”) while it is longer than the longest other.
    None when the clause is not such a list."""
    clause_start = max((m.end() for m in _CLAUSE_STOP.finditer(text, 0, start)), default=0)
    clause = text[clause_start:start]
    if clause.endswith("等"):
        clause = clause[:-1]
    parts = clause.split("、")
    if len(parts) == number - 1:
        pair = _LAST_PAIR.split(parts[-1], maxsplit=1)
        if len(pair) != 2:
            return None
        parts = [*parts[:-1], *pair]
    if len(parts) != number:
        return None
    parts[0] = _first_part(parts[0], max(len(p) for p in parts[1:]))
    if not all(2 <= len(p) <= 16 and not re.search(r"[0-9０-９等]", p) for p in parts):
        return None
    return parts


# the words that open a clause before its list (打造, 做强, 成功创建, 并且, 对, 将): no part of the
# first item
_LEADING = ("v", "p", "c", "d", "a", "ad", "m", "q", "t")


def _leading(word: tuple[str, str], gone: tuple[str, str]) -> bool:
    """Whether a tagged word opens the clause rather than the first item: a verb, adverb,
    preposition or figure, or the whole of an area (全省技术 -> 技术); an adjective of one
    character only as the complement of a verb of one just gone (做强稻米 -> 稻米; 新材料 stays)."""
    if word[1] == "a" and len(word[0]) == 1:
        return gone[1] == "v" and len(gone[0]) == 1
    return (
        word[1] in _LEADING
        or word[0].isdigit()
        or word[0] in ("全省", "全市", "全区", "全国", "全县")
    )


def _first_part(part: str, longest: int) -> str:
    """The first part of a list without the words of its clause before it: leading verbs,
    adverbs, prepositions and figures go (打造高端装备 -> 高端装备, 做强稻米 -> 稻米); while what
    is left still holds a verb of two characters before its last word (碳达峰 and 足迹管控 are
    nouns), a preposition or a figure and is longer than the longest other part, its first word
    goes too, and a verbal noun opening what is left with it (将16支…基金整合为产业 -> 产业,
    并且规定对戏曲 -> 戏曲, 今年重点培育新材料 -> 新材料)."""
    cut = tagged(part)

    def rest(k: int) -> int:
        return len("".join(w for w, _ in cut[k:]))

    cutting = False  # once a word of the clause went, a verbal noun opening the rest goes too
    while True:
        gone = ("", "")
        while (
            len(cut) > 1
            and (_leading(cut[0], gone) or (cutting and cut[0][1] == "vn"))
            and rest(1) >= 2
        ):
            gone, cut = cut[0], cut[1:]
        busy = any(
            t in ("p", "m") or (t in ("v", "vn") and len(w) > 1 and k < len(cut) - 1)
            for k, (w, t) in enumerate(cut)
            if k
        )
        if not (len(cut) > 1 and busy and rest(0) > longest and rest(1) >= 2):
            return "".join(w for w, _ in cut)
        cut, cutting = cut[1:], True


def names_units(parts: list[str]) -> bool:
    """Whether half the parts or more open on the name of a place, person or body (沈阳化工新材料,
    盘锦精细化工; 长春、白山): named units counted, not kinds a summary gathers."""
    named = 0
    for part in parts:
        tags = [t for _, t in tagged(part.strip('“”"‘’'))]
        while len(tags) > 1 and tags[0] in (*_LEADING, "vn"):
            tags = tags[1:]  # 建设金凤: the name after the verb left in the part
        if tags and tags[0] in _PROPER:
            named += 1
    return 2 * named >= len(parts)
