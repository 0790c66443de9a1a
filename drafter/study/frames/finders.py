"""Where a mention's items are read: in brackets right after it, after a colon, just before
it, as ordinals after it, as the headings below it — :func:`resolve` tries the finders in
order (a strict mention with fewer) and keeps the first that reads exactly as many items as
the number says.

The mentions come from :mod:`drafter.study.frames.mentions`; the finders shared with the
second look live in their own modules: :mod:`~drafter.study.frames.quoted_before`,
:mod:`~drafter.study.frames.apposition`, :mod:`~drafter.study.frames.copula_subject`,
:mod:`~drafter.study.frames.pointed_clauses`, :mod:`~drafter.study.frames.pointed_runs`,
:mod:`~drafter.study.frames.runs_after`, :mod:`~drafter.study.frames.noun_namings` (with
:mod:`~drafter.study.frames.item_words` trimming their items).
"""

from __future__ import annotations

import functools
import re

from drafter.study.frames.apposition import apposition, unmarked_run
from drafter.study.frames.back import spans_in_order
from drafter.study.frames.copula_subject import subject_before
from drafter.study.frames.forward import forward_items
from drafter.study.frames.item_words import (
    drop_governing_words,
    drop_lead,
    shared_opening,
    tail_as_long,
    whole_questions,
)
from drafter.study.frames.mentions import _BACK_REFERENCES, _NUM, _PLAN, _Mention
from drafter.study.frames.noun_namings import (
    echoed_before,
    named_after,
    named_paragraph_leads,
    restated_after,
)
from drafter.study.frames.ordinal_names import ordinal_namings
from drafter.study.frames.pointed_clauses import (
    choice_before,
    clause_before,
    clauses_before,
    ended_before,
    sentence_before,
)
from drafter.study.frames.pointed_runs import paragraphs_before, run_before
from drafter.study.frames.pointer import named_things
from drafter.study.frames.quoted_before import quoted_clauses_before, quoted_sayings_before
from drafter.study.frames.runs_after import echo_run, repeated_one, run_after, run_over_break
from drafter.study.frames.sections import section_items
from drafter.study.frames.units import (
    introduced_after_noun,
    list_before,
    paragraph_leads,
    repeated_heads,
)
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import (
    clean_item,
    ordinal_at,
    ordinal_items,
    parallel_prefix,
    sentence_end,
    split_last_he,
    split_list,
)
from drafter.study.text import first_clause, item_clause
from drafter.study.words import tagged, words

# 一条是A，另一条是B / 一种是…另一种是…: a pair named by "one … the other".
_PAIR = re.compile(
    r"一(?:(?:个|条|种|类|块|座|部分)[\u4e00-\u9fff]{0,2}?|方面)?(?:是|为|叫做|叫|称为|就是)([^，,；;。！？]{1,40})"
    r"[^。！？]{0,80}?[，,；;]\s*(?:另一|另外一|另|再一|又一|一)(?:(?:个|条|种|类|块|座|部分)[\u4e00-\u9fff]{0,2}?|方面)?"
    r"(?:是|为|叫做|叫|称为|就是)([^，,；;。！？]{1,40})"
)


# 两条政策：一方面，A，…；一方面，B，…: the pair "on one side … on the other"
_ASPECTS = re.compile(
    r"一方面[，,]?(?:是|就是)?([^，,；;。！？]{2,40})[^。！？]{0,80}?[，,；;]\s*"
    # (…；但是在另一方面，… / …，但另外一个方面呢，…: the turn and the filler before the side)
    r"(?:但是?|而|同时)?在?(?:另一个?方面|另外一个?方面|一方面|又一方面)呢?[，,]?(?:是|就是)?"
    r"([^，,；;。！？]{2,40})"
)


