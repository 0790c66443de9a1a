"""Heading numbering: gaps, repeats, restarts, lists starting past 1, a level whose marker
style changes midway, skipped levels and the punctuation after a marker.

The outline parser leaves out a marker that does not continue its run (the second （三）
of （一）（三）（三） becomes a plain paragraph), so this check reads markers from every
paragraph that looks like a heading of a family the document numbers its headings with,
and follows them with a stack of open families, as the parser assigns levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.corpus import markers as mk
from drafter.corpus.markers import match_marker
from drafter.review.registry import Example, rule

_CHECKED = (
    mk.PIAN,
    mk.CHAPTER,
    mk.SECTION,
    mk.CN_DUN,
    mk.CN_PAREN,
    mk.ARABIC,
    "arabic_rparen",  # ARABIC_RPAREN below: 1） 1)
    mk.ARABIC_PAREN,
    mk.DI,
    mk.DI_NOUN,
    mk.YISHI,
)
_SHORT = 40


@dataclass
class _Item:
    para: object
    family: str
    ordinal: int
    marker: str
    heading: bool


def _first_sentence_len(text: str) -> int:
    m = re.search(r"[。；！？;!?]", text)
    return m.start() if m else len(text)


ARABIC_RPAREN = "arabic_rparen"  # 1） 1): a level of its own beside 1. and 1、
_YEAR_DIGITS = re.compile(r"[一二三四五六七八九〇○零]{3,}")


def _marker(text: str):
    """The marker at the start of ``text``, reading ○ (a circle, as old prints set the
    zero of （一○）) as 〇; its text is returned as written. 1） is told apart from 1.
    and 1、 (writers use it as the level below), and 一九四〇． is a year, not a marker."""
    m = match_marker(text.replace("○", "〇"))
    if m is None:
        return None
    if m.family in (mk.CN_DUN, mk.CN_PAREN):
        digits = m.text.strip("（()）、，,.．。 \u3000")
        if _YEAR_DIGITS.fullmatch(digits):
            return None
    family = m.family
    if family == mk.ARABIC and m.text.rstrip().endswith((")", "）")):
        family = ARABIC_RPAREN
    return mk.Marker(family, m.ordinal, text[: len(m.text)], m.rest, m.word)


def marker_stream(ctx) -> list[_Item]:
    """Markers of headings, plus paragraphs that read as headings of a family in use: the
    numbering checks read them in order, and the parallelism check reads the same runs."""
    items: list[_Item] = []
    families = set()
    for p in ctx.paras:
        if p.is_heading:
            m = _marker(p.text)
            if m and m.family in _CHECKED:
                families.add(m.family)
    for p in ctx.paras:
        if p.is_heading:
            # an unnumbered heading may still start with a marker the parser did not
            # take as one (二、 三、 with no 一、 before them)
            m = _marker(p.text)
            if m and m.family in _CHECKED and not m.word:
                items.append(_Item(p, m.family, m.ordinal, m.text, True))
            continue
        if ctx.text.kind == "draft" or p.text[:1] not in mk.MARKER_FIRST:
            continue
        m = _marker(p.text)
        if m is None:
            continue
        alone = len(p.text) <= _SHORT and not re.search(r"[。；！？;!?，,]", p.text)
        if (
            m.word
            or (m.family not in families and not (alone and m.family in mk.RANK))
            or p.text.rstrip().endswith(("；", ";", "，"))
            or _first_sentence_len(m.rest) > (_SHORT if m.family not in mk.RANK else 90)
            or mk.ordinal_marker_in(p.text, m.family, m.ordinal + 1)
        ):
            continue
        items.append(_Item(p, m.family, m.ordinal, m.text, False))
    return items


class _Entry:
    def __init__(self, item: _Item) -> None:
        self.family = item.family
        self.last = item.ordinal
        self.item = item
        # the gap or repeat its last item made ("gap"/"repeat"), so the next item can tell
        # one number written wrong (二、四、四、五: the first 四 should be 三) from two faults
        self.slip: str | None = None
        # opened by a run-in item (（一）加强学习。… in prose): a level its run-in siblings
        # follow without being checked, as the stream drops those whose first sentence is long
        self.run_in = not item.heading and not _standalone(item)


def _walk(ctx):
    """Yield (kind, item, entry) events: "gap", "repeat", "order", "restart", "start",
    "style", "skip"."""
    stack: list[_Entry] = []
    for it in marker_stream(ctx):
        pos = next((k for k, e in enumerate(stack) if e.family == it.family), None)
        if pos is not None:
            entry = stack[pos]
            n, last = it.ordinal, entry.last
            if entry.run_in and not it.heading and not _standalone(it):
                del stack[pos + 1 :]
                entry.last, entry.item = n, it
                continue
            slip, entry.slip = entry.slip, None
            if n == last + 1:
                pass
            elif not it.heading and n != last and n != last + 2 and not _standalone(it):
                entry.slip = slip
                continue  # a stray numbered line that is not part of the run
            elif n == last:
                # 二、四、四、: the 四 before was written for 三, this one is right
                if slip != "gap" or n != entry.item.ordinal:
                    yield "repeat", it, entry
                    entry.slip = "repeat"
            elif n > last + 1:
                # 二、三、三、五、: the second 三 was written for 四, this 五 is right
                if slip != "repeat" or n != last + 2:
                    yield "gap", it, entry
                    entry.slip = "gap" if n == last + 2 else None
            elif n == 1:
                yield "restart", it, entry
            else:
                yield "order", it, entry
            del stack[pos + 1 :]
            entry.last = max(n, last) if n != 1 else 1
            entry.item = it
            continue
        prev = (
            next((e for e in reversed(stack) if e.last == it.ordinal - 1), None)
            if it.ordinal > 1
            else None
        )
        if (
            prev is not None
            and _same_level_kind(prev.family, it.family)
            and (it.heading or _standalone(it))
        ):
            yield "style", it, prev
            prev.last = it.ordinal
            prev.item = it
            continue
        if not it.heading and not _standalone(it):
            if _opens_run_in_level(it, stack):
                stack.append(_Entry(it))
            continue
        if it.ordinal != 1:
            yield "start", it, None
        rank = mk.RANK.get(it.family)
        parent = stack[-1] if stack else None
        if parent is not None and rank is not None:
            prank = mk.RANK.get(parent.family)
            if prank is not None and rank - prank > 1 and prank >= mk.RANK[mk.CN_DUN]:
                yield "skip", it, parent
            if prank is not None and prank >= rank:
                # a higher-ranked family closes the ones below it
                cut = next(k for k, e in enumerate(stack) if mk.RANK.get(e.family, -1) >= rank)
                del stack[cut:]
        stack.append(_Entry(it))


def _opens_run_in_level(it: _Item, stack: list[_Entry]) -> bool:
    """Whether a run-in item (（一）加强学习。… opening a paragraph) opens a level below the
    open ones: the first of its family, ranked below the innermost open family. It raises
    no finding itself (a numbered sentence in prose may be a list of the paragraph), but a
    heading under it (1.学理论 under the run-in （一） of part 二) sits a level below it,
    not directly below 二、, so a part that holds one run-in topic is no skipped level."""
    if it.ordinal != 1 or not stack:
        return False
    rank, top = mk.RANK.get(it.family), mk.RANK.get(stack[-1].family)
    return rank is not None and top is not None and rank > top


def _standalone(it: _Item) -> bool:
    """A short line of its own with no sentence inside: a heading, whatever its number."""
    text = it.para.text
    return len(text) <= _SHORT and not re.search(r"[。；！？;!?，,]", text)


def _same_level_kind(a: str, b: str) -> bool:
    """Families a writer may confuse on one level (一、 and （一）, 1. and （1）)."""
    pairs = {frozenset((mk.CN_DUN, mk.CN_PAREN)), frozenset((mk.ARABIC, mk.ARABIC_PAREN))}
    return frozenset((a, b)) in pairs


_CERTAIN = frozenset((mk.PIAN, mk.CHAPTER, mk.SECTION, mk.CN_DUN, mk.CN_PAREN))


def _level(it: _Item, entry: _Entry | None) -> str | None:
    """Error only for heading markers of the report families, on headings or lines of
    their own; a numbered item inside prose or a 1、2、 list in minutes is a warning."""
    sure = it.family in _CERTAIN and (it.heading or _standalone(it))
    if entry is not None:
        sure = sure and (entry.item.heading or _standalone(entry.item))
    return None if sure else "warning"


def _span(it: _Item) -> tuple[int, int]:
    start = it.para.text.find(it.marker)
    start = max(start, 0)
    return start, start + len(it.marker)


def _events(ctx, kind: str):
    """The (item, entry) pairs of one kind of ``_walk`` event: each numbering rule reports
    one kind, so the walk's logic lives once and the rules only word their findings."""
    return ((it, entry) for k, it, entry in _walk(ctx) if k == kind)


