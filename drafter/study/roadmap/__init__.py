"""Roadmap sentences (提纲句): "下面，我讲三点意见" announces the parts that follow.

A roadmap sentence has a speaking verb (讲/谈/提/说/交流/强调/汇报/阐述 …) and a count of
parts (三点, 几个方面, 四句话; after the verb, or before it: 就下面几个问题讲) — or a list of
quoted parts before the verb — and speaks as the speaker now (我, 下面, 借此机会, 今天 …) or
names what the parts are (意见, 体会, 希望 …); or it ends its paragraph in a colon or pointing
ahead (以下 / 如下) right before its parts; or, whatever its verb, it ends a lead-in counting the
parts that then follow numbered (重点抓好五个方面的工作。 then （一）…, session 45's convention). The package finds where such sentences stand (the
opening, a section's lead-in, a heading, before numbered paragraphs) and links each to the
parts it announces: sections, numbered paragraphs, or paragraphs up to the one that draws them
together. A roadmap whose parts cannot be found after it is not reported. When its count and
the parts differ, the roadmap carries a warning a trainee (or the writer) should look at.

This module only names the public face (``from drafter.study.roadmap import find_roadmap,
roadmap_count, ahead_count``); no module of the package imports it. Where to look for a change:

- :mod:`~drafter.study.roadmap.finder`: :func:`find_roadmap`, the entry point: gathers every
  kind below, links the roadmaps still without parts, drops what is no plan, labels the parts;
- whether one sentence announces parts, and how many: :mod:`~drafter.study.roadmap.sentence`
  (a verb of talk with a count, and what keeps a sentence out), with one module a question
  of its own: :mod:`~drafter.study.roadmap.pointers` (a colon or 以下/如下 ending it),
  :mod:`~drafter.study.roadmap.turn_to_talk` (下面谈谈…, the weaker announcement),
  :mod:`~drafter.study.roadmap.spoken_order` (先讲A，再讲B), and the words they share:
  :mod:`~drafter.study.roadmap.talk_words` (verbs of talk, counts, the speaker now),
  :mod:`~drafter.study.roadmap.inline` (quotes, items run on after a colon);
- a counted statement ending a lead-in, borne out by as many numbered parts (我体会最深的是两点。
  / 这一年，我们主要做了四件事。): :mod:`~drafter.study.roadmap.counted_statements`;
- how many, read with what stands around the sentence (a division into kinds, the talk's own
  division, the headings' words listed, questions just asked): :mod:`~drafter.study.roadmap.counts`;
- where a roadmap stands, one module a kind: :mod:`~drafter.study.roadmap.leads` (the opening
  and a section's lead-in), :mod:`~drafter.study.roadmap.headings` (a heading announcing its
  parts), :mod:`~drafter.study.roadmap.before_paragraphs` (a paragraph ending in a colon or
  pointer before its parts), :mod:`~drafter.study.roadmap.running_text` (a speaking verb in a
  section without sub-headings or the closing), :mod:`~drafter.study.roadmap.section_ends`
  (a section's last words announcing the sections after it),
  :mod:`~drafter.study.roadmap.contents` (a list whose items are the headings to come);
- what the parts are: :mod:`~drafter.study.roadmap.sections` (headings numbered from 1, alike,
  or named in order), :mod:`~drafter.study.roadmap.numbered_parts` (numbered paragraphs),
  :mod:`~drafter.study.roadmap.unmarked_parts` (paragraphs with no marker: as many as counted,
  alike, labelled, up to a wrap-up), :mod:`~drafter.study.roadmap.markers` (what opens a part);
- :mod:`~drafter.study.roadmap.fallbacks`: the order in which a reader tries the ways parts
  may be laid out, one table of ``(when, read)`` rows a reader (a new way is one row);
- :mod:`~drafter.study.roadmap.exclusions`: what reads like a roadmap but is no talk's plan
  (regulations, articles, an appended Q&A); :mod:`~drafter.study.roadmap.warning`: the count
  warning.
"""

from __future__ import annotations

from drafter.study.roadmap.finder import find_roadmap
from drafter.study.roadmap.pointers import ahead_count
from drafter.study.roadmap.sentence import roadmap_count

__all__ = ["ahead_count", "find_roadmap", "roadmap_count"]