def resolve(lay: Layout, mention: _Mention) -> Frame | None:
    """The frame of one mention, its items read by the first finder that reads exactly as
    many as its number (a strict mention tries only the finders of its shape); None for a
    strict mention none of them read, a frame kept as mentioned otherwise."""
    span = Span(mention.paragraph, mention.start, mention.end)
    frame = Frame(mention.phrase, mention.number, span, quoted=mention.quoted)
    finders = (
        _bracketed,
        restated_after,
        _after_colon,
        _sides_after,
        _before,
        quoted_sayings_before,
        subject_before,
        ended_before,
        clauses_before,
        _aspects_before,
        quoted_clauses_before,
        _ordinals_after,
        run_over_break,
        named_paragraph_leads,
        echo_run,
        apposition,
        run_after,
        repeated_one,
        _sections,
        echoed_before,
        _introduced_before,
    )
    if mention.strict == "before":
        finders = (
            restated_after,
            _before,
            subject_before,
            _aspects_before,
            _after_colon,
            run_before,
            paragraphs_before,
            sentence_before,
            clause_before,
            ended_before,
            clauses_before,
            quoted_sayings_before,
            _ordinals_after,
        )
    elif mention.strict in ("parts", "final"):
        finders = (
            _after_colon,
            repeated_one,
            _ordinals_after,
            _sections,
            run_after,
            _kinds_after,
            subject_before,
        )
    elif mention.strict == "bracket":
        finders = (_bracketed, _after_colon)
    for finder in finders:
        found = finder(lay, mention)
        if found and len(found[0]) == mention.number:
            frame.items, frame.item_spans, frame.source = found
            if finder is _before:
                # 必须严格区别和正确处理这两类矛盾: the glued pair are actions; its sentence named
                # the two with the count's own noun (有敌我矛盾和人民内部矛盾)
                m = mention
                named = named_things(lay, m.paragraph, m.start, m.number, m.phrase)
                if named and not any(named[0][0][-2:] in i for i in found[0]):
                    frame.items, frame.item_spans = named
            if frame.source != "sections":
                frame.items = [clean_item(i) or i for i in frame.items]
            asked = mention.phrase.endswith("问题") and whole_questions(
                lay, frame.items, frame.item_spans
            )
            if asked:  # 两个问题 asked: each item the whole question
                frame.items, frame.item_spans = asked[0], asked[1]
            return frame
    if mention.strict in ("listed", "final", "bracket", "parts"):
        found = repeated_heads(lay, frame)
        if found:  # 第一张皮，是A。第二张皮，是B: units headed by the count's own noun
            frame.items, frame.item_spans = found
            frame.source = "inline"
            return frame
    if mention.strict in ("listed", "", "final"):
        after = introduced_after_noun(lay, frame)
        if after:  # 三个互相联系的问题，就是：A、B、C: the list after the whole noun phrase
            frame.items, frame.item_spans, frame.phrase = after
            frame.source = "inline"
            return frame
    if mention.strict in ("listed", "before"):
        found = list_before(lay, frame)
        if found:  # 土地改革、抗美援朝…和思想改造的五大运动: the list stands before the count
            frame.items, frame.item_spans = found
            frame.source = "inline"
            return frame
    if mention.strict == "listed" and _DEFINED.match(
        lay.paragraphs[mention.paragraph].text, mention.end
    ):
        return frame  # 管道的三点衔接，即…: a term the text defines, a mentioned formula
    if mention.strict == "listed" and unmarked_run(lay, mention):
        return frame  # 两个想不开，合在一块，就要打仗: the count stated, its items not read
    if mention.strict:
        return None
    # no finder of a shape read its items: the general reader of what follows a count
    # (两个题目，一个是A，一个是B / 三个摆脱——A、B、C), exactly as many units or none
    found = forward_items(lay, frame)
    if found:
        frame.items, frame.item_spans = found
        frame.source = "ordinals" if found[1][0].paragraph > span.paragraph else "inline"
        return frame
    found = repeated_heads(lay, frame) or list_before(lay, frame)
    if found:
        frame.items, frame.item_spans = found
        frame.source = "inline"
        return frame
    found = ordinal_namings(lay, frame)
    if found:  # 分为两个时期。…为第一时期，即组织时期。…第二时期，即革命时期: named in passing
        frame.items, frame.item_spans = found
        frame.source = "ordinals"
        return frame
    found = paragraph_leads(lay, frame)
    if found:  # 关于经济增长。…关于价格水平。…: the paragraphs after, each naming its subject
        frame.items, frame.item_spans = found
        frame.source = "ordinals"
        return frame
    found = named_after(lay, mention) or choice_before(lay, mention)
    if found:  # 两大矛盾中间，中日民族间的矛盾…，国内阶级间的矛盾…: the namings right after
        frame.items, frame.item_spans, frame.source = found
    return frame


# 三点衔接，即… / 两个闭环（…）: the text says what the phrase means — a term, not a count
_DEFINED = re.compile(r"[，,]?(?:即|也就是|就是说|亦即)[^是]")


