"""Transitions (过渡句): the sentences that carry the speech from one part to the next.

Looked for only where they can be: the first sentence of a section's text (a lead-in:
"这方面主要从…与大家交流", "做好X，关键在于…") and the last sentence before the next
section (a wrap-up: "为此，给大家提三点希望"). A sentence counts when it speaks about
the talk itself or links the parts (上面/刚才/下面/接下来/这方面 …); a connective alone
(同时/另外/所以) does not. Anywhere in the body: a paragraph turning to its next matter
(现在我谈谈…), a report turning from its record to its problems or lessons (我们也清醒看到…;
回顾…，我们深切感受到…), the speaker stopping to take a matter up (这里要专门讲一下…), a
sentence pointing at what follows (注重以下几点。) or about the talk (以上是第一个问题).
Roadmap sentences are reported as roadmap, not again here, except those whose reader
(``Roadmap.rule``) found them counting the parts (重点做好三个方面工作。) or pointing ahead at the
end of a lead (今年要重点做好以下工作。): they carry the text on to its parts and are both.
"""

from __future__ import annotations

import re

from drafter.corpus.closing import SALUTATION
from drafter.study.bookends import closing_paragraphs, opening_paragraphs
from drafter.study.layout import Layout
from drafter.study.model import (
    COUNTED_STATEMENT,
    LEAD_POINTER,
    SECTION_END,
    Roadmap,
    Span,
    Transition,
)
from drafter.study.text import Sentence, sentences

