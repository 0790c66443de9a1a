"""Cleaning's last step: split off what was typed onto the end of a paragraph.

A numbered heading (by its shape, then by the run it completes: :mod:`drafter.corpus.glued_runs`),
an unnumbered title, a named part (序言二, 跋) or a speaker's name line, each run on from the
paragraph before it by a copy that lost the line break.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.corpus.glued_runs import (
    RunStarts,
    expected_in_run,
    lists_inline,
    next_inline,
    split_run_headings,
)
from drafter.corpus.led_ordinals import split_glued_members
from drafter.corpus.markers import (
    YISHI,
    approximate_number,
    match_marker,
    match_part,
)
from drafter.corpus.model import Block
from drafter.corpus.reflow import CONTINUATION_START
from drafter.corpus.spoken_turns import split_glued_turns


def split_glued(blocks: list[Block], paragraphs: bool) -> list[Block]:
    """Split off what was typed onto the end of a paragraph: a numbered heading (by its
    shape, then by the run it completes: :mod:`drafter.corpus.glued_runs`), then an
    unnumbered title, then a named part (序言二, 跋), then an item of a counted run
    (:func:`drafter.corpus.led_ordinals.split_glued_members`), then a speaker's name line, then
    a spoken turn (:func:`drafter.corpus.spoken_turns.split_glued_turns`). The
    paragraphs each may end in are found in one look at every paragraph's end
    (:func:`_glued_ends`) instead of one for each kind; where a split moves the paragraphs
    (seldom), the later kinds look again."""
    heads, titles, numerals, colons = _glued_ends(blocks, paragraphs)
    # the short forms by their shape, then any numbered heading by the run it completes
    out = split_run_headings(_split_glued_headings(blocks, paragraphs, heads))
    if out is not blocks:
        out = _split_glued_counted_parts(_split_glued_titles(out))
    elif (out := _split_glued_titles(blocks, titles)) is not blocks:
        out = _split_glued_counted_parts(out)
    else:
        out = _split_glued_counted_parts(blocks, numerals)
    # an item of a run counted after a lead phrase (…妨害革命。第八条罪状是：…)
    split = split_glued_members(out)
    # a spoken turn whose sibling stands alone (…今天讲的就是这些。现在我来讲一讲宗派主义的问题。)
    return split_glued_turns(_split_glued_speakers(split, colons if split is blocks else None))


def _glued_ends(
    blocks: list[Block], paragraphs: bool
) -> tuple[list[int], list[int], list[int], list[int]]:
    """The paragraphs that may end in a numbered heading typed onto them (a stop then a
    marker's first character near the end: :func:`_may_end_in_heading`), in an unnumbered
    title (longer than 20 characters, not ending in punctuation: :func:`_split_glued_titles`),
    in a named part (a numeral or a part name last: :func:`_split_glued_counted_parts`) and
    in a colon after more than eight characters (a speaker's name line typed on:
    :func:`_split_glued_speakers`)."""
    heads: list[int] = []
    titles: list[int] = []
    numerals: list[int] = []
    colons: list[int] = []
    hint, word, tail = _GLUED_HINT.search, _GLUED_HINT_WORD.search, _WORD_TAIL
    for i, b in enumerate(blocks):
        t = b.text
        n = len(t)
        last = t[-1:]
        if last in PART_ENDS:
            numerals.append(i)
        elif last in "：:" and n > 8:
            colons.append(i)
        if n < 20:
            continue
        # _GLUED_HINT's stop has a character after it, within the last 46: nine paragraphs
        # in ten hold none there but their final one, and are answered without the search
        w = t[-46:-1]
        if (
            ("。" in w or "！" in w or "？" in w)
            and hint(t, n - 46) is not None
            or paragraphs
            and word(t, n - tail) is not None
        ):
            heads.append(i)
        if n > 20 and (last not in _ENDINGS or last == "”"):
            titles.append(i)
    return heads, titles, numerals, colons


# a named part, counted by a numeral (序言一 / 序言二) or not (跋), typed onto the end of a
# paragraph (the names of title_lines.NAMED_PARTS); public, as PART_ENDS and GLUED_TITLE are:
# line_joins keeps such a paragraph's end from the next line's words
GLUED_COUNTED = re.compile(
    r"(?<=[。！？])\s*((引言|导言|前言|序言|序|跋|绪论|结论|结语|开幕词|闭幕词|后记|附言)"
    r"([一二三四五六七八九十]{1,2})?)$"
)
_NAMED_ALONE = re.compile(
    r"(?:引言|导言|前言|序言|序|跋|绪论|结论|结语|开幕词|闭幕词|后记|附言)[一二三四五六七八九十]{0,2}"
)


def _split_glued_counted_parts(
    blocks: list[Block], numerals: list[int] | None = None
) -> list[Block]:
    """ "…了不起的工作。序言二": the second of two counted parts typed onto the paragraph
    before it, split off when another of the same name stands alone (序言一); a name with a
    numeral at a paragraph's end with no such sibling stays text. A named part without a
    numeral ("…这就是我的志愿。跋") is split off when another named part stands alone (序):
    prose never ends a paragraph on such a word after its full stop. ``numerals``: the
    paragraphs ending in a numeral or a part name's last character, when known
    (:func:`_glued_ends`)."""
    if numerals is None:
        numerals = [i for i, b in enumerate(blocks) if b.text[-1:] in PART_ENDS]
    if not any(GLUED_COUNTED.search(blocks[i].text) for i in numerals):
        return blocks  # no paragraph ends so (the common case: no line is squeezed)
    alone = {re.sub(r"[ \u3000]+", "", b.text) for b in blocks if len(b.text) <= 12}
    out: list[Block] = []
    for b in blocks:
        m = GLUED_COUNTED.search(b.text) if b.text[-1:] in PART_ENDS else None
        if m is None or not any(
            a != m.group(1)
            and (
                a.startswith(m.group(2)) and a[len(m.group(2)) :] in _NUMERALS
                if m.group(3)
                else _NAMED_ALONE.fullmatch(a) is not None
            )
            for a in alone
        ):
            out.append(b)
            continue
        out += [replace(b, text=b.text[: m.start(1)].rstrip()), Block(m.group(1))]
    return out


_NUMERALS = frozenset("一二三四五六七八九十")
PART_ENDS = _NUMERALS | frozenset("言序跋论语词记")  # last characters of part names


# "…取得明显成效。二、存在的问题和不足": a heading typed at the end of the paragraph before
# it (no paragraph mark between them). Only the families that number sections qualify:
# 一、 （一） 4、/4. 三是 第一、 第九节 第十一个问题， and a part number with a space after it
# ("十二　中国工业化的道路", also typed with an ASCII space).
_GLUED = re.compile(
    r"(?<=[。！？])\s*((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[0-9]{1,2}[、．.](?![0-9])|[一二三四五六七八九十]{1,2}是"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节|个[\u4e00-\u9fff]{1,2})?[，、：\s]"
    r"|[一二三四五六七八九十]{1,3}[ \u3000]+)"
    r"[^。！？；：:]{2,40}[。：:]?"
    r"|[0-9]{1,2}|[一二三四五六七八九十]{1,3})$"  # a part number alone: "…全军覆没。5"
)
# In Word, where every paragraph mark is the writer's own, a heading typed onto the end of
# a paragraph may be as long as headings are (a whole sentence of 60-100 characters, a
# minutes question "问题7（…）：…", a lead with its colon "5、管住两条堤坝：…"): the tail
# after the paragraph's last full stop is one sentence with no stop inside it, whose marker
# numbers the document's sections elsewhere. A text file's lines give no such certainty
# (a re-flowed line may end anywhere), so there the short form above stays the rule.
_GLUED_WORD = re.compile(
    r"(?<=[。！？])\s*((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[0-9]{1,2}[、．.](?![0-9])|[一二三四五六七八九十]{1,2}是"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节|点|个[\u4e00-\u9fff]{1,2})?[，、：\s]"
    r"|问题(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})(?=[（(：:]))"
    # one sentence; a question quoted inside it is one of its words (一、“我是谁？”…)
    r"(?:[^。！？；;“”]|“[^“”。]{1,30}”){2,100}[。！？]?)$"
)
_WORD_TAIL = 110  # characters searched for a long heading typed onto a Word paragraph


def _split_glued_headings(
    blocks: list[Block], paragraphs: bool = False, glued: list[int] | None = None
) -> list[Block]:
    """Split off a numbered heading glued to the end of the previous paragraph, when the
    document numbers its sections that way elsewhere (the marker before or after it
    starts a line of its own): "…成效。二、存在的问题" becomes two blocks. ``paragraphs``
    (Word) admits the long headings of :data:`_GLUED_WORD`. ``glued``: the paragraphs
    that may end in one, when known (:func:`_glued_ends`)."""
    if glued is None:
        glued = _glued_ends(blocks, paragraphs)[0]
    if not glued:
        return blocks  # the common case, found without reading any marker
    tails = [(i, found) for i in glued if (found := _glued_heading(blocks[i].text, paragraphs))]
    if not tails:
        return blocks  # a stop before a marker's character, but no heading typed on there
    starts: set[tuple[str, int]] = set()
    # where each marker starts a line, and whether that line is one sentence at most
    lines_at: dict[tuple[str, int], list[tuple[int, bool]]] = {}
    hints: dict[str, int] = {}  # the heading hint a family's lines carry (bare part numbers)
    for j, b in enumerate(blocks):
        first = b.text[:1] in "一二三四五六七八九十（(第问" or b.text[:1].isdigit()
        m = (match_marker(b.text) or match_part(b.text)) if first else None
        if m is not None:
            starts.add((m.family, m.ordinal))
            one = _INNER_STOP.search(b.text, 0, len(b.text) - 1) is None
            lines_at.setdefault((m.family, m.ordinal), []).append((j, one))
            if b.heading_level is not None:
                hints.setdefault(m.family, b.heading_level)
    index: list[RunStarts] = []  # the runs' index, made when a number may be prose

    def run_starts() -> RunStarts:
        if not index:
            index.append(RunStarts(blocks))
        return index[0]

    out = list(blocks)
    for i, found in reversed(tails):
        b = blocks[i]
        text = b.text
        m = match_marker(found.group(1)) or match_part(found.group(1).strip())
        if m is not None and (
            approximate_number(text, found.start(1), m)
            and not expected_in_run(run_starts(), i, m, found.group(1))
            or next_inline(text[found.start(1) + len(m.text) :], m)
        ):
            # 三、四月份…, or "…分三步。1、…，2、…": a number in prose, a list in it (a 三、两个…
            # its run expects next, after headings 一、 and 二、, is the heading: see
            # glued_runs.expected_in_run)
            continue
        if m is not None and (
            _between_its_neighbours(lines_at, m, i) or _fills_a_gap(lines_at, m, i)
        ):
            head = replace(b, text=text[: found.start(1)].rstrip())
            out[i : i + 1] = [head, Block(found.group(1).strip(), hints.get(m.family))]
            continue
        if (
            m is not None
            and ((m.family, m.ordinal - 1) in starts or (m.family, m.ordinal + 1) in starts)
            and (
                found.re is _GLUED
                or found.group(1)[-1] not in "。！？"
                or _beside_whole_lines(lines_at, m, i)
            )  # a long tail that is a whole sentence is a heading only beside headings
            # standing alone as it does ("（二）保持…结构。"); beside run-in points
            # ("二是大力发展循环经济。坚持…") it is the first point run into a lead
            and (m.ordinal < 2 or not lists_inline(text, m))
        ):  # not the last item of a list running inside the paragraph
            head = replace(b, text=text[: found.start(1)].rstrip())
            out[i : i + 1] = [head, Block(found.group(1).strip(), hints.get(m.family))]
    return out


def _between_its_neighbours(lines_at: dict, m, i: int) -> bool:
    """Whether block ``i`` starts with the item numbered just before ``m`` and the next
    block with the one just after it ("（八）…。…作用。（九）…意义。" then "（十）…"): the
    run has no other place for ``m``, which was typed on instead of on a line of its own,
    however long, and whatever the items are (run-in points, whole sentences)."""
    before = lines_at.get((m.family, m.ordinal - 1), ())
    after = lines_at.get((m.family, m.ordinal + 1), ())
    return any(j == i for j, _ in before) and any(j == i + 1 for j, _ in after)


def _fills_a_gap(lines_at: dict, m, i: int) -> bool:
    """Whether ``m`` is the one number its run lacks at the start of a line: no line starts
    with it, the next number starts a line below block ``i`` and the one before it (unless
    ``m`` is the first) a line above. A run's 一、 or 第二点， typed onto the paragraph before
    it has no other place, however long a sentence it is (一、“我是谁？”…我就是我！ over its
    text, then 二、…: left in the paragraph, the run lost its first item and the outline all
    of its parts). Not 一是: the first point is often run into its lead's paragraph
    (…环保工作。一是抓好…。), the others opening paragraphs of their own."""
    if m.family == YISHI or (m.family, m.ordinal) in lines_at:
        return False  # (一是… run into its lead sentence: a point of the paragraph)
    after = [j for j, _ in lines_at.get((m.family, m.ordinal + 1), ()) if j > i]
    if not after:
        return False
    if m.ordinal == 1:
        return not any(j < i for j, _ in lines_at.get((m.family, 2), ()))
    return any(j < i for j, _ in lines_at.get((m.family, m.ordinal - 1), ()))


def _beside_whole_lines(lines_at: dict, m, i: int) -> bool:
    """Whether the nearest line numbered just before ``m`` (above block ``i``) or just
    after it (below) is one sentence at most: a heading standing alone."""
    before = [one for j, one in lines_at.get((m.family, m.ordinal - 1), ()) if j < i]
    after = [one for j, one in lines_at.get((m.family, m.ordinal + 1), ()) if j > i]
    return bool(before and before[-1] or after and after[0])


# "…号召同志们起来彻底地加以肃清。关于单纯军事观点": an unnumbered part title typed onto
# the paragraph before it (one comma may join its halves: "…。抓好春耕，保障供给"); a
# title ends in a character, never in a figure cut off by a
# stray line break ("…国内生产总值达到74.4" / "万亿元"). Prose never ends without its
# stop (3 paragraphs in 17,000 of ../shared end on an unpunctuated phrase after a full
# stop).
# A title may quote a phrase (所谓“痞子运动”) and may end in a year after a character
# (难忘的1996), never in other figures.
_TITLE_CHAR = r"[^。！？；;：:，,、“”‘’「」（）()《》…—\s]"
_TITLE_PIECE = rf"(?:{_TITLE_CHAR}|“{_TITLE_CHAR}{{1,12}}”)"
GLUED_TITLE = re.compile(  # 4-30 characters; one comma may join two halves
    rf"(?<=[。！？])(?=.{{4,30}}$)([\u4e00-\u9fff]{_TITLE_PIECE}{{0,28}}"
    rf"(?:，[\u4e00-\u9fff]{_TITLE_PIECE}{{1,14}})?"
    rf"{_TITLE_PIECE}{{0,14}}"
    rf"(?:[\u4e00-\u9fff]|“{_TITLE_CHAR}{{1,12}}”|(?<=[\u4e00-\u9fff])(?:1[89]|20)[0-9]{{2}}))$"
)


def _glued_title(text: str) -> re.Match | None:
    """``GLUED_TITLE.search(text)``, begun where a match can start: 4-30 characters before
    the end (31 before a final line end, which $ allows); the look-behind still sees the
    stop before it."""
    return GLUED_TITLE.search(text, max(0, len(text) - 31))


def _split_glued_titles(blocks: list[Block], ends: list[int] | None = None) -> list[Block]:
    """Split off an unnumbered title glued to the end of a paragraph, where the text has
    titles of its own standing alone (at least two short lines with no punctuation past
    its top): the title becomes a line of its own, for the outline to judge. ``ends``: the
    paragraphs long enough and not ending in punctuation, when known (:func:`_glued_ends`)."""
    if ends is None:
        ends = _glued_ends(blocks, False)[1]
    tails = [i for i in ends if _glued_title(blocks[i].text)]
    if not tails:
        return blocks
    alone = [b.text for b in blocks[4:] if 2 <= len(b.text) <= 40 and _title_alone(b.text)]
    if len(alone) < 2 and not any(
        _parallel(_glued_title(blocks[i].text).group(1), t) for i in tails for t in alone
    ):  # a text of two titles, one typed onto a paragraph, has one standing alone
        return blocks
    out = list(blocks)
    for i in reversed(tails):
        b = blocks[i]
        found = _glued_title(b.text)
        if found.start(1) < 12 or (
            i + 1 < len(blocks) and blocks[i + 1].text[:1] in CONTINUATION_START
        ):
            continue
        if (
            len(b.text) <= _HEADLINE_MAX
            and len(found.group(1)) >= _HEADLINE_TAIL
            and not _INNER_STOP.search(b.text, 0, found.start(1) - 1)
        ):
            # a headline of two sentences ("…从胜利走向更大的胜利。以美国为首的帝国主义和各国
            # 反动派陷于空前困难的境地"): one short sentence, then another as long as a
            # sentence is, not a paragraph with a title typed onto it
            continue
        head = replace(b, text=b.text[: found.start(1)])
        out[i : i + 1] = [head, Block(found.group(1))]
    return out


def _title_alone(text: str) -> bool:
    """A short line standing alone reads as a title: no punctuation, or a question and
    nothing else (日本经济怎么了？, 华为怎么办？ among a text's part titles)."""
    if text[-1] in "？?" and len(text) >= 5:
        return _PUNCT_INSIDE.search(text, 0, len(text) - 1) is None
    return _PUNCT_INSIDE.search(text) is None


# "…都是要靠结果来证明的。任正非：": a speaker's name line (as plain_candidates reads them:
# 2-4 characters and a colon) typed onto the end of the paragraph before it
_GLUED_SPEAKER = re.compile(r"(?<=[。！？])\s*([\u4e00-\u9fff]{2,4}[：:])$")
_SPEAKER_ALONE = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
_SPEAKERS_ALONE = 2  # other names standing alone, each once, before one glued counts


def _split_glued_speakers(blocks: list[Block], colons: list[int] | None = None) -> list[Block]:
    """Split off a speaker's name line typed onto the paragraph before it, in a record of
    a meeting whose other speakers' names stand alone (郭平： / 徐直军： each on a line of its
    own): two or more other names, each once, none of them this one (an interview's turns
    repeat their names; a lead-in "…。具体如下：" has no such siblings). ``colons``: the
    paragraphs of more than eight characters ending in a colon, when known
    (:func:`_glued_ends`)."""
    if colons is None:
        colons = [i for i, b in enumerate(blocks) if b.text[-1:] in "：:" and len(b.text) > 8]
    tails = [i for i in colons if _GLUED_SPEAKER.search(blocks[i].text, len(blocks[i].text) - 7)]
    if not tails:
        return blocks
    names = [b.text[:-1] for b in blocks if len(b.text) <= 5 and _SPEAKER_ALONE.fullmatch(b.text)]
    if len(names) < _SPEAKERS_ALONE or len(set(names)) < len(names):
        return blocks
    out = list(blocks)
    for i in reversed(tails):
        b = blocks[i]
        found = _GLUED_SPEAKER.search(b.text, len(b.text) - 7)
        if found.group(1)[:-1] in names or found.start(1) < 12:
            continue
        out[i : i + 1] = [replace(b, text=b.text[: found.start(1)].rstrip()), Block(found.group(1))]
    return out


def _parallel(a: str, b: str) -> bool:
    """Two titles written alike (难忘的1996 / 艰苦的1997): as long as each other, with at
    least a third of their characters the same in the same places."""
    return len(a) == len(b) and 3 * sum(x == y for x, y in zip(a, b)) >= len(a)


_HEADLINE_MAX = 70
_HEADLINE_TAIL = 16  # characters: longer than the titles typed onto paragraphs
_INNER_STOP = re.compile(r"[。！？!?]")
_ENDINGS = frozenset("。！？!?；;：:，,、”’」』）)》…—.")
_PUNCT_INSIDE = re.compile(r"[。！？!?；;：:，,]")


def ends_in_glued_heading(text: str, paragraphs: bool = False) -> bool:
    """Whether a paragraph ends in a numbered heading typed onto it (no paragraph mark):
    what follows is that heading's text, not more of this paragraph."""
    return _may_end_in_heading(text, paragraphs) and _glued_heading(text, paragraphs) is not None


def _glued_heading(text: str, paragraphs: bool) -> re.Match | None:
    """The numbered heading typed onto the end of ``text`` (group 1), or None: the short
    form anywhere, the long one only in Word paragraphs."""
    found = _GLUED.search(text, max(0, len(text) - 46))
    if found is None and paragraphs:
        found = _GLUED_WORD.search(text, max(0, len(text) - _WORD_TAIL))
    return found if found is not None and found.start(1) >= 12 else None


def _may_end_in_heading(text: str, paragraphs: bool = False) -> bool:
    """Cheap test: a sentence end in the last 46 characters (in Word 110) followed by a
    marker's first character (most paragraphs fail at once)."""
    if len(text) < 20:
        return False
    if _GLUED_HINT.search(text, len(text) - 46) is not None:
        return True
    return paragraphs and _GLUED_HINT_WORD.search(text, len(text) - _WORD_TAIL) is not None


_GLUED_HINT = re.compile(r"[。！？][ \u3000]?[一二三四五六七八九十（(第0-9]")
_GLUED_HINT_WORD = re.compile(r"[。！？][ \u3000]?[一二三四五六七八九十（(第0-9问]")
