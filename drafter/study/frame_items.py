"""Where the items of a frame stand when they are not in brackets, after a colon or in a
run of ordinals: in quoted clauses before it (甲行使“否决权”，乙行使“培养权”，两个权力),
named right after it (两条路，光明的路和黑暗的路), in the list closing the sentence before a
back-reference (…。这四项基本原则), in a run of 一个是… before it, or opening the sentences
after it (一条，…。一条，…). Each finder takes the layout and a mention (paragraph, start,
end, number, quoted) and returns (items, spans, source) or None."""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import ordinal_items, sentence_end, split_last_he, split_list
from drafter.study.text import first_clause
from drafter.study.words import tagged, words

Items = tuple[list[str], list[Span], str]
_NUM = "[一二三四五六七八九十两]"
BACK_REFERENCES = ("这", "那", "此", "每", "各", "上述", "这些", "以上")


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
    for lead in _LEADS:
        i = item.rfind(lead)
        if i >= 0 and len(item) - (i + len(lead)) >= 2:
            best = max(best, i + len(lead))
    return item[best:] if best >= 0 else item


def apposition(lay: Layout, m) -> Items | None:
    """两条路，光明的路和黑暗的路。/ 两个管理线，一个财务管理线，一个物流管理线: the items
    named right after the frame, in the rest of its sentence (never in a heading, whose
    further clauses are the heading's own: 三、强化“三多”，强基固本，锐意进取)."""
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
    if m.quoted:
        # a quoted formula runs on with other names (“三反”，肃反，思想改造); its items
        # follow only when the text says so: “两个维护”，即…
        said = re.match(r"(?:即|就是|也就是|也即)", clause)
        if not said:
            return None
        start += said.end()
        clause = clause[said.end() :]
    parts = [
        p for p in re.split(r"[，,、]|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])", clause) if p
    ]
    parts = [
        re.sub(
            r"^(?:一(?:个|种|条|是|重是)|另一(?:个|种|条)?|二是|三是|还有|要么|或者|或是)", "", p
        ).strip()
        for p in parts
    ]
    if any(p.startswith(BACK_REFERENCES) for p in parts):
        return None  # 两种观点，这两种观点总会交战: the sentence goes on about the frame
    if parts and parts[-1].endswith(m.phrase) and not re.search(r"[是有]", parts[-1]):
        parts[-1] = parts[-1][: -len(m.phrase)]  # 坚定的，动摇的，反对的三种立场
    if any(m.phrase in p for p in parts):
        return None  # 两重性嘛，罢工、罢课也是两重性: the sentence says the frame again
    if len(parts) != m.number or any(not p or len(p) > 14 for p in parts):
        return None
    if any(_opens_with_conjunction(p) for p in parts):
        return None  # 两个东西，但再往前走一步…: a conjunction goes on with the sentence
    spans = []
    pos = start
    for p in parts:
        at = text.find(p, pos)
        spans.append(Span(m.paragraph, at, at + len(p)))
        pos = at + len(p)
    return parts, spans, "inline"


def _opens_with_conjunction(part: str) -> bool:
    """但… / 而且… (jieba tags 可以 a conjunction too: 可以在食堂吃饭 is an item)."""
    first = tagged(part[:4])[:1]
    return bool(first) and first[0][1] == "c" and first[0][0] != "可以"


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
        return None
    items = split_last_he(split_list(segment), m.number)
    if len(items) != m.number:
        return None
    items[0] = drop_lead(items[0])
    return items, [Span(m.paragraph, cut + 1, opened.start())] * len(items), "inline"


