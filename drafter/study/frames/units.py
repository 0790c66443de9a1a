"""The list that stands right BEFORE a count, cut into exactly as many units as it says.

Chinese writers very often name the items first and count them after, in one sentence:
农业、工业、贸易三方面; 文化和科技、文化和旅游“两个融合”; 土地改革、抗美援朝…和思想改造的五大
运动; 运营商、企业和消费者是…的三个客户群; 抗战、团结、进步，这是…提出的三大方针. The shape
readers of :mod:`drafter.study.frames` read the commonest of these, but each refuses on a guard
meant for its own shape (a 的 before the count, a quote, a copula between). This reader is the
general one behind them: it takes the stretch of the count's sentence where a list of its items
can stand — the words glued to the count, the subject of a copula the count closes, or the clause
before a count that opens with 这是 — cuts it into units by the marks a list is written with
(、, then 和/与/及 before the last; a pair joined by one 和; quoted terms side by side), and keeps
the cut only when it gives exactly the number of units and they read as one list (short, none a
clause of its own, none a figure or a date).

It only reads items: whether a count is a frame is decided elsewhere.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.back import item_spans
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import clean_item
from drafter.study.text import item_clause
from drafter.study.words import tagged, words

_STOPS = "。！？!?；;：:"
# what may stand between a list and its count: 的, 等, 这(些), quotes, 共 … (几个, 这样的)
_GLUE = re.compile(r"(?:[“‘「\s]|的|等等|等|这些|这样的|这样|那样的|这|共|总共|一共|在内的)+$")
# a count closing a clause that opens with a pointer or a copula: the list is the clause before
_POINTED_CLAUSE = re.compile(
    r"^\s*(?:这|这些|以上|上述|它们|这就|这也|这都|都|也|就)?(?:是|为|乃|即)"
)
_COPULAS = frozenset(("是", "乃", "都是", "也是", "就是", "成为"))
_JOINS = ("以及", "和", "与", "及")
_ACTION_TAGS = frozenset(("v", "a", "ad", "d", "vd"))
_PREPOSITIONS = frozenset("为对向给把将被让使在从于以")
_MARKER = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")
_BRACKETS = re.compile(r"[（(][^（）()]{0,30}[）)]")
_QUOTED = re.compile(r"[“\"‘「]([^”\"’」“‘「]{1,20})[”\"’」]")
# a count of its own inside a unit: 坚定拥护“两个确立”、坚决做到 lists actions, not items
_COUNT_INSIDE = re.compile(r"[二三四五六七八九十两](?:个|种|类|条|项|点|大|件|级|方面)")
_FIGURE = re.compile(r"[0-9０-９.%．]+(?:年|月|日|号|%)?|[一二三四五六七八九十〇零]+年")
_LONGEST = 24
# a second count after words in the phrase: 三上门两加强, 三严三实 (一 left out: 三位一体 is one)
_COMPOUND = re.compile(
    r"[二三四五六七八九十两][^二三四五六七八九十两一百千万〇零]+[二三四五六七八九十两]"
)


def list_before(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The ``frame.number`` items listed right before the count in its own sentence, with
    their spans; None unless one cut gives exactly that many units that read as one list."""
    span = frame.span
    text = lay.paragraphs[span.paragraph].text
    number = frame.number
    if not 2 <= number <= 12:
        return None
    begin = max(text.rfind(c, 0, span.start) for c in _STOPS) + 1
    head = text[begin : span.start]
    if _own_list(frame, head):
        return None
    for lo, stretch in _stretches(head):
        items = _cut(stretch, number)
        if items and items[0].startswith("“"):
            items = [i.strip("“”") for i in items]  # terms the writer quoted one by one
        elif not items or not _reads_as_list(items):
            items = None
        if items:
            at = begin + lo
            return items, item_spans(text, span.paragraph, items, at, span.start)
    return None


def _own_list(frame: Frame, head: str) -> bool:
    """Whether the words before the count cannot be its items: two sides of one thing
    (经济、政治、文化三重性), or a count that is one element of a quoted list, its number
    inside its quote after words that hold no list (围绕“坚持一个原则”、“保持两个畅通”), or a
    formula of two counts (三上门两加强, 三严三实), whose first number counts only its first part."""
    if frame.phrase.endswith("重性"):
        return True
    if _COMPOUND.search(frame.phrase):
        return True  # 货运企业“三上门两加强”行动: a formula of two counts names its own parts
    opened, closed = head.rfind("“"), head.rfind("”")
    inside = head[opened:]
    return opened > closed and len(inside) > 1 and not re.search(r"[、和与及]", inside)


