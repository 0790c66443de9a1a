"""Scoring roadmap sentences and their links against study_roadmap_dev.json.

A gold roadmap is found when a predicted roadmap sentence contains its words (as in
study_scoring). Its link is right when the predicted sections are exactly the gold parts,
in order: each section's paragraph starts with the few words the gold gives for that part.
The count warning is right when it is raised exactly when the count the sentence names
differs from the number of gold parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent / "gold"
ROADMAP_DEV_FILE = GOLD_DIR / "study_roadmap_dev.json"
# a second, smaller set read after the rules were fitted to the first; scored once, then fitted
ROADMAP_CHECK_FILE = GOLD_DIR / "study_roadmap_check.json"
ROADMAP_CHECK2_FILE = GOLD_DIR / "study_roadmap_check2.json"  # 56 speeches, 3 roadmaps
ROADMAP_CHECK3_FILE = GOLD_DIR / "study_roadmap_check3.json"  # 5 speeches, 3 roadmaps


@dataclass
class RoadmapScore:
    """Counts over a set of documents; the ratios are what the issue's bar is about."""

    gold: int = 0
    found: int = 0
    hits: int = 0
    right: int = 0
    gold_links: int = 0  # found gold roadmaps whose parts the gold gives
    links_right: int = 0
    warnings_right: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_links: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def link_accuracy(self) -> float:
        return self.links_right / self.gold_links if self.gold_links else 1.0

    @property
    def warning_accuracy(self) -> float:
        return self.warnings_right / self.gold_links if self.gold_links else 1.0

    def figures(self) -> dict:
        return {
            "roadmap_recall": round(self.recall, 3),
            "roadmap_precision": round(self.precision, 3),
            "links_right": round(self.link_accuracy, 3),
            "warnings_right": round(self.warning_accuracy, 3),
            "gold_roadmap": self.gold,
            "found_roadmap": self.found,
            "gold_links": self.gold_links,
        }


def _starts(paragraph: str, words: str) -> bool:
    """Whether a section's paragraph begins with the gold words (spaces ignored: the reader
    writes 1.孙总 where the source has 1. 孙总)."""
    return re.sub(r"\s", "", paragraph.lstrip("#")).startswith(re.sub(r"\s", "", words))


# each gold roadmap takes the first found one with its words not taken by an earlier gold
# roadmap (five 纠正的方法： in one text, each over its own （一）（二）…), and a part opened by a
# bare numeral heading (一 / 二 on a line of its own: no words to give) is found by the words
# of the paragraph under it; False scores as before session 27
FAIR_PAIRING = True
_BARE_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")
# a numeral that stood alone on its line (（一） / 一、 / 第一、 / 一是 then the part's words on the
# next line), which the reader joins to the paragraph under it: the gold writes the words under it
_JOINED_NUMERAL = re.compile(
    r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|第?[一二三四五六七八九十]{1,3}[、，,．.]"
    r"|[一二三四五六七八九十]{1,3}是)"
)


# a heading's closing colon or stop, which the reader keeps apart from the heading's text
# (Section.ending): 1、美国运通： / 关于政权组织。 are headed 1、美国运通 / 关于政权组织
_DROPPED = ("：", ":", "。")


def _heading_is(paragraph: str, words: str) -> bool:
    """Whether ``paragraph`` is the whole of the gold ``words`` but for the colon or stop that
    closed the heading in the source."""
    return re.sub(r"\s", "", paragraph.lstrip("#")) == re.sub(r"\s", "", words).rstrip("：:。")


