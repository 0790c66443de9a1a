"""Second-pass rules for numeric frames: formulas without a counter word and the pruning
of counts that are not summaries.

:mod:`drafter.study.frames` finds a frame from its counter (三个服务, 四点希望) or its quotes
(“四勤”). Two things it cannot see from the mention alone are handled here, after every
mention of a document is known:

* **formulas without a counter** — 两极, 两派, 三线: a number and one character, unquoted.
  Such a pair is far more often a word (两岸, 三农, 五官) than a summary, so it is kept
  only when the text itself spells out its items in the shape that defines the formula:
  一极是A，另一极是B / 有两派：左派和右派 (each item ends in the formula's character);
* **counts that are not summaries** — 十个指头, 两个基数的弹药, 还差两点, and a second
  mention (这两种观点) of a frame listed a moment before. A summary is either spelled
  out, quoted, or named with a summary word; a count of things the text never lists is
  a count, and a re-mention of a listed frame is that frame again.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import spans_in_order
from drafter.study.frames.kinds import body_noun, is_time_noun, named_items, numbered_items
from drafter.study.layout import Layout, not_after
from drafter.study.model import Frame, Span
from drafter.study.words import tagged, words

_COUNTER_CHARS = frozenset(
    "个点项条大种类句件层方位名只次年月天日时岁倍分元块张台辆本份斤里米尺寸户口间座股批群对双副套支把"
)
# Characters after a number that make a word, not a formula (两岸, 三农 are words too,
# but they are never followed by their items in the defining shape, so they fall out).
_NOT_FORMULA = frozenset("十百千万亿两一二三四五六七八九零〇第是")
_RE_BARE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇0-9０-９.这那此每各', '[二三四五六七八九十两]')})"
    r"([\u4e00-\u9fff])(?=[，,：:；;。\s]|最|都|是)"
)
_PAIR_TEMPLATE = (
    r"一{x}(?:就是|是|为|叫)?[，,]?([^，,；;。！？]{{1,30}})[^。！？]{{0,60}}?[，,；;]\s*"
    r"(?:另外一|另一|另){x}(?:就是|是|为|叫)?[，,]?([^，,；;。！？]{{1,30}})"
)


def counterless_frames(lay: Layout, taken: set[tuple[int, int]]) -> list[Frame]:
    """Frames written as a number and one character with no counter (两极, 两派) whose items
    the text spells out at once; ``taken`` holds (paragraph, start) of mentions already
    found, which are skipped."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_BARE):
        text = para.text
        if (para.index, m.start()) in taken:
            continue
        x = m.group(2)
        if x in _COUNTER_CHARS or x in _NOT_FORMULA:
            continue
        number = parse_cn_number(m.group(1))
        if not number or number < 2 or number > 9:
            continue
        found = _pair_items(text, m, x) if number == 2 else None
        found = found or _suffix_items(text, m, x, number)
        found = found or _divided_items(text, m, number)
        found = found or _said_items(text, m, number)
        if not found:
            continue
        items, spans = found
        span = Span(para.index, m.start(), m.end())
        frame = Frame(m.group(0), number, span, items, [Span(para.index, a, b) for a, b in spans])
        frame.source = "inline"
        out.append(frame)
    return out


def _pair_items(text: str, m: re.Match, x: str):
    """两极，一极就是A；另外一极是B: the pair opens the rest of the sentence."""
    rx = re.compile(_PAIR_TEMPLATE.format(x=re.escape(x)))
    found = rx.search(text, m.end())
    if not found or found.start() - m.end() > 8:
        return None
    return (
        [found.group(1).strip(), found.group(2).strip()],
        [found.span(1), found.span(2)],
    )


def _suffix_items(text: str, m: re.Match, x: str, number: int):
    """有两派：左派和右派 / 分三线：一线、二线、三线: after a colon within a few characters,
    exactly ``number`` items, each ending in the formula's character."""
    colon = re.compile(r"[\u4e00-\u9fff]{0,6}[：:]").match(text, m.end())
    if not colon:
        return None
    start = colon.end()
    stop = re.compile(r"[。；;！？!?]").search(text, start)
    end = stop.start() if stop else len(text)
    clause = re.split(r"[，,]", text[start:end], maxsplit=1)[0]
    parts = [p for p in re.split(r"[、]|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])", clause)]
    if len(parts) != number or any(not p.endswith(x) or len(p) < 2 for p in parts):
        return None
    spans = []
    pos = start
    for p in parts:
        at = text.find(p, pos)
        spans.append((at, at + len(p)))
        pos = at + len(p)
    return parts, spans


