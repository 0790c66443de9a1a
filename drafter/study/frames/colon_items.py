"""A count's items right after it: in brackets, or after a colon.

“六种意识”（政治意识、大局意识……）; 三个多：多学、多思、多练; 主要有四个目的：一是…二是…;
and a list its paragraph gave earlier after the count's noun and a colon (这些条件是：（一）…
…八个条件). Finders of :func:`~drafter.study.frames.finders.resolve`, which looks here
first: a bracket or a colon leaves no doubt where the list starts.
"""

from __future__ import annotations

import re

from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.item_words import Items, frame_noun, shared_opening
from drafter.study.frames.kinds import named_items
from drafter.study.frames.mention import POINTER_WORDS, Mention
from drafter.study.frames.pair_items import named_pair
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import (
    ordinal_items,
    parallel_prefix,
    sentence_end,
    split_last_he,
    split_list,
)
from drafter.study.text import first_clause, item_clause


def bracketed(lay: Layout, m: Mention) -> Items | None:
    """“六种意识”（政治意识、大局意识……）: the list in brackets right after the count (past a
    closing quote or a word or two of its noun), tried first since a bracket leaves no doubt
    where the items start and end."""
    text = lay.paragraphs[m.paragraph].text
    rest = text[m.end :]
    j = 0
    while j < len(rest) and j < 4 and rest[j] in '”’」"要求精神':
        j += 1
    tail = re.match(r"[\u4e00-\u9fff]{1,2}(?=[（(])", rest[j:])
    if tail:
        j += tail.end()  # 四个核心能力系（管理能力系，…）: the phrase stopped short of its noun
    if rest[j : j + 1] not in ("（", "("):
        return None
    close = rest.find("）" if rest[j] == "（" else ")", j)
    if close < 0:
        return None
    inner = rest[j + 1 : close]
    items = split_last_he(split_list(inner), m.number)
    if tail and not all(i.endswith(tail.group()) for i in items):
        return None  # 三个中心城市（…）: only items that end on the words skipped
    base = m.end + j + 1
    return items, [Span(m.paragraph, base, base + len(inner))] * len(items), "inline"


# 一条，… / 再一条，… / 另一种，…: a part opened by "one (more)" and a comma
_ONE_PART = re.compile(r"\s*(?:再|又|还有)?(?:另)?一(?:条|种|个|方面)[，,]\s*")


def _ones_after(text: str, start: int, m: Mention) -> Items | None:
    """只有两条：一条，A；再一条，B。: after the colon, one clause group a part, each opening
    with 一条 / 再一条 (一种 / 另一种): the items are what follows each opener, not the openers."""
    end = sentence_end(text, start)
    parts = text[start:end].split("；")
    if len(parts) != m.number:
        return None
    items: list[str] = []
    spans: list[Span] = []
    pos = start
    for part in parts:
        opener = _ONE_PART.match(part)
        item = first_clause(part[opener.end() :]) if opener else ""
        if not item:
            return None
        at = pos + opener.end()
        items.append(item)
        spans.append(Span(m.paragraph, at, at + len(item)))
        pos += len(part) + 1
    return items, spans, "inline"


