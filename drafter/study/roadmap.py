"""Roadmap sentences (提纲句): "下面，我讲三点意见" announces the parts that follow.

A roadmap sentence has a speaking verb (讲/谈/提/说/交流/强调/汇报/阐述) and a count of
parts (三点, 几个方面, 四句话; after the verb, or before it: 就下面几个问题讲) — or a list of quoted parts before the verb — and speaks as
the speaker now (我, 下面, 借此机会, 今天 …) or names what the parts are (意见, 体会,
希望 …). One in the opening announces the top-level sections; one in a section's lead-in
announces that section's sub-headings. When its count and the sections differ, the
roadmap carries a warning a trainee (or the writer) should look at.
"""

from __future__ import annotations

import re

from drafter.corpus.markers import match_marker, ordinal_marker_in
from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, Node
from drafter.study.model import Roadmap, Span
from drafter.study.text import first_clause, sentences

# 谨陈救国大计十端 (a classical 陈, "to set out", only after a humble or formal word: 陈 alone is
# a surname)
# Verbs of showing and choosing what to say count too when the speaker uses them of the talk
# itself (解释我的几点看法 / 抽出几条来说一说 / 下面再举出几个具体的例子): 举 only before 出 or a
# count (not 举行, 举办, 选举).
_VERB = (
    "(?:讲|谈|提|说|交流|强调|汇报|阐述|指出|指明|宣布|解释|介绍|列举|抽出|挑出|归纳|概括|交代|交待|发表"
    "|举(?=出|几|[两二三四五六七八九十])|(?<=[谨敬略特兹])陈)"
)
_COUNT = r"(几|[一二三四五六七八九十两]{1,2})(?:个方面|个层面|个问题|个字|句话|层意思|件事|个|点|条|项|方面|种|章|端|篇)"
_RE_COUNT = re.compile(_COUNT)
_NOW = re.compile(r"我|下面|接下来|下边|借此机会|在这里|这里|今天|现在|以下|如下|为此|主要|兹|谨")
_NOUN = re.compile(
    r"意见|体会|想法|希望|要求|看法|认识|建议|感受|问题|方面|句话|层意思|件事|思考|章|端"
    r"|例子|故事|案例|文章"
)
_RE_VERB = re.compile(_VERB)
# what a roadmap in running text must hold besides its verb: a count, or an order (先…再…)
_MAY_COUNT = re.compile("[两二三四五六七八九十几]|先")
_QUOTED_LIST = re.compile(r"(?:[“\"][^”\"]{1,16}[”\"][、，,和及与]*){2,}")


def find_roadmap(lay: Layout, raw_text: str = "") -> list[Roadmap]:
    """Roadmap sentences in the opening and in every section's lead-in paragraphs, and
    the sentences ending in a colon (or pointing ahead: 主要做了以下工作。) right before the parts
    they announce, which may be sections or numbered paragraphs the outline keeps as text.
    ``raw_text`` (the file's text) tells which headings ended in a colon: the outline drops
    a heading's closing punctuation, and a colon is what makes a heading announce its parts."""
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
        found = _heading_ahead(lay, node) or _heading_colon(lay, node, raw_text)
        if found:
            out.append(found)
    seen = {(r.span.paragraph, r.span.start) for r in out}
    for idx in [*lay.preamble, *(i for n in lay.nodes() for i in n.own), *lay.closing]:
        found = _before_numbered_paragraphs(lay, idx)
        if found and (found.span.paragraph, found.span.start) not in seen:
            out.append(found)
            seen.add((found.span.paragraph, found.span.start))
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
                lay, road.span.paragraph, bool(_PICKS.search(road.text))
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
            road.warning = road.warning or _warning(road.count, len(road.sections))
    # a roadmap points at what follows: one whose parts cannot be found anywhere after it
    # (…我们公司整个战略在第一段，第二段…也要为他们说两句话 — about another text) is not reported
    out = [road for road in out if road.sections]
    # an article of a law or charter (第八条　…包括下列内容：) lists its provisions, not the parts of a talk
    out = [r for r in out if not _ARTICLE.match(lay.paragraphs[r.span.paragraph].text.lstrip())]
    for road in out:
        road.labels = [_label(lay.paragraphs[i].text) for i in road.sections]
    out.sort(key=lambda r: (r.span.paragraph, r.span.start))
    return out


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
    m = _AHEAD.search(label)
    if m is None or _in_quotes(label, m.start()):
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
        ends_ahead = _ENDS_AHEAD.search(label.rstrip("：:。 "))
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