# A section's first sentence links back or speaks about the talk. 这方面/这个问题/关于 alone
# only name the section's own subject (这个问题更是困难…), so they need a speaking verb.
_LEAD_IN = re.compile(
    # (Not 同时/此外/另外/在…基础上/在…的同时 alone: a section's own first point often opens so,
    # 同时，我们要抓成本管理 / 在生产增长的基础上不断提高人民的生活水平，是…, and says nothing of the talk.)
    r"^(上面|前面|刚才|以上|除了|在[^，。]{0,12}之外|还有|接下来|其次|最后)"
    r"|(这方面|这一方面|这一点|这个问题)[^。]{0,20}(交流|讲|谈|说)"
    r"|^关于[^。，]{0,20}[，,](我|我们)[^。]{0,8}(交流|讲|谈|说)"
    r"|(上面|前面)(已经|已)?[^。]{0,12}(说明|讲过|谈过|说过|提到|讲到|谈到|论述)"
    r"|(这一段|这一部分|这部分|这一节|本节|本部分)[^。]{0,12}(放在|讲|谈|说)"
)
# A paragraph that turns the talk to its next subject (现在我谈谈工会的宣传工作; 下面讲讲…),
# wherever it stands: in a text without headings it is the only mark between the parts.
# Traditional forms too (現在談談…), since old texts are read as written.
_TURN = re.compile(
    r"^(现在|現在|下面|接下来|接下來|以下|再|最后|最後|其次|再次)[，,]?(我|我们|我們)?(想|再|来|來)?"
    r"[^。！？]{0,30}?(谈谈|談談|讲讲|講講|说说|說說|谈一谈|談一談|讲一讲|講一講|谈一下|談一下|讲一下|講一下"
    r"|说一说|說一說|说一下|說一下|(讲|講|谈|談|说|說)(一点|一點|几句|幾句)"
    # the speaker turns to look at the next matter (现在，我们来看一看…; 现在来分析一下…)
    r"|看一看|看看|看一下|(分析|研究|讨论|討論|考察)一下"
    r"|(解释|解釋|说明|說明)(一下|一个问题|一個問題))"
    # 下面再说农业… / 现在再讲工业: 再 and the verb, the next subject follows
    r"|^(现在|現在|下面|接下来|接下來)[，,]?(我|我们|我們)?再(说|說|讲|講|谈|談)"
    # 现在我们来说…的情形 / 下面就来分析这几点 (来 and a verb: let us now; not 现在来看，…, "as
    # it looks now")
    r"|^(现在|現在|下面|接下来|接下來)[，,]?(我|我们|我們)?(就)?来(说|說|讲|講|谈|談|看|研究|分析"
    r"|说明|說明)(?![，,了过])"
    # 其次来说研究历史 / 其次看国民党的党务 / 再讲农民 / 最后说到计划性问题 (not 再说一遍, 再说，…)
    r"|^(其次|再次|最后|最後|再)[，,]?(我|我们|我們)?(来|就)?(说|說|讲|講|谈|談|看)(到|一下|一点)?"
    r"(?![，,了过一遍])"
    # 还有一种情况也需要讲一讲
    r"|^还有[^。！？]{0,12}(需要|要)(讲|講|谈|談|说|說)(一讲|一谈|一说|一下)"
    # 提出 needs the speaker: 现在有些机关…对提出来的意见 is no turn of the talk.
    r"|^(现在|現在|下面|最后|最後)[，,]?(我|我们|我們)(想|再|来|來)?[^。！？]{0,30}?提出"
    r"[^。！？]{0,8}(意见|意見|批评|批評|建议|建議)"
    # 在（当前）国内外大好形势下， carries a report's survey of the times over to its tasks.
    r"|^在[^，。！？]{0,6}(国内外|国际国内)[^，。！？]{0,4}形势下[，,]"
    # drawing the consequence of what was said (这样讲来，…) or leaving one subject for the
    # next (除了对于…存在着糊涂观念而外，…)
    r"|^(这样|这么|如此)(讲|说)来[，,]"
    r"|^除了[^。！？]{2,40}(而外|以外|之外)[，,]还有"
)
# A paragraph's last sentence that turns the talk to the next paragraphs (下面就来分析这几点。 /
# 现在我们就来说明这种变化的过程。)
_LEADS_ON = re.compile(
    r"^(现在|下面|接下来)[，,]?(我|我们)?(就)?来(说|讲|谈|研究|分析|说明)(一下|一说|一谈)?"
    r"[^，。！？]{0,20}[。：:]$"
)
# A sentence about the talk itself, wherever it stands (今天我讲了…; 因此，在这里就不需要多讲).
_ABOUT_TALK = re.compile(
    # (after a clause too: …，上面我讲了很多客观因素，但是…)
    r"(^|[，,])(今天|上面|前面|以上|刚才)[，,]?(我|我们)(讲了|说了|谈了)"
    # The points just made, named by their count (就是因为有这两条).
    r"|(就是|正是)因为有?(这|上述|以上)[两三四五六七八九十几]+(条|点)"
    r"|^((因此|所以)[，,]?)?(在这里|这里)(就)?(不需要|不必|不用)(多|再)(讲|说|谈)"
    # what the talk was (今天讲的就是这些; 我讲的就是这个观点; 以上所讲的…) or leaves out
    # (关于党八股的问题，今天不能讲了)
    r"|(^|[，,])(今天|上面|前面|以上|刚才)[，,]?(我|我们)?所?(讲|说|谈)的(就|主要|大概|也就)?(是|就是)"
    r"(这些|这几点|这么多|这个|这样)"
    r"|^(我|我们)所?(讲|说|谈)的(就|主要|大概|也就)?(是|就是)(这些|这几点|这么多|这个|这样)"
    r"|^(以上|上面|前面)所(讲|说|谈)的"
    r"|(今天|这里|这次)(就)?不(能|再|多)?(讲|谈|说)了"
    # the part just given, looked back on by its number or its count (以上是第一个问题。/
    # 上面这八条，… / 第一个问题就讲到这里)
    r"|(^|[，,])(以上|上面|上述)(就)?是第[一二三四五六七八九十]+(个问题|个方面|点|条|部分)"
    r"|^(以上|上面|前面)(所说的|所讲的|讲的|说的|这)(几|[两二三四五六七八九十]+)(条|点|个问题|个方面|项)"
    r"|(^|[，,（）)])(我|我们)?(就)?(讲|谈|说)到这里"
    # 上面说的是… / 以上讲了… / 上面就是我向同志们讲的时局问题 (not 前面说过，…: a point
    # recalled inside an argument)
    r"|^(上面|以上)(我|我们)?(已经)?(说|讲|谈)(的是|了)"
    r"|^(上面|以上)(就)?是(我)?[^。]{0,12}(讲|说|谈)的"
)
# A matter closed by saying it was said (这个问题的正面，已经说完了。/ …，前面已经说过了。), at a
# paragraph's start or end: deep inside an argument it only recalls a point (…这件事的可能性前面
# 已经说过了。).
_SAID_BEFORE = re.compile(
    r"(前面|上面|上文)(我|我们)?(已经|已)(说|讲|谈)(过|明)了[。]?$|(已经|已)(说|讲|谈)完了[。]?$"
)
# An achievement conceded and then a shortcoming (…是有成绩的。但是也有缺点。).
_BUT_SHORT = re.compile(
    r"^(但是?|可是|然而)[，,]?(也|还)?(有|存在)[^。！？]{0,6}(缺点|问题|不足|差距)"
)
# Sentences that turn the talk wherever they stand among a paragraph's first few sentences
# (after 各位代表！, or after a line that closes the review: 安不忘危，兴不忘忧。我们清醒认识到…).
#
# From what was achieved to what is still wrong, the turn of a report from its review to its
# problems: seeing clearly (我们也清醒看到… / 回顾过去一年，我们清醒地看到… / 同时，必须清醒看到…),
# seeing after a conceded achievement (在看到成绩的同时，我们也认识到… / 虽然取得很大成绩，但是也要
# 看到…), what must be seen (我们应该看到…是存在着一些困难的), or not all being well (…很好，并不是说一切都好). Only with the problems named in the same
# sentence: 我们要清醒地认识到，我们还担不起… is the section's own point.
_SEES_PROBLEMS = re.compile(
    r"^([^，。！？]{0,16}[，,]){0,2}(但是?|然而|可是|同时)?[，,]?(我们|我)?(也|还)?(必须|要|应当|应该)?"
    r"(十分)?清醒地?(看到|认识到)"
    r"|^(我们|我)?(必须|应当|应该)(看到|认识到)"
    r"|(的同时|成绩|成就)[^。！？]{0,12}[，,](但是?|然而)?[，,]?(我们)?(也|还)?(必须|要|应当|应该)?(看到|认识到)"
    r"|^(我们|我)?(必须|应当|应该)(看到|认识到)[^。！？]{0,40}(成绩|成就)[^。！？]{0,8}[，,]但"
    r"|不是说?一切都好"
)
_PROBLEM = re.compile(
    r"问题|困难|不足|差距|挑战|缺点|失误|危险|风险|短板|薄弱|弱项|隐患|严峻|不确定|艰巨|压力|赶不上"
)
# The speaker stops to take a matter up (这里有必要简单地谈谈… / 这里要专门讲一下… / 在这里，我们还要
# 着重地说一说… / 这里，着重对两个目标加以说明。), not to say what a word means (这里所说的…, 这里说的是…).
_HERE_SPEAKS = re.compile(
    r"^(在)?这里[，,]?(我|我们)?(认为)?(还|再|又|只|顺便|就|也)?(要|需要|应该|应当|有必要|必须|想|只能)?"
    r"(特别|着重|专门|简单|简略|顺便|再)?(地|的)?(谈|談|讲|講|说|說|强调)"
    r"(一下|一谈|一讲|一说|谈|讲|说|一点|一點|一个|一個|个|個)"
    r"|^(在)?这里[，,]?(还|再|也)?(要|需要)?(着重|特别|专门)?对[^。！？]{1,30}(作|做|加以)[^。！？]{0,2}说明"
    # 让我再讲一点历史。/ 同志们，现在让我们把问题转到另一点。/ 让我再来说一说它的反面 (not 让我再说
    # 一遍：, a repetition)
    r"|^((同志们|各位[\u4e00-\u9fff]{0,6})[，,])?(现在|下面)?[，,]?让(我|我们)(再)?(来)?(讲|谈|说)"
    r"(一点|一說|一说|一谈|一讲|一下|说|谈|讲)"
    r"|^((同志们|各位[\u4e00-\u9fff]{0,6})[，,])?(现在|下面)?[，,]?让(我|我们)把(问题|话题)转到"
    # 现在我向大会报告的，是…: the report turning to its next matter by saying so
    r"|^(现在|下面)[，,]?(我|我们)(就)?向[^，。！？]{1,8}(报告|说明)"
)
# The lessons drawn from the years reviewed (回顾…历程，我们深切感受到： / 过去五年历程，让我们深刻
# 体会到，… / 最深切的感受是，…): a report's turn from its record to what the record taught.
# 我们 speak (not 我们党 or the company, whose convictions are the argument itself).
_LESSONS = re.compile(
    r"^([^，。！？]{0,20}[，,]){0,2}(让)?我们(更加)?(深切|深刻)地?(感受|体会|认识)到[，,：:]"
    r"|^([^，。！？]{0,20})?最深切的(感受|体会)是[，,：:]"
)
# A sentence that ends pointing at what follows (必须认真贯彻执行下列十条方针。 / 做好今年工作，…，注重
# 以下几点。 / 认为…需要提出以下建议，请大会予以审议。): a lead-in, whether or not the roadmap links
# it to parts (the parts may be run-in 一是…, or not headings at all).
_POINTER = re.compile(
    r"(以下|如下|下列)[^。，；！？]{0,8}(几点|[一二三四五六七八九十两]+(条|项|点|个方面|方面)|工作|方面|任务|问题"
    r"|意见|建议|方针|设想|措施|要点|原则)[^。；！？]{0,12}[。：:]$"
)


