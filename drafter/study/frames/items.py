"""Where the items of a frame stand when they are not in brackets, after a colon or in a
run of ordinals: in quoted clauses before it (甲行使“否决权”，乙行使“培养权”，两个权力),
named right after it (两条路，光明的路和黑暗的路), in the list closing the sentence before a
back-reference (…。这四项基本原则), in a run of 一个是… before it, or opening the sentences
after it (一条，…。一条，…). Each finder takes the layout and a mention (paragraph, start,
end, number, quoted) and returns (items, spans, source) or None."""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from drafter.numerals import parse_cn_number
from drafter.study.frames.back import item_spans, spans_in_order
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import (
    ordinal_at,
    ordinal_items,
    sentence_end,
    split_last_he,
    split_list,
)
from drafter.study.text import first_clause, item_clause
from drafter.study.words import tagged, words

Items = tuple[list[str], list[Span], str]
_NUM = "[一二三四五六七八九十两]"
BACK_REFERENCES = ("这", "那", "此", "每", "各", "上述", "这些", "以上")


_QUOTES_BEFORE = re.compile(
    r"((?:[“\"][^”\"]{2,16}[”\"][，,、]?\s*){2,6})[，,]?\s*(?:这|这些|以上)"
    # “坚持抗战、反对投降”，…，这是我们党…提出来的三大政治口号: 这是 and what says where
    r"(?:(?:就)?是[^，,。；;：:！？!?“”\"]{0,30}的)?$"
)


_POINTER_TAIL = re.compile(r"[”\"][，,]?\s*(?:这|这些|以上)(?:(?:就)?是[^“”\"]{0,30}的)?$")


def quoted_sayings_before(lay: Layout, m) -> Items | None:
    """“鹬蚌相持，渔人得利”，“螳螂捕蝉，黄雀在后”，这两个故事: quotations right before a
    pointer are its items (each its first clause)."""
    text = lay.paragraphs[m.paragraph].text
    if not _POINTER_TAIL.search(text, max(0, m.start - 40), m.start):
        return None  # no pointer right before: the common case, found cheaply
    found = _QUOTES_BEFORE.search(text, max(0, m.start - 200), m.start)
    if not found or found.end() != m.start:
        return None
    quotes = list(re.finditer(r"[“\"]([^”\"]{2,16})[”\"]", found.group(1)))
    if len(quotes) != m.number:
        return None
    base = found.start(1)
    items = [re.split(r"[，,]", q.group(1))[0] for q in quotes]
    spans = [
        Span(m.paragraph, base + q.start(1), base + q.start(1) + len(i))
        for q, i in zip(quotes, items, strict=True)
    ]
    return items, spans, "inline"