# a heading closing on what it points at (…公司可以予以以下支持 / …要求如下), not one opening
# with 以下 for "next" (以下再说农业战线上的情况)
_ENDS_AHEAD = re.compile(r"(?:以下|下列|下述)(?![再还我就谈讲说来是将要])[^，。；;、]{0,6}$|如下$")


def _heading_colon(lay: Layout, node: Node, raw_text: str) -> Roadmap | None:
    """2、…IBM运行多年经验证明，IBM内控是非常有效的： then （1）… （4）…: a heading that ended
    in a colon in the source, over sub-sections numbered from 1, announces them when it is a
    statement (clauses, not a topic label) — a label or a heading over a dialogue or prose
    announces nothing."""
    if not raw_text or len(node.children) < 2 or "，" not in node.section.heading:
        return None  # a topic label (三、授权： / 二、任总相关指示：) names, it does not announce
    parts = _numbered_prefix(node.children)
    if parts is node.children and not match_marker(node.children[0].section.marker or "x"):
        return None  # children not numbered
    heading = node.section.heading
    at = raw_text.find(heading)
    while at >= 0:
        tail = raw_text[at + len(heading) : at + len(heading) + 3]
        if re.match(r"[ \t\u3000]*[：:][ \t\u3000]*(?:\r?\n|$)", tail + "\n"):
            break
        at = raw_text.find(heading, at + 1)
    if at < 0:
        return None
    label = lay.paragraphs[node.heading].text.strip() + "："
    named = colon_count(label)
    count = None if named is False else named
    sections = [n.heading for n in parts]
    warning = _warning(count, len(sections))
    return Roadmap(label, Span(node.heading, 0, len(label) - 1), count, sections, warning)


def _spoken_in_text(lay: Layout, idx: int) -> list[Roadmap]:
    """Speaking-verb roadmaps (roadmap_count) in a paragraph of a section without sub-headings."""
    out: list[Roadmap] = []
    text = lay.paragraphs[idx].text
    if not (_RE_VERB.search(text) or "起来" in text) or not _MAY_COUNT.search(text):
        return out  # no speaking verb, or nothing to count or order: most paragraphs
    sents = sentences(text)
    for sent in sents:
        count = roadmap_count(sent.text)
        if count is False or _inline_items(sent.text):
            continue  # 提出了三个要求：第一，…第二，…: in running text, the items are here
        parts = _numbered_paragraphs(lay, idx, bool(_PICKS.search(sent.text)))
        node = lay.by_paragraph.get(idx)
        last = node is not None and node.own and idx == node.own[-1] and sent is sents[-1]
        if not parts and last:
            parts = _following_siblings(lay, node, count)
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