# A numbered item's first words ((九)…, 3、…): the item's own statement of its subject, even when it
# points at what it lists (（九）中国必须立即开始实行下列两方面的民主改革。第一方面，…).
_ITEM_START = re.compile(
    r"^([（(][一二三四五六七八九十○〇\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．])"
)


def _turns_inside(sents: list[Sentence]) -> list[Sentence]:
    """The sentences among a paragraph's first three (a salutation standing first not counted)
    that turn the talk by :data:`_SEES_PROBLEMS`, :data:`_HERE_SPEAKS` or :data:`_LESSONS`, or
    close a matter (:data:`_SAID_BEFORE`, there or last); and any that ends pointing at what
    follows (:data:`_POINTER`) but opens no numbered item."""
    head = sents[1:4] if sents and SALUTATION.match(sents[0].text.strip()) else sents[:3]
    out = []
    for s in sents:
        body = s.text.strip()
        turns = s in head and (
            (_SEES_PROBLEMS.search(body) and _PROBLEM.search(body))
            or _HERE_SPEAKS.search(body)
            or _LESSONS.search(body)
        )
        said = (s in head or s is sents[-1]) and _SAID_BEFORE.search(body)
        if turns or said or (_POINTER.search(body) and not _ITEM_START.match(body)):
            out.append(s)
    return out


