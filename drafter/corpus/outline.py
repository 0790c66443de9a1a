"""Outline parsing: which paragraphs are headings, at which level, and where the closing is.

The parser works in passes over the body paragraphs:

1. **candidates**: every paragraph that starts with a marker (see :mod:`markers`), a part
   number standing alone (一, 一　引言), or that the file format marks as a heading. The
   heading is the text after the marker up to the end of its first sentence (a *run-in*
   heading when more text follows); a short paragraph that is one statement is a heading
   as a whole, ；：？ inside or not;
2. **sequences**: candidates of one family form runs 1, 2, 3 …; a paragraph whose number does
   not continue a run (a stray 三、 in running text) is not a heading, a run of one is not a
   list, a run of 一是/第一，items whose first sentences are long is prose, and items
   back to back after a lead-in ending in a colon are a list, not headings;
3. **unnumbered lines**: short lines standing alone between paragraphs (part titles,
   引言/结论) are candidates too;
4. **levels**: :mod:`structure` scores every run and group as a whole and picks, top down,
   the one that best explains each part of the body, with a confidence and its doubts;
5. **closing**: from "同志们，" / "各位代表，" / "总之，" / "最后，" after the last heading,
   or the formula and signature a text ends with ("谢谢大家！", "以上意见…", office + date)
   — found in :mod:`drafter.corpus.closing_start` (with :mod:`drafter.corpus.closing`'s cues
   of how a speech ends); this module builds the tree around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from drafter.corpus import markers as mk
from drafter.corpus.answers import answer_points
from drafter.corpus.candidates import (
    FLEXIBLE,
    PLAIN,
    TOPIC,
    TWO_CHAR_SIBLINGS,
    Candidate,
    family_rank,
    outranks,
    two_char_titles,
)
from drafter.corpus.closing import (
    appendix_label,
)
from drafter.corpus.closing_start import _CLOSING_LINES, _SIGNED_DATE, find_closing
from drafter.corpus.documents import document_titles, signer_lines
from drafter.corpus.emphasis import bold_lead, bold_leads, bold_starts, word_bold_leads
from drafter.corpus.headings import (
    SENTENCE_END,
    SENTENCE_INSIDE,
    TRAILING,
    despace,
    first_sentence,
    heading_and_rest,
    heading_ending,
    to_sentence_end,
)
from drafter.corpus.markers import Marker, match_marker, ordinal_marker_in
from drafter.corpus.model import Block, Outline, Section
from drafter.corpus.newsreport import news_subheads, unnamed_titles
from drafter.corpus.reflow import POST_END, ends_sentence
from drafter.corpus.sequences import list_as_skeleton, mixed_points, sequences, sole_points
from drafter.corpus.structure import choose_structure
from drafter.corpus.styled import styled_heads
from drafter.corpus.themes import theme_lines

# How long a heading may be before the sentence reads as prose, per kind of family.
MAX_HEADING = {"ranked": 90, "flexible": 40}
SALUTATION_ENDS = ("：", ":", "！", "!", "，")


@dataclass
class OutlineResult:
    """The parsed outline with the warnings a user should see (e.g. numbering that could not be
    followed).
    """

    outline: Outline
    warnings: list[str] = field(default_factory=list)


def parse_outline(blocks: list[Block], styles: bool = False, title: str = "") -> OutlineResult:
    """Turn the body paragraphs (after metadata took the header) into an outline.
    ``styles``: the blocks come from a Word file, whose heading styles, where it uses
    enough of them, are the author's outline (:mod:`drafter.corpus.styled`). ``title``:
    the document's title and occasion, which a last paragraph that sums the whole up takes
    up again (:func:`drafter.corpus.closing.echoes_title`)."""
    cut = _appendix_start(blocks)
    appendix = [b.text for b in blocks[cut:]]
    blocks = blocks[:cut]
    texts = [b.text for b in blocks]
    warnings: list[str] = []
    first_chars = mk.MARKER_FIRST
    articles, article_at = _first_article(blocks)
    if articles is not None:
        # a text made of articles (laws: 第一条 第二条 …): numbered items belong to their
        # article; only chapters and sections (and format headings) stay headings
        first_chars = frozenset("第")
    start = articles if articles is not None else len(blocks)
    cands = [
        c
        for i, b in enumerate(blocks)
        if (
            b.text[:1] in (first_chars if i >= start else mk.MARKER_FIRST)
            or b.heading_level is not None
            or b.numbering
        )
        and not (i >= start and i in article_at and b.heading_level is None)
        and (c := _candidate(i, b, texts, articles is None)) is not None
    ]
    if articles is None:
        cands = _answer_candidates(blocks, texts, cands)
    if articles is not None:
        keep = (mk.PIAN, mk.CHAPTER, mk.SECTION)
        cands = [
            c for c in cands if c.index < articles or c.family in keep or c.family.startswith("h")
        ]
    if styles:
        cands = _lone_bullet_firsts(blocks, texts, cands)
        # a Word style level is one group of headings, numbered or not
        for c, level in styled_heads(blocks, cands):
            c.family, c.ordinal, c.hinted = f"h{level}", 0, True
    set_aside: list[list[Candidate]] = []
    colon_lists: list[list[Candidate]] = []
    close_lists: list[list[Candidate]] = []
    prose: list[list[Candidate]] = []
    runs = sequences(cands, warnings, texts, set_aside, colon_lists, prose)
    taken = {c.index for r in runs for c in r}
    # (a point the file styles as a heading stands as a run of one: still free to join)
    in_lists = {c.index for r in runs if len(r) > 1 for c in r}
    if articles is None and (mixed := mixed_points(cands, texts, in_lists)) is not None:
        joined = {c.index for c in mixed}
        runs = [r for r in runs if len(r) > 1 or r[0].index not in joined]
        runs.append(mixed)
        taken.update(joined)
    # paragraphs a Word file or a saved page opens with a bold lead: run in (a run of
    # unnumbered run-in headings), or standing alone (part titles and lead lines); only
    # the readers that see bold (Word, web pages) fill Block.bold
    runin, alone = word_bold_leads(blocks, texts, taken)
    if articles is None:
        topics = _topic_runs(texts, taken)
        if runin:
            # where the file marks its leads in bold, run-in topics the text shows stay a
            # run of their own only when they are all the bold leads in their stretch
            # (关于政权组织。… 关于军事政策。 after （一）…（十）); otherwise they are some
            # of the bold leads, read with the others
            topics = [r for r in topics if _bold_run(r, runin, taken, alone)]
            at = {c.index for r in topics for c in r}
            runin = [i for i in runin if i not in at]
        runs += topics
        taken = {c.index for r in runs for c in r}
    bold = [(i, blocks[i].bold) for i in sorted(runin + alone)] if runin or alone else None
    # part titles a Word file styles as headings claim the unnumbered level as plain ones do
    titles = sum(1 for c in cands if c.hinted and not c.ordinal and not c.bullet)
    plain = (
        []
        if articles is not None
        else _plain_candidates(
            texts,
            taken,
            titles,
            bold_starts(blocks),
            _shown(blocks),
            bold,
            {i for i, b in enumerate(blocks) if b.bold},
        )
    )
    if articles is None and (runs or plain):
        runs += _opening_points(colon_lists, runs, plain)
        taken, close_lists = _part_points(colon_lists, runs, texts, plain)
        runs += taken
        runs += sole_points(prose, runs, plain)
    skeleton = list_as_skeleton(texts, colon_lists) if not runs and not plain else None
    if skeleton is not None:
        runs = [skeleton]
    structure = choose_structure(
        len(texts),
        runs,
        plain,
        texts,
        warnings,
        set_aside,
        close_lists,
        settle=lambda heads: _titled_last_run(heads, plain),
    )
    structure.heads = _appended_part(structure.heads, plain, texts)
    structure.heads = _titled_first_run(structure.heads, runs, texts)
    if skeleton is not None:
        structure.confidence = min(structure.confidence, 0.8)
        structure.doubts.append(
            f"“{skeleton[0].marker}”起的 {len(skeleton)} 段按冒号引出的条目当作提纲"
        )
    # a paragraph Word numbers that is not a heading shows its number, as Word shows it
    # ("1.领导讲话稿18篇；", an item of a list)
    heads_at = {c.index for c in structure.heads}
    shown = [
        f"{b.numbering.strip()}{t}" if b.numbering and t and i not in heads_at else t
        for i, (b, t) in enumerate(zip(blocks, texts))
    ]
    outline = _build(shown, structure.heads, title)
    outline.closing += appendix
    outline.confidence = structure.confidence
    outline.doubts = structure.doubts
    outline.signals = structure.signals
    return OutlineResult(outline, warnings)


def _opening_points(
    colon_lists: list[list[Candidate]], runs: list[list[Candidate]], plain: list[Candidate]
) -> list[list[Candidate]]:
    """A list announced with a colon that comes before everything else that could head the
    text, complete and long, with the rest of the text structured after it: the points of
    the text's first part, on the level of what follows (论政策: 具体地说，就是： then
    （一）…（十）, then 关于…。 topics), not a list inside a part. A list under a part title
    (其表现如： under 关于单纯军事观点) stays a list."""
    first = min([c.index for r in runs for c in r] + [c.index for c in plain])
    return [
        run
        for run in colon_lists
        if len(run) >= _OPENING_POINTS
        and run[0].ordinal == 1
        and run[-1].index < first
        and sum(len(c.heading) + len(c.rest) for c in run) >= _OPENING_CHARS * len(run)
    ]


_OPENING_POINTS = 5
_OPENING_CHARS = 40


def _part_points(
    colon_lists: list[list[Candidate]],
    runs: list[list[Candidate]],
    texts: list[str],
    plain: list[Candidate],
) -> tuple[list[list[Candidate]], list[list[Candidate]]]:
    """A list announced with a colon that is the whole of a part: the part's numeral, one
    lead-in sentence ("我们必须达到下述目的：") or none (the part's own heading ends in the
    colon: 2、多国组织结构设置…：), then （一）…（八） to the part's end (a date line at most
    before the next part). The part has nothing else to outline: the items are
    its points, as a directive's articles are, not a list inside its text.

    The part may open with paragraphs of its own before the lead-in (二、“十五五”时期主要目标
    …, two paragraphs on the aims, 实现上述目标，重点从以下几个方面把握：, then 一是…九是 to
    三、) when no other heading stands in it and the items carry most of its text: each a
    paragraph of its own, together at least half the part. A short list closing a long
    part stays a list.

    Returns the lists taken as points, and the lists that stay lists by a short margin
    (every sign of a part's points but their share, a third to a half of it: 中央决定：
    then three decisions after two paragraphs on the situation), where the two readings
    are close and the outline says so (:mod:`.confidence`, ``close_list``)."""
    parts = {c.index: (run, k) for run in runs if len(run) >= 2 for k, c in enumerate(run)}
    heads = {c.index for r in runs for c in r} | {c.index for c in plain}
    out: list[list[Candidate]] = []
    close: list[list[Candidate]] = []
    for run in colon_lists:
        first, last = run[0].index, run[-1].index
        if len(run) < 3 or run[0].ordinal != 1:
            continue
        at = first - 1
        while at >= 0 and at not in heads:
            at -= 1
        part = parts.get(at)
        if part is None:
            continue
        siblings, k = part
        end = siblings[k + 1].index if k + 1 < len(siblings) else len(texts)
        if (
            end <= last
            or not all(len(texts[c.index]) >= 20 for c in run)
            or not all(len(t) <= 30 for t in texts[last + 1 : end])
        ):
            continue
        if at < first - 2:  # the part's own opening before the lead-in
            items = sum(len(t) for t in texts[first : last + 1])
            whole = sum(len(t) for t in texts[at + 1 : end])
            if items * 2 < whole:
                if items * 3 >= whole:
                    close.append(run)
                continue
        out.append(run)
    return out, close


def _lone_bullet_firsts(
    blocks: list[Block], texts: list[str], cands: list[Candidate]
) -> list[Candidate]:
    """In a Word file, the first point of a run that starts at 二 when a bullet paragraph
    stands where it should (• 跨领域…仍是最大的短板。 then 二是… 三是…): Word's bullet took
    the place of the number the writer typed on the others."""
    at = {c.index for c in cands}
    found: list[Candidate] = []
    seen: dict[str, Candidate] = {}
    for c in cands:
        before = seen.get(c.family)
        seen[c.family] = c
        if c.ordinal != 2 or c.hinted or before is not None and before.ordinal == 1:
            continue
        lo = before.index + 1 if before is not None else 0
        for i in range(c.index - 1, max(lo, c.index - _BULLET_REACH) - 1, -1):
            if i in at or blocks[i].heading_level is not None:
                break
            if blocks[i].kind == "bullet":
                heading, rest = heading_and_rest(texts[i])
                if heading:
                    first = Candidate(i, c.family, 1, "", heading, rest)
                    first.word = c.word
                    first.headlike = c.headlike
                    found.append(first)
                break
    return sorted(cands + found, key=lambda c: c.index) if found else cands


_BULLET_REACH = 6  # paragraphs before 二是 where its bulleted first point may stand


def _answer_candidates(
    blocks: list[Block], texts: list[str], cands: list[Candidate]
) -> list[Candidate]:
    """``cands`` with the first points of answers in points (任正非：第一，… :mod:`.answers`),
    read from the text after the speaker's label, which the candidate keeps."""
    at = {c.index for c in cands}
    found = []
    for i, cut in answer_points(texts).items():
        if i in at:
            continue
        c = _candidate(i, replace(blocks[i], text=texts[i][cut:]), texts)
        if c is not None:
            c.label = texts[i][:cut].rstrip(" \u3000")
            found.append(c)
    return sorted(cands + found, key=lambda c: c.index) if found else cands


