"""Numeric frames (数字概括): 三个服务, 四勤, “五个坚持”, 三点意见 … and the items they count.

A frame is found as a *mention* — a Chinese number with a counter and a noun (三个服务,
四点希望, 三句话), or any quoted formula that starts with or holds a number (“四勤”,
“五个三”, “三严三实”). Its items are then looked for where Chinese writers put them, in
this order:

1. in brackets right after it: “六种意识”（政治意识、大局意识……）;
2. after a colon: 三个多：多学、多思、多练 — or 主要有四个目的：一是…二是…;
3. just before it: “参与政务”、“管理事务”、“搞好服务”三大职能; 从A、B、C等三个方面;
4. as 一是/一要/第一/首先 ordinals later in the paragraph or in the paragraphs after it;
5. as the headings below it: a frame in a heading (四、做到“四勤”) or in the lead-in of a
   section (给大家提三点希望) counts the section's sub-headings; one in the opening
   (我讲三点意见) counts the top-level sections.

A frame is *listed* only when exactly as many items are found as the number says; every
other frame is kept as mentioned. Plain counts of things (三个月, 两个人) are not frames.

Where things live: the mentions and the guards that refuse plain counts are in
:mod:`drafter.study.frames.mentions`; the finders of a mention's items (1–5 above) and
:func:`~drafter.study.frames.finders.resolve`, which tries them, in
:mod:`drafter.study.frames.finders`; :func:`find_frames` here runs the three passes: the rules
(:mod:`drafter.study.frames.rule_pass`: which frames a document keeps — one frame per set,
a phrase's later uses folded into it unless they count another set,
the formulas without a counter, the apparatus left out (other speakers' remarks), compounds and
repeats folded), the second look at the counts they refused
(:mod:`drafter.study.frames.refused_counts`) and the last touches
(:mod:`drafter.study.frames.finishing`).

Where to look for a change, one module a kind of reading (the package itself exports
:func:`find_frames` and the passes it runs: :func:`~drafter.study.frames.rule_pass.rule_frames`,
:func:`~drafter.study.frames.refused_counts.second_look`,
:func:`~drafter.study.frames.finishing.finish`; import the rest from its module):

- :mod:`~drafter.study.frames.rule_pass`: the rules' pass over a document (:func:`rule_frames`),
  with :mod:`~drafter.study.frames.others_remarks` (other speakers' remarks and asides, left
  out) and :mod:`~drafter.study.frames.repeat_folds` (a frame named again, compounds: folded);
- :mod:`~drafter.study.frames.finishing`: the last touches (A和B是两件事 dropped, items
  polished);
- :mod:`~drafter.study.frames.mentions`: where a frame is mentioned (三个服务, “四勤”, 3类报表) and the
  guards that refuse plain counts (三个月, 两个人): :func:`mentions`;
- :mod:`~drafter.study.frames.finders`: the finders of a mention's items (brackets, colon,
  before, ordinals, headings) and :func:`~drafter.study.frames.finders.resolve`, which tries
  them;
- items not in brackets, after a colon or in ordinals, one module a place:
  :mod:`~drafter.study.frames.quoted_before` (quoted clauses before),
  :mod:`~drafter.study.frames.apposition` (named right after),
  :mod:`~drafter.study.frames.copula_subject` (the subject of 是 before the count),
  :mod:`~drafter.study.frames.pointed_clauses` and :mod:`~drafter.study.frames.pointed_runs`
  (the clauses or the numbered run a pointer 这/上述 refers to),
  :mod:`~drafter.study.frames.runs_after` (一个是…, sentences opening 一条，…),
  :mod:`~drafter.study.frames.noun_namings` (the count's noun named again with each item),
  :mod:`~drafter.study.frames.formula_words` (a formula's items anywhere: “五业”, 四个现代化),
  with :mod:`~drafter.study.frames.item_words` trimming an item's words for all of them;
- :mod:`~drafter.study.frames.forward`: the one general reader of the items that FOLLOW a count
  (enumerators, an introduced list, numbered paragraphs);
- :mod:`~drafter.study.frames.closing_lists`: items that stand BEFORE a count and close its list
  (两者, 二者, 三者, 两种; 上述三要素); :mod:`~drafter.study.frames.paragraph_sums`: the numbered
  paragraphs or sections 以上N条 sums up; :mod:`~drafter.study.frames.item_places`: where
  items stand (:func:`~drafter.study.frames.item_places.item_spans`);
- :mod:`~drafter.study.frames.units`: the list right before a count cut into exactly as many
  units (农业、工业、贸易三方面);
- :mod:`~drafter.study.frames.parallel_before`: the units written alike, parted by commas or
  by nothing, that a pointer count closes (在A，在B，在C，这三种地方; 家族神道男女关系这三点);
- :mod:`~drafter.study.frames.noun_heads`: units after a count headed by its own noun (第一张皮…
  第五张皮, 一是…另外就是); :mod:`~drafter.study.frames.introduced_items`: a list introduced after
  the count's whole noun phrase, paragraphs each opening on their subject (关于…);
- :mod:`~drafter.study.frames.count_subject` (a bare count named by its subject: 基本原则有三个)
  and :mod:`~drafter.study.frames.item_polish` (an item's tying words taken off), read when a
  frame is finished;
- :mod:`~drafter.study.frames.pointer`: counts that point back at units just given (这两类经理,
  这两支军队);
- :mod:`~drafter.study.frames.sections`: items read off the outline: sub-headings, top-level
  sections, numbered sections after a lead-in;
- :mod:`~drafter.study.frames.figures`: counts in figures whose clause names every item
  (航空、机器人…4个集群);
- :mod:`~drafter.study.frames.measures`: counts with everyday measure words (两手, 两批人, 三股歪风),
  handed to the second look;
- :mod:`~drafter.study.frames.lexicon`: the mined formula lexicons (QUOTED_FORMULAS,
  NAMED_FORMULAS, COUNTED_FORMULAS): regenerate with bench/formula_lexicon.py;
- second-pass rules: :mod:`~drafter.study.frames.counterless` (formulas without a counter: 两极,
  三线, 三严三实, 三权分立), :mod:`~drafter.study.frames.named_formulas` (三民主义, 三朵云, 干部八条,
  八字校训), :mod:`~drafter.study.frames.pruning` (the counts that are no summaries) with
  :mod:`~drafter.study.frames.named_things`, :mod:`~drafter.study.frames.shared_qualifiers`,
  :mod:`~drafter.study.frames.reused_phrases` and :mod:`~drafter.study.frames.summary_nouns`;
- :mod:`~drafter.study.frames.nouns`: the noun of a counted frame (三条主线 -> 主线);
- :mod:`~drafter.study.frames.kinds`: what a count counts, by jieba's tags: names, numbered
  units, bodies, times;
- :mod:`~drafter.study.frames.decide`: refused counts a reader can decide before any weighing (N
  items spelled out beyond doubt);
- the second look at refused counts: :mod:`~drafter.study.frames.refused_counts` (which are
  kept, and how), :mod:`~drafter.study.frames.model` (named features and logistic weights,
  fitted by bench/study_logo.py), :mod:`~drafter.study.frames.nearby_items` (the general readers
  of the items around a count), :mod:`~drafter.study.frames.sure_items_before` and
  :mod:`~drafter.study.frames.sure_items_after` (items in shapes kept without weighing),
  :mod:`~drafter.study.frames.plain_counts` (counts of people, time, sides: dropped) and
  :mod:`~drafter.study.frames.mention_folds` (a count naming a kept frame again: its mention).
"""

from __future__ import annotations

from drafter.study.frames.finishing import finish
from drafter.study.frames.refused_counts import second_look
from drafter.study.frames.rule_pass import rule_frames
from drafter.study.layout import Layout
from drafter.study.model import Frame
from drafter.study.traditional import has_traditional, restore, simplified


def find_frames(lay: Layout, *, simplified_by_caller: bool = False) -> list[Frame]:
    """All frames of a document, each set once (its first listed mention wins; a phrase used
    again for another set is a frame again), in reading order of the mention kept. A text in
    traditional characters is read through a simplified copy (:mod:`drafter.study.traditional`).
    ``simplified_by_caller``: the caller has counted the script itself and passes a traditional
    text's simplified copy (:func:`drafter.study.analyze.analyze` does), so the count, a scan of
    the whole joined text, is not made twice; called alone, the text is always counted."""
    if not simplified_by_caller and has_traditional(lay):
        read = simplified(lay)
        return restore(_find_frames(read), lay, read)
    return _find_frames(lay)


def _find_frames(lay: Layout) -> list[Frame]:
    frames, rejected = rule_frames(lay)
    return finish(lay, second_look(lay, frames, rejected))