def quoted_clauses_before(lay: Layout, m) -> Items | None:
    """甲行使“否决权”，乙行使“培养权”，两个权力不一样: the clauses right before the frame
    in its sentence, one quoted term each, are its items."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    stop = max(head.rfind(c) for c in "。；;！？!?：:")
    clauses = re.split(r"[，,]", head[stop + 1 :])
    if m.quoted:
        return None  # “全线出击”，“夺取中心城市”，“两个拳头打人”: one slogan among others
    last = clauses[-1].strip() if clauses else ""
    if not last.rstrip('“"‘「'):
        clauses = clauses[:-1]
    elif not _QUOTED_CLAUSE.fullmatch(last):
        return None  # 拥护“两个确立”、坚决做到“两个维护”: the frame is a list element itself
    if len(clauses) < m.number:
        return None
    chosen = clauses[-m.number :]
    quoted = [re.findall(r"[“\"‘「]([^”\"’」]{1,10})[”\"’」]", c) for c in chosen]
    if any(len(q) != 1 for q in quoted):
        return None
    items = [q[0] for q in quoted]
    spans = []
    for item in items:
        at = text.rfind(item, 0, m.start)
        spans.append(Span(m.paragraph, at, at + len(item)))
    spans.sort(key=lambda s: s.start)
    return items, spans, "inline"


# “坚持进步、反对倒退”的 (三大政治口号): a clause that is one quoted term, next to the frame
_QUOTED_CLAUSE = re.compile(r"[“\"‘「][^”\"’」]{1,16}[”\"’」](?:的|这|这些|等|这样的)?")
_LEADS = (
    "除了",
    "围绕",
    "包括",
    "从",
    "就",
    "把",
    "将",
    "即",
    "在",
    "对",
    "以",
    "抓好",
    "做到",
    "坚持",
    "指出",
    "提出",
)


def drop_lead(item: str) -> str:
    """The first item of a list before a frame carries the sentence's verb: 我重点从如何A
    -> 如何A, 把参与政务 -> 参与政务."""
    best = -1
    # a lead inside a word is none (迁就主义 keeps its 就), nor a one-character lead opening a
    # longer word (对象 keeps its 对)
    inside, at = set(), 0
    for word in words(item):
        inside.update(range(at + 1, at + len(word)))
        at += len(word)
    for lead in _LEADS:
        i = item.rfind(lead)
        while i >= 0 and (
            i in inside or (len(lead) == 1 and i + 1 in inside) or _means_phrase(item, lead, i)
        ):
            i = item.rfind(lead, 0, i)
        if i >= 0 and len(item) - (i + len(lead)) >= 2:
            best = max(best, i + len(lead))
    return item[best:] if best >= 0 else item


def _means_phrase(item: str, lead: str, at: int) -> bool:
    """以 at ``at`` opens the item's own phrase of means, not the sentence's lead: after
    another lead (围绕以文辅政、督查落实 -> 以文辅政; 坚持以人民为中心) or with its 为 inside
    the item (以人民为中心、以改革为动力). A 以 that governs the list has its 为 after the
    last item (以A、B为重点), outside the first one."""
    if lead != "以":
        return False
    if "为" in item[at + 2 :]:
        return True
    return any(item.endswith(other, 0, at) for other in _LEADS if other != "以")


# 要/必须/应当…: a modal the sentence puts before its list, no part of the first item
_MODALS = frozenset(("要", "必须", "应", "应当", "应该", "需要", "就", "也", "还", "都", "并"))


def drop_governing_words(first: str, others: list[str]) -> str:
    """The first item of a list before its count without the words that govern the whole list
    (要按照A、B和C三条主线 -> A; 完成A、B、C三条控制线 -> A; 为实现推进X、完成Y、维护Z三大历史
    任务 -> 推进X), judged against the shape of the other items. A modal goes, and a
    preposition, adverb, conjunction or pronoun that opens none of the others, with a particle
    after what went (推翻了A -> A). A verb goes when the others open with no verb and what
    follows it opens as they do (完成 + nouns; 停止进攻红军 keeps 停止, a verb follows it), or,
    when the others open with verbs, while the first item's run of verbs is longer than any of
    theirs (继续实现推进X, 完成Y: 推进X). The first item keeps at least as many words as the
    shortest other, and after a verb as many characters (实现增长、扩大就业 keeps 实现)."""
    cut = tagged(first)
    if not cut or not others:
        return first
    if len({len(o) for o in others}) == 1 and len(first) == len(others[0]) >= 3:
        return first  # 以文辅政、督查落实、信息服务: as long as the others, nothing governs
    # (jieba tags 以 a preposition, so it would go and leave 文辅政 against two four-character
    # items)
    shapes = [tagged(o) for o in others]
    kinds = {t[0][1][:1] for t in shapes if t}
    fewest = min(len(t) for t in shapes)
    shortest = min(len(o) for o in others)
    # theirs counted with verbal nouns too: jieba tags 发动了民众's 发动 vn
    their_run = max(_verb_run(t, ("v", "vn")) for t in shapes)
    k = 0
    while k < len(cut) - 1:
        word, tag = cut[k]
        verb = tag == "v" and word not in _MODALS
        if verb:
            governs = (
                _verb_run(cut[k:]) > their_run  # 继续实现推进X, 完成Y
                if "v" in kinds
                else _next_kind(cut, k) in kinds  # 完成 + the nouns the others are
            )
        else:
            governs = (
                (word in _MODALS and not any(o.startswith(word) for o in others))
                or (tag[:1] in ("p", "c", "r", "d") and tag[:1] not in kinds)
                or (tag[:1] == "u" and k > 0)  # 推翻了: the particle of a verb that went
            )
        rest = "".join(w for w, _ in cut[k + 1 :])
        if not governs or len(cut) - k - 1 < fewest or len(rest) < (shortest if verb else 2):
            break
        k += 1
    return "".join(w for w, _ in cut[k:])


def _verb_run(cut: list[tuple[str, str]], tags: tuple[str, ...] = ("v",)) -> int:
    """How many verbs open a tagged item (继续实现推进现代化建设: 3; 完成祖国统一: 1)."""
    run = 0
    for _word, tag in cut:
        if tag not in tags:
            break
        run += 1
    return run


def _next_kind(cut: list[tuple[str, str]], k: int) -> str:
    """The word class opening what follows word ``k``, past particles (推翻了帝国主义: n)."""
    for _word, tag in cut[k + 1 :]:
        if not tag.startswith("u"):
            return tag[:1]
    return ""


# 一条… / 另一种… / 还有一个…: a part of the apposition that names one of the items
_ONE_OPENER = re.compile(r"(?:还有|另外)?(?:另)?一(?:个|种|条)")


def apposition(lay: Layout, m) -> Items | None:
    """两条路，光明的路和黑暗的路。/ 两个管理线，一个财务管理线，一个物流管理线: the items
    named right after the frame, in the rest of its sentence (never in a heading, whose
    further clauses are the heading's own: 三、强化“三多”，强基固本，锐意进取) — when
    something marks them as the items (see :func:`unmarked_run`)."""
    found = _apposition(lay, m)
    if found is None or found[1]:
        return None
    return found[0]


def unmarked_run(lay: Layout, m) -> bool:
    """Whether the count is followed, in its sentence, by exactly as many clauses with verbs
    that nothing marks as its items (两个想不开，合在一块，就要打仗): the sentence goes on
    about the count — what follows it, not its parts. The count is still a frame the text
    states (a mentioned one), its items unread."""
    found = _apposition(lay, m)
    return found is not None and found[1]


def _apposition(lay: Layout, m) -> tuple[Items, bool] | None:
    if lay.paragraphs[m.paragraph].is_heading:
        return None
    text = lay.paragraphs[m.paragraph].text
    rest = text[m.end :]
    lead = re.match(r"[”’」\"]?[^，,。；;：:！？!?“”]{0,4}[，,]", rest)
    if not lead:
        return None
    start = m.end + lead.end()
    end = start
    while end < len(text) and text[end] not in "。；;！？!?：:":
        end += 1
    clause = text[start:end]
    if re.match(r"[。；;]\s*(?:第一|一是|首先|其一)", text[end:]):
        return None  # 两条政策，争取群众，…。第一条是…: the ordinals after are its items
    if re.match(r"第一|其一", clause):
        # 有两种世界革命，第一种是属于资产阶级和资本主义范畴的世界革命。: an ordinal run opens
        # here; the 和 inside its first item joins no two items
        return None
    if m.quoted:
        # a quoted formula runs on with other names (“三反”，肃反，思想改造); its items
        # follow only when the text says so: “两个维护”，即…
        said = re.match(r"(?:即|就是|也就是|也即)", clause)
        if not said:
            return None
        start += said.end()
        clause = clause[said.end() :]
    first = re.split(r"[，,]", clause, maxsplit=1)[0]
    listed = [p for p in first.split("、") if p]
    if (
        len(listed) == m.number
        and "、" in first
        and all(len(p) <= 14 for p in listed)
        and not re.search(rf"{_NUM}[个项条种大点]", first + text[m.end : start])
        and not re.match(r"(?:一是|一要|一个|一种|第一|首先|其一)", first)
    ):
        clause = first  # 两个目标要求，大带宽、低时延，要求都…: the list is the first clause
    parts = [
        p for p in re.split(r"[，,、]|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])", clause) if p
    ]
    ones = [bool(_ONE_OPENER.match(p)) for p in parts]
    if (
        len(parts) > m.number
        and all(ones[: m.number])
        and not ones[m.number]
        and not all(p.endswith("的") for p in parts[: m.number])
        and not re.search(r"[\u4e00-\u9fff]", lead.group())
    ):
        # 两条道路，一条A，一条B，归根结底…: the sentence goes on after the items (三个顾问公司，
        # 一个香港的，一个深圳的，…: things told apart by whose they are, a count of things;
        # 两个主线条，…: words between the count and the comma, a noun the mention cut short)
        parts = parts[: m.number]
    parts = [
        re.sub(
            r"^(?:(?:一(?:个|种|条)|另一(?:个|种|条)?)(?:就是|叫做|叫|是)?"
            r"|一是|一重是|二是|三是|还有|要么|或者|或是)",
            "",
            p,
        ).strip()
        for p in parts
    ]
    noun = m.phrase[-2:]
    if (
        len(parts) > m.number
        and not m.quoted
        and all(p.endswith(noun) and len(p) <= 8 for p in parts[: m.number])
        and (not parts[m.number].endswith(noun) or len(parts[m.number]) > 8)
    ):
        parts = parts[: m.number]  # 3类报表，A报表，B报表，C报表，就是…: items name the noun
    if any(p.startswith(BACK_REFERENCES) for p in parts):
        return None  # 两种观点，这两种观点总会交战: the sentence goes on about the frame
    if parts and parts[-1].endswith(m.phrase) and not re.search(r"[是有]", parts[-1]):
        parts[-1] = parts[-1][: -len(m.phrase)]  # 坚定的，动摇的，反对的三种立场
    if any(m.phrase in p for p in parts):
        return None  # 两重性嘛，罢工、罢课也是两重性: the sentence says the frame again
    if len(parts) != m.number or any(not p or len(p) > 14 for p in parts):
        return None
    if re.search(r"[\u4e00-\u9fff]着$", text[max(0, m.start - 2) : m.start]) and any(
        "了" in p for p in parts
    ):
        return None  # 他扛着两个炸药包，冲上了上甘岭，…: what he did next, not the things
    if any(_opens_with_conjunction(p) for p in parts):
        return None  # 两个东西，但再往前走一步…: a conjunction goes on with the sentence
    if any(re.match(r"我|你|他|她|大家|同志|咱", p) for p in parts):
        return None  # 有两个问题，同志们没有注意，我觉得…: the sentence goes on, people speak
    marked = (
        clause == first  # a 、-list: 大带宽、低时延
        or all(ones[: m.number])  # 一个…，一个…
        or said_before(text[m.end : start])  # 即/就是 …
        or all(p.endswith(noun) or p.endswith("的") for p in parts)  # …的状态, 坚定的
        or parallel(parts)
    )
    # 两个想不开，合在一块，就要打仗 / 没有两个革命的胜利，没有建设的成绩，现在不同了: the
    # sentence goes on in clauses nothing marks as the items — they are what follows
    unmarked = not marked and any(_has_verb(p) for p in parts)
    return (parts, spans_in_order(text, m.paragraph, parts, start), "inline"), unmarked


def said_before(lead: str) -> bool:
    """Whether the words between a count and its items say what it is: 即, 就是, 也就是."""
    return bool(re.search(r"即|就是|也就是|也即|叫做|包括", lead))


def parallel(parts: list[str]) -> bool:
    """Whether clauses run in parallel: the same opening or closing character in each, an
    adverb before it aside (一重是坏，一重是好; 多学，多思，多练; 可以在食堂吃饭，也可以在家里
    自己做): items told apart by one varying part."""
    bare = [re.sub(r"^(?:也|又|还|都|就|而且?|并且?)", "", p) for p in parts]
    return len(bare) > 1 and (len({p[:1] for p in bare}) == 1 or len({p[-1:] for p in bare}) == 1)


def _has_verb(part: str) -> bool:
    """Whether a clause holds a verb (jieba v, vd, vn counts as noun): a statement, not a name."""
    return any(t in ("v", "vd", "vi", "vg") for _, t in tagged(part))


def _opens_with_conjunction(part: str) -> bool:
    """但… / 而且… (jieba tags 可以 a conjunction too: 可以在食堂吃饭 is an item)."""
    first = tagged(part[:4])[:1]
    return bool(first) and first[0][1] == "c" and first[0][0] != "可以"


# 是 (为, 成为, 乃是 …) and what describes the frame before it: A和B，是…的两个主要工具
_COPULA_TO_FRAME = re.compile(
    r"(?:都|就|也|又|正)?(?:乃是|就是|都是|成为|作为|是|为)[^，,。；;：:！？!?、“”]{0,24}$"
)


def subject_before(lay: Layout, m) -> Items | None:
    """军事镇压和政治欺骗，是蒋介石维持反动统治的两个主要工具 / 批评与自我批评是我们的两个
    法宝: the list that is the subject of the sentence, before its copula, names the items
    of the frame the copula leads to."""
    if m.quoted or m.phrase.endswith("重性"):
        return None  # 罢工、罢课也是两重性: two sides of one thing, not the things before
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    copula = None
    for pos in range(len(head) - 1, max(-1, len(head) - 28), -1):
        if head[pos] in "，,。；;：:！？!?、“”":
            break
        found = _COPULA_TO_FRAME.match(head, pos)
        if found and found.end() == len(head) and _copula_word(head, found):
            copula = found
            break  # the copula nearest the frame (以奋斗者为本是…: 是, not the 为 of 为本)
    if not copula:
        copula = _owned_copula(head)
        if not copula:
            return None
    elif re.search(r"[和与及、]", copula.group()):
        return None  # 是所谓革命和反革命两条道路: the list after the copula is the items
    if re.fullmatch(r"(?:都|就|也)?是", copula.group()) and re.search(r"(?:件|回|码)事$", m.phrase):
        return None  # 研发和区域是两件事: a statement that they differ, not a summary
    before = head[: copula.start()].rstrip("，, ")
    if before.endswith(("这", "那", "这些", "那些", "此")):
        return None  # 这是…两种偏向: a back-reference, see ended_before
    start = max(before.rfind(c) for c in "，,。；;：:！？!?") + 1
    segment = before[start:]
    clauses = False
    if "、" in segment:
        items = split_last_he(split_list(segment), m.number)
    else:
        items = _joined(segment)
        if not items:
            items = _parallel_subject(before, m.number)  # whole clauses, kept as written
            start = before.find(items[0]) if items else start
            clauses = True
    if len(items) != m.number or any(not 2 <= len(i) <= 12 for i in items[1:]):
        return None
    if not clauses and len(items[0]) > max(len(i) for i in items[1:]):
        items[0] = drop_lead(items[0])  # 以A、B为…: the sentence's lead word, not 对内的…
    if not clauses:
        items[-1] = _without_adverbs(items[-1])
    if len(items[0]) > 2 * max(len(i) for i in items[1:]) or len(items[0]) < 2:
        return None  # 我们在会上讨论了A和B: the subject is a clause, not a list
    return items, spans_in_order(text, m.paragraph, items, start), "inline"


# 是…考验一切人们、一切党派的 (两个“关”): a copula and a long 的-phrase owning the frame
_COPULA_OWNING = re.compile(r"(?:都|就|也|又|正)?是[^，,。；;：:！？!?]{4,40}的[“\"]?$")


def _owned_copula(head: str) -> re.Match | None:
    """The copula of 战争和土改是在…时期内考验一切人们、一切党派的两个“关”: a 是 leading to a
    的-phrase that owns the frame — a list inside it (一切人们、一切党派) says whose the frame
    is, so the items are still the subject before the copula."""
    for pos in range(len(head) - 1, max(-1, len(head) - 48), -1):
        if head[pos] in "，,。；;：:！？!?":
            return None
        found = _COPULA_OWNING.match(head, pos)
        if found and _copula_word(head, found) and not re.search(r"是", found.group()[2:]):
            return found
    return None


def _copula_word(head: str, copula: re.Match) -> bool:
    """Whether the copula found is a word of its own (是, 为), not the end of 作为, 分为,
    认为, 因为, 于是 …"""
    start = copula.start()
    cut = words(head[max(0, start - 6) :])
    at = 0
    for word in cut:
        if at + len(word) > min(6, start):
            return at == min(6, start)
        at += len(word)
    return False


def _without_adverbs(item: str) -> str:
    """和平与发展仍然是…: the last item without the adverbs that lead to the copula."""
    cut = tagged(item)
    while len(cut) > 1 and cut[-1][1] in ("d", "c", "p"):
        cut = cut[:-1]
    return "".join(w for w, _ in cut)


def _parallel_subject(before: str, number: int) -> list[str]:
    """以客户为中心，以奋斗者为本是两个矛盾的对立体: the last clauses before the copula,
    each short and opening alike, are the subject's items."""
    start = max(before.rfind(c) for c in "。；;：:！？!?") + 1
    clauses = [c for c in re.split(r"[，,]", before[start:]) if c]
    chosen = clauses[-number:]
    if len(clauses) < number or any(not 2 <= len(c) <= 10 for c in chosen):
        return []
    if not shared_opening(chosen) and not all(c[0] == chosen[0][0] for c in chosen):
        return []
    return chosen


def _joined(segment: str) -> list[str]:
    """A和B / A与B / A及B: the two sides of the one conjunction word in ``segment``."""
    cut = words(segment)
    joins = [k for k, w in enumerate(cut) if w in ("和", "与", "及", "同", "以及")]
    if len(joins) != 1:
        return []
    k = joins[0]
    return ["".join(cut[:k]), "".join(cut[k + 1 :])]


def sentence_before(lay: Layout, m) -> Items | None:
    """坚持A、坚持B、坚持C、坚持D。这四项基本原则是立国之本: a back-reference opening its
    sentence counts the list that closed the sentence before."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(r"[。；;！？!?]\s*(?:这|这些|上述|以上)$", head)
    if not opened:
        return None
    before = head[: opened.start()]
    cut = max(before.rfind(c) for c in "，,。；;：:！？!?")
    segment = before[cut + 1 :]
    if "、" not in segment:
        return _idioms(m, segment, cut + 1)
    items = split_last_he(split_list(segment), m.number)
    if len(items) != m.number:
        return None
    items[0] = drop_lead(items[0])
    return items, [Span(m.paragraph, cut + 1, opened.start())] * len(items), "inline"


def _idioms(m, segment: str, start: int) -> Items | None:
    """就是坚持因地制宜实事求是。这两条要领: set phrases of four characters written on end
    (no mark between them) are the items when the clause closes with exactly that many."""
    cut = words(segment)
    tail = cut[-m.number :] if len(cut) >= m.number else []
    if not tail or any(len(w) != 4 or "的" in w for w in tail):
        return None
    if len(cut) > m.number and len(cut[-m.number - 1]) == 4:
        return None  # more set phrases than the count: not this frame's items
    at = start + len(segment) - 4 * m.number
    return tail, [Span(m.paragraph, at + 4 * k, at + 4 * k + 4) for k in range(m.number)], "inline"


def clause_before(lay: Layout, m) -> Items | None:
    """反对帝国主义和封建主义，这两个敌人不打倒…: a back-reference opening a clause counts the
    list of nouns joined by 和 (、) that closed the clause before; the first item is as long
    in words as the last (the verb before the list is no part of it)."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    # 网络信息，再考虑把这三者叠加: a few words may open the clause before the pointer
    opened = re.search(
        r"[，,]\s*(?:[^，,。；;：:！？!?“”]{0,6}?[把将对让使以用从按就在])?(?:这|这些|上述|以上)$",
        head,
    )
    if not opened:
        return None
    before = head[: opened.start()]
    cut = max(before.rfind(c) for c in "，,。；;：:！？!?")
    segment = before[cut + 1 :]
    items = split_last_he(split_list(segment), m.number)
    if len(items) != m.number or m.number < 2:
        return None
    items[-1] = _leading_noun(items[-1])  # 投资收益率是否有提升，从这两个指标: the noun
    size = len(words(items[-1]))
    first = words(items[0])
    if any(len(i) > 12 for i in items[1:]) or len(items[-1]) > 3 * len(items[-2]):
        return None  # 工厂、合作社和生产者个人的关系: one clause's list, not the items
    items[0] = tail_as_long(first, size, min(len(i) for i in items[1:]))
    tags = tagged(items[0])
    if not tags or not (tags[0][1].startswith("n") or tags[0][1] in ("j", "vn", "eng")):
        return None  # 我们讨论和决定，这两件…: the clause joins verbs, not the things counted
    return items, spans_in_order(text, m.paragraph, items, cut + 1), "inline"


_BOTH = re.compile(
    r"(?:既|又|一边|一面|不仅|不但)(?:要|能|是|有)?(.{2,14}?)[，,]?(?:又|也|还|一边|一面|而且)(?:要|能|是|有)?(.{2,16})"
)


def clauses_before(lay: Layout, m) -> Items | None:
    """组织革命战争，改良群众生活，这是我们的两大任务 / 不仅要懂得财务，也要懂得业务，这两方面
    的要求 / 既要赚钱又要满足客户需求，这两个目的: a pointer (这, 这是…的) opening the frame's
    clause counts the clauses right before it in the sentence — short ones, or parallel ones
    (their shared words left out), or the two sides of 既…又…."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(
        r"[，,]\s*(?:这|这些|此)(?:(?:就|都|也)?是[^，,。；;：:！？!?“”]{0,16})?$", head
    )
    if not opened or m.number < 2:
        return None
    start = max(head.rfind(c, 0, opened.start()) for c in "。！？!?：:") + 1
    clauses = re.split(r"[，,；;]", head[start : opened.start()])
    if not clauses or not clauses[-1]:
        return None
    if m.number == 2 and len(clauses[-1]) <= 30:
        both = _BOTH.search(clauses[-1])
        if both:
            items = [both.group(1), both.group(2)]
            at = start + len(head[start : opened.start()]) - len(clauses[-1])
            spans = [Span(m.paragraph, at + both.start(k), at + both.end(k)) for k in (1, 2)]
            return items, spans, "inline"
    if len(clauses) < m.number:
        return None
    chosen = clauses[-m.number :]
    # A，B，这是…的两大任务 / 抗日战争是长期的，最后胜利是中国的，这两个基本问题: the
    # sentence is the list, and it defines the frame or states each item
    whole = len(clauses) == m.number and ("是" in opened.group() or all("是" in c for c in clauses))
    shared = shared_opening(chosen)
    shared = shared if shared >= 2 else 0  # one shared character (有A，有B) is no parallel
    cuts = [shared] * len(chosen) if shared else _after_shared(chosen, 3)
    parallel = any(cuts)
    if any(
        c[k : k + 1] in ("的", "和", "与", "及", "之") for c, k in zip(chosen, cuts, strict=True)
    ):
        cuts = [0] * len(chosen)  # 我们是…，我们的战争…: the shared words belong to the items
    if not parallel and not (whole and all(2 <= len(c) <= 8 for c in chosen)):
        return None  # neither a definition by short clauses nor parallel clauses
    items = [c[k:] for c, k in zip(chosen, cuts, strict=True)]
    if any(not 2 <= len(i) <= 14 for i in items) or len(set(items)) != len(items):
        return None
    spans = []
    pos = start
    for clause, k in zip(chosen, cuts, strict=True):
        at = text.find(clause, pos)
        spans.append(Span(m.paragraph, at + k, at + len(clause)))
        pos = at + len(clause)
    return items, spans, "inline"


def _leading_noun(item: str) -> str:
    """The nouns opening ``item`` when a predicate follows them (投资收益率是否有提升 ->
    投资收益率); the item itself otherwise."""
    out = ""
    for word, tag in tagged(item):
        if not (tag.startswith("n") or tag in ("vn", "j", "eng", "an")):
            break
        out += word
    return out if len(out) >= 2 and out != item else item


def tail_as_long(cut: list[str], size: int, chars: int) -> str:
    """The last ``size`` words of ``cut``, or fewer when they already hold ``chars``
    characters (jieba keeps 地理信息 one word where 网络信息 is two)."""
    out = ""
    for word in reversed(cut[-size:]):
        if len(out) >= chars:
            break
        out = word + out
    return out


def ended_before(lay: Layout, m) -> Items | None:
    """只有斗争，是“左”倾错误；只有团结，是右倾错误。这两种错误… / 有些地方存在着劲头不足的
    偏向，有些地方存在着草率从事的偏向，这是…两种偏向: a back-reference (这, 这是…的) counts
    the clauses before it that end in its noun — in the sentence before when it opens its
    sentence, else in its own — each named after its copula, or by what sets it apart from
    the others (their shared opening left out)."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(
        r"([。；;！？!?，,])\s*(?:这|这些|上述|以上|此)(?:(?:就|都|也)?是[^，,。；;：:！？!?“”]{0,24})?$",
        head,
    )
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|类|项|件|点)?", "", m.phrase)[-2:]
    if not opened or len(noun) < 2:
        return None
    if opened.group(1) in "，," and not re.search(r"这|此", opened.group(0)[:3]):
        return None
    before = head[: opened.start(1)]
    start = max(before.rfind(c) for c in "。！？!?") + 1
    items: list[str] = []
    spans: list[Span] = []
    named = False  # 是冒进的偏向: an item named after its copula keeps its words
    pos = start
    for clause in re.split(r"[，,；;：:]", before[start:]):
        at = text.find(clause, pos)
        pos = at + len(clause)
        # 大鸣大放阶段（边整边改）: an aside in brackets after the noun closes no item
        clause = re.sub(r"[（(][^（()）]{1,12}[）)]$", "", clause)
        if not clause.endswith(noun):
            continue
        copula = max(clause.rfind(w) for w in ("是", "为", "叫"))
        named = named or copula >= 0
        item = clause[copula + 1 :] if copula >= 0 else clause
        if len(item) <= len(noun) or re.match(rf"第{_NUM}", item):
            return None  # …，这是第一个步骤；…: the clauses are the items, named elsewhere
        items.append(item)
        spans.append(Span(m.paragraph, at + len(clause) - len(item), at + len(clause)))
    if len(items) != m.number or len(set(items)) != len(items):
        return None
    shared = shared_opening(items)
    if shared:
        items = [i[shared:] for i in items]
        spans = [Span(s.paragraph, s.start + shared, s.end) for s in spans]
    elif any(len(i) > 12 for i in items):
        cuts = _after_shared(items)  # 山东有些地方存在着A / 有些地方存在着B: the frame said twice
        items = [i[c:] for i, c in zip(items, cuts, strict=True)]
        spans = [Span(s.paragraph, s.start + c, s.end) for s, c in zip(spans, cuts, strict=True)]
    # (A阶段，B阶段，…，每人研究文件、批评反省、提高自己阶段: items that each close on the noun
    # itself, not on 的 + noun, may run longer — the noun marks where each ends)
    longest = 20 if not any(i.endswith("的" + noun) for i in items) and m.number >= 3 else 12
    if any(len(i) > longest or len(re.sub(f"的?{noun}$", "", i)) < 2 for i in items):
        return None
    if not named and all(i.endswith("的" + noun) and len(i) > len(noun) + 2 for i in items):
        cut = len(noun) + 1  # 劲头不足的偏向 -> 劲头不足: the noun is the frame's own
        items = [i[:-cut] for i in items]
        spans = [Span(s.paragraph, s.start, s.end - cut) for s in spans]
    return items, spans, "inline"


