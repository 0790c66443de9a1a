"""Parallel (对仗) headings: siblings of one group should share a frame and a length.

A group is the numbered headings under one parent. The check names the sibling that
breaks the frame and says what the others share: the same lead word (坚持…/着力…),
the same ending (…水平), the same number of clauses, a similar length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.review.registry import rule
from drafter.review.rules.placeholder import is_slot
from drafter.review.shapes import LEAD_ADVERBS, LEAD_VERBS
from drafter.review.shapes import words as heading_words

_MIN_GROUP = 3
# siblings that must agree before one is the odd one out: two that happen to match leave
# the third a part written its own way (一、2020年工作回顾 二、…发展成就和…目标任务 三、2026年重点工作)
_MIN_OTHERS = 3
_FRAME_MAX = 45  # headings longer than this are sentences, not a parallel frame
_PHRASE_MAX = 16  # one-clause headings up to this long are titles, not sentences
_CLAUSE_MAX = 9  # … and clauses of a title of several (抓学习，提高素质) up to this long
_TAIL_TITLE_MAX = 20  # one-clause siblings a heading grown into a sentence stands out among
_NO_FRAME = frozenset(("我们", "我", "你们", "大家", "这", "这个", "那", "他们", "它"))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass
class _Head:
    """A sibling heading: its paragraph, marker and words, and where the words start."""

    para: object
    marker: str
    heading: str
    start: int


def _groups(ctx):
    """Sibling headings numbered 1, 2, 3 … in one family, read from the same marker stream
    as the numbering check, so a heading the outline left out (too long, a sentence) still
    counts as the sibling it was written as."""
    from drafter.review.rules.numbering import marker_stream

    groups: list[list[_Head]] = []
    open_: dict[str, list] = {}
    for it in marker_stream(ctx):
        text = it.para.text
        start = text.find(it.marker) + len(it.marker) if it.marker else 0
        rest = text[start:]
        cut = _END.search(rest)
        words = (rest[: cut.start()] if cut else rest).strip()
        if it.para.is_heading and it.para.heading and it.para.heading in rest:
            words = it.para.heading
        start = text.find(words, start) if words else start
        head = _Head(it.para, it.marker, words, start)
        group = open_.get(it.family)
        if it.ordinal == 1:
            group = [(it.ordinal, head)]
            groups.append(group)
            open_[it.family] = group
        elif group is not None and 0 <= it.ordinal - group[-1][0] <= 2:
            group.append((it.ordinal, head))  # a gap or a repeat is numbering's business
    for group in groups:
        # a template slot (一是……) has no words yet: the filled siblings alone make the group
        heads = [h for _n, h in group if h.heading and not is_slot(h.heading)]
        if len(heads) >= _MIN_GROUP:
            yield heads


_END = re.compile(r"[。；！？;!?]")


def _heading_span(h) -> tuple[int, int]:
    return h.start, h.start + len(h.heading)


def _odd_one(keys: list[str]) -> tuple[int, str] | None:
    """The index of the single member whose key differs when all others share one."""
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    if len(counts) != 2:
        return None
    common = max(counts, key=counts.get)
    if counts[common] != len(keys) - 1 or not common:
        return None
    odd = next(i for i, k in enumerate(keys) if k != common)
    return odd, common


# words that follow a sentence's subject: 变革就是…, 采购要…, 华为的…
_AFTER_SUBJECT = frozenset(
    ("要", "是", "就是", "应", "应该", "应当", "必须", "的", "也", "都", "就", "还", "不")
    + ("已", "已经", "正在", "将")
)
_TOPIC_FLAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "j", "s", "t", "r", "m")


def _frame_word(lead: str, shared: list[str]) -> bool:
    """Whether ``lead``, the start the other siblings share, is a frame a writer keeps
    (坚持… 着力… 关于… 为我愿我能…) rather than a topic they happen to share. It must not
    be part of a word (战争… 战略… share 战, 加大… 加强… share 加, 子公司… share 子公),
    nor a noun, a name or a pronoun (unless the genre's lists say it leads: jieba reads 着力
    as a noun), nor the subject of what follows (变革就是…, 采购要…): siblings that begin
    with their subject (华为…, 数学算法…, 中国革命的…) are about one thing, and the one that
    begins otherwise is a sentence written another way, not a broken frame. With the
    two-of-three rule in check_lead, over the 643 readable texts of ../shared: 31 lead
    warnings -> 5."""
    for heading in shared:
        ws = heading_words(heading)
        if not ws:
            return False
        first, flag = ws[0]
        if len(first) < len(lead) and heading.startswith(lead):
            continue  # a phrase of words (为我愿我能…): a frame, not one word to read
        if first != lead:
            # a lead verb glued to its object (坚持党) or to a word (关于软件) still leads;
            # the start of a longer noun (子公司 -> 子公, 会议室 -> 会议) does not
            if lead in LEAD_VERBS or len(lead) > 1 and flag not in _TOPIC_FLAGS:
                continue
            return False
        if lead not in LEAD_VERBS and lead not in LEAD_ADVERBS and flag in _TOPIC_FLAGS:
            return False  # jieba reads 着力 as a noun: the genre's lists come first
        if len(ws) > 1 and ws[1][0] in _AFTER_SUBJECT:
            return False  # 变革就是…, 采购要…: the shared word is the sentence's subject
    return True


def _marker_name(marker: str) -> str:
    """A heading's marker as a message names it in a list: 一、 -> 一, 第一点， -> 第一点,
    （一） stays (joined with 、, the markers' own 、 made 同组标题（一、、二、）)."""
    return marker.strip().rstrip("、，,.．:：　") or marker


@rule(
    "parallelism.lead",
    "parallelism",
    "warning",
    "并列标题的领头词不一致",
    "同组标题都以同一个词领起（坚持……），只有一个例外，对仗被打破",
    fires=[
        "一、坚持党的领导\n要抓好落实。\n二、坚持人民至上\n要抓好落实。\n三、坚持自我革命\n要抓好落实。\n四、«加强作风建设»\n要抓好落实。"
    ],
    passes=[
        "一、坚持党的领导\n要抓好落实。\n二、坚持人民至上\n要抓好落实。\n三、坚持自我革命\n要抓好落实。",
        "一、加强领导\n要抓好落实。\n二、压实责任\n要抓好落实。\n三、强化督查\n要抓好落实。",
    ],
)
def check_lead(ctx):
    """One sibling does not start with the word all the others start with."""
    for heads in _groups(ctx):
        if max(len(h.heading) for h in heads) > _FRAME_MAX:
            continue  # sentences standing as headings (run-in 第一，… of a talk) have no frame
        for n in (2, 1):
            keys = [h.heading[:n] for h in heads]
            odd = _odd_one(keys)
            if odd and not all(_is_han(c) for c in odd[1]) or odd and odd[1] in _NO_FRAME:
                continue
            if odd and not _frame_word(
                odd[1], [h.heading for h in heads if h is not heads[odd[0]]]
            ):
                continue
            # two of three sharing a start make a frame only when a genre lead verb is at
            # stake: the one they share (坚持… 坚持… 加强…) or the odd one's (关于… 关于…
            # 加强…); 关于… 关于… 我与媒体的关系, 更加… 更加… 加大… are three parts
            # written each its own way.
            verb = odd and (odd[1] in LEAD_VERBS or heads[odd[0]].heading[:2] in LEAD_VERBS)
            need = 2 if n == 2 and verb else 3
            if odd and len(heads) - 1 >= need:
                i, common = odd
                h = heads[i]
                s, e = _heading_span(h)
                others = "、".join(_marker_name(x.marker) for x in heads if x is not h)
                yield ctx.finding(
                    h.para, s, e, f"同组标题（{others}）都以“{common}”开头，这一条不是：对仗不齐"
                )
                break


@rule(
    "parallelism.ending",
    "parallelism",
    "hint",
    "并列标题的收尾词不一致",
    "同组标题都以同一个词收尾（……水平），只有一个例外",
    fires=[
        "一、提高政治水平\n要抓好落实。\n二、提高业务水平\n要抓好落实。\n三、提高服务水平\n要抓好落实。\n四、«增强工作能力»\n要抓好落实。"
    ],
    passes=[
        "一、提高政治水平\n要抓好落实。\n二、提高业务水平\n要抓好落实。\n三、提高服务水平\n要抓好落实。"
    ],
)
def check_ending(ctx):
    """One sibling does not end with the word all the others end with."""
    for heads in _groups(ctx):
        if max(len(h.heading) for h in heads) > _FRAME_MAX:
            continue
        for n in (2,):
            keys = [h.heading[-n:] for h in heads]
            odd = _odd_one(keys)
            if odd and len(heads) >= 4:
                i, common = odd
                h = heads[i]
                s, e = _heading_span(h)
                yield ctx.finding(h.para, s, e, f"同组其他标题都以“{common}”收尾，这一条不是")


def _framed(others: list[str], need: int = _MIN_OTHERS) -> bool:
    """Whether these sibling headings are written to one frame, so that a sibling of
    another length or build breaks it: at least ``need`` of them, none a sentence (over
    _FRAME_MAX), and either titles (one clause of at most _PHRASE_MAX characters, or
    clauses of at most _CLAUSE_MAX: 抓学习，提高素质) of like length (the longest at most
    1.6 times the shortest, or 6 characters more), or sentences written to measure (统筹协调
    是办公室的第一要务，务必放在首位 …: one clause count, lengths within 2 characters).
    Sentences standing as the points of a talk or minutes (第一，我们要…) and a report's
    parts (一、2025年工作回顾 二、…目标任务) keep no length or clause count: over the 643
    readable texts of ../shared such groups gave nearly all of the 424 length and 194
    clause hints, on published texts an office head would pass."""
    if len(others) < need:
        return False
    lengths = [len(h) for h in others]
    longest, shortest = max(lengths), min(lengths)
    if longest > _FRAME_MAX:
        return False
    if all(map(_title, others)):
        return longest <= max(1.6 * shortest, shortest + 6)
    return len({_clauses(h) for h in others}) == 1 and longest - shortest <= 2


def _title(heading: str) -> bool:
    """A heading written as a title, not a sentence: see _framed."""
    parts = re.split(r"[，,]", heading)
    if len(parts) == 1:
        return len(heading) <= _PHRASE_MAX
    return all(len(c) <= _CLAUSE_MAX for c in parts)


def _clauses(heading: str) -> int:
    """The heading's clauses, as its commas part them."""
    return heading.count("，") + heading.count(",") + 1


def _grew_a_tail(heading: str, others: list[str]) -> bool:
    """A heading that grew a clause its siblings lack and is far longer than any of them
    (坚持…，确保各项工作任务落到实处): a sentence among titles, which two siblings are
    enough to show as long as they are titles (_title, or one clause up to
    _TAIL_TITLE_MAX) of whatever length between them; among sentences, three or more of
    one build (_alike). Over ../shared the sentences' branch adds 7 hints, most on points
    of a talk an office head would pass; it keeps planted tails found (bench/review_recall.py
    --docs 80: parallelism 3 -> 6 of 10)."""
    longest = max(len(o) for o in others)
    return (
        len(others) >= 2
        and _clauses(heading) > max(map(_clauses, others))
        and not _spoken_point(heading, longest)
        and (
            all(_title(o) or _clauses(o) == 1 and len(o) <= _TAIL_TITLE_MAX for o in others)
            or len(others) >= _MIN_OTHERS
            and _alike(others)
        )
        and len(heading) >= 1.4 * longest
        and len(heading) - longest >= 6
    )


# a clause that goes on with the one before it as a sentence does (…，只有…，企业才能生存;
# …，即…; …，要建设…), not as a title's second verb phrase (…，确保…落到实处)
# (words a title's clause opens with are left out: 要素, 就业, 会同, 比重, 才干)
_GOES_ON = re.compile(
    r"(?:要(?!素)|才(?!干)|就(?!业)|即|而|但|并且|从而|只有|也|还|会(?!同|议)|是|比(?!重|例|较)"
    r"|因为|所以|如果|不要|一定|我们|他们|你们)"
)
_TALK_OPENS = re.compile(r"(?:比如|例如|因此|所以|但是|当然|总之|我们)")
_CLAUSE_CUT = re.compile(r"[，,；;：:]")


def _spoken_point(heading: str, longest: int) -> bool:
    """A speaker's point said as a sentence, which no title's length binds: its first
    clause alone is longer than every sibling by more than two characters (中国是一个…的
    大国，而又… beside 敌人的强大), its second clause goes on with the first as a sentence
    does (全球化是一场“绞杀战”，只有…，企业才能生存), or it opens as talk does (比如，…);
    a heading of one clause, however long, is a title.
    A title that grew a tail (加强组织领导，切实把各项工作任务落到实处) keeps a title of the
    siblings' measure in front and a verb phrase after, and is still one. Over the 679
    readable real texts of ../shared parallelism.length said 43 hints, nearly all on such
    points of Ren's and Mao's talks; 21 after this (bench/review_recall.py keeps its
    planted tails found)."""
    parts = [p for p in _CLAUSE_CUT.split(heading) if p]
    if len(parts) < 2:  # one clause, however long, is a title (完善以…法律体系)
        return False
    return (
        len(parts[0]) > longest + 2
        or _GOES_ON.match(parts[1]) is not None
        or _TALK_OPENS.match(parts[0]) is not None
    )


def _longer(heading: str, others: list[str]) -> bool:
    """Whether a heading with a clause more than its siblings is also longer than the
    longest of them by more than two characters: a comma inside a title of their length
    (加强政权建设，加强各族人民的大团结 among the 1978 report's parts of 10 to 15) is the
    same title punctuated, not a sentence among titles."""
    return len(heading) > max(len(o) for o in others) + 2


_CITED = re.compile(r"《[^《》]*》")


def _measured(heading: str) -> int:
    """A heading's length as a writer can change it: the name of a document it cites
    (关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明) counts as two
    characters, since the name cannot be shortened to match the siblings."""
    return len(_CITED.sub("《》", heading))


def _alike(others: list[str]) -> bool:
    """Sentences of one build: the same clause count, none over _FRAME_MAX, the longest
    at most 1.6 times the shortest."""
    lengths = [len(o) for o in others]
    return (
        len({_clauses(o) for o in others}) == 1
        and max(lengths) <= _FRAME_MAX
        and max(lengths) <= 1.6 * min(lengths)
    )


@rule(
    "parallelism.length",
    "parallelism",
    "hint",
    "并列标题长短悬殊",
    "同组标题字数相差很大，读起来不对称",
    fires=[
        "一、加强领导\n要抓好落实。\n二、压实责任\n要抓好落实。\n三、强化督查\n要抓好落实。\n四、«切实加强对全区重点项目建设和招商引资工作的组织领导和统筹协调»\n要抓好落实。"
    ],
    passes=[
        "一、加强领导\n要抓好落实。\n二、压实责任\n要抓好落实。\n三、强化督查\n要抓好落实。",
        # 三 and 四 are far above the median, but each as long as the other: no odd one
        "一、加强领导\n要抓好落实。\n二、压实责任\n要抓好落实。\n"
        "三、切实加强对全区民生实事项目和城乡建设工作的组织领导和统筹协调\n"
        "要抓好落实。\n四、切实加强对全区重点项目建设和招商引资工作的组织领导和统筹协调\n要抓好落实。"
        "\n五、强化督查\n要抓好落实。",
        # a cited document's name is not the writer's to shorten
        "一、2024年工作回顾\n要抓好落实。\n"
        "二、关于《青川区国民经济和社会发展第十五个五年规划纲要（草案）》的说明\n要抓好落实。\n"
        "三、2025年主要任务\n要抓好落实。\n四、深化政府自身建设\n要抓好落实。",
    ],
)
def check_length(ctx):
    """A sibling far longer or shorter than the rest of its group."""
    for heads in _groups(ctx):
        for h in heads:
            message = _out_of_measure(h, heads)
            if message:
                s, e = _heading_span(h)
                yield ctx.finding(h.para, s, e, message)


def _out_of_measure(h: _Head, heads: list[_Head]) -> str | None:
    """What parallelism.length says of ``h`` among its siblings ``heads``, or None when its
    length keeps their measure. parallelism.clauses asks it too: a sentence among titles is
    both far longer and of more clauses, one fault the head should read once."""
    others = [len(x.heading) for x in heads if x is not h]
    words = [x.heading for x in heads if x is not h]
    tail = _grew_a_tail(h.heading, words)
    if not tail and not _framed(words):
        return None
    longest, shortest = max(others), min(others)
    # The odd one out stands well outside the others' range, which agree among
    # themselves (_framed): twice the longest other, or half the shortest, or far
    # longer by a clause the others lack. A heading a third longer than siblings of
    # one frame (河北 2026: 努力在推进…中… of 19 to 31 characters) keeps the frame.
    m = _measured(h.heading)
    long_one = (
        m >= 2 * longest and m - longest >= 8 and not _spoken_point(h.heading, longest) or tail
    )
    short_one = m * 2 <= shortest and shortest - m >= 6
    if long_one or short_one:
        return f"这条标题{len(h.heading)}字，同组其他标题{shortest}～{longest}字，长短悬殊"
    return None


@rule(
    "parallelism.clauses",
    "parallelism",
    "hint",
    "并列标题的句式不一致",
    "同组标题都是两个分句（……，……），只有一条是单句，句式不对称",
    fires=[
        "一、抓学习，提高素质\n要抓好落实。\n二、抓制度，规范管理\n要抓好落实。\n三、抓督查，推动落实\n要抓好落实。\n四、«加强作风建设»\n要抓好落实。"
    ],
    passes=[
        "一、抓学习，提高素质\n要抓好落实。\n二、抓制度，规范管理\n要抓好落实。\n三、抓督查，推动落实\n要抓好落实。",
        # a comma inside a title as long as its siblings
        "一、过去一年的工作和主要体会\n要抓好落实。\n二、推进全区经济高质量发展\n要抓好落实。\n"
        "三、加强队伍建设，凝聚发展合力\n要抓好落实。\n四、当前形势和今年的主要任务\n要抓好落实。",
    ],
)
def check_clauses(ctx):
    """A sibling with a different number of clauses than all the others."""
    for heads in _groups(ctx):
        keys = [str(h.heading.count("，") + h.heading.count(",")) for h in heads]
        odd = _odd_one(keys)
        if odd and len(heads) >= 3:
            i, common = odd
            words = [x.heading for x in heads if x is not heads[i]]
            if not _framed(words) and not _grew_a_tail(heads[i].heading, words):
                continue  # a comma more or less among sentences is what was said
            if int(keys[i]) > int(common) and not _longer(heads[i].heading, words):
                continue  # a comma inside a title no longer than its siblings
            if int(keys[i]) > int(common) and _spoken_point(heads[i].heading, max(map(len, words))):
                continue  # a speaker's point said as a sentence: no title's build binds it
            h = heads[i]
            if "parallelism.length" in ctx.running and _out_of_measure(h, heads):
                continue  # parallelism.length says it: one heading, one row
            s, e = _heading_span(h)
            parts = int(common) + 1
            yield ctx.finding(
                h.para, s, e, f"同组其他标题都是{parts}个分句，这一条是{int(keys[i]) + 1}个"
            )


@rule(
    "parallelism.shape",
    "parallelism",
    "warning",
    "并列标题的结构不一致（动宾/名词）",
    "同组标题都是动宾结构（加强……、压实……），只有一条是名词短语，对仗被打破（按 jieba 词性判断）",
    fires=[
        "一、加强组织领导\n要抓好落实。\n二、压实工作责任\n要抓好落实。\n三、强化督查考核\n要抓好落实。\n四、«干部作风建设»\n要抓好落实。"
    ],
    passes=[
        "一、加强组织领导\n要抓好落实。\n二、压实工作责任\n要抓好落实。\n三、强化督查考核\n要抓好落实。",
        "一、经济建设\n要抓好落实。\n二、政治建设\n要抓好落实。\n三、加强和改进党的建设\n要抓好落实。",
    ],
)
def check_shape(ctx):
    """A noun phrase among verb–object siblings (the reverse, a verb–object heading among
    noun phrases, is common in real reports and is not flagged)."""
    from drafter.review.shapes import shape

    for heads in _groups(ctx):
        shapes = [shape(h.heading) for h in heads]
        n_vo = shapes.count("VO")
        if shapes.count("N") != 1 or n_vo < len(heads) - 1 and (n_vo < 3 or n_vo < len(heads) - 2):
            continue  # one unclear sibling is allowed beside three verb–object ones
        h = heads[shapes.index("N")]
        leads = list(dict.fromkeys(_lead_word(x.heading) + "……" for x in heads if x is not h))
        shown = "、".join(leads[:3]) + ("等" if len(leads) > 3 else "")
        s, e = _heading_span(h)
        # a sibling of unclear shape beside them makes the frame less certain: a hint only
        level = None if n_vo == len(heads) - 1 else "hint"
        yield ctx.finding(
            h.para,
            s,
            e,
            f"同组其他标题都是动宾结构（{shown}），这一条是名词短语：对仗不齐",
            level=level,
        )


def _off_beat(mine: list[int], common: list[int]) -> bool:
    """Whether a sibling's segments break the others' beat: some segment off by at least
    half the others' length of it (4 -> 6 or 13; 8 -> 4 or 12). Six characters among
    four-character phrases is heard; six among eight (完善分配制度 among 实施就业优先战略,
    20th Congress report; 加强廉政建设, 2008 report) or 8+11 among 8+8 (河北 2026) is
    how published reports are written, and an office head would not touch it."""
    return any(abs(a - b) * 2 >= b for a, b in zip(mine, common))


def _lead_word(heading: str) -> str:
    """The verb a verb–object heading starts with, as jieba reads it."""
    from drafter.review.shapes import LEAD_VERBS, words

    for w, f in words(heading):
        if w in LEAD_VERBS or f.startswith("v"):
            return w
    return heading[:2]


@rule(
    "parallelism.rhythm",
    "parallelism",
    "hint",
    "并列标题的字数格式不一致",
    "同组标题都是同一字数格式（如 4+4 字），只有一条不是，读来不齐",
    fires=[
        "一、提高站位、统一思想\n要抓好落实。\n二、突出重点、精准发力\n要抓好落实。\n"
        "三、压实责任、强化督查\n要抓好落实。\n四、«加强领导、形成推进工作的强大合力»\n要抓好落实。",
        "一、提高认识\n要抓好落实。\n二、突出重点\n要抓好落实。\n三、强化督查\n要抓好落实。\n"
        "四、«加强组织领导»\n要抓好落实。",
    ],
    passes=[
        "一、提高站位、统一思想\n要抓好落实。\n二、突出重点、精准发力\n要抓好落实。\n"
        "三、压实责任、强化督查\n要抓好落实。",
        "一、提高认识\n要抓好落实。\n二、突出重点\n要抓好落实。\n三、狠抓落实\n要抓好落实。",
        # six among eight, 8+10 among 8+8: the beat is kept
        "一、加快转变工作作风\n要抓好落实。\n二、深化机关效能改革\n要抓好落实。\n"
        "三、完善考核评价机制\n要抓好落实。\n四、加强廉洁建设\n要抓好落实。",
        "一、切实提高政治站位，全面统一思想认识\n要抓好落实。\n"
        "二、始终突出工作重点，持续精准有效发力\n要抓好落实。\n"
        "三、层层压实各级责任，全面强化督查考核\n要抓好落实。\n"
        "四、切实加强组织领导，凝聚全区发展强大合力\n要抓好落实。",
    ],
)
def check_rhythm(ctx):
    """A sibling off the group's character pattern: 4+4 among 4+4 headings, or a six-
    character phrase among four-character ones (groups of four or more for the latter)."""
    from drafter.review.shapes import segments

    for heads in _groups(ctx):
        pats = [segments(h.heading) for h in heads]
        odd = _odd_one([",".join(map(str, p)) for p in pats])
        if not odd:
            continue
        i, _common = odd
        common = pats[(i + 1) % len(pats)]
        mine = pats[i]
        if max(common) > 8 or len(mine) != len(common):
            continue
        if (
            min(common) < 2
            or len(common) == 1
            and (len(heads) < 4 or common[0] < 4 or abs(mine[0] - common[0]) < 2)
        ):
            continue  # one short phrase among others: only a clear break in a longer group
        if not _off_beat(mine, common):
            continue
        h = heads[i]
        s, e = _heading_span(h)
        if len(common) == 1:
            msg = f"同组其他标题都是{common[0]}字短语，这一条{mine[0]}字：读来不齐"
        else:
            want, got = "+".join(map(str, common)), "+".join(map(str, mine))
            msg = f"同组其他标题都是“{want}”字格式，这一条是“{got}”字：读来不齐"
        yield ctx.finding(h.para, s, e, msg)