def _appendix_start(blocks: list[Block]) -> int:
    """Where an appendix begins (附件1, 名词解释 …) in the last part of the document:
    its numbered lists are not sections of the speech or report."""
    start = int(len(blocks) * 0.25)  # an appendix of 21 short rules is most of the lines
    for i in range(start, len(blocks)):
        text = blocks[i].text
        if appendix_label(text):
            return i
    return len(blocks)


# -- pass 1: candidates ----------------------------------------------------------------


def _candidate(i: int, block: Block, texts: list[str], points: bool = True) -> Candidate | None:
    """The heading a paragraph may be, or None. ``points``: 第一条（追求）… with a label are
    the points of a text that is not a law (in a law, or quoted, articles are paragraphs)."""
    text = block.text
    hinted = block.heading_level is not None
    if (
        block.kind == "table"
        or not hinted
        and not block.numbering
        and text[:1] not in mk.MARKER_FIRST
    ):
        return None
    marker: Marker | None
    if block.numbering:
        # Word's label: "一、" as any marker, a bare "一" (a part number) as a part
        marker = match_marker(block.numbering.strip() + "x") or mk.match_part(
            block.numbering.strip()
        )
        if marker is not None:
            marker = Marker(marker.family, marker.ordinal, block.numbering.strip(), text)
    elif block.kind == "bullet" and hinted:
        # a bullet the reader took for a sub-heading: the bullet is its marker, and an
        # ordinal word its text opens with is one of its words (• 第一阶段借助…, beside
        # • 坚持内部经验库的管理… of the same run), not a second numbering
        marker = None
    else:
        marker = match_marker(text)
        if marker is None and _stands_alone(texts, i):
            marker = mk.match_part(text)
            if marker is not None and not hinted and marker.text[0] not in mk.CN_FIRST:
                marker = None  # a bare "3" in plain text is a page number, not a part
    if (
        marker is not None
        and marker.family == mk.ARTICLE
        and points
        and (_ARTICLE_LABEL.match(marker.rest) or marker.text[-1] in "、，,：:")
    ):
        # 第一条（追求）… or 第一条、… : a speaker's points, numbered (the number ends at 条)
        number = mk.cn_to_int(marker.text[1 : marker.text.index("条")])
        marker = Marker(mk.ARTICLE, number, marker.text, marker.rest) if number else None
    if marker is None or (marker.family == mk.ARTICLE and not marker.ordinal):
        if not hinted:
            return None
        heading, rest = heading_and_rest(text)
        family = f"h{block.heading_level}"
        cand = Candidate(i, family, 0, "", heading, rest, hinted=True)
        cand.bullet = block.kind == "bullet"
        return cand
    if marker.family == mk.PART:
        heading, rest = despace(marker.rest.rstrip(TRAILING)), ""
    elif marker.family == mk.ARTICLE and (label := _ARTICLE_LABEL.match(marker.rest)):
        heading, rest = label.group(1), marker.rest[label.end() :]  # 第一条（追求）…
    else:
        heading, rest = heading_and_rest(marker.rest, marker.family != mk.QUESTION)
        if not heading:
            return None
    if marker.word and heading.startswith(_AGENDA_STARTS):
        return None  # a 主持词's agenda: "首先，请…作报告", "最后，让我们…"
    cand = Candidate(i, mk.rparen_family(marker), marker.ordinal, marker.text, heading, rest)
    cand.word = marker.word
    cand.hinted = hinted
    flexible = marker.family in FLEXIBLE
    limit = MAX_HEADING["flexible" if flexible else "ranked"]
    # a long point standing alone as one sentence, with paragraphs of its own under it,
    # is a heading however long; run into its paragraph, a long first sentence is prose
    cand.headlike = len(heading) <= limit or (
        flexible
        and not cand.rest
        and len(heading) <= MAX_HEADING["ranked"]
        and i + 1 < len(texts)
        and match_marker(texts[i + 1]) is None
    )
    cand.list_item = text.endswith(("；", ";"))
    if ordinal_marker_in(text, marker.family, marker.ordinal + 1):
        return None  # 一是…二是… or 1、…2、… inside one paragraph: an enumeration in prose
    return cand


