"""Counts whose items come *before* them, closing the list they sum up: the pronouns
两者, 二者, 三者 (集体领导和个人负责，二者不可偏废; 抗战、团结、进步三者).

By the gold convention (tests/study/gold/README.md, "Conventions (settled, stop 18)") such a
pronoun is a frame exactly when it closes a coordinated list of words or phrases in its own
sentence — A、B、C / A和B / A与B / A及B, in the pronoun's clause or closing the clause
before — and not after alternatives or contrasted clauses (或者…或者…，二者必居其一;
一方面…另一方面…，两者), nor after the items' sentence has ended. That is a reading, not a
weighing: :func:`closing_items` reads the list, and the second look
(:mod:`drafter.study.frames.refused_counts`) keeps the pronoun exactly when it does. A pronoun whose
things a count of the same number has just led in (有两种知识，一种是…，一种是…，这二者) names
that frame again and is no frame of its own.

The same reading serves two more kinds of count: a bare count closing the list right before
it in its clause (分为常委会和全体会两种: :func:`closing_list`, :func:`closing_counts`) and a
count right after a pointer (人才、技术与资金…上述三要素: :func:`pointed_counts`).
"""

from __future__ import annotations

import re

from drafter.study.frames.item_places import (
    DIGIT_VALUES,
    Read,
    counted_before,
    item_spans,
    own_sentence_start,
    take_items,
)
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.words import tagged, words

_CLAUSE_MARK = re.compile(r"[，,；;：:]")


_JOINS = frozenset(("和", "与", "及", "以及", "及其", "同", "跟"))


def _split_join(clause: str, maxsplit: int = 0) -> list[str]:
    """``clause`` cut at the conjunctions that are words of their own (和, 与, 同 …; not the
    同 of 共同 or 合同), at most ``maxsplit`` times when given."""
    parts, current, cuts = [], "", 0
    for word in words(clause):
        if word in _JOINS and current and (not maxsplit or cuts < maxsplit):
            parts.append(current)
            current, cuts = "", cuts + 1
        else:
            current += word
    parts.append(current)
    return [p for p in parts if p] if all(parts) else [clause]


# 和X一样, 和X的关系, 与X相比: 和/与 as a preposition, joining no list
_PREPOSITIONAL = frozenset(
    (
        "一样",
        "一起",
        "一道",
        "一同",
        "相比",
        "相同",
        "不同",
        "一致",
        "有关",
        "无关",
        "之间",
        "打交道",
        "挂钩",
        "脱节",
    )
)


def prepositional(right: str) -> bool:
    """Whether what follows a 和/与 makes it a preposition (和眼睛一样, 与同行相比, 和供应链
    的关系, 和我们一道挖): one of those words among its words (not 统一起来's 一起), so the
    和 joins no list and what stands on its two sides are no items of a count."""
    return "的关系" in right or any(w in _PREPOSITIONAL for w in words(right))


def _joins_nouns(parts: list[str]) -> bool:
    """Whether a 和/与/及 joins the sides of a list (科学管理和创新, 集体领导和个人负责, 系统
    和终端), not a verb and the object the join opens (改善和供应链的关系, 做出和眼睛一样好的
    镜头): no prepositional phrase after it, and not a verb before it against a noun phrase
    with 的 after it."""
    for left, right in zip(parts, parts[1:]):
        if prepositional(right) or re.match(r"[之其他她它]", right):
            return False  # 与之相配合: a pronoun after the join, no second item
        if _kind(left) == {"v"} and _kind(right) == {"n"} and "的" in right:
            return False
    return True


def _kind(part: str) -> set[str]:
    tags = tagged(part.strip(' “”"‘’')[-4:])
    if not tags:
        return set()
    tag = tags[-1][1]
    if tag in ("vn", "an"):
        return {"n", "v"}
    if tag.startswith(("n", "j", "eng")):
        return {"n"}
    if tag.startswith(("v", "a")):
        return {"v"}
    return set()


