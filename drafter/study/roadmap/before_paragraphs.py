"""A paragraph ending in a colon or pointing ahead (有两点是可以肯定的： / 主要做了以下工作。 /
例如：) right before its parts kept as paragraphs: numbered ones, or unnumbered ones the
pointer or count announces (:mod:`.unmarked_parts`); and a turn to talk to come (下面谈谈我的
体会。) right before paragraphs numbered 一、二、….
"""

from __future__ import annotations

import re

from drafter.corpus.markers import ordinal_marker_in
from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout
from drafter.study.model import Roadmap, Span
from drafter.study.roadmap.counted_statements import counted_over_paragraphs
from drafter.study.roadmap.counts import DIVIDE, ends_lead
from drafter.study.roadmap.fallbacks import first_found
from drafter.study.roadmap.markers import part_marker
from drafter.study.roadmap.numbered_parts import (
    first_run_on,
    numbered_paragraphs,
    numbered_past_one,
)
from drafter.study.roadmap.pointers import AHEAD, BELOW, ahead_count, colon_count
from drafter.study.roadmap.sentence import PICKS
from drafter.study.roadmap.talk_words import RE_VERB
from drafter.study.roadmap.turn_to_talk import talk_ahead
from drafter.study.roadmap.unmarked_parts import (
    EXAMPLES,
    alike_paragraphs,
    bulleted_heads,
    colon_labelled_paragraphs,
    counted_paragraphs,
    examples,
    labelled_paragraphs,
    lead_paragraphs,
    listed_paragraphs,
    sequence_paragraphs,
)
from drafter.study.roadmap.warning import count_warning
from drafter.study.text import sentences

# 下面 pointing ahead with no count (下面那些就是： / 下面是：), as 以下 does; BELOW needs a count
_BELOW_IS = re.compile(r"下面[^，。；;：:]{0,4}(?:就是|是|有)[：:]$")


def before_numbered_paragraphs(lay: Layout, idx: int) -> Roadmap | None:
    """有两点是可以肯定的： / 任总指示如下： / 主要做了以下工作。 followed by paragraphs 1、…
    2、… that the outline keeps as text: a roadmap of numbered points, linked to the
    paragraphs that open them."""
    if idx + 1 >= len(lay.paragraphs) or lay.paragraphs[idx + 1].is_heading:
        return None
    text = lay.paragraphs[idx].text
    if (
        not text.rstrip().endswith(("：", ":"))
        and not AHEAD.search(text)
        and not BELOW.search(text)
        and not DIVIDE.search(text)
    ):
        # neither a colon at its end nor a pointer ahead (most paragraphs); but 下面谈谈我的体会。
        # right before paragraphs numbered 一、二、…: the speaker turning to the parts; else a
        # count of the parts, whatever its verb (我们设置了内部控制的三层防线。 then 第一层防线…)
        talk = _talk_over_paragraphs(lay, idx) if RE_VERB.search(text) else None
        return talk or counted_over_paragraphs(lay, idx)
    sents = sentences(text)
    if not sents:
        return None
    count = ahead_count(sents[-1].text)
    divided = DIVIDE.search(sents[-1].text)
    if count is False and divided and sents[-1].text.strip().endswith("。"):
        # 从二○二○年到本世纪中叶可以分两个阶段来安排。 then 第一个阶段，… 第二个阶段，…: the
        # division announces the numbered paragraphs, when as many follow
        count = parse_cn_number(divided.group(1))
        parts = numbered_paragraphs(lay, idx)
        if len(parts) != count:
            return None
    if count is False:
        return counted_over_paragraphs(lay, idx)
    last = sents[-1].text
    colon = last.rstrip().endswith(("：", ":"))
    ahead = AHEAD.search(last)
    below = BELOW.search(last)
    counted = colon_count(last) is not False
    # 战争的双方有如下…特点。 then （一○）日本方面：… / （一一）中国方面：…: the two sides are two parts
    sides = 2 if count is None and re.search(r"(?<![单多])双方", last) else count
    parts = first_found(
        (True, lambda: numbered_paragraphs(lay, idx)),
        # 今天，我代表…作如下表态。 then one paragraph summing the year up, then 第一，… 第二，…
        # paragraphs: the pointer still points past the plain paragraph
        (ahead and not colon, lambda: numbered_past_one(lay, idx)),
        # 有以下几个特点： — a count, not 下列的口号： or 抄录几段如下： before slogans or quotes;
        # or 下面 with no count (下面那些就是： then one class a line)
        ((ahead and counted) or _BELOW_IS.search(last), lambda: listed_paragraphs(lay, idx)),
        # 投资…，是这样分配的： then 工业部门为…； / 农业…部门为…； / … / 其他为…。: a pointer
        # (这样) before a list whose lines close on semicolons, the last on a stop
        (_THIS_WAY.search(last), lambda: _semicolon_lines(lay, listed_paragraphs(lay, idx))),
        (isinstance(count, int) and (colon or below), lambda: counted_paragraphs(lay, idx, count)),
        ((below or ahead) and colon, lambda: sequence_paragraphs(lay, idx)),
        # 有以下几点体会： then 必须坚持…, 必须坚持…, 必须坚持…: the parts set side by side as
        # paragraphs opening with the same words (排比), no marker — after a pointer or a count
        # (not 大会的主题是： before one slogan and its gloss)
        (ahead or below or counted, lambda: alike_paragraphs(lay, idx, count)),
        # 今年着重抓好以下方面： then 推进国有企业改革，完善所有制结构。… / 深化财税体制改革，…。…:
        # each part opens with a short lead sentence (the bold lead of the printed report)
        (ahead or below or counted, lambda: lead_paragraphs(lay, idx, count)),
        # 将采取以下措施： then 煤炭工业，… / 石油工业，… / 电力工业，…: each part opens with the
        # sector or item it is about, a short label set off by a comma
        (True, lambda: labelled_paragraphs(lay, idx, count)),
        # 增长的情况如下列： then 钢：从…增加到… / 发电量：从… / 原煤：从…: each part opens with
        # the item it gives, closed by a colon
        (True, lambda: colon_labelled_paragraphs(lay, idx, sides)),
        # 我们的主要体会是： then ——必须坚持…。 / its body / ——必须坚持…。 / its body …: short
        # dashed heads, each over its own explanation
        (colon or ahead, lambda: bulleted_heads(lay, idx)),
        # …许多是我国工业史上完全崭新的创举。例如： then one example a paragraph, up to 上面所举的
        # 一些例子，… or the next heading (the README's colon definition names 例如：)
        (EXAMPLES.fullmatch(last.strip()), lambda: examples(lay, idx)),
    )
    if not parts:
        return None
    if len(parts) == 1:  # 三大纪律如下： then one paragraph （一）…；（二）…；（三）…
        first = part_marker(lay.paragraphs[parts[0]].text)
        if first is None or not ordinal_marker_in(lay.paragraphs[parts[0]].text, first[0], 2):
            return None
    sent = sents[-1]
    warning = count_warning(count, len(parts)) if len(parts) > 1 else None
    span = Span(idx, sent.start, sent.end)
    return Roadmap(sent.text.strip(), span, count, parts, warning, rule="before paragraphs")


