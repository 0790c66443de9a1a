"""The roadmap finder's entry point: :func:`find_roadmap` gathers the roadmaps of every kind
(leads, section ends, headings, paragraphs before numbered ones, listed headings, running
text), links those still without parts to the paragraphs that follow, drops what is no
talk's plan and labels each part.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Roadmap
from drafter.study.roadmap.before_paragraphs import before_numbered_paragraphs, pointer_run_on
from drafter.study.roadmap.contents import listed_contents
from drafter.study.roadmap.exclusions import (
    ARTICLE,
    MEETING_AGENDA,
    TABLE_POINTER,
    drop_questions,
    regulation,
)
from drafter.study.roadmap.fallbacks import first_found
from drafter.study.roadmap.headings import (
    heading_ahead,
    heading_colon,
    heading_counted,
    heading_over_numbered,
    heading_over_paragraphs,
)
from drafter.study.roadmap.inline import in_quotes
from drafter.study.roadmap.leads import in_lead_paragraph
from drafter.study.roadmap.numbered_parts import (
    first_run_on,
    numbered_paragraphs,
    numbered_past_one,
)
from drafter.study.roadmap.running_text import spoken_in_text
from drafter.study.roadmap.section_ends import announcing
from drafter.study.roadmap.sentence import PICKS
from drafter.study.roadmap.unmarked_parts import (
    alike_paragraphs,
    counted_paragraphs,
    until_look_back,
)
from drafter.study.roadmap.warning import count_warning
from drafter.study.text import first_clause


def find_roadmap(lay: Layout) -> list[Roadmap]:
    """Roadmap sentences in the opening and in every section's lead-in paragraphs, and
    the sentences ending in a colon (or pointing ahead: 主要做了以下工作。) right before the parts
    they announce, which may be sections or numbered paragraphs the outline keeps as text.
    A heading's closing colon, which its text drops, is read from ``Section.ending``.
    A regulation has none: its enacting formula (现就…作如下规定：) and its lists (…应当提交下列
    材料：) are provisions, not a talk's plan."""
    if regulation(lay):
        return []
    out: list[Roadmap] = []
    for idx in lay.preamble:
        out.extend(in_lead_paragraph(lay, idx, None))
    for node in lay.nodes():
        if node.children:
            for idx in node.own:
                out.extend(in_lead_paragraph(lay, idx, node))
        elif node.own:
            found = announcing(lay, node.own[-1], node)
            if found:
                out.append(found)
    for node in lay.nodes():
        found = (
            heading_ahead(lay, node)
            or heading_colon(lay, node)
            or heading_counted(lay, node)
            or heading_over_paragraphs(lay, node)
            or heading_over_numbered(lay, node)
        )
        if found:
            out.append(found)
    seen = {(r.span.paragraph, r.span.start) for r in out}
    text = [*lay.preamble, *(i for n in lay.nodes() for i in (*n.own, *n.after)), *lay.closing]
    for idx in text:
        _add_new(out, seen, [before_numbered_paragraphs(lay, idx)])
    # a pointer closing on a colon mid-paragraph, its first part run on and the others opening
    # paragraphs of their own (必须把握好以下原则：一是…。 then 二是… / 三是…)
    for idx in text:
        found = pointer_run_on(lay, idx)
        if found and not any(r.span.paragraph == idx for r in out):
            out.append(found)
            seen.add((found.span.paragraph, found.span.start))
    # a sentence listing the headings to come, one by one (主要的方针有下列各项：A；B；… then
    # the chapters A, B, …), wherever it stands in its paragraph
    for para in lay.paragraphs:
        _add_new(out, seen, listed_contents(lay, para.index))
    # a speaking verb with a count inside a section with no sub-headings (我想将两种态度对照地
    # 讲一下。 then 第一种：… 第二种：…) or in the closing (最后，我再强调两点。 then 第一，…):
    # the parts are the numbered paragraphs that follow
    leaves = [i for n in lay.nodes() if not n.children for i in n.own]
    leaves += [i for n in lay.nodes() for i in n.after]  # a part's text after its points
    for idx in [*leaves, *lay.closing]:
        _add_new(out, seen, spoken_in_text(lay, idx))
    for road in out:
        if not road.sections:  # 有两点是可以肯定的： then 1、… 2、…: link the paragraphs
            _link_paragraphs(lay, road)
    # a roadmap points at what follows: one whose parts cannot be found anywhere after it
    # (…我们公司整个战略在第一段，第二段…也要为他们说两句话 — about another text) is not reported
    out = [road for road in out if road.sections]
    for road in out:
        drop_questions(lay, road)
    # words quoted from another text (an amendment's “人民法院受理下列专利纠纷案件： / 他说：“我
    # 讲三点：…) are that text's plan, not the speaker's
    out = [r for r in out if not in_quotes(lay.paragraphs[r.span.paragraph].text, r.span.end - 1)]
    out = [r for r in out if not TABLE_POINTER.search(r.text)]  # 完成情况如下表：: a table follows
    # 会议的主要任务是：: the meeting's agenda (gold b10 leaves 这次会议的任务是： out), not the talk's parts
    out = [r for r in out if not MEETING_AGENDA.search(r.text)]
    # an article of a law or charter (第八条　…包括下列内容：) lists its provisions, not the parts of a talk
    out = [r for r in out if not ARTICLE.match(lay.paragraphs[r.span.paragraph].text.lstrip())]
    # in a text made of articles, every paragraph from the first article on belongs to one
    # (会员大会行使下列职权： then （一）… is a 款 of its article): its lists are provisions
    if (articles := lay.first_article()) is not None:
        out = [r for r in out if r.span.paragraph < articles]
    for road in out:
        road.labels = [
            _own_section(lay, road, i)
            or _whole_heading(lay.paragraphs[i])
            or _label(lay.paragraphs[i].text[road.span.end if i == road.span.paragraph else 0 :])
            for i in road.sections
        ]  # a first part run on after its announcement (…指明。第一个，…) is labelled by its words
    out.sort(key=lambda r: (r.span.paragraph, r.span.start))
    return out