def _after_shared(items: list[str], near: int = 99) -> list[int]:
    """Where each item's own words start after the longest run of three or more characters
    all of them hold (山东有些地方存在着劲头不足 / 有些地方存在着草率从事 -> after 存在着);
    zeros when there is none, or when the run starts later than ``near`` in an item."""
    found = SequenceMatcher(None, items[0], items[1], autojunk=False).find_longest_match(
        0, len(items[0]), 0, len(items[1])
    )
    run = items[0][found.a : found.a + found.size]
    if found.size < 3 or any(run not in i or i.index(run) > near for i in items):
        return [0] * len(items)
    return [i.index(run) + len(run) for i in items]


def shared_opening(items: list[str]) -> int:
    """How many characters every item opens with alike (有些地方存在着A / 有些地方存在着B),
    up to the last whole word."""
    n = 0
    while all(len(i) > n and i[n] == items[0][n] for i in items):
        n += 1
    if n == 0:
        return 0
    at = 0
    for word in words(items[0]):  # 有的地方发达 / 有的地方发展: cut between words
        if at + len(word) > n:
            break
        at += len(word)
    return at


_RUN_ONE = re.compile(r"一(?:个|种|条|方面)?是([^，,；;。！？]{1,30})")
_RUN_NEXT = re.compile(r"(?:另)?一(?:个|种|条|方面)?是([^，,；;。！？]{1,30})")