def _before_numbered_paragraphs(lay: Layout, idx: int) -> Roadmap | None:
    """有两点是可以肯定的： / 任总指示如下： / 主要做了以下工作。 followed by paragraphs 1、…
    2、… that the outline keeps as text: a roadmap of numbered points, linked to the
    paragraphs that open them."""
    if idx + 1 >= len(lay.paragraphs) or lay.paragraphs[idx + 1].is_heading:
        return None
    text = lay.paragraphs[idx].text
    if (
        not text.rstrip().endswith(("：", ":"))
        and not _AHEAD.search(text)
        and not _BELOW.search(text)
        and not _DIVIDE.search(text)
    ):
        return None  # neither a colon at its end nor a pointer ahead (most paragraphs)
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
    if not parts and _AHEAD.search(last) and colon_count(last) is not False:
        # 有以下几个特点： — a count, not 下列的口号： or 抄录几段如下： before slogans or quotes
        parts = _listed_paragraphs(lay, idx)
    below = _BELOW.search(last)
    if not parts and isinstance(count, int) and (last.rstrip().endswith(("：", ":")) or below):
        parts = _counted_paragraphs(lay, idx, count)
    if not parts and (below or _AHEAD.search(last)) and last.rstrip().endswith(("：", ":")):
        parts = _sequence_paragraphs(lay, idx)
    if not parts:
        return None
    if len(parts) == 1:  # 三大纪律如下： then one paragraph （一）…；（二）…；（三）…
        first = _part_marker(lay.paragraphs[parts[0]].text)
        if first is None or not ordinal_marker_in(lay.paragraphs[parts[0]].text, first[0], 2):
            return None
    sent = sents[-1]
    warning = _warning(count, len(parts)) if len(parts) > 1 else None
    return Roadmap(sent.text.strip(), Span(idx, sent.start, sent.end), count, parts, warning)