def _said_items(text: str, m: re.Match, number: int):
    """除四害，即…老鼠（…），麻雀（…），苍蝇，蚊子: the items named after 即 (就是 is a copula
    too often: 三整，就是用…的方法) in the
    rest of the sentence, asides in brackets left out."""
    said = re.compile(r"[，,]?即").match(text, m.end())
    if not said:
        return None
    stop = re.compile(r"[。；;！？!?]").search(text, said.end())
    end = stop.start() if stop else len(text)
    clause = re.sub(r"[（(][^）)]*[）)]", lambda g: " " * len(g.group()), text[said.end() : end])
    items, spans, pos = [], [], said.end()
    for part in re.split(r"[，,、]", clause):
        item = part.strip()
        if item:
            at = text.find(item, pos)
            items.append(item)
            spans.append((at, at + len(item)))
        pos += len(part) + 1
    if len(items) != number or any(len(i) > 14 for i in items):
        return None
    return items, spans


_DIVIDES = re.compile(r"(?:分|分为|分成|划为|划分为|有)$")


def _divided_items(text: str, m: re.Match, number: int):
    """资金管理分三级，A是…；B主要是…；C进行操作: a whole divided into ``number`` parts,
    one per semicolon-separated clause of the sentence; each item is the clause's subject
    (its words before 是 / 主要 / 负责 / 进行 …, or its first clause)."""
    if not _DIVIDES.search(text[max(0, m.start() - 3) : m.start()]):
        return None
    if text[m.end() : m.end() + 1] not in ("，", ",", "：", ":"):
        return None
    start = m.end() + 1
    stop = re.compile(r"[。！？!?]").search(text, start)
    end = stop.start() if stop else len(text)
    segments = re.split(r"[；;]", text[start:end])
    if len(segments) != number:
        return None
    items, spans = [], []
    pos = start
    for seg in segments:
        head = re.split(r"[，,]|是|主要|负责|进行", seg, maxsplit=1)[0].strip()
        if not 2 <= len(head) <= 14:
            return None
        at = text.find(head, pos)
        items.append(head)
        spans.append((at, at + len(head)))
        pos = at + len(seg)
    return items, spans


_RE_PAIRED = re.compile(
    "(" + not_after('一二三四五六七八九十两百千万第“"‘', "[二三四五六七八九两]") + ")"
    r"([\u4e00-\u9fff])([一二三四五六七八九两])([\u4e00-\u9fff])"
    r"(?=[，,。、；;：:！？!?）)”\"’」\s]|的|和|与|及|工作|建设|活动|要求|制度|精神)"
)
# 六届六中, 九比一, 合二为一: a session, a ratio, a saying — not a formula
_NOT_PAIRED = frozenset("届比为中带定起个么抹毛點")
_IDIOMS = frozenset(["九死一生", "三思一行"])


# pairs of opposites: 三下三上, 三起三落, 三荤三素, 三盈三虚 go back and forth between the two, a
# saying of how often, with no parts to learn (三严三实, 三保三压 pair no opposites of this kind)
_OPPOSITES = frozenset(
    [
        "上下",
        "起落",
        "进出",
        "出入",
        "进退",
        "盈虚",
        "盈亏",
        "荤素",
        "长短",
        "高低",
        "左右",
        "前后",
        "来去",
        "生死",
        "真假",
        "升降",
        "浮沉",
        "得失",
        "有无",
        "开合",
        "收放",
        "聚散",
        "离合",
        "沉浮",
        "去留",
    ]
)


def opposites_saying(text: str) -> bool:
    """Whether ``text`` is one number twice with two opposites (三下三上, 三荤三素, 三盈三虚): a
    saying of going back and forth between them, no formula with parts (三严三实, 三保三压)."""
    m = re.fullmatch(r"([二三四五六七八九十两])([\u4e00-\u9fff])\1([\u4e00-\u9fff])", text)
    return bool(m) and (
        m.group(2) + m.group(3) in _OPPOSITES or m.group(3) + m.group(2) in _OPPOSITES
    )


