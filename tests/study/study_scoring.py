"""Scoring a study analysis against the hand-made gold (shared by the test and the bench)."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD_FILE = GOLD_DIR / "study_gold.json"  # read while the rules were written
HELDOUT_FILE = GOLD_DIR / "study_heldout.json"  # read after; scored once before any change
# batch 4: 8 more texts, gold written before the analysis ran on them (scored once, blind)
HELDOUT4_FILE = GOLD_DIR / "study_heldout_b4.json"
HELDOUT5_FILE = GOLD_DIR / "study_heldout_b5.json"  # batch 5: same, after batch 4's rules
# batch 6: 9 texts (5 speeches, 4 report excerpts), 27 gold frames, made by a separate
# annotator before any analysis ran on them; development set of the rules that followed
HELDOUT6_FILE = GOLD_DIR / "study_heldout_b6.json"
# batch 7: 11 texts (5 speeches, 6 reports or excerpts), 60 gold frames, same annotator; the
# final blind test: the rules helper never saw it, scored once at the end
HELDOUT7_FILE = GOLD_DIR / "study_heldout_b7.json"
# a third annotator's speeches-only blind batch (30 ren/ and mao/ speeches, 28 frames)
HELDOUT8_FILE = GOLD_DIR / "study_heldout_b8.json"
# batch 9: 50 held-out speeches of the lead's seeded shuffle (66 frames), a fourth annotator's,
# scored once, blind, after the rules helpers' final landing
HELDOUT9_FILE = GOLD_DIR / "study_heldout_b9.json"
# a development sample of 28 ren/ and mao/ speeches (42 frames) written by the frames helper
# f11-frames before the analysis ran on them; first contact R 0.57 P 0.75, then developed on
DEV10_FILE = GOLD_DIR / "study_dev_b10.json"
# a second such sample (25 speeches, 29 frames), first contact after the rules fitted to the
# first one: R 0.48 P 0.88 — then developed on too
DEV11_FILE = GOLD_DIR / "study_dev_b11.json"
# a third (25 speeches, 22 frames), first contact after samples 10 and 11: R 0.68 P 0.83
DEV12_FILE = GOLD_DIR / "study_dev_b12.json"
# a fourth (25 speeches, 23 frames), first contact after samples 10-12: R 0.48 P 0.69
DEV13_FILE = GOLD_DIR / "study_dev_b13.json"
# a fifth (14 speeches, 19 frames), first contact after samples 10-13: R 0.68 P 0.81
DEV14_FILE = GOLD_DIR / "study_dev_b14.json"
# a sixth (5 long speeches, 5 frames), first contact after samples 10-14: R 0.80 P 0.67
DEV15_FILE = GOLD_DIR / "study_dev_b15.json"
# batch 10: the lead's reserve of 80 ren/ and mao/ speeches (97 frames, 10 roadmap sentences
# with their parts), written by annotator g11-b10 before anything ran on them, scored once blind
HELDOUT10_FILE = GOLD_DIR / "study_heldout_b10.json"
# batch 11: the last 59 unused speeches of ../shared (152 frames, 12 roadmap sentences with their
# parts), the lead's hold-out for stop 18, written by annotator g11-b11 before anything ran on them
HELDOUT11_FILE = GOLD_DIR / "study_heldout_b11.json"
# batch 12: 16 government/Party reports of the lead's reserve (mechanical excerpts; 113 frames, 17
# roadmap sentences with their parts), written by annotator g11-b12 before anything ran on them
HELDOUT12_FILE = GOLD_DIR / "study_heldout_b12.json"
# batch 13: the stop-19 hold-out — 12 report excerpts and 14 short speeches (141 frames, 14 roadmap
# sentences with their parts), written by annotator g11-b13 before anything ran on them
HELDOUT13_FILE = GOLD_DIR / "study_heldout_b13.json"
# batch 14: the stop-20 hold-out — 9 report excerpts and 4 speeches (66 frames, 7 roadmap sentences
# with their parts), written by annotator g11-b14 before anything ran on them
HELDOUT14_FILE = GOLD_DIR / "study_heldout_b14.json"
# batch 16: the stop-25 hold-out — 12 whole speeches (57 frames, 9 roadmap sentences with their
# parts), written by annotator g12s before anything ran on them
HELDOUT16_FILE = GOLD_DIR / "study_heldout_b16.json"
# batch 17: the stop-25 second hold-out — 12 whole speeches (39 frames, 9 roadmap sentences with
# their parts), written by annotator g13s before anything ran on them
HELDOUT17_FILE = GOLD_DIR / "study_heldout_b17.json"
# batch 18: the stop-26 hold-out — 12 whole speeches (38 frames, 14 roadmap sentences with their
# parts), written by annotator g14s before anything ran on them
HELDOUT18_FILE = GOLD_DIR / "study_heldout_b18.json"
# batch 19: the stop-26 second hold-out — 12 whole speeches of 2,500–23,000 characters (87
# frames, 16 roadmap sentences with their parts), written by annotator g15s before anything ran
HELDOUT19_FILE = GOLD_DIR / "study_heldout_b19.json"
# batches 20 and 21: the stop-27 hold-out — the five speeches no study gold named any more (two
# long essays for g16s: 30 frames, 6 roadmap sentences; a transcript, a company charter and a
# short talk for g16t: 37 frames, 16 roadmap sentences), written before anything ran on them
HELDOUT20_FILE = GOLD_DIR / "study_heldout_b20.json"
HELDOUT21_FILE = GOLD_DIR / "study_heldout_b21.json"
# batch 22: the stop-27 second hold-out — 12 whole speeches no *frames* gold named (some have
# roadmap-only or bookends gold; 29 frames, 5 roadmap sentences), written by g17s before
# anything ran on them
HELDOUT22_FILE = GOLD_DIR / "study_heldout_b22.json"
# batch 23: the stop-27 third hold-out — 12 whole speeches no frames gold named (22 frames, 3
# roadmap sentences), written by g18s before anything ran on them
HELDOUT23_FILE = GOLD_DIR / "study_heldout_b23.json"
# batch 24: session 28's first hold-out — 12 whole speeches no frames gold named (22 frames, 1
# roadmap sentence), written by g19s before anything ran on them
HELDOUT24_FILE = GOLD_DIR / "study_heldout_b24.json"
# batch 25: session 28's second hold-out — 12 more such speeches (32 frames, 9 roadmap sentences,
# 5 texts with their parts), written by g20s before anything ran on them
HELDOUT25_FILE = GOLD_DIR / "study_heldout_b25.json"
# batch 26: session 29's first hold-out — 12 whole speeches no frames gold named (20 frames, 5
# roadmap sentences with their parts), written by g21s before anything ran on them
HELDOUT26_FILE = GOLD_DIR / "study_heldout_b26.json"
# batch 27: session 29's second hold-out — 12 more such speeches (17 frames, 3 roadmap sentences
# with their parts, two of them in older roadmap gold), written by g22s before anything ran on them
HELDOUT27_FILE = GOLD_DIR / "study_heldout_b27.json"
# batch 28: session 30's first hold-out — 12 whole speeches no frames gold named (17 frames, 2
# roadmap sentences with their parts; every text in older roadmap/bookends/occasions gold, so its
# roadmap is not blind), written by g28s before anything ran on them
HELDOUT28_FILE = GOLD_DIR / "study_heldout_b28.json"
# batch 29: session 30's second hold-out — 12 more such speeches (17 frames, 4 roadmap sentences,
# two of them quoted in the README), written by g29s before anything ran on them
HELDOUT29_FILE = GOLD_DIR / "study_heldout_b29.json"
# batch 30: session 31's first hold-out — 12 whole speeches no frames gold named (only 4 frames, 2
# roadmap sentences with their parts; every text in older roadmap gold, so its roadmap is not
# blind), written by g30s before anything ran on them
HELDOUT30_FILE = GOLD_DIR / "study_heldout_b30.json"
# batch 31: session 31's second hold-out — 6 whole reports of corpus/scale/reports (the speeches
# with no frames gold were used up; 73 frames, 1 roadmap sentence with its parts; all six in older
# bookends or outline gold, none in frames gold), written by g31s before anything ran on them
HELDOUT31_FILE = GOLD_DIR / "study_heldout_b31.json"
# batch 32: session 32's first hold-out — 12 whole speeches no frames gold named (only 11 frames,
# 4 roadmap sentences with their parts; every text in older roadmap-only gold, so its roadmap is
# not blind), written by g32s before anything ran on them
HELDOUT32_FILE = GOLD_DIR / "study_heldout_b32.json"
# batch 33: session 32's second hold-out — 6 whole reports of corpus/scale/reports (five national
# government work reports and 青海 2026: the speeches with no frames gold were used up; 88 frames,
# 13 roadmap sentences with their parts, gwr 2001's 以下重要指导方针 named in the stop-21 roadmap
# note), written by g33s before anything ran on them
HELDOUT33_FILE = GOLD_DIR / "study_heldout_b33.json"
# batch 34: session 33's first hold-out — the last speech no frames gold named (mao 第三卷_029, a
# negative, named in study_roadmap_check2.json, so its roadmap is not blind) and four reports of
# corpus/scale/reports (gwr 1960, 1987, 2009, cpc_congress_12); 42 frames, 10 roadmap sentences
# with their parts, written by g34s before anything ran on them
HELDOUT34_FILE = GOLD_DIR / "study_heldout_b34.json"
# batch 35: session 33's second hold-out — four reports of corpus/scale/reports (gwr 1980, 1986,
# 山西 2026, cpc_congress_10, the last in bookends gold); 77 frames, 15 roadmap sentences with
# their parts, 1980's 在能源的节约方面，准备采取如下措施 very probably the stop-21 roadmap note's case
# (not blind), written by g35s before anything ran on them
HELDOUT35_FILE = GOLD_DIR / "study_heldout_b35.json"
# batch 36: session 34's first hold-out — four reports of corpus/scale/reports (gwr 1955, 1994,
# cpc_congress_03, named in study_bookends.json, and cpc_congress_01; no speech without frames gold
# was left); 26 frames, 19 roadmap sentences with their parts, 1955's 就…以下问题作一些说明 named in
# the stop-21 roadmap note (not blind), written by g36s before anything ran on them
HELDOUT36_FILE = GOLD_DIR / "study_heldout_b36.json"
# batch 37: session 34's second hold-out — the last three reports of corpus/scale/reports no frames
# gold named (gwr 1964, 海南 2026, cpc_congress_17); 68 frames, 4 roadmap sentences with their
# parts, written by g37s before anything ran on them
HELDOUT37_FILE = GOLD_DIR / "study_heldout_b37.json"
# batch 38: session 35's first hold-out — two long mao texts golded before for outline only (第一卷_013
# 中国革命战争的战略问题, 第二卷_009 论持久战; no speech or report without frames gold was left, so
# semi-blind: read for outline, swept by frame-change sweeps over un-golded texts); 56 frames, 11
# roadmap sentences with their parts, written by g38s before the study analysis ran on them
HELDOUT38_FILE = GOLD_DIR / "study_heldout_b38.json"
# batch 39: session 35's second hold-out — the last two such texts (第三卷_018 学习和时局, its 1945
# 决议 appendix apparatus by the gold; 第三卷_025 论联合政府, whose 需要在下面加以说明 the stop-21
# roadmap note names: not blind); 34 frames, 6 roadmap sentences, written by g39s before the study
# analysis ran on them. After batches 38 and 39 every text of ../shared has frames gold.
HELDOUT39_FILE = GOLD_DIR / "study_heldout_b39.json"
# batch 40: session 37's first hold-out — with every speech and long report of ../shared in frames
# gold, the 13 reports of corpus/structure with none (cpc_congress_19 and 黑龙江 2026 aside: tests
# read them) make batches 40 and 41, each a mechanical excerpt (``lines``, the README's cut): gwr
# 2005, 甘肃/安徽/山东/江苏/江西 2026 and cpc_congress_13; 72 frames, 6 roadmap sentences (2005's
# 我们的主要体会是： named in the stop-21 roadmap note: not blind), written by g40s before the study
# analysis ran on them
HELDOUT40_FILE = GOLD_DIR / "study_heldout_b40.json"
# batch 41: session 37's second hold-out (same draw): excerpts of gwr 2003, 2008, 2023, 浙江 and
# 重庆 2026 and cpc_congress_20; 54 frames, 1 roadmap sentence (its parts past the excerpt: no
# link), written by g41s before the study analysis ran on them
HELDOUT41_FILE = GOLD_DIR / "study_heldout_b41.json"
_NOISE = re.compile(r"[个的“”\"‘’「」\s]")


def norm(text: str) -> str:
    """A phrase or item as compared: without 个/的, quotes and spaces (三个服务 = 三服务)."""
    return _NOISE.sub("", text)


def same_phrase(gold: dict, found) -> bool:
    """A found frame is the gold frame when the numbers agree and one phrase holds the other
    (三方面 in 三方面的民主; 三项唯一 in 三项唯一正确的方针)."""
    if gold["number"] != found.number:
        return False
    g, f = norm(gold["phrase"]), norm(found.phrase)
    return bool(g and f) and (g in f or f in g)


def same_item(gold: str, found: str) -> bool:
    g, f = norm(gold), norm(found)
    return bool(g and f) and (g in f or f in g)


# pair repeated phrases by their items (see score_document); False scores as before stop 26
FAIR_PAIRING = True


def _items_right(gold: dict, found) -> bool:
    """Whether a found frame lists every item of a listed gold frame, in order."""
    items = gold["items"]
    return bool(found.listed) and all(
        k < len(found.items) and same_item(item, found.items[k]) for k, item in enumerate(items)
    )


@dataclass
class Score:
    """Counts over a set of documents; the ratios are what the issue's bars are about."""

    gold_frames: int = 0
    found_frames: int = 0
    matched: int = 0
    gold_listed: int = 0  # gold frames with listed=true that were found
    items_right: int = 0  # ... whose items all match, in order
    gold_items: int = 0
    item_hits: int = 0
    wrongly_listed: int = 0  # gold says only mentioned, the analysis lists items
    gold_roadmap: int = 0
    found_roadmap: int = 0
    roadmap_hits: int = 0
    roadmap_right: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def frame_recall(self) -> float:
        return self.matched / self.gold_frames if self.gold_frames else 1.0

    @property
    def frame_precision(self) -> float:
        return self.matched / self.found_frames if self.found_frames else 1.0

    @property
    def items_accuracy(self) -> float:
        """Share of found, listed gold frames whose items all come out right."""
        return self.items_right / self.gold_listed if self.gold_listed else 1.0

    @property
    def item_recall(self) -> float:
        """Share of single gold items found at their place."""
        return self.item_hits / self.gold_items if self.gold_items else 1.0

    @property
    def roadmap_recall(self) -> float:
        return self.roadmap_hits / self.gold_roadmap if self.gold_roadmap else 1.0

    @property
    def roadmap_precision(self) -> float:
        return self.roadmap_right / self.found_roadmap if self.found_roadmap else 1.0

    def figures(self) -> dict:
        return {
            "frame_recall": round(self.frame_recall, 3),
            "frame_precision": round(self.frame_precision, 3),
            "items_accuracy": round(self.items_accuracy, 3),
            "item_recall": round(self.item_recall, 3),
            "wrongly_listed": self.wrongly_listed,
            "roadmap_recall": round(self.roadmap_recall, 3),
            "roadmap_precision": round(self.roadmap_precision, 3),
            "gold_frames": self.gold_frames,
            "found_frames": self.found_frames,
            "gold_roadmap": self.gold_roadmap,
            "found_roadmap": self.found_roadmap,
        }