_SPOKEN = frozenset((mk.DI, mk.DI_NOUN))  # 第二， 第二点 第二个问题: a speaker's points
_FIRST_WORDS = ("首先", "其一")
# 第二 naming a point, not 第二次 第二线 第一要务: a unit of a speech, or a stop after it
_POINT_AFTER = r"(?:点|个问题|个方面|方面|条|件事|项|[，,、：:]|是)"


def _part_start(ctx, it: _Item) -> int:
    """The last heading before ``it`` that is not a speaker's point (第一点 首先 第二个问题
    are points of the part it opens, written in any of their forms): where the points of
    ``it``'s run may have begun; -1 at the top of the text."""
    for p in reversed(ctx.paras[: it.para.index]):
        if p.is_heading:
            m = _marker(p.text)
            if m is None or m.family not in _SPOKEN:
                return p.index
    return -1


def _named_before(ctx, it: _Item, ordinals, since: int) -> bool:
    """Whether every point numbered ``ordinals`` that the run of ``it`` lacks is named in
    the paragraphs after ``since`` and before ``it`` (第二 for the second; 首先 or 其一 too
    for the first). Only a speaker's points (第二， 第二点 第二个问题): a speech makes a
    point in prose and numbers the next on a line of its own, while 二、 or （二） missing
    from an outline is a part left out whatever the prose says."""
    if it.family not in _SPOKEN or not ordinals:
        return False
    before = "".join(p.text for p in ctx.paras[since + 1 : it.para.index])
    if not before:
        return False
    for k in ordinals:
        named = re.search(f"第{mk.renumber('一、', k)[:-1]}{_POINT_AFTER}", before)
        if not named and not (k == 1 and any(w in before for w in _FIRST_WORDS)):
            return False
    return True