def _stands_alone(texts: list[str], i: int) -> bool:
    """A short paragraph that does not end a sentence (or ends in a question) between
    longer ones: where a part number and title stand."""
    text = texts[i]
    return len(text) <= 48 and not text.endswith(("。", "，", "；", "：", ",", ";", ":"))


_AGENDA_STARTS = ("请", "让我们", "我代表", "我宣布")


def _first_article(blocks: list[Block]) -> tuple[int | None, set[int]]:
    """Where the articles begin when a text is made of them (see :func:`article_start`),
    and which paragraphs they are (never headings there)."""
    return article_start([b.text for b in blocks])


def article_start(texts: list[str], as_law: bool = False) -> tuple[int | None, set[int]]:
    """Where the articles begin when a text is made of them (laws: 第一条 第二条 …, at
    least five and a sixth of the paragraphs from there on), and which paragraphs they
    are; None for a speech that merely quotes an article or two. One reading for every
    view: the outline keeps numbered items in their article (no headings among them), the
    study does not read an article's list as the parts of a talk nor its purpose clause as
    a speech's opening. ``as_law``: count only articles set as a law sets them, the number
    then a space (第一条　为了…): a speech that quotes or lists rules (第一条：“留心各样的
    事情…” / 第七条罪状是：) keeps the outline's caution but is still a speech to study."""
    at = {
        i
        for i, t in enumerate(texts)
        if t[:1] == "第"
        and (m := _ARTICLE.match(t))
        and (not as_law or t[m.end() : m.end() + 1] in _LAW_SPACE)
    }
    if len(at) < 5:
        return None, set()
    first = min(at)
    if len(at) * 6 < len(texts) - first:
        return None, set()
    return first, at


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇两]{1,6}条")
_LAW_SPACE = frozenset(" \u3000\t")
_ARTICLE_LABEL = re.compile(r"[（(]([^（()）]{1,12})[）)][ \u3000]*")