def _trim_first(first: str, others: list[str]) -> str:
    """The first part of a list carries the clause's verb and subject (我们要坚持A、B):
    cut to the length of the longest other part, at a word boundary."""
    longest = max(len(o) for o in others)
    if len(first) <= longest + 2:
        return first
    out = ""
    for word, _tag in reversed(tagged(first)):
        if len(out) >= longest:
            break
        out = word + out
    return out or first


# 因为两者…, 使两者…: a connective, the list stands in the clause before it
_CONNECTIVE = re.compile(
    r"(?:因为|所以|但|但是|而且|并且|使|使得|让|因此|于是|可是|然而|否则|从而|以便|才能|才|就|也)"
)


_ALTERNATIVES = re.compile(r"(?:^|[，,])(?:或者|或是|要么|一方面|另一方面|一面|既|又|而)")


def _run_of_words(clause: str, number: int) -> list[str] | None:
    """必须强调抗战团结进步三者不可缺: the ``number`` two-character content words that close
    ``clause`` with no mark between them, right after the verb whose object they are."""
    tags = tagged(clause)
    if len(tags) < number:
        return None
    run, before = tags[-number:], tags[:-number]
    if any(
        len(w) != 2 or t.startswith(("p", "c", "u", "r", "m", "q", "f", "x", "y")) for w, t in run
    ):
        return None  # (the tagger reads 团结 as an adjective, 进步 as an adverb: words, not marks)
    if not before or not before[-1][1].startswith("v"):
        return None  # the words are a verb's object: 强调抗战团结进步三者
    return [w for w, _ in run]


def closing_items(lay: Layout, paragraph: int, start: int, number: int) -> Read | None:
    """The coordinated list (A和B / A与B / A、B和C) a bare pronoun 两者/二者/三者 (这二者 …)
    closes in its own sentence: in its own clause right before it (生意相关和观光应该两者兼有)
    or closing the clause before (科学管理和创新，两者是对立的); each side a noun phrase
    (a verb before the join opens an object, not a list). None for alternatives and
    contrasted clauses (或者…或者…, 一方面…另一方面…) and for lists in earlier sentences."""
    text = lay.paragraphs[paragraph].text
    at = start - (1 if text[max(0, start - 1) : start] in ("这", "此") else 0)
    own = own_sentence_start(text, at)
    sentence = text[own:at]
    if _ALTERNATIVES.search(sentence) or _CONTRASTED.search(sentence):
        return None
    if re.search(r"(?:他们|它们|她们|我们|你们)(?:这|此)?$", text[own:at]):
        return None  # 正是他们二者: the pronoun names what 他们 names, not a list here
    clauses = _CLAUSE_MARK.split(sentence)
    if clauses and not clauses[-1].strip():
        clauses = clauses[:-1]  # the pronoun opens a clause: the list closes the one before
    elif len(clauses) > 1 and _CONNECTIVE.fullmatch(clauses[-1].strip()):
        clauses = clauses[:-1]  # …把系统和终端同时做好，因为两者: a connective opens its clause
    if not clauses:
        return None
    parts = _clause_list(clauses[-1], number)
    if parts is None:
        return None  # 能做出和眼睛一样好的镜头: 和 opens an object, it joins no list
    run = None
    if len(parts) == 1 and number >= 2 and sentence.endswith(clauses[-1]):
        run = _run_of_words(clauses[-1], number)  # 强调抗战团结进步三者, 认为军事政治二者
        parts = run or parts
    if len(parts) != number and number >= 3 and len(clauses) >= number:
        short = [c.strip() for c in clauses[-number:]]
        if all(2 <= len(c) <= 8 for c in short):
            parts = short  # 一乡几社，一乡一社，数乡一社，三者
    further = False
    passed = clauses[-1]
    for earlier in reversed(clauses[-_EARLIER - 1 : -1]):
        if len(parts) == number or _REFERS.search(passed):
            break  # 正是他们二者，二者…: a clause between names the things by a pronoun
        parts = _clause_list(earlier, number) or []  # 把A和B分离起来，…，要把二者结合起来
        further, passed = True, earlier
    if len(parts) != number:
        return None
    parts = [p.strip(' “”"‘’') for p in parts]
    parts[-1] = _noun_head(parts[-1])
    if len(parts[-1]) > 2 and parts[-1].endswith("的") and not parts[0].endswith("的"):
        # 斗争必须是有理、有利、有节的，三者缺一: the 的 closes the 是…的 said of the whole
        # list, it is no part of its last side
        parts[-1] = parts[-1][:-1]
    if _DISPOSAL.search(parts[0]):
        further = True  # 要把质量和效率统一起来: the list is 把's object, the verb follows it
    if further:
        # a list clauses back runs on with its own clause: 民族形式分离起来 -> 民族形式,
        # 社会主义革命的区别 -> 社会主义革命; 只有认清民主主义革命 -> 民主主义革命
        parts[-1] = _nouns_opening(parts[-1]) or parts[-1]
        parts[0] = _like_others(parts[0], parts[1:])
    parts[0] = _trim_first(parts[0], parts[1:])
    if any(not _nounish(p) for p in parts) and not run and not _coined_alike(parts):
        return None
    if any(not 2 <= len(p) <= 16 for p in parts):
        return None
    spans = item_spans(text, paragraph, parts, own, at)
    if counted_before(lay, spans[0], paragraph, at, number):
        return None  # 有两种知识，一种是…，一种是…，这二者: that frame named again
    return parts, spans


