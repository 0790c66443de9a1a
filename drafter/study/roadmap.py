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

from drafter.corpus.markers import match_marker
from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, Node
from drafter.study.model import Roadmap, Span
from drafter.study.text import sentences

_VERB = "(?:讲|谈|提|说|交流|强调|汇报|阐述)"
_COUNT = r"(几|[一二三四五六七八九十两]{1,2})(?:个方面|个层面|个问题|个字|句话|层意思|件事|个|点|条|项|方面)"
_RE_COUNT = re.compile(_COUNT)
_NOW = re.compile(r"我|下面|接下来|下边|借此机会|在这里|这里|今天|现在|以下|如下|为此|主要")
_NOUN = re.compile(r"意见|体会|想法|希望|要求|看法|认识|建议|感受|问题|方面|句话|层意思|件事|思考")
_RE_VERB = re.compile(_VERB)
_QUOTED_LIST = re.compile(r"(?:[“\"][^”\"]{1,16}[”\"][、，,和及与]*){2,}")


def find_roadmap(lay: Layout) -> list[Roadmap]:
    """Roadmap sentences in the opening and in every section's lead-in paragraphs, and
    the counted sentences ending in a colon right before the parts they announce."""
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
    seen = {(r.span.paragraph, r.span.start) for r in out}
    for idx in [*lay.preamble, *(i for n in lay.nodes() for i in n.own)]:
        found = _before_numbered_paragraphs(lay, idx)
        if found and (found.span.paragraph, found.span.start) not in seen:
            out.append(found)
    out.sort(key=lambda r: (r.span.paragraph, r.span.start))
    return out


def _before_numbered_paragraphs(lay: Layout, idx: int) -> Roadmap | None:
    """有两点是可以肯定的： followed by paragraphs 1、… 2、…: a roadmap of numbered points
    that the outline keeps as text (no sections to link)."""
    if idx + 1 >= len(lay.paragraphs) or lay.paragraphs[idx + 1].is_heading:
        return None
    sents = sentences(lay.paragraphs[idx].text)
    if not sents:
        return None
    count = colon_count(sents[-1].text)
    if count is False:
        return None
    marker = match_marker(lay.paragraphs[idx + 1].text.strip())
    if marker is None or marker.ordinal != 1:
        return None
    sent = sents[-1]
    return Roadmap(sent.text.strip(), Span(idx, sent.start, sent.end), count, [])


def _in_paragraph(lay: Layout, idx: int, node: Node | None) -> list[Roadmap]:
    text = lay.paragraphs[idx].text
    found: list[Roadmap] = []
    sents = sentences(text)
    for k, sent in enumerate(sents):
        count = roadmap_count(sent.text)
        targets = lay.siblings_of(node)
        if count is False:
            last_in_lead = k == len(sents) - 1 and (idx == _last(lay, node))
            count = colon_count(sent.text) if last_in_lead else False
            if count is False:
                continue
            if node is None and count and len(targets) > count:
                targets = _numbered(targets[:count]) or []
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


def _announcing(lay: Layout, idx: int, node: Node) -> Roadmap | None:
    """A section with no sub-headings whose text ends 在以下两个方面需要改进：, followed by
    sections numbered 1, 2 again: the sentence announces those."""
    sents = sentences(lay.paragraphs[idx].text)
    if not sents:
        return None
    sent = sents[-1]
    count = colon_count(sent.text)
    if count is False or not count:
        return None
    from drafter.study.frame_sections import next_numbered_siblings

    targets = next_numbered_siblings(lay, node, count) or []
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
    r"(?<![第一二三四五六七八九十百千两0-9])(几|[二三四五六七八九十两]{1,2})(?:个方面|个层面|个问题|个因素|个原因|方面|点|个|条|项)"
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
    return False


def roadmap_count(sentence: str) -> int | None | bool:
    """``False`` when the sentence is no roadmap; else the count it names (``None`` for 几)."""
    body = sentence.strip()
    if body.startswith(("以上", "上面", "总之")):
        return False  # a wrap-up looks back; a roadmap looks ahead
    verbs = [
        v
        for v in _RE_VERB.finditer(sentence)
        if not _in_quotes(sentence, v.start()) and sentence[v.start() - 1 : v.start()] != "的"
    ]  # 地区部的汇报: a noun, not the speaker speaking
    if not verbs:
        return False
    quoted = _QUOTED_LIST.search(sentence)
    count_m = None
    for m in _RE_COUNT.finditer(sentence):
        if _in_quotes(sentence, m.start()) or sentence[max(0, m.start() - 2) : m.start()].endswith(
            _NOT_AHEAD
        ):
            continue  # 第一个问题, 这两个问题, 上边讲过的那三个问题
        number = m.group(1)
        if number == "一" or (number == "几" and m.group(0).endswith("句话")):
            continue  # 讲一点, 讲几句话: no parts announced
        # the count follows its verb (讲三点意见, 提三点希望) or is the 方面 it speaks from
        # (从三个方面交流)
        after_verb = any(0 <= m.start() - v.end() <= 16 for v in verbs)
        # 就下面几个问题讲一些意见 / 围绕三个方面谈谈: the parts named first, then the verb
        before_verb = any(0 <= v.start() - m.end() <= 6 for v in verbs) and re.search(
            r"(?:就|对|围绕|结合)[^。，]{0,6}$", sentence[: m.start()]
        )
        from_aspects = "方面" in m.group(0) and re.search(
            r"从[^。，]{0,30}$", sentence[: m.start()]
        )
        if after_verb or from_aspects or before_verb:
            count_m = m
            break
    if count_m is None and not (
        quoted
        and any(quoted.end() <= v.end() + 4 for v in verbs)
        and re.search(r"(讲|谈|提|说)[^。]{0,8}几(点|个)", sentence)
    ):
        return False  # 围绕“A”、“B”……讲几点意见: the quoted parts are the plan
    if not _NOW.search(sentence):
        return False
    if count_m is not None:
        tail = sentence[count_m.end() : count_m.end() + 4]
        whole = count_m.group(0)
        if not (_NOUN.search(tail) or _NOUN.search(whole)):
            return False
        if count_m.group(1) == "几":
            return _quoted_count(sentence)
        return parse_cn_number(count_m.group(1))
    return _quoted_count(sentence)


_NOT_AHEAD = ("第", "这", "那", "上述", "以上", "前", "后")


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
