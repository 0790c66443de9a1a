"""Announced counts: 我讲三点意见 / 从三个方面 / “四勤”：一是… followed by a different
number of parts or items.

The count that follows is read from what the announcement introduces: an enumeration in
the same paragraph after a colon (一是… 二是…), a run of numbered paragraphs right after
it, or, for 下面我讲三点意见 ending the opening or a part's lead-in, the numbered headings
under it.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.review.registry import rule

_NUM = "[一两二三四五六七八九十]{1,3}"
_ANNOUNCE = re.compile(
    rf"(?:讲|谈|强调|提|说|从|有|抓好|做到|把握|处理好|围绕)(?:了|以下|这么|好)?({_NUM})(点|个方面|方面|个问题|句话|条|件事|项|个字)"
    rf"(?:意见|看法|体会|要求|建议|想法|工作)?"
)
# what may follow 从三个方面 / 讲三点 before the sentence ends: 谈谈意见, 来讲, 提几点要求
_TAIL = re.compile(
    r"(?:来|再)?(?:谈谈|讲讲|说说|谈|讲|说|提出|提|部署)?(?:一些|几点|一下)?"
    r"(?:意见|看法|体会|要求|建议|想法|工作)?(?:[：:，,。；]|$)"
)
_LIST_NOUN = re.compile(rf"(?<![第\d])({_NUM})(个|项|条|点)([\u4e00-\u9fff]{{1,6}})[：:]")
_QUOTED = re.compile(
    rf"[“\"]({_NUM})(个)?([\u4e00-\u9fff]{{1,4}})[”\"](?:[^。；]{{0,8}}?)[，,]?(?:即|就是)?[：:，,]?"
)
_INLINE = [
    ("yishi", re.compile(r"(?:^|(?<=[：:，,；;。！？\s]))([一二三四五六七八九十])(?:是|要|靠|抓)")),
    (
        "di",
        re.compile(
            r"(?:^|(?<=[：:，,；;。！？\s]))第([一二三四五六七八九十])(?:[，,、：:]|个方面|点|条)"
        ),
    ),
    ("paren", re.compile(r"[（(]([一二三四五六七八九十])[）)]")),
    ("arabic", re.compile(r"(?:^|(?<=[：:，,；;。\s]))(\d{1,2})[.．、](?!\d)")),
    ("seq", re.compile(r"(?:^|(?<=[：:，,；;。\s]))(首先|其次|再次|最后)[，,]")),
]
_SEQ = {"首先": 1, "其次": 2, "再次": 3}


def _n(text: str) -> int:
    return 2 if text == "两" else (parse_cn_number(text) or 0)


def _run(text: str, start: int) -> tuple[str, int] | None:
    """The longest 1, 2, 3 … enumeration of one style in ``text`` from ``start``:
    (style, count), the style starting nearest to ``start``."""
    best = None
    for name, pat in _INLINE:
        hits = [m for m in pat.finditer(text, start)]
        if not hits:
            continue
        if name == "seq":
            words = [m.group(1) for m in hits]
            if words[0] != "首先":
                continue
            count = 1
            for w in words[1:]:
                if w == "最后":
                    count += 1
                    break
                if _SEQ.get(w) == count + 1:
                    count += 1
            first = hits[0].start()
        else:
            nums = [int(m.group(1)) if m.group(1).isdigit() else _n(m.group(1)) for m in hits]
            if nums[0] != 1:
                continue
            count = 1
            for v in nums[1:]:
                if v == count + 1:
                    count += 1
                elif v == 1:
                    break
            first = hits[0].start()
        if best is None or first < best[2]:
            best = (name, count, first)
    if best is None:
        return None
    return best[0], best[1]


def _following_run(ctx, para) -> int | None:
    """Numbered paragraphs or headings right after ``para`` that start at 1: how many. A
    sibling heading whose number starts again (1、 after 2、) opens another list under the same
    part, announced by its own sentence (ren 20160805: 有两点是可以肯定的：1、2、, then 在以下两个
    方面需要改进：1、2、), so the count stops there."""
    paras = ctx.paras
    k = para.index + 1
    if para.is_heading:
        kids = ctx.text.children.get(para.index, [])
        numbered = [paras[i] for i in kids if paras[i].marker]
        if numbered:
            return len(numbered)
    if k >= len(paras):
        return None
    nxt = paras[k]
    if nxt.is_heading and nxt.marker:
        siblings = ctx.text.children.get(nxt.parent, [])
        count = 0
        for i in siblings:
            if i < k or not paras[i].marker:
                continue
            hit = _lead_number(paras[i].text, count)
            if count and hit is not None and hit[1] <= count:
                break  # numbering starts again: a second list under the same part
            count += 1
        return count or None
    # plain paragraphs starting 一是/第一，/1., numbered 1, 2, 3 … in one style
    count = 0
    style = None
    while k < len(paras) and not paras[k].is_heading:
        hit = _lead_number(paras[k].text, count)
        if hit is None or hit[1] != count + 1 or style not in (None, hit[0]):
            break
        style = hit[0]
        count += 1
        k += 1
    return count or None


def _lead_number(text: str, before: int) -> tuple[str, int] | None:
    """The enumeration marker a paragraph starts with: (style, its number); 最后 is the
    one after ``before``. Each paragraph of a list holds one item (1.… / 2.…), so the
    number is read at its start, not as a run that must begin at 1: read that way the
    second paragraph of 要抓好三项措施：1.… 2.… ended every list of paragraphs at one."""
    for name, pat in _INLINE:
        m = pat.match(text)
        if not m:
            continue
        word = m.group(1)
        if name == "seq":
            return name, before + 1 if word == "最后" else _SEQ[word]
        return name, int(word) if word.isdigit() else _n(word)
    return None


@rule(
    "count.announced",
    "count",
    "error",
    "宣布的数目与实际不符",
    "“我讲三点意见”“从四个方面”之后实际列出的部分或条目数不同，听众会数出差错",
    fires=[
        "同志们：\n下面，我«讲四点意见»。\n一、提高认识\n要抓好落实。\n二、突出重点\n要抓好落实。\n三、加强领导\n要抓好落实。",
        "要做到«“四勤”：»一是腿勤，二是眼勤，三是手勤。",
        "会议主要有«三个目的：»一是传达精神；二是总结工作。",
        # a point deleted from a list of numbered paragraphs, the count left as it was
        "具体讲，要抓好«三项措施：»\n1.坚持每月一次业务培训；\n2.建立文稿质量通报制度。",
    ],
    passes=[
        "同志们：\n下面，我讲三点意见。\n一、提高认识\n要抓好落实。\n二、突出重点\n要抓好落实。\n三、加强领导\n要抓好落实。",
        "要做到“四勤”：一是腿勤，二是眼勤，三是手勤，四是脑勤。",
        "要增强“四个意识”，坚定“四个自信”。",
        "具体讲，要抓好三项措施：\n1.坚持每月一次业务培训；\n2.建立文稿质量通报制度；\n3.推行督查事项销号管理。",
    ],
)
def check_announced(ctx):
    """An announced count (我讲三点意见, “四勤”：) against the items or parts that follow."""
    for para in ctx.paras:
        text = para.text
        if not any(ch in text for ch in "两二三四五六七八九十"):
            continue
        done = set()
        for pat in (_QUOTED, _LIST_NOUN, _ANNOUNCE):
            for m in pat.finditer(text):
                if any(s <= m.start() < e for s, e in done):
                    continue
                said = _n(m.group(1))
                if said < 2:
                    continue
                after = m.end()
                inline = _run(text, after)
                colon = text[after - 1 : after] in "：:" or bool(
                    re.match(r"[^。；]{0,10}[：:]", text[after:])
                )
                tail = _TAIL.match(text, after)
                if pat is _ANNOUNCE and tail is None:
                    continue  # 两条战线, 三点一线: a compound, not an announcement
                level = None
                if inline is not None and (colon or pat is not _ANNOUNCE):
                    # the enumeration must start right after the announcement
                    gap = _first_marker_at(text, after)
                    if gap is None or gap - after > 12:
                        continue
                    actual = inline[1] + _continued(ctx, para, inline)
                elif (
                    pat is _ANNOUNCE
                    and _ends_paragraph(text, tail.end() - 1 if tail else after)
                    or pat is _LIST_NOUN
                    and not text[after:].strip()
                ):
                    # 下面我讲三点意见。 / 要抓好三项措施： ending the paragraph: the
                    # numbered headings or paragraphs after it are the items announced
                    actual = _following_run(ctx, para)
                    if actual is None:
                        continue
                    nxt = ctx.paras[para.index + 1] if para.index + 1 < len(ctx.paras) else None
                    if not (para.is_heading or (nxt is not None and nxt.is_heading)):
                        level = "warning"  # counted from plain numbered paragraphs
                else:
                    continue
                done.add((m.start(), m.end()))
                if actual == 1:
                    continue  # 一是…一是…, or a list the reader could not follow
                if actual != said:
                    unit = m.group(2)[-1] if pat is _ANNOUNCE else "项"
                    said_text = "".join(g for g in m.groups() if g)
                    yield ctx.finding(
                        para,
                        m.start(),
                        m.end(),
                        f"前面说“{said_text}”，后面实际列了{actual}{unit}",
                        level=level,
                    )


def _continued(ctx, para, inline) -> int:
    """Items of an enumeration begun in ``para`` that go on in the next paragraphs
    (我有两个问题：1、… / 2、…)."""
    style, count = inline
    pat = dict(_INLINE)[style]
    more = 0
    for nxt in ctx.paras[para.index + 1 : para.index + 12]:
        m = pat.match(nxt.text)
        if not m or style == "seq":
            break
        value = int(m.group(1)) if m.group(1).isdigit() else _n(m.group(1))
        if value != count + more + 1:
            break
        more += 1
    return more


def _first_marker_at(text: str, start: int) -> int | None:
    positions = [m.start() for _n_, pat in _INLINE for m in [pat.search(text, start)] if m]
    return min(positions) if positions else None


def _ends_paragraph(text: str, end: int) -> bool:
    """The announcement is in the last sentence of its paragraph (下面我讲三点意见。)."""
    tail = text[end:]
    return not re.search(r"[。！？；][^。！？；]", tail)