# -- unnumbered headings ---------------------------------------------------------------


def _plain_candidates(
    texts: list[str],
    taken: set[int],
    titles: int = 0,
    bold: tuple[set[int], set[int]] | None = None,
    shown: list[str] | None = None,
    word_bold: list[tuple[int, str]] | None = None,
    bold_open: set[int] | None = None,
) -> list[Candidate]:
    """Short lines standing alone between paragraphs, without a marker: part titles
    ("问题的提起", "结　　论", "引言"), which :mod:`structure` may take as a level.
    ``titles``: unnumbered part titles found otherwise (a Word file's styled headings);
    ``bold``: paragraphs whose first words the page set apart (:mod:`.emphasis`);
    ``shown``: the paragraphs as the reader sees them, with the numbers Word's automatic
    numbering puts before them (:func:`_shown`); ``word_bold``: the paragraphs a Word file
    opens with a bold lead, with their bold words, where it marks its leads in bold
    (:func:`.emphasis.word_bold_leads`; None where it does not): a bold line standing
    alone is such a line, a bold lead run into its paragraph a run-in heading of the same
    kind, and no line set otherwise is a lead or a title (but for a named part);
    ``bold_open``: the paragraphs that open in bold, leads or not (妥协还是抗战？腐败还是进步？
    standing alone in bold is a title, though two questions are no lead)."""
    documents = document_titles(texts, taken)  # a 命令 and a 谈话 under one title
    out = [Candidate(i, PLAIN, 0, "", texts[i], "") for i in documents]
    skip = taken | set(documents) | signer_lines(texts, documents)
    for i in news_subheads(texts, skip):  # a news summary's headlines, without their stop
        heading, rest = first_sentence(texts[i], SENTENCE_END)
        out.append(Candidate(i, PLAIN, 0, "", heading, rest, subhead=True))
        skip.add(i)
    for i in _speaker_parts(texts, skip):
        out.append(Candidate(i, PLAIN, 0, "", texts[i].rstrip("：:"), ""))
        skip = skip | {i}
    # where the file marks its unnumbered headings in bold, a short line it leaves plain is
    # text (主要是：, 各位代表！, a line a stray paragraph mark broke off), not a title; a
    # named part (引言, 结论) is one however it is set
    bold_at = (bold_open or set()) | {i for i, _ in word_bold} if word_bold else None
    for i, text in enumerate(texts):
        if i in skip:
            continue
        if _named_part(text) or (
            _looks_like_heading(texts, i) and (bold_at is None or i in bold_at)
        ):
            heading = despace(text.rstrip(TRAILING))
            out.append(Candidate(i, PLAIN, 0, "", heading, ""))
    if word_bold:
        found = {c.index for c in out}
        out += [
            _bold_candidate(i, texts[i], words)
            for i, words in word_bold
            if i not in skip and i not in found
        ]
    if len(out) >= TWO_CHAR_SIBLINGS:
        # among many short titles, one of two characters over its paragraph ("比较", "谈判")
        # is one of them, not a stray word
        found = {c.index for c in out}
        out += [
            Candidate(i, PLAIN, 0, "", texts[i], "") for i in two_char_titles(texts, skip | found)
        ]
    # lead lines share the unnumbered level: only where no part title claims it, or
    # where one or two part titles stand over many leads (首先报告…的工作 over a report
    # whose every point opens with its bold lead sentence)
    claimed = len(out) + titles
    leads = (
        []
        if claimed > 2 or word_bold is not None
        else bold_leads(
            texts,
            taken,
            bold or (set(), set()),
            _lead_shaped,
            lambda: _lead_lines(shown or texts, taken),
        )
    )
    if claimed and len(leads) < max(_MIN_LEADS * 2, 4 * claimed):
        leads = []
    # lead lines the writer marked with a dash (——扎实抓好…。 over its paragraph, two or more)
    # show themselves as bold ones would: fewer than the usual four are enough
    dashed = len(leads) >= 2 and all(texts[i].startswith(_DASH) for i in leads)
    if len(leads) >= _MIN_LEADS or dashed:
        out.extend(Candidate(i, PLAIN, 0, "", texts[i].rstrip(TRAILING), "") for i in leads)
        # parallel theme lines standing over the leads: the tier above them
        themes = theme_lines(texts, leads, skip)
        at = {i for i, _, _ in themes}
        out = [c for c in out if c.index not in at]  # a lead read as a theme is one
        for i, heading, rest in themes:
            out.append(Candidate(i, PLAIN, 0, "", heading, rest, theme=True))
    out.sort(key=lambda c: c.index)
    inside = unnamed_titles(texts, [c.index for c in out if not c.subhead])
    for c in out:
        c.subhead = c.subhead or c.index in inside
    return out


