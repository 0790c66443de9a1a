"""A counted statement ending a lead-in, borne out by its parts: a roadmap whatever its verb.

重点抓好五个方面的工作。 / 我体会最深的是两点。 / 这一年，我们主要做了四件事。 / 我以为有四个主要的
特点。 — no verb of talk, no colon, no pointer: the sentence counts the work, the points or the
things the text then lays out one by one, as headings or numbered paragraphs. Session 45 settled
the convention (tests/study/gold/README.md): a sentence that announces the parts that follow is a
roadmap sentence whatever its verb, when the parts follow as headings or numbered or run-in
paragraphs; a count of things never laid out as parts is a frame only. Reports write the shape
most (吉林's 重点做好八个方面工作。 before （一）…（八）), speeches too (我认为要从岗位职级、干部配置
两个角度来调整。 before 第一，… 第二，…).

The parts are the evidence, so they are asked for strictly: sub-sections numbered from 1 right
after the lead, or paragraphs numbered from 1 (or run-in labels 牌：… 赌：…) right after the
paragraph — as many as the count names (几: two or more). Only sections, where the lead's last
sentence is the one place the count can speak of, may differ from the count, and then the
roadmap carries the count warning (我们将重点抓好五个方面的工作。 over four sections).
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout, Node
from drafter.study.model import COUNTED_STATEMENT, Roadmap, Span
from drafter.study.roadmap.inline import in_quotes, items_follow
from drafter.study.roadmap.markers import heading_marker, part_marker
from drafter.study.roadmap.numbered_parts import numbered_paragraphs
from drafter.study.roadmap.pointers import LOOK_BACK
from drafter.study.roadmap.sections import numbered_prefix
from drafter.study.roadmap.talk_words import MAY_COUNT, count_named, others_in
from drafter.study.roadmap.unmarked_parts import colon_labelled_paragraphs
from drafter.study.roadmap.warning import count_warning
from drafter.study.text import sentences

# a count of parts: a number (or 几) and the measure or noun of what is counted (五个方面, 四件事,
# 两点, 三层防线, 三次…变化, 三个“锦囊”, 两条缺点, 两个角度, 三支队伍); not an ordinal (第二点), a number
# inside a larger one (十几个, 一两个, 20个), nor a count pointing back (这两点, 上述三项)
_COUNT = re.compile(
    r"(?<![第这那每上前后其另一二三四五六七八九十百千万两几０-９0-9.．])"
    r"([两二三四五六七八九十]{1,2}|几|[2-9２-９])"
    r"(?:个方面|方面|个|件|点|项|条|种|类|层|次|位|大|句话|步|则|招|份|重|股|样|场|道|笔|支)"
    # not a span of time or an hour (两个月, 三个小时, 几点钟), nor a decimal (六点七倍)
    r"(?![月年天日周小钟多来余半一二三四五六七八九十〇零])"
)
# what may follow the count to the sentence's end: the noun counted and a short verb after it
# (四个主要的特点。 / 三个“锦囊”。 / 两个角度来调整。), no clause more and nothing done (…的几个重要
# 问题作了结论。 reports, …十方面民生实事圆满完成。 sums up: they announce nothing)
_TAIL = re.compile(
    r"^[^，,。；;：:！!？?了过]{0,6}"
    # and the speaker's word that it is reported to the room (县委将重点抓好三件事，在这里向各位
    # 老领导作个报告。 / …四项工作，向大家汇报一下。): a talk clause, announcing as a verb of talk does
    r"(?:[，,](?:在这里|今天|借此机会|下面)?向[^，,。；;：:！!？?]{1,10}?"
    r"(?:作|做)?(?:个|一个|一下)?(?:报告|汇报|通报)(?:一下)?)?"
    r"[。！!]$"
)
# the count of work or points and its noun alone closing the sentence (五个方面的工作。 / 三点承诺。
# / 四件事。): counters a writer counts loosely, so the sections may differ (not 三个要素。, nor
# 两个方面讲求实效。, where a verb, not the noun counted, closes the sentence)
_NOUN_ENDS = re.compile(
    r"(?:[两二三四五六七八九十]{1,2}|几|[2-9２-９])(?:个方面|方面|件|点|项)"
    r"的?[^，,。；;：:！!？?了过]{0,2}[。！!]$"
)
# the clause before a count that makes it no plan of the talk now: an earlier occasion or what
# was said before (上次会议我讲过三点意见。 / 我上次有三点意见。), what the speaker owns (我有三个孩子。
# / 我们有三个工厂。), or what a third party hands out (政府给大家三个名额。)
_BEFORE = re.compile(r"上次|上回|那次|刚才|前面|此前|曾经|曾|当年|那年|早年|从前")
_OWNS = re.compile(r"我们?(?:还|也|都)?有$")
_HANDED = re.compile(r"^[^我]*给[^，,]{0,4}$")
# a count of time, money, people or figures is no count of parts; nor are 几 in 几乎 / 几十
_NOT_PARTS = re.compile(r"^(?:个(?:人|月|星期|礼拜|钟头|工作日|百分点|亿|万)|点钟|次会议|位数)")
# the speaker's own quoted term, the count and its noun alone closing the sentence (坚持“四个注重”。):
# the quotes mark the name of the package the parts then lay out, not someone else's words
_OWN_TERM = re.compile(r"“[^“”，,。；;：:]{2,6}”[。！!]$")
_BACK = ("这", "那", "此", "这些", "上述")
# the sentence turns back to what was said (以上三点 / 总之，这几个方面), or asks (有哪几点？)
_ASKS = re.compile(r"[？?]\s*$")


def statement_counts(sentence: str) -> list[int | None]:
    """The counts of parts ``sentence`` names (``None`` for 几) in the words that end it, when
    it is a full statement (ending in 。 or ！, not a question, not opening by looking back)
    that could announce what follows: the count closes the lead-in (着重抓好四个环节。), a
    count further back is about something else; empty when it names none."""
    body = sentence.strip()
    if not body.endswith(("。", "！", "!")) or _ASKS.search(body) or body.startswith(LOOK_BACK):
        return []
    out: list[int | None] = []
    for m in _COUNT.finditer(body):
        if _NOT_PARTS.match(body[m.end(1) :]):
            continue
        if in_quotes(body, m.start()) and (
            not _OWN_TERM.match(body[m.start() - 1 :]) or body[: m.start() - 1].endswith(_BACK)
        ):
            continue  # someone else's quoted count, or 这“三个服务” summing up items just listed
        if re.search(r"[：:]", body[: m.start()]):
            continue  # 这些问题是：A，B，…几种包围。: a count inside items listed inline
        clause = re.split(r"[，,；;]", body[: m.start()])[-1]
        if others_in(clause) or _BEFORE.search(clause) or clause.endswith("过"):
            continue  # 他们在聊天时提到三件事。 / 上次会议我讲过三点意见。
        if _OWNS.search(clause) or _HANDED.search(clause):
            continue  # 我们有三个工厂。 / 政府给大家三个名额。
        if not _TAIL.match(body[m.end() :].replace("“", "").replace("”", "")):
            continue  # the count ends the lead-in, or it announces nothing to come
        count = count_named(m.group(1))
        if count is None or count >= 2:
            out.append(count)
    return out


# a formula abbreviated to its count and the one character its items share, quoted alone in a
# short statement (重点要在“三慎”上下功夫。 / 做到“四勤”。): the count and the shared character
_ABBREVIATED = re.compile(r"“([两二三四五六七八九十])([\u4e00-\u9fff])”")


def abbreviated_count(sentence: str, headings: list[str]) -> int | bool:
    """The count of a quoted abbreviation (“三慎”) that closes ``sentence`` when ``headings`` —
    the sections numbered from 1 after it — are exactly its parts: as many as it counts, each
    holding its shared character (慎权…, 慎微…, 慎友…); ``False`` otherwise. An abbreviation
    has no measure word, so :func:`statement_counts` cannot read it; its character in every
    heading is the evidence a measure word would give."""
    body = sentence.strip()
    m = _ABBREVIATED.search(body)
    if m is None or body.startswith(LOOK_BACK) or body[: m.start()].endswith(_BACK):
        return False
    if not _TAIL.match(body[m.end() :]):
        return False
    count = count_named(m.group(1))
    if not count or count < 2 or len(headings) != count:
        return False
    return count if all(m.group(2) in h[:8] for h in headings) else False


def _agrees(counts: list[int | None], parts: int) -> int | None | bool:
    """The count of ``counts`` that ``parts`` parts bear out: a named count equal to it, else 几
    over two parts or more; ``False`` when none does."""
    if parts in counts:
        return parts
    if None in counts and parts >= 2:
        return None
    return False


def counted_over_sections(sentence: str, targets: list[Node]) -> int | None | bool:
    """The count of ``sentence`` when it ends a lead counting the parts (重点抓好八个方面工作。)
    and the sub-sections after it are numbered from 1: the count they bear out, or, when the
    sentence names one count only, that count (the roadmap then warns that the sections
    differ); ``False`` when it names no count or the sections are not numbered from 1."""
    counts = statement_counts(sentence)
    if not counts and not _ABBREVIATED.search(sentence):
        return False
    if counts and len(targets) >= 2 and not any(n.section.marker for n in targets):
        # 重点学好三种精神。 then three bold leads with no number (学习他们…精神): unnumbered
        # sections bear the count out only when exactly as many stand under the lead
        return len(targets) if len(targets) in counts else False
    numbered = numbered_prefix(targets)
    if len(numbered) < 2 or not numbered[0].section.marker:
        return False
    first, second = (heading_marker(n.section.marker or "") for n in numbered[:2])
    if first is None or first.ordinal != 1 or second is None or second.ordinal != 2:
        return False
    if not counts:  # 重点要在“三慎”上下功夫。 over （一）慎权… （二）慎微… （三）慎友…
        return abbreviated_count(sentence, [n.section.heading for n in numbered])
    agreed = _agrees(counts, len(numbered))
    if agreed is False and len(counts) == 1 and _NOUN_ENDS.search(sentence.strip()):
        # 重点抓好五个方面的工作。 over four sections: the count closes the sentence on the noun
        # counted alone, so the sections are what it counts — a roadmap with its warning (not
        # …十方面民生实事圆满完成。, a count of things done, whatever follows)
        return counts[0]
    return agreed


def counted_before_aside(sents: list, k: int, targets: list[Node]) -> int | bool:
    """The count of sentence ``k`` when it counts the parts (重点整治“五种不良作风”。) and only
    an aside follows it in the lead's last paragraph (各单位要结合自身实际，把问题找准…。): one
    or two sentences with no count and no marker of their own, exhorting rather than
    announcing. Stricter than a statement closing the lead: the sections numbered from 1 must
    be exactly as many as it counts (no warning), else ``False``."""
    later = [sent.text.strip() for sent in sents[k + 1 :]]
    if not later or len(later) > 2:
        return False
    if any(MAY_COUNT.search(t) or part_marker(t) is not None or len(t) > 60 for t in later):
        return False
    count = counted_over_sections(sents[k].text, targets)
    if not isinstance(count, int) or count is False:
        return False
    return count if len(numbered_prefix(targets)) == count else False


def counted_over_paragraphs(lay: Layout, idx: int) -> Roadmap | None:
    """The last sentence of paragraph ``idx`` when it counts the parts (我们设置了内部控制的三层
    防线。 / 觉得地区部的汇报有几个问题。) and the paragraphs right after it are those parts:
    numbered from 1 (第一层防线… / 第一个问题…) or opening with a label and a colon (牌：… 赌：…
    鸦片：…), as many as the count names (几: two or more)."""
    paras = lay.paragraphs
    if idx + 1 >= len(paras) or paras[idx + 1].is_heading:
        return None
    sents = sentences(paras[idx].text)
    if not sents or items_follow(sents[-1].text):
        return None
    sent = sents[-1]
    counts = statement_counts(sent.text)
    if not counts:
        return None
    parts = numbered_paragraphs(lay, idx)
    first = part_marker(paras[idx + 1].text)
    if not (parts and first is not None and first[1] == 1):
        named = [c for c in counts if c is not None]
        parts = colon_labelled_paragraphs(lay, idx, named[0]) if len(named) == 1 else []
    count = _agrees(counts, len(parts))
    if count is False:
        return None
    span = Span(idx, sent.start, sent.end)
    warning = count_warning(count, len(parts))
    return Roadmap(sent.text.strip(), span, count, parts, warning, rule=COUNTED_STATEMENT)


def counted_at_section_end(
    lay: Layout, node: Node, counts: list[int | None]
) -> tuple[int | None, list[Node]] | None:
    """The count of a counted statement closing the text of ``node`` (a section with no
    sub-headings: …年内要重点抓好五个方面。 at the end of 五是…) and the sections after ``node`` at
    its level that bear it out: the whole run numbered from 1 (一是… 五是…), exactly as long as
    the count (几: two or more); ``None`` when the run is missing or another length."""
    siblings = lay.siblings_of(node.parent)
    run: list[Node] = []
    for n in siblings[siblings.index(node) + 1 :]:
        marker = heading_marker(n.section.marker) if n.section.marker else None
        if marker is None or marker.ordinal != len(run) + 1:
            break
        run.append(n)
    count = _agrees(counts, len(run))
    return None if count is False else (count, run)