def paired_formulas(lay: Layout, taken: set[tuple[int, int]]) -> list[Frame]:
    """Unquoted formulas of the shape N X M Y where M is 一 or N (四组一队, 三会一课,
    三严三实): mentioned frames, number N. Idioms with two numbers (三心二意, 五湖四海)
    have M different from both and fall out."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_PAIRED):
        if (
            (para.index, m.start()) in taken
            or m.group(0) in _IDIOMS
            or opposites_saying(m.group(0))
        ):
            continue
        n, x, k, y = m.groups()
        if k != "一" and k != n:
            continue
        if {x, y} & _NOT_PAIRED or x in _NOT_FORMULA or y in _NOT_FORMULA:
            continue
        if x in _COUNTER_CHARS:
            continue
        number = parse_cn_number(n)
        if not number or number < 2:
            continue
        out.append(Frame(m.group(0), number, Span(para.index, m.start(), m.end())))
    return out


# 三权分立, 四统一, 五位一体, 三医联动, 五措并举: a number, at most one character, and a
# word that makes the parts one whole — a formula, named even when its parts are not
_COLLECTIVE = "统一|分立|一体|合一|并举|并重|联动|同步|结合|融合|协同|共管|齐抓|分开|分离"
_RE_COLLECTIVE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九十两]')})"
    rf"([\u4e00-\u9fff]?)({_COLLECTIVE})"
)
# 两岸统一, 两党合作, 三者结合, 四是融合, 两个同时: a word, a pronoun, an ordinal, a count
_NOT_COLLECTIVE = frozenset("岸党者是个种方国边角面家")


# 两步走, 三步走, 两手抓, 两条腿走路: a number and a verb of action, a formula of how to act
_RE_ACTION = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九两]')})"
    r"(步走|手抓|手硬|手并用|条腿走路)"
)


def collective_formulas(lay: Layout, taken: set[tuple[int, int]]) -> list[Frame]:
    """Unquoted formulas N (X) + a word of union or division (三权分立, 四统一, 五位一体) or
    of action (三步走, 两手抓): mentioned frames of number N; ``taken`` as in
    :func:`counterless_frames`."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_ACTION):
        if (para.index, m.start()) not in taken:
            number = parse_cn_number(m.group(1))
            out.append(Frame(m.group(0), number, Span(para.index, m.start(), m.end())))
    for para, m in lay.sparse_hits(_RE_COLLECTIVE):
        if (para.index, m.start()) in taken or m.group(2) in _NOT_COLLECTIVE:
            continue
        number = parse_cn_number(m.group(1))
        if number and number >= 2:
            out.append(Frame(m.group(0), number, Span(para.index, m.start(), m.end())))
    out.sort(key=lambda f: (f.span.paragraph, f.span.start))
    return out


# 三民主义: a doctrine named by its count and the character its parts share (民族主义、民权
# 主义、民生主义) — the formula of a programme, whatever stands around it
_RE_DOCTRINE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九十]')})"
    r"([\u4e00-\u9fff])主义"
)


def doctrine_formulas(
    lay: Layout, taken: set[tuple[int, int]], known: set[str] = frozenset()
) -> list[Frame]:
    """Doctrines named by a number and one character before 主义 (三民主义): frames of that
    number, each phrase once; listed with the doctrines it sums up when the text names exactly
    that many words of the shape X?主义 sharing its character (民族主义, 民权主义, 民生主义),
    in the order the text first names them. ``taken`` as in :func:`counterless_frames`;
    ``known`` the phrases of frames already found (“三民主义” quoted), not found again."""
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(_RE_DOCTRINE):
        if (para.index, m.start()) in taken or any(m.group(0) in k for k in seen):
            continue  # “三民主义信徒” quoted is that frame already
        number = parse_cn_number(m.group(1))
        if not number or number < 2:
            continue
        seen.add(m.group(0))
        frame = Frame(m.group(0), number, Span(para.index, m.start(), m.end()))
        parts = _doctrine_parts(lay, m.group(2))
        if len(parts) == number:
            frame.items = [word for word, _ in parts]
            frame.item_spans = [span for _, span in parts]
            frame.source = "inline"
        out.append(frame)
    return out


def _doctrine_parts(lay: Layout, x: str) -> list[tuple[str, Span]]:
    """The different words X?主义 of the text (x the formula's character: 民族主义 for 民), each
    with the place it is first named; 民主主义 is democracy, no part."""
    rx = re.compile(rf"(?<![一二三四五六七八九十两]){re.escape(x)}([\u4e00-\u9fff])主义")
    found: dict[str, Span] = {}
    for para in lay.paragraphs:
        for m in rx.finditer(para.text):
            if m.group(1) != "主" and m.group(0) not in found:
                found[m.group(0)] = Span(para.index, m.start(), m.end())
    return list(found.items())


