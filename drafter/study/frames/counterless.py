"""Formulas written with no counter word: a number and one character (两极, 两派, 三线), kept
only when the text spells their items in the shape that defines them (一极是A，另一极是B / 有两派：
左派和右派); N X M Y pairs (四组一队, 三严三实, not the sayings 三下三上); and formulas of union
or action (三权分立, 五位一体, 两手抓, 三步走). Read after every counted mention is known, for
the places no mention took."""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, not_after
from drafter.study.model import Frame, Span

_COUNTER_CHARS = frozenset(
    "个点项条大种类句件层方位名只次年月天日时岁倍分元块张台辆本份斤里米尺寸户口间座股批群对双副套支把"
)
# Characters after a number that make a word, not a formula (两岸, 三农 are words too,
# but they are never followed by their items in the defining shape, so they fall out).
_NOT_FORMULA = frozenset("十百千万亿两一二三四五六七八九零〇第是")
_RE_BARE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇0-9０-９.这那此每各', '[二三四五六七八九十两]')})"
    r"([\u4e00-\u9fff])(?=[，,：:；;。\s]|最|都|是)"
)
_PAIR_TEMPLATE = (
    r"一{x}(?:就是|是|为|叫)?[，,]?([^，,；;。！？]{{1,30}})[^。！？]{{0,60}}?[，,；;]\s*"
    r"(?:另外一|另一|另){x}(?:就是|是|为|叫)?[，,]?([^，,；;。！？]{{1,30}})"
)


def counterless_frames(lay: Layout, taken: set[tuple[int, int]]) -> list[Frame]:
    """Frames written as a number and one character with no counter (两极, 两派) whose items
    the text spells out at once; ``taken`` holds (paragraph, start) of mentions already
    found, which are skipped."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_BARE):
        text = para.text
        if (para.index, m.start()) in taken:
            continue
        x = m.group(2)
        if x in _COUNTER_CHARS or x in _NOT_FORMULA:
            continue
        number = parse_cn_number(m.group(1))
        if not number or number < 2 or number > 9:
            continue
        found = _pair_items(text, m, x) if number == 2 else None
        found = found or _suffix_items(text, m, x, number)
        found = found or _divided_items(text, m, number)
        found = found or _said_items(text, m, number)
        if not found:
            continue
        items, spans = found
        span = Span(para.index, m.start(), m.end())
        frame = Frame(m.group(0), number, span, items, [Span(para.index, a, b) for a, b in spans])
        frame.source = "inline"
        out.append(frame)
    return out


def _pair_items(text: str, m: re.Match, x: str):
    """两极，一极就是A；另外一极是B: the pair opens the rest of the sentence."""
    # the pair opens on 一 and the character at most 8 after the count: where it does not, no
    # pattern is compiled for the character
    first = text.find("一" + x, m.end())
    if first < 0 or first - m.end() > 8:
        return None
    rx = re.compile(_PAIR_TEMPLATE.format(x=re.escape(x)))
    found = rx.search(text, m.end())
    if not found or found.start() - m.end() > 8:
        return None
    return (
        [found.group(1).strip(), found.group(2).strip()],
        [found.span(1), found.span(2)],
    )


def _suffix_items(text: str, m: re.Match, x: str, number: int):
    """有两派：左派和右派 / 分三线：一线、二线、三线: after a colon within a few characters,
    exactly ``number`` items, each ending in the formula's character."""
    colon = re.compile(r"[\u4e00-\u9fff]{0,6}[：:]").match(text, m.end())
    if not colon:
        return None
    start = colon.end()
    stop = re.compile(r"[。；;！？!?]").search(text, start)
    end = stop.start() if stop else len(text)
    clause = re.split(r"[，,]", text[start:end], maxsplit=1)[0]
    parts = [p for p in re.split(r"[、]|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])", clause)]
    if len(parts) != number or any(not p.endswith(x) or len(p) < 2 for p in parts):
        return None
    spans = []
    pos = start
    for p in parts:
        at = text.find(p, pos)
        spans.append((at, at + len(p)))
        pos = at + len(p)
    return parts, spans


def _said_items(text: str, m: re.Match, number: int):
    """除四害，即…老鼠（…），麻雀（…），苍蝇，蚊子: the items named after 即 (就是 is a copula
    too often: 三整，就是用…的方法) in the
    rest of the sentence, asides in brackets left out."""
    said = re.compile(r"[，,]?即").match(text, m.end())
    if not said:
        return None
    stop = re.compile(r"[。；;！？!?]").search(text, said.end())
    end = stop.start() if stop else len(text)
    clause = re.sub(r"[（(][^）)]*[）)]", lambda g: " " * len(g.group()), text[said.end() : end])
    items, spans, pos = [], [], said.end()
    for part in re.split(r"[，,、]", clause):
        item = part.strip()
        if item:
            at = text.find(item, pos)
            items.append(item)
            spans.append((at, at + len(item)))
        pos += len(part) + 1
    if len(items) != number or any(len(i) > 14 for i in items):
        return None
    return items, spans


_DIVIDES = re.compile(r"(?:分|分为|分成|划为|划分为|有)$")


def _divided_items(text: str, m: re.Match, number: int):
    """资金管理分三级，A是…；B主要是…；C进行操作: a whole divided into ``number`` parts,
    one per semicolon-separated clause of the sentence; each item is the clause's subject
    (its words before 是 / 主要 / 负责 / 进行 …, or its first clause)."""
    if not _DIVIDES.search(text[max(0, m.start() - 3) : m.start()]):
        return None
    if text[m.end() : m.end() + 1] not in ("，", ",", "：", ":"):
        return None
    start = m.end() + 1
    stop = re.compile(r"[。！？!?]").search(text, start)
    end = stop.start() if stop else len(text)
    segments = re.split(r"[；;]", text[start:end])
    if len(segments) != number:
        return None
    items, spans = [], []
    pos = start
    for seg in segments:
        head = re.split(r"[，,]|是|主要|负责|进行", seg, maxsplit=1)[0].strip()
        if not 2 <= len(head) <= 14:
            return None
        at = text.find(head, pos)
        items.append(head)
        spans.append((at, at + len(head)))
        pos = at + len(seg)
    return items, spans