# 第一种：… 第二种：… / 第一阶段先… 第四个阶段… (kinds, classes and stages the heading
# grammar does not take for markers) and 甲、… 乙、… 丙、…
_KIND = re.compile(
    r"^第([一二三四五六七八九十]{1,2})"
    r"(?:(?:种|类|条)[：:，,、]|个?(?:部分|阶段|步)|个[^，。：:]{0,4}[，,：:])"
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
        if para.text.lstrip().startswith(_LOOK_BACK):
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


def _listed_paragraphs(lay: Layout, idx: int) -> list[int]:
    """After 有以下几个特点：, the short one-sentence paragraphs that follow (a list whose bullets
    the reader dropped: 发展不平衡，… / 标准、非标准并存，… / 话音通信为主，…), two or more."""
    run: list[int] = []
    for para in lay.paragraphs[idx + 1 :]:
        text = para.text.strip()
        if para.is_heading or not text or len(text) > 50 or len(sentences(text)) > 1:
            break
        if text.startswith(_LOOK_BACK + ("这些", "这几")):
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
    topic = _TOPIC.match if _part_marker(paras[idx + 1].text) is None else _GLOSSED.match
    for alike in (_GLOSSED.match, _glossed, topic, _bullet_of(paras[idx + 1].text)):
        run = []
        for para in paras[idx + 1 :]:
            if para.is_heading or not alike(para.text.strip()):
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
        targets = lay.siblings_of(node)
        if count is not False and not targets and _items_follow(text[sent.start :]):
            # 我对大家提三点要求：1）…2）… / 黄林强：我提几个问题。第一、…: with no sections to
            # announce, the items run on in the same paragraph — a listed frame, not a plan
            continue
        if count is False:
            last_in_lead = k == len(sents) - 1 and (idx == _last(lay, node))
            count = ahead_count(sent.text) if last_in_lead and targets else False
            if count is False and idx == _last(lay, node):
                labels = [lay.paragraphs[n.heading].text for n in targets]
                count = _counted_before_items(sent.text, labels)
            if count is False and idx == _last(lay, node):
                count = _divided(sent.text, len(targets))
            if count is False:
                continue
            if node is None and count and len(targets) > count:
                targets = _numbered(targets[:count]) or []
        if count is None:  # 具体地说，就是： then （一）…（十）, then unnumbered 关于… sections
            targets = _numbered_prefix(targets)
        found.append(
            Roadmap(
                text=sent.text.strip(),
                span=Span(idx, sent.start, sent.end),
                count=count,
                sections=[n.heading for n in targets],
                warning=_warning(count, len(targets)),
            )
        )
    return found


def _counted_before_items(sentence: str, headings: list[str]) -> int | None | bool:
    """有四点价值体系要普及员工知道：第一点，…第四点，…。 in the lead of a section whose
    sub-sections are those four points again: the count (as many as there are for 几)
    announces them, although the sentence lists them too — when the items it lists are the
    sub-sections' (most share words with their heading: 以德为主 / 1、公司的创建初期，是以德为主)."""
    colon = re.search(r"[：:]", sentence)
    if colon is None or len(headings) < 2:
        return False
    lead = sentence[: colon.end()].split("，")[-1]
    named = colon_count(lead)
    if named is False and _AHEAD.search(lead):
        named = None  # 我想说明下列各问题：（一）…；（二）… — no count, a pointer
    if named is False or (named is not None and named != len(headings)):
        return False
    rest = sentence[colon.end() :].rstrip("。 ")
    for marks in ("[；;]", "[，,]", "[、]"):  # the coarsest split that gives one item a heading
        items = [i for i in re.split(marks, rest) if len(i.strip()) >= 2]
        if len(items) == len(headings):
            break
    else:
        return False
    shared = sum(1 for item, head in zip(items, headings) if _share_words(item, head))
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
        if _in_quotes(sentence, m.start()):
            continue
        number = parse_cn_number(m.group(1))
        return number if number == sections and number >= 2 else False
    return False


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
        marker = match_marker(n.section.marker) if n.section.marker else None
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
    if numbered is after:  # not numbered from 1: headings that open alike
        head = after[0].label[:2]
        numbered = []
        for n in after:
            if not n.label.startswith(head):
                break
            numbered.append(n)
    if count:
        numbered = numbered[:count] if len(numbered) >= count else []
    return [n.heading for n in numbered] if len(numbered) >= 2 else []


def _announcing(lay: Layout, idx: int, node: Node) -> Roadmap | None:
    """A section with no sub-headings whose text ends 在以下两个方面需要改进：, followed by
    sections numbered 1, 2 again: the sentence announces those."""
    sents = sentences(lay.paragraphs[idx].text)
    if not sents:
        return None
    sent = sents[-1]
    count = colon_count(sent.text)
    if count is False and re.search("[。\u4e00-\u9fff]$", sent.text.strip()):
        # 五年来，我们的主要工作体会有以下几个方面。 then （一）… （二）… at this level
        count = ahead_count(sent.text)
    if count is False:
        return None
    from drafter.study.frame_sections import next_numbered_siblings

    if count:
        targets = next_numbered_siblings(lay, node, count) or []
    else:
        siblings = lay.siblings_of(node.parent)
        targets = []
        for n in siblings[siblings.index(node) + 1 :]:
            marker = match_marker(n.section.marker) if n.section.marker else None
            if marker is None or marker.ordinal != len(targets) + 1:
                break
            targets.append(n)
        targets = targets if len(targets) >= 2 else []
    if not targets:
        return None
    return Roadmap(
        sent.text.strip(), Span(idx, sent.start, sent.end), count, [n.heading for n in targets]
    )


def _last(lay: Layout, node: Node | None) -> int:
    own = lay.preamble if node is None else node.own
    return own[-1] if own else -1


def _numbered(nodes: list[Node]) -> list[Node] | None:
    from drafter.study.frame_sections import numbered_run

    return numbered_run(nodes)


_COLON_COUNT = re.compile(
    r"(?<![第一二三四五六七八九十百千两0-9])(几|[二三四五六七八九十两]{1,2})(?:个方面|个层面|个问题|个因素|个原因|个阶段|方面|阶段|部分|句话|点|个|条|项|种|类|件事|件|则)"
)


def colon_count(sentence: str) -> int | None | bool:
    """``False`` unless ``sentence`` ends in a colon and names a count of parts that are
    not looked back on (有三个因素： / 在以下两个方面需要改进： / 有两点是可以肯定的：); else
    the count (``None`` for 几)."""
    body = sentence.strip()
    if not body.endswith(("：", ":")) or len(body) > 60:
        return False
    for m in _COLON_COUNT.finditer(body):
        if _in_quotes(body, m.start()) or body[max(0, m.start() - 2) : m.start()].endswith(
            _NOT_AHEAD
        ):
            continue
        if m.group(1) == "几":
            return None
        return parse_cn_number(m.group(1))
    bare = re.search(r"有([二三四五六七八九十两])[：:]$", body)  # 其原因有三： (no counter)
    if bare and not _in_quotes(body, bare.start()):
        return parse_cn_number(bare.group(1))
    return False


# 以下 / 如下 / 下列 / 下述 / 如次, and the classical 分述于下 / 列举于下
_AHEAD = re.compile(r"以下(?!简称)|如下|下列|下述|如次|(?<=[述列举录])于下")
# 下面二则空难可以看出。 / 主要的有下面几种： — 下面 with a count points at parts (下面，我讲… is the
# speaker now, which roadmap_count reads)
_BELOW = re.compile(
    r"下面(?:的)?(?:这)?(几|[两二三四五六七八九十]{1,2})(?:则|个|件|种|点|条|项|段|句|类|次|起|方面)"
)
# a salutation (同志们： / 中国人民志愿军各级领导同志们:) also ends in a colon
_SALUTE = re.compile(
    r"^(各位|尊敬的|亲爱的)|(同志|朋友|代表|同学|委员|来宾|战友|女士|先生|员工)们?[：:]$"
)
_LOOK_BACK = ("以上", "上面", "上述", "总之", "综上")
# a speaker's name standing alone in a transcript (徐直军： / 任总：) ends in a colon too: a common
# surname and one or two characters (中央决定： / 这就是说： / 因此： are not names)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛"
)
_SPEAKER = re.compile(f"^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}[：:]$")