def _add_new(out: list[Roadmap], seen: set[tuple[int, int]], found: list[Roadmap | None]) -> None:
    """Add to ``out`` each roadmap of ``found`` (None: the reader found none) that no earlier
    reader found where it starts, and mark its place ``seen``: the kinds are read in order of
    trust, and a sentence keeps the reading of the first kind that took it."""
    for road in found:
        if road is not None and (road.span.paragraph, road.span.start) not in seen:
            out.append(road)
            seen.add((road.span.paragraph, road.span.start))


def _own_section(lay: Layout, road: Roadmap, idx: int) -> str:
    """The heading of the section a roadmap stands in, when its first part is the rest of that
    section (能动性在战争中 over （五九）…我们将依次说明下列的问题：能动性在战争中，战争和政治，…
    then （六○）…, the next parts the sections 战争和政治 …): the part is linked to the paragraph
    after the roadmap, where it runs from, but the trainee knows it by the heading it shares
    with its siblings, not by its paragraph's first words (（六○）我们反对主观地看问题). Empty for
    any other part."""
    node = lay.by_paragraph.get(idx)
    if (
        not road.sections
        or idx != road.sections[0]
        or node is None
        or idx not in node.own
        or lay.by_paragraph.get(road.span.paragraph) is not node
        or not node.heading < road.span.paragraph < idx
    ):
        return ""
    siblings = {n.heading for n in lay.siblings_of(node.parent)}
    rest = road.sections[1:]
    return node.label[:24] if rest and all(i in siblings for i in rest) else ""


# a heading this short is shown whole as its part's label, as the map and the outline show it
_WHOLE_HEADING = 24


def _whole_heading(para) -> str:
    """A heading paragraph's whole text when it is short enough to show whole, else empty.
    Why: a heading that names several items (防御中的进攻，持久中的速决，内线中的外线; 主动性，
    灵活性，计划性) was labelled by its first clause, 防御中的进攻, and the trainee read one item
    where the section takes up three; a long heading (…，更大力度统筹促消费扩投资) still shows
    its first clause."""
    text = para.text.strip()
    return text if para.is_heading and len(text) <= _WHOLE_HEADING else ""


# 还有一个问题，就是老干部和新干部的关系问题: a first clause that only says another point comes
_ANOTHER = re.compile(
    r"(?:还有|另外还有|再有|另有|另)(?:一个|一)(?:问题|方面|点|条|件事)(就是|是)?"
)
_NAMES_IT = re.compile(r"[，,：:]\s*(?:这就是|就是|也就是|即|是)[：:]?")
_COLON = re.compile(r"[：:]\s*")


