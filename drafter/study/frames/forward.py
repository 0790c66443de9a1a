"""Items that FOLLOW a count (三个因素：A，B和C / 两个题目，一个是A，一个是B / 分成三类：
第一类为A… 第二类，B… 第三类人就是C): one general reader instead of a rule per shape.

A writer who counts and then spells out the count's things does it in a few ways, and all of
them cut the text after the count into parallel units: an enumerator opens each unit (一是,
第一, 第一类, 首先, （一）, 1、, 一个是 / 另一个, 一部分 / 另一部分), or an introducer (：, ——,
即, 就是, 这就是) opens one list whose units the punctuation separates (、, the clauses of a
sentence with 和 before the last, ；). The reader segments the text after the count each of
those ways and keeps a segmentation only when it gives *exactly* as many units as the number
says — no more enumerators of the same run after the last, no fewer — so that a frame can be
decided on "its N items are there" rather than on the shape of the sentence around it.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import item_spans
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import clean_item, parallel_prefix, sentence_end, split_last_he
from drafter.study.text import item_clause

_NUM = "[一二三四五六七八九十]"
_CN = "一二三四五六七八九十"
# where an enumerator may stand: the start of the region, or after a clause mark
_AFTER_BOUNDARY = re.compile(r"[，,；;：:。！？!?、\n“”\"）) \u3000—―]+")
# 第一 / 第一类为 / 第一个假设： / 第二，/ 第三便要 / 第一次，: an ordinal, a counter and up to
# four characters of the noun, then a word or a mark that opens the item
_DI = re.compile(
    rf"第({_NUM}{{1,2}})(个|种|类|条|项|点|次|部分|方面|批|步|件|层|块|句)?"
    r"(?:(?![便就要是为在])[\u4e00-\u9fff]{1,4}?(?=[，,：:是为]))?"
    r"(?:便|就)?(?:要|是|为|在)?[，,：:、]?"
)
# 一是 / 二要 / 一不要 / 三曰 / 其一，
_SHI = re.compile(rf"({_NUM}{{1,2}})(?:是|要|不要|不能|曰|则|靠|抓)[，,：:]?")
_QI = re.compile(rf"其({_NUM})[，,、：:是]?")
_BRACKET = re.compile(rf"[（(]({_NUM}{{1,2}}|\d{{1,2}}|[甲乙丙丁戊])[）)]\s*")
# （甲）（乙）…: the stems number a bracketed run as （一）（二） do
_STEMS = {"甲": 1, "乙": 2, "丙": 3, "丁": 4, "戊": 5}
_ARABIC = re.compile(r"(\d{1,2})[、.．）)](?!\d)\s*")
_CIRCLED = re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩])")
# 一、 opening a paragraph or a list after ：/；/。 (not 一、二、三个 inside a phrase)
_DUN = re.compile(rf"({_NUM}{{1,2}})、(?!{_NUM})")
_SEQ = re.compile(r"(首先|其次|再次|然后|最后)[，,、：:是要]?")
_SEQ_N = {"首先": 1, "其次": 2, "再次": 3, "然后": -1, "最后": 0}
# 一个是 / 另一个是 / 还有一个 / 一类是 / 一部分 / 一批 … : the units named "one … (the other)"
_ONE = re.compile(
    r"(?:在)?(还有|另外|另|再|又)?一(个|种|类|条|项|块|批|部分|方面|面|门|手|支|套|件|步|次)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:就)?(?:是|为|叫做|叫)|就是|在|[，,：:])"
)
_ONE_BARE = re.compile(r"(还有|另外|另|再|又)?一(个|种|类|批|部分)(?=[\u4e00-\u9fff])")
# every character an enumerator above may open with (besides a digit, \d): a clause start
# with none of them is passed over without trying the ten patterns (most clauses open so)
_MARK_STARTS = frozenset(_CN + "第其（(①②③④⑤⑥⑦⑧⑨⑩首再然最在还另又")


def _marks(text: str, start: int, stop: int) -> list[tuple[str, int, int, int]]:
    """Every enumerator in ``text[start:stop]`` at a clause boundary: (family, number, where
    it stands, where its item starts). Families: ``"di"`` (第一…), ``"shi"`` (一是…),
    ``"qi"`` (其一), ``"br"`` (（一）), ``"ar"`` (1、), ``"ci"`` (①), ``"seq"`` (首先…),
    ``"one:<counter>"`` (一个是…另一个…; number 1 for the first, 2 for 另/还有 …)."""
    out = []
    stop = min(stop, len(text))
    spots = [start] + [b.end() for b in _AFTER_BOUNDARY.finditer(text, start, stop)]
    skip_to = start
    for i in spots:
        if i < skip_to or i >= stop:
            continue
        if text[i] not in _MARK_STARTS and not text[i].isdecimal():
            continue
        hit = None
        for family, rx in (("di", _DI), ("shi", _SHI), ("qi", _QI), ("br", _BRACKET)):
            m = rx.match(text, i)
            if m:
                g = m.group(1)
                n = _STEMS.get(g) or (int(g) if g.isdigit() else parse_cn_number(g))
                if n:
                    # 第一种… 第二种…: one run names one counter (第一种 … 第二 is not a run)
                    counter = m.group(2) if family == "di" and m.lastindex >= 2 else ""
                    hit = (f"{family}{counter or ''}", n, i, m.end())
                break
        if hit is None:
            m = _ARABIC.match(text, i) or _CIRCLED.match(text, i)
            if m and m.re is _ARABIC:
                hit = ("ar", int(m.group(1)), i, m.end())
            elif m:
                hit = ("ci", "①②③④⑤⑥⑦⑧⑨⑩".index(m.group(1)) + 1, i, m.end())
        if hit is None and (i == 0 or text[i - 1] in "：:；;。"):
            m = _DUN.match(text, i)
            if m:
                hit = ("dun", parse_cn_number(m.group(1)), i, m.end())
        if hit is None:
            m = _SEQ.match(text, i)
            if m:
                hit = ("seq", _SEQ_N[m.group(1)], i, m.end())
        if hit is None:
            m = _ONE.match(text, i) or _ONE_BARE.match(text, i)
            if m:
                hit = (f"one:{m.group(2)}", 2 if m.group(1) else 1, i, m.end())
        if hit is not None:
            out.append(hit)
            skip_to = hit[3]
    return out


def _run(marks: list[tuple[str, int, int, int]], number: int, first_by: int):
    """The run of exactly ``number`` enumerators of one family, the first standing before
    ``first_by``: numbered 1, 2, … in order (最后 may close it), or "one … another" marks of
    one counter. None when the run goes on past the number or stops short."""
    for k, (family, n, at, _) in enumerate(marks):
        if at > first_by:
            return None
        if n != 1:
            continue
        run = [marks[k]]
        same = [x for x in marks[k + 1 :] if x[0] == family]
        if family.startswith("one:"):
            run += same[: number - 1]
            if len(run) == number and len(same) == number - 1:
                return run
            continue
        expected = 2
        for x in same:
            if (
                x[1] == expected
                or (x[1] == 0 and expected == number)
                or (family == "seq" and x[1] == -1 and expected <= number)
            ):
                run.append(x)
                expected += 1
                if x[1] == 0:
                    break
            elif x[1] == 1:
                break  # a new run starts: this one has ended
        if len(run) == number and not any(x[1] == number + 1 for x in same if x[2] > run[-1][2]):
            return run
    return None


def _item(text: str, start: int) -> str:
    item = clean_item(item_clause(text[start:])) if start < len(text) else ""
    return item.strip(' “”"‘’「」')


def enumerated_after(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """Items opened by one enumerator each after the count, in its paragraph: the first in the
    count's sentence or the next one, exactly ``number`` of one family in a row."""
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    start = frame.span.end
    stop = min(len(text), start + max(600, 200 * frame.number))  # 十大任务：第一便要…
    marks = _marks(text, start, stop)
    first_by = sentence_end(text, sentence_end(text, start) + 1)
    run = _run(marks, frame.number, first_by)
    if run is None:
        return _glued_ones(text, p, start, frame.number)
    items, spans = [], []
    for _, _, _, s in run:
        item = _item(text, s)
        items.append(item)
        spans.append(Span(p, s, s + len(item)))
    return (items, spans) if _plausible(items) else None


