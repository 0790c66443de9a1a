"""Formulas named by their count and a word the count does not govern as a counter: doctrines
(三民主义, with the X主义 words it sums up), figures (三朵云, 两朵金花), lists of rules by whom
they bind (干部八条) and formulas named by the number of their characters (“博学、笃行、求是、
创新”八字校训, “减、快、优”三个字). Each read over the whole text after the counted mentions."""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import spans_in_order
from drafter.study.layout import Layout, not_after
from drafter.study.model import Frame, Span
from drafter.study.words import tagged, words

# 三民主义: a doctrine named by its count and the character its parts share (民族主义、民权
# 主义、民生主义) — the formula of a programme, whatever stands around it
_RE_DOCTRINE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九十]')})"
    r"([\u4e00-\u9fff])主义"
)


def doctrine_formulas(
    lay: Layout, taken: set[tuple[int, int]], known: set[str] = frozenset()
) -> list[Frame]:
    """Doctrines named by a number and one character before 主义 (三民主义): frames of that
    number, each phrase once; listed with the doctrines it sums up when the text names exactly
    that many words of the shape X?主义 sharing its character (民族主义, 民权主义, 民生主义),
    in the order the text first names them. ``taken`` as in :func:`counterless_frames`;
    ``known`` the phrases of frames already found (“三民主义” quoted), not found again."""
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(_RE_DOCTRINE):
        if (para.index, m.start()) in taken or any(m.group(0) in k for k in seen):
            continue  # “三民主义信徒” quoted is that frame already
        number = parse_cn_number(m.group(1))
        if not number or number < 2:
            continue
        seen.add(m.group(0))
        frame = Frame(m.group(0), number, Span(para.index, m.start(), m.end()))
        parts = _doctrine_parts(lay, m.group(2))
        if len(parts) == number:
            frame.items = [word for word, _ in parts]
            frame.item_spans = [span for _, span in parts]
            frame.source = "inline"
        out.append(frame)
    return out


def _doctrine_parts(lay: Layout, x: str) -> list[tuple[str, Span]]:
    """The different words X?主义 of the text (x the formula's character: 民族主义 for 民), each
    with the place it is first named; 民主主义 is democracy, no part."""
    rx = re.compile(rf"(?<![一二三四五六七八九十两]){re.escape(x)}([\u4e00-\u9fff])主义")
    found: dict[str, Span] = {}
    for para in lay.paragraphs:
        for m in rx.finditer(para.text):
            if m.group(1) != "主" and m.group(0) not in found:
                found[m.group(0)] = Span(para.index, m.start(), m.end())
    return list(found.items())


# 三朵云, 两朵金花: a count of clouds or flowers is a figure for the things it stands for
_RE_FIGURE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九十两]')})"
    r"朵(?=[\u4e00-\u9fff])"
)


def figure_formulas(lay: Layout, taken: set[tuple[int, int]], known: set[str]) -> list[Frame]:
    """Counts of clouds or flowers (三朵云, 两朵金花): no speech counts those for their own
    sake, so each is a figure, a formula named once per phrase (mentioned; its parts are the
    rules' to read). ``taken`` and ``known`` as in :func:`doctrine_formulas`."""
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(_RE_FIGURE, needs="朵"):
        if (para.index, m.start()) in taken or any(m.group(0) in k for k in seen):
            continue  # “三朵云” quoted, or named before
        number = parse_cn_number(m.group(1))
        noun = words(para.text[m.end() : m.end() + 6])[0]
        if not number or number < 2 or len(noun) > 2:
            continue
        end = m.end() + len(noun)
        seen.add(para.text[m.start() : end])
        out.append(Frame(para.text[m.start() : end], number, Span(para.index, m.start(), end)))
    return out


# 干部八条, 干部九条: a list of rules named by whom it binds and its count
_NAMED_LIST_COUNT = f"{not_after('第一二三四五六七八九十百千万两几零〇', '[二三四五六七八九十]')}[十]?[一二三四五六七八九]?"
_RE_NAMED_LIST = re.compile(
    rf"(?<![第这那此每各的])([\u4e00-\u9fff]{{2}})({_NAMED_LIST_COUNT})条(?![例款文件路线腿心])"
)
# its count and 条 alone, which every match holds: the pattern opens with any two characters,
# so the engine tries it at every position of a text; this one skips to the numbers (a
# tenth of the pattern's time over a library: Layout.sparse_hits's gate)
_NAMED_LIST_GATE = re.compile(f"{_NAMED_LIST_COUNT}条(?![例款文件路线腿心])")
# words that make the count a document's articles or a thing's count, not a named list
_NOT_LIST_OWNER = re.compile(
    r"纲要|条例|法|决定|规定|协定|协议|章程|宪法|草案|文件|以上|上述|前面|下列"
)


