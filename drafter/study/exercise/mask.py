"""What 提纲练习 blanks besides the headings: the words elsewhere that spell the headings out.

Hiding the headings alone gave every answer away. The opening's roadmap sentence lists the
parts (报告分六个部分：一、…；二、… / 下面，我讲三点意见：一是…，二是…), a part's own text often
opens by saying its heading again (（四）创新机制。创新机制重要的是…), and a closing sums the
points up once more. While the exercise runs those words are shown as ＿ of the same length:
the parts a roadmap sentence announces (its count, 分六个部分 or 三点意见, stays: a fair
hint), and a heading's words wherever they stand in its own part's text, in the opening or in
the closing. The markers stay, as they do on the headings' blanks.

Spans are ``(start, end)`` offsets into the paragraphs of :meth:`Document.paragraphs`, so a
view can blank exactly those characters and keep every other offset where it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.corpus.display import document_title
from drafter.corpus.markers import CIRCLED
from drafter.corpus.model import Document
from drafter.numerals import parse_cn_number
from drafter.study.layout import Layout, layout
from drafter.study.model import Roadmap
from drafter.study.roadmap import find_roadmap

MASK = "＿"
# a heading's clause shorter than this (总结, 一是) is too common to mean the heading
MIN_WORDS = 4
# the shortest part of a heading's clause an opening or a closing must say to give it away
PHRASE_WORDS = 6
_QUOTES = "“”‘’\"'「」『』《》〈〉"
_NUM = "一二三四五六七八九十"
_BEFORE = r"(?:^|(?<=[：:，,；;。！？!?、\s]))"
# the inline ordinals a roadmap sentence lists its parts with: numeral group, then its value
_ORDINALS = (
    re.compile(_BEFORE + f"([{_NUM}])(?:是|要|靠|抓)"),
    re.compile(_BEFORE + f"([{_NUM}]{{1,2}})、"),
    re.compile(f"[（(]([{_NUM}]{{1,2}})[）)]"),
    re.compile(_BEFORE + f"第([{_NUM}]{{1,2}})[，,、：:]"),
    re.compile(_BEFORE + f"其([{_NUM}])[，,、：:]"),
    re.compile(_BEFORE + r"([1-9][0-9]?)[、.．](?![0-9])"),
    re.compile(r"[（(]([1-9][0-9]?)[）)]"),
    re.compile(f"([{CIRCLED[:10]}])"),  # ① … ⑩
)
_STOP = "。！？!?"
_QUOTED = re.compile(r"[“\"]([^”\"]{1,30})[”\"]")
_CLAUSES = re.compile(r"[，,；;。：:！!？?、\s]+")
_JOINS = re.compile(r"\s*(?:[、，,和及与]|以及)?\s*")
_COUNT = re.compile(
    r"(?:等|这)?(几|[一二三四五六七八九十两]{1,2}|[0-9]{1,2})"
    r"(?:个方面|个层面|个问题|个字|句话|层意思|件事|个部分|部分|个|点|条|项|方面|种)"
)
# the word a listed first part comes after (从A、B、C等三个方面; 围绕A、B讲两点)
_LEAD = re.compile(r".*(?:从|围绕|就|对|关于|结合|讲|谈|说|是|即|分为|分成|分)")


def exercise_masks(
    doc: Document, roadmap: list[Roadmap] | None = None
) -> dict[int, list[tuple[int, int]]]:
    """The spans to blank while the 提纲练习 on ``doc`` runs, by paragraph index: the parts of
    every roadmap sentence that announces headings, and each heading's words in its own part's
    text (where a run-in heading's paragraph repeats them), in the opening and the closing.
    ``roadmap`` is the study's (:attr:`Study.roadmap`) when at hand, else found here."""
    lay = layout(doc)
    nodes = list(lay.nodes())
    if not nodes:
        return {}
    found: dict[int, list[tuple[int, int]]] = {}
    headings = {n.heading: n for n in nodes}
    for road in find_roadmap(lay) if roadmap is None else roadmap:
        announced = [headings[i].section.heading for i in road.sections if i in headings]
        if not announced or road.span.paragraph in headings:
            continue
        text = lay.paragraphs[road.span.paragraph].text
        spans = roadmap_parts(text, road.span.start, road.span.end, road.count)
        spans += _words_in(text, announced, road.span.start, _parts_end(text, road, spans))
        found.setdefault(road.span.paragraph, []).extend(spans)
    every = [n.section.heading for n in nodes]
    common = _common_grams(every)
    for node in nodes:
        for idx in node.own:
            text = lay.paragraphs[idx].text
            found.setdefault(idx, []).extend(_words_in(text, [node.section.heading]))
            found[idx].extend(_shared_words(text, [node.section.heading], common))
    elsewhere = _said_elsewhere(lay, nodes)
    for idx in _bookends(lay):
        text = lay.paragraphs[idx].text
        found.setdefault(idx, []).extend(_words_in(text, every))
        found[idx].extend(_phrase_words(text, every, elsewhere))
    return {i: merged for i, spans in found.items() if (merged := _merge(spans))}


def mask_text(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span's characters replaced by ＿, one for one, so the blank is as
    long as the words it hides and every other offset stays put."""
    chars = list(text)
    for start, end in spans:
        for k in range(max(0, start), min(len(chars), end)):
            if not chars[k].isspace():
                chars[k] = MASK
    return "".join(chars)


def roadmap_parts(
    text: str, start: int = 0, end: int | None = None, count: int | None = None
) -> list[tuple[int, int]]:
    """The parts a roadmap sentence (``text[start:end]``) names, as spans of ``text``: items
    after inline ordinals (一、… 二、…; 一是…，二是…; 第一，…), going on into the sentences right
    after it when the list starts there (我讲三点意见。一是…；二是…); else quoted parts
    (围绕“A”、“B”讲…); else a list before its count (从A、B、C等三个方面) or after a colon
    (三点意见：A、B、C). The ordinals, the quotes and the count are left out: they are fair
    hints. Empty when the sentence names no parts (下面，我讲三点意见。)."""
    end = len(text) if end is None else end
    return (
        _ordinal_items(text, start, end)
        or _quoted_items(text[:end], start)
        or _counted_items(text[:end], start, count)
        or _colon_items(text[:end], start, count)
    )


def _ordinal_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items after the longest run of inline ordinals 1, 2, 3 … of one style that begins in
    the sentence (or just after it)."""
    best: list[tuple[int, int, int]] = []
    for rx in _ORDINALS:
        marks = [(m.start(), m.end(), _value(m.group(1))) for m in rx.finditer(text, start)]
        for k, first in enumerate(marks):
            if first[2] != 1 or first[0] > end + 1:
                continue
            run = [first]
            for mark in marks[k + 1 :]:
                if mark[2] == run[-1][2] + 1:
                    run.append(mark)
            if len(run) > len(best):
                best = run
    if len(best) < 2:
        return []
    gap = text[best[0][1] : best[1][0]].rstrip()
    semicolons = gap.endswith(("；", ";"))
    last_stops = _STOP + ("；;" if semicolons else "；;，,")
    out = []
    for k, (_s, item_start, _v) in enumerate(best):
        if k + 1 < len(best):
            stop = _first(text, _STOP + ("；;" if semicolons else ""), item_start, best[k + 1][0])
        else:
            stop = _first(text, last_stops, item_start, len(text))
        out.append(_trimmed(text, item_start, stop))
    return [s for s in out if s[1] > s[0]]


def _quoted_items(text: str, start: int) -> list[tuple[int, int]]:
    """The insides of two or more quoted parts joined by 、，和: the longest such run."""
    best: list[re.Match] = []
    run: list[re.Match] = []
    for m in _QUOTED.finditer(text, start):
        if run and not _JOINS.fullmatch(text, run[-1].end(), m.start()):
            run = []
        run.append(m)
        if len(run) > len(best):
            best = list(run)
    return [m.span(1) for m in best] if len(best) >= 2 else []


def _counted_items(text: str, start: int, count: int | None) -> list[tuple[int, int]]:
    """A list of parts joined by 、 (two may be joined by 和) right before its count
    (从A、B、C等三个方面): as many parts as the count says, or two and more when it says 几."""
    for m in _COUNT.finditer(text, start):
        clause_start = max(start, *(text.rfind(c, start, m.start()) + 1 for c in "，,。；;：:！？"))
        number = _value(m.group(1))
        pieces = _split(text, clause_start, m.start(), "、")
        if len(pieces) < 2 and number == 2:  # 从思想和作风两个方面
            pieces = _split(text, clause_start, m.start(), "和与及")
        if len(pieces) < 2:
            continue
        if number and len(pieces) != number:
            continue
        lead = _LEAD.match(text, pieces[0][0], pieces[0][1])
        if lead is not None and lead.end() < pieces[0][1]:
            pieces[0] = (lead.end(), pieces[0][1])
        return [_trimmed(text, a, b) for a, b in pieces]
    return []


def _colon_items(text: str, start: int, count: int | None) -> list[tuple[int, int]]:
    """Parts listed after the sentence's colon (三点意见：A、B、C。), as many as its count."""
    colon = max(text.find("：", start), text.find(":", start))
    if colon < 0:
        return []
    pieces = _split(text, colon + 1, len(text), "、，,；;")
    if len(pieces) < 2 or (count is not None and len(pieces) != count):
        return []
    if any(b - a > 30 for a, b in pieces):
        return []
    return [_trimmed(text, a, b) for a, b in pieces]


def _unquoted(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[int]]:
    """``text[start:end]`` without its quote marks, and where each character left stands in
    ``text``: heading words are looked for quotes aside (坚持“一个原则” in “坚持一个原则”), and
    what is found is blanked at its place in the text as written."""
    end = len(text) if end is None else end
    kept = [k for k in range(start, end) if text[k] not in _QUOTES]
    return "".join(text[k] for k in kept), kept


def _quoted_terms(text: str, heading: str, common: set[str] = frozenset()) -> list[tuple[int, int]]:
    """Where ``text`` says a term ``heading`` quotes (做到“四勤”: 四勤), two characters and
    more, but the ``common`` ones: a quoted term names its part however short it is."""
    out = []
    for term in _QUOTED.findall(heading):
        if len(term) < 2 or term in common:
            continue
        at = text.find(term)
        while at >= 0:
            out.append((at, at + len(term)))
            at = text.find(term, at + len(term))
    return out


def _words_in(
    text: str, headings: list[str], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Where the clauses of ``headings`` (four characters and more, quotes aside) stand in
    ``text[start:end]``: 坚持“一个原则” is found in “坚持一个原则” too."""
    flat, where = _unquoted(text, start, end)
    out = []
    for heading in headings:
        for clause in re.split(r"[，,；;。：:！!？?\s]+", heading):
            words = "".join(c for c in clause if c not in _QUOTES)
            if len(words) < MIN_WORDS:
                continue
            at = flat.find(words)
            while at >= 0:
                out.append((where[at], where[at + len(words) - 1] + 1))
                at = flat.find(words, at + len(words))
    return out


def _grams(heading: str) -> set[str]:
    """The runs of :data:`MIN_WORDS` characters inside a heading's clauses, quotes aside."""
    out = set()
    for clause in _CLAUSES.split(heading):
        words = "".join(c for c in clause if c not in _QUOTES)
        out.update(words[i : i + MIN_WORDS] for i in range(len(words) - MIN_WORDS + 1))
    return out


def _common_grams(headings: list[str]) -> set[str]:
    """Runs that two headings or more share (全面提高, 办公室工作): the speech's common ground,
    no one heading's answer, so a text saying them gives nothing away."""
    seen: dict[str, int] = {}
    for heading in dict.fromkeys(headings):
        for gram in _grams(heading):
            seen[gram] = seen.get(gram, 0) + 1
    return {g for g, n in seen.items() if n > 1}


def _shared_words(
    text: str, headings: list[str], common: set[str] = frozenset()
) -> list[tuple[int, int]]:
    """Where ``text`` says a heading's words again in part: every run of :data:`MIN_WORDS`
    characters and more it shares with a heading's clause (quotes aside: 坚持“三个服务” shares
    三个服务 with 要把“三个服务”落到实处) but the ``common`` ones, and a heading's quoted term of
    two characters and more (做到“四勤”: 四勤). A part that only says its heading in other
    words (强化责任担当 / 把责任扛在肩上) keeps them: saying it is what the trainee is asked."""
    flat, where = _unquoted(text)
    out = []
    for heading in headings:
        for gram in _grams(heading) - common:
            at = flat.find(gram)
            while at >= 0:
                out.append((where[at], where[at + MIN_WORDS - 1] + 1))
                at = flat.find(gram, at + 1)
        out.extend(_quoted_terms(text, heading))
    return out


def _said_elsewhere(lay: Layout, nodes: list) -> set[str]:
    """The headings' quoted terms that the text of another part says too (“四人帮” through a
    whole report, “十五五” in every part): the speech's common words, no one part's answer."""
    out = set()
    for node in nodes:
        terms = [t for t in _QUOTED.findall(node.section.heading) if len(t) >= 2]
        if not terms:
            continue
        others = "".join(
            lay.paragraphs[i].text for other in nodes if other is not node for i in other.own
        )
        out.update(t for t in terms if t in others)
    return out


def _phrase_words(
    text: str, headings: list[str], common: set[str] = frozenset()
) -> list[tuple[int, int]]:
    """Where an opening or a closing says a heading's phrase, not just words it shares: a
    run that covers two thirds of a heading's clause at least, of :data:`PHRASE_WORDS`
    characters and more (以人民为中心的发展思想 for 坚持以人民为中心的发展思想) or of
    :data:`MIN_WORDS` when that clause is most of its heading (责任担当 for 强化责任担当), and a
    heading's quoted term the other parts' text does not say too (``common``,
    :func:`_said_elsewhere`). Any four shared characters blanked the speech's subject
    wherever the opening named it: 论十大关系's opening lost its 帝国主义 to the clause
    不是帝国主义 of a sentence-long heading, 办公室工作 went from every line of a talk to office
    staff (one heading says 认真履行办公室工作职责)."""
    flat, where = _unquoted(text)
    out = []
    for heading in headings:
        for clause in _CLAUSES.split(heading):
            words = "".join(c for c in clause if c not in _QUOTES)
            # a short run names the heading only when its clause is most of the heading
            # (责任担当 of 强化责任担当; not 帝国主义 of one clause in a sentence-long heading)
            main = 2 * len(words) >= len(heading)
            need = max(MIN_WORDS if main else PHRASE_WORDS, -(-2 * len(words) // 3))
            for size in range(len(words) - 1, need - 1, -1):  # the whole clause: _words_in
                for i in range(len(words) - size + 1):
                    at = flat.find(words[i : i + size])
                    while at >= 0:
                        out.append((where[at], where[at + size - 1] + 1))
                        at = flat.find(words[i : i + size], at + size)
        out.extend(_quoted_terms(text, heading, common))
    return out


def _bookends(lay: Layout) -> list[int]:
    """The opening's and the closing's paragraphs: where a speech announces or sums up its
    points in the headings' own words."""
    return list(lay.preamble) + list(lay.closing)


def _parts_end(text: str, road: Roadmap, parts: list[tuple[int, int]]) -> int:
    """Where a roadmap's heading words are looked for up to: the sentence, or its list of
    parts when that runs on past it."""
    return max([road.span.end, *(b for _a, b in parts)])


def _split(text: str, start: int, end: int, marks: str) -> list[tuple[int, int]]:
    pieces, at = [], start
    for k in range(start, end):
        if text[k] in marks:
            pieces.append((at, k))
            at = k + 1
    pieces.append((at, end))
    return [(a, b) for a, b in pieces if text[a:b].strip(" \u3000" + _STOP + "等")]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A part without the blanks, marks and closing 等 around it."""
    junk = " \u3000\t，,；;。、：:！？!?" + _STOP
    while start < end and text[start] in junk:
        start += 1
    while end > start and (text[end - 1] in junk or text[end - 1] == "等"):
        end -= 1
    return start, end


def _first(text: str, marks: str, start: int, end: int) -> int:
    return next((k for k in range(start, end) if text[k] in marks), end)


def _value(numeral: str) -> int | None:
    """The number a part's ordinal or a count stands for (几: none said)."""
    if numeral in CIRCLED:
        return CIRCLED.index(numeral) + 1
    if numeral.isdigit():
        return int(numeral)
    return parse_cn_number(numeral.replace("两", "二")) if numeral != "几" else None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def same_document(a: object, b: object) -> bool:
    """Whether two loaded documents are one text: the same object, or the same file and
    title (a pair chosen in the library loads its own copy of the text being studied)."""
    if a is None or b is None:
        return False
    if a is b:
        return True
    path = getattr(a, "path", None)
    return (
        bool(path) and path == getattr(b, "path", None) and document_title(a) == document_title(b)
    )