# 下列行为之一 / 以下情形之一: "any one of the following", the items are conditions
_ONE_OF = re.compile(r"(?:以下|下列|下述|如下)[^，。；;：:]{0,10}之一")
_WHOLE_TEXT = re.compile(r"(?:全文|原文)(?:如下|是)[：:。]?$")
_OTHER_TEXT = re.compile(
    r"^(?:该|那篇|那次)[^，。：:]{0,6}(?:谈话|讲话|声明|文章|报告|决议|电报|来信|信|文件|通知|社论)"
)


def ahead_count(sentence: str) -> int | None | bool:
    """``False`` unless the sentence ends its paragraph pointing at parts that follow: it ends
    in a colon (中央决定： / 先表明三个原则： / 因此：), or its last clause points ahead
    (主要做了以下工作。); else the count it names (``None`` when it names none). Only to be
    asked where the parts do follow (a heading or a paragraph numbered 1 comes next)."""
    body = sentence.strip()
    if body.startswith(_LOOK_BACK) or _SALUTE.search(body) or _SPEAKER.match(body):
        return False
    if _ONE_OF.search(body):
        return False  # 有下列情形之一的，…: a condition met by any one item, not parts announced
    if _WHOLE_TEXT.search(body) or _OTHER_TEXT.match(body):
        # 这个说明全文如下： / 该谈话举出解决…的四个条件： — a document quoted or reported, its
        # parts its own, not the speaker's plan
        return False
    if body.endswith(("：", ":")):
        named = colon_count(body)
        return None if named is False else named
    clauses = re.split(r"[，,；;]", body.rstrip("。；; "))
    last = clauses[-1]
    if re.search(r"[\u4e00-\u9fff]$", body):
        # …认真吸取的有以下几点 then 一、…: the stop was lost (a line before a heading), read as 。
        body += "。"
    below = _BELOW.search(body)
    if body.endswith("。") and below and not _in_quotes(body, below.start()):
        return None if below.group(1) == "几" else parse_cn_number(below.group(1))
    ahead = _AHEAD.search(last)
    if body.endswith("。") and ahead and not _in_quotes(last, ahead.start()):
        named = colon_count(last + "：")
        return None if named is False else named
    # 今年要重点抓好以下五个方面的工作，确保实现全年目标。: a counted pointer in an earlier
    # clause, the rest only says what for
    for clause in clauses[:-1]:
        m = re.search(r"(?:以下|下列)(几|[两二三四五六七八九十]{1,2})(?:个|项|条|点|方面)", clause)
        if body.endswith("。") and m and not _in_quotes(clause, m.start()):
            return None if m.group(1) == "几" else parse_cn_number(m.group(1))
        named = _ENDS_AHEAD.search(clause)
        if body.endswith("。") and named and not _in_quotes(clause, named.start()):
            # 必须牢牢把握以下基本要求，并使之成为…共同信念。 / 就当前的经济形势，…，向大会作
            # 以下报告，请予审议。: a clause closing on what it points at, the rest says what for
            return None
    return False