def after_colon(lay: Layout, m: Mention) -> Items | None:
    """三个多：多学、多思、多练 / 主要有四个目的：一是…二是…: the items after a colon (or a dash
    after a pointer) that ends the count's noun phrase — a pair, ordinals, 一个…一个… clauses,
    or a list cut at the comma or semicolon where it plainly ends."""
    text = lay.paragraphs[m.paragraph].text
    rest = text[m.end :]
    # (两种反革命的“围剿”：: the rest of the noun phrase may hold a quoted word)
    colon = re.match(
        r"[”’」\"]?(?:(?:[\u4e00-\u9fff]|[“\"][\u4e00-\u9fff]{1,6}[”\"]){0,24}[：:]|——|――)", rest
    )
    # 这四种权力――政权、族权、神权、夫权，…: after a pointer, a dash right after the phrase
    # restates its items as a colon does (not 主要的两个党――国民党与共产党的合作: parties)
    pointed = text[max(0, m.start - 4) : m.start].endswith(POINTER_WORDS)
    if not colon or (colon.group().endswith(("—", "―")) and not pointed):
        return None
    start = m.end + colon.end()
    pair = named_pair(text, start, m)
    if pair:
        return pair
    ordinals = ordinal_items(text, start, frame_noun(m))
    if ordinals and len(ordinals) >= 2:
        return (
            [t for t, _ in ordinals],
            [Span(m.paragraph, a, a + len(t)) for t, a in ordinals],
            "ordinals",
        )
    ones = _ones_after(text, start, m)
    if ones:
        return ones
    end = sentence_end(text, start)
    opened = text.rfind("（", 0, m.start) > text.rfind("）", 0, m.start)
    if opened and 0 <= text.find("）", start) < end:
        end = text.find("）", start)  # （主要是两条:公道，能干）: the list ends with the aside
    inner = text[start:end]
    items = split_list(inner)
    clause = re.split(r"[，,；;]", inner, maxsplit=1)[0]
    if len(items) != m.number and "、" in clause:
        items = split_list(clause)  # 两个阶段：A、B，贯穿其中的…: the list ends at the comma
        end = start + len(clause)
    elif "、" in clause and len(clause) < len(inner.rstrip("。；;！？!? ")):
        # 四个中心：A、B、C和D，它们将各自…: the first clause's list, its last two joined by 和,
        # is the whole list; the clause after it only goes on about the items
        joined = split_last_he(split_list(clause), m.number)
        if len(joined) == m.number and len(split_list(clause)) < m.number:
            items, end = joined, start + len(clause)
    if len(items) != m.number:
        # 三种：战略的、战役的和战斗的 / 两个车轮子…：A和B，除了…: the last two joined by 和
        joined = split_last_he(split_list(clause), m.number)
        if len(joined) == m.number:
            items, end = joined, start + len(clause)
    if len(items) != m.number:
        # 两类问题：A，B，事实是要谈这两个问题: the list, then a clause about it
        first = parallel_prefix([p for p in re.split(r"[，,]", inner) if p.strip()], m.number)
        if first:
            items = [p.strip(' “”"‘’') for p in first]
    if len(items) != m.number:
        # 这两种方式都可以走：有的地方…，可以…；有的地方…，终端…: one clause group each
        parts = [p.strip(' “”"‘’') for p in re.split(r"[；;]", text[start:end]) if p.strip()]
        shared = shared_opening(parts) if len(parts) == m.number else 0
        noun = frame_noun(m)
        if shared and _formula_opening(m, parts[0][:shared]):
            # “三个牢记”：牢记代表身份，…；牢记大会纪律，…: each part opens on the formula's own
            # word, which is the item's head, not a shared lead-in; the item is its first clause
            items = [item_clause(p) for p in parts]
        elif shared and all(len(p) <= 40 for p in parts):
            items = [p[shared:].strip() for p in parts]  # parallel clauses, one opening
        elif len(parts) == m.number and _formula_closing(m, [item_clause(p) for p in parts]):
            # “四个不到位”：企业主体责任落实不到位，店主…；部门监管不到位，…: each part's first
            # clause closes on the formula's word — the item; the clauses after tell its facts
            items = [item_clause(p) for p in parts]
        elif len(parts) == m.number and len(noun) == 2 and item_clause(parts[0]).endswith(noun):
            # 两个输出：思想输出，…；实质性推动的结果: the first part names the noun
            items = [item_clause(p.strip()) for p in parts]
        elif (
            len(parts) == m.number
            and len(noun) == 2
            and all(noun in item_clause(p) and len(item_clause(p)) <= 12 for p in parts)
        ):
            # 两个功能：通讯功能好，网络接入速度快；中文软件功能好: each part names the noun
            items = [item_clause(p.strip()) for p in parts]
    if len(items) < 2 or any(_BARE_ORDINAL.fullmatch(i) for i in items):
        return None  # 有三个：其一，共产党，这是…: one item's clauses, not three items
    return items, [Span(m.paragraph, start, end)] * len(items), "inline"


def _formula_opening(m: Mention, opening: str) -> bool:
    """Whether the opening every part shares starts with the quoted formula's word (“三个牢记”:
    牢记…；牢记…; “三个服务”: 服务要主动，…；服务要精准，…) — the word the formula counts, so
    the parts are its items as the formula names them, the word kept."""
    if not m.quoted:
        return False
    word = re.sub(
        r"^[一二三四五六七八九十两]{1,2}(?:个|种|类|条|项|点|大|件)?", "", m.phrase.strip('“”"')
    )
    return 2 <= len(word) <= 4 and opening.startswith(word)


def _formula_closing(m: Mention, clauses: list[str]) -> bool:
    """Whether every part's first clause closes on the formula's word (“四个不到位”: 部门监管
    不到位, 属地管理不到位) and says more than the word: the formula names each item by its end."""
    word = re.sub(
        r"^[一二三四五六七八九十两]{1,2}(?:个|种|类|条|项|点|大|件)?", "", m.phrase.strip('“”"')
    )
    return 2 <= len(word) <= 4 and all(
        c.endswith(word) and len(word) < len(c) <= 16 for c in clauses
    )


