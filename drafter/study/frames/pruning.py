"""The pruning of counts that are not summaries, after every frame of a text is read: 十个指头,
两个基数的弹药, 还差两点, a list of named things before its count, and a second mention (这两种
观点) of a frame listed a moment before, folded into it. A summary is either spelled out,
quoted, or named with a summary word; a count of things the text never lists is a count, and a
re-mention of a listed frame is that frame again."""

from __future__ import annotations

import re

from drafter.study.frames.counterless import union_or_action
from drafter.study.frames.kinds import body_noun, is_time_noun, named_items, numbered_items
from drafter.study.frames.named_formulas import is_doctrine
from drafter.study.frames.named_things import named_things
from drafter.study.frames.shared_qualifiers import shares_qualifiers
from drafter.study.frames.summary_nouns import SUMMARY_NOUN
from drafter.study.layout import Layout
from drafter.study.model import Frame

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
        union_or_action(phrase)
        or re.fullmatch(r"[三四五六七八九十]个一", phrase)  # 五个一: N ones, a formula
        or is_doctrine(phrase)  # 三民主义
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


def _noun_of(frame: Frame) -> str:
    return re.sub(r"^[二三四五六七八九十两]{1,2}(个|种|条|项|点|类|大|件|面)?", "", frame.phrase)


def _named_before(lay: Layout, kept: list[Frame], frame: Frame) -> Frame | None:
    """A frame of the same number just before — in the same paragraph, or listed in one of
    the two before — whose phrase shares a character of this one's noun (两种极端观点 …
    两种观点; 两个权力 … 两个权利): this mention names it again."""
    noun = _noun_of(frame)
    if not noun:
        return None
    for other in reversed(kept):
        if other.number != frame.number or is_doctrine(other.phrase):
            continue  # 三民主义和三大政策: a doctrine's name is no count named again
        gap = frame.span.paragraph - other.span.paragraph
        if not (gap == 0 or (other.listed and 0 <= gap <= 2)):
            continue
        text = lay.paragraphs[other.span.paragraph].text
        if gap == 0 and shares_qualifiers(lay, other, frame):
            continue  # 国内国际两个市场、两种资源: two counts over one pair, not one named again
        # the words after the other phrase, short of this mention itself (三条鲜活的生命，三个破碎的
        # 家庭: the window ran into 三个破碎 and matched its own 破)
        stop = frame.span.start if gap == 0 else other.span.end + 4
        named = other.phrase[1:] + text[other.span.end : min(other.span.end + 4, stop)]
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
        return False  # 承认八条: provisions known by their count (frames.package_mentions)
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
