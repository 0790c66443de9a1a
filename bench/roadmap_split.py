"""Roadmap sentences on every study gold file, by bench/frame_split.py's development and check halves.

Not a timing benchmark. The roadmap readers are rules fitted by reading texts; a gain counts when
it shows on texts its author did not read. Every gold file under tests/study/gold that carries
``roadmap`` (frames batches, the roadmap-only sets) is scored with tests/study/roadmap_scoring.py
— recall, precision, links right and count warnings right — and each text falls in the half
frame_split.half gives its path (the SHA-1 rule fixed before any miss was read). A text written
in two gold files counts once per file, as each file's own test counts it. Only the development
half's misses, spurious sentences and wrong links are printed (``--misses``); the check half is
only ever counted. Held-out texts (tests/holdout.py) are skipped.

    .venv/bin/python bench/roadmap_split.py [--misses] [--json]

**Result (session 44, rm44; nothing held out).** Every gold file with roadmaps, main 331f2b9b:
dev R 0.909 (180/198) P 0.968 (180/186 found), links 150/152, warnings 151/152; check R 0.972
(138/142) P 0.993 (138/139), links 105/109, warnings 109/109. (Session 43's figures for the
same split, dev 164/181 and check 125/129, were taken over a narrower set of gold files.)
After rm44's rules: a pointer past one plain paragraph, 我有N点…和大家分享 and 我挑几个…讲一讲
moved neither half (none of the gold's texts has those forms); 这样…： before a list of lines
closing on semicolons (gwr 1955's 是这样分配的：, a development-half miss read for it) gives dev R
0.914 (181/198) P 0.968 (181/187), links 151/153, warnings 152/153; the check half unchanged.

The development half's 18 misses, read and sorted: never a candidate (no verb of talk, count
or pointer the readers take: 唤醒这些同志：, 应从几种情形中去研究, 还有两种情形必须…加以分析,
实行了以下…战略转变，这也是…, 我要说的是…若干问题，即…, 事实是要谈这两个问题, 现在就来研究这两个
问题, 有些还须在下面加以补充) 9, among them gwr 1978's 报告分六个部分：一、…；二、… whose excerpt
holds one heading the outline does not read; a candidate whose parts no reader links (unmarked
paragraphs without a count after 让我再说一遍： / 是这样分配的： / 下列的处理办法。 / 下面我们就来
说明这种情形。; 论持久战's running paragraph numbers （一一三） after 只说最根本的两方面; 讲这么几点，
一个问题是… mid-paragraph) 9. Six spurious (一些不必要的痛苦 kept on purpose by talk_ahead, 乙
非组织的批评：, two in 新民主主义论, 主要有两条：一条是…, 1955's 有决定意义的问题是：…) and two wrong
links (058_2's fourth point unmarked; 1980's four sectors, three found). All are single shapes of
long essays, transcripts and 1950s reports: no general rule among them was found.

**Tried and dropped (session 45, rm45, after the eighth blind set was scored).** A count of
work ending a lead with no verb of talk or pointer, borne out by exactly as many numbered
sections (抓好六个方面的工作。 / 主要做了四件事。 / 剖析几个案例。 then 一、… or （一）…) took four of
blind8's seven missed roadmaps and nine new sentences in the sweep of ../shared (gwr 2016's
今年要重点做好八个方面工作。, 重庆's 一年来，主要抓了九个方面工作。, a Ren transcript's …有几个问题。),
but the real gold reads that shape as a frame only, never a roadmap (gwr 2000's 着重抓好四个环节,
吉林's 八个方面工作, 重庆's 九个方面工作 — three batches written apart): dev P 0.968 -> 0.958
(two new spurious), check P 0.993 -> 0.972, recall unmoved. Narrowed to the speaker's own 我
(我体会最深的是两点。), it found nothing new in the sweep or the gold — a fit to blind8 alone.
Blind8's gold marks these sentences both frames and roadmaps; the real gold's convention won.

**Settled and landed (session 45, rm46).** The lead settled the disagreement the other way: a
sentence announcing the parts that follow is a roadmap whatever its verb, when the parts follow
as headings or numbered or run-in paragraphs (tests/study/gold/README.md, "Settled, session
46"). The gold gained 17 roadmap entries in 16 files (12 dev, 5 check: 206 and 151 gold). On the
corrected gold, main ef268d1e: dev R 0.879 (181/206) P 0.968 (181/187), links 151/153, warnings
152/153; check R 0.914 (138/151) P 0.993 (138/139), links 105/109, warnings 109/109. With
roadmap.counted_statements (the count and its noun closing the lead-in's last sentence; sections
or paragraphs numbered from 1 right after, as many as the count, 几 two or more; sections alone
may differ by the count, with its warning, when the noun counted ends the sentence): dev R 0.903
(186/206) P 0.969 (186/192), links 156/158, warnings 157/158; check R 0.954 (144/151) P 0.993
(144/145), links 111/115, warnings 115/115 — no new spurious sentence in either half. The six
added sentences still missed: parts the reader does not number (第一次是…, 第二个特点是…,
2002's unnumbered headings, sections numbered from 二), a count after 这 (牌、赌、鸦片这三件) and a
count before a colon (两种做法的表现：真做和假做).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests" / "study"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from frame_split import HALVES, half  # noqa: E402
from holdout import held_out  # noqa: E402
from roadmap_scoring import GOLD_DIR, RoadmapScore, score_roadmap  # noqa: E402
from study_scoring import gold_document, settled  # noqa: E402

from drafter.study.analyze import analyze  # noqa: E402

_SUMS = ("gold", "found", "hits", "right", "gold_links", "links_right", "warnings_right")


def gold_files() -> list[Path]:
    """The study gold files whose entries carry roadmap sentences (bookends and occasions
    golds have none)."""
    out = []
    for path in sorted(GOLD_DIR.glob("study_*.json")):
        entries = json.loads(path.read_text("utf-8"))
        if isinstance(entries, list) and any("roadmap" in e for e in entries):
            out.append(path)
    return out


def measure(misses: bool) -> dict[str, RoadmapScore]:
    """Roadmap scores by half over every gold file; prints the dev half's errors when asked."""
    held = held_out()
    out = {h: RoadmapScore() for h in HALVES}
    for path in gold_files():
        for entry in settled(path, json.loads(path.read_text("utf-8"))):
            if entry["file"] in held or "roadmap" not in entry:
                continue
            doc = gold_document(entry, SHARED)
            one = RoadmapScore()
            score_roadmap(entry, analyze(doc), [p.text for p in doc.paragraphs()], one)
            h = half(entry["file"])
            for k in _SUMS:
                setattr(out[h], k, getattr(out[h], k) + getattr(one, k))
            if misses and h == "dev":
                for kind, lines in (
                    ("MISS", one.misses),
                    ("SPUR", one.spurious),
                    ("LINK", one.wrong_links),
                ):
                    for line in lines:
                        print(f"{kind} {path.name} {entry['file']} | {line}")
    return out


def _line(name: str, s: RoadmapScore) -> str:
    return (
        f"{name:6} R {s.recall:.3f} ({s.hits}/{s.gold}) P {s.precision:.3f} ({s.right}/{s.found})"
        f" links {s.links_right}/{s.gold_links} warnings {s.warnings_right}/{s.gold_links}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="dev half's errors")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to measure", file=sys.stderr)
        return 0
    out = measure(args.misses)
    if args.json:
        print(json.dumps({h: s.figures() for h, s in out.items()}, ensure_ascii=False, indent=1))
    else:
        for h, s in out.items():
            print(_line(h, s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