def named_lists(lay: Layout, taken: set[tuple[int, int]], known: set[str]) -> list[Frame]:
    """Lists of rules named by a noun and their count (干部八条): mentioned frames, each phrase
    once. The noun must be a plain noun by its tag (挑衅八条, 批驳八条 are verbs with their
    object), no document's name (纲要四十条, 协议十七条 count a document's articles), and not
    the last item of a list before the count (…、城镇开发边界三条控制线 counts 控制线)."""
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(_RE_NAMED_LIST, needs="条", gate=_NAMED_LIST_GATE):
        phrase = m.group(0)
        if (para.index, m.start()) in taken or any(phrase in k for k in seen):
            continue
        owner = m.group(1)
        tags = tagged(owner)
        if len(tags) != 1 or tags[0][1] != "n" or _NOT_LIST_OWNER.search(owner):
            continue
        number = parse_cn_number(m.group(2))
        if not number or not 3 <= number <= 30:
            continue
        clause = re.split(r"[，,。；;：:！？!?]", para.text[: m.start()])[-1]
        if "、" in clause:
            continue  # 生态保护红线、…、城镇开发边界三条控制线: a list's last item, then its count
        seen.add(phrase)
        out.append(Frame(phrase, number, Span(para.index, m.start(), m.end())))
    return out


# “博学、笃行、求是、创新”八字校训: a quoted list, then the count of its characters and a noun;
# or its characters quoted one by one (“勤”“朴”“诚”“毅”四个字)
_RE_CHARACTER_FORMULA = re.compile(
    r"(?:[“\"]([^“”\"。！？]{3,40})[”\"]|((?:[“\"][\u4e00-\u9fff][”\"][、，,]?){2,}))"
    r"(?:的)?([二三四五六七八九十]{1,3})(?:个)?字([\u4e00-\u9fff]{0,2})"
)


def character_formulas(lay: Layout, taken: set[tuple[int, int]]) -> list[Frame]:
    """“博学、笃行、求是、创新”八字校训, “团结、紧张、严肃、活泼”八个字: a formula named by the
    number of its characters, right after it in quotes — a listed frame when the quoted parts
    hold exactly that many characters (a word quoted, “诚信”二字, is no list)."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_CHARACTER_FORMULA, needs="字"):
        start = m.start(3)
        if (para.index, start) in taken:
            continue
        number = parse_cn_number(m.group(3))
        if m.group(1) is not None:
            parts = [p.strip() for p in re.split(r"[、，,；;\s]+", m.group(1)) if p.strip()]
        else:  # “勤”“朴”“诚”“毅”: one character in each pair of quotes
            parts = re.findall(r"[\u4e00-\u9fff]", m.group(2))
        if not number or len(parts) < 2 or len(set(parts)) != len(parts):
            continue
        if sum(len(re.findall(r"[\u4e00-\u9fff]", p)) for p in parts) != number:
            continue
        spans = spans_in_order(
            para.text, para.index, parts, m.start(1) if m.group(1) else m.start(2)
        )
        end = m.start(4) + len(_counted_noun(m.group(4)))
        phrase = para.text[start:end]
        out.append(Frame(phrase, number, Span(para.index, start, end), parts, spans, "inline"))
    return out


def _counted_noun(after: str) -> str:
    """The noun the count of characters names in the characters right after 字 (八字校训,
    四字方针, 八字诀): one noun, the longest of them; empty when those characters are the next
    words of the sentence (在“减、快、优”三个字上下功夫: 上 a place word, no noun counted)."""
    for cand in (after, after[:1]):
        cut = tagged(cand) if cand else []
        if len(cut) == 1 and cut[0][1].startswith("n"):
            return cand
    return ""


def is_doctrine(phrase: str) -> bool:
    """Whether ``phrase`` is a doctrine named by its count (三民主义): a formula, and no count a
    later mention could name again (三民主义和三大政策)."""
    return bool(_RE_DOCTRINE.fullmatch(phrase))