def _part_starts(paragraphs: list[str], i: int, words: str) -> bool:
    """Whether section ``i`` opens with the gold ``words``: its paragraph, or the paragraph
    under it when the section's heading is a bare numeral, or its paragraph past a numeral
    the gold left out (the numeral stood alone on its line, session 27's note)."""
    if _starts(paragraphs[i], words):
        return True
    if FAIR_PAIRING and words.endswith(_DROPPED) and _heading_is(paragraphs[i], words):
        return True
    flat = re.sub(r"\s", "", paragraphs[i].lstrip("#"))
    joined = _JOINED_NUMERAL.match(flat)
    if FAIR_PAIRING and joined and not _JOINED_NUMERAL.match(words):
        return _starts(flat[joined.end() :], words)
    bare = _BARE_NUMERAL.match(re.sub(r"\s", "", paragraphs[i].lstrip("#")))
    return bool(FAIR_PAIRING and bare and i + 1 < len(paragraphs)) and _starts(
        paragraphs[i + 1], words
    )


def score_roadmaps(entries: list[dict], shared: Path) -> RoadmapScore:
    """Each entry's text (read from ``shared`` as study_scoring.gold_document reads it) analysed
    and its roadmap sentences scored: the one loop of the roadmap gold tests and the bench."""
    from study_scoring import analysed

    score = RoadmapScore()
    for entry in entries:
        doc, study = analysed(entry, shared)
        score_roadmap(entry, study, [p.text for p in doc.paragraphs()], score)
    return score


def score_roadmap(entry: dict, study, paragraphs: list[str], score: RoadmapScore) -> None:
    """Add one document's roadmap comparison to ``score``; ``paragraphs`` are the texts of
    Document.paragraphs() (what the section indexes address)."""
    name = Path(entry["file"]).stem[:24]
    found = list(study.roadmap)
    score.gold += len(entry["roadmap"])
    score.found += len(found)
    links = entry.get("roadmap_links") or [None] * len(entry["roadmap"])
    taken: set[int] = set()

    def linked(hit, parts: list[str]) -> bool:
        at_parts = [i for i in hit.sections if 0 <= i < len(paragraphs)]
        return len(at_parts) == len(parts) and all(
            _part_starts(paragraphs, i, w) for i, w in zip(at_parts, parts)
        )

    # a gold roadmap linked to its own parts by a found one with its words is paired with that
    # one before any other gold roadmap takes it (1955's two 例如：, each over its own run of
    # examples, only the second found); a found roadmap is paired with one gold roadmap only
    golds = list(zip(entry["roadmap"], links))
    mine: dict[int, int] = {}
    for g, (words, link) in enumerate(golds):
        gold_parts = (link or {}).get("parts")
        for k, r in enumerate(found):
            taken_here = k in mine.values()
            if (
                FAIR_PAIRING
                and gold_parts
                and words in r.text
                and not taken_here
                and linked(r, gold_parts)
            ):
                mine[g] = k
                break
    taken.update(mine.values())
    for g, (words, link) in enumerate(golds):
        own = [k for k, r in enumerate(found) if words in r.text and k not in taken]
        first = next((k for k, r in enumerate(found) if words in r.text), None)
        if FAIR_PAIRING:
            at = mine.get(g, own[0] if own else None)
        else:
            at = first
        if at is None:
            score.misses.append(f"{name}: {words}")
            continue
        taken.add(at)
        hit = found[at]
        score.hits += 1
        if link is None or link.get("parts") is None:  # no parts to link (either spelling)
            continue
        score.gold_links += 1
        parts = link["parts"]
        at_parts = [i for i in hit.sections if 0 <= i < len(paragraphs)]
        got = [paragraphs[i] for i in at_parts]
        if linked(hit, parts):
            score.links_right += 1
        else:
            score.wrong_links.append(
                f"{name}: {words} -> {len(got)} sections, gold {len(parts)} "
                f"({[g[:8] for g in got[:4]]})"
            )
        expect = link["number"] is not None and link["number"] != len(parts)
        if (hit.warning is not None) == expect:
            score.warnings_right += 1
    for r in found:
        if any(words in r.text for words in entry["roadmap"]):
            score.right += 1
        else:
            score.spurious.append(f"{name}: {r.text[:40]}")