# 除四害，就是… / 两家，就是… / 三优先是：…: the words after an abbreviation that define it
_DEFINING = re.compile(r"[，,]?(?:就是|即是|即)[：:]?|是[：:]")


def defined_after(lay: Layout, m: Mention) -> Items | None:
    """除四害，就是消灭老鼠、麻雀、苍蝇、蚊子 / 只有两家，就是无产阶级一家，资产阶级一家 /
    三优先是：优先A；优先B；优先C: an abbreviation of a number and a word (no counter) that the
    words right after it define — 就是 or 即 and, before the first comma, a list of exactly as
    many short items, or as many comma clauses each opening or closing on the abbreviation's own
    last character; or 是： and as many semicolon parts each opening on its word. Why a finder
    of its own: the colon finder needs a colon and short parallel parts, and a writer who
    defines a formula at once often gives neither; without a list the definition is no frame
    (十倍就是三千多万人)."""
    text = lay.paragraphs[m.paragraph].text
    lead = _DEFINING.match(text, m.end)
    if not lead:
        return None
    start = lead.end()
    word = m.phrase.lstrip("一二三四五六七八九十两")
    sentence = text[start : sentence_end(text, start)]
    parts = [p for p in re.split(r"[；;]", sentence) if p.strip()]
    if len(word) == 2 and len(parts) == m.number and all(p.startswith(word) for p in parts):
        # 三优先是：优先A；优先B；优先C: one part a semicolon, each opening on the word
        items = [re.split(r"[，,]", p, maxsplit=1)[0] for p in parts]
        return items, spans_in_order(text, m.paragraph, items, start), "inline"
    stop = re.search(r"[。；;！？!?（(]", text[start:])
    clause = text[start : start + stop.start() if stop else len(text)]
    first = re.split(r"[，,]", clause, maxsplit=1)[0]
    items = split_last_he([p for p in first.split("、") if p], m.number)
    # (not 四周即宁冈、…、遂川四县: a list that counts itself names places)
    if not (
        len(items) == m.number
        and all(2 <= len(i) <= 10 for i in items)
        and not re.search(r"[一二三四五六七八九十两]", items[-1])
    ):
        char = m.phrase[-1]
        items = []
        for part in re.split(r"[，,]", clause):
            if not (part.startswith(char) or part.endswith(char)) or len(part) > 16:
                break  # 或者是…的世界观: the clause goes on past the parts
            items.append(part)
        if len(items) != m.number:
            return None
    if named_items(items):
        return None  # 两翼，即山东和陕北: places named, no formula (gold README, batch 6)
    return items, spans_in_order(text, m.paragraph, items, start), "inline"


# what may follow a noun that introduces a list (条件是： / 措施如下：)
_INTRO_TAIL = re.compile(r"(?:是|为|如下|有)?[：:]")
# a count just before that noun (三个条件：): the list is that count's own
_COUNTED_BEFORE = re.compile(r"[一二三四五六七八九十两\d]\s*[个项条种类]?$")


def _last_intro(text: str, noun: str) -> int | None:
    """Where the last of the non-overlapping ``noun`` + :data:`_INTRO_TAIL` of ``text`` opens
    (what ``re.finditer`` of the two written as one pattern finds last), or None: the noun is
    found with ``str.find``, so no pattern is compiled for each noun."""
    last = None
    pos = 0
    while (at := text.find(noun, pos)) >= 0:
        tail = _INTRO_TAIL.match(text, at + len(noun))
        if tail:
            last, pos = at, tail.end()
        else:
            pos = at + 1
    return last


def introduced_before(lay: Layout, m: Mention) -> Items | None:
    """这些条件是：（一）…（八）…。…承认中国共产党提出的八个条件: the count names again a list
    its paragraph introduced earlier by the count's own noun and a colon (with no count of its
    own) — exactly as many items, read as after a colon."""
    noun = frame_noun(m)
    if len(noun) < 2:
        return None
    text = lay.paragraphs[m.paragraph].text
    at = _last_intro(text[: m.start], noun)
    if at is None:
        return None
    if _COUNTED_BEFORE.search(text[:at]):
        return None  # 三个条件：… is a count of its own, read at its own mention
    echo = Mention(m.paragraph, at, at + len(noun), m.phrase, m.number, False, m.key)
    found = after_colon(lay, echo)
    if not found or found[2] != "ordinals":
        return None
    return found


_BARE_ORDINAL = re.compile(r"(?:又)?(?:其|第)?[一二三四五六七八九十]{1,2}|首先|其次|再次|最后")
