"""Roadmap sentences (提纲句): "下面，我讲三点意见" announces the parts that follow.

A roadmap sentence has a speaking verb (讲/谈/提/说/交流/强调/汇报/阐述 …) and a count of
parts (三点, 几个方面, 四句话; after the verb, or before it: 就下面几个问题讲) — or a list of
quoted parts before the verb — and speaks as the speaker now (我, 下面, 借此机会, 今天 …) or
names what the parts are (意见, 体会, 希望 …); or it ends its paragraph in a colon or pointing
ahead (以下 / 如下) right before its parts. Whether a sentence says so is read in
:mod:`drafter.study.roadmap.sentence`; this module finds where such sentences stand (the
opening, a section's lead-in, a heading, before numbered paragraphs) and links each to the
parts it announces: sections, numbered paragraphs, or paragraphs up to the one that draws them
together. A roadmap whose parts cannot be found after it is not reported. When its count and
the parts differ, the roadmap carries a warning a trainee (or the writer) should look at.

Where to look for a change: whether one sentence announces parts, and how many, is
:mod:`drafter.study.roadmap.sentence`; where such sentences stand and the parts each links to is
this module (every name as before: ``roadmap.<name>``).
"""

from __future__ import annotations

import re

from drafter.corpus.markers import Marker, match_marker, ordinal_marker_in
from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, Node
from drafter.study.model import Roadmap, Span
from drafter.study.roadmap.contents import listed_contents
from drafter.study.roadmap.sentence import (
    AHEAD,
    BELOW,
    ENDS_AHEAD,
    LOOK_BACK,
    MAY_COUNT,
    PICKS,
    RE_VERB,
    ahead_count,
    colon_count,
    in_quotes,
    inline_items,
    items_follow,
    order_runs_on,
    roadmap_count,
    talk_ahead,
)
from drafter.study.text import first_clause, sentences

# a heading marker that is a numeral alone (一　地主阶级, 二　资产阶级: the numeral and a space, as
# essays head their sub-sections), which the paragraph grammar does not take for a marker
_BARE_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")


def _heading_marker(text: str | None) -> Marker | None:
    """The marker of a section heading: what :func:`match_marker` reads, or a bare numeral
    (``"一\u3000"``) the outline kept as the heading's marker."""
    found = match_marker(text)
    if found is None and text and _BARE_NUMERAL.fullmatch(text.strip()):
        return Marker("bare", parse_cn_number(text.strip()), text.strip(), "")
    return found


def find_roadmap(lay: Layout) -> list[Roadmap]:
    """Roadmap sentences in the opening and in every section's lead-in paragraphs, and
    the sentences ending in a colon (or pointing ahead: 主要做了以下工作。) right before the parts
    they announce, which may be sections or numbered paragraphs the outline keeps as text.
    A heading's closing colon, which its text drops, is read from ``Section.ending``.
    A regulation has none: its enacting formula (现就…作如下规定：) and its lists (…应当提交下列
    材料：) are provisions, not a talk's plan."""
    if _regulation(lay):
        return []
    out: list[Roadmap] = []
    for idx in lay.preamble:
        out.extend(_in_paragraph(lay, idx, None))
    for node in lay.nodes():
        if node.children:
            for idx in node.own:
                out.extend(_in_paragraph(lay, idx, node))
        elif node.own:
            found = _announcing(lay, node.own[-1], node)
            if found:
                out.append(found)
    for node in lay.nodes():
        found = (
            _heading_ahead(lay, node)
            or _heading_colon(lay, node)
            or _heading_over_paragraphs(lay, node)
            or _heading_over_numbered(lay, node)
        )
        if found:
            out.append(found)
    seen = {(r.span.paragraph, r.span.start) for r in out}
    for idx in [*lay.preamble, *(i for n in lay.nodes() for i in n.own), *lay.closing]:
        found = _before_numbered_paragraphs(lay, idx)
        if found and (found.span.paragraph, found.span.start) not in seen:
            out.append(found)
            seen.add((found.span.paragraph, found.span.start))
    # a sentence listing the headings to come, one by one (主要的方针有下列各项：A；B；… then
    # the chapters A, B, …), wherever it stands in its paragraph
    for para in lay.paragraphs:
        for road in listed_contents(lay, para.index):
            if (road.span.paragraph, road.span.start) not in seen:
                out.append(road)
                seen.add((road.span.paragraph, road.span.start))
    # a speaking verb with a count inside a section with no sub-headings (我想将两种态度对照地
    # 讲一下。 then 第一种：… 第二种：…) or in the closing (最后，我再强调两点。 then 第一，…):
    # the parts are the numbered paragraphs that follow
    leaves = [i for n in lay.nodes() if not n.children for i in n.own]
    for idx in [*leaves, *lay.closing]:
        for road in _spoken_in_text(lay, idx):
            if (road.span.paragraph, road.span.start) not in seen:
                out.append(road)
                seen.add((road.span.paragraph, road.span.start))
    for road in out:
        if not road.sections:  # 有两点是可以肯定的： then 1、… 2、…: link the paragraphs
            road.sections = _numbered_paragraphs(
                lay, road.span.paragraph, bool(PICKS.search(road.text))
            )
            ends = road.span.end >= len(lay.paragraphs[road.span.paragraph].text.rstrip())
            if not road.sections and isinstance(road.count, int) and ends:
                # 让我们对于这三个问题分别地说一下吧。 then three paragraphs with no marker
                road.sections = _counted_paragraphs(lay, road.span.paragraph, road.count)
            if not road.sections:
                # 下面再举出几个具体的例子。 then one example a paragraph, up to 由此看来，… (also
                # from inside its paragraph: 我想…说明几个…问题。因为… then the questions, then
                # 上述的这些问题，…)
                road.sections = _until_look_back(lay, road.span.paragraph, road.count)
            if not road.sections and not ends:
                # 这里有两个要点必须着重指明。第一个，… then a paragraph 第二是…
                road.sections = _first_run_on(lay, road.span.paragraph, road.span.end, road.count)
            if not road.sections and ends:
                # 下面，我讲几点意见。 then 要提高认识…, 要突出重点…, 要加强领导…: parts side by side
                road.sections = _alike_paragraphs(lay, road.span.paragraph, road.count)
            road.warning = road.warning or _warning(road.count, len(road.sections))
    # a roadmap points at what follows: one whose parts cannot be found anywhere after it
    # (…我们公司整个战略在第一段，第二段…也要为他们说两句话 — about another text) is not reported
    out = [road for road in out if road.sections]
    for road in out:
        _drop_questions(lay, road)
    # words quoted from another text (an amendment's “人民法院受理下列专利纠纷案件： / 他说：“我
    # 讲三点：…) are that text's plan, not the speaker's
    out = [r for r in out if not in_quotes(lay.paragraphs[r.span.paragraph].text, r.span.end - 1)]
    # an article of a law or charter (第八条　…包括下列内容：) lists its provisions, not the parts of a talk
    out = [r for r in out if not _ARTICLE.match(lay.paragraphs[r.span.paragraph].text.lstrip())]
    # in a text made of articles, every paragraph from the first article on belongs to one
    # (会员大会行使下列职权： then （一）… is a 款 of its article): its lists are provisions
    if (articles := lay.first_article()) is not None:
        out = [r for r in out if r.span.paragraph < articles]
    for road in out:
        road.labels = [
            _label(lay.paragraphs[i].text[road.span.end if i == road.span.paragraph else 0 :])
            for i in road.sections
        ]  # a first part run on after its announcement (…指明。第一个，…) is labelled by its words
    out.sort(key=lambda r: (r.span.paragraph, r.span.start))
    return out


# a regulation speaks of itself as one: 本办法自发布之日起施行 / 本规定适用于… / 本解释所称…;
# 本 closing 基本 or 根本 is no "this" (华为基本法的… names a company charter, whose colon
# lead-ins before 1、2、… are roadmaps in study_heldout_b21.json)
_SELF_NAMED = re.compile(
    r"(?<![基根])本(?:办法|规定|条例|细则|解释|法)(?:[所自适第的和中，,。]|规定)"
)