# 二者的根据是不同的, 把二者混为一谈, 二者之中后者对于前者…: the pronoun's clause sets the two
# apart (gold README, "Settled, session 26", 2), unless it denies it (两者没有区别)
_SET_APART = re.compile(r"不同|区别|相反|不一样|两回事|混为一谈|背道而驰|前者|后者")
_DENIED = re.compile(r"不|没有|无|并非")


def pronoun_sums_nothing(lay: Layout, paragraph: int, start: int, end: int) -> bool:
    """Whether a pronoun 两者/二者/三者 gathers no points whatever list stands before it: its
    own clause says the things differ or sets one against the other (二者的根据是不同的; 把二者
    混为一谈; 二者之中后者对于前者…) — the same statement as 是两件事, no summary (gold README,
    "Settled, session 26", 2) — unless it denies that (两者没有区别)."""
    text = lay.paragraphs[paragraph].text
    clause = re.split(r"[，,。；;！？!?]", text[end:], maxsplit=1)[0]
    hit = _SET_APART.search(clause)
    return bool(hit) and not _DENIED.search(clause[: hit.start()])


def _coined_alike(parts: list[str]) -> bool:
    """有理、有利、有节 / 腿勤、嘴勤: short sides of one length sharing their first or last
    character are coined as one list, whatever the tagger makes of each (it reads 有节 as a
    verb and a time word)."""
    if len({len(p) for p in parts}) != 1 or len(parts[0]) > 4:
        return False
    return len({p[0] for p in parts}) == 1 or len({p[-1] for p in parts}) == 1


_EARLIER = 2  # how many clauses further back in its sentence a pronoun's list may stand


# 要把A和B统一起来 / 将A与B结合: the list between 把 and its verb
_DISPOSAL = re.compile(r"(?:^|[^\u4e00-\u9fff]|要|必须|应|应当|才能|就)(?:把|将)[\u4e00-\u9fff“]")


_REFERS = re.compile(r"他们|它们|她们|[两二三]者")


# A的宇宙观是X，B的宇宙观则是Y，二者…: two subjects set against each other with 则
_CONTRASTED = re.compile(r"的[^，,。；;的]{1,6}则是")


def _nouns_opening(part: str) -> str:
    """The nouns a list side opens with (民族形式分离起来 -> 民族形式), or '' when it opens
    otherwise or they make fewer than two characters."""
    out = ""
    cut = tagged(part)
    for k, (word, tag) in enumerate(cut):
        verb_next = k + 1 < len(cut) and cut[k + 1][1] == "v"
        if out and (
            not (tag.startswith("n") or tag in ("vn", "j", "eng", "l"))
            or (tag == "vn" and verb_next)  # 效率统一起来: 统一 is the verb here
        ):
            break
        out += word
    return out if len(out) >= 2 else ""