def roadmap_count(sentence: str) -> int | None | bool:
    """``False`` when the sentence is no roadmap; else the count it names (``None`` for 几)."""
    body = sentence.strip()
    if body.startswith(("以上", "上面", "总之")):
        return False  # a wrap-up looks back; a roadmap looks ahead
    if _SEQUENCE.search(body) and _NOW.search(body):
        # 我先讲讲形势，再讲讲今年的任务: the parts in the order they will come; no count to
        # hold the sections to (one half may take several sections)
        return None
    opens = _OPENS_COUNT.match(body)
    modal = opens and opens.group(0)[-1] not in "，,"  # 有这么几个问题需要讲一讲: the speaker's
    if opens and (_NOW.search(body) or modal) and _RE_VERB.search(body, opens.end()):
        # 有两个问题，同志们在讨论中没有着重注意，我觉得应该提出来说一说。
        return None if opens.group(1) == "几" else parse_cn_number(opens.group(1))
    views = _HAS_VIEWS.search(body)
    if views and not _said_before(body, views):
        return None if views.group(1) == "几" else parse_cn_number(views.group(1))
    summed = _SUMMED.search(body)
    if summed and not _inline_items(body):
        # 归纳起来，主要有三条。: the speaker sums the points up before giving them
        return None if summed.group(1) == "几" else parse_cn_number(summed.group(1))
    verbs = [
        v
        for v in _RE_VERB.finditer(sentence)
        if not _in_quotes(sentence, v.start())
        and sentence[v.start() - 1 : v.start()] != "的"  # 地区部的汇报: a noun
        and not any(  # 提高, 说服, 笑谈: the character is part of another word
            sentence.startswith(w, max(0, v.start() - k)) for w in _NOT_SPEAKING for k in (0, 1)
        )
        and not re.search(r"[不没别]去?$", sentence[max(0, v.start() - 2) : v.start()])
        and "了" not in sentence[v.end() : v.end() + 2]  # 胡风提出了三个问题: said, not to come
        and not _said_before(sentence, v)
    ]  # 不去说它们: the speaker says what he leaves out
    if not verbs:
        return False
    quoted = _QUOTED_LIST.search(sentence)
    count_m = None
    named_first = False
    for m in _RE_COUNT.finditer(sentence):
        before = sentence[: m.start()]
        # 对于这三个法宝，…分别地说一下: the parts taken up by 对/就 and spoken of after them,
        # though 这 points back to where they were named
        about = re.search(r"(?:就|对于?|关于)这?$", before) and any(
            0 <= v.start() - m.end() <= 24 and _NOUN.search(sentence[m.end() : v.start()])
            for v in verbs
        )  # (not 我对这两个美国人说: what is counted is no matter of talk)
        if _in_quotes(sentence, m.start()) or (before[-2:].endswith(_NOT_AHEAD) and not about):
            continue  # 第一个问题, 这两个问题, 上边讲过的那三个问题
        if re.search(r"所(?:讲|谈|说|提)[^，。]{0,6}的$", before):
            continue  # 我在那次会议上所讲的十条: what was said then
        number = m.group(1)
        if number == "一" or (number == "几" and m.group(0).endswith("句话")):
            continue  # 讲一点, 讲几句话: no parts announced
        # the count follows its verb (讲三点意见, 提三点希望) or is the 方面 it speaks from
        # (从三个方面交流)
        after_verb = any(0 <= m.start() - v.end() <= 16 for v in verbs)
        # 就下面几个问题讲一些意见 / 围绕三个方面谈谈: the parts named first, then the verb
        before_verb = about or (
            any(0 <= v.start() - m.end() <= 6 for v in verbs)
            and re.search(r"(?:就|对|围绕|结合)[^。，]{0,6}$", before)
        )
        # 我想将两种态度对照地讲一下 / 我分三个部分来讲: the parts, named first, are what is
        # spoken of
        taken_up = any(0 <= v.start() - m.end() <= 12 for v in verbs) and re.search(
            r"(?:将|把)[^。，]{0,4}$|分[成为]?$", before
        )
        from_aspects = "方面" in m.group(0) and re.search(
            r"从[^。，]{0,60}$", sentence[: m.start()]
        )
        if after_verb or from_aspects or before_verb or taken_up:
            count_m = m
            named_first = bool(taken_up or about)
            break
    if count_m is None and not (
        quoted
        and any(quoted.end() <= v.end() + 4 for v in verbs)
        and re.search(r"(讲|谈|提|说)[^。]{0,8}几(点|个)", sentence)
    ):
        return False  # 围绕“A”、“B”……讲几点意见: the quoted parts are the plan
    # the speaker now: 我/下面/今天 …, or a verb opening a clause with no one else before it
    # (讲两个问题。 / 这次会议，讲两个问题。 — not 他讲两个问题)
    opening_verb = count_m is not None and any(
        re.search(
            r"(?:^|[，,])\s*(?:只|再|就|先|主要|重点|着重|简单|简要)?$", sentence[: v.start()]
        )
        and 0 <= count_m.start() - v.end() <= 2  # 讲两个问题 / 谈谈三点体会 / …，只讲三条
        for v in verbs
    )
    if not (_NOW.search(sentence) or opening_verb):
        return False
    if count_m is not None:
        # what is counted: a noun of talk up to the clause's end (几个和…有关系的问题), or 点
        # itself (这里只指出几点); the parts named before the verb need none (将两种态度对照地讲)
        tail = re.split(r"[，,。；;：:！？]", sentence[count_m.end() :])[0][:16]
        tail = _RE_VERB.split(tail)[0]  # 对几个单位提出批评意见: 单位 is what is counted
        whole = count_m.group(0)
        counted = (
            _NOUN.search(tail)
            or _NOUN.search(whole)
            or whole.endswith("点")
            # 提出四条看对不对 / 讲两条。: 条 counts points when no noun follows it
            or (
                whole.endswith("条")
                and (not tail or tail[0] in "看来，,。：:；;")  # 抽出几条来说一说
                and any(0 <= count_m.start() - v.end() <= 2 for v in verbs)
            )  # (not 讲一讲农业发展纲要四十条: the count is part of a document's name)
        )
        if not (counted or named_first):
            return False
        if count_m.group(1) == "几":
            return _quoted_count(sentence)
        return parse_cn_number(count_m.group(1))
    return _quoted_count(sentence)