def _stretches(head: str) -> list[tuple[int, str]]:
    """Where the list may stand in ``head`` (the count's sentence up to the count), nearest
    first, each as (offset in ``head``, text): the words glued to the count; the subject of a
    copula in the count's clause (A、B和C是…的三个X); the clause before a clause that opens with
    a pointer or a copula (A、B、C，这是…的三大方针)."""
    out: list[tuple[int, str]] = []
    glued = _GLUE.sub("", head)
    owned = "的" in head[len(glued) :]  # 一切人们、一切党派的两个“关”: a list may own the count
    clause_at = max(glued.rfind(c) for c in "，,") + 1
    out.append((clause_at, glued[clause_at:]))
    clause = head[clause_at:]
    copula, pos = None, 0
    for word in words(clause):
        if word in _COPULAS and pos >= 2:
            copula = pos
            break
        pos += len(word)
    if copula is not None and copula + 1 < len(clause):
        # 战争和土改是…的两个“关”: the subject of the copula the count closes
        out.insert(0 if owned else 1, (clause_at, clause[:copula]))
    if clause_at > 0 and _POINTED_CLAUSE.match(clause):
        before = head[: clause_at - 1]
        lo = max(before.rfind(c) for c in "，,") + 1
        out.append((lo, _GLUE.sub("", before[lo:])))
    return [(lo, s) for lo, s in out if s]


def _cut(stretch: str, number: int) -> list[str] | None:
    """``stretch`` cut into exactly ``number`` units by the marks of a list, or None."""
    stretch = _MARKER.sub(lambda m: "\u3000" * len(m.group()), stretch)  # 十一、坚持“一国两制”
    bare = _BRACKETS.sub(lambda m: "\u3000" * len(m.group()), stretch)
    quoted = _QUOTED.findall(bare)
    if len(quoted) == number and re.fullmatch(
        r"[^“\"‘「]*(?:[“\"‘「][^”\"’」]+[”\"’」][、，,和与及]?){" + str(number) + "}", bare.strip()
    ):
        return [f"“{q.strip()}”" for q in quoted]  # “反共”“灭党”两个口号: quoted, so marked
    # marks inside quotes list nothing: “A、B、C”三线 keeps its inner list, “A和B”、“C” its own
    inner = bare
    last_quote = re.search(r"[“\"‘「]([^”\"’」“‘「]{1,80})[”\"’」]$", bare)
    if last_quote and re.search(r"[、和与及]", last_quote.group(1)):
        inner = last_quote.group(1)  # “A、B、C”三线并进: the list inside the quote
    parts = [p for p in re.split(r"、", inner)]
    if len(parts) == number - 1 and len(parts) >= 2:
        last = _split_join(parts[-1])
        if last:
            parts[-1:] = last
    alike = None
    if len(parts) == 1 and number == 2 and not _split_join(inner):
        alike = _parallel_join(inner)
    if alike:
        parts = alike
    elif len(parts) == 1 and number == 2:
        parts = _split_join(inner) or _paired_words(inner) or []
        if len(parts) == 2:
            parts[1] = _shared_head(parts)
    if len(parts) != number:
        return None
    parts = [_without_dangling_quotes(p.replace("\u3000", "").strip(' “”"‘’「」')) for p in parts]
    if all(p.endswith("的") and len(p) > 2 for p in parts[:-1]):
        parts = [p.removesuffix("的") for p in parts]  # 物质的和精神的两方面
    if (
        number == 2
        and not alike  # 为A而奋斗和为B而奋斗: what each side does, said alike, is in its item
        and tagged(parts[-1])[-1:]
        and tagged(parts[-1])[-1][1] in _ACTION_TAGS
    ):
        return None  # 坚持和落实“两个毫不动摇”, 统筹推进、一体落实“两区”: actions done to the count
    # “设计、施工、运维”: all quoted; 为A而奋斗和为B而奋斗: the verb is each side's own
    verb = _final_verb(parts[-1]) if inner is bare and not alike else ""
    if verb:
        # 刑事案件、涉案金额和人员实现“三下降”: the list is the subject of the verb whose object
        # is the count; a pair before such a verb, or units that are verbs, are what is done to
        # it (坚持和落实“两个毫不动摇”), and a list before a preposition is no list of the count
        # (A、B和C为“三农”服务)
        if number == 2 or verb in _PREPOSITIONS or len(parts[-1]) - len(verb) < 2:
            return None
        kept = parts[-1][: -len(verb)]
        # …乡村建设、乡村治理: when the other units end on a verb too, it is part of each item
        if any(_end_class(p) == "v" or tagged(p)[-1:] == [(p[-2:], "vn")] for p in parts[:-1]):
            pass
        elif _end_class(kept) != "n":
            return None  # 县、区、乡现在一律不进行“三反”: what is left is no thing
        else:
            parts[-1] = kept
    if "、" in inner and not any("的" in p for p in parts[:-1]):
        # A、B、C的策略: the head noun after the list; a pair's A和B的斗争 is one thing
        parts[-1] = re.sub(r"的[\u4e00-\u9fff]{1,4}$", "", parts[-1]) or parts[-1]
    parts[0] = _first_item(parts[0], parts[1:])
    return parts