def _bold_run(
    run: list[Candidate],
    bold: list[int],
    taken: set[int] = frozenset(),
    alone: list[int] = (),
) -> bool:
    """Whether the bold leads of ``run``'s stretch are its items: those between its first
    and last item, and those between it and the numbered headings (``taken``) on either
    side of it, and the bold lines standing alone (``alone``) after its first item there.
    Nine bold leads under one numbered part (着力推动“四稳”政策落地。 …
    着力推动政府治理提效。), six of them short enough to read as run-in topics, are one
    run; the six alone made a level under the other three. (A bold line standing alone
    before the run may be its title.)"""
    lo, hi = run[0].index, run[-1].index
    before = max((i for i in taken if i < lo), default=-1)
    after = min((i for i in taken if i > hi), default=None)
    stretch = {i for i in bold if before < i and (after is None or i < after)}
    stretch |= {i for i in alone if lo < i and (after is None or i < after)}
    return stretch <= {c.index for c in run}


def _bold_candidate(i: int, text: str, bold: str) -> Candidate:
    """A Word file's bold lead as an unnumbered run-in heading: the bold words (without
    their stop), the rest of the paragraph its text; a bold line standing alone whole."""
    lead = bold_lead(text, bold) or text
    return Candidate(i, PLAIN, 0, "", lead.rstrip(TRAILING), text[len(lead) :].lstrip())


def _shown(blocks: list[Block]) -> list[str]:
    """Each paragraph as the reader sees it: a Word label that automatic numbering shows
    (一、 （一）) before its text. Lead lines are read against the part headings and points
    around them, whose numbers a Word file may hold only in its numbering."""
    return [f"{b.numbering.strip()}{b.text}" if b.numbering else b.text for b in blocks]


def _lead_lines(texts: list[str], taken: set[int]) -> list[int]:
    """Short one-sentence lines over a long paragraph each: the bold lead sentences of a
    report ("经济运行持续向好。" then the paragraph on it), which lost their bold in the
    plain text. One such line is emphasis; the caller needs several before it trusts them."""
    out = []
    weak: list[tuple[int, int]] = []  # (line, part): leads only in parts with strong ones
    strong_parts: set[int] = set()
    part = 0  # parts counted by their headings (一、): lead lines belong to one
    openings: set[int] = set()  # lines right under a part heading: its opening sentence
    for i in range(1, len(texts) - 1):
        text = texts[i]
        if text[:1] in mk.MARKER_FIRST and _part_heading(text):
            part += 1
            openings.add(i + 1)
            continue
        if i in taken or not _lead_shaped(text):
            continue
        after = texts[i + 1]
        if not (ends_sentence(texts[i - 1]) or match_marker(texts[i - 1])):
            continue
        point = match_marker(after)
        if point is not None:
            # over 一要…/第一，… points of its own: a lead line beside strong ones, unless
            # it announces them ("要着重抓好以下几项工作。")
            if point.family in _POINTS and not _ANNOUNCES.search(text):
                weak.append((i, part))
            continue
        # (a dash the writer set before it marks a longer one as well: ——扎实抓好…。)
        short = len(text) <= _LEAD_MAX or text.startswith(_DASH)
        if short and len(after) >= max(_LEAD_BODY, 3 * len(text)):
            out.append(i)
            strong_parts.add(part)
        elif len(after) >= max(_WEAK_LEAD_BODY, 2 * len(text)):
            weak.append((i, part))
        elif (
            i + 2 < len(texts)
            and (after.endswith(("：", ":")) or _ANNOUNCES.search(after))
            and (second := match_marker(texts[i + 2])) is not None
            and second.family in _POINTS
        ):
            # over a short lead-in to points of its own ("要…，着重抓好以下几个方面：" then
            # 一是…): a lead line beside strong ones, as when the points follow at once
            weak.append((i, part))
    # the weaker ones count only where the strong ones show the report writes leads
    if len(out) < _MIN_LEADS:
        return out
    return sorted(out + [i for i, p in weak if p in strong_parts and i not in openings])