# 三朵云, 两朵金花: a count of clouds or flowers is a figure for the things it stands for
_RE_FIGURE = re.compile(
    f"({not_after('第一二三四五六七八九十百千万两几零〇这那此每各', '[二三四五六七八九十两]')})"
    r"朵(?=[\u4e00-\u9fff])"
)


def figure_formulas(lay: Layout, taken: set[tuple[int, int]], known: set[str]) -> list[Frame]:
    """Counts of clouds or flowers (三朵云, 两朵金花): no speech counts those for their own
    sake, so each is a figure, a formula named once per phrase (mentioned; its parts are the
    rules' to read). ``taken`` and ``known`` as in :func:`doctrine_formulas`."""
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(_RE_FIGURE, needs="朵"):
        if (para.index, m.start()) in taken or any(m.group(0) in k for k in seen):
            continue  # “三朵云” quoted, or named before
        number = parse_cn_number(m.group(1))
        noun = words(para.text[m.end() : m.end() + 6])[0]
        if not number or number < 2 or len(noun) > 2:
            continue
        end = m.end() + len(noun)
        seen.add(para.text[m.start() : end])
        out.append(Frame(para.text[m.start() : end], number, Span(para.index, m.start(), end)))
    return out


# 干部八条, 干部九条: a list of rules named by whom it binds and its count
_RE_NAMED_LIST = re.compile(
    r"(?<![第这那此每各的])([\u4e00-\u9fff]{2})"
    f"({not_after('第一二三四五六七八九十百千万两几零〇', '[二三四五六七八九十]')}[十]?[一二三四五六七八九]?)"
    r"条(?![例款文件路线腿心])"
)
# words that make the count a document's articles or a thing's count, not a named list
_NOT_LIST_OWNER = re.compile(
    r"纲要|条例|法|决定|规定|协定|协议|章程|宪法|草案|文件|以上|上述|前面|下列"
)


def named_lists(lay: Layout, taken: set[tuple[int, int]], known: set[str]) -> list[Frame]:
    """Lists of rules named by a noun and their count (干部八条): mentioned frames, each phrase
    once. The noun must be a plain noun by its tag (挑衅八条, 批驳八条 are verbs with their
    object), no document's name (纲要四十条, 协议十七条 count a document's articles), and not
    the last item of a list before the count (…、城镇开发边界三条控制线 counts 控制线)."""
    out: list[Frame] = []
    seen = set(known)
    for para, m in lay.sparse_hits(_RE_NAMED_LIST, needs="条"):
        phrase = m.group(0)
        if (para.index, m.start()) in taken or any(phrase in k for k in seen):
            continue
        owner = m.group(1)
        tags = tagged(owner)
        if len(tags) != 1 or tags[0][1] != "n" or _NOT_LIST_OWNER.search(owner):
            continue
        number = parse_cn_number(m.group(2))
        if not number or not 3 <= number <= 30:
            continue
        clause = re.split(r"[，,。；;：:！？!?]", para.text[: m.start()])[-1]
        if "、" in clause:
            continue  # 生态保护红线、…、城镇开发边界三条控制线: a list's last item, then its count
        seen.add(phrase)
        out.append(Frame(phrase, number, Span(para.index, m.start(), m.end())))
    return out


# “博学、笃行、求是、创新”八字校训: a quoted list, then the count of its characters and a noun;
# or its characters quoted one by one (“勤”“朴”“诚”“毅”四个字)
_RE_CHARACTER_FORMULA = re.compile(
    r"(?:[“\"]([^“”\"。！？]{3,40})[”\"]|((?:[“\"][\u4e00-\u9fff][”\"][、，,]?){2,}))"
    r"(?:的)?([二三四五六七八九十]{1,3})(?:个)?字([\u4e00-\u9fff]{0,2})"
)