def _first_item(first: str, others: list[str]) -> str:
    """The first unit without the words of the sentence that lead into the list: cut at the
    opening the other units share (是否有利于A、有利于B -> 有利于A), else, when it is longer
    than every other unit, to whole words as long as the longest of them (深入推进文化和科技
    -> 文化和科技; 我们先后进行了土地改革 -> 土地改革)."""
    opening = {o[:2] for o in others}
    if len(opening) == 1 and len(others[0]) > 2:
        shared = next(iter(opening))
        at = first.rfind(shared)
        if at > 0:
            return first[at:]
    longest = max(len(o) for o in others)
    tags = tagged(first)
    # 深入推进文化和科技 -> 文化和科技; 对于雇工 -> 雇工; of three or more parted by 、 the list
    # may start anywhere (敌人在各根据地内实行烧、杀、抢 -> 烧); a pair keeps a noun that opens it
    # (思想上政治上及工作上 stays long, and is no pair)
    shortest = min(len(o) for o in others)
    if "的" in first and not any("的" in o for o in others):
        tail = first[first.rfind("的") + 1 :]  # 实行了孙中山的联俄 -> 联俄
        if len(tail) >= min(2, shortest):
            first, tags = tail, tagged(tail)
    while (
        len(tags) > 1
        and len(first) > longest
        and len(first) - len(tags[0][0]) >= shortest  # 建议权/建议否决权 keeps 建议权
        and (
            not tags[0][1].startswith(("n", "m"))
            or (len(others) > 1 and len(first) > 1.5 * longest)  # 敌人在…实行烧、杀、抢
        )
    ):
        first = first[len(tags[0][0]) :]
        tags = tags[1:]
    # 必须反对右的迁就主义和“左”的关门主义: the predicate that leads into the list, when no other
    # unit opens with one (改造传统产业、培育新兴产业 all open with their verb)
    lead = ("v", "d", "p", "c", "r") if len(others) == 1 else ("p", "c", "r")  # 对于雇工 -> 雇工
    if not any(tagged(o)[:1] and tagged(o)[0][1] in lead for o in others):
        while len(tags) > 1 and tags[0][1] in lead and len(first) - len(tags[0][0]) >= 2:
            first = first[len(tags[0][0]) :]
            tags = tags[1:]
    return clean_item(first) or first


def _final_verb(unit: str) -> str:
    """The verb or preposition that ends ``unit`` right before the count (实现, 为), or ""."""
    if unit[-1:] in _PREPOSITIONS:
        return unit[-1]
    tags = tagged(unit)
    return tags[-1][0] if len(tags) > 1 and tags[-1][1] == "v" and len(tags[-1][0]) > 1 else ""


def _split_join(part: str) -> list[str] | None:
    """The two sides of the one conjunction that is a word of its own in ``part`` (科技和文化;
    和平 holds no 和), or None."""
    cut = words(part)
    joins = [k for k, w in enumerate(cut) if w in _JOINS]
    if len(joins) != 1 or joins[0] in (0, len(cut) - 1):
        return None
    k = joins[0]
    return ["".join(cut[:k]), "".join(cut[k + 1 :])]