_NOT_AHEAD = ("第", "这", "那", "上述", "以上", "前", "后")
# what was said before now: a past time in the verb's clause (上次会议我讲… / 我曾经提出… /
# 在去年的讲话中谈到…), unless the speaker says he will (我上次没讲完，今天要讲…)
_PAST_TIME = re.compile(r"上次|上回|那次|曾经|曾|已经|过去|去年|前年|昨天|刚才|前面|此前|当时|那时")
_WILL = re.compile(r"要|想|将|准备|再|来")


def _said_before(sentence: str, verb: re.Match) -> bool:
    """Whether the speaking verb reports what was said before, not what is to come: 讲过 /
    提过 (past), a past time in its clause, or 我讲的三个问题 (a relative clause pointing back:
    not 我要讲的三个问题, which points ahead)."""
    clause = re.split(r"[，,；;：:。]", sentence[: verb.start()])[-1]
    after = sentence[verb.end() : verb.end() + 1]
    if _WILL.search(clause):
        return False
    return after in ("过", "的") or bool(_PAST_TIME.search(clause))


# the speaker takes some items of a longer list: their numbers may skip (第一条 第二条 第四条)
_PICKS = re.compile(r"(?:抽出|挑出|选出|摘出|挑|选)(?:其中)?(?:几|[两二三四五六七八九十])")
_SAY = "(?:讲|谈|说|介绍|汇报|报告)"
_OPENS_COUNT = re.compile(
    r"^(?:这里|还|另外)?有(?:这么|这样)?(几|[两二三四五六七八九十])(?:个问题|个方面|点|件事)"
    r"(?:[，,]|[^，。]{0,6}(?=需要|要|想|应该|必须))"
)
# the speaker's own views counted (我有几点考虑 / 我的意见有三条 / 对此，我有三点建议): what he
# has to say, announced by how much of it there is
_HAS_VIEWS = re.compile(
    r"^(?:[^，。]{0,16}[，,])?我(?:们)?(?:还|再|主要|这里)?(?:的(?:意见|看法|想法|建议|体会)(?:主要)?)?有"
    r"(?:这么|这样)?(几|[两二三四五六七八九十])(?:点|条|个方面)"
    r"(?:[^，。]{0,4}(?:意见|看法|想法|考虑|建议|体会|感受|认识|要求|希望))?[。：:]?$"
)
_SUMMED = re.compile(
    r"^(?:[^。，]{0,8}[，,])?(?:归纳|概括|总结)起来[，,]?(?:主要)?(?:有|是|就是)?"
    r"(几|[两二三四五六七八九十])(?:条|点|个方面|句话)"
)
# 先讲…，再讲… (not 先讲了…，再讲了…, which looks back)
_SEQUENCE = re.compile(
    f"(?:首先|先){_SAY}?(?![了过])[^。？！]{{1,40}}?[，,；;]\\s*(?:再|然后|接着|之后)[，,]?"
    f"(?:{_SAY}|说到|讲到|谈到)(?![了过])"
)
_NOT_SPEAKING = ("提高", "提升", "提供", "提前", "提拔", "提醒", "提交", "说服", "谈判", "笑谈")