def character_formulas(lay: Layout, taken: set[tuple[int, int]]) -> list[Frame]:
    """“博学、笃行、求是、创新”八字校训, “团结、紧张、严肃、活泼”八个字: a formula named by the
    number of its characters, right after it in quotes — a listed frame when the quoted parts
    hold exactly that many characters (a word quoted, “诚信”二字, is no list)."""
    out: list[Frame] = []
    for para, m in lay.sparse_hits(_RE_CHARACTER_FORMULA, needs="字"):
        start = m.start(3)
        if (para.index, start) in taken:
            continue
        number = parse_cn_number(m.group(3))
        if m.group(1) is not None:
            parts = [p.strip() for p in re.split(r"[、，,；;\s]+", m.group(1)) if p.strip()]
        else:  # “勤”“朴”“诚”“毅”: one character in each pair of quotes
            parts = re.findall(r"[\u4e00-\u9fff]", m.group(2))
        if not number or len(parts) < 2 or len(set(parts)) != len(parts):
            continue
        if sum(len(re.findall(r"[\u4e00-\u9fff]", p)) for p in parts) != number:
            continue
        spans = spans_in_order(
            para.text, para.index, parts, m.start(1) if m.group(1) else m.start(2)
        )
        end = m.start(4) + len(_counted_noun(m.group(4)))
        phrase = para.text[start:end]
        out.append(Frame(phrase, number, Span(para.index, start, end), parts, spans, "inline"))
    return out


def _counted_noun(after: str) -> str:
    """The noun the count of characters names in the characters right after 字 (八字校训,
    四字方针, 八字诀): one noun, the longest of them; empty when those characters are the next
    words of the sentence (在“减、快、优”三个字上下功夫: 上 a place word, no noun counted)."""
    for cand in (after, after[:1]):
        cut = tagged(cand) if cand else []
        if len(cut) == 1 and cut[0][1].startswith("n"):
            return cand
    return ""


def counts_other_items(lay: Layout, known: Frame, frame: Frame) -> bool:
    """Whether a later mention of a frame's phrase counts other things: both list their items,
    and no item or item place of one is one of the other's (我有两个问题。第一个问题是A… —
    a second questioner: 我有两个问题。第一个是C…). Speeches reuse 两个问题, 两方面, 两类 for
    new things; a re-mention restates the same items (两种界限：A，B … 这两条界限：A，B), points
    back (这两大运动), or opens the next sentence to say more of the same things (两个大会，一个
    是A，一个是B。两个大会有完全不同的目的：一个要…)."""
    if not (known.listed and frame.listed and known.item_spans and frame.item_spans):
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    if text[max(0, frame.span.start - 2) : frame.span.start].endswith(_BACK):
        return False
    if any(s.paragraph != frame.span.paragraph for s in frame.item_spans) and re.search(
        r"[。！？!?]", text[frame.span.end :].rstrip(" 。：:！!？?”")
    ):
        return False  # a count before its paragraph's last sentence does not own the next ones
    opens = not text[: frame.span.start].strip() or text[frame.span.start - 1] in "。！？!?；;"
    if opens and frame.span.paragraph - known.item_spans[-1].paragraph <= 1:
        return False
    places = {(s.paragraph, s.start) for s in known.item_spans}
    if any((s.paragraph, s.start) in places for s in frame.item_spans):
        return False
    if any(_overlaps(a, b) for a in known.item_spans for b in frame.item_spans):
        return False
    norm = [re.sub(r"[的“”\"‘’\s]", "", i) for i in known.items]
    for item in frame.items:
        i = re.sub(r"[的“”\"‘’\s]", "", item)
        if any(i and k and (i in k or k in i) for k in norm):
            return False
    return True


def _overlaps(a: Span, b: Span) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end


# Pruning
# Head words of a summary (三个服务, 四项原则, 三大攻坚战): a count with one of them is a frame
# even when named once and never listed; shared with the mention finder.
SUMMARY_NOUN = re.compile(
    "意见|希望|要求|体会|想法|建议|问题|任务|重点|措施|看法|认识|原则|条件|意识|自信|坚持|"
    "服务|作风|前途|阶段|来源|情况|方针|目标|方面|观点|标准|规定|关系|矛盾|结合|统一|必须|"
    "不要|确保|维护|理念|精神|能力|办法|方法|步骤|环节|途径|战略|路线|政策|制度|机制|体系|"
    "安排|部署|举措|工程|行动|经验|教训|优势|特点|作用|职能|转变|责任|本领|素质|时期|运动|"
    "目的|口号|道路|可能|性质|表现|变化|形式|内容|因素|层次|类型|方向|革命|时代|攻坚|基本点|"
    "纪律|大事|部分|底线|红线|短板|清单|纲领|实事|工具|法宝|武器|手段|支柱|范畴|极端|倾向|"
    "偏向|领域|层面|侧面|要领|决心|弱项|强项|防线|角度|维度|现代化"
)