# the title of an act: who issues it (最高人民法院关于… / 国务院关于… / …人民代表大会常务委员会关于…),
# a provisional one (…暂行规定), or a charter's name in book-title marks (《华为基本法》)
_ACT_TITLE = re.compile(
    r"^《|法院|检察院|国务院|人民代表大会|委员会|中华人民共和国|人民政府|部门|暂行|试行"
)


def _regulation(lay: Layout) -> bool:
    """A regulation: its title names one (条例/办法/规定/细则/解释, the outline's genre 法规)
    and reads as an act's, or its text speaks of itself as one (本办法…) — not a talk titled
    实施新政策的不同办法 (ways of doing it)."""
    if lay.genre != "法规":
        return False
    return bool(_ACT_TITLE.search(lay.title or "")) or any(
        _SELF_NAMED.search(p.text) for p in lay.paragraphs
    )


# a talk's questions and answers or an appendix after its parts (五、问答环节： / 附：…): what the
# editor appended, not a part the speaker announced
_QA_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]\s*|[（(][一二三四五六七八九十]+[）)]\s*)?"
    r"(?:现场)?(?:问答|答问|提问|互动交流|答记者问|附[：:录件])"
)


def _drop_questions(lay: Layout, road: Roadmap) -> None:
    """Take a last linked section that is the talk's questions and answers or an appendix
    (问答环节 after 一、…四、) off the parts ``road`` announces, and weigh its count warning again."""
    sections = road.sections
    while len(sections) > 2:
        para = lay.paragraphs[sections[-1]]
        if not (para.is_heading and _QA_HEADING.match(para.text.strip())):
            break
        sections = sections[:-1]
    if sections is not road.sections:
        road.sections = sections
        road.warning = _warning(road.count, len(sections))


_ARTICLE = re.compile(r"第[一二三四五六七八九十百千零〇两]+条(?:[ \t\u3000]|[（(][^）)]{1,8}[）)])")


def _label(text: str) -> str:
    """A part's first words as the structure map lists them: its first clause, or, when that
    is only the marker (一，思想不统一… / 一方面，…), the marker with the clause after it."""
    clause = first_clause(text)
    if len(clause) <= 3 and len(text.strip()) > len(clause) + 1:
        rest = text.strip()[len(clause) + 1 :]
        clause = text.strip()[: len(clause) + 1] + first_clause(rest)
    return clause[:24]


def _heading_ahead(lay: Layout, node: Node) -> Roadmap | None:
    """A heading that points at the parts under it (二、…任总提出以下看法 then 1、… 2、… / 三大纪律
    如下 then （一）…；（二）…): the heading announces them."""
    label = lay.paragraphs[node.heading].text.strip()
    m = AHEAD.search(label)
    if m is None or in_quotes(label, m.start()):
        return None
    if node.children:
        parts = [n.heading for n in _numbered_prefix(node.children)]
    elif node.own:
        parts = _numbered_paragraphs(lay, node.heading)
        inline = parts and _part_marker(lay.paragraphs[parts[0]].text)
        if len(parts) == 1 and not (
            inline and ordinal_marker_in(lay.paragraphs[parts[0]].text, inline[0], 2)
        ):
            parts = []
        if len(parts) == 1 and node.section.run_in:
            # （九）…应该掌握下列的纲领：（1）…（2）… was one paragraph in the source, its heading
            # cut off by the reader: the items follow in the same paragraph, a listed frame
            parts = []
        ends_ahead = ENDS_AHEAD.search(label.rstrip("：:。 "))
        if not parts and ends_ahead and not node.section.run_in and 2 <= len(node.own) <= 8:
            # 1、为支持食堂的快速建设，公司可以予以以下支持 then three unnumbered paragraphs, one
            # measure each: the paragraphs under the heading are the items it points at
            parts = list(node.own)
    else:
        parts = []
    if not parts:
        return None
    named = colon_count(label + "：")
    count = None if named is False else named
    warning = _warning(count, len(parts)) if len(parts) > 1 else None
    return Roadmap(label, Span(node.heading, 0, len(label)), count, parts, warning)


def _heading_colon(lay: Layout, node: Node) -> Roadmap | None:
    """2、…IBM运行多年经验证明，IBM内控是非常有效的： then （1）… （4）…: a heading that ended
    in a colon on its own line (the outline keeps that in ``Section.ending``), over
    sub-sections numbered from 1, announces them when it is a statement (clauses, not a topic
    label) — a label or a heading over a dialogue or prose announces nothing."""
    section = node.section
    if section.run_in or not section.ending.endswith(("：", ":")):
        return None  # most headings; a run-in one's colon opens its own paragraph's text
    if len(node.children) < 2 or "，" not in section.heading:
        return None  # a topic label (三、授权： / 二、任总相关指示：) names, it does not announce
    parts = _numbered_prefix(node.children)
    if parts is node.children and not _heading_marker(node.children[0].section.marker or "x"):
        return None  # children not numbered
    label = lay.paragraphs[node.heading].text.strip() + "："
    named = colon_count(label)
    count = None if named is False else named
    sections = [n.heading for n in parts]
    warning = _warning(count, len(sections))
    return Roadmap(label, Span(node.heading, 0, len(label) - 1), count, sections, warning)


# what a heading asks to be done (四、要重视…问题： / 2、…公司各部门应积极响应，迅速投入：): a
# statement of duty, not a topic label (三、授权： / 二、任总相关指示： / 一、…的建议：)
_DUTY = re.compile(r"要|应|必须|需要|务必|着力|抓好|做好|做到")
# a transcript's speaker line (任总： / 徐直军：…): a dialogue follows, not the parts of a heading
_SPEAKER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")


def _heading_over_paragraphs(lay: Layout, node: Node) -> Roadmap | None:
    """四、要重视海外员工的医疗救治和生命保障问题： on its own line, then four unnumbered
    paragraphs, one measure each: a heading that ends in a colon and asks for something to be
    done announces the paragraphs under it, as one ending in 以下支持 does (``_heading_ahead``)."""
    section = node.section
    if node.children or section.run_in or not section.ending.endswith(("：", ":")):
        return None
    label = lay.paragraphs[node.heading].text.strip()
    if not 2 <= len(node.own) <= 8 or not _DUTY.search(label) or in_quotes(label, len(label)):
        return None
    texts = [lay.paragraphs[i].text.strip() for i in node.own]
    if any(not t or _SPEAKER_LINE.match(t) for t in texts):
        return None
    named = colon_count(label + "：")
    count = None if named is False else named
    parts = list(node.own)
    warning = _warning(count, len(parts))
    return Roadmap(label, Span(node.heading, 0, len(label)), count, parts, warning)


def _heading_over_numbered(lay: Layout, node: Node) -> Roadmap | None:
    """四　目前宣传鼓动的口号是： on its own line as a heading, then 一，… 二，… 三，… under it
    as text: the heading announces its numbered paragraphs as the same line read as text
    does (:func:`_before_numbered_paragraphs`), when the outline takes a part numbered
    with no mark for a heading (mao 2-031_2, blind set 21). Only a clause ending on its
    copula (…口号是：, …要求为：): a topic label with a colon (3、行权监管：) announces nothing."""
    section = node.section
    if node.children or section.run_in or not section.ending.endswith(("：", ":")):
        return None
    if not section.heading.endswith(("是", "为")):
        return None
    parts = _numbered_paragraphs(lay, node.heading)
    if len(parts) < 2:
        return None
    label = lay.paragraphs[node.heading].text.strip() + "："  # the colon the heading dropped
    named = colon_count(label)
    count = None if named is False else named
    return Roadmap(
        label, Span(node.heading, 0, len(label) - 1), count, parts, _warning(count, len(parts))
    )