def _lead_shaped(text: str) -> bool:
    """A line that may be a lead: one short sentence ending in 。, no colon, no marker (an
    item of a list the runs set aside), not opening as a transition or an address does."""
    if not 4 <= len(text) <= _WEAK_LEAD_MAX or text[-1] != "。":
        return False
    if (
        SENTENCE_INSIDE.search(text[:-1])
        or "：" in text
        or text.startswith(_NOT_LEADS)
        and not text.startswith(_COUNTRY)  # 我国是统一的多民族国家。: a lead
    ):
        return False
    return match_marker(text) is None


def _part_heading(text: str) -> bool:
    """A report's part heading (一、 第一部分), under which lead lines start afresh."""
    m = match_marker(text)
    return m is not None and m.family in (mk.CN_DUN, mk.PIAN, mk.CHAPTER, mk.SECTION)


_LEAD_MAX = 30
_LEAD_BODY = 100
_WEAK_LEAD_MAX = 48
_POINTS = frozenset((mk.YISHI, mk.DI))
_ANNOUNCES = re.compile(r"以下|如下|下列|[两二三四五六七八九十几]+(?:个|项|点|条|件)")
_WEAK_LEAD_BODY = 40
_MIN_LEADS = 4
_DASH = "——"
_NOT_LEADS = ("但", "因此", "所以", "同时", "总之", "这些", "我们", "我", "各位", "同志", "谢谢")
_COUNTRY = ("我国", "我省", "我市", "我县", "我区")


def _topic_runs(texts: list[str], taken: set[int]) -> list[list[Candidate]]:
    """Unnumbered run-in headings in parallel: three or more long paragraphs opening with
    a short phrase of their own that ends alike ("地主阶级和买办阶级。…", "中产阶级。…",
    "小资产阶级。…"): the topics of a text that numbers nothing."""
    found: list[Candidate] = []
    for i, text in enumerate(texts):
        if i in taken or len(text) < _TOPIC_BODY:
            continue
        m = _TOPIC.match(text) if "。" in text[:14] else None
        if m is None and text[:1] in _FRAME_FIRST:
            m = _TOPIC_FRAME.match(text)  # 在科技工作方面，…
        if m:
            found.append(Candidate(i, TOPIC, 0, "", m.group(1), text[m.end() :].lstrip()))
    # parallel: they begin alike (关于政权组织 / 关于劳动政策) or end alike (…阶级)
    by_start: dict[str, list[Candidate]] = {}
    by_end: dict[str, list[Candidate]] = {}
    for c in found:
        by_start.setdefault(c.heading[:2], []).append(c)
        by_end.setdefault(c.heading[-2:], []).append(c)
    runs: dict[int, list[Candidate]] = {}
    for c in found:
        group = max(by_start[c.heading[:2]], by_end[c.heading[-2:]], key=len)
        if len(group) >= 3:
            runs[id(group)] = group
    return list(runs.values())


_TOPIC = re.compile(r"([\u4e00-\u9fff]{2,12})。")
# a frame naming an area of work at the start of a paragraph, "在科技工作方面，": parallel
# ones (three or more that begin and end alike) are a report part's topics, run in. Not
# "在…问题上，": that states a position on a question (nine such paragraphs summing up a
# theory are prose to a careful reader)
_TOPIC_FRAME = re.compile(r"((?:在|关于|对于)[\u4e00-\u9fff、]{1,14}方面)，")
_FRAME_FIRST = frozenset("在关对")
_TOPIC_BODY = 80


_NAMED_PARTS = frozenset(
    (
        "引言",
        "导言",
        "前言",
        "序言",
        "序",
        "跋",
        "绪论",
        "结论",
        "结语",
        "开幕词",
        "闭幕词",
        "后记",
        "附言",
    )
)


# "郭平：" alone on a line: a speaker's name (2-4 characters) and a colon, over that
# speaker's talk
_SPEAKER_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
_SPEAKER_TALK = 3  # paragraphs at least under each speaker
_SPEAKERS_MAX = 6


def _speaker_parts(texts: list[str], skip: set[int]) -> list[int]:
    """Name lines of a meeting where several leaders each gave a talk ("郭平：", "徐直军：",
    "任正非：" each alone over paragraphs of their own): the talks are the parts. Only
    two to six names, each named once and each over three or more paragraphs, so an
    interview's alternating turns (记者： / 任正非：, names again and again) stay turns."""
    lines = [
        i
        for i, t in enumerate(texts)
        if i not in skip and len(t) <= 5 and _SPEAKER_LINE.fullmatch(t) is not None
    ]
    if not 2 <= len(lines) <= _SPEAKERS_MAX:
        return []
    names = [texts[i][:-1] for i in lines]
    if len(set(names)) < len(names):
        return []
    ends = lines[1:] + [len(texts)]
    if any(end - i - 1 < _SPEAKER_TALK for i, end in zip(lines, ends)):
        return []
    return lines