_MEASURE_AFTER = re.compile(r"的[\u4e00-\u9fff]")
# what a talk's announced parts are called: 三个方面的意见, 两个方面的要求
_PLAN_AFTER = re.compile(r"的(?:意见|希望|要求|建议|体会|想法|看法|认识|问题|任务|考虑)")
_BACK = ("这", "那", "此", "上述", "以上", "这些", "上面", "这样")


def prune(lay: Layout, frames: list[Frame]) -> list[Frame]:
    """Drop the frames that are counts, not summaries (see the module docstring), folding a
    re-mention of a frame just listed into that frame's mentions."""
    named: list[Frame] = []
    by_items: dict[tuple[int, int], Frame] = {}
    for frame in frames:
        owner = (
            None
            if frame.listed or frame.quoted or _is_formula(frame.phrase)
            else _named_before(lay, named, frame)
        )
        text = lay.paragraphs[frame.span.paragraph].text
        back = text[max(0, frame.span.start - 2) : frame.span.start].endswith(_BACK)
        if frame.listed and frame.item_spans and back:
            # 三个大矛盾：（一）…（二）…（三）… 这三种矛盾…: the same items counted again
            first = (frame.item_spans[0].paragraph, frame.item_spans[0].start)
            owner = by_items.get(first) if first in by_items else None
            if owner is None or owner.number != frame.number:
                owner = None
        if frame.listed and frame.item_spans:
            first = (frame.item_spans[0].paragraph, frame.item_spans[0].start)
            by_items.setdefault(first, frame)
        if owner is not None:
            owner.mentions.append(frame.span)
        else:
            named.append(frame)
    return [
        f
        for f in named
        if f.quoted
        or (f.listed and not _names_listed_before(lay, f))
        or (not f.listed and (_is_formula(f.phrase) or not _is_plain_count(lay, f)))
    ]


def _is_formula(phrase: str) -> bool:
    """Whether ``phrase`` is a formula of union or action (两条腿走路, 三权分立), which no
    count-of-things rule may drop."""
    return bool(
        _RE_ACTION.fullmatch(phrase)
        or _RE_COLLECTIVE.fullmatch(phrase)
        or re.fullmatch(r"[三四五六七八九十]个一", phrase)  # 五个一: N ones, a formula
        or _RE_DOCTRINE.fullmatch(phrase)  # 三民主义
    )


def _names_listed_before(lay: Layout, frame: Frame) -> bool:
    """德国、意大利和日本三个帝国主义国家 / LTC项目组和流程IT两个组织 / 塘沽、新保安两点:
    a list just before a count names those things when they are names (tagged as people,
    places or bodies), numbered units or figures, bodies or units by the count's noun, or
    times; a list of abstract or common things (中央和地方两个积极性, 民主和集中两个…东西) is a
    summary's parts, as is any list whose count says so (三大口号, 两项中心工作) or whose phrase
    the text uses again."""
    spans = frame.item_spans
    if not spans or any(
        s.paragraph != frame.span.paragraph or s.end > frame.span.start for s in spans
    ):
        return False
    if all(re.fullmatch(r"[A-Za-z0-9]|[甲乙丙丁戊]", i) for i in frame.items):
        return False  # A、B、C、D四个梯队: labels of parts the text describes, a structure
    if named_things(frame.items):
        return True
    counter = re.match(r"[二三四五六七八九十两]{1,2}(个|点)", frame.phrase)
    if not counter:
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    if text[max(0, frame.span.start - 2) : frame.span.start].endswith(_BACK):
        return False  # 按照这两个方向: a back-reference to its list is a summary
    tail = re.split(r"[，,。；;：:！？!?、）)]", text[frame.span.end : frame.span.end + 8])[0]
    if SUMMARY_NOUN.search(_noun_of(frame) + tail) or _recurs(lay, frame, True):
        return False
    # what the list holds decides (frames.kinds): names of people, places and bodies are named
    # things (德国、意大利和日本三个帝国主义), abstract or common things a summary (民主和集中两个
    # …东西, 中央和地方两个积极性)
    head = _noun_of(frame) + re.split(r"[^\u4e00-\u9fff]", tail)[0]
    return (
        named_items(frame.items)
        or numbered_items(frame.items)
        or body_noun(head)
        or is_time_noun(_noun_of(frame))
    )