_WRAP_UP = re.compile(
    # (Not 为此/因此/所以/总之 alone: 所以他们必须要团结合作 draws the section's own conclusion.)
    r"^(下面|接下来)|(讲几点|以下几|如下几|下面[^。]{0,10}(讲|谈|说))"
    # A report's lead-in to its list of works or tasks (主要做了以下工作; 重点做好八个方面工作;
    # 重点从八个方面实现突破。 / 政府将着力推进十个方面重点任务。 / 这里重点报告八个方面。), right
    # before the headings it counts.
    r"|(以下|如下)[^。]{0,6}(工作|方面|任务|问题|意见)[。：:]?$"
    r"|[一二三四五六七八九十两几]+个?方面[^。，；]{0,6}[。：:]?$"
    # The count of what follows, then the items (主要有两条：一条是…，一条是…).
    r"|^(主要|原因|理由)?有[两三四五六七八九十几]+(条|点|个方面)[：:]"
)


# What a transition does for the talk, as the study view names it beside the mark (each has its
# note in drafter.study.glossary): the first that fits, in this order.
TRANSITION_ROLES = ("转入问题", "总结体会", "回顾上文", "引出下文", "转入新话题", "承上启下")
_LOOKS_BACK = re.compile(
    r"^(上面|以上|前面|刚才|上述)|(讲|说|谈)到这里|已经说完|在上面|上面(讲|说)过"
    r"|前面(已经)?(说|讲)(过|明)"
)
# what follows pointed at (以下/如下/下列, a count of parts, 下面就来分析这几点)
_POINTS_ON = re.compile(
    r"以下|如下|下列|讲几点|[一二三四五六七八九十两几]+个?方面[^。，；]{0,6}[。：:]?$"
    r"|^(下面|接下来)[^。，！？]{0,8}这"
)
# the times or the argument carried over (在当前国内外大好形势下，… / 这样讲来，…)
_CARRIES_ON = re.compile(
    r"^在[^，。！？]{0,6}(国内外|国际国内)[^，。！？]{0,4}形势下|^(这样|这么|如此)(讲|说)来"
)
_NEXT_MATTER = re.compile(
    r"^(现在|現在|下面|接下来|其次|再次|再|最后|最後|还有|这方面|这里|在这里)"
)