def clause_before(lay: Layout, m) -> Items | None:
    """反对帝国主义和封建主义，这两个敌人不打倒…: a back-reference opening a clause counts the
    list of nouns joined by 和 (、) that closed the clause before; the first item is as long
    in words as the last (the verb before the list is no part of it)."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(r"[，,]\s*(?:这|这些|上述|以上)$", head)
    if not opened:
        return None
    before = head[: opened.start()]
    cut = max(before.rfind(c) for c in "，,。；;：:！？!?")
    segment = before[cut + 1 :]
    items = split_last_he(split_list(segment), m.number)
    if len(items) != m.number or m.number < 2:
        return None
    size = len(words(items[-1]))
    first = words(items[0])
    if len(first) <= size or any(len(i) > 12 for i in items[1:]):
        return None
    items[0] = "".join(first[-size:])
    tags = tagged(items[0])
    if not tags or not tags[0][1].startswith("n"):
        return None  # 我们讨论和决定，这两件…: the clause joins verbs, not the things counted
    spans = []
    pos = cut + 1
    for item in items:
        at = text.find(item, pos)
        spans.append(Span(m.paragraph, at, at + len(item)))
        pos = at + len(item)
    return items, spans, "inline"


def ended_before(lay: Layout, m) -> Items | None:
    """只有斗争，是“左”倾错误；只有团结，是右倾错误。这两种错误…: a back-reference opening its
    sentence counts the clauses of the sentence before that end in its noun, each named
    after its copula."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    opened = re.search(r"[。；;！？!?]\s*(?:这|这些|上述|以上)$", head)
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|类|项|件|点)?", "", m.phrase)[-2:]
    if not opened or len(noun) < 2:
        return None
    before = head[: opened.start()]
    start = max(before.rfind(c) for c in "。！？!?") + 1
    items: list[str] = []
    spans: list[Span] = []
    pos = start
    for clause in re.split(r"[，,；;：:]", before[start:]):
        at = text.find(clause, pos)
        pos = at + len(clause)
        if not clause.endswith(noun):
            continue
        copula = max(clause.rfind(w) for w in ("是", "为", "叫"))
        item = clause[copula + 1 :] if copula >= 0 else clause
        if len(item) <= len(noun) or len(item) > 12 or re.match(rf"第{_NUM}", item):
            return None  # …，这是第一个步骤；…: the clauses are the items, named elsewhere
        items.append(item)
        spans.append(Span(m.paragraph, at + len(clause) - len(item), at + len(clause)))
    if len(items) != m.number or len(set(items)) != len(items):
        return None
    return items, spans, "inline"


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
        return None
    return (
        [t for t, _ in items],
        [Span(m.paragraph, start + a, start + a + len(t)) for t, a in items],
        "inline",
    )


def run_after(lay: Layout, m) -> Items | None:
    """现在有三个模型：一个模型是A，一个模型是B，还有一个模型是C / 两个工厂，一个叫A，一个叫B:
    the items open the clauses right after the frame, each with 一个 (另一个, 还有一个 …),
    the frame's noun or none, and a word that names it (是, 叫, 就是)."""
    text = lay.paragraphs[m.paragraph].text
    noun = re.sub(rf"^{_NUM}{{1,2}}(?:个|种|条|类|座|家|项|件)?", "", m.phrase)[-2:]
    noun_rx = re.escape(noun) if noun else "(?!)"
    opener = re.compile(
        rf"[，,：:；;]\s*(?:还有|另外|再|又)?(?:另)?一(?:个|种|条|类|座|家|项|件)?(?:{noun_rx})?"
        r"(?:就是|叫做|叫|是|为)([^，,；;。！？!?：:]{1,20})"
    )
    end = sentence_end(text, m.end)
    pos = m.end
    lead = re.match(r"[”’」\"]?(?:是|有|为)?", text[pos:])  # the items follow at once
    pos += lead.end() if lead else 0
    items: list[str] = []
    spans: list[Span] = []
    while len(items) < m.number + 1:
        hit = opener.match(text, pos)
        if not hit or hit.start(1) > end:
            break
        items.append(hit.group(1))
        spans.append(Span(m.paragraph, hit.start(1), hit.end(1)))
        pos = hit.end()
    if len(items) != m.number:
        return None
    return items, spans, "inline"


# 一条，… / 另一种… / 一部分人… / 第三部分是…: the opening of one part of a whole
_ONE_OPENS = re.compile(
    rf"\s*(?:(?:另)?一(?:条|种|个|类|方面|部分|是)|第{_NUM}{{1,2}}(?:条|种|个|类|方面|部分))"
    r"[，,：:是]?"
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