def named_things(items: list[str]) -> bool:
    """Whether ``items`` name things rather than state a summary's parts: numbered units
    (第三十四、第三十七…集团军), places (五井山区, 九陇山区), or proper names (辽沈、淮海、平津;
    法西斯和反法西斯 is a concept and its opposite, not names)."""
    if all(re.match(r"第[一二三四五六七八九十百零〇0-9]+", i) for i in items):
        return True
    if all(re.search(r"(?:山区|地区|省|县|市|乡|镇|村|州|岛|港)$", i) for i in items):
        return True
    opposites = any(a != b and a.endswith(b) for a in items for b in items)
    return (
        not opposites
        and all(_is_proper_name(i) for i in items)
        and not all(_is_proper_name(i, "nz") for i in items)
    )


_PROPER_TAGS = frozenset(("ns", "nr", "nz", "nt", "nrt", "nrfg"))


def _is_proper_name(item: str, kind: str = "") -> bool:
    """Whether ``item`` is one name of a place, person or body (辽沈, 高加索, 斯大林格勒);
    with ``kind``, one of that tag only (nz: 北伐战争, 抗日战争 — named periods and events,
    which a summary may count: 三个英勇奋斗的历史时期)."""
    tags = tagged(item.strip('“”"‘’'))
    if len(tags) != 1:
        return False
    return tags[0][1] == kind if kind else tags[0][1] in _PROPER_TAGS


def _noun_of(frame: Frame) -> str:
    return re.sub(r"^[二三四五六七八九十两]{1,2}(个|种|条|项|点|类|大|件|面)?", "", frame.phrase)


# what joins two counts side by side in one list (两个市场、两种资源 / 两种人们和两种意见)
_LIST_MARKS = ("、", "和", "与", "及", "以及")


def shares_qualifiers(lay: Layout, first: Frame, frame: Frame) -> bool:
    """国内国际两个市场、两种资源 / 先进和落后两种人们、两种意见: ``frame`` is a count of the same
    number joined to ``first`` by a list mark, and ``first`` is listed with the words glued
    right before it — the qualifiers stand over both counts, each a frame of those items (gold
    b13 1998, b33 1997 and 2011). Without items before it (两个冬春、两个浪潮; 三种不同的情况、三个
    不同的阶段，这就是… restated) the second count names the first again."""
    if first.span.paragraph != frame.span.paragraph or first.number != frame.number:
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    if text[first.span.end : frame.span.start] not in _LIST_MARKS:
        return False
    spans = first.item_spans
    return (
        first.listed
        and first.source == "inline"
        and bool(spans)
        and all(s.paragraph == first.span.paragraph for s in spans)
        and re.fullmatch(r"[的这等]*", text[max(s.end for s in spans) : first.span.start])
        is not None
    )


def share_qualifiers(lay: Layout, frames: list[Frame]) -> None:
    """Give a count that :func:`shares_qualifiers` with the listed count right before it
    (国内国际两个市场、两种资源) that count's items, when it has none of its own."""
    for first, frame in zip(frames, frames[1:]):
        if not frame.items and shares_qualifiers(lay, first, frame):
            frame.items, frame.item_spans = list(first.items), list(first.item_spans)
            frame.source = first.source


def _named_before(lay: Layout, kept: list[Frame], frame: Frame) -> Frame | None:
    """A frame of the same number just before — in the same paragraph, or listed in one of
    the two before — whose phrase shares a character of this one's noun (两种极端观点 …
    两种观点; 两个权力 … 两个权利): this mention names it again."""
    noun = _noun_of(frame)
    if not noun:
        return None
    for other in reversed(kept):
        if other.number != frame.number or _RE_DOCTRINE.fullmatch(other.phrase):
            continue  # 三民主义和三大政策: a doctrine's name is no count named again
        gap = frame.span.paragraph - other.span.paragraph
        if not (gap == 0 or (other.listed and 0 <= gap <= 2)):
            continue
        text = lay.paragraphs[other.span.paragraph].text
        if gap == 0 and shares_qualifiers(lay, other, frame):
            continue  # 国内国际两个市场、两种资源: two counts over one pair, not one named again
        named = other.phrase[1:] + text[other.span.end : other.span.end + 4]
        if any(ch in named for ch in noun):
            return other
    return None