def _on_marker(ctx, it: _Item, message: str, suggestion: str | None = None, **kw):
    """A finding on the marker of ``it`` (not its whole line)."""
    return ctx.finding(it.para, *_span(it), message, suggestion, **kw)


_NUMBERING_FIRES = (
    "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。\n«四、»保障措施\n要抓好落实。"
)


@rule(
    "numbering.gap",
    "numbering",
    "error",
    "编号跳号",
    "序号中间缺了一个（一、二、四），要么漏了一部分，要么编错了号",
    fires=[
        _NUMBERING_FIRES,
        "（一）加强领导\n要抓好落实。\n«（三）»压实责任\n要抓好落实。\n（四）强化督查\n要抓好落实。",
        # one number written wrong: 四 for 三, the 四 after it right (no repeat said there)
        Example(
            "（一）加强领导\n（二）压实责任\n«（四）»强化督查\n（四）从严考核\n（五）营造氛围",
            suggestion="（三）",
        ),
    ],
    passes=[
        "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。\n三、保障措施\n要抓好落实。",
        # the second 二 is the slip (numbering.repeat says it), the 四 after it is right
        "（一）加强领导\n（二）压实责任\n（二）强化督查\n（四）从严考核\n（五）营造氛围",
        # the second point made inside a paragraph between
        "第一个问题，统一思想认识\n要抓好落实。第二个问题是压实责任，大家都明白。\n"
        "第三个问题，强化督促检查\n要抓好落实。",
    ],
)
def check_gap(ctx):
    """A number missing in a run of heading markers (一、二、四), unless the missing point
    was made in the prose between (第一个问题是… on a line, 第二个问题 inside a paragraph,
    第三个问题是… on a line: :func:`_named_before`)."""
    for it, entry in _events(ctx, "gap"):
        if _named_before(ctx, it, range(entry.last + 1, it.ordinal), entry.item.para.index):
            continue
        missing = [mk.renumber(entry.item.marker, k) for k in range(entry.last + 1, it.ordinal)]
        yield _on_marker(
            ctx,
            it,
            f"“{entry.item.marker}”之后是“{it.marker}”，缺少{'、'.join(f'“{x}”' for x in missing)}",
            mk.renumber(it.marker, entry.last + 1),
            level=_level(it, entry),
        )