def _parallel_join(part: str) -> list[str] | None:
    """为A而奋斗和为B和C而奋斗: of several conjunctions in ``part``, the one whose two sides end
    on the same word (of two characters or more) — the join of a pair written alike, the
    others inside its second side; None unless exactly one does and the sides open alike too
    (the first side cut where it opens as the second does, holding no join of its own)."""
    cut = words(part)
    joins = [
        k
        for k, w in enumerate(cut)
        if w in _JOINS and 0 < k < len(cut) - 1 and cut[k - 1] == cut[-1] and len(cut[-1]) >= 2
    ]
    if len(joins) != 1:
        return None
    k = joins[0]
    left = cut[:k]
    opening = cut[k + 1]
    if opening not in left:
        return None  # the sides must open alike too
    # 悬着为A而奋斗和为B而奋斗: the first side opens where the second does, and holds no join
    # (A和B以及C之D和E: the last 和 joins inside the second side of 以及)
    left = left[len(left) - 1 - left[::-1].index(opening) :]
    if any(w in _JOINS for w in left):
        return None
    return ["".join(left), "".join(cut[k + 1 :])]


def _shared_head(pair: list[str]) -> str:
    """The second side of a pair without the head noun both sides share (科技体制和教育体制的
    改革 -> 教育体制: the reform of each), when what is left is a noun like the first side's
    end; the side as it is otherwise (以为A和反对B的斗争 is one struggle)."""
    first, second = pair
    m = re.search(r"的([\u4e00-\u9fff]{1,4})$", second)
    if not m or "的" in second[: m.start()]:
        return second
    kept = second[: m.start()]
    tags, lead = tagged(kept), tagged(first)
    if (
        len(kept) >= 2
        and tags
        and tags[-1][1].startswith("n")
        and not any(t in ("v", "vd") for _, t in tags)
        and lead
        and lead[-1][1].startswith("n")
    ):
        return kept
    return second


def _paired_words(stretch: str) -> list[str] | None:
    """国际国内 / 党内党外 / 线上线下: two words of two characters that share one, written side by
    side with no mark before a count of two — the two sides of one thing (国内外, one word for
    国内 and 国外, too); None otherwise."""
    cut = words(stretch)
    inside_out = re.fullmatch(r"([\u4e00-\u9fff])内外", cut[-1]) if cut else None
    if inside_out:  # 国内外 / 党内外: the two sides written in one word, 国内 and 国外
        return [inside_out.group(1) + "内", inside_out.group(1) + "外"]
    if len(cut) < 2:
        return None
    a, b = cut[-2], cut[-1]
    if len(a) != 2 or len(b) != 2 or a == b or not (a[0] == b[0] or a[1] == b[1]):
        return None
    tags = [tagged(w)[:1] for w in (a, b)]
    if not all(t and t[0][1][:1] in ("n", "s", "f") for t in tags):
        return None  # 深化文化“两创”: an action and its object, no pair
    return [a, b]


def _reads_as_list(items: list[str]) -> bool:
    """Whether ``items`` read as one list: each short and no clause of its own, none empty,
    a figure or a date, none repeated."""
    if len(set(items)) != len(items):
        return False
    if len(items) == 2 and ("的" in items[0]) != ("的" in items[1]):
        return (
            False  # 以为A和反对B的斗争: one side has a head noun of its own, the pair is one thing
        )
    for item in items:
        if not item or len(item) > _LONGEST or re.search(r"[，,。；;：:！？!?]", item):
            return False
        if _FIGURE.fullmatch(item):
            return False
        if _COUNT_INSIDE.search(item) or _unbalanced(item):
            return False
    # one side far longer than all the others is a clause that carries the list, not an item
    sizes = sorted(len(i) for i in items)
    if len(items) == 2 and sizes[1] > 1.5 * sizes[0] + 1:
        return False  # 思想上政治上及工作上: a pair is two sides alike
    if sizes[-1] > 4 * max(2, sizes[-2]):
        return False
    if len(items) == 2 and _said_alike(items):
        return True  # 为A而奋斗和为B而奋斗: two sides written alike are a pair, whatever they hold
    # the units end alike (nouns, or actions): 和平方针及停止两个政权 joins a thing and the
    # verb whose object is the count; 中国邮政储蓄银行为“三农” ends on a preposition
    ends = [_end_class(i) for i in items]
    if ends[-1] == "x" and len(items[-1]) > 2:
        return False
    # 民族革命和民主革命分为截然不同: one side a thing, the other a clause
    return len(items) != 2 or not (
        "n" in ends and "v" in ends or _inner_verb(items[0]) != _inner_verb(items[1])
    )


def _said_alike(pair: list[str]) -> bool:
    """Whether the two sides of a pair open on the same word and end on the same word of two
    characters or more (为A而奋斗 / 为B而奋斗)."""
    first, second = words(pair[0]), words(pair[1])
    return (
        len(first) > 2
        and len(second) > 2
        and first[0] == second[0]
        and first[-1] == second[-1]
        and len(first[-1]) >= 2
    )