def _appended_part(heads: list[Candidate], plain: list[Candidate], texts: list[str]):
    """A named part "附：…" standing alone after the last of two or more level-1 headings
    (a talk's parts, then 附：座谈回答 with the Q&A the office appended) is a part of its
    own at level 1, not more of the last part: the chooser reads the numbered parts as the
    level and leaves a single unnumbered line aside."""
    tops = [c for c in heads if c.level == 1]
    if len(tops) < 2:
        return heads
    taken = {c.index for c in heads}
    last = max(c.index for c in tops)
    extra = [
        replace(c, level=1)
        for c in plain
        if c.index > last
        and c.index not in taken
        and texts[c.index].lstrip(" \u3000").startswith(("附：", "附:"))
        and _named_part(texts[c.index])
    ]
    if not extra:
        return heads
    first = min(c.index for c in extra)
    # headings after the label inside the appended part sit under it
    out = [c for c in heads if c.index < first or c.level > 1] + extra[:1]
    return sorted(out, key=lambda c: c.index)


def _titled_first_run(
    heads: list[Candidate], runs: list[list[Candidate]], texts: list[str]
) -> list[Candidate]:
    """A short line standing alone right over a run （1）（2）… of the family that is the
    second level under the numbered parts, before the first of them ("…要聚焦主航道。" over
    （1）…（7）, then 1、…6、 each over its own （1）…): the first part, unnumbered, at level 1
    with its run under it, not the opening. The run has the shape of the parts' own
    sub-points; only its title lacks a number."""
    tops = [c for c in heads if c.level == 1]
    subs = {c.family for c in heads if c.level == 2}
    if len(tops) < 2 or len({c.family for c in tops}) != 1 or len(subs) != 1:
        return heads
    first, sub = tops[0], subs.pop()
    if family_rank(sub) is None:
        return heads
    taken = {c.index for c in heads}
    for run in runs:
        line = run[0].index - 1
        if (
            run[0].family != sub
            or run[0].ordinal != 1
            or len(run) < 2
            or run[-1].index >= first.index
            or any(c.index in taken for c in run)
            or line < 0
            or line in taken
            or not _title_sentence(texts[line])
        ):
            continue
        heading, _ = heading_and_rest(texts[line])
        title = Candidate(line, PLAIN, 0, "", heading, "", level=1)
        return sorted([*heads, title, *(replace(c, level=2) for c in run)], key=lambda c: c.index)
    return heads


def _title_sentence(text: str) -> bool:
    """One short statement, unnumbered, that announces nothing: a part's title typed as a
    sentence ("…一定要聚焦主航道。"), not a roadmap (讲三点意见) or a lead-in (…如下：)."""
    bare = text.rstrip("。！!")
    return (
        4 <= len(bare) <= _TITLE_SENTENCE_MAX
        and match_marker(text) is None
        and not any(ch in bare for ch in "。；;：:！!？?")
        and not _ANNOUNCES.search(bare)
    )


_TITLE_SENTENCE_MAX = 30
_ANNOUNCES = re.compile(r"[两二三四五六七八九十几]+(?:点|个问题|个方面|条|项)|如下|以下")


def _titled_last_run(heads: list[Candidate], plain: list[Candidate]) -> list[Candidate]:
    """A line standing alone after the last of two or more level-1 points, right over a
    run of a family that by convention ranks above them ("第一：…" "第二：…" "第三：…", then
    "为什么要进行业务流程重整？" over 一、二、三、 to the end): a part of its own at level 1,
    its run under it, not the last point's sub-points. The line's place (the last point has
    paragraphs of its own before it) and the run's higher rank say the text has moved on."""
    tops = [c for c in heads if c.level == 1]
    if len(tops) < 2 or len({c.family for c in tops}) != 1:
        return heads
    last = tops[-1]
    below = [c for c in heads if c.index > last.index]
    taken = {c.index for c in heads}
    for line in plain:
        if line.index in taken or not last.index + 1 < line.index or not below:
            continue
        run = below[0]
        if (
            run.index != line.index + 1
            or run.level != 2
            or run.ordinal != 1
            or not all(c.family == run.family for c in below if c.level == 2)
            or family_rank(run.family) is None
            or not (family_rank(last.family) is None or outranks(run.family, last.family))
        ):
            continue
        return sorted([*heads, replace(line, level=1)], key=lambda c: c.index)
    return heads


def _named_part(text: str) -> bool:
    """Part headings that need no number: 引　言, 结　论, 开幕词, 附：…"""
    bare = re.sub(r"[ \u3000]+", "", text)
    return bare in _NAMED_PARTS or (bare.startswith(("附：", "附:")) and len(bare) <= 30)


# the last character of a place or an office: a three-character line ending in one is a
# name ("北京市", "市政府"), while "稳外贸", "促消费" are headings
_UNIT_END = frozenset("省市县区州盟旗镇乡村部局委办府厅院会处科室所站队组社司")
_NOTE_MARKS = re.compile(r"\[\d+\]")
# a line ending in a word that needs what follows, or followed by one that cannot begin
# a paragraph, is a fragment of a sentence broken around a link or a bold word
_OPEN_END = frozenset("与及把被")  # not 的 (战争的目的), 是 (实事求是), 向 (方向)
_NO_START = frozenset("、，,。；;：:的之了》”）)")