_Items = tuple[list[str], list[Span], str]


def _bracketed(lay: Layout, m: _Mention) -> _Items | None:
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


def _ones_after(text: str, start: int, m: _Mention) -> _Items | None:
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


def _after_colon(lay: Layout, m: _Mention) -> _Items | None:
    text = lay.paragraphs[m.paragraph].text
    rest = text[m.end :]
    # (两种反革命的“围剿”：: the rest of the noun phrase may hold a quoted word)
    colon = re.match(
        r"[”’」\"]?(?:(?:[\u4e00-\u9fff]|[“\"][\u4e00-\u9fff]{1,6}[”\"]){0,24}[：:]|——|――)", rest
    )
    # 这四种权力――政权、族权、神权、夫权，…: after a pointer, a dash right after the phrase
    # restates its items as a colon does (not 主要的两个党――国民党与共产党的合作: parties)
    pointed = text[max(0, m.start - 4) : m.start].endswith(_BACK_REFERENCES)
    if not colon or (colon.group().endswith(("—", "―")) and not pointed):
        return None
    start = m.end + colon.end()
    pair = _pair(text, start, m)
    if pair:
        return pair
    ordinals = ordinal_items(text, start, _frame_noun(m))
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
        noun = _frame_noun(m)
        if shared and all(len(p) <= 40 for p in parts):
            items = [p[shared:].strip() for p in parts]  # parallel clauses, one opening
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


def _introduced_before(lay: Layout, m: _Mention) -> _Items | None:
    """这些条件是：（一）…（八）…。…承认中国共产党提出的八个条件: the count names again a list
    its paragraph introduced earlier by the count's own noun and a colon (with no count of its
    own) — exactly as many items, read as after a colon."""
    noun = _frame_noun(m)
    if len(noun) < 2:
        return None
    text = lay.paragraphs[m.paragraph].text
    intros = list(re.finditer(rf"{re.escape(noun)}(?:是|为|如下|有)?[：:]", text[: m.start]))
    if not intros:
        return None
    intro = intros[-1]
    if re.search(r"[一二三四五六七八九十两\d]\s*[个项条种类]?$", text[: intro.start()]):
        return None  # 三个条件：… is a count of its own, read at its own mention
    at = intro.start()
    echo = _Mention(m.paragraph, at, at + len(noun), m.phrase, m.number, False, m.key)
    found = _after_colon(lay, echo)
    if not found or found[2] != "ordinals":
        return None
    return found


_BARE_ORDINAL = re.compile(r"(?:又)?(?:其|第)?[一二三四五六七八九十]{1,2}|首先|其次|再次|最后")


_PAIR_CLOSED = re.compile(
    rf"[^、]{{2,12}}[和与及][^、]{{2,12}}?{_NUM}{{1,2}}(?:个|条|种|类|大|项|件|方面)[\u4e00-\u9fff]{{1,6}}、"
)


# a count closing a 、-part of the clause before another count (两种资源、): see _before
_SERIES_COUNT = re.compile(
    r"[两二三四五六七八九十]{1,2}(?:个|条|种|类|大|项|件|套|方面)[\u4e00-\u9fff]{1,6}、"
)