def _spoken_in_text(lay: Layout, idx: int) -> list[Roadmap]:
    """Speaking-verb roadmaps (roadmap_count) in a paragraph of a section without sub-headings."""
    out: list[Roadmap] = []
    text = lay.paragraphs[idx].text
    if not (RE_VERB.search(text) or "起来" in text) or not (
        MAY_COUNT.search(text) or "下面" in text
    ):
        return out  # no speaking verb, or nothing to count, order or point ahead: most paragraphs
    sents = sentences(text)
    for k, sent in enumerate(sents):
        count = roadmap_count(sent.text)
        order = sent.text
        if count is False and k + 1 < len(sents) and order_runs_on(sent.text, sents[k + 1].text):
            count, order = None, sent.text + sents[k + 1].text  # 我先讲A。然后再讲B。
        if isinstance(count, int) and inline_items(sent.text):
            # 这里又可以分为四点来说：（一）…（四）… then 先说第一点。/ 现在来说… / 最后说到…: the
            # points listed inline, then taken up one by one, each by a paragraph turning to it
            turns = _talk_turns(lay, idx, count)
            if turns:
                span = Span(idx, sent.start, sent.end)
                out.append(Roadmap(sent.text.strip(), span, count, turns))
            continue
        if count is False or inline_items(sent.text):
            continue  # 提出了三个要求：第一，…第二，…: in running text, the items are here
        parts = _numbered_paragraphs(lay, idx, bool(PICKS.search(sent.text)))
        node = lay.by_paragraph.get(idx)
        last = node is not None and node.own and idx == node.own[-1] and sent is sents[-1]
        if not parts and last:
            asked = _questions_before(sents, len(sents) - 1) if count is None else 0
            # …前途又是什么呢？这些问题，就是我们在下面要来说明的。: as many as were asked
            parts = _following_siblings(lay, node, asked or count)
        if not parts and sent is sents[-1]:
            # 下面，我讲三点意见。 then 抓产业，… / 抓项目，… / 抓改革，…: parts side by side
            parts = _alike_paragraphs(lay, idx, count)
        if not parts and sent is sents[-1] and isinstance(count, int):
            # 分为国内战争和民族战争两个过程来说。 then 国内战争的过程，… / 在抗日战争的过程中，…
            parts = _noun_paragraphs(lay, idx, count, sent.text)
        if not parts and count is None and node is not None:
            # 我在这里先说矛盾的普遍性，再说矛盾的特殊性。 opening the section 矛盾的普遍性, the
            # next being 矛盾的特殊性: the parts, named in order, are this section and the next
            parts = _named_in_order(lay, node, order)
        if not parts:
            continue  # in running text a count after 谈/说 announces nothing that follows
        out.append(
            Roadmap(
                sent.text.strip(),
                Span(idx, sent.start, sent.end),
                count,
                parts,
                _warning(count, len(parts)),
            )
        )
    return out


# each part of a 先说A，再说B order: the words after its verb, up to the clause's end
_ORDER_PART = re.compile(
    r"(?:先|再|然后再?|接着|最后)(?:来)?(?:[\u4e00-\u9fff]{1,3}地)?(?:说|讲|谈|分析|研究|论述)"
    r"(?:到|一下|一说|一谈)?([^，,。；;！？!?]{2,24})"
)  # (先来分析矛盾的普遍性的问题，然后再着重地分析矛盾的特殊性的问题)


def _named_in_order(lay: Layout, node: Node, sentence: str) -> list[int]:
    """The sections a 先说A，再说B sentence names, in order: this section (when A is its
    heading) or the next, then the sections after it, each part's words closer to its own
    heading than to the others' (shared characters, 的 aside). Empty unless every part finds
    its section."""
    parts = [m.group(1).replace("的", "") for m in _ORDER_PART.finditer(sentence)]
    if len(parts) < 2 or node.parent is None and node not in lay.roots:
        return []
    siblings = lay.siblings_of(node.parent)
    at = siblings.index(node)
    labels = [lay.paragraphs[n.heading].text.replace("的", "") for n in siblings]

    def shared(part: str, k: int) -> int:
        return len(set(part) & set(labels[k]))

    for first in (at, at + 1):
        chosen = list(range(first, first + len(parts)))
        if chosen[-1] >= len(siblings):
            continue
        if all(
            shared(part, k) >= 2
            and all(shared(part, k) > shared(part, j) for j in chosen if j != k)
            for part, k in zip(parts, chosen)
        ):
            return [siblings[k].heading for k in chosen]
    return []


# a paragraph opening by turning the talk to its next point: 先说第一点。 / 现在来说灵活性。 /
# 再说… / 最后说到计划性问题。
_TALK_TURN = re.compile(
    r"^(?:先|首先|现在|下面|接着|再|其次|然后|最后)(?:来|再来|就来)?(?:说|谈|讲)(?:到|一说|一谈|一讲)?"
    r"[^。！？!?]{0,24}[。：:]"
)


