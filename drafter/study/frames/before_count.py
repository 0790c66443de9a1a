"""A count's items just before it: “参与政务”、“管理事务”、“搞好服务”三大职能; 从A、B、C等三个方面;
X和Y是两项中心工作 (the pair joined by 和, said once or twice in full).

With :func:`kinds_after`, the kinds a count with no noun names right after it (有两种，劳动人民的和
资产阶级的), read with the same reader of a joined pair. Finders of
:func:`~drafter.study.frames.finders.resolve`.
"""

from __future__ import annotations

import re

from drafter.study.frames.closing_lists import prepositional
from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.item_words import Items, drop_governing_words, drop_lead, tail_as_long
from drafter.study.frames.mention import NUMERAL, Mention
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import sentence_end
from drafter.study.words import tagged, words

_PAIR_CLOSED = re.compile(
    rf"[^、]{{2,12}}[和与及][^、]{{2,12}}?{NUMERAL}{{1,2}}(?:个|条|种|类|大|项|件|方面)[\u4e00-\u9fff]{{1,6}}、"
)


# a count closing a 、-part of the clause before another count (两种资源、): see items_just_before
_SERIES_COUNT = re.compile(
    r"[两二三四五六七八九十]{1,2}(?:个|条|种|类|大|项|件|套|方面)[\u4e00-\u9fff]{1,6}、"
)


def items_just_before(lay: Layout, m: Mention) -> Items | None:
    """“参与政务”、“管理事务”、“搞好服务”三大职能 / X和Y是两项中心工作: the list (or the pair
    joined by 和) right before the count, in its clause, cut where an earlier count closed its
    own list, so that a series of counts (两种资源、两个市场) gives each its own items."""
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
    marker = re.match(rf"(?:{NUMERAL}{{1,3}}|\d{{1,2}})、", segment) if cut < 0 else None
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
        if _wraps_the_count(parts[1]):
            return None  # A和…对于厂内历史上两种管理模式的研究: 和 joins what the count is in
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
        opened = parts[0].rfind("“")
        if opened >= 0 and "”" not in parts[0][opened:] and parts[-1].rstrip().endswith("”"):
            # 立足地方政府“A、B、C”三项职能定位: the quotes hold the whole list, so what
            # stands before the opening quote governs the list and is not the first item
            parts[0] = parts[0][opened + 1 :]
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


# a preposition and the localizer that closes its phrase: 对于厂内历史上, 在工作中, 关于…方面
_PREPOSITIONS = frozenset(("对于", "关于", "对", "在", "从", "于"))
_LOCALIZERS = frozenset(("上", "中", "里", "内", "下", "间", "方面"))


def _wraps_the_count(side: str) -> bool:
    """Whether the second side of a pair glued before a count opens a prepositional phrase
    that the count's phrase closes (去年的调查和今年开始的对于厂内历史上两种管理模式的研究):
    a preposition inside the side and a localizer ending it make the count the object the
    phrase is about, and the 和 before it joins two larger things (the two studies), not the
    count's items. A bare side with a localizer (政治上和经济上两方面) holds no preposition."""
    cut = words(side)
    if len(cut) < 3 or cut[-1] not in _LOCALIZERS:
        return False
    return any(w in _PREPOSITIONS for w in cut[:-1])


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
    if cut[k] in ("和", "与", "同", "跟") and prepositional(second):
        return None  # 人民大众一齐起来和我们一道挖这两座山: 和…一道 is "together with", no pair
    copula = second.find("是")
    if copula > 0 and len(second) - copula <= 9:
        second = second[:copula]
    if k + 2 == len(cut) and "的" in first:
        two = tagged(cut[-1])
        if two and two[0][1] == "v":
            return None  # 共产党的和平方针及取消两个政权…: a verb whose object is the count
    if _predicate(words(second)):
        return None  # 各级政府和各基层单位要全面负起两个文明建设的责任: the pair is the subject
    return [first, second] if first and second else None


# a modal or adverb that makes what follows it a predicate (…要全面负起, …都应承担)
_MODALS = frozenset(
    ("要", "应", "应当", "应该", "必须", "都", "也", "将", "能", "能够", "会", "可以", "需要")
)


def _predicate(side: list[str]) -> bool:
    """Whether the words after a pair's conjunction end in a predicate whose object is the
    count (B要全面负起 + 两个文明建设的责任): a verb last, a modal or adverb before it. Why: a
    pair joined by 和 before such a verb is the clause's subject (各级政府和各基层单位), and the
    count's items, if any, are named elsewhere; read as its items, the trainee saw 两个文明:
    各级政府｜各基层单位要全面负起 (gwr 1988)."""
    if len(side) < 3 or side[-1] in _MODALS or side[-1] in ("是", "为", "成为"):
        return False  # 经济困难和汉奸捣乱将是两个很大的问题: a copula's pair stays a pair
    last = tagged(side[-1])
    return bool(last) and last[0][1] == "v" and any(w in _MODALS for w in side[1:-1])


def kinds_after(lay: Layout, m: Mention) -> Items | None:
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