def _clause_list(clause: str, number: int) -> list[str] | None:
    """The 、/和-parts of one clause (as many as it has); None when its 和 opens an object."""
    parts = [p for p in clause.split("、") if p]
    if len(parts) == number - 1 and number >= 3:
        parts = parts[:-1] + _split_join(parts[-1], maxsplit=1)
    elif len(parts) == 1:
        parts = _split_join(clause)
        if not _joins_nouns(parts):
            return None
    return parts


def _last_clause_list(head: str, number: int) -> tuple[list[str], int] | None:
    """The list that closes ``head`` (the text right before a count or a pointer) and where
    its clause starts: the last clause's 、-parts, the last one cut at its first 和 when one
    part is missing; a clause with no 、 cut at its joins. None when such a 和 opens an object
    instead of joining two items. Unlike :func:`_clause_list`, a pair (one part short of two)
    is cut at its first 和 without the join test, as closing counts and pointers read it."""
    cut = max(head.rfind(c) for c in "，,。；;：:！？!?") + 1
    clause = head[cut:]
    parts = [p for p in clause.split("、") if p]
    if len(parts) == number - 1:
        parts = parts[:-1] + _split_join(parts[-1], maxsplit=1)
    elif len(parts) == 1:
        parts = _split_join(clause)
        if not _joins_nouns(parts):  # one part alone always joins: zip has no pair
            return None
    return parts, cut


# 观光应该…, 终端同时做好: the words that open what the sentence says of the list
_PREDICATE_OPEN = frozenset(
    (
        "应该",
        "应当",
        "要",
        "能",
        "能够",
        "可以",
        "必须",
        "都",
        "也",
        "同时",
        "一起",
        "共同",
        "并",
        "已经",
        "将",
        "会",
        "是",
        "不",
        "并非",
        "并不",
        "没有",
        "不是",
    )
)


# 并不矛盾, 都是, 也要: a word the segmenter keeps whole that opens with a predicate word
_PREDICATE_HEADS = ("并不", "并非", "不是", "都是", "也是", "就是")


def _noun_head(part: str) -> str:
    """The last side of a list without what the sentence goes on to say of it (观光应该 ->
    观光, 终端同时做好 -> 终端); a side that runs on in nouns and verbs of its own (风险控制,
    个人负责) stays whole."""
    cut = tagged(part)
    for k in range(1, len(cut)):
        word, tag = cut[k]
        if tag.startswith("d") or word in _PREDICATE_OPEN or word.startswith(_PREDICATE_HEADS):
            return "".join(w for w, _ in cut[:k])
    return part


def _nounish(part: str) -> bool:
    """Whether a list side ends in a content word — a noun, a verb or an adjective (科学管理,
    风险控制, 观光, 落实) — not in a particle, adverb or pronoun that leaves it unfinished."""
    tags = tagged(part[-4:])
    return bool(tags) and tags[-1][1].startswith(("n", "v", "a", "j", "eng", "l"))


# A count with no noun closing a list: 常委会和全体会两种 / A，B，C等五项 / A、B、C三个
_BARE_COUNT = re.compile(r"[二三四五六七八九十两]{1,2}(?:个|种|类|项|条|点|件|大|方面|个?部分)$")


_FILLER = re.compile(r"(?:等等|等|共|总共|一共|这|这些|这样|这么|以上)$")


