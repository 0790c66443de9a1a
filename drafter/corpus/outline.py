"""Outline parsing: which paragraphs are headings, at which level, and where the closing is.

:func:`parse_outline` runs the passes over the body paragraphs; each pass lives in a module
of its own:

1. **candidates** (:mod:`.numbered_candidates`): every paragraph that starts with a marker
   (see :mod:`.markers`), a part number standing alone (一, 一　引言), or that the file format
   marks as a heading. The heading is the text after the marker up to the end of its first
   sentence (a *run-in* heading when more text follows); a short paragraph that is one
   statement is a heading as a whole, ；：？ inside or not. In a text made of articles
   (:mod:`.articles`) numbered items belong to their article;
2. **sequences** (:mod:`.sequences`): candidates of one family form runs 1, 2, 3 …; a
   paragraph whose number does not continue a run (a stray 三、 in running text) is not a
   heading, a run of one is not a list, a run of 一是/第一，items whose first sentences are
   long is prose, and items back to back after a lead-in ending in a colon are a list, not
   headings (unless they are a part's points, :mod:`.colon_lists`); unnumbered run-in topics
   in parallel are runs too (:mod:`.topic_runs`);
3. **unnumbered lines** (:mod:`.plain_candidates`): short lines standing alone between
   paragraphs (part titles, 引言/结论: :mod:`.title_lines`) and a report's lead sentences
   (:mod:`.lead_lines`) are candidates too;
4. **levels**: :mod:`.structure` scores every run and group as a whole and picks, top down,
   the one that best explains each part of the body, with a confidence and its doubts; a
   few level-1 parts its levels leave aside are put back after (:mod:`.missed_parts`);
5. **closing**: from "同志们，" / "各位代表，" / "总之，" / "最后，" after the last heading,
   or the formula and signature a text ends with ("谢谢大家！", "以上意见…", office + date)
   — found in :mod:`drafter.corpus.closing_start` (with :mod:`drafter.corpus.closing`'s cues
   of how a speech ends); :mod:`.outline_tree` builds the tree around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from drafter.corpus import markers as mk
from drafter.corpus.agenda_steps import agenda_steps_skeleton
from drafter.corpus.articles import article_start
from drafter.corpus.candidates import Candidate, is_styled, styled_family
from drafter.corpus.closing import APPENDIX_FIRST, appendix_label
from drafter.corpus.colon_lists import opening_points, part_points
from drafter.corpus.emphasis import bold_starts, word_bold_leads
from drafter.corpus.indented_titles import indented_below
from drafter.corpus.led_ordinals import led_runs
from drafter.corpus.missed_parts import (
    appended_part,
    framing_parts,
    titled_first_run,
    titled_last_run,
)
from drafter.corpus.model import Block, Outline
from drafter.corpus.noun_ordinals import labelled_runs
from drafter.corpus.numbered_candidates import (
    answer_candidates,
    asked_runs,
    lone_bullet_firsts,
    marked_candidate,
)
from drafter.corpus.outline_tree import build_tree
from drafter.corpus.plain_candidates import plain_candidates, shown_texts
from drafter.corpus.second_speaker import second_speaker_part
from drafter.corpus.sequences import list_as_skeleton, sequences, sole_points
from drafter.corpus.spoken_points import spoken_points_skeleton
from drafter.corpus.spoken_series import spoken_series
from drafter.corpus.spoken_turns import spoken_turns_skeleton
from drafter.corpus.structure import choose_structure
from drafter.corpus.styled import styled_heads
from drafter.corpus.topic_runs import bold_run, topic_runs


@dataclass
class OutlineResult:
    """The parsed outline with the warnings a user should see (e.g. numbering that could not be
    followed).
    """

    outline: Outline
    warnings: list[str] = field(default_factory=list)
    # an appendix after the text (附件：… / 附表 / 名词解释 over its lists): apparatus, which
    # the pipeline keeps with the document's (Apparatus.appendix), out of the outline
    appendix: list[str] = field(default_factory=list)


def parse_outline(
    blocks: list[Block],
    styles: bool = False,
    title: str = "",
    speaker: str | None = None,
    stated: bool = False,
) -> OutlineResult:
    """Turn the body paragraphs (after metadata took the header) into an outline.
    ``styles``: the blocks come from a Word file, whose heading styles, where it uses
    enough of them, are the author's outline (:mod:`drafter.corpus.styled`). ``title``:
    the document's title and occasion, which a last paragraph that sums the whole up takes
    up again (:func:`drafter.corpus.closing.echoes_title`). ``speaker``: the header's
    speaker field, the talk's first speaker, whom a second speaker's name line in the body
    is not (:mod:`drafter.corpus.second_speaker`). ``stated``: the heading levels the
    blocks carry are the writer's own (Markdown ``##`` headings, typed on purpose) and
    group their headings as Word's styles do, though no bullet rule of Word applies."""
    cut = _appendix_start(blocks)
    appendix = [b.text for b in blocks[cut:]]
    blocks = blocks[:cut]
    texts = [b.text for b in blocks]
    warnings: list[str] = []
    first_chars = mk.MARKER_FIRST
    articles, article_at = article_start(texts)
    if articles is not None:
        # a text made of articles (laws: 第一条 第二条 …): numbered items belong to their
        # article; only chapters and sections (and format headings) stay headings
        first_chars = frozenset("第")
    start = articles if articles is not None else len(blocks)
    cands = [
        c
        for i, b in enumerate(blocks)
        # (a law's article is passed over first: most of its paragraphs are; every index
        # of article_at is at start or after)
        if not (i in article_at and b.heading_level is None)
        and (
            b.text[:1] in (first_chars if i >= start else mk.MARKER_FIRST)
            or b.text[:1] in mk.ASKED_FIRST
            and articles is None
            or b.heading_level is not None
            or b.numbering
        )
        and (c := marked_candidate(i, b, texts, articles is None)) is not None
    ]
    # the paragraphs as Word shows them, its automatic number before the text: where a run
    # is read from its neighbours (answer points, points in mixed forms), a point Word
    # numbers (第二，) is one of them as a typed one is
    numbered = any(map(_NUMBERING, blocks))  # (asked again below; in C, no step a block)
    labelled = shown_texts(blocks) if numbered else texts
    if articles is None:
        cands = answer_candidates(blocks, labelled, asked_runs(cands, texts))
    if articles is not None:
        keep = (mk.PIAN, mk.CHAPTER, mk.SECTION)
        cands = [c for c in cands if c.index < articles or c.family in keep or is_styled(c.family)]
    if styles:
        cands = lone_bullet_firsts(blocks, texts, cands)
    if styles or stated:
        # a Word style level (a Markdown heading level) is one group of headings, numbered
        # or not: ## 前言 beside ## 一、… is a part of the same level
        for c, level in styled_heads(blocks, cands):
            c.family, c.ordinal, c.hinted = styled_family(level), 0, True
    set_aside: list[list[Candidate]] = []
    colon_lists: list[list[Candidate]] = []
    close_lists: list[list[Candidate]] = []
    prose: list[list[Candidate]] = []
    runs = sequences(cands, warnings, texts, set_aside, colon_lists, prose)
    taken = {c.index for r in runs for c in r}
    if (
        articles is None
        and (series := spoken_series(labelled, runs + set_aside + colon_lists + prose, cands))
        is not None
    ):
        # parts said with ordinals of changing forms (第一点，/第二，/第三个问题，; a
        # transcript's 第二、/第三个问题是…/第四关于…): the runs they take whole are theirs now
        joined = {c.index for c in series}
        runs = [r for r in runs if not any(c.index in joined for c in r)]
        runs.append(series)
        taken.update(joined)
    if articles is None and (labelled := labelled_runs(texts, taken)):
        # intertitles numbered after a noun (锦囊一：… 锦囊二：…): runs of a family of their own
        runs += labelled
        taken.update(c.index for r in labelled for c in r)
    if articles is None and (led := led_runs(texts, taken)):
        # paragraphs counted after a lead phrase (党八股的第一条罪状是：…): a family of their own
        runs += led
        taken.update(c.index for r in led for c in r)
    # paragraphs a Word file or a saved page opens with a bold lead: run in (a run of
    # unnumbered run-in headings), or standing alone (part titles and lead lines); only
    # the readers that see bold (Word, web pages) fill Block.bold
    runin, alone = word_bold_leads(blocks, texts, taken)
    if articles is None:
        topics = topic_runs(texts, taken)
        if runin:
            # where the file marks its leads in bold, run-in topics the text shows stay a
            # run of their own only when they are all the bold leads in their stretch
            # (关于政权组织。… 关于军事政策。 after （一）…（十）); otherwise they are some
            # of the bold leads, read with the others
            topics = [r for r in topics if bold_run(r, runin, taken, alone)]
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
        else plain_candidates(
            texts,
            taken,
            titles,
            bold_starts(blocks),
            shown_texts(blocks),
            bold,
            {i for i, b in enumerate(blocks) if b.bold},
        )
    )
    plain = _not_numbered_below(plain, runs, texts)
    if articles is None and (runs or plain):
        runs += opening_points(colon_lists, runs, plain)
        taken, close_lists = part_points(colon_lists, runs, texts, plain)
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
        settle=lambda heads: titled_last_run(heads, plain),
    )
    # 第一点，… 第二点，…: a speaker's counted points, when nothing else heads the text
    points = (
        spoken_points_skeleton(texts, prose + colon_lists)
        if articles is None and not structure.heads and skeleton is None
        else None
    )
    if points is not None:
        structure = choose_structure(len(texts), [points], [], texts, [], [], [])
    # 下面，进行第一项议程：… : a host's steps, when nothing else heads the script
    steps = (
        agenda_steps_skeleton(texts)
        if articles is None and not structure.heads and skeleton is None and points is None
        else None
    )
    if steps is not None:
        structure = choose_structure(len(texts), [steps], [], texts, [], [], [])
    # 现在我来讲一讲主观主义。: a speaker's turns, when nothing else heads the talk
    turns = (
        spoken_turns_skeleton(texts)
        if articles is None and not structure.heads and skeleton is None
        else None
    )
    if turns is not None:
        structure = choose_structure(len(texts), [turns], [], texts, [], [], [])
    heads = appended_part(structure.heads, plain, texts)
    heads = titled_first_run(heads, runs, texts)
    if articles is None:
        heads = second_speaker_part(
            heads, texts, speaker, title, runs + set_aside + prose + colon_lists
        )
    # the confidence and the doubts are judged again when these passes changed the heads:
    # judged before them, they spoke of an outline no longer shown
    structure.settle_on(framing_parts(heads, plain))
    if skeleton is not None:
        structure.confidence = min(structure.confidence, 0.8)
        structure.doubts.append(
            f"“{skeleton[0].marker}”起的 {len(skeleton)} 段按冒号引出的条目当作提纲"
        )
    elif points is not None and structure.heads:
        structure.confidence = min(structure.confidence, 0.8)
        structure.doubts.append(f"“{points[0].marker}”起的 {len(points)} 段按讲话的要点当作提纲")
    elif turns is not None and structure.heads:
        structure.confidence = min(structure.confidence, 0.8)
        structure.doubts.append(f"“{turns[0].heading}”等 {len(turns)} 句按讲话的转折当作提纲")
    # a paragraph Word numbers that is not a heading shows its number, as Word shows it
    # ("1.领导讲话稿18篇；", an item of a list)
    heads_at = {c.index for c in structure.heads}
    shown = (
        [
            f"{b.numbering.strip()}{t}" if b.numbering and t and i not in heads_at else t
            for i, (b, t) in enumerate(zip(blocks, texts))
        ]
        if numbered
        else texts  # (no numbering: a text file, most Word files)
    )
    # titles set in like the paragraphs under one set flush (论联合政府's programme points)
    # (a text of articles is a law's: it ends on its enacting article, no speech's closing)
    outline = build_tree(
        shown, indented_below(structure.heads, blocks), title, closes=articles is None
    )
    outline.confidence = structure.confidence
    outline.doubts = structure.doubts
    outline.signals = structure.signals
    return OutlineResult(outline, warnings, appendix)