def _looks_like_heading(texts: list[str], i: int) -> bool:
    text = _NOTE_MARKS.sub("", texts[i]) if "[" in texts[i] else texts[i]
    if not 3 <= len(text) <= 40 or text[-1] in "，,、":
        return False
    if _ends_statement(text) and not (
        text[-1] in "？?" and len(text) <= 24 and text[-2] not in "呢吗"
    ):
        return False  # a question may head a part ("为什么是持久战？"), not "…是什么意思呢？"
    if i + 1 >= len(texts) or (
        len(texts[i + 1]) <= len(text)
        and not ends_sentence(texts[i + 1])
        and (match_marker(texts[i + 1]) is None or match_marker(text) is not None)
    ):
        return False  # over a shorter line: one of a list (a part title over 一、 is not)
    if _list_line(texts[i + 1]):
        return False  # one of a list of short lines, not a heading over text
    if i > 0 and len(texts[i - 1]) > 40 and not ends_sentence(texts[i - 1]):
        return False  # the tail of a broken paragraph, not a heading
    if i > 0 and _list_line(texts[i - 1]):
        return False  # the last of a list of short lines ("商业资产阶级" / "工业资产阶级")
    if text[-1] in _OPEN_END or (i + 1 < len(texts) and texts[i + 1][:1] in _NO_START):
        return False  # a piece of a broken sentence ("今年是我国与" / "印度" / "、缅甸…")
    if i > 0 and texts[i - 1][-1:] in "”’" and not _ends_statement(texts[i - 1]):
        return False  # the words after a quotation: “…和平共处” / 五项原则 / 早已…
    if len(text) == 3 and (text[-1] in _UNIT_END or not text.isalpha()):
        return False  # "北京市", "劳动部", "附 则": a place, an office, a spaced label
    if text in _CLOSING_LINES:
        return False  # "结束语": where the closing starts, not a part
    if i + 1 < len(texts) and _SIGNED_DATE.match(texts[i + 1].replace(" ", "")):
        return False  # the office signing above the date
    if text[0] in "（(" and text[-1] in "）)":
        return False  # a stage direction or a note: "（通报）", "（根据录音整理）"
    if "。" in text:
        return False  # two sentences: prose, or a caption ("…作报告。记者 …")
    if text[0] in _QUOTE_PAIRS and text.find(_QUOTE_PAIRS[text[0]]) == len(text) - 1:
        return False  # a quotation set apart (not two quoted words: “糟得很”和“好得很”)
    if "：" in text or ":" in text or text.startswith(_NOT_PART_STARTS):
        return False  # a label ("单位：万元"), a salutation or a subtitle
    if POST_END.search(text) or _TITLE_END.search(text):
        return False  # a header line metadata left behind: a post, a title
    # not a table row, a figure or a code; a year is a word of a title (难忘的1996)
    words = _YEAR.sub("年", text)
    if text[0].isdigit() or any(ch.isdigit() for ch in words):
        words = text  # a date line (2011年10月26日), figures
    ascii_like = sum(1 for ch in words if ch.isascii())
    return ascii_like * 2 <= len(words)


_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.%])")


_TITLE_END = re.compile(r"(讲话|报告|发言|致辞|会议上|大会上)$")
# a salutation, a subtitle, or a speaker turning to the next topic ("下面，着重讲一下…",
# "最后，着重讲一讲…"): a sentence of the speech, not the title of a part
_NOT_PART_STARTS = (
    "同志们",
    "各位",
    "——",
    "下面，",
    "下面我",
    "最后，",
    "现在，",
    "首先，",
    "其次，",
)
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = "”’」』）)》"


def _list_line(text: str) -> bool:
    """A short line of a list: no sentence punctuation, no marker (a heading above has one)."""
    return (
        len(text) <= 12
        and not _ends_statement(text)
        and text[-1] not in "：:，,"
        and match_marker(text) is None
        and mk.match_part(text) is None
    )


def _ends_statement(text: str) -> bool:
    """Whether a line ends a sentence: 。！？ perhaps inside closing quotes, but not a
    quotation ending a title (所谓“不服从政令、军令”)."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in "。！？!?；;…"


# -- pass 5: the tree ------------------------------------------------------------------


def _build(texts: list[str], heads: list[Candidate], title: str = "") -> Outline:
    outline = Outline()
    head_at = {c.index: c for c in heads}
    closing = find_closing(texts, heads, title)
    end = closing if closing is not None else len(texts)
    path: list[Section] = []
    for i in range(end):
        c = head_at.get(i)
        if c is None:
            if path:
                path[-1].paragraphs.append(texts[i])
            else:
                outline.preamble.append(texts[i])
            continue
        heading, rest = to_sentence_end(texts[i], c.heading, c.rest)
        section = Section(c.level, c.marker, heading, [], [], run_in=bool(rest))
        section.ending = heading_ending(texts[i], rest)
        if rest:
            section.paragraphs.append(rest)
        del path[c.level - 1 :]
        if c.label:  # a speaker's label before the point: its own line above the heading
            (path[-1].paragraphs if path else outline.preamble).append(c.label)
        if path:
            section.level = path[-1].level + 1
            path[-1].children.append(section)
        else:
            section.level = 1
            outline.sections.append(section)
        path.append(section)
    if closing is not None:
        outline.closing = texts[closing:]
    return outline