def transition_role(text: str) -> str:
    """What the transition ``text`` does for the talk, one of :data:`TRANSITION_ROLES`: turns
    from the record to the problems, to the lessons, looks back on what was said, points at
    what follows, takes up the next matter, or links the parts otherwise (在当前国内外大好形势
    下，…; 这样讲来，…)."""
    body = text.strip()
    if (_SEES_PROBLEMS.search(body) and _PROBLEM.search(body)) or re.search(
        r"是有成绩的|有成绩的[。，]", body
    ):
        return "转入问题"
    if _LESSONS.search(body):
        return "总结体会"
    if _LOOKS_BACK.search(body) or _ABOUT_TALK.search(body):
        return "回顾上文"
    if _POINTS_ON.search(body):
        return "引出下文"
    if _CARRIES_ON.search(body):
        return "承上启下"
    if _TURN.search(body) or _HERE_SPEAKS.search(body) or _NEXT_MATTER.search(body):
        return "转入新话题"
    return "承上启下"


# The roadmap sentences that are transitions too, by the reader that found them: a count of the
# parts ending a lead (重点做好三个方面工作。, a roadmap since session 45), a lead's pointer ahead
# (今年要重点做好以下几方面工作。 / 主要做了以下工作。) and a section's last sentence pointing at the
# sections after it (五年来，我们的主要工作体会有以下几个方面。) carry the text on to its parts, as
# the bookends gold marks them; a sentence that speaks about the talk (下面，我讲三点意见。) is the
# roadmap alone.
ALSO_TRANSITIONS = frozenset({COUNTED_STATEMENT, LEAD_POINTER, SECTION_END})