@rule(
    "numbering.repeat",
    "numbering",
    "error",
    "编号重复",
    "同一级出现两个相同的序号（（三）（三）），后面的序号都会错位",
    fires=[
        "（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n«（二）»强化督查\n要抓好落实。",
        Example(
            "（一）加强领导\n（二）压实责任\n«（二）»强化督查\n（四）从严考核\n（五）营造氛围",
            suggestion="（三）",
        ),
    ],
    passes=[
        "（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n（三）强化督查\n要抓好落实。",
        # the first 四 is the slip (numbering.gap says it); renumbering this one to 五
        # would only make another repeat
        "（一）加强领导\n（二）压实责任\n（四）强化督查\n（四）从严考核\n（五）营造氛围",
    ],
)
def check_repeat(ctx):
    """A heading number used twice in a run. One number written wrong makes a gap and a
    repeat side by side (二、四、四、五 or 二、二、四): only the wrong one is said, with the
    number it should have (:func:`_walk`)."""
    for it, entry in _events(ctx, "repeat"):
        yield _on_marker(
            ctx,
            it,
            f"序号“{it.marker}”与前一个重复",
            mk.renumber(it.marker, it.ordinal + 1),
            level=_level(it, entry),
        )


@rule(
    "numbering.order",
    "numbering",
    "error",
    "编号倒序",
    "序号比前一个小（三、之后是二、），顺序错乱",
    fires=[
        "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。\n三、保障措施\n要抓好落实。\n«二、»组织领导\n要抓好落实。"
    ],
    passes=["一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。"],
)
def check_order(ctx):
    """A heading number smaller than the one before it."""
    for it, entry in _events(ctx, "order"):
        yield _on_marker(
            ctx,
            it,
            f"序号“{it.marker}”排在“{entry.item.marker}”之后，顺序颠倒",
            mk.renumber(it.marker, entry.last + 1),
            level=_level(it, entry),
        )


_ANNOUNCES_LIST = re.compile(r"以下|如下|下列|[：:]\s*$")


def _new_list_between(ctx, first: int, last: int) -> bool:
    """Whether a body paragraph between two paragraphs announces a list of its own."""
    return any(
        not p.is_heading and _ANNOUNCES_LIST.search(p.text)
        for p in ctx.paras
        if first < p.index < last
    )


@rule(
    "numbering.restart",
    "numbering",
    "warning",
    "同一级编号重新从一开始",
    "同一上级标题下序号又从头编起，多半是两部分内容拼在了一起",
    fires=[
        "一、总体要求\n（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n«（一）»强化督查\n要抓好落实。\n（二）严肃问责\n要抓好落实。"
    ],
    passes=[
        "一、总体要求\n（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n二、重点任务\n（一）强化督查\n要抓好落实。\n（二）严肃问责\n要抓好落实。",
        "经验有以下几条。\n一、坚持改革\n要抓好落实。\n二、坚持发展\n要抓好落实。\n今后五年要努力实现以下的两项主要任务。\n一、发展农业\n要抓好落实。\n二、发展工业\n要抓好落实。",
    ],
)
def check_restart(ctx):
    """A run starting again at 1 under the same parent, unless a paragraph between the
    two runs announces a new list (以下、如下、下列 …, or a line ending in a colon): a
    report lists its five lessons, then "今后五年要实现以下的十项任务" and numbers those
    from 一 again, one list after another rather than two parts spliced together."""
    for it, entry in _events(ctx, "restart"):
        if _new_list_between(ctx, entry.item.para.index, it.para.index):
            continue
        yield _on_marker(
            ctx,
            it,
            f"同一级序号在“{entry.item.marker}”之后又从“{it.marker}”开始",
            mk.renumber(it.marker, entry.last + 1),
        )