def run_before(lay: Layout, m) -> Items | None:
    """一个是A，一个是B，……按照这两个方向: a back-reference to a run of 一个是 / 一是 …
    items in the sentence before it (or its own, before the mention)."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    bounds = [i for i, c in enumerate(head) if c in "。！？!?"]
    start = bounds[-2] + 1 if len(bounds) >= 2 else 0
    window = head[start:]
    found = ordinal_items(window, 0)
    if found and len(found) == m.number:
        return (
            [t for t, _ in found],
            [Span(m.paragraph, start + a, start + a + len(t)) for t, a in found],
            "ordinals",
        )
    items: list[tuple[str, int]] = []
    pos = 0
    rx = _RUN_ONE
    while True:
        hit = rx.search(window, pos)
        if not hit or (items and hit.start() - pos > 2):
            break
        items.append((hit.group(1), hit.start(1)))
        pos = hit.end() + 1
        rx = _RUN_NEXT
    if len(items) != m.number:
        return _earlier_run(lay, m)
    return (
        [t for t, _ in items],
        [Span(m.paragraph, start + a, start + a + len(t)) for t, a in items],
        "inline",
    )


_NEXT = "二三四五六七八九十"  # the ordinal after 1, 2, … 9


def _earlier_run(lay: Layout, m) -> Items | None:
    """第一，…。第二，…。…？这两点很重要 / （一）…（二）…（三）为适应上述两项决心: a
    back-reference (这, 上述) to the last run of ordinals in its paragraph, ended at most
    four sentences before it; an item of the run that holds the mention is not one of its
    items."""
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 2) : m.start].endswith(BACK_REFERENCES):
        return None
    head = text[: m.start]
    own = max(head.rfind(c) for c in "。！？!?；;") + 1  # the mention's sentence
    best = None
    for pos in range(len(head)):
        if pos and head[pos - 1] not in "。；;：:！？!?，,）) ":
            continue
        if not any(
            (ordinal_at(head, p) or (0,))[0] == 1 for p in range(pos, min(pos + 6, len(head)))
        ):
            continue  # no run opens here (the check before the costly scan)
        found = ordinal_items(head, pos)
        if not found or found[0][1] - pos > 6:
            continue
        kept = [(t, a) for t, a in found if a < own]
        if len(kept) == m.number:
            best = kept
    if not best:
        return None
    nxt = _NEXT[m.number - 1] if m.number <= len(_NEXT) else "十"
    if re.search(rf"(?:^|[。；;！？!?])\s*(?:第{nxt}|{nxt}是)", text[m.end :]):
        return None  # 第一…第二…这两个抓手…第三: part of a longer run, another frame's items
    last = best[-1][1]
    if sum(1 for c in head[last:] if c in "。！？!?") > 4:
        return None  # the run ended long before: the pointer is to something else
    return (
        [t for t, _ in best],
        [Span(m.paragraph, a, a + len(t)) for t, a in best],
        "ordinals",
    )


_ECHO_LEAD = "(?:坚决|要|必须|始终|不断|绝不|决不)?"
_ECHO_OPEN = re.compile(r"[“\"]?(坚决|要|必须|始终|不断|绝不|决不)?")


def _echo_opens(clause: str, key: str) -> bool:
    """Whether ``clause`` opens (after a quote and a lead word) with ``key`` — a fixed
    pattern and a string test, not one regex per key (the regex cache would churn)."""
    lead = _ECHO_OPEN.match(clause)
    if clause.startswith(key, lead.end()):
        return True
    return bool(lead.group(1)) and clause.startswith(key, lead.start(1))


def echo_run(lay: Layout, m) -> Items | None:
    """继续贯彻七个反对，反对完美主义，反对繁琐哲学，… / “七反对”的原则。“坚决反对A，坚决反对
    B，…”: the clauses right after the frame (in its sentence or the next) that each open
    with the frame's own word are its items, however long."""
    if m.quoted and not re.fullmatch(rf"{_NUM}{{1,2}}[\u4e00-\u9fff]{{2,3}}", m.phrase):
        return None
    key = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|项|大)?", "", m.phrase)
    if len(key) < 2:
        return None
    text = lay.paragraphs[m.paragraph].text
    end = sentence_end(text, sentence_end(text, m.end) + 1)
    items: list[tuple[str, int]] = []
    pos = m.end
    skipped = 0
    for clause in re.split(r"([，,；;、。！？!?”])", text[m.end : end]):
        at, pos = pos, pos + len(clause)
        if len(clause) <= 1 and not _echo_opens(clause, key):
            continue  # a mark
        if _echo_opens(clause, key) and len(clause) > len(key) + 1:
            items.append((clause.lstrip('“"'), at + len(clause) - len(clause.lstrip('“"'))))
        elif items:
            break
        else:
            skipped += 1
            if skipped > 2:
                return None  # the run must follow the frame at once
    if len(items) != m.number:
        return None
    shared = shared_opening([t for t, _ in items])
    return (
        [t[shared:] for t, _ in items],
        [Span(m.paragraph, a + shared, a + len(t)) for t, a in items],
        "inline",
    )


