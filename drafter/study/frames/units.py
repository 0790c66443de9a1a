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

from drafter.study.frames.item_places import item_spans
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import clean_item
from drafter.study.words import tagged, words

_STOPS = "。！？!?；;：:"
# what may stand between a list and its count: 的, 等, 这(些), quotes, 共 … (几个, 这样的)
_GLUE = re.compile(r"(?:[“‘「\s]|的|等等|等|这些|这样的|这样|那样的|这|共|总共|一共|在内的)+$")
# a count closing a clause that opens with a pointer or a copula: the list is the clause before
_POINTED_CLAUSE = re.compile(
    r"^\s*(?:这|这些|以上|上述|它们|这就|这也|这都|都|也|就)?(?:是|为|乃|即)"
)
# a clause that only does the count (做到“三带”, 实现“三个倍增”): the list is the clause before
_DOING_CLAUSE = re.compile(r"\s*(?:努力|力争|真正|切实)?(?:做到|实现|达到)[“‘「]?")
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
# after a quoted count: the unit it sits in going on to the next unit or to 等 (“三资”管理等)
_UNIT_GOES_ON = re.compile(r"”?[\u4e00-\u9fff]{1,6}(?:等|、)")
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
    if _own_list(frame, head) or _inside_last_unit(lay, frame, head):
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


def _inside_last_unit(lay: Layout, frame: Frame, head: str) -> bool:
    """Whether a quoted count sits inside the last unit of the list before it: A、B、农村集体
    “三资”管理等方面 — the quote opens glued to a word and the unit goes on after it to 等 or
    、, so the list is one of things the formula is part of, never its items."""
    if not (head.endswith("“") and len(head) > 1 and "\u4e00" <= head[-2] <= "\u9fff"):
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    return bool(_UNIT_GOES_ON.match(text, frame.span.end))


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
    if clause_at > 0 and (_POINTED_CLAUSE.match(clause) or _DOING_CLAUSE.fullmatch(clause)):
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
        lead = _leading_verb(parts[0], parts[1:])
        if any(_end_class(p) == "v" or tagged(p)[-1:] == [(p[-2:], "vn")] for p in parts[:-1]):
            pass
        elif lead and _end_class(kept) != "n":
            # 实现A数、B数、研发经费投入“三个倍增”: the list is the object of the verb that leads
            # it, so the last unit's verb names a thing (投入, the spending) and stays in it
            parts[0] = parts[0][lead:]
        elif _end_class(kept) != "n":
            return None  # 县、区、乡现在一律不进行“三反”: what is left is no thing
        else:
            parts[-1] = kept
    if "、" in inner and not any("的" in p for p in parts[:-1]):
        # A、B、C的策略: the head noun after the list; a pair's A和B的斗争 is one thing
        parts[-1] = re.sub(r"的[\u4e00-\u9fff]{1,4}$", "", parts[-1]) or parts[-1]
    parts[0] = first_unit(parts[0], parts[1:])
    parts[-1] = _last_unit(parts[-1], parts[:-1])
    return parts


def first_unit(first: str, others: list[str]) -> str:
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


def _leading_verb(first: str, others: list[str]) -> int:
    """Where the list starts in ``first`` after a verb that leads into it (力争实现|A数), as an
    offset; 0 when no verb does or the other units open on verbs of their own (a list of
    actions), or too little is left after it."""
    if any(tagged(o)[:1] and tagged(o)[0][1] == "v" for o in others):
        return 0
    at, pos = 0, 0
    for word, tag in tagged(first):
        pos += len(word)
        if tag == "v" and len(first) - pos >= 2:
            at = pos
    return at


def _last_unit(last: str, others: list[str]) -> str:
    """The last unit without the predicate the sentence says of the whole list (对于雇工、贸易、
    借贷、租地不加限制的“四大自由” -> 租地): when every other unit is one word and the last opens
    on a noun followed by an adverb or a preposition that leads a verb (不加限制, 都要发展), the
    words after the noun are said of all the units, not of the last."""
    if not others or any(len(words(o)) != 1 for o in others):
        return last
    tags = tagged(last)
    if len(tags) < 3 or not tags[0][1].startswith(("n", "vn")) or len(tags[0][0]) < 2:
        return last
    if tags[1][1][:1] not in ("d", "p") or not any(t[:1] == "v" for _, t in tags[2:]):
        return last
    return tags[0][0]


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
