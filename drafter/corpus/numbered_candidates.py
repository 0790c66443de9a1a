"""Pass 1 of the outline: the paragraphs that may be headings because they open on a marker
(一、 （一） 1. 第一， 一是 …), a part number standing alone, or a heading style or automatic
number the file gives them; with the heading cut from each, and the first points a Word
bullet or a speaker's label hid."""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.corpus import markers as mk
from drafter.corpus.answers import answer_points
from drafter.corpus.articles import ARTICLE_LABEL
from drafter.corpus.candidates import FLEXIBLE, Candidate, styled_family
from drafter.corpus.headings import TRAILING, despace, heading_and_rest
from drafter.corpus.markers import Marker, match_marker, ordinal_marker_in
from drafter.corpus.model import Block

# How long a heading may be before the sentence reads as prose, per kind of family.
MAX_HEADING = {"ranked": 90, "flexible": 40}


def marked_candidate(
    i: int, block: Block, texts: list[str], points: bool = True
) -> Candidate | None:
    """The heading a paragraph may be, or None. ``points``: 第一条（追求）… with a label are
    the points of a text that is not a law (in a law, or quoted, articles are paragraphs)."""
    text = block.text
    hinted = block.heading_level is not None
    if (
        block.kind == "table"
        or not hinted
        and not block.numbering
        and text[:1] not in mk.MARKER_FIRST
        and text[:1] not in mk.ASKED_FIRST
    ):
        return None
    marker: Marker | None
    runin = False
    if block.numbering:
        # Word's label: "一、" as any marker, a bare "一" (a part number) as a part
        marker = match_marker(block.numbering.strip() + "x") or mk.match_part(
            block.numbering.strip()
        )
        if marker is not None:
            marker = Marker(marker.family, marker.ordinal, block.numbering.strip(), text)
            # a part number over a whole paragraph: its first sentence is the heading
            runin = marker.family == mk.PART and not _stands_alone(texts, i)
    elif block.kind == "bullet" and hinted:
        # a bullet the reader took for a sub-heading: the bullet is its marker, and an
        # ordinal word its text opens with is one of its words (• 第一阶段借助…, beside
        # • 坚持内部经验库的管理… of the same run), not a second numbering
        marker = None
    else:
        marker = match_marker(text) or mk.match_asked(text)
        if marker is None and _stands_alone(texts, i):
            marker = mk.match_part(text)
            if marker is not None and not hinted and marker.text[0] not in mk.CN_FIRST:
                marker = None  # a bare "3" in plain text is a page number, not a part
        elif marker is None and (marker := mk.match_runin_part(text)) is not None:
            runin = True  # 二　… run into a paragraph: its first sentence is the heading
    if (
        marker is not None
        and marker.family == mk.ARTICLE
        and points
        and (ARTICLE_LABEL.match(marker.rest) or marker.text[-1] in "、，,：:")
    ):
        # 第一条（追求）… or 第一条、… : a speaker's points, numbered (the number ends at 条);
        # 第一条：“…” a rule quoted from another's list, no point of the speaker's
        if marker.rest.startswith("“"):
            return None
        number = mk.cn_to_int(marker.text[1 : marker.text.index("条")])
        marker = Marker(mk.ARTICLE, number, marker.text, marker.rest) if number else None
    if marker is None or (marker.family == mk.ARTICLE and not marker.ordinal):
        if not hinted:
            return None
        heading, rest = heading_and_rest(text)
        family = styled_family(block.heading_level)
        cand = Candidate(i, family, 0, "", heading, rest, hinted=True)
        cand.bullet = block.kind == "bullet"
        return cand
    if marker.family == mk.PART and not runin:
        heading, rest = despace(marker.rest.rstrip(TRAILING)), ""
    elif marker.family == mk.ARTICLE and (label := ARTICLE_LABEL.match(marker.rest)):
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


def lone_bullet_firsts(
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


def answer_candidates(
    blocks: list[Block], texts: list[str], cands: list[Candidate]
) -> list[Candidate]:
    """``cands`` with the first points of answers in points (任正非：第一，… :mod:`.answers`),
    read from the text after the speaker's label, which the candidate keeps."""
    at = {c.index for c in cands}
    found = []
    for i, cut in answer_points(texts).items():
        if i in at:
            continue
        c = marked_candidate(i, replace(blocks[i], text=texts[i][cut:]), texts)
        if c is not None:
            c.label = texts[i][:cut].rstrip(" \u3000")
            found.append(c)
    return sorted(cands + found, key=lambda c: c.index) if found else cands


def asked_runs(cands: list[Candidate], texts: list[str]) -> list[Candidate]:
    """``cands`` without the questions numbered by a letter or a short 问 (Q1：…, Q7、…,
    问2：…; :func:`drafter.corpus.markers.match_asked`) that are not put as questions.

    Q1 to Q4 name a year's quarters as often as questions (Q1：销售额…, Q2：…), so a Q-number
    counts only in a run numbered in turn from 1, of two or more, where at least half the
    items are asked: a ？ in the item's paragraph, or an answer right after it (the next
    paragraph opens on a speaker's turn, 任总：…, 答：…). Kept, they are the numbered
    questions of a 座谈 or an interview, level 1 like 问题一（…）：… (tests/gold/README.md,
    blind set 36's ren 20080705: Q1：…Q6：, then Q7、…Q13、)."""
    asked = [c for c in cands if _lettered(c)]
    if not asked:
        return cands
    keep: set[int] = set()
    run: list[Candidate] = []
    for c in [*asked, None]:
        if c is not None and run and c.ordinal == run[-1].ordinal + 1:
            run.append(c)
            continue
        if len(run) >= 2 and 2 * sum(_is_asked(x.index, texts) for x in run) >= len(run):
            keep.update(x.index for x in run)
        run = [c] if c is not None and c.ordinal == 1 else []
    return [c for c in cands if not _lettered(c) or c.index in keep]


def _lettered(c: Candidate) -> bool:
    """Whether ``c`` is a question numbered by a letter or a short 问 (Q1：, 问2：), not by
    its noun (问题一（…）：, which stands on its own form)."""
    return c.family == mk.QUESTION and not c.marker.startswith("问题")


# an answer's turn: a speaker's short label and a colon (任总： / 答： / A： / 王小明：), not a
# label that heads the quarter's figures or a note (分析：, 说明：, 注：)
_TURN = re.compile(r"([^\s，,。：:！!？?、（）()“”0-9０-９]{1,6}|[AＡ][0-9０-９]{0,2})[：:]")
_NOT_TURN = frozenset(
    ("分析", "说明", "注", "备注", "原因", "措施", "目标", "计划", "问题", "结论", "小结")
    + ("总结", "建议", "数据", "指标", "重点", "要求", "时间", "地点", "结果", "问")
)


def _is_asked(i: int, texts: list[str]) -> bool:
    """Whether the item at ``i`` is put as a question: a ？ in its paragraph, or the next
    paragraph opening on an answer's turn."""
    if "？" in texts[i] or "?" in texts[i]:
        return True
    if i + 1 >= len(texts):
        return False
    m = _TURN.match(texts[i + 1].strip())
    return m is not None and m.group(1) not in _NOT_TURN and mk.match_asked(texts[i + 1]) is None