_RUN_PREFIX = re.compile(
    r"[，,：:；;？?]\s*(?:还有|另外|再|又)?(?:(?:另)?一|第[二三四五六七八九十])(个|种|条|类|座|家|项|件)?"
)
_RUN_NAMED = re.compile(r"(?:就是|叫做|叫|是|为)([^，,；;。！？!?：:]{1,20})")
_RUN_AFTER_NOUN = re.compile(r"(?:就是|叫做|叫|是|为)?([^，,；;。！？!?：:]{1,20})")


class _RunHit:
    def __init__(self, start: int, item: re.Match) -> None:
        self._start, self._item = start, item

    def start(self, group: int = 0) -> int:
        return self._item.start(1) if group else self._start

    def end(self, group: int = 0) -> int:
        return self._item.end(1) if group else self._item.end()

    def group(self, group: int = 0) -> str:
        return self._item.group(1) if group else self._item.string[self._start : self._item.end()]


class _RunOpener:
    """``，一个模型是A`` / ``，一个叫A`` / ``；第二部分回到…`` at a position: a fixed prefix, the
    frame's noun as a string test, then what names the item — one set of fixed patterns for
    every noun (a regex per noun made the regex cache churn over a corpus)."""

    def __init__(self, noun: str) -> None:
        self.noun = noun

    def match(self, text: str, pos: int) -> _RunHit | None:
        prefix = _RUN_PREFIX.match(text, pos)
        if not prefix:
            return None
        ends = [prefix.end()] + ([prefix.start(1)] if prefix.group(1) else [])
        for end in ends:
            if self.noun and text.startswith(self.noun, end):
                item = _RUN_AFTER_NOUN.match(text, end + len(self.noun))
                if item:
                    return _RunHit(pos, item)
            item = _RUN_NAMED.match(text, end)
            if item:
                return _RunHit(pos, item)
        return None