def _talk_turns(lay: Layout, idx: int, count: int) -> list[int]:
    """The paragraphs after ``idx``, up to the next heading, that open by turning the talk to
    a point (先说第一点。 / 现在来说灵活性。 / 最后说到计划性问题。): the parts of a count whose
    points were listed inline, when exactly that many turn, the first right after ``idx``."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        if para.is_heading:
            break
        if _TALK_TURN.match(para.text.strip()):
            run.append(para.index)
    if count < 2 or len(run) != count or run[0] != idx + 1:
        return []
    return run


_DIVISION_NOUN = re.compile(
    r"分[成为]?[^。，；;：:]{2,30}[两二三四五六七八九十]个?([\u4e00-\u9fff]{2})(?:来|去)?(?:说|讲|谈)"
)


def _noun_paragraphs(lay: Layout, idx: int, count: int, sentence: str) -> list[int]:
    """After a division into named parts (分为A和B两个过程来说), the paragraphs right after it
    whose first clause names the counted noun (国内战争的过程，… / 在抗日战争的过程中，…): as many
    as the count, and no more in a row."""
    m = _DIVISION_NOUN.search(sentence)
    if not m:
        return []
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        first = re.split(r"[，,。；;：:！？]", para.text.strip(), maxsplit=1)[0]
        if para.is_heading or m.group(1) not in first:
            break
        run.append(para.index)
    return run if len(run) == count else []


# 下面 pointing ahead with no count (下面那些就是： / 下面是：), as 以下 does; BELOW needs a count
_BELOW_IS = re.compile(r"下面[^，。；;：:]{0,4}(?:就是|是|有)[：:]$")


def _before_numbered_paragraphs(lay: Layout, idx: int) -> Roadmap | None:
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
        and not _DIVIDE.search(text)
    ):
        # neither a colon at its end nor a pointer ahead (most paragraphs); but 下面谈谈我的体会。
        # right before paragraphs numbered 一、二、…: the speaker turning to the parts
        return _talk_over_paragraphs(lay, idx) if RE_VERB.search(text) else None
    sents = sentences(text)
    if not sents:
        return None
    count = ahead_count(sents[-1].text)
    divided = _DIVIDE.search(sents[-1].text)
    if count is False and divided and sents[-1].text.strip().endswith("。"):
        # 从二○二○年到本世纪中叶可以分两个阶段来安排。 then 第一个阶段，… 第二个阶段，…: the
        # division announces the numbered paragraphs, when as many follow
        count = parse_cn_number(divided.group(1))
        parts = _numbered_paragraphs(lay, idx)
        if len(parts) != count:
            return None
    if count is False:
        return None
    parts = _numbered_paragraphs(lay, idx)
    last = sents[-1].text
    if not parts and (
        (AHEAD.search(last) and colon_count(last) is not False) or _BELOW_IS.search(last)
    ):
        # 有以下几个特点： — a count, not 下列的口号： or 抄录几段如下： before slogans or quotes;
        # or 下面 with no count (下面那些就是： then one class a line)
        parts = _listed_paragraphs(lay, idx)
    below = BELOW.search(last)
    if not parts and isinstance(count, int) and (last.rstrip().endswith(("：", ":")) or below):
        parts = _counted_paragraphs(lay, idx, count)
    if not parts and (below or AHEAD.search(last)) and last.rstrip().endswith(("：", ":")):
        parts = _sequence_paragraphs(lay, idx)
    if not parts and (AHEAD.search(last) or below or colon_count(last) is not False):
        # 有以下几点体会： then 必须坚持…, 必须坚持…, 必须坚持…: the parts set side by side as
        # paragraphs opening with the same words (排比), no marker — after a pointer or a count
        # (not 大会的主题是： before one slogan and its gloss)
        parts = _alike_paragraphs(lay, idx, count)
    if not parts and (AHEAD.search(last) or below or colon_count(last) is not False):
        # 今年着重抓好以下方面： then 推进国有企业改革，完善所有制结构。… / 深化财税体制改革，…。…:
        # each part opens with a short lead sentence (the bold lead of the printed report)
        parts = _lead_paragraphs(lay, idx, count)
    if not parts:
        # 将采取以下措施： then 煤炭工业，… / 石油工业，… / 电力工业，…: each part opens with the
        # sector or item it is about, a short label set off by a comma
        parts = _labelled_paragraphs(lay, idx, count)
    if not parts:
        # 增长的情况如下列： then 钢：从…增加到… / 发电量：从… / 原煤：从…: each part opens with
        # the item it gives, closed by a colon; 战争的双方有如下…特点。 then （一○）日本方面：… /
        # （一一）中国方面：…: the two sides (双方) are two parts
        sides = 2 if count is None and re.search(r"(?<![单多])双方", last) else count
        parts = _colon_labelled_paragraphs(lay, idx, sides)
    if not parts and _EXAMPLES.fullmatch(last.strip()):
        # …许多是我国工业史上完全崭新的创举。例如： then one example a paragraph, up to 上面所举的
        # 一些例子，… or the next heading (the README's colon definition names 例如：)
        parts = _examples(lay, idx)
    if not parts:
        return None
    if len(parts) == 1:  # 三大纪律如下： then one paragraph （一）…；（二）…；（三）…
        first = _part_marker(lay.paragraphs[parts[0]].text)
        if first is None or not ordinal_marker_in(lay.paragraphs[parts[0]].text, first[0], 2):
            return None
    sent = sents[-1]
    warning = _warning(count, len(parts)) if len(parts) > 1 else None
    return Roadmap(sent.text.strip(), Span(idx, sent.start, sent.end), count, parts, warning)


def _talk_over_sections(sentence: str, targets: list[Node]) -> int | None | bool:
    """The count of ``sentence`` when it ends the lead turning to talk to come (下面谈谈我的
    体会。, :func:`talk_ahead`) and the sections after it are numbered from 1 — as many as a
    named count says; ``False`` otherwise (sections not numbered, or a count they do not
    match)."""
    count = talk_ahead(sentence)
    if count is False:
        return False
    numbered = _numbered_prefix(targets)
    if numbered is targets and not (
        targets[0].section.marker and _heading_marker(targets[0].section.marker)
    ):
        return False  # not numbered: nothing shows the talk is laid out in parts
    if len(numbered) < 2 or (count is not None and count != len(numbered)):
        return False
    return count


def _ends_lead(sents: list, k: int) -> bool:
    """Whether sentence ``k`` ends its paragraph but for one short aside (下面，我讲一些意见。
    讲得不对的地方，请同志们批评。): nothing of substance stands between it and the parts."""
    if k == len(sents) - 1:
        return True
    if k != len(sents) - 2:
        return False
    tail = sents[-1].text.strip()
    return len(tail) <= 30 and not MAY_COUNT.search(tail) and _part_marker(tail) is None


def _talk_over_paragraphs(lay: Layout, idx: int) -> Roadmap | None:
    """我今天要讲讲如何避免一些不必要的痛苦。 ending its paragraph, then paragraphs numbered 一、
    二、 … that the outline keeps as text: the speaker turns to talk to come
    (:func:`talk_ahead`) and the numbered run right after is what he announced — when it opens
    with a real marker and, if the sentence names a count, has as many parts."""
    sents = sentences(lay.paragraphs[idx].text)
    if not sents:
        return None
    sent = sents[-1]
    count = talk_ahead(sent.text)
    if count is False and len(sents) >= 2 and _ends_lead(sents, len(sents) - 2):
        sent = sents[-2]  # 下面，我讲一些意见。讲得不对的地方，请同志们批评。
        count = talk_ahead(sent.text)
    if count is False:
        return None
    parts = _numbered_paragraphs(lay, idx)
    if len(parts) < 2 or _part_marker(lay.paragraphs[parts[0]].text) is None:
        # 我今天重点讲讲三个转变。 then three paragraphs opening alike (要…, 要…, 要…), no
        # marker: only as many as the count names
        parts = _alike_paragraphs(lay, idx, count) if isinstance(count, int) else []
    if len(parts) < 2:
        # 下面，着重讲一下能源、交通、农业的建设计划 then 煤炭工业建设，… / 石油工业建设，…
        parts = _labelled_paragraphs(lay, idx, count)
    if len(parts) < 2 or (count is not None and count != len(parts)):
        return None
    return Roadmap(sent.text.strip(), Span(idx, sent.start, sent.end), count, parts)


# 第一种：… 第二种：… / 第一阶段先… 第四个阶段… (kinds, classes and stages the heading
# grammar does not take for markers) and 甲、… 乙、… 丙、…
_KIND = re.compile(
    r"^第([一二三四五六七八九十]{1,2})"
    r"(?:(?:种|类|条)[：:，,、]|个?(?:部分|阶段|步)|个[^，。：:]{0,4}[，,：:]|是)"
)
_GAN = "甲乙丙丁戊己庚辛壬癸"
_STEM = re.compile(f"^([{_GAN}])(?:[、，,．.]|[ \u3000]+)")
# 一曰全国讨汪。… 二曰加紧团结。 (classical items) and 一，拥护抗战到底… 二，… (items numbered with a
# bare numeral and a comma, which the heading grammar leaves as text)
_NUMERAL_ITEM = re.compile(r"^([一二三四五六七八九十]{1,3})(曰|[，,])")
# 1　党的领导机关要有正确的指导路线… (a number set off by a space, no stop)
_SPACED_NUMBER = re.compile(r"^([0-9]{1,2})[ \u3000]+(?=[\u4e00-\u9fff])")


def _part_marker(text: str) -> tuple[str, int, str] | None:
    """(family, ordinal, word) of the marker opening a part, or None."""
    text = text.strip()
    marker = match_marker(text)
    if marker is not None and marker.family != "article":  # 第一条， in a speech is a point
        return marker.family, marker.ordinal, marker.word
    m = _KIND.match(text)
    if m:
        return "kind", parse_cn_number(m.group(1)), ""
    m = _STEM.match(text)
    if m:
        return "stem", _GAN.index(m.group(1)) + 1, ""
    m = _NUMERAL_ITEM.match(text)
    if m:
        family = "yue" if m.group(2) == "曰" else "numeral_comma"
        return family, parse_cn_number(m.group(1)), ""
    m = _SPACED_NUMBER.match(text)
    if m:
        return "spaced_number", int(m.group(1)), ""
    return None


# “无害于国家的独立完整”――…: a part that opens with its words in quotes and a gloss
_GLOSSED = re.compile(r"^[“\"][^”\"]{1,80}[”\"][—―-]{1,2}")
# 中国是一个大国――“东方不亮西方亮…” (a statement and its gloss, no quotes) and 清算。土豪劣绅… /
# 分层原则。管理控制必须… (a short topic label closed by a stop, its text running on)
_DASHED = re.compile(r"^[^，。：；“”\"\s]{2,24}[—―]{1,2}")


def _glossed(text: str) -> bool:
    """A statement and its gloss after a dash, the gloss running on (not a slogan and its
    counter-slogan: 坚持抗战到底――反对中途妥协；)."""
    return bool(_DASHED.match(text)) and len(text) > 30


_TOPIC = re.compile(r"^[\u4e00-\u9fff]{2,8}。(?=.{8})")
_SHORT_TOPIC = re.compile(r"^[\u4e00-\u9fff]。(?=.{8})")
# 一方面，… 另一方面，… / 一篇是《…》… 还有一篇文章是《…》: two parts, the second named as the other one
_PAIR_FIRST = re.compile(r"^一(?:方面[，,]|(?:个|篇|种|类|条|件|则)[^，。]{0,4}是)")
_PAIR_NEXT = re.compile(
    r"^(?:另一方面|另(?:外)?一(?:个|篇|种|类|条|件|则)|还有一(?:个|篇|种|类|条|件|则))"
)


def _counted_paragraphs(lay: Layout, idx: int, count: int) -> list[int]:
    """分三部分： then three paragraphs with no marker: the ``count`` paragraphs that follow, when
    that many stand before the next heading and the first does not list them itself
    (一是…，二是…，三是… in one paragraph)."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 : idx + 1 + count]:
        if para.is_heading or not para.text.strip():
            return []
        run.append(para.index)
    if len(run) < max(2, count):
        return []
    cn = "一二三四五六七八九十"[count - 1] if count <= 10 else "十"
    listed = f"{cn}[是要]|第{cn}[，,、]|[（(]{cn}[）)]|[（(]?{count}[、.．)）]"
    first = lay.paragraphs[run[0]].text
    if len(first) <= 300 and re.search(listed, first):
        return []  # the first paragraph numbers all the items itself (…，三是…)
    return run