def _label(text: str) -> str:
    """A part's first words as the structure map lists them: its first clause, or, when that
    is only the marker (一，思想不统一… / 一方面，…), the marker with the clause after it; when
    it only says another point comes and the next clause names it (还有一个问题，就是老干部和新
    干部的关系问题; 另一方面是：X), the point named: the map listed 还有一个问题 for mao 3-006's
    fifth part. The label is fitted to the map by :func:`_fit`."""
    clause = first_clause(text)
    body = text.strip()
    another = _ANOTHER.fullmatch(clause)
    names = _NAMES_IT if another and not another.group(1) else _COLON  # 另一方面是：X
    named = names.match(body, len(clause)) if another else None
    if named and len(found := first_clause(body[named.end() :])) >= 2:
        return _fit(found)
    if len(clause) <= 3 and len(text.strip()) > len(clause) + 1:
        rest = text.strip()[len(clause) + 1 :]
        clause = text.strip()[: len(clause) + 1] + first_clause(rest)
    return _fit(clause)


# 军队工作干部和地方工作干部的关系也是如此: a part likened to the one before names its subject; the
# likening words are no part of its name
_LIKENED = re.compile(
    r"[，,]?\s*(?:也是|亦是|同样是)?(?:如此|这样|一样)$|[，,]?\s*亦然$|[，,]?\s*也同样$"
)
# a label's room in the map; a longer first clause is shown to a word boundary with …
_LABEL_CHARS = 24
_LABEL_BREAK = "、，,；;的和与及"


def _fit(clause: str) -> str:
    """``clause`` as a map label: the likening words off (…的关系也是如此 -> …的关系), and a clause
    longer than the map's room cut after its last list mark or 的 within it, with …, not
    mid-word (几部分军队之间、几个地方之间、几个工作部门之间的关系 was cut to …之间的)."""
    stripped = _LIKENED.sub("", clause)
    clause = stripped if len(stripped) >= 2 else clause
    if len(clause) <= _LABEL_CHARS:
        return clause
    head = clause[: _LABEL_CHARS - 1]
    cut = max(head.rfind(ch) for ch in _LABEL_BREAK)
    if cut >= _LABEL_CHARS // 2:
        head = head[: cut + 1] if head[cut] == "的" else head[:cut]
    return head + "…"


def _link_paragraphs(lay: Layout, road: Roadmap) -> None:
    """Give ``road``, which no reader linked to sections, the paragraphs after it that are its
    parts (有两点是可以肯定的： then 1、… 2、…): numbered ones, as many as counted, up to a
    wrap-up, a first part run on, or paragraphs side by side; and weigh its count warning."""
    idx, count = road.span.paragraph, road.count
    ends = road.span.end >= len(lay.paragraphs[idx].text.rstrip())
    road.sections = first_found(
        (True, lambda: numbered_paragraphs(lay, idx, bool(PICKS.search(road.text)))),
        # 下面，我讲三点意见。 then a paragraph on last year's work, then 第一，… 第二，… 第三，…:
        # the numbered run past the plain paragraph (not that paragraph and two of the run)
        (ends, lambda: numbered_past_one(lay, idx)),
        # 让我们对于这三个问题分别地说一下吧。 then three paragraphs with no marker
        (isinstance(count, int) and ends, lambda: counted_paragraphs(lay, idx, count)),
        # 下面再举出几个具体的例子。 then one example a paragraph, up to 由此看来，… (also
        # from inside its paragraph: 我想…说明几个…问题。因为… then the questions, then
        # 上述的这些问题，…)
        (True, lambda: until_look_back(lay, idx, count)),
        # 这里有两个要点必须着重指明。第一个，… then a paragraph 第二是…
        (not ends, lambda: first_run_on(lay, idx, road.span.end, count)),
        # 下面，我讲几点意见。 then 要提高认识…, 要突出重点…, 要加强领导…: parts side by side
        (ends, lambda: alike_paragraphs(lay, idx, count)),
    )
    road.warning = road.warning or count_warning(road.count, len(road.sections))