def run_after(lay: Layout, m) -> Items | None:
    """现在有三个模型：一个模型是A，一个模型是B，还有一个模型是C / 两个工厂，一个叫A，一个叫B:
    the items open the clauses right after the frame, each with 一个 (另一个, 还有一个 …),
    the frame's noun or none, and a word that names it (是, 叫, 就是)."""
    text = lay.paragraphs[m.paragraph].text
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|类|座|家|项|件)?", "", m.phrase)[-2:]
    opener = _RunOpener(noun)  # 一个是A / 一部分回到研发 (the noun said again needs no 是)
    # 一个是管道一个是云: the next 一个是 may follow with no mark between
    loose = re.compile(
        r"(?:[，,：:；;]\s*)?(?:还有|另外|再|又)?(?:另)?一(?:个|种|条)(?:就是|叫做|叫|是)"
        r"([^，,；;。！？!?：:]{1,20})"
    )
    end = sentence_end(text, m.end)
    pos = m.end
    # the items follow at once, or after a short predicate (两个部门是不下放的，一个是…)
    lead = re.match(
        r"[”’」\"]?(?:(?:都?是[^，,。；;：:！？!?]{1,6}(?=[，,：:]\s*一))|是|有|为)?", text[pos:]
    )
    pos += lead.end() if lead else 0
    items: list[str] = []
    spans: list[Span] = []
    while len(items) < m.number + 1:
        hit = opener.match(text, pos)
        skipped = 0
        while not hit and items and skipped < 2:
            # 一个就是交付，端到端的交付，一个是财务管理: an item's clause may run on
            # for a clause or two before the next one opens
            more = re.compile(r"[^，,；;。！？!?：:]*").match(text, pos + 1)
            pos, skipped = more.end(), skipped + 1
            hit = opener.match(text, pos)
        if not hit or hit.start(1) > end:
            break
        item_end = hit.end(1)
        inner = re.search(r"(?:另)?一(?:个|种|条)(?:就是|叫做|叫|是)", hit.group(1))
        if inner and inner.start() >= 1:
            item_end = hit.start(1) + inner.start()  # 一个是管道一个是云: two in one clause
        items.append(text[hit.start(1) : item_end])
        spans.append(Span(m.paragraph, hit.start(1), item_end))
        pos = hit.end()
        if text[item_end : item_end + 1] in ("？", "?"):
            # 两个问题，一个是A怎么办？一个是B怎么办？: each item a question of its own
            end = sentence_end(text, item_end + 1)
        if item_end < hit.end(1):
            nxt = loose.match(text, item_end)
            if nxt:
                items.append(nxt.group(1))
                spans.append(Span(m.paragraph, nxt.start(1), nxt.end(1)))
                pos = nxt.end()
    if len(items) != m.number:
        return None
    return items, spans, "inline"


# 一条，… / 另一种… / 一部分人… (另一部分人则…) / 第三部分是…: the opening of one part of a whole
_ONE_OPENS = re.compile(
    rf"\s*(?:(?:另)?一(?:条|种|个|类|方面|部分人|部分|是)|第{_NUM}{{1,2}}(?:条|种|个|类|方面|部分))"
    r"(?:则|却|也|就)?[，,：:是]?"
)


def repeated_one(lay: Layout, m) -> Items | None:
    """右派有两条出路。一条，夹紧尾巴……。一条，继续胡闹……: the items open the sentences
    right after the frame with 一条 / 一种 / 一个 (or 另一…)."""
    text = lay.paragraphs[m.paragraph].text
    end = m.end
    while end < len(text) and text[end] not in "。！？!?":
        end += 1
    items: list[str] = []
    spans: list[Span] = []
    pos = end + 1
    for _ in range(m.number):
        found = None
        for _skip in range(4):  # a part's sentence may run on for a few more sentences
            found = _ONE_OPENS.match(text, pos)
            if found or pos >= len(text):
                break
            while pos < len(text) and text[pos] not in "。！？!?":
                pos += 1
            pos += 1
        if not found:
            return None
        item = first_clause(text[found.end() :])
        if not item:
            return None
        items.append(item)
        spans.append(Span(m.paragraph, found.end(), found.end() + len(item)))
        stop = found.end()
        while stop < len(text) and text[stop] not in "。！？!?":
            stop += 1
        pos = stop + 1
    return items, spans, "inline"


# ，一是 / ：第一个， right after the count: the first ordinal of a run, in the count's sentence
_FIRST_AFTER = re.compile(r"[”’」\"]?[，,：:]\s*")


def run_over_break(lay: Layout, m) -> Items | None:
    """有两个问题，一是这次地震…（line break）第二个问题是几大运营商重组后…: the first item follows
    the count in its own sentence, the others open the paragraphs right after it, one each,
    in order (a question split over lines, a heading whose text runs on below it)."""
    text = lay.paragraphs[m.paragraph].text
    lead = _FIRST_AFTER.match(text, m.end)
    if not lead or m.number < 2:
        return None
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)[-2:]
    first = ordinal_at(text, lead.end(), noun)
    if not first or first[0] != 1:
        return None
    if ordinal_items(text, lead.end(), noun):
        return None  # the run goes on in the paragraph: not split over lines
    item = item_clause(text[first[1] :])
    items, spans = [item], [Span(m.paragraph, first[1], first[1] + len(item))]
    for k in range(2, m.number + 1):
        index = m.paragraph + k - 1
        if index >= len(lay.paragraphs):
            return None
        para = lay.paragraphs[index].text
        got = ordinal_at(para, 0, noun)
        if not got or got[0] != k:
            return None
        item = item_clause(para[got[1] :])
        items.append(item)
        spans.append(Span(index, got[1], got[1] + len(item)))
    after = m.paragraph + m.number
    if after < len(lay.paragraphs):
        more = ordinal_at(lay.paragraphs[after].text, 0, noun)
        if more and more[0] == m.number + 1:
            return None  # 第三个… follows: a longer run than the count
    if any(not 2 <= len(i) <= 40 for i in items):
        return None
    return items, spans, "ordinals"


def restated_after(lay: Layout, m) -> Items | None:
    """这两方面，对人民内部的民主方面和对反动派的专政方面，互相结合起来: a pointer + count whose
    next clause names the items again, each ending on the count's noun (joined by 和/与/及 or
    、): the text says them right there, whatever stands before the pointer."""
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 4) : m.start].endswith(BACK_REFERENCES) or m.quoted:
        return None
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)[-2:]
    lead = re.match(r"的?[，,]", text[m.end :])
    if len(noun) < 2 or not lead:
        return None
    start = m.end + lead.end()
    end = start
    while end < len(text) and text[end] not in "，,。；;：:！？!?":
        end += 1
    clause = text[start:end]
    parts = [
        p for p in re.split(r"、|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])", clause) if p
    ]
    if len(parts) != m.number or len(set(parts)) != len(parts):
        return None
    if any(not p.endswith(noun) or len(p) < len(noun) + 2 or len(p) > 20 for p in parts):
        return None
    items = [re.sub(f"的?{noun}$", "", p) if len(p) > len(noun) + 3 else p for p in parts]
    return items, spans_in_order(text, m.paragraph, items, start), "inline"


# 党八股的第一条罪状是：A / 第二条罪状是：B: an ordinal with the count's noun near a paragraph's
# opening, after a few words naming whose it is
_NAMED_LEAD = re.compile(rf"(?:[\u4e00-\u9fff]{{1,8}}的)?第({_NUM}{{1,2}})(?:个|种|条|项|类|点)?")


def named_paragraph_leads(lay: Layout, m) -> Items | None:
    """八大罪状 … ¶ 党八股的第一条罪状是：空话连篇 … ¶ 党八股的第二条罪状是：装腔作势 …: the
    paragraphs (or sentences) after the count that each open on the next ordinal with the
    count's own noun, in order (an item's talk may run on over paragraphs between them),
    exactly as many as the count; each item the clause after the noun."""
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)
    if m.quoted or len(noun) < 2 or m.number < 2:
        return None
    node = lay.by_paragraph.get(m.paragraph)
    limit = min(len(lay.paragraphs), m.paragraph + 1 + 6 * m.number)
    items: list[str] = []
    spans: list[Span] = []
    for index in range(m.paragraph + 1, limit):
        para = lay.paragraphs[index]
        if para.is_heading and (node is None or lay.by_paragraph.get(index) is not node):
            break
        # …第六条罪状是：A。…¶ 第七条罪状是：B。第八条罪状是：C。: a sentence may open one too
        for at in [0, *(i + 1 for i, c in enumerate(para.text) if c in "。！？!?")]:
            hit = _NAMED_LEAD.match(para.text, at)
            if not hit or not para.text.startswith(noun, hit.end()):
                continue
            if parse_cn_number(hit.group(1)) != len(items) + 1:
                return None  # out of order, or more than the count (第九条罪状)
            start = hit.end() + len(noun)
            start += re.match(r"(?:就)?(?:是|为)?[：:，,]?", para.text[start:]).end()
            item = item_clause(para.text[start:])
            if not 2 <= len(item) <= 30:
                return None
            items.append(item)
            spans.append(Span(index, start, start + len(item)))
    if len(items) != m.number:
        return None
    return items, spans, "ordinals"