def _sequence_paragraphs(lay: Layout, idx: int) -> list[int]:
    """After 主要的有下面几种：, parts in prose that open with 首先 and run until a paragraph looks
    back on them (以上所讲的…): the paragraphs between, when that wrap-up comes before the next
    heading within ten paragraphs. A paragraph whose first clause points back at the one
    before (闹这类独立性的人，…) goes on with that part rather than opening the next."""
    paras = lay.paragraphs
    if idx + 1 >= len(paras) or not paras[idx + 1].text.lstrip().startswith("首先"):
        return []
    run: list[int] = []
    for para in paras[idx + 1 : idx + 12]:
        if para.is_heading:
            return []
        if para.text.lstrip().startswith(LOOK_BACK):
            return run if len(run) >= 2 else []
        if not (run and _POINTS_BACK.search(first_clause(para.text)[:12])):
            run.append(para.index)
    return []


_POINTS_BACK = re.compile(r"[这此][类种些样][^，。]{0,8}")
# a paragraph that draws the parts before it together (由此看来，认识的过程…)
_DRAWS_TOGETHER = (
    "以上",
    "上面",
    "上述",
    "总之",
    "综上",
    "由此看来",
    "由此可见",
    "可见",
    "总起来",
    "总而言之",
)


def _until_look_back(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After an announcement of parts with no markers (下面再举出几个具体的例子。), one part a
    paragraph up to the paragraph that draws them together (由此看来，… / 以上…), when that
    comes before the next heading within ten paragraphs; as many as a named count says."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 : idx + 12]:
        text = para.text.lstrip()
        if para.is_heading or not text:
            return []
        if text.startswith(_DRAWS_TOGETHER):
            ok = len(run) >= 2 and (count is None or count == len(run))
            return run if ok else []
        if not (run and _POINTS_BACK.match(first_clause(text)[:12])):
            run.append(para.index)
    return []


# a sentence that is only the words "for example" and a colon (例如： / 比如： / 譬如：), ending its
# paragraph: the examples follow, one a paragraph
_EXAMPLES = re.compile(r"(?:例如|比如|譬如|比方说?)[：:]")


def _examples(lay: Layout, idx: int) -> list[int]:
    """After a paragraph ending in 例如：, the examples: one a paragraph, up to the paragraph that
    draws them together (上面所举的一些例子，…) or the next heading, within ten paragraphs; two or
    more (one paragraph after 例如： is a single example, not parts)."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 : idx + 12]:
        text = para.text.lstrip()
        if para.is_heading or text.startswith(_DRAWS_TOGETHER):
            return run if len(run) >= 2 else []
        if not text:
            return []
        run.append(para.index)
    return []


_OPENING_WORDS = re.compile(r"[\u4e00-\u9fff]+")


def _alike_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 有以下几点体会：, the paragraphs that open with the same words (必须坚持…, 必须坚持…):
    parts laid side by side (排比) with no marker. The run is the paragraphs before the next
    heading that open with what the first two share, up to two characters (在社会主义的发展道路
    问题上 / 在社会主义的发展阶段问题上 / 在社会主义的根本任务问题上 …); one character (要提高…,
    要突出…, 要加强…) only for three or more, or as many as a named count says."""
    paras = lay.paragraphs
    if idx + 2 >= len(paras) or paras[idx + 1].is_heading or paras[idx + 2].is_heading:
        return []
    first = _OPENING_WORDS.match(paras[idx + 1].text.strip())
    second = _OPENING_WORDS.match(paras[idx + 2].text.strip())
    if not first or not second:
        return []
    head = first.group()[:2] if second.group().startswith(first.group()[:2]) else first.group()[0]
    if not second.group().startswith(head):
        return []
    run: list[int] = []
    for para in paras[idx + 1 :]:
        if para.is_heading or not para.text.strip().startswith(head):
            break
        run.append(para.index)
    if count is not None:
        return run if len(run) == count else []
    return run if len(run) >= (2 if len(head) == 2 else 3) else []


_LEAD_SENTENCE = re.compile(r"^[^。：:；;！？!?“”\s]{6,30}。")


def _lead_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 今年着重抓好以下方面：, the paragraphs that each open with a short lead sentence of
    their own (推进国有企业改革，完善所有制结构。继续推动… / 加快金融体制改革，加强金融监管。…): a
    report's parts whose bold leads the text lost, up to the first paragraph without one or the
    next heading; three or more, or as many as a named count says."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        text = para.text.strip()
        if para.is_heading or not _LEAD_SENTENCE.match(text) or text.startswith(LOOK_BACK):
            break
        run.append(para.index)
    if count is not None:
        return run if len(run) == count else []
    return run if len(run) >= 3 else []


# a paragraph opening with the sector or item it is about, set off by a comma (煤炭工业，… /
# 交通运输和邮电通信建设，… / 国内市场，…): a noun phrase, not a clause (no 的, verb or
# preposition; not a time, a connective or a salutation: 同时，… / 今年，… / 各位代表，…)
_LABEL = re.compile(r"^([\u4e00-\u9fff、和]{2,12})[，,]")
_NOT_LABEL = re.compile(
    r"^(?:在|对|为|从|由|把|将|但|而|如|因|要|据|按|随|经|当|自|与|同时|此外|其中|今年|明年|去年|目前|"
    r"当前|现在|首先|其次|最后|总之|这|那|我|你|他|我们|各位|同志|朋友)|[的了是要着过把被将在有]"
)


def _label_of(para) -> str | None:
    """The label a paragraph opens with (煤炭工业 of 煤炭工业，…), or None."""
    m = _LABEL.match(para.text.strip())
    if para.is_heading or m is None or _NOT_LABEL.search(m.group(1)):
        return None
    return m.group(1)


def _labelled_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 将采取以下措施：, the paragraphs that each open with a label — the sector or item
    the part is about, set off by a comma (煤炭工业，… / 石油工业，… / 电力工业，…), as a
    plan's measures and targets are laid out: three or more in a row, each label its own, or
    as many as a named count says."""
    run: list[int] = []
    labels: set[str] = set()
    paras = lay.paragraphs
    for para in paras[idx + 1 :]:
        label = _label_of(para)
        if (
            label is None
            and run
            and para.index + 1 < len(paras)
            and _label_of(paras[para.index + 1])
        ):
            run.append(para.index)  # one part worded otherwise (教育、高等学校由于…) inside the run
            continue
        if label is None or label in labels:
            break
        labels.add(label)
        run.append(para.index)
    if count is not None:
        return run if len(run) == count else []
    return run if len(run) >= 3 else []


# a paragraph opening with the item it gives an account or the figures of, closed by a colon
# (钢：从一百三十五万吨增加到… / 黄麻、洋麻：达到… / （一○）日本方面：…, past the number an essay
# gives each paragraph): a noun, as _LABEL's, of one character or more
_COLON_LABEL = re.compile(
    r"^(?:[（(][一二三四五六七八九十○〇0-9]{1,4}[）)])?([\u4e00-\u9fff、和]{1,12})[：:](?=\S)"
)
# the turns of a dialogue (问： / 答： / 主持人：), not items
_TURNS = ("问", "答", "主持人", "记者", "提问")


def _colon_label_of(para) -> str | None:
    """The label a paragraph opens with before a colon (钢 of 钢：从…), or None."""
    m = _COLON_LABEL.match(para.text.strip())
    if para.is_heading or m is None or _NOT_LABEL.search(m.group(1)) or m.group(1) in _TURNS:
        return None
    return m.group(1)


def _colon_labelled_paragraphs(lay: Layout, idx: int, count: int | None) -> list[int]:
    """After 增长的情况如下列：, the paragraphs that each open with a label and a colon — the item
    whose figures or account the part gives (钢：… / 发电量：… / 原煤：…): three or more in a
    row, each label its own (a dialogue's speakers come back), or as many as a named count
    says."""
    run: list[int] = []
    labels: set[str] = set()
    for para in lay.paragraphs[idx + 1 :]:
        label = _colon_label_of(para)
        if label is None or label in labels:
            break
        labels.add(label)
        run.append(para.index)
    if count is not None:
        return run if len(run) == count else []
    return run if len(run) >= 3 else []


def _listed_paragraphs(lay: Layout, idx: int) -> list[int]:
    """After 有以下几个特点：, the short one-sentence paragraphs that follow (a list whose bullets
    the reader dropped: 发展不平衡，… / 标准、非标准并存，… / 话音通信为主，…), two or more."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        text = para.text.strip()
        if para.is_heading or not text or len(text) > 50 or len(sentences(text)) > 1:
            break
        if text.startswith(LOOK_BACK + ("这些", "这几")):
            break  # 这些特点决定了…: the text goes on about the list
        if run and len(text) > max(30, 2 * len(lay.paragraphs[run[0]].text.strip())):
            break  # items of a list run about as long as one another
        run.append(para.index)
    return run if len(run) >= 2 else []


_BULLETS = "-－·•●■◆◇★☆▪►—"  # and ——, the dash pair of reports' itemised goals


def _bullet_of(text: str):
    """A test for paragraphs opening with the same bullet as ``text`` (- 发展不平衡… / - 标准、…):
    parts laid out as a bulleted list; a test that takes nothing when ``text`` has none."""
    head = text.strip()[:1]
    if not head or head not in _BULLETS:
        return lambda t: False
    return lambda t: t[:1] == head


def _numbered_paragraphs(lay: Layout, idx: int, picked: bool = False) -> list[int]:
    """The paragraphs after ``idx`` that open numbered parts 1, 2, 3 … (other paragraphs may
    stand between them), up to the next heading; empty unless the very next one is number 1.
    Parts that each open with quoted words and a dash (“…”――) count as numbered too.
    ``picked``: the sentence takes some items of a longer list (我现在抽出几条来说一说 then
    第一条… 第二条… 第四条…), so the numbers may skip as long as they rise."""
    paras = lay.paragraphs
    if idx + 1 >= len(paras) or paras[idx + 1].is_heading:
        return []
    topics = _part_marker(paras[idx + 1].text) is None
    topic = _TOPIC.match if topics else _GLOSSED.match
    for alike in (_GLOSSED.match, _glossed, topic, _bullet_of(paras[idx + 1].text)):
        run = []
        for para in paras[idx + 1 :]:
            text = para.text.strip()
            # 花鼓。… 轿子。… then 猪。…: once two topics opened the run, one character is a topic too
            short = topics and alike == topic and len(run) >= 2 and _SHORT_TOPIC.match(text)
            if para.is_heading or not (alike(text) or short):
                break
            run.append(para.index)
        if len(run) >= 2:
            return run
    if _PAIR_FIRST.match(paras[idx + 1].text.strip()):
        run = [idx + 1]
        for para in paras[idx + 2 : idx + 5]:
            if para.is_heading:
                break
            if _PAIR_NEXT.match(para.text.strip()):
                run.append(para.index)
        if len(run) >= 2:
            return run
    first = _part_marker(paras[idx + 1].text)
    if first is None or first[1] != 1:
        return []
    family, out, last = first[0], [idx + 1], 1
    for para in paras[idx + 2 :]:
        if para.is_heading:
            break
        marker = _part_marker(para.text)
        if marker is None or marker[0] != family:
            continue
        rises = marker[1] == last + 1 or (picked and marker[1] > last)
        if rises or (marker[2] == "最后" and len(out) >= 2):
            last = marker[1]
            out.append(para.index)
            if marker[2] == "最后":
                break
        else:
            break  # a new list of the same kind: the parts announced have ended
    return out


def _in_paragraph(lay: Layout, idx: int, node: Node | None) -> list[Roadmap]:
    text = lay.paragraphs[idx].text
    found: list[Roadmap] = []
    sents = sentences(text)
    for k, sent in enumerate(sents):
        count = roadmap_count(sent.text)
        if count is False and k + 1 < len(sents) and order_runs_on(sent.text, sents[k + 1].text):
            count = None  # 下面，我先报告一下A，因为…。然后，再就B…作若干必要的说明。
        targets = lay.siblings_of(node)
        if count is False and not targets and items_follow(text[sent.start :]):
            # 下面，我讲一些意见。第一，… then 第二，… 第三，… paragraphs: a turn to the talk
            # whose first part runs on (talk_ahead; _first_run_on asks for the parts after it)
            count = talk_ahead(sent.text)
        if count is not False and not targets and items_follow(text[sent.start :]):
            # 我对大家提三点要求：1）…2）… / 黄林强：我提几个问题。第一、…: with no sections to
            # announce, the items run on in the same paragraph — a listed frame, not a plan —
            # unless only the first runs on and the others open paragraphs of their own
            # (这里有两个要点必须着重指明。第一个，… then 第二是…)
            parts = _first_run_on(lay, idx, sent.end, count)
            if parts:
                found.append(
                    Roadmap(sent.text.strip(), Span(idx, sent.start, sent.end), count, parts)
                )
            continue
        if count is False:
            last_in_lead = k == len(sents) - 1 and (idx == _last(lay, node))
            count = ahead_count(sent.text) if last_in_lead and targets else False
            if count is False and targets and idx == _last(lay, node) and _ends_lead(sents, k):
                count = _talk_over_sections(sent.text, targets)
            if count is False and targets and idx == _last(lay, node) and not last_in_lead:
                count = _pointer_then_gloss(sent.text, text[sent.end :])
            if count is False and not found and (idx == _last(lay, node) or k == len(sents) - 1):
                # a paragraph of the lead that ends listing the sections' own headings (这些问题
                # 是：A；B；…, 矛盾论) though more of the lead follows; one roadmap a paragraph
                # (下面的问题是…。这些问题是：A，B，… is one announcement)
                labels = [lay.paragraphs[n.heading].text for n in targets]
                count = _counted_before_items(sent.text, labels, idx == _last(lay, node))
                if count and count < len(targets):
                    targets = targets[:count]  # its items matched these headings one by one
            if count is False and idx == _last(lay, node):
                count = _divided(sent.text, len(targets))
            if count is False:
                labels = [lay.paragraphs[n.heading].text for n in _numbered_prefix(targets)]
                count = _self_division(sent.text, labels)
            if count is False:
                continue
            if node is None and count and len(targets) > count:
                targets = _numbered(targets[:count]) or []
        asked = _questions_before(sents, k) if count is None else 0
        if asked and len(targets) > asked:
            # …对象是谁？…任务是什么？…动力又在哪里？这些问题，就是我们在下面要来说明的。: the
            # questions just asked are the parts, as many as were asked
            targets = _numbered_prefix(targets)[:asked]
        if count is None:  # 具体地说，就是： then （一）…（十）, then unnumbered 关于… sections
            targets = _numbered_prefix(targets)
        elif count and len(targets) > count and len(_numbered_prefix(targets)) == count:
            # 主要的内容有以下三个方面。 then （一）…（三）, then a new list 一、…六、 under the same
            # heading: the three numbered from 1 are the parts
            targets = targets[:count]
        sections = [n.heading for n in targets]
        last = k == len(sents) - 1
        inside = _parts_in_lead(lay, idx, node, count, sent.text) if last else []
        if inside:
            # 这里，着重对两个目标加以说明。 then 关于经济增长。… / 关于价格水平。… still in the
            # lead, before the sub-sections: those paragraphs are the parts announced
            sections = inside
        elif _first_part_here(text[sent.end :], targets):
            # 下面，我讲三点意见。第一，要提高认识。… then sections 第二，… 第三，…: the first
            # part runs on after the announcement, the others are the sections
            sections = [idx, *sections]
        elif last and _first_part_unmarked(lay, idx, node, targets):
            # 我现在就…讲几点意见。 then a paragraph with no marker, then sections 第二点：…
            # 第三点：…: the first part is the text between the announcement and 第二点
            sections = [idx + 1, *sections]
        found.append(
            Roadmap(
                text=sent.text.strip(),
                span=Span(idx, sent.start, sent.end),
                count=count,
                sections=sections,
                warning=_warning(count, len(sections)),
            )
        )
    return found


# a sentence pointing back at the questions just asked (这些问题，… / 这几个问题…)
_THESE_QUESTIONS = re.compile(r"^(?:那么|那末|而|所有)?(?:这些|这几个|上述)问题")


def _questions_before(sents: list, k: int) -> int:
    """How many questions sentence ``k`` points back at when it opens with 这些问题: the
    questions (ending in ？) right before it in its paragraph, two or more; else 0."""
    if not _THESE_QUESTIONS.match(sents[k].text.strip()):
        return 0
    asked = 0
    for sent in reversed(sents[:k]):
        if not sent.text.strip().endswith(("？", "?")):
            break
        asked += 1
    return asked if asked >= 2 else 0


def _parts_in_lead(
    lay: Layout, idx: int, node: Node | None, count: int | None, sentence: str
) -> list[int]:
    """The parts of a roadmap ending a lead paragraph that is not the lead's last, when they
    are the paragraphs right after it in the same lead (numbered 1, 2 … or opening alike, as
    many as a named count says) rather than the sub-sections further on."""
    if idx == _last(lay, node):
        return []
    own = set(lay.preamble if node is None else node.own)
    picked = bool(PICKS.search(sentence))  # 抽出几条来说一说 then 第一条… 第四条…
    parts = _numbered_paragraphs(lay, idx, picked) or _alike_paragraphs(lay, idx, count)
    if len(parts) < 2 or not all(i in own for i in parts):
        return []
    return parts if count is None or count == len(parts) else []


# a pointer opening the noun phrase that ends the sentence (执行下列十条方针。 / 体现了以下重要
# 指导方针。 / 有如下各方面的具体任务。), not 以下 after a figure or a grade (12级以下, 3岁以下)
_POINTS_TO_END = re.compile(
    r"(?<![0-9０-９一二三四五六七八九十百千万亿级岁元人度米吨倍%％省县市乡及和])"
    r"(?:以下|下列|下述|如下)(?:的)?[^，。；;、：:]{0,12}。$"
)


def _pointer_then_gloss(sentence: str, rest: str) -> int | None | bool:
    """分别说来，有如下各方面的具体任务。 then a few sentences more on them, then the sections:
    a full sentence pointing ahead (如下/以下/下列, no colon) in the lead's last paragraph
    announces the sections though the paragraph goes on, when no items run on after it."""
    body = sentence.strip()
    if not body.endswith("。") or inline_items(body) or items_follow(rest):
        return False  # …关注以下五个方面：A；B；…。: the items are in the sentence itself
    if _BELOW_MATTER.search(body) and not MAY_COUNT.search(body):
        return None  # 下面的问题是实行建立根据地时必须认识和解决的。这些问题是：A，B，…
    if not _POINTS_TO_END.search(body):
        return False  # 都在12级以下的情况下改进的: 以下 as 'below', not a pointer
    return ahead_count(body)


# the matters the text takes up next, named as such: 下面的问题是… / 下面的几个问题是…
_BELOW_MATTER = re.compile(r"(?:^|[，,])\s*下面的(?:这些|几个)?问题(?:是|有)")


def _first_part_unmarked(lay: Layout, idx: int, node: Node | None, targets: list[Node]) -> bool:
    """Whether the sections an announcement at the end of paragraph ``idx`` points at are
    numbered from 2 (第二点：…) and the lead goes on after ``idx`` with unmarked text: that text,
    from the paragraph after ``idx``, is the first part."""
    if not targets or not targets[0].section.marker:
        return False
    marker = _heading_marker(targets[0].section.marker)
    if marker is None or marker.ordinal != 2:
        return False
    own = lay.preamble if node is None else node.own
    rest = [i for i in own if i > idx]
    return bool(rest) and rest[0] == idx + 1 and _part_marker(lay.paragraphs[idx + 1].text) is None


def _first_part_here(rest: str, targets: list[Node]) -> bool:
    """Whether the words after an announcement (``rest`` of its paragraph) open its first part
    (第一，…) and the sections it announces start at the second (第二，… / 二是…)."""
    first = _part_marker(rest)
    if first is None or first[1] != 1 or not targets:
        return False
    marker = _heading_marker(targets[0].section.marker) if targets[0].section.marker else None
    return marker is not None and marker.ordinal == 2


def _first_run_on(lay: Layout, idx: int, end: int, count: int | None) -> list[int]:
    """An announcement whose first part runs on in its own paragraph (…指明。第一个，…) and whose
    next parts open paragraphs of their own, numbered on (第二是…): that paragraph and those,
    as many as a named count says. Empty when the second part runs on too (all the items are
    in the paragraph: a listed frame)."""
    text = lay.paragraphs[idx].text
    first = _part_marker(text[end:])
    if first is None or first[1] != 1 or ordinal_marker_in(text[end:], first[0], 2):
        return []
    parts, last = [idx], 1
    for para in lay.paragraphs[idx + 1 : idx + 12]:
        if para.is_heading:
            break
        marker = _part_marker(para.text)
        if marker is not None and marker[1] == last + 1:
            parts.append(para.index)
            last += 1
        elif marker is not None and marker[2] == "最后" and len(parts) >= 2:
            parts.append(para.index)  # 首先，… 其次，… 最后，…: the last closes the run
            break
    if len(parts) < 2 or (count is not None and len(parts) != count):
        return []
    return parts


def _counted_before_items(
    sentence: str, headings: list[str], last: bool = True
) -> int | None | bool:
    """有四点价值体系要普及员工知道：第一点，…第四点，…。 in the lead of a section whose
    sub-sections are those four points again: the count (as many as there are for 几)
    announces them, although the sentence lists them too — when the items it lists are the
    sub-sections' (most share words with their heading: 以德为主 / 1、公司的创建初期，是以德为主)."""
    colon = re.search(r"[：:]", sentence)
    if colon is None or len(headings) < 2:
        return False
    lead = sentence[: colon.end()].split("，")[-1]
    named = colon_count(lead)
    if named is False and AHEAD.search(lead):
        named = None  # 我想说明下列各问题：（一）…；（二）… — no count, a pointer
    unnamed = named is False  # 这些问题是：A；B；…：no count, no pointer — a table of contents
    if not unnamed and not last:
        return False  # a counted list before the lead's last paragraph: as before, not read
    if not unnamed and named is not None and named != len(headings):
        return False
    rest = sentence[colon.end() :].rstrip("。 ")
    for marks in ("[；;]", "[，,]", "[、]"):  # the coarsest split that gives one item a heading
        items = [i for i in re.split(marks, rest) if len(i.strip()) >= 2]
        if len(items) == len(headings) or (unnamed and 3 <= len(items) < len(headings)):
            break
    else:
        return False
    shared = sum(1 for item, head in zip(items, headings) if _share_words(item, head))
    if unnamed:
        # every item the heading of the section in its place (the text's closing section, 结论,
        # may go unnamed): the items are the sections, as many as it names
        return len(items) if shared == len(items) and len(items) >= 3 else False
    return named if shared * 2 > len(items) else False


# 应当分三种地区 / 划分为两个阶段 (not 部分, 充分, 十分 …, where 分 is part of another word)
_DIVIDE = re.compile(
    r"(?<![部充十百千万过成身评得积处])分(?:成|为)?"
    r"([两二三四五六七八九十]{1,2})(?:种|类|个|部分|步|阶段|批|层次|方面)"
)


def _divided(sentence: str, sections: int) -> int | bool:
    """关于土地法的实施，应当分三种地区，采取不同策略。 in the lead right before three sections:
    dividing the matter into as many kinds as there are sections announces them, with no
    speaking verb; ``False`` unless the count and the sections agree."""
    for m in _DIVIDE.finditer(sentence):
        if in_quotes(sentence, m.start()):
            continue
        number = parse_cn_number(m.group(1))
        return number if number == sections and number >= 2 else False
    return False


# 这个报告分为五个部分：（１）关于…；（２）… / 我今天的讲话分三个部分。: the talk says how it is
# divided — its own parts, the sections that follow, wherever the sentence stands in the lead
_SELF_DIVIDED = re.compile(
    r"(?:报告|讲话|发言|汇报|讲稿|党课|本文)[^，。：:；！？]{0,6}?分(?:为|成)?"
    r"([两二三四五六七八九十]{1,2})(?:个)?(?:部分|大部分|个问题|方面|层意思)"
)


def _self_division(sentence: str, headings: list[str]) -> int | bool:
    """The count of ``sentence`` when the talk names its own division into parts and the
    sections (``headings``, numbered from 1) are those parts: when the sentence lists them
    (（１）关于社会主义革命；（２）…), the first shares its words with the first heading (关于 and
    the markers aside). ``False`` otherwise."""
    m = _SELF_DIVIDED.search(sentence)
    if m is None or in_quotes(sentence, m.start()) or len(headings) < 2:
        return False
    if sentence[: m.start()].endswith(LOOK_BACK) or re.search(r"[了过]", sentence[m.end() :][:2]):
        return False
    rest = sentence[m.end() :]
    colon = re.search(r"[：:]", rest)
    if colon and rest[colon.end() :].strip(" 。"):
        first = re.split(r"[；;，,]", rest[colon.end() :])[0]
        first = re.sub(r"^[\s（(]*[0-9０-９一二三四五六七八九十]+[）)、．.]?|关于", "", first)
        if not _share_words(first, re.sub("关于", "", headings[0])):
            return False
    return parse_cn_number(m.group(1))


def _share_words(a: str, b: str) -> bool:
    """Whether two texts share a word of two characters (一条是总结了经验 / 这个方案总结了经验)."""
    return any(
        a[k : k + 2] in b
        for k in range(len(a) - 1)
        if re.match(r"[\u4e00-\u9fff]{2}", a[k : k + 2])
    )


def _numbered_prefix(nodes: list[Node]) -> list[Node]:
    """The sections numbered 1, 2, 3 … from the first of ``nodes`` on (all of ``nodes`` when
    the first carries no number): an announcement without a count covers that run."""
    run: list[Node] = []
    for n in nodes:
        marker = _heading_marker(n.section.marker) if n.section.marker else None
        if marker is not None and marker.word == "最后" and len(run) >= 2:
            run.append(n)  # 首先… 其次… 最后…: the last closes the run
            break
        if marker is None or marker.ordinal != len(run) + 1:
            break
        run.append(n)
    return run if len(run) >= 2 else nodes


def _following_siblings(lay: Layout, node: Node, count: int | None) -> list[int]:
    """The sections after ``node`` that a roadmap at the end of its text announces (这里只
    指出几点。 then 关于政权组织 / 关于劳动政策 …): numbered 1, 2 … again, or headings that
    open alike (their first two characters), ``count`` of them when it is named."""
    siblings = lay.siblings_of(node.parent)
    after = siblings[siblings.index(node) + 1 :]
    if len(after) < 2:
        return []
    numbered = _numbered_prefix(after)
    if numbered is after:
        # 第一节 closing on 这些问题，就是我们在下面要来说明的。 then 第二节 … 第七节: the sections
        # after it, numbered on from its own number
        numbered = _numbered_on(node, after)
    if not numbered:  # not numbered from 1: headings that open alike
        head = after[0].label[:2]
        numbered = []
        for n in after:
            if not n.label.startswith(head):
                break
            numbered.append(n)
    if count:
        numbered = numbered[:count] if len(numbered) >= count else []
    return [n.heading for n in numbered] if len(numbered) >= 2 else []


def _numbered_on(node: Node, after: list[Node]) -> list[Node]:
    """The sections of ``after`` numbered on from ``node``'s own number (第二节, 第三节 … after
    第一节), two or more; empty when ``node`` carries no number or the next does not follow it."""
    own = _heading_marker(node.section.marker) if node.section.marker else None
    if own is None:
        return []
    run: list[Node] = []
    for n in after:
        marker = _heading_marker(n.section.marker) if n.section.marker else None
        if marker is None or marker.family != own.family:
            break
        if marker.ordinal != own.ordinal + len(run) + 1:
            break
        run.append(n)
    return run if len(run) >= 2 else []


def _announcing(lay: Layout, idx: int, node: Node) -> Roadmap | None:
    """A section with no sub-headings whose text ends 在以下两个方面需要改进：, followed by
    sections numbered 1, 2 again: the sentence announces those — at its own level, or at the
    level of the section it closes when it is the last sub-section there."""
    sents = sentences(lay.paragraphs[idx].text)
    if not sents:
        return None
    sent = sents[-1]
    count = colon_count(sent.text)
    colon = sent.text.strip().endswith(("：", ":"))
    if count is False and (colon or re.search("[。\u4e00-\u9fff]$", sent.text.strip())):
        # 五年来，我们的主要工作体会有以下几个方面。 then （一）… （二）… at this level; 我们的
        # 主要体会是： then ——必须坚持…, ——必须坚持… (a colon with no count)
        count = ahead_count(sent.text)
    if count is False:
        return None
    from drafter.study.frames.sections import next_numbered_siblings

    while node.parent is not None and lay.siblings_of(node.parent)[-1] is node:
        # the last words of a last sub-section (…城乡人民生活继续改善 / …今年要着重做好以下八个
        # 方面工作。) come right before the next section up: the parts are at that level
        node = node.parent
    if count:
        targets = next_numbered_siblings(lay, node, count) or []
    else:
        siblings = lay.siblings_of(node.parent)
        targets = []
        for n in siblings[siblings.index(node) + 1 :]:
            marker = _heading_marker(n.section.marker) if n.section.marker else None
            if marker is None or marker.ordinal != len(targets) + 1:
                break
            targets.append(n)
        targets = targets if len(targets) >= 2 else []
        if not targets and colon:
            # ——必须坚持树立和落实科学发展观 / ——必须坚持加强和改善宏观调控 …: the sections after
            # open alike (three or more), unnumbered
            alike = _following_siblings(lay, node, None)
            targets = [lay.by_paragraph[i] for i in alike] if len(alike) >= 3 else []
    if not targets:
        return None
    return Roadmap(
        sent.text.strip(), Span(idx, sent.start, sent.end), count, [n.heading for n in targets]
    )


def _last(lay: Layout, node: Node | None) -> int:
    own = lay.preamble if node is None else node.own
    return own[-1] if own else -1


def _numbered(nodes: list[Node]) -> list[Node] | None:
    from drafter.study.frames.sections import numbered_run

    return numbered_run(nodes)


def _warning(count: int | None, sections: int) -> str | None:
    if count is None or count == sections or sections == 0:
        return None  # with no headings the parts may run in prose: nothing to compare
    return f"提纲句说有{count}个部分，实际有{sections}个分节"