@rule(
    "numbering.start",
    "numbering",
    "warning",
    "编号不从一开始",
    "一组标题的第一个序号不是一（直接从二、开始），前面可能漏了内容",
    fires=[
        "«二、»总体要求\n要抓好落实。\n三、重点任务\n要抓好落实。",
        "今天讲三点意见。\n«第二，»压实工作责任\n要抓好落实。\n第三，强化督促检查\n要抓好落实。",
    ],
    passes=[
        "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。",
        # the first point made in prose, the next ones on lines of their own
        "今天讲三点意见。首先，要统一思想认识，这是第一点。\n第二，压实工作责任\n"
        "要抓好落实。\n第三，强化督促检查\n要抓好落实。",
    ],
)
def check_start(ctx):
    """A run of headings that does not start at 1, unless the points before it were made
    since the part began (:func:`_part_start`), in prose or in another form (a speaker's
    第一点 closed with 这是第一点, a 首先， or 第一点， line, then 第二， on a line of its
    own; see :func:`_named_before`)."""
    for it, _entry in _events(ctx, "start"):
        if _named_before(ctx, it, range(1, it.ordinal), _part_start(ctx, it)):
            continue
        yield _on_marker(
            ctx, it, f"这一组标题从“{it.marker}”开始，缺少前面的序号", mk.renumber(it.marker, 1)
        )


@rule(
    "numbering.style",
    "numbering",
    "warning",
    "同一级编号样式中途改变",
    "同一级标题前面用“一、二、”，后面换成“（三）”，层级会被读错",
    fires=[
        "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。\n«（三）»保障措施\n要抓好落实。"
    ],
    passes=[
        "一、总体要求\n（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n二、重点任务\n要抓好落实。"
    ],
)
def check_style(ctx):
    """A level whose marker style changes midway (一、二、（三）)."""
    for it, entry in _events(ctx, "style"):
        yield _on_marker(
            ctx,
            it,
            f"同一级前面用“{entry.item.marker}”样式，这里改成了“{it.marker}”",
            mk.renumber(entry.item.marker, it.ordinal),
        )


@rule(
    "numbering.skip_level",
    "numbering",
    "hint",
    "跳过了一个层级",
    "公文层级依次为一、（一）1.（1）；层次少的稿子可以越级（一、下直接用 1.），"
    "但稿中别处用了（一）这一级，这里却从“一、”直接到“1.”，前后不一",
    fires=[
        "一、总体要求\n（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n"
        "二、重点任务\n«1.»加强领导\n要抓好落实。\n2.压实责任\n要抓好落实。"
    ],
    passes=[
        "一、总体要求\n（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n二、重点任务\n要抓好落实。",
        # a text that never uses （一） skips it everywhere alike: its own two-level ladder
        "一、总体要求\n1.加强领导\n要抓好落实。\n2.压实责任\n要抓好落实。\n二、重点任务\n要抓好落实。",
        # 1. under a run-in （一）, the one topic of part 二: that （一） is the level between
        "一、总体要求\n（一）加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。\n二、重点任务\n"
        "（一）强化督查。督查要动真格，一抓到底。\n1.明确责任\n要抓好落实。\n2.严肃问责\n要抓好落实。",
    ],
)
def check_skip(ctx):
    """A level of the 一、（一）1.（1） ladder skipped where the text uses that level
    elsewhere. GB/T 9704 lists the ladder with 可以, and a text of few levels may go from
    一、 to 1. throughout (office guides allow it, published speeches and minutes do it);
    what an office head corrects is the same text using （一） under one part and skipping
    it under another. Over the 643 readable texts of ../shared, 139 -> 9 hints."""
    used: dict[float, str] = {}
    for it in marker_stream(ctx):
        rank = mk.RANK.get(it.family)
        if rank is not None and (it.heading or _standalone(it)):
            used.setdefault(rank, it.marker.strip())
    for it, entry in _events(ctx, "skip"):
        lo, hi = mk.RANK[entry.family], mk.RANK[it.family]
        skipped = [used[r] for r in sorted(used) if lo < r < hi]
        if skipped:
            yield _on_marker(
                ctx,
                it,
                f"“{entry.item.marker}”之下直接用“{it.marker}”，跳过了稿中别处用的"
                f"“{skipped[0]}”这一级",
                # 一、 then 1、 under each part is one habit: the levels, not the numbers
                kind=f"{entry.family}>{it.family}",
            )


_STANDARD = {mk.CN_DUN: "、", mk.CN_PAREN: "", mk.ARABIC_PAREN: ""}


_NUMBER = re.compile(r"[0-9一二三四五六七八九十百零〇两]+")


def _separator(marker: str, family: str) -> str:
    """What follows the number: "、" in 一、, "." in 1., ")" style in (一)."""
    if family in (mk.CN_PAREN, mk.ARABIC_PAREN):
        return marker
    return marker.lstrip("0123456789一二三四五六七八九十百零〇两 ")