def _before(lay: Layout, m: _Mention) -> _Items | None:
    if m.phrase.endswith("重性"):
        return None  # 罢工、罢课也是两重性: two sides of one thing, not the things before
    text = lay.paragraphs[m.paragraph].text
    if re.search(r"(?:件|回|码)事$", m.phrase) and text[: m.start].endswith("是"):
        return None  # 研发和区域是两件事: a statement that they differ, not a summary
    text = lay.paragraphs[m.paragraph].text
    # 忽视风险（过左）或过度保守（过右）两个极端: an aside in brackets is no list mark
    head = _ASIDE.sub(lambda g: "\u3000" * len(g.group()), text[: m.start])
    if m.quoted and head.endswith(("“", '"', "‘", "「")):
        head = head[:-1]
    if head.endswith(("、", "“")) or re.search(r"[\u4e00-\u9fff]$", head) and m.quoted:
        return None  # the frame is itself one element of a list (围绕“A”、“B两个畅通”…)
    if m.quoted and head.endswith(("”", "’", "」")):
        return None  # “两重”“两新”: a name set beside another quoted name, one of a list
    pointer = re.search(r"[，,](?:这|这些|上述|以上)$", head)
    head = re.sub(r"(等|这|这些|这样|那样|共|总共|一共|是|为|即|就是)+$", "", head)
    listed = re.search(r"([^，,。；;：:！？!?]{1,24})[，,]$", head) if pointer else None
    if listed and "、" in listed.group(1):
        parts = listed.group(1).split("、")
        if all(len(p) <= 10 and "的" not in p for p in parts[1:]):
            head = head[:-1]  # 大流量、低时延，这两个机会点: a list, a comma, the pointer
    if head.endswith("的"):
        return None  # 一切人们、一切党派的两个“关”: the list owns the frame, it is not its items
    cut = max(head.rfind(c) for c in "，,。；;：:！？!?（(")
    segment = head[cut + 1 :]
    marker = re.match(rf"(?:{_NUM}{{1,3}}|\d{{1,2}})、", segment) if cut < 0 else None
    if marker:
        segment = segment[marker.end() :]  # 十二、划清两种界限: a heading's marker, not a list
        cut = marker.end() - 1
    # A和B两个X、C和D两条Y: the pair before this count starts after the count that closed the
    # pair before it (社会主义和资本主义两条道路、马克思主义和修正主义两条路线)
    closed = list(_PAIR_CLOSED.finditer(segment))
    if closed:
        segment = segment[closed[-1].end() :]
    # 利用国内国外两种资源、开拓国内国外两个市场、学会A和B两套本领: a series of counts, each
    # closing its own 、-part — this count's items are in the part after the last count
    counted = list(_SERIES_COUNT.finditer(segment))
    if counted and re.search(r"[、和与及]", segment[counted[-1].end() :]):
        segment = segment[counted[-1].end() :]
    # “从实践中选拔干部”和“小改进、大奖励”两个政策: a mark inside quotes lists nothing
    if len(re.findall(r"“[^“”]*”", segment)) >= 2:
        segment = re.sub(r"“[^“”]*”", lambda q: q.group().replace("、", "\ue000"), segment)
    if "、" in segment:
        parts = [p.replace("\ue000", "、") for p in segment.split("、")]
        last = re.split(r"[和与及]", parts[-1], maxsplit=1)
        if m.number == len(parts) + 1 and len(last) == 2:
            parts[-1:] = last  # A、B和C三条主线
        elif m.number == 2 == len(parts) and _said_twice(parts[0], parts[1]):
            # 工业和农业、社会主义的工业化和社会主义的农业改造这样两件事: one pair said twice,
            # the second time in full — its two sides are the items
            parts = _joined_pair(parts[1]) or parts
    elif m.number == 2 and _joined_pair(segment.replace("\ue000", "、")):
        # X和Y是两项中心工作 / 和平与发展是当代世界两大主题 (和 of 和平 joins nothing)
        parts = _joined_pair(segment.replace("\ue000", "、"))
        if len(parts[1]) == 1 and parts[0]:
            parts[0] = parts[0][-1]  # 有黑和白两种极端观点: one character against one
        elif min(len(p) for p in parts) < 2:
            return None
        else:
            # 总有先进和落后 -> 先进: the first side as long as the second, in whole words
            parts[0] = tail_as_long(words(parts[0]), len(words(parts[0])), len(parts[1]))
    else:
        return None
    quoted = [re.findall(r"[“\"‘「]([^”\"’」]+)[”\"’」]", p) for p in parts]
    if all(len(q) == 1 for q in quoted):
        items = [q[0] for q in quoted]
    else:
        items = [p.replace("\u3000", "").strip('“”"‘’ ') for p in parts]
        items[0] = drop_lead(items[0]).strip('“”"‘’ ')  # 从“政府服务环境 -> 政府服务环境
    items = [i for i in items if i]
    if items and re.search(r"(?:这|那)(?:个|些|一|种)[\u4e00-\u9fff]", items[-1]):
        return None  # A或B这个问题有两方面的意义: the pair names a subject the count is about
    if len(items) >= 2:
        longest_other = max(len(i) for i in items[1:])
        if len(items[0]) > 2 * longest_other:
            items[0] = items[0][-longest_other:]  # 在部队中进行的政治、经济、军事 -> 政治
        elif not all(len(q) == 1 for q in quoted):
            items[0] = drop_governing_words(items[0], items[1:])  # 要按照A、B… -> A
    start = cut + 1
    return items, [Span(m.paragraph, start, m.start)] * len(items), "inline"