def closing_list(lay: Layout, paragraph: int, start: int, number: int) -> Read | None:
    """The list a bare count closes right before it in its clause (分为常委会和全体会两种;
    停止内战，实行民主自由，…和改良人民生活等五项): exactly ``number`` 、/和-parts, or —
    after 等 — as many ，-clauses of the sentence; each part short, none a pronoun."""
    text = lay.paragraphs[paragraph].text
    head = text[:start]
    filler = _FILLER.search(head)
    if (
        filler
        and filler.group().startswith("等")
        and not re.search(r"[\u4e00-\u9fff“”]{2}$", head[: filler.start()])
    ):
        filler = None  # 甲等、乙等二类: 等 is part of the last item, not "and so on"
    closed = filler is not None and filler.group().startswith("等")
    if filler:
        head = head[: filler.start()]
    if not head or head[-1] in "，,。；;：:！？!?、":
        return None
    listed = _last_clause_list(head, number)
    if listed is None:
        return None
    parts, cut = listed
    if head[-1] == "的":
        # 直接经验的和间接经验的两部分: parts each closing on 的 are the list; one 的 alone
        # (…的两种) makes the count the head of a phrase
        if len(parts) != number or not all(p.endswith("的") and len(p) > 2 for p in parts):
            return None
        parts = [p[:-1] for p in parts]
    lo = cut
    if len(parts) != number and closed:
        own = own_sentence_start(text, cut)
        clauses = [c for c in re.split(r"[，,]", head[own:]) if c.strip()]
        if clauses:
            # …，召开国民大会，迅速准备抗日和改良人民生活等五项: the last clause may join two
            pieces = clauses[:-1] + _split_join(clauses[-1], maxsplit=1)
            parts, lo = pieces[-number:] if len(pieces) >= number else [], own
    if len(parts) != number:
        return None
    parts = [_ORDINAL.sub("", p).strip(' “”"‘’') for p in parts]
    parts[0] = _like_others(_trim_first(parts[0], parts[1:]), parts[1:])
    if any(not 1 <= len(p) <= 16 for p in parts) or len(set(parts)) != number:
        return None
    return parts, item_spans(text, paragraph, parts, lo, start)


# （二）, 2、, 第三: a part's own number in an enumerated list
_ORDINAL = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,2}[，,、]?)"
)


_LEAD_TAGS = ("v", "d", "p", "c", "r")


# 分为A和B两种, 提出A，B…等四项, 有A、B三种: the verb that introduces a list
_INTRODUCES = re.compile(
    r"^(?:又|还|也|便|就)?(?:分为|分成|划为|分|有|包括|包含|即|就是|便是|是|为|叫做|提出|要求|实行|改为|不外|不外乎)"
)


def _like_others(first: str, others: list[str]) -> str:
    """The first part of a list without the words the sentence put before it (有正册, 又分
    赤贫, 改为守法户 -> 正册, 赤贫, 守法户) when the other parts open otherwise (with a noun);
    a list of verb phrases (保证停止内战、实行民主自由) keeps its first verb."""
    said = _INTRODUCES.match(first)  # 不外天津、北平、绥远 -> 天津
    if said and len(first) - said.end() >= 2:
        return first[said.end() :]
    lead_kinds = {(tagged(o)[:1] or [("", "")])[0][1][:1] for o in others}
    cut = tagged(first)
    k = 0
    while k < len(cut) - 1 and cut[k][1][:1] in _LEAD_TAGS and cut[k][1][:1] not in lead_kinds:
        k += 1
    rest = "".join(w for w, _ in cut[k:])
    rest = rest if len(rest) >= min(2, min(len(o) for o in others)) else first
    said = _INTRODUCES.match(rest)  # 我们提出精简机构 -> 提出精简机构 -> 精简机构
    return rest[said.end() :] if said and len(rest) - said.end() >= 2 else rest


# where the noun after a bare count ends: its clause's end, or a verb, adverb, particle …
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?、）)”\s]|$")


_HAN = re.compile(r"[\u4e00-\u9fff]+")


# 等级 (b), 等次 (等/u 次/q), 方面 (n): what a noun of a count ends in; 等 alone does not
_NOUN_TAGS = ("n", "b", "q", "j", "l", "g")


_NOT_NOUN_TAGS = ("v", "d", "p", "r", "c", "y", "m", "f", "t", "ul", "uj", "x")


def _with_noun(lay: Layout, frame: Frame) -> Frame:
    """``frame`` (a bare count closing a list) named with the noun right after it, up to the
    end of its clause or the first verb, adverb, particle … (分为优秀、合格、不合格三个等次。
    -> 三个等次; …三个等次进行评定 -> 三个等次), as a trainee would name the frame: the bare
    count alone tells nothing of what is counted. Kept bare where no short noun follows
    (…两种，各有分工; …三个等第, whose 第 is read as a numeral)."""
    text = lay.paragraphs[frame.span.paragraph].text
    end = frame.span.end
    rest = text[end : _CLAUSE_END.search(text, end).start()]
    words_before_verb = []
    for word, tag in tagged(rest):
        if tag.startswith(_NOT_NOUN_TAGS):
            break
        words_before_verb.append((word, tag))
    noun = "".join(w for w, _ in words_before_verb)
    ends_as_noun = bool(words_before_verb) and words_before_verb[-1][1].startswith(_NOUN_TAGS)
    if ends_as_noun and 1 <= len(noun) <= 4 and _HAN.fullmatch(noun):
        frame.phrase += noun
        frame.span = Span(frame.span.paragraph, frame.span.start, end + len(noun))
    return frame