@rule(
    "numbering.punct",
    "numbering",
    "warning",
    "序号后的标点不规范",
    "GB/T 9704：一、（一）1.（1）；“一.”、半角括号“(一)”、“（一）、”或同级“1.”“1、”混用都不规范；"
    "GB/T 15834：“第一”“首先”类序次语后用逗号，不用顿号（第一，）",
    fires=[
        Example("«一.»总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。", suggestion="一、"),
        Example("«(一)»加强领导\n要抓好落实。\n（二）压实责任\n要抓好落实。", suggestion="（一）"),
        Example(
            "1.加强领导\n要抓好落实。\n2.压实责任\n要抓好落实。\n«3、»强化督查\n要抓好落实。",
            suggestion="3.",
        ),
        Example(
            "第一，提高站位。要抓好落实。\n«第二、»突出重点。要抓好落实。",
            suggestion="第二，",
        ),
    ],
    passes=[
        "一、总体要求\n要抓好落实。\n二、重点任务\n要抓好落实。",
        "第一，提高站位。要抓好落实。\n第二，突出重点。要抓好落实。",
        "1、加强领导\n要抓好落实。\n2、压实责任\n要抓好落实。",
    ],
)
def check_punct(ctx):
    """Non-standard punctuation after a marker, or 1、 among 1. markers."""
    arabic: list[_Item] = []
    for it in marker_stream(ctx):
        m = it.marker
        fam = it.family
        fix = None
        if fam == mk.CN_DUN and not m.endswith("、"):
            fix = re.sub(r"[ \u3000]*[.．，,]$", "、", m)
        elif fam == mk.DI and m.endswith("、"):
            # GB/T 15834-2011 4.3.3: 第一， 首先， (a comma); the 顿号 is for 一、 甲、
            fix = m[:-1] + "，"
            message = f"序次语“{m[:-1]}”后应用逗号，不用顿号"
            yield _on_marker(ctx, it, message, fix, kind="序次语后用了顿号")
            continue
        elif fam in (mk.CN_PAREN, mk.ARABIC_PAREN):
            core = m.rstrip("、，,.．")
            if core != m or "(" in core or ")" in core:
                fix = core.replace("(", "（").replace(")", "）")
        elif fam == mk.ARABIC:
            arabic.append(it)
        if fix and fix != m:
            # 一. 二. 三. all written alike are one problem: the kind is the shape, not the number
            shape = _NUMBER.sub("N", f"{m}→{fix}")
            yield _on_marker(ctx, it, f"序号“{m}”写法不规范，应为“{fix}”", fix, kind=shape)
    if arabic:
        seps = [_separator(it.marker, mk.ARABIC).strip() for it in arabic]
        counts = {s: seps.count(s) for s in set(seps)}
        if len(counts) > 1:
            main = max(counts, key=lambda s: (counts[s], s == "."))
            for it, sep in zip(arabic, seps):
                if sep != main:
                    fix = it.marker[: len(it.marker) - len(_separator(it.marker, mk.ARABIC))] + main
                    yield _on_marker(
                        ctx,
                        it,
                        f"同一文稿的阿拉伯数字序号多用“{main}”，这里是“{sep}”",
                        fix,
                        kind=f"{sep}→{main}",
                    )


@rule(
    "numbering.typed",
    "numbering",
    "warning",
    "草稿标题里手写了序号",
    "草稿的序号由位置自动生成，标题里再手写“一、”会印出两个序号",
    fires=[Example("# «一、»提高站位\n要抓好落实。\n# 突出重点\n要抓好落实。", draft=True)],
    passes=[Example("# 提高站位\n要抓好落实。\n# 突出重点\n要抓好落实。", draft=True)],
)
def check_typed(ctx):
    """A marker typed into a draft heading, which numbers itself."""
    if ctx.text.kind != "draft":
        return
    for p in ctx.paras:
        if p.is_heading and p.heading:
            m = match_marker(p.heading)
            if m and m.family in (mk.CN_DUN, mk.CN_PAREN, mk.ARABIC, mk.ARABIC_PAREN):
                start = len(p.text) - len(p.heading)
                yield ctx.finding(
                    p, start, start + len(m.text), f"标题里手写了序号“{m.text}”，草稿会自动编号", ""
                )