_RE_PAIRED = re.compile(
    "(" + not_after('一二三四五六七八九十两百千万第“"‘', "[二三四五六七八九两]") + ")"
    r"([\u4e00-\u9fff])([一二三四五六七八九两])([\u4e00-\u9fff])"
    r"(?=[，,。、；;：:！？!?）)”\"’」\s]|的|和|与|及|工作|建设|活动|要求|制度|精神)"
)
# 六届六中, 九比一, 合二为一: a session, a ratio, a saying — not a formula
_NOT_PAIRED = frozenset("届比为中带定起个么抹毛點")
_IDIOMS = frozenset(["九死一生", "三思一行"])


# pairs of opposites: 三下三上, 三起三落, 三荤三素, 三盈三虚 go back and forth between the two, a
# saying of how often, with no parts to learn (三严三实, 三保三压 pair no opposites of this kind)
_OPPOSITES = frozenset(
    [
        "上下",
        "起落",
        "进出",
        "出入",
        "进退",
        "盈虚",
        "盈亏",
        "荤素",
        "长短",
        "高低",
        "左右",
        "前后",
        "来去",
        "生死",
        "真假",
        "升降",
        "浮沉",
        "得失",
        "有无",
        "开合",
        "收放",
        "聚散",
        "离合",
        "沉浮",
        "去留",
    ]
)


def opposites_saying(text: str) -> bool:
    """Whether ``text`` is one number twice with two opposites (三下三上, 三荤三素, 三盈三虚): a
    saying of going back and forth between them, no formula with parts (三严三实, 三保三压)."""
    m = re.fullmatch(r"([二三四五六七八九十两])([\u4e00-\u9fff])\1([\u4e00-\u9fff])", text)
    return bool(m) and (
        m.group(2) + m.group(3) in _OPPOSITES or m.group(3) + m.group(2) in _OPPOSITES
    )


def paired_formulas(
    lay: Layout, taken: set[tuple[int, int]], spans: tuple[Span, ...] = ()
) -> list[Frame]:
    """Unquoted formulas of the shape N X M Y where M is 一 or N (四组一队, 三会一课,
    三严三实): mentioned frames, number N. Idioms with two numbers (三心二意, 五湖四海)
    have M different from both and fall out; so does the tail of a longer formula already
    found (``spans``: 三会两制一课 holds 两制一课, one formula, not two)."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_PAIRED):
        if (
            (para.index, m.start()) in taken
            or any(s.paragraph == para.index and s.start < m.start() < s.end for s in spans)
            or m.group(0) in _IDIOMS
            or opposites_saying(m.group(0))
        ):
            continue
        n, x, k, y = m.groups()
        if k != "一" and k != n:
            continue
        if {x, y} & _NOT_PAIRED or x in _NOT_FORMULA or y in _NOT_FORMULA:
            continue
        if x in _COUNTER_CHARS:
            continue
        number = parse_cn_number(n)
        if not number or number < 2:
            continue
        out.append(Frame(m.group(0), number, Span(para.index, m.start(), m.end())))
    return out


# 三权分立, 四统一, 五位一体, 三医联动, 五措并举: a number, at most one character, and a
# word that makes the parts one whole — a formula, named even when its parts are not
_COLLECTIVE = "统一|分立|一体|合一|并举|并重|联动|同步|结合|融合|协同|共管|齐抓|分开|分离"
_RE_COLLECTIVE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九十两]')})"
    rf"([\u4e00-\u9fff]?)({_COLLECTIVE})"
)
# 两岸统一, 两党合作, 三者结合, 四是融合, 两个同时: a word, a pronoun, an ordinal, a count
_NOT_COLLECTIVE = frozenset("岸党者是个种方国边角面家")


# 两步走, 三步走, 两手抓, 两条腿走路: a number and a verb of action, a formula of how to act
_RE_ACTION = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九两]')})"
    r"(步走|手抓|手硬|手并用|条腿走路)"
)


def collective_formulas(lay: Layout, taken: set[tuple[int, int]]) -> list[Frame]:
    """Unquoted formulas N (X) + a word of union or division (三权分立, 四统一, 五位一体) or
    of action (三步走, 两手抓): mentioned frames of number N; ``taken`` as in
    :func:`counterless_frames`."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_ACTION):
        if (para.index, m.start()) not in taken:
            number = parse_cn_number(m.group(1))
            out.append(Frame(m.group(0), number, Span(para.index, m.start(), m.end())))
    for para, m in lay.sparse_hits(_RE_COLLECTIVE):
        if (para.index, m.start()) in taken or m.group(2) in _NOT_COLLECTIVE:
            continue
        number = parse_cn_number(m.group(1))
        if number and number >= 2:
            out.append(Frame(m.group(0), number, Span(para.index, m.start(), m.end())))
    out.sort(key=lambda f: (f.span.paragraph, f.span.start))
    return out


def union_or_action(phrase: str) -> bool:
    """Whether ``phrase`` is a whole formula of union or action (三权分立, 两条腿走路, 两手抓):
    a formula no count-of-things rule may drop (:mod:`~drafter.study.frames.pruning`)."""
    return bool(_RE_ACTION.fullmatch(phrase) or _RE_COLLECTIVE.fullmatch(phrase))