def _inner_verb(item: str) -> bool:
    """Whether a verb stands inside ``item`` with words after it (民主革命分为截然不同)."""
    tags = tagged(item)
    return any(tag == "v" for _, tag in tags[:-1])


def _unbalanced(item: str) -> bool:
    """Whether ``item`` opens or closes a bracket it does not close or open (筹款（现在): a cut
    through an aside."""
    return any(item.count(a) != item.count(b) for a, b in ("（）", "()"))


def _without_dangling_quotes(item: str) -> str:
    """``item`` without the quote marks it opens or closes and does not close or open (“左”的
    关门主义 cut after 和 leaves 左”的关门主义 -> 左的关门主义)."""
    for a, b in ("“”", "‘’", "「」"):
        if item.count(a) != item.count(b):
            item = item.replace(a, "").replace(b, "")
    return item


def _end_class(item: str) -> str:
    """The class of the last word of ``item``: "n" for a noun, "v" for a verb, "x" for a word
    no item ends on (a preposition, conjunction, particle or pronoun), "" otherwise."""
    tags = tagged(item)
    if not tags:
        return ""
    tag = tags[-1][1]
    if tag in ("p", "c", "r") or (tag.startswith("u") and tags[-1][0] != "的"):
        return "x"
    if tag == "v":
        return "v"
    return "n" if tag.startswith("n") else ""


# The units AFTER a count named one by one with the count's own counter and noun: 第一张皮…
# 第五张皮 / 一只手…一只手 / 一类员工…另一类员工 / 一是…另外就是.
_ORDINAL_HEAD = re.compile(r"第([一二三四五六七八九十]{1,2})")
_ONE_HEAD = re.compile(r"(另外|另|还有|再)?一")
_CLOSING = re.compile(r"(?:另外|此外|还有)(?:一(?:个|点|条)?)?(?:就)?是[，,：:]?")
_SHI_HEAD = re.compile(r"([一二三四五六七八九十]{1,2})是[，,：:]?")
_HEAD_BOUNDARY = "，,；;。！？!?：:\n"
_ITEM_LEAD = re.compile(r"^(?:[，,：:]|就是|是|为|叫做|叫)+")


def _counter_noun(frame: Frame) -> tuple[str, str]:
    """The counter and the noun of ``frame``'s phrase (五张“皮” -> 张, 皮; 两类人 -> 类, 人)."""
    m = re.match(r"[一二三四五六七八九十两]{1,2}([\u4e00-\u9fff])(.*)", frame.phrase)
    if not m:
        return "", ""
    return m.group(1), re.sub(r"[“”\"‘’「」]", "", m.group(2))