def _said_twice(short: str, full: str) -> bool:
    """Whether ``full`` is the pair ``short`` said again in full (工业和农业 / 社会主义的工业化
    和社会主义的农业改造): both are pairs, each side of the short one within its side of the
    full one (its last two characters: 我们对于工业 -> 工业)."""
    one, two = _joined_pair(short), _joined_pair(full)
    return bool(one and two) and all(
        len(a) >= 2 and a[-2:] in b and len(b) > len(a[-2:]) + 1
        for a, b in zip(one, two, strict=True)
    )


_ASIDE = re.compile(r"[（(][^（）()。；]{1,24}[）)]")


def _joined_pair(segment: str) -> list[str] | None:
    """The two sides of the one conjunction (和/与/及/同/跟, a word of its own) in
    ``segment``, the second cut at a copula (A与B是当代世界 -> A, B); None otherwise."""
    cut = words(segment)
    joins = [k for k, w in enumerate(cut) if w in ("和", "与", "及", "同", "跟", "或", "或者")]
    if len(joins) > 1:
        # 右的迁就主义和“左”的关门主义或敷衍主义两种倾向: 或 names one side two ways, 和 joins
        joins = [k for k in joins if cut[k] not in ("或", "或者")]
    if len(joins) != 1:
        return None
    k = joins[0]
    first, second = "".join(cut[:k]).strip(), "".join(cut[k + 1 :]).strip()
    copula = second.find("是")
    if copula > 0 and len(second) - copula <= 9:
        second = second[:copula]
    if k + 2 == len(cut) and "的" in first:
        two = tagged(cut[-1])
        if two and two[0][1] == "v":
            return None  # 共产党的和平方针及取消两个政权…: a verb whose object is the count
    return [first, second] if first and second else None


def _kinds_after(lay: Layout, m: _Mention) -> _Items | None:
    """有两种，劳动人民的和资产阶级的 / 原因有两种，即A和B / 分为两类，生活服务类提倡自治，业务
    保障类…: a count with no noun, its kinds named in the clauses right after it (one joined
    pair, after 即 or not, or a clause each opening with a word of the counter: …类)."""
    text = lay.paragraphs[m.paragraph].text
    lead = re.match(r"(?:\[\d{1,2}\])?[，,]\s*(?:即(?![将使便])[：:]?)?", text[m.end :])
    if not lead:
        return None
    start = m.end + lead.end()
    end = sentence_end(text, start)
    counter = m.phrase[-1]
    if counter not in "类种":
        return None
    clauses = re.split(r"[，,；;]", text[start:end])
    named = [re.match(rf"[\u4e00-\u9fff]{{2,6}}{counter}", c) for c in clauses[: m.number]]
    if len(clauses) >= m.number and all(named):
        items = [n.group() for n in named]
    elif m.number == 2:
        items = _joined_pair(clauses[0]) or []
    else:
        return None
    if len(items) != m.number or any(len(i) < 2 for i in items):
        return None
    return items, spans_in_order(text, m.paragraph, items, start), "inline"


@functools.lru_cache(maxsize=256)
def _own_pair(noun: str) -> re.Pattern | None:
    """:data:`_PAIR` with the frame's own one-character noun in place of a counter (两手：
    一手是A、B，另一手是C; 两头：一头是…，另一头是…), so that the pair is read at its clauses and
    not cut at the 、 inside its first item; None for a longer noun or none."""
    if len(noun) != 1 or not "\u4e00" <= noun <= "\u9fff":
        return None
    counters = "(?:个|条|种|类|块|座|部分)"
    return re.compile(_PAIR.pattern.replace(counters, f"(?:{re.escape(noun)})"))


def _pair(text: str, start: int, m: _Mention) -> _Items | None:
    """一条是A，另一条是B right after a frame of two."""
    if m.number != 2:
        return None
    own = _own_pair(_frame_noun(m))
    found = (
        _PAIR.match(text, start)
        or _PAIR.match(text, start + 1)
        or (own and (own.match(text, start) or own.match(text, start + 1)))
        or _ASPECTS.match(text, start)
        or _ASPECTS.match(text, start + 1)
        or _subject_aspects(text, start)
    )
    if not found:
        return None
    items = [found.group(1).strip(), found.group(2).strip()]
    spans = [
        Span(m.paragraph, found.start(1), found.end(1)),
        Span(m.paragraph, found.start(2), found.end(2)),
    ]
    return items, spans, "inline"