def load_gold(path: Path = GOLD_FILE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


# The gold frames the session-26 settlement takes out (gold file, text file's stem prefix,
# phrase, first item or None); README "Settled, session 26" gives the rule and its reason.
SETTLED = {
    "study_dev_b10.json": [("20150108", "两面性", None)],
    "study_dev_b14.json": [("20060510", "两面", None), ("20170723", "两者", "系统")],
    "study_heldout_b10.json": [("第二卷_034", "两面政策", "团结国民党以外的各派势力")],
    "study_dev_b13.json": [("1997", "二者", "短期贡献")],
}


def settled(path: Path, entries: list[dict]) -> list[dict]:
    """``entries`` of the gold file ``path`` with the frames ``SETTLED`` names taken out
    (a copy; each listed call must be found, so a renamed gold entry fails loudly)."""
    calls = SETTLED.get(path.name, [])
    out = json.loads(json.dumps(entries))
    for stem, phrase, first in calls:
        hits = [
            (entry, frame)
            for entry in out
            if Path(entry["file"]).stem.startswith(stem)
            for frame in entry.get("frames", [])
            if frame["phrase"] == phrase
            and (first is None or (frame.get("items") or [None])[0] == first)
        ]
        if len(hits) != 1:
            raise ValueError(f"settled call not found once in {path.name}: {stem} {phrase}")
        entry, frame = hits[0]
        entry["frames"].remove(frame)
    return out


def gold_document(entry: dict, shared: Path):
    """The document a gold entry is about, as the analysis must see it.

    An entry may name ``"lines": [first, last]`` (1-based, inclusive) of a long plain-text
    report: the gold then covers only that excerpt (cut before a top-level heading), and
    the analysis reads the same lines, as if the user had pasted that part of the report.
    """
    from dataclasses import replace

    from drafter.corpus.load import build_document, load_document
    from drafter.corpus.readers import read_file

    path = shared / entry["file"]
    if "lines" not in entry:
        return load_document(path)
    first, last = entry["lines"]
    raw = read_file(path)
    if raw.format != "txt":
        raise ValueError(f"{path}: a line range is only defined for plain-text files")
    return build_document(replace(raw, blocks=raw.blocks[first - 1 : last]))


# (shared, file, lines) -> (document, its study analysis), while :func:`memoised` is entered
_MEMO: dict | None = None


@contextlib.contextmanager
def memoised():
    """Within it, :func:`analysed` reads and analyses each gold text once: a batch's frames
    test and its roadmap-links test score the same texts (tests/study/test_study_gold.py).
    Neither scoring changes the document or the analysis; outside it every call reads anew,
    as the bench does."""
    global _MEMO
    outer, _MEMO = _MEMO, {} if _MEMO is None else _MEMO
    try:
        yield
    finally:
        _MEMO = outer


def analysed(entry: dict, shared: Path):
    """(the document a gold entry is about, its study analysis): :func:`gold_document`
    analysed, once per text while :func:`memoised` is entered."""
    from drafter.study.analyze import analyze

    key = (str(shared), entry["file"], tuple(entry.get("lines") or ()))
    if _MEMO is not None and key in _MEMO:
        return _MEMO[key]
    doc = gold_document(entry, shared)
    pair = (doc, analyze(doc))
    if _MEMO is not None:
        _MEMO[key] = pair
    return pair


def score_gold(entries: list[dict], shared: Path) -> Score:
    """The study analysis of each entry's text (read from ``shared``) scored against its gold:
    the one loop the gold tests and bench/study_quality.py both measure with, so a test's floor
    and the bench's figure are always the same number."""
    score = Score()
    for entry in entries:
        score_document(entry, analysed(entry, shared)[1], score)
    return score


def paired(entry: dict, frames: list) -> list[tuple[dict, int | None]]:
    """Each gold frame of ``entry`` with the index in ``frames`` of the found frame it is
    judged against, or None. Why one function: the scorer and the benches that explain its
    figures (bench/item_survey.py) must pair alike. A text that counts the same phrase twice
    (two 两个问题) pairs each listed gold frame with the found frame of its own items first
    (when :data:`FAIR_PAIRING`), then the rest with the first unused frame of that phrase."""
    own: dict[int, int] = {}
    for k, gold in enumerate(entry["frames"]):
        if gold["listed"] is not True or not FAIR_PAIRING:
            continue
        own[k] = next(
            (
                i
                for i, f in enumerate(frames)
                if i not in own.values() and same_phrase(gold, f) and _items_right(gold, f)
            ),
            -1,
        )
    used = {i for i in own.values() if i >= 0}
    out: list[tuple[dict, int | None]] = []
    for k, gold in enumerate(entry["frames"]):
        hit = own.get(k, -1)
        if hit < 0:
            hit = next(
                (i for i, f in enumerate(frames) if i not in used and same_phrase(gold, f)),
                None,
            )
        if hit is not None:
            used.add(hit)
        out.append((gold, hit))
    return out


def score_document(entry: dict, study, score: Score) -> None:
    """Add one document's comparison to ``score``."""
    name = Path(entry["file"]).stem[:24]
    frames = list(study.frames)
    score.gold_frames += len(entry["frames"])
    score.found_frames += len(frames)
    pairs = paired(entry, frames)
    used = {hit for _, hit in pairs if hit is not None}
    for gold, hit in pairs:
        if hit is None:
            score.misses.append(f"{name}: {gold['phrase']}")
            continue
        score.matched += 1
        found = frames[hit]
        if gold["listed"] is True:
            items = gold["items"]
            score.gold_listed += 1
            score.gold_items += len(items)
            hits = sum(
                1
                for k, item in enumerate(items)
                if k < len(found.items) and same_item(item, found.items[k])
            )
            score.item_hits += hits
            if found.listed and hits == len(items):
                score.items_right += 1
        elif gold["listed"] is False and found.listed:
            score.wrongly_listed += 1
    for i, f in enumerate(frames):
        if i not in used:
            score.spurious.append(f"{name}: {f.phrase}")
    texts = [r.text for r in study.roadmap]
    score.gold_roadmap += len(entry["roadmap"])
    score.found_roadmap += len(texts)
    for words in entry["roadmap"]:
        if any(words in t for t in texts):
            score.roadmap_hits += 1
    for t in texts:
        if any(words in t for words in entry["roadmap"]):
            score.roadmap_right += 1