def closing_counts(lay: Layout, refused: list[tuple[Frame, str]]) -> list[Frame]:
    """The bare counts a guard of the rules refused (两种, 五项: no noun), and the wholes
    counted in parts with no noun (直接经验的和间接经验的两部分), that close a list of
    exactly as many parts right before them: frames, their items that list, their phrase
    with the noun that ends the clause right after them (三个等次)."""
    bare = [
        f
        for f, why in refused
        if why in ("guard", "strict:parts") and _BARE_COUNT.fullmatch(f.phrase)
    ]
    read = (
        take_items(f, closing_list(lay, f.span.paragraph, f.span.start, f.number), "inline")
        for f in bare
    )
    return [_with_noun(lay, f) for f in read if f]


# 上述三要素, 这四算, 以上两端: a pointer, a number and a noun with no counter between
_POINTED_BARE = re.compile(
    r"(以上|上述|上面|前面|前述|这些|这)([二三四五六七八九十两])"
    r"(?![个种类条项点件大位名次年月天日时岁倍分元块张一二三四五六七八九十两])(?=[\u4e00-\u9fff])"
)


def pointed_counts(lay: Layout, found: list[Frame]) -> list[Frame]:
    """上述三要素 after 人才、技术与资金: a count with no counter right after a pointer, its
    items the list that closes the clause before the pointer (exactly as many 、/和-parts,
    each short): a frame the counter-based rules never see. None where a frame already
    stands."""
    taken = {(f.span.paragraph, f.span.start) for f in found}
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_POINTED_BARE):
        start = m.start(2)
        if (para.index, start) in taken or (para.index, m.start()) in taken:
            continue
        number = 2 if m.group(2) == "两" else DIGIT_VALUES.get(m.group(2), 0)
        if number < 2:
            continue
        text = para.text
        noun = words(text[m.end() : m.end() + 8])[:1]
        tags = tagged(noun[0]) if noun else []
        if not tags or len(tags) != 1 or not tags[0][1].startswith("n") or len(noun[0]) > 3:
            continue  # 这两天, 这三年: no noun of a summary right after the number
        head = text[: m.start()].rstrip("，, ")
        if len(head) == m.start():
            continue  # the pointer must open its clause
        listed = _last_clause_list(head, number)
        if listed is None:
            continue
        parts, cut = listed
        if len(parts) != number:
            continue
        parts = [p.strip(' “”"‘’') for p in parts]
        parts[0] = _like_others(_trim_first(parts[0], parts[1:]), parts[1:])
        if any(not 1 <= len(p) <= 12 for p in parts):
            continue
        spans = item_spans(text, para.index, parts, cut, m.start())
        if counted_before(lay, spans[0], para.index, m.start(), number):
            continue
        end = m.end() + len(noun[0])
        frame = Frame(text[start:end], number, Span(para.index, start, end), parts, spans, "inline")
        out.append(frame)
    return out


def kinds_closing(lay: Layout, frame: Frame) -> Read | None:
    """比较积极的、中间状态的和比较落后的三部分人 / 主要的和次要的两类: a count right after a list
    whose every part closes on 的 — the kinds its noun is sorted into, each said by what sets it
    apart — read as :func:`closing_list` reads them (exactly as many parts, each on 的), for a
    refused count whatever its noun. One 的 alone before the count (一切党派的两个“关”) makes the
    count the head of a phrase and reads nothing."""
    text = lay.paragraphs[frame.span.paragraph].text
    if not text[: frame.span.start].endswith("的"):
        return None
    return closing_list(lay, frame.span.paragraph, frame.span.start, frame.number)