def echoed_before(lay: Layout, m) -> Items | None:
    """…的投降方向和…的抗战方向，是对立的，双方在斗争中。目前是两种方向同时存在: a count with no
    pointer whose own noun (two characters or more) the sentence before named exactly as many
    times, each time set apart by other words: those namings are its items."""
    from drafter.study.frames.pointer import _echo  # the pointer reader's own namings

    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层)?", "", m.phrase)
    if m.quoted or len(noun) < 2 or m.number < 2:
        return None
    text = lay.paragraphs[m.paragraph].text
    own = max(text.rfind(c, 0, m.start) for c in "。！？!?") + 1
    if own == 0:
        return None  # the sentence before must be in the paragraph
    before = max(text.rfind(c, 0, own - 1) for c in "。！？!?") + 1
    found = _echo(lay, m.paragraph, m.start, m.number, noun)
    if not found or any(
        s.paragraph != m.paragraph or not before <= s.start < own for s in found[1]
    ):
        return None
    spans = found[1]
    for a, b in zip(spans, spans[1:]):
        between = text[a.end : b.start]
        if re.search(r"[，,。；;：:！？!?]", between) or not re.search(r"[和与及同、]", between):
            return None  # the namings must be one list (A方向和B方向), not remarks apart
    items = [_modifier_and_noun(i, noun) for i in found[0]]
    if any(len(i) <= len(noun) for i in items) or noun in text[own : m.start]:
        return None
    spans = [Span(s.paragraph, s.end - len(i), s.end) for s, i in zip(spans, items, strict=True)]
    return items, spans, "inline"


def _modifier_and_noun(item: str, noun: str) -> str:
    """大资产阶级的投降方向 -> 投降方向: the word right before the noun and the noun, when a
    的-phrase stands before them (the owner is not part of the item's name)."""
    head = item[: -len(noun)]
    if "的" not in head:
        return item
    cut = words(head.rsplit("的", 1)[1])
    return cut[-1] + noun if cut else item


# what ends the words naming one thing before the frame's noun: a mark, a preposition or a
# verb of the clause (对技术的依赖 -> 技术的依赖; 摆脱对人才的依赖 -> 人才的依赖)
_NAMING_STOP = re.compile(r"[，,。；;：:！？!?、“”（）()把将对让使由被在从和与及同跟有是为]")
_POINTER_WORD = re.compile(r"(?:这|那|此|该|上述|以上|每|各|其)")


def _namings(text: str, lo: int, hi: int, noun: str) -> list[tuple[str, int]]:
    """Each naming of ``noun`` between ``lo`` and ``hi``: the noun with the few words before
    it that set it apart (up to a mark, a preposition or 12 characters), and where it starts."""
    found: list[tuple[str, int]] = []
    pos = text.find(noun, lo, hi)
    while pos >= 0:
        start = pos
        while start > lo and pos - start < 12 and not _NAMING_STOP.match(text, start - 1):
            start -= 1
        found.append((text[start : pos + len(noun)], start))
        pos = text.find(noun, pos + len(noun), hi)
    return found


def named_after(lay: Layout, m) -> Items | None:
    """在中国两大矛盾中间，中日民族间的矛盾依然是基本的，国内阶级间的矛盾依然处在从属的地位 /
    摆脱三个依赖。…我们要逐步摆脱对技术的依赖，对人才的依赖，对资金的依赖: a count whose own noun
    (two characters or more) the words right after it name exactly as many times, in one
    sentence, each time set apart by other words — those namings are its items. The sentence is
    the rest of the count's own, or else the first of the next two (the next paragraph's first
    when the count's paragraph ends) that names the noun at all."""
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|类|条|项|点|大|件|层|支|方面)?", "", m.phrase)
    if m.quoted or len(noun) < 2 or not 2 <= m.number <= 5:
        return None
    paragraph, text = m.paragraph, lay.paragraphs[m.paragraph].text
    if text.startswith("的", m.end):
        return None  # 两个痛苦的灵魂: the count's word only qualifies the noun after it
    lo, hi = m.end, sentence_end(text, m.end)
    for _ in range(3):
        if text.find(noun, lo, hi) >= 0:
            break
        lo = hi + 1
        if lo >= len(text):
            paragraph += 1
            if paragraph >= len(lay.paragraphs) or paragraph > m.paragraph + 1:
                return None
            text, lo = lay.paragraphs[paragraph].text, 0
        hi = sentence_end(text, lo)
    else:
        return None
    found = [
        (t, s) for t, s in _namings(text, lo, hi, noun) if not text.startswith("的", s + len(t))
    ]
    items = [t for t, _ in found]
    if len(found) != m.number or len(set(items)) != len(items):
        return None
    if any(len(t) <= len(noun) + 1 or _POINTER_WORD.match(t) for t in items):
        return None  # 这种依赖, 新的依赖: a pointer or a bare noun names nothing apart
    if any(re.fullmatch(rf"第{_NUM}{{1,2}}(?:个|种|类|层|条|项|点)?{noun}", t) for t in items):
        # 为第一时期，即组织时期 / 第一层责任是…: an ordinal of the count's own noun names no
        # thing apart (第一次国共合作时期 does)
        return None
    if any(a in b or b in a for k, a in enumerate(items) for b in items[k + 1 :]):
        return None
    spans = [Span(paragraph, s, s + len(t)) for t, s in found]
    return items, spans, "inline"


_SIDE_OPEN = re.compile(r"(?:在)?(另)?一方面[，,]?")


def _run_mark(text: str, k: int) -> int | None:
    """Where the words of the ``k``-th (1-based) unit of a run of paragraphs start, after
    its mark (第一， / 一是 / （一） / 一方面， … 另一方面，), or None."""
    got = ordinal_at(text, 0)
    if got:
        return got[1] if got[0] == k else None
    side = _SIDE_OPEN.match(text)
    if side and bool(side.group(1)) == (k > 1):
        return side.end()
    return None


def paragraphs_before(lay: Layout, m) -> Items | None:
    """一方面，A…。(paragraph) 另一方面，B…。(paragraph) 由于上述两方面的严重的情况: a back-
    reference (这, 上述, 以上) in the first sentence of its paragraph to exactly as many
    paragraphs right before it, each opening on the next mark of one run (第一 / 一是 / （一）
    / 一方面 … 另一方面): each paragraph's key words are an item."""
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 2) : m.start].endswith(BACK_REFERENCES):
        return None
    if any(c in "。！？!?" for c in text[: m.start]) or m.paragraph < m.number:
        return None  # the pointer opens its paragraph's first sentence
    first = m.paragraph - m.number
    if first > 0 and _run_mark(lay.paragraphs[first - 1].text, 1) is not None:
        return None  # a longer run before: not this count's
    if first > 0 and _run_mark(lay.paragraphs[first - 1].text, m.number + 1) is not None:
        return None
    items: list[str] = []
    spans: list[Span] = []
    for k, idx in enumerate(range(first, m.paragraph), start=1):
        para = lay.paragraphs[idx]
        at = _run_mark(para.text, k)
        if para.is_heading or at is None:
            return None
        item = item_clause(para.text[at:])
        if not item:
            return None
        items.append(item)
        spans.append(Span(idx, at, at + len(item)))
    return items, spans, "ordinals"


# 到底是实行A，还是B，这是管理的两个原则: a choice between two, then a pointer to them
_CHOICE_BEFORE = re.compile(
    r"(?:到底|究竟)?是([^，,。；;！？!?：:]{2,20})[，,]?\s*还是([^，,。；;！？!?：:]{2,20})[？?，,]\s*"
    r"(?:这|这就|这都|这些)(?:是|就是)?[^，,。；;！？!?]{0,12}$"
)


def choice_before(lay: Layout, m) -> Items | None:
    """到底是实行对人负责制，还是对事负责制，这是管理的两个原则: a count of two whose sentence
    opens on a choice between two (是A，还是B) and points back at it (这是) — the two
    alternatives are its items."""
    if m.number != 2 or m.quoted:
        return None
    text = lay.paragraphs[m.paragraph].text
    own = max(text.rfind(c, 0, m.start) for c in "。！？!?；;") + 1
    found = _CHOICE_BEFORE.search(text, own, m.start)
    if not found:
        return None
    items = [found.group(1).strip(), found.group(2).strip()]
    spans = [Span(m.paragraph, found.start(k), found.end(k)) for k in (1, 2)]
    return items, spans, "inline"