def _not_numbered_below(
    plain: list[Candidate], runs: list[list[Candidate]], texts: list[str]
) -> list[Candidate]:
    """The unnumbered title candidates without the lines that open with a number of a
    family the document's numbered runs rank above (1.学理论 and （1）读原著 where 一、 and
    （一） number its parts): such a line is an item of the lower levels the writer numbered
    (the outline reads two), and taken as an unnumbered title it stood as a part of its own
    beside 二、. A lone numbered line in a text that numbers nothing above it stays."""
    ranks = [mk.RANK[r[0].family] for r in runs if r and r[0].family in mk.RANK]
    if not plain or not ranks:
        return plain
    top = min(ranks)

    def below(c: Candidate) -> bool:
        marker = mk.match_marker(texts[c.index])
        return marker is not None and mk.RANK.get(marker.family, -1) > top

    return [c for c in plain if not below(c)]


def _appendix_start(blocks: list[Block]) -> int:
    """Where an appendix begins (附件1, 名词解释 …) in the last part of the document:
    its numbered lists are not sections of the speech or report."""
    start = int(len(blocks) * 0.25)  # an appendix of 21 short rules is most of the lines
    if not _APPENDIX_FIRST.search("\n" + "\n".join([b.text for b in blocks[start:]])):
        return len(blocks)  # no paragraph from there on starts as a label can (most texts)
    for i in range(start, len(blocks)):
        text = blocks[i].text
        if appendix_label(text):
            return i
    return len(blocks)


_NUMBERING = attrgetter("numbering")

# a line starting with a character an appendix label can start with
# (closing.appendix_label asks text[:1] in APPENDIX_FIRST before its pattern)
_APPENDIX_FIRST = re.compile("\n[" + APPENDIX_FIRST + "]")