def find_transitions(lay: Layout, roadmap: list[Roadmap]) -> list[Transition]:
    """Lead-in and wrap-up sentences at section boundaries, in reading order, each with the
    role it plays (:func:`transition_role`)."""
    taken = {(r.span.paragraph, r.span.start) for r in roadmap if r.rule not in ALSO_TRANSITIONS}
    out: list[Transition] = []
    for node in lay.nodes():
        if not node.own:
            continue
        first = node.own[0]
        if node.section.run_in:
            first = node.own[1] if len(node.own) > 1 else None
        if first is not None:
            sents = sentences(lay.paragraphs[first].text)
            if (
                sents
                and (first, sents[0].start) not in taken
                and _LEAD_IN.search(sents[0].text.strip())
            ):
                s = sents[0]
                out.append(Transition(s.text.strip(), Span(first, s.start, s.end), "lead-in"))
        last = node.own[-1]
        sents = sentences(lay.paragraphs[last].text)
        if len(sents) >= 1 and node.children:
            s = sents[-1]
            if (last, s.start) not in taken and _WRAP_UP.search(s.text.strip()):
                out.append(Transition(s.text.strip(), Span(last, s.start, s.end), "wrap-up"))
    opening = opening_paragraphs(lay)
    body_lead = [i for i in lay.preamble if i not in opening and (not opening or i > opening[-1])]
    if lay.roots and body_lead:
        # The body began before the first heading (the opening ended at a why-question):
        # its last sentence leads into the headings like a section's wrap-up.
        sents = sentences(lay.paragraphs[body_lead[-1]].text)
        if sents and _WRAP_UP.search(sents[-1].text.strip()):
            s = sents[-1]
            if (body_lead[-1], s.start) not in taken:
                out.append(
                    Transition(s.text.strip(), Span(body_lead[-1], s.start, s.end), "wrap-up")
                )
    seen = {(t.span.paragraph, t.span.start) for t in out}
    closing = closing_paragraphs(lay)
    bookends = set(opening_paragraphs(lay)) | set(closing)
    for para in lay.paragraphs:
        if para.is_heading or para.index in bookends:
            key = (para.index, 0)
            if para.is_heading and key not in taken and _TURN.search(para.text.strip()):
                # a heading said as a turn (现在我来讲一讲主观主义, drafter.corpus.spoken_turns):
                # the talk's way into its part as well as the part's title
                out.append(
                    Transition(para.text.strip(), Span(para.index, 0, len(para.text)), "lead-in")
                )
            if para.index in closing[:2]:
                # a closing that opens by turning or looking back on the talk (今天讲的主要是这
                # 几点。/ 说到这里，我们可以总起来说几句。/ 最后，需要讲一点…): the way into it
                for s in sentences(para.text)[:2]:
                    key = (para.index, s.start)
                    body = s.text.strip()
                    if key not in taken and (_TURN.search(body) or _ABOUT_TALK.search(body)):
                        out.append(Transition(body, Span(para.index, s.start, s.end), "lead-in"))
            continue
        sents = sentences(para.text)
        if not sents:
            continue
        s = sents[0]
        key = (para.index, s.start)
        turn = _TURN.search(s.text.strip()) or (
            "成绩" in s.text and len(sents) > 1 and _BUT_SHORT.search(sents[1].text.strip())
        )
        if key not in taken and key not in seen and turn:
            out.append(Transition(s.text.strip(), Span(para.index, s.start, s.end), "lead-in"))
            seen.add(key)
        last = sents[-1]
        key = (para.index, last.start)
        if len(sents) > 1 and key not in taken and _LEADS_ON.search(last.text.strip()):
            # …这里可以分为三种情形。下面就来分析这几点。: a paragraph's last sentence turning the
            # talk to what the next paragraphs take up
            out.append(
                Transition(last.text.strip(), Span(para.index, last.start, last.end), "wrap-up")
            )
            seen.add(key)
        for s in _turns_inside(sents):
            key = (para.index, s.start)
            if key not in taken and key not in seen:
                out.append(Transition(s.text.strip(), Span(para.index, s.start, s.end), "lead-in"))
                seen.add(key)
        for s in sents:
            key = (para.index, s.start)
            if key in taken or key in seen or not _ABOUT_TALK.search(s.text.strip()):
                continue
            out.append(Transition(s.text.strip(), Span(para.index, s.start, s.end), "wrap-up"))
            seen.add(key)
    out.sort(key=lambda t: (t.span.paragraph, t.span.start))
    for t in out:
        t.role = transition_role(t.text)
    return out