def whole_questions(lay: Layout, items: list[str], spans: list[Span]) -> Items | None:
    """第一个问题是：您作为师长和长辈，请给我们…一些指导。第二个问题是：…能否…公平竞争？: the
    items of a count of questions asked are the whole questions, not their first clauses — when
    one of them ends on a question mark and none runs past 60 characters."""
    whole: list[str] = []
    asked = False
    for item, span in zip(items, spans, strict=True):
        text = lay.paragraphs[span.paragraph].text
        end = min((i for i in (text.find(c, span.start) for c in "。？！?!") if i >= 0), default=-1)
        if end < 0 or end - span.start > 60 or not text.startswith(item, span.start):
            return None
        asked = asked or text[end] in "？?"
        whole.append(text[span.start : end])
    if not asked:
        return None
    return whole, [Span(s.paragraph, s.start, s.start + len(w)) for s, w in zip(spans, whole)], ""


# a formula of a number and one character (三资, 五业, 三定), quoted or not
_ABBREVIATION = re.compile(r"[“\"]?([一二三四五六七八九十两])([\u4e00-\u9fff])[”\"]?")
_SENTENCE_STOP = re.compile(r"[。！？!?；;]")


@functools.lru_cache(maxsize=512)
def _abbreviation_runs(char: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The words holding ``char`` first or last and the pattern of a run of them, for
    :func:`abbreviated_words`, compiled once for each character."""
    out = []
    for word in (f"{char}[\u4e00-\u9fff]", f"[\u4e00-\u9fff]{char}"):
        out.append((word, re.compile(rf"{word}(?:、?{word})+")))
    return tuple(out)


def abbreviated_words(lay: Layout, span: Span, phrase: str) -> tuple[list[str], list[Span]] | None:
    """The items of a formula that abbreviates them (三资, 五业, 三定: a number and a character
    each item holds), when its own sentence writes exactly that many words of two characters
    holding that character at the same place, each one word, as one list, run together or
    parted by 、 (加强产业就业创业行业企业“五业”联动; 搞了一个“三定”，就是定产定购定销;
    国有资源、资产、资金)
    — the README's session-32 ruling, point 1; None otherwise (words scattered over the sentence
    are no list)."""
    m = _ABBREVIATION.fullmatch(phrase)
    number = parse_cn_number(m.group(1)) if m else None
    if not m or not number or not 2 <= number <= 8:
        return None
    char = m.group(2)
    text = lay.paragraphs[span.paragraph].text
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, span.start)), default=0)
    stop = _SENTENCE_STOP.search(text, span.end)
    hi = stop.start() if stop else len(text)
    found: list[tuple[list[str], list[Span]]] = []
    for word, run in _abbreviation_runs(char):
        for a, b in ((lo, span.start), (span.end, hi)):
            for hit in run.finditer(text, a, b):
                items = re.findall(word, hit.group().replace("、", ""))
                if (
                    len(items) == number
                    and len(set(items)) == number
                    and all(words(item) == [item] for item in items)  # 是定产定购定: 是定 no word
                ):
                    found.append((items, item_spans(text, span.paragraph, items, hit.start(), b)))
    return found[0] if len(found) == 1 else None


# a formula of a number, a counter and the noun each item ends on (四个现代化, 四个意识; not
# 三服务, whose 综合服务、协调服务、对上服务 are services of another kind)
_HEADED_FORMULA = re.compile(r"[“\"]?([三四五六七八九])(?:个|大|项|种)([\u4e00-\u9fff]{2,3})[”\"]?")
_HEAD = "[\u4e00-\u9fff]{1,8}?"


def _trimmed_heads(parts: list[str]) -> list[str] | None:
    """The heads of a list whose first part runs on from the words before it (建设成为农业 ->
    农业): the first keeps its last word, and the word before when that alone is shorter than
    every other head; None when a head is empty or longer than four characters, or two are
    the same."""
    shortest = min(len(p) for p in parts[1:])
    cut = words(parts[0]) or [""]
    first = cut[-1]
    if len(first) < shortest and len(cut) > 1:
        first = cut[-2] + first
    heads = [first, *parts[1:]]
    if any(not 2 <= len(h) <= 4 or _NOT_A_HEAD.search(h) for h in heads):
        return None
    return heads if len(set(heads)) == len(heads) else None


def _a_noun(word: str) -> bool:
    """Whether ``word`` reads as one noun (农业, 科学技术; not 学习, 扶助工农)."""
    tags = tagged(word)
    return len(tags) == 1 and tags[0][1][:1] in ("n", "s", "j")


# what no head of a listed kind holds: particles, pointers, numerals (各乡, 另一, 教育等项)
_NOT_A_HEAD = re.compile(r"[的地得等各这那此其个些项一二三四五六七八九十两而和与及或之]")


@functools.lru_cache(maxsize=512)
def _headed_patterns(noun: str, number: int) -> tuple[re.Pattern, re.Pattern]:
    """The two lists :func:`headed_list_anywhere` looks for, compiled once for each escaped
    noun and count (compiling them cost mining more than searching with them)."""
    each = re.compile(
        rf"({_HEAD}){noun}(?:[、和与及]({_HEAD}){noun}){{{number - 1}}}(?![\u4e00-\u9fff])"
    )
    # the noun once after the heads, parted by 、 and the last joined by 和/与/及 (A、B、C和D
    # 现代化; 更有实力、更具活力、更为自信 or 工人、农民、知识分子代表 run on, they close no list)
    once = re.compile(rf"({_HEAD})(?:、{_HEAD}){{{number - 2}}}[和与及]{_HEAD}的?{noun}")
    return each, once


def headed_list_anywhere(lay: Layout, phrase: str) -> tuple[list[str], list[Span]] | None:
    """The items of a formula that counts things by the noun each ends on (四个现代化, 四个意识:
    a number, a counter and a noun of two or three characters), when the text writes exactly
    that many of them as one list somewhere — each with the noun (政治意识、大局意识、核心意识、
    看齐意识) or the noun once after their heads (农业、工业、国防和科学技术现代化) — the gold
    README's session-32 ruling, point 1, for a formula whose items the body names as a list
    away from it (b33's 2017 四个意识, b12's 1978 四个现代化). The heads are the items when the
    noun is written once, the whole words when each holds it; None when the text writes no such
    list, or two different ones."""
    m = _HEADED_FORMULA.fullmatch(phrase)
    number = parse_cn_number(m.group(1)) if m else None
    if not m or not number or not 3 <= number <= 8:
        return None  # a pair of X-words (资产阶级和小资产阶级) stands anywhere: no evidence
    noun = re.escape(m.group(2))
    found: dict[tuple[str, ...], tuple[int, int, str]] = {}
    # both patterns write the noun: a paragraph without it holds no list (most paragraphs)
    paragraphs = [p for p in lay.paragraphs if m.group(2) in p.text]
    each, once = _headed_patterns(noun, number) if paragraphs else (None, None)
    for para in paragraphs:
        text = para.text
        for rx, whole in ((each, True), (once, False)):
            for hit in rx.finditer(text):
                body = hit.group()
                if not whole:
                    body = re.sub(rf"的?{noun}$", "", body)
                parts = re.split(r"[、和与及]", body)
                # where the list opens in the hit (the heads' words, the noun each time or not)
                start = hit.start() + len(body) - len("".join(parts)) - (len(parts) - 1)
                if whole:
                    parts = [re.sub(rf"{noun}$", "", p) for p in parts]
                if len(parts) != number or any(m.group(2) in p for p in parts):
                    continue
                heads = _trimmed_heads(parts)
                if heads is None or not (whole or all(_a_noun(h) for h in heads)):
                    continue  # 学习、批判和总结经验结合: actions, the noun is no thing they are
                items = [h + m.group(2) for h in heads] if whole else heads
                found.setdefault(tuple(items), (para.index, start, text))
    if len(found) != 1:
        return None
    ((items, (paragraph, start, text)),) = found.items()
    return list(items), item_spans(text, paragraph, list(items), start, len(text))