def _is_plain_count(lay: Layout, frame: Frame) -> bool:
    text = lay.paragraphs[frame.span.paragraph].text
    after = text[frame.span.end :]
    counter = re.match(r"[二三四五六七八九十两]{1,2}(个|种|条|项|点|类|大|件(?!事))?", frame.phrase)
    word = counter.group(1) if counter else None
    noun = _noun_of(frame)
    if "“" in noun or '"' in noun:
        return False  # 五个“1”: a quoted name is a label
    if re.fullmatch(r"[三四五六七八九十]{1,2}条", frame.phrase) and not re.search(
        r"(?:这|那|此|上述|以上|上面|这样)$", text[max(0, frame.span.start - 2) : frame.span.start]
    ):
        return False  # 承认八条: provisions known by their count (frames.mentions._package)
    if re.fullmatch(r"[二三四五六七八九十两]{1,2}个字", frame.phrase):
        return False  # 八个字：团结、紧张…: a formula in characters (found only so spelled)
    if noun.startswith("全"):
        return True  # 热察两个全省: wholes being counted, not a summary
    if re.search(r"(?:件|回|码)事$", frame.phrase) and re.search(
        r"是$", text[max(0, frame.span.start - 1) : frame.span.start]
    ):
        return True  # 研发和区域是两件事, “功”和“过”是两回事: they differ, no summary
    head = noun + re.split(r"[^\u4e00-\u9fff]", after[:4])[0]  # 五个细节安排: the head noun
    # may follow the two kept (never past a comma: 三种表格，大部分…)
    if (
        word in ("个", "种", "条", "件")
        and not SUMMARY_NOUN.search(head)
        and not _recurs(lay, frame)
    ):
        return True  # 两个审批点, 三个平台: a count of things, named once and never listed
    clause = re.split(r"[，,。；;：:！？!?]", text[: frame.span.start])[-1]
    if re.search(r"通过|审议|批准|签署|签订", clause) and re.match(
        r"(?:决议|决定|文件|协议|协定|条约|公约|议案)", noun
    ):
        return True  # 全会通过了…四项决议: documents adopted, counted, not a summary
    if word == "个" and frame.number >= 7 and not SUMMARY_NOUN.search(head):
        # 十个指头: a big count the text never spells out counts things; 八个条件, 十二个条件
        # name a set of conditions, a formula the reader is meant to know
        return True
    if (
        word in ("个", "种", "条", "件")
        and _MEASURE_AFTER.match(after)
        and not (SUMMARY_NOUN.search(noun) and _PLAN_AFTER.match(after))
        and noun != "方面"  # 五个方面的工作, 三个方面的改革: the aspects of what follows
        and not _label_used_alone(lay, frame)
    ):
        # 两个基数的弹药: a quantity of something, not a summary (我讲三个方面的意见 announces
        # the parts of a talk)
        return True
    if frame.phrase.endswith("点") and word == "点" and len(frame.phrase) <= 2:
        before = text[max(0, frame.span.start - 4) : frame.span.start]
        if not re.search(r"(讲|谈|提|说|有|强调|以下|如下|这么|几)$", before) and not re.match(
            r"\s*[：:]", after
        ):
            return True  # 还差两点: a bare count, not the points of a talk
    return False


def _label_used_alone(lay: Layout, frame: Frame) -> bool:
    """Whether the phrase is a label the text uses three times or more, at least once with no
    的 after it (实现四个现代化 … 四个现代化的社会主义强国): a formula named often, not a quantity
    of something (两个基数的弹药, 两个矛盾方面的…, whose every use runs on into 的)."""
    uses = [
        para.text[m.end() : m.end() + 1]
        for para in lay.paragraphs
        for m in re.finditer(re.escape(frame.phrase), para.text)
    ]
    return len(uses) >= 3 and any(after != "的" for after in uses)


def _recurs(lay: Layout, frame: Frame, own_name: bool = False) -> bool:
    """Whether the phrase is a label the text uses again (named twice, or re-mentioned).
    With ``own_name``, a re-mention pointing back (这三个帝国主义国家 after 德国、意大利和日本
    三个帝国主义国家) does not count: it names the same things again, not a label."""
    if not own_name:
        if frame.mentions:
            return True
        return sum(p.text.count(frame.phrase) for p in lay.paragraphs) >= 2
    uses = sum(
        1
        for span in frame.mentions
        if not lay.paragraphs[span.paragraph]
        .text[max(0, span.start - 2) : span.start]
        .endswith(_BACK)
    )
    for para in lay.paragraphs:
        for m in re.finditer(re.escape(frame.phrase), para.text):
            if not para.text[max(0, m.start() - 2) : m.start()].endswith(_BACK):
                uses += 1
    return uses >= 2