# 是这样分配的： / 情况是这样的： / 有这样几条： — 这样 pointing at what follows the colon
_THIS_WAY = re.compile(r"这样[^，,。；;：:]{0,6}[：:]$")


def _semicolon_lines(lay: Layout, run: list[int]) -> list[int]:
    """``run`` when it is one list laid out a line an item: three or more lines, each but the
    last closing on a semicolon and the last on a stop; else none (short quoted lines or a
    dialogue after 他是这样说的： close on stops)."""
    texts = [lay.paragraphs[i].text.rstrip() for i in run]
    if len(texts) < 3 or not all(t.endswith(("；", ";")) for t in texts[:-1]):
        return []
    return run if texts[-1].endswith("。") else []


def _talk_over_paragraphs(lay: Layout, idx: int) -> Roadmap | None:
    """我今天要讲讲如何避免一些不必要的痛苦。 ending its paragraph, then paragraphs numbered 一、
    二、 … that the outline keeps as text: the speaker turns to talk to come
    (:func:`~drafter.study.roadmap.sentence.talk_ahead`) and the numbered run right after is what he announced — when it opens
    with a real marker and, if the sentence names a count, has as many parts."""
    sents = sentences(lay.paragraphs[idx].text)
    if not sents:
        return None
    sent = sents[-1]
    count = talk_ahead(sent.text)
    if count is False and len(sents) >= 2 and ends_lead(sents, len(sents) - 2):
        sent = sents[-2]  # 下面，我讲一些意见。讲得不对的地方，请同志们批评。
        count = talk_ahead(sent.text)
    if count is False:
        return None
    # 我现在抽出几条来说一说 then 第一条… 第二条… 第四条…: some items of a longer list, picked
    parts = numbered_paragraphs(lay, idx, picked=bool(PICKS.search(sent.text)))
    if len(parts) < 2 or part_marker(lay.paragraphs[parts[0]].text) is None:
        # 我今天重点讲讲三个转变。 then three paragraphs opening alike (要…, 要…, 要…), no
        # marker: only as many as the count names
        parts = alike_paragraphs(lay, idx, count) if isinstance(count, int) else []
    if len(parts) < 2:
        # 下面，着重讲一下能源、交通、农业的建设计划 then 煤炭工业建设，… / 石油工业建设，…
        parts = labelled_paragraphs(lay, idx, count)
    if len(parts) < 2 or (count is not None and count != len(parts)):
        return None
    span = Span(idx, sent.start, sent.end)
    return Roadmap(sent.text.strip(), span, count, parts, rule="talk over paragraphs")


def pointer_run_on(lay: Layout, idx: int) -> Roadmap | None:
    """必须把握好以下原则：一是扩内需、保增长。… then paragraphs 二是… 三是…: a pointer ahead
    (以下 / 如下 / 下列) closing on a colon in the middle of paragraph ``idx``, its first part
    run on right after the colon and the next parts opening paragraphs of their own, numbered
    on (:func:`~drafter.study.roadmap.numbered_parts.first_run_on`). The pointer announces
    them as a colon ending its paragraph would; when the second item runs on too, all the
    items are inline (a listed frame), and there is no roadmap."""
    text = lay.paragraphs[idx].text
    for sent in sentences(text):
        colon = re.search(r"[：:]", sent.text)
        if colon is None:
            continue
        head = sent.text[: colon.end()]
        if not AHEAD.search(head) or part_marker(sent.text[colon.end() :]) is None:
            continue
        count = ahead_count(head)
        if count is False:
            continue
        end = sent.start + len(sent.text[: colon.end()])
        parts = first_run_on(lay, idx, end, count)
        if parts:
            span = Span(idx, sent.start, end)
            warning = count_warning(count, len(parts))
            return Roadmap(head.strip(), span, count, parts, warning, rule="pointer run-on")
    return None