# the first item of a list run on in a paragraph: 第一、 / 一是 / 首先， / （一） / 1） after a stop,
# a colon or the start
_FIRST_ITEM = re.compile(
    r"(?:^|[。；;：:！？!?\s])\s*(?:第一[，,、：:是]|一[是要][^，。]|首先[，,]|其一[，,]|[（(][一1][）)]|1[）)、．.])"
)


def _items_follow(text: str) -> bool:
    """Whether ``text`` (a sentence and the rest of its paragraph) goes on with a first
    numbered item after the sentence's own words begin."""
    return bool(_FIRST_ITEM.search(text, 1))


def _inline_items(sentence: str) -> bool:
    """Whether the sentence goes on after a colon (the items follow in the same sentence, so
    the count is a listed frame there, not a plan of parts to come)."""
    colon = re.search(r"[：:]", sentence)
    return bool(colon and sentence[colon.end() :].strip(" 。"))


def _in_quotes(sentence: str, at: int) -> bool:
    """Whether position ``at`` lies inside “…” (someone else's words)."""
    return sentence.count("“", 0, at) > sentence.count("”", 0, at)


def _quoted_count(sentence: str) -> int | None:
    m = _QUOTED_LIST.search(sentence)
    if not m:
        return None
    n = len(re.findall(r"[“\"][^”\"]{1,16}[”\"]", m.group(0)))
    return n if n >= 2 else None


def _warning(count: int | None, sections: int) -> str | None:
    if count is None or count == sections or sections == 0:
        return None  # with no headings the parts may run in prose: nothing to compare
    return f"提纲句说有{count}个部分，实际有{sections}个分节"