def repeated_heads(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The ``frame.number`` units after the count that each open on the count's own counter
    and noun with an ordinal (第一张皮，是A。第二张皮，是B / 一只手跟他作斗争，一只手跟他讲团结 /
    一类员工…；另一类员工…), or a run of 一是… closed by 另外(就)是 (一是A；另外就是B): exactly
    that many, at clause starts, in the count's paragraph; None otherwise."""
    number = frame.number
    if not 2 <= number <= 10:
        return None
    counter, noun = _counter_noun(frame)
    span = frame.span
    text = lay.paragraphs[span.paragraph].text
    start = span.end
    stop = min(len(text), start + 150 * number)
    window = text[start:stop]
    heads = (
        _noun_heads(text, start, stop, counter, noun, number)
        if counter
        and (
            f"一{counter}" in window
            or re.search(f"第[一二三四五六七八九十]{{1,2}}{re.escape(counter)}", window)
        )
        else None
    )
    if not heads and "是" in window and re.search(r"另外|此外|还有", window):
        heads = _closed_run(text, start, stop, number)
    if not heads:
        return None
    items, spans = [], []
    for at in heads:
        lead = _ITEM_LEAD.match(text[at:])
        at += lead.end() if lead else 0
        item = clean_item(item_clause(text[at:])).strip(' “”"‘’「」') if at < len(text) else ""
        if not item or len(item) > 40:
            return None
        items.append(item)
        spans.append(Span(span.paragraph, at, at + len(item)))
    if len(set(items)) != number:
        return None
    return items, spans


def _at_boundary(text: str, at: int, start: int) -> bool:
    return at == start or text[at - 1] in _HEAD_BOUNDARY


def _heads(rx, text, start, stop, tail: str, optional: str = "") -> list[tuple[re.Match, int]]:
    """Matches of ``rx`` at clause starts followed by ``tail`` (then ``optional`` if there),
    each with where its unit starts (fixed patterns: no pattern built per count)."""
    out = []
    for m in rx.finditer(text, start, stop):
        if not _at_boundary(text, m.start(), start) or not text.startswith(tail, m.end()):
            continue
        at = m.end() + len(tail)
        if optional and text.startswith(optional, at):
            at += len(optional)
        out.append((m, at))
    return out


def _noun_heads(text, start, stop, counter, noun, number) -> list[int] | None:
    """Where each unit starts after its head 第k + counter (+ noun) or 一/另一 + counter + noun,
    exactly ``number`` heads of one kind at clause starts (the first in the count's sentence
    or the next), none numbered past ``number``."""
    found = [
        (parse_cn_number(m.group(1)), at)
        for m, at in _heads(_ORDINAL_HEAD, text, start, stop, counter, noun[:2])
    ]
    if [n for n, _ in found[:number]] == list(range(1, number + 1)) and not any(
        n == number + 1 for n, _ in found
    ):
        return [at for _, at in found[:number]]
    if not noun:
        return None  # 一个…一个 without a noun is any count of things
    hits = _heads(_ONE_HEAD, text, start, stop, counter + noun[:2])
    if not hits and counter in "类种":
        # 两类人，一类员工…；另一类员工…: kinds named afresh, the last one "another"
        hits = [
            (m, at)
            for m, at in _heads(_ONE_HEAD, text, start, stop, counter)
            if re.match(r"[\u4e00-\u9fff]", text[at : at + 1])
        ]
        if not hits or not hits[-1][0].group(1):
            return None
    if len(hits) > number and not re.search(
        r"[。！？!?]", text[hits[0][0].start() : hits[number - 1][0].start()]
    ):
        hits = hits[
            :number
        ]  # 一只手跟他作斗争，一只手跟他讲团结。…这是一只手: the first sentence's
    if len(hits) != number or hits[0][0].group(1):
        return None
    first = hits[0][0].start()
    first_end = text.find("。", start)
    if 0 <= first_end < first - 1 and text.find("。", first_end + 1, first) >= 0:
        return None  # the first head stands past the next sentence: not this count's
    return [at for _, at in hits]


def _closed_run(text, start, stop, number) -> list[int] | None:
    """一是A；二是B；另外就是C: a run of 一是… one short of ``number``, closed by 另外(就)是."""
    heads: list[int] = []
    pos = start
    for k in range(1, number):
        m = None
        for hit in _SHI_HEAD.finditer(text, pos, stop):
            if _at_boundary(text, hit.start(), start):
                m = hit
                break
        if m is None or parse_cn_number(m.group(1)) != k:
            return None
        heads.append(m.end())
        pos = m.end()
    close = next(
        (c for c in _CLOSING.finditer(text, pos, stop) if _at_boundary(text, c.start(), start)),
        None,
    )
    if close is None or _SHI_HEAD.search(text, pos, close.start()):
        return None
    heads.append(close.end())
    return heads


# 基本原则有三个，即：… / 前途不外两种，一是… / 方法只有两个：…: a count stated as the predicate of
# the noun it counts, which stands before it
_BARE_COUNT = re.compile(r"[一二三四五六七八九十两]{1,2}(?:个方面|个|种|类|条|项|点|件|方面)")
_NO_SUBJECT = frozenset(("主要", "大体", "大致", "一共", "总共", "大概", "至少", "起码", "还是"))
_PREDICATE = re.compile(
    r"([\u4e00-\u9fff]{2,6}?)(?:大体上|大致|主要|一共|总共|共|只|也|就|则|都)?"
    r"(?:有|不外乎|不外|可以分为|可分为|分为|分成|包括|计有)$"
)


def with_subject(lay: Layout, frame: Frame) -> str:
    """The phrase of a bare count (三个, 两种) with the noun it is the predicate of, as the text
    says it (八路军的政治工作的基本原则有三个 -> 基本原则有三个; 努力的方式有两种 -> 方式有两种): the
    words after the last 的 or clause mark, ending on a noun; the phrase itself otherwise."""
    if not _BARE_COUNT.fullmatch(frame.phrase):
        return frame.phrase
    text = lay.paragraphs[frame.span.paragraph].text
    head = text[max(0, frame.span.start - 14) : frame.span.start]
    head = re.split(r"[，,。；;：:！？!?、“”（）()的]", head)[-1]
    m = _PREDICATE.search(head)
    if not m:
        return frame.phrase
    subject = m.group(1)
    if subject in _NO_SUBJECT:
        return frame.phrase  # 主要有两条: an adverb, no noun
    tags = tagged(subject)
    lead = 0
    while len(tags) > 1 and tags[0][1] in ("c", "d") and tags[0][0] not in _NO_SUBJECT:
        lead += len(
            tags[0][0]
        )  # 所以知识分子有两种: the conjunction opens the clause, not the noun
        tags = tags[1:]
    if (
        not tags
        or tags[-1][1][:1] in ("r", "p", "c", "d", "u", "m", "q")
        or tags[0][1]
        in (
            "r",
            "p",
            "c",
            "d",
        )
    ):
        return frame.phrase
    if len(subject) - lead < 2:
        return frame.phrase
    return head[m.start(1) + lead :] + frame.phrase


# 六个有机联系在一起的工作环节，那就是：A、B… / 三个互相联系的问题，就是：A、B、C: the noun the
# count counts stands after a modifier, and the list after it is introduced a few words on
_NOUN_TAIL = re.compile(
    r"[^，,。；;：:！？!?“”\n]{1,18}?"
    r"(?=[，,]\s*(?:那|这)?(?:就是|即|也就是|包括|分别是)|[：:])"
)
_INTRODUCER = re.compile(r"[，,]\s*(?:那|这)?(?=就是|即|也就是|包括|分别是)")


def introduced_after_noun(lay: Layout, frame: Frame) -> tuple[list[str], list[Span], str] | None:
    """The list introduced after the whole noun phrase of a count (its modifier and head
    noun run on past what the count's phrase holds): the items, their spans and the phrase
    up to the head noun; None unless the forward reader of an introduced list finds exactly
    ``frame.number`` units there."""
    from drafter.study.frames.forward import introduced_list

    span = frame.span
    text = lay.paragraphs[span.paragraph].text
    tail = _NOUN_TAIL.match(text, span.end)
    if not tail:
        return None
    end = tail.end()
    tags = tagged(text[span.start : end])
    plain_noun = (
        tags and tags[-1][1].startswith("n") and not any(t in ("v", "d") for _, t in tags[1:])
    )
    described = tags and "的" in text[span.end : end] and tags[-1][1].startswith(("n", "vn"))
    if not (plain_noun or described):
        return None  # 两个问题可以假设：: a predicate, not the noun going on
    lead = _INTRODUCER.match(text, end)
    shadow = Frame(frame.phrase, frame.number, Span(span.paragraph, span.start, end))
    if lead:
        shadow.span = Span(span.paragraph, span.start, end + lead.end() - lead.start())
    found = introduced_list(lay, shadow)
    if not found:
        return None
    return found[0], found[1], text[span.start : end]


# 关于经济增长。… / 关于价格水平。…: paragraphs that each open on a lead naming their subject
_PARAGRAPH_LEAD = re.compile(
    r"\s*(?:关于|对于|至于)([^，,。；;：:！？!?]{2,16}?)(?:问题|方面)?[。：:]"
)


def paragraph_leads(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """The ``frame.number`` paragraphs right after a count that closes its paragraph, each
    opening on a short lead that names its subject (着重对两个目标加以说明。 → 关于经济增长。…
    关于价格水平。…): the subjects, when exactly that many paragraphs in a row open so; None
    otherwise."""
    span = frame.span
    text = lay.paragraphs[span.paragraph].text
    if re.search(r"[。！？!?]", text[span.end :].rstrip().rstrip("。！？!?：:")):
        return None  # the count is not in the paragraph's last sentence
    number = frame.number
    if not 2 <= number <= 10:
        return None
    items, spans = [], []
    for index in range(span.paragraph + 1, span.paragraph + number + 1):
        if index >= len(lay.paragraphs):
            return None
        m = _PARAGRAPH_LEAD.match(lay.paragraphs[index].text)
        if not m:
            return None
        items.append(m.group(1))
        spans.append(Span(index, m.start(1), m.end(1)))
    after = span.paragraph + number + 1
    if after < len(lay.paragraphs) and _PARAGRAPH_LEAD.match(lay.paragraphs[after].text):
        return None  # more paragraphs open so than the count says
    if len(set(items)) != number:
        return None
    return items, spans


# words that only join an item to the one before it (以及交付, 又采取消极的作战政策); 也 and
# 还 stay (也可以自己做饭 is a choice as the text words it, 还没有动起来的 needs its 还)
_JOINING_WORDS = frozenset(("以及", "又", "并且", "而且"))
# 和 joins it too before an action (和广泛地做好宣传教育), but before a noun it may be the
# preposition the item needs (和日本对立); 与/同/跟 mostly are (与缺乏劳动力的农民伙耕)
_PAIRING_WORDS = frozenset(("和",))


def polish_item(item: str) -> str:
    """An item as the trainee reads it in the list, whichever reader cut it: without the words
    that only tie it to the sentence (是群体作战 -> 群体作战, :func:`clean_item`), without a
    joining word it opens on (和广泛地做好宣传教育 -> 广泛地做好宣传教育), without an aside whose
    bracket it cuts open (思想教育（包括发现好人 -> 思想教育) and with the quote mark a cut took
    from it put back (用好“清单工作法 -> 用好“清单工作法”)."""
    out = item
    cut = words(re.sub(r"[“”]", "", out))
    joined = len(cut) > 1 and len(out) - len(cut[0]) >= 2
    if joined and (
        cut[0] in _JOINING_WORDS or (cut[0] in _PAIRING_WORDS and _action_next(cut[1:4]))
    ):
        out = out.replace(cut[0], "", 1).lstrip("，, ")
    out = clean_item(out) or out
    depth, opened = 0, -1
    for k, ch in enumerate(out):
        if ch in "（(":
            if depth == 0:
                opened = k
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    if depth and opened >= 2:
        out = out[:opened]
    out = _closed_quotes(out.strip(" ，,、"))
    return out if len(out) >= 2 or len(out) == len(item) else item


def _action_next(following: list[str]) -> bool:
    """Whether the first word of substance in ``following`` is a verb (和 广泛 地 做好: 和 joins
    two actions) rather than a noun or pronoun (和 群众 一起: 和 is the item's preposition)."""
    for word in following:
        tags = tagged(word)[:1]
        if not tags:
            continue
        tag = tags[0][1]
        if tag.startswith("v"):
            return True
        if tag[:1] in ("n", "r", "s", "m", "t"):
            return False
    return False


def _closed_quotes(item: str) -> str:
    """``item`` with the one quote mark it lacks put back where the cut took it (一头”指客户需求
    -> “一头”指客户需求; 用好“清单工作法 -> 用好“清单工作法”), as the text has it around the item."""
    for a, b in ("“”", "‘’", "「」"):
        opened, closed = item.count(a), item.count(b)
        if closed == opened + 1 and item.find(b) < (item.find(a) if a in item else len(item)):
            item = a + item
        elif opened == closed + 1 and item.rfind(a) > item.rfind(b):
            item = item + b
    return item


def glued_list(text: str, at: int, number: int) -> list[str] | None:
    """The ``number`` units of the list written right before position ``at`` in its clause
    (积累与消费和农轻重|这两大比例关系, 计划生育和环境保护|这两项基本国策), cut by the marks of a list
    and read as one; None otherwise. For a pointer whose things stand glued before it."""
    begin = max(text.rfind(c, 0, at) for c in _STOPS + "，,") + 1
    stretch = text[begin:at]
    items = _cut(stretch, number)
    if items and items[0].startswith("“"):
        items = [i.strip("“”") for i in items]
    if items and _reads_as_list(items):
        return items
    nested = _nested_pair(stretch) if number == 2 else None
    if nested and all(len(i) <= 12 and not re.search(r"[，,。；;：:]", i) for i in nested):
        return nested  # the two sides of a nested pair are alike by their marks, not their words
    return None


def _nested_pair(stretch: str) -> list[str] | None:
    """积累与消费和农轻重: a pair whose first side is itself a pair joined by 与/及 — cut at the
    one 和, the first side being the inner pair only (the word before 与, 与, the words after)."""
    cut = words(stretch)
    outer = [k for k, w in enumerate(cut) if w == "和"]
    inner = [k for k, w in enumerate(cut) if w in ("与", "及")]
    if len(outer) != 1 or len(inner) != 1 or not 0 < inner[0] < outer[0] - 1:
        return None
    k, j = outer[0], inner[0]
    first, second = "".join(cut[j - 1 : k]), "".join(cut[k + 1 :])
    return [first, second] if len(second) >= 2 else None