_GLUED_ONE = re.compile(r"(?:另)?一(个|种|类|条|批|面|头)")


def _glued_ones(text: str, p: int, start: int, number: int):
    """两个品牌，一个高端一个低端: short items each after 一个 with no mark between them, the
    first opening the clause right after the count; exactly ``number`` in the clause."""
    lead = re.match(r"[，,：:]\s*", text[start:])
    if not lead:
        return None
    begin = start + lead.end()
    end = begin
    while end < len(text) and text[end] not in "，,；;。！？!?：:":
        end += 1
    hits = list(_GLUED_ONE.finditer(text, begin, end))
    if len(hits) != number or hits[0].start() != begin or len({h.group(1) for h in hits}) != 1:
        return None
    bounds = [h.end() for h in hits]
    ends = [h.start() for h in hits[1:]] + [end]
    items = [text[a:b] for a, b in zip(bounds, ends)]
    if any(not 1 <= len(i) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", i) for i in items):
        return None
    if not _plausible(items):
        return None
    return items, [Span(p, a, b) for a, b in zip(bounds, ends)]


def paragraphs_after(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """分成三类：(paragraph) 第一类为A… 第二类，B… 第三类人就是C…: a count closing its
    paragraph whose items open the paragraphs after it, one enumerator each, exactly as many
    (a paragraph of an item's own may stand between two items); or whose items are the
    headings right after it (分三种地区。 then 一、… 二、… 三、…), each with its section."""
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    if len(text) - sentence_end(text, frame.span.end) > 2:
        return None  # the count's sentence does not close its paragraph
    run: list[tuple[int, int, str]] = []
    family = None
    headings = None  # whether the items are headings (their sections between them)
    gap = 0
    idx = p
    while idx + 1 < len(lay.paragraphs):
        idx += 1
        para = lay.paragraphs[idx]
        marks = _marks(para.text, 0, min(len(para.text), 12))
        mark = marks[0] if marks and marks[0][2] == 0 else None
        if headings is None:
            headings = para.is_heading
        if para.is_heading != headings:
            if headings:
                continue  # a section's own paragraphs
            break  # a heading ends a run of paragraphs
        if not headings and idx > p + 3 * frame.number:
            break
        if mark is None or (family and mark[0] != family):
            if headings and run:
                continue  # a sub-heading inside a section
            if not run or gap >= 2 or headings:
                break
            gap += 1
            continue
        if mark[1] != len(run) + 1 and not (mark[1] == 0 and len(run) + 1 == frame.number):
            break
        family, gap = mark[0], 0
        run.append((idx, mark[3], _item(para.text, mark[3])))
        if len(run) == frame.number:
            if _run_goes_on(lay, idx, family, len(run) + 1, headings):
                return None  # the run goes on: not this count's items
            break
    if len(run) != frame.number:
        return None
    items = [t for _, _, t in run]
    spans = [Span(i, s, s + len(t)) for i, s, t in run]
    return (items, spans) if _plausible(items) else None


def _run_goes_on(lay: Layout, idx: int, family: str, number: int, headings: bool) -> bool:
    """Whether the paragraph (or, for headings, the next heading) after ``idx`` goes on with
    the run's next number."""
    for k in range(idx + 1, len(lay.paragraphs)):
        para = lay.paragraphs[k]
        if headings and not para.is_heading:
            continue
        marks = _marks(para.text, 0, min(len(para.text), 12))
        if headings and not (marks and marks[0][2] == 0 and marks[0][0] == family):
            continue  # a sub-heading of a section
        return bool(marks) and marks[0][2] == 0 and marks[0][:2] == (family, number)
    return False


# what may stand between the count and the list it introduces: ：, ——, 即, 就是, 这就是, 是
_INTRO = re.compile(
    r"[”’」\"]?(?:[\u4e00-\u9fff]{0,8}?)"
    r"(?:[：:]|——|――|—|[，,]\s*(?:即|就是|也就是|这就是|分别是|包括)[：:]?|(?:即|就是|分别是|包括)[：:]?"
    # 不是要推翻三座大山吗？就是打倒A、B、C: a question the speaker answers with the list
    r"|[吗呢]?[？?]\s*(?:就是|即|这就是)[：:]?)"
    r"\s*"
)


# 三个冬春就是三个浪潮: a unit that is itself a count renames the frame, it lists nothing
_COUNT_UNIT = re.compile(r"^[一二三四五六七八九十两]{1,2}(?:个|种|类|条|项|点|大|件)")


def introduced_list(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """三个因素：A，B和C / 三个摆脱——A、B、C / 三步曲，即A、B、到C: one list after an
    introducer, its units cut by 、, then by the clauses of the sentence (和 before the last),
    then by ；, the first cut that gives exactly ``number`` short units."""
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    intro = _INTRO.match(text, frame.span.end)
    if not intro:
        return None
    start = intro.end()
    marks = _marks(text, start, start + 6)
    if marks and marks[0][2] == start:
        return None  # ：其一，… / ：第一，…: enumerated items, each a clause group of its own
    end = sentence_end(text, start)
    body = text[start:end]
    clause = re.split(r"[，,；;]", body, maxsplit=1)[0]
    n = frame.number
    tries = [
        (split_last_he([x for x in clause.split("、") if x], n), 16),
        (split_last_he([x for x in re.split(r"[，,；;]", body) if x], n), 16),
        ([x for x in re.split(r"[；;]", body) if x], 30),
        # 两个口号：分清敌我，分清是非，什么是敌人…: the count's list, then clauses about it
        (parallel_prefix([x for x in re.split(r"[，,]", body) if x], n) or [], 16),
    ]
    best = None
    noun = _COUNTED_NOUN.sub("", frame.phrase)
    for parts, longest in tries:
        items = [clean_item(x.strip(' “”"‘’「」')) for x in parts]
        items = [_LINK.sub("", i) for i in items]
        if items:
            items[-1] = _noun_shared(items[-1], noun)
        if (
            len(items) == n
            and all(2 <= len(i) <= longest and not _COMMENT.match(i) for i in items)
            and not any(_COUNT_UNIT.match(i) for i in items)
            and _plausible(items)
        ):
            score = parallelism(items)
            sizes = [len(i) for i in items]
            if min(sizes) < 0.35 * max(sizes):
                continue  # 中国共产党 / 中国国民党的政策何以…: the cut joins unlike things
            if best is None or score > best[0]:
                best = (score, items)
    if best is None:
        return None
    return best[1], item_spans(text, p, best[1], start, end)


# a count's numeral and counter, before the noun it counts (三大政策 -> 政策)
_COUNTED_NOUN = re.compile(r"^[一二三四五六七八九十两]{1,2}(?:个|种|条|项|点|类|大|件|层)?")


def _noun_shared(last: str, noun: str) -> str:
    """The last unit of an introduced list without the count's own noun and the 的-phrase it
    opens (三大政策，即联俄、联共和扶助农工政策的三民主义 -> 扶助农工): the noun after the last
    unit is shared by every unit, and what follows 的 is what the whole list qualifies."""
    if len(noun) < 2:
        return last
    at = last.find(noun + "的")
    return last[:at] if at >= 2 else last


# 这是可靠力量 / 它…: a clause that comments on the unit before is no unit of its own
_COMMENT = re.compile(r"(?:这|那|它|此|其)")
# 从A、B到C / 和C: the words that join a unit to the list, not part of the item
_LINK = re.compile(r"^(?:从|到|和|与|及|以及|还有)(?=[\u4e00-\u9fff]{2})")


def parallelism(items: list[str]) -> float:
    """How much ``items`` read as one list: lengths alike, and a shared first or last
    character or two (帝国主义…之间的矛盾 / 封建制度…之间的矛盾) — 0 to 2. Several cuts of an
    introduced list can give exactly N units; the most parallel one is the writer's list."""
    sizes = [len(i) for i in items]
    score = min(sizes) / max(sizes)
    if len({i[-2:] for i in items}) == 1 or len({i[:2] for i in items}) == 1:
        score += 1.0
    elif len({i[-1] for i in items}) == 1 or len({i[0] for i in items}) == 1:
        score += 0.5
    return score


def next_paragraph_run(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """保证下列四项 (paragraph) （1）A；（2）B；（3）C；（4）D: a count closing its paragraph
    whose items run inline in the next paragraph, the first enumerator opening it."""
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    if len(text) - sentence_end(text, frame.span.end) > 2 or p + 1 >= len(lay.paragraphs):
        return None
    after = lay.paragraphs[p + 1]
    if after.is_heading:
        return None
    marks = _marks(after.text, 0, min(len(after.text), max(600, 200 * frame.number)))
    if not marks or marks[0][2] != 0:
        return None
    run = _run(marks, frame.number, 0)
    if run is None:
        return None
    items = [_item(after.text, s) for _, _, _, s in run]
    spans = [Span(p + 1, s, s + len(t)) for (_, _, _, s), t in zip(run, items)]
    return (items, spans) if _plausible(items) else None


def forward_items(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The items that follow a count, by the first reader that finds exactly as many as the
    number says: enumerators in its paragraph, an introduced list, enumerated paragraphs,
    enumerators in the next paragraph."""
    if not 2 <= frame.number <= 12:
        return None
    return (
        enumerated_after(lay, frame)
        or introduced_list(lay, frame)
        or paragraphs_after(lay, frame)
        or next_paragraph_run(lay, frame)
        or parallel_after(lay, frame)
    )


# a short clause after a comma: its words up to the next clause mark
_CLAUSE = re.compile(r"[，,]([^，,。；;：:！？!?“”\"]{2,10})(?=[，,。；;！？!?])")


def parallel_after(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """总是有两点，有优点，有缺点，不是只有一点: right after a count and a comma, exactly as many
    short clauses opening alike (their first character, 有 / 要 / 是 …) as the count says, the
    clause after them (if any) opening otherwise: each clause is an item."""
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    found: list[re.Match] = []
    at = frame.span.end
    while (hit := _CLAUSE.match(text, at)) and len(found) <= frame.number:
        found.append(hit)
        at = hit.end()
    if len(found) < frame.number:
        return None
    items = [h.group(1) for h in found[: frame.number]]
    opener = items[0][0]
    if any(i[0] != opener for i in items) or any(
        len(i) > 2 * min(len(j) for j in items) for i in items
    ):
        return None
    if len(found) > frame.number and found[frame.number].group(1).startswith(opener):
        return None  # a longer run opening alike: not this count's
    if not _plausible(items):
        return None
    return items, [Span(p, h.start(1), h.end(1)) for h in found[: frame.number]]


def _plausible(items: list[str]) -> bool:
    """Units that can be items: none empty or longer than 40 characters, all different."""
    if any(not (1 <= len(i) <= 40) for i in items):
        return False
    # 老中国 / 一个老中国: one unit inside another is the same thing said twice
    return not any(a in b for k, a in enumerate(items) for b in items[k + 1 :] + items[:k])


# the words that may close the sentence a pointer count ends (大概是这两件事。 / 就是这两条了。)
_CLOSES = re.compile(r"[了的吧呢啊]?[。！!；;]")


def ones_after_pointer(lay: Layout, m) -> tuple[list[str], list[Span], str] | None:
    """…无非是为吃饭，此外还有一个讨老婆、讨老公，大概是这两件事。一个叫吃饭、一个叫生儿子。: a
    pointer count that closes its sentence, and the next sentence opens on a run of "one …
    one …" (一个叫A、一个叫B / 一个是A，另一个是B) exactly as long as the count — the speaker
    names the things pointed at once more, in his own words, right after pointing: those names
    are the items, not the loose talk before the pointer."""
    text = lay.paragraphs[m.paragraph].text
    close = _CLOSES.match(text, m.end)
    if close is None or m.number > 6:
        return None
    start = close.end()
    marks = _marks(text, start, min(len(text), start + 60 * m.number))
    if not marks or marks[0][2] != start or not marks[0][0].startswith("one:"):
        return None
    run = _run(marks, m.number, start)
    if run is None:
        return None
    items, spans = [], []
    for k, (_, _, _, s) in enumerate(run):
        # 一个叫吃饭、一个叫生儿子: an item ends where the next one's mark stands
        stop = run[k + 1][2] if k + 1 < len(run) else len(text)
        item = _item(text[:stop].rstrip("、，, "), s)
        items.append(item)
        spans.append(Span(m.paragraph, s, s + len(item)))
    return (items, spans, "inline") if _plausible(items) else None