def _aspects_before(lay: Layout, m: _Mention) -> _Items | None:
    """必须一方面A，…；另一方面，B，…。只有这两方面的任务都完成了: a back-reference to a pair
    of sides named just before (in its sentence or the one before)."""
    if m.number != 2 or "方面" not in m.phrase:
        return None
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 2) : m.start].endswith(_BACK_REFERENCES):
        return None
    bounds = [i for i, c in enumerate(text[: m.start]) if c in "。！？!?"]
    start = bounds[-2] + 1 if len(bounds) >= 2 else 0
    at = m.paragraph
    found = None
    for hit in _ASPECTS.finditer(text, start, m.start):
        found = hit
    before = lay.paragraphs[at - 1] if at > 0 else None
    if not found and not bounds and before is not None and not before.is_heading:
        # 将这两个方面的情形综合起来说 opening its paragraph: the sides close the one before
        # (…在一方面促使…解体…；但是在另一方面，它们又…), its last two sentences
        text, at = before.text, at - 1
        ends = [i for i, c in enumerate(text.rstrip()) if c in "。！？!?"][:-1]
        for hit in _ASPECTS.finditer(text, ends[-2] + 1 if len(ends) >= 2 else 0):
            found = hit
    if not found:
        return None
    spans = [Span(at, found.start(k), found.end(k)) for k in (1, 2)]
    return [found.group(1).strip(), found.group(2).strip()], spans, "inline"


_ONE_SIDE = re.compile(r"[：:，,]?\s*一(?:个)?方面[，,]?(?:是|就是)?[，,]?")
_OTHER_SIDE = re.compile(r"(?:另|另外)一(?:个)?方面[，,]?(?:是|就是)?[，,]?")


def _sides_after(lay: Layout, m: _Mention) -> _Items | None:
    """强调两个方面：一方面是合同质量的提升。……；另一个方面，是合同签订以后…: the two sides
    named after the frame, the second a few sentences on (at most four) in the paragraph."""
    if m.number != 2 or "方面" not in m.phrase:
        return None
    text = lay.paragraphs[m.paragraph].text
    one = _ONE_SIDE.match(text, m.end)
    if not one:
        return None
    first = item_clause(text[one.end() :])
    other = _OTHER_SIDE.search(text, one.end() + len(first))
    if not first or not other or text.count("。", one.end(), other.start()) > 4:
        return None
    second = item_clause(text[other.end() :])
    if not second:
        return None
    spans = [
        Span(m.paragraph, one.end(), one.end() + len(first)),
        Span(m.paragraph, other.end(), other.end() + len(second)),
    ]
    return [first, second], spans, "inline"


def _subject_aspects(text: str, start: int) -> re.Match | None:
    """错误有两重性。错误一方面损害党…；另一方面是好教员: the next sentence names its subject
    again before 一方面."""
    lead = re.match(r"[。：:]\s*([\u4e00-\u9fff]{1,4}?)(?=一方面)", text[start:])
    return _ASPECTS.match(text, start + lead.end()) if lead else None


def _ordinals_after(lay: Layout, m: _Mention) -> _Items | None:
    text = lay.paragraphs[m.paragraph].text
    pair = _pair(text, m.end, m)
    if pair:
        return pair
    noun = _frame_noun(m)
    found = ordinal_items(text, m.end, noun)
    if found and found[0][1] > sentence_end(text, sentence_end(text, m.end) + 1) + 4:
        found = None  # a run two sentences on belongs to something said in between
    opening = ordinal_at(text, m.end + 1, noun) if text[m.end : m.end + 1] in "，,：:" else None
    if not found and m.number == 2 and noun and opening and opening[0] == 1:
        item = item_clause(text[opening[1] :])  # 有两种世界革命，第一种是A。…第二种世界革命，即B
        found = [(item, opening[1])] if item and len(item) <= 40 else None
    if found and len(found) == m.number - 1 and noun:
        last = _last_named(text, found[-1][1] + len(found[-1][0]), m.number, noun)
        if last:  # 第一个，A。第二个，B。只有第三个方向，C: the last ordinal inside a sentence
            found = [*found, last]
    if found and len(found) >= 2:
        return (
            [t for t, _ in found],
            [Span(m.paragraph, a, a + len(t)) for t, a in found],
            "ordinals",
        )
    # Items each opening a paragraph of their own (一是… / 第一，…) right after the mention,
    # when the outline kept them as prose.
    node = lay.by_paragraph.get(m.paragraph)
    limit = node.end if node else len(lay.paragraphs)
    in_heading = bool(node and m.paragraph == node.heading)
    if in_heading and node.children:
        return None  # a heading's frame counts its sub-headings (_sections)
    items: list[str] = []
    spans: list[Span] = []
    expected = 1
    # 关注三个文件。第一个文件…（next paragraph）第二个文件…: the first item may open the
    # sentence right after the frame, the others their own paragraphs
    next_start = sentence_end(text, m.end) + 1
    first = ordinal_at(text, next_start, noun) if next_start < len(text) else None
    if first and first[0] == 1:
        item = item_clause(text[first[1] :])
        items.append(item)
        spans.append(Span(m.paragraph, first[1], first[1] + len(item)))
        expected = 2
    # ordinals that repeat the frame's noun (第二部分, 第三个文件) may stand a paragraph or
    # two apart, the part's own paragraphs between them
    named = noun or None  # 第二部分 / 第三个文件: an ordinal with the noun (see _names_part)
    span_max = (3 if named else 2) * m.number
    for idx in range(m.paragraph + 1, min(limit, m.paragraph + 1 + span_max)):
        para = lay.paragraphs[idx]
        if para.is_heading:
            break
        got = ordinal_at(para.text, 0, noun)
        if got is None:
            if items and named and _names_part(lay.paragraphs[spans[-1].paragraph].text, named):
                continue  # a named part runs on over more paragraphs
            if items or idx > m.paragraph + 2 or in_heading:
                break  # the items follow the frame at once, or they are not its items
            continue
        n, text_start = got
        if n != expected and not (n == 0 and expected > 1):
            break
        item = item_clause(para.text[text_start:])
        items.append(item)
        spans.append(Span(idx, text_start, text_start + len(item)))
        expected += 1
        if expected > m.number:
            following = idx + 1 < limit and ordinal_at(lay.paragraphs[idx + 1].text, 0, noun)
            if following and following[0] == expected:
                return None  # 第一…第四 counted by a frame of two: not this frame's items
            break
    if len(items) >= 2:
        return items, spans, "ordinals"
    return None


_CN_DIGITS = "一二三四五六七八九十"


def _last_named(text: str, start: int, number: int, noun: str) -> tuple[str, int] | None:
    """The last item of a run whose last ordinal stands inside a sentence with the frame's
    noun (只有第三个方向，根本放弃… / 开始了第二种世界革命，即…): the clause after it, within
    three sentences of the run's last item, or None."""
    if not 2 <= number <= 10:
        return None
    end = start
    for _ in range(3):  # the item's own sentence and two more (the first item's aside between)
        end = sentence_end(text, end) + 1
    ordinal = rf"第{_CN_DIGITS[number - 1]}(?:个|种|类|条|项|点)?[\u4e00-\u9fff]{{0,3}}?"
    hit = re.compile(ordinal + re.escape(noun)).search(text, start, end)
    if not hit:
        return None
    after = re.match(r"[，,：:]?(?:是|即|就是)?[，,]?", text[hit.end() :])
    at = hit.end() + after.end()
    item = item_clause(text[at:])
    return (item, at) if item and len(item) <= 40 else None


_PART_ORDINAL = re.compile(rf"第{_NUM}{{1,2}}(?:个|种|类|条|项|点)?")


def _names_part(text: str, noun: str) -> bool:
    """Whether ``text`` opens with an ordinal and ``noun`` (第二部分, 第三个文件) — a fixed
    pattern and a string test, not one regex per noun."""
    hit = _PART_ORDINAL.match(text)
    if not hit:
        return False
    if text.startswith(noun, hit.end()):
        return True
    # the optional counter may be the noun's own first character (第三个 + 个体户)
    bare = re.match(rf"第{_NUM}{{1,2}}", text)
    return bool(bare) and text.startswith(noun, bare.end())


def _frame_noun(m: _Mention) -> str:
    """The noun a frame counts, as its ordinals repeat it (三个时期 -> 时期, 三种人 -> 人,
    三个不同的部分 -> 部分); empty for a quoted formula or a count with no noun."""
    if m.quoted:
        return ""
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)
    return noun.rsplit("的", 1)[-1][-2:]


def _sections(lay: Layout, m: _Mention) -> _Items | None:
    return section_items(lay, m, _PLAN.search(m.phrase) is not None)
