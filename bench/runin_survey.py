"""Run-in ordinals survey: how the gold calls paragraph-initial 第一，/一是/首先 runs.

Not a timing benchmark. For every gold outline (tests/gold; the files whose source is in
/work/notes/HOLDOUT.txt skipped, their lines never printed) it lists each run of paragraphs
opening with ordinals of one run-in family (第一，… / 第一点… / 一是 一要 … / 首先 其次 最后)
inside one gold level-1 part (or in a text without parts), and whether the gold makes its
items headings (and at which level) or leaves them as body, with what the rule writer needs
to weigh: run length, whether the part has other level-2 headings, where the run stands
(under a level-2 heading of another family: its items are level 3, not judged), the
paragraphs' and first sentences' lengths, a colon lead-in, own paragraphs under each item,
and what drafter reads now. So a rule is chosen on the counts of the whole gold, not on a
miss (session 27's brief, ol5).

It also counts *loose* runs (ol6): paragraph-initial ordinals in whatever shape the speaker
said them (第二个… / 第三， / 第四点 / 第五个问题, one run, numbers consecutive from 1 or 2),
and runs of paragraph-initial sequence words (首先/先说 … 其次 … 再次 … 最后, 其次 repeated),
by shape, place (under a level-2 heading, in a part, in a text without parts), start, length
and the gold's call; and, for the ordinal runs whose shape varies, which run lengths tell
headings from body with each gold set left out in turn.

    .venv/bin/python bench/runin_survey.py [--runs] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
HOLDOUT = Path("/work/notes/HOLDOUT.txt")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

from outline_scoring import norm_heading  # noqa: E402

import drafter.corpus.pipeline as pipeline  # noqa: E402
from drafter.corpus.headings import heading_and_rest  # noqa: E402
from drafter.corpus.markers import DI, DI_NOUN, LAST, YISHI, cn_to_int, match_marker  # noqa: E402
from drafter.corpus.model import ReadError  # noqa: E402
from drafter.corpus.title_lines import NAMED_PARTS as _OUTLINE_PARTS  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from outline_quality import load_gold_document  # noqa: E402

RUN_IN = (DI, DI_NOUN, YISHI)
# part words that need no number: drafter.corpus.title_lines' list, and 结束语, which the
# outline reads as a closing's label (closing_label) and this survey as a part word
NAMED_PARTS = _OUTLINE_PARTS | {"结束语"}


def held_sources() -> set[str]:
    """Sources of the hold-out (never read here)."""
    if not HOLDOUT.is_file():
        return set()
    return {ln.strip() for ln in HOLDOUT.read_text("utf-8").splitlines() if ln.strip()}


def gold_headings(sections: list[dict]) -> list[tuple[int, str]]:
    """(level, normalised marker + heading) in document order, levels 1 and 2."""
    out: list[tuple[int, str]] = []

    def visit(s: dict) -> None:
        if s["level"] <= 2:
            out.append((s["level"], norm_heading(s["marker"] + s["heading"])))
        for c in s.get("children", []):
            visit(c)

    for s in sections:
        visit(s)
    return out


def locate(keys: list[str], texts: list[str]) -> list[int | None]:
    """Where each key (in order) is the start of a block, searched forward."""
    norms = [norm_heading(t) for t in texts]
    out: list[int | None] = []
    at = 0
    for key in keys:
        hit = None
        for j in range(at, len(norms)):
            if key and norms[j].startswith(key) or not key and not norms[j]:
                hit = j
                break
        if hit is None:  # a heading the gold wrote otherwise: try the remaining blocks loosely
            for j in range(at, len(norms)):
                if key[:12] and norms[j].startswith(key[:12]):
                    hit = j
                    break
        out.append(hit)
        if hit is not None:
            at = hit + 1
    return out


_STOPS = "。？！?!"


def first_sentence(rest: str) -> str:
    """The heading a run-in item would have by the gold's rule: its first sentence, to the
    first 。？！ outside quotes and brackets."""
    depth = 0
    for k, c in enumerate(rest):
        if c in "“（(《「‘":
            depth += 1
        elif c in "”）)》」’":
            depth = max(0, depth - 1)
        elif c in _STOPS and depth == 0:
            return rest[:k]
    return rest


def survey_file(path: Path, captured: list) -> dict | None:
    """The runs and named part words of one gold file's text, with the gold's and drafter's
    levels for each item (``captured`` receives the body blocks the outline is read from)."""
    gold = json.loads(path.read_text("utf-8"))
    captured.clear()
    try:
        doc = load_gold_document(gold)
    except ReadError:
        return None
    if not captured:
        return None
    texts = [b.text.strip() for b in captured[-1]]
    gh = gold_headings(gold["sections"])
    where = locate([k for _, k in gh], texts)
    level_at: dict[int, int] = {}
    for (lvl, _), j in zip(gh, where, strict=True):
        if j is not None:
            level_at[j] = lvl
    # drafter's headings now, by block
    dh = [(s.level, norm_heading(s.marker + s.heading)) for s in doc.outline.walk()]
    dwhere = locate([k for _, k in dh], texts)
    dlevel_at = {j: lvl for (lvl, _), j in zip(dh, dwhere, strict=True) if j is not None}

    # each block's enclosing gold level-1 part and level-2 section
    part, sub = -1, -1
    part_of, sub_of = [], []
    for i in range(len(texts)):
        lvl = level_at.get(i)
        if lvl == 1:
            part, sub = i, -1
        elif lvl == 2:
            sub = i
        part_of.append(part)
        sub_of.append(sub)
    part_end = {}
    starts = sorted(j for j, lvl in level_at.items() if lvl == 1)
    for a, b in zip(starts, [*starts[1:], len(texts)], strict=False):
        part_end[a] = b
    part_end[-1] = starts[0] if starts else len(texts)

    items = []
    for i, t in enumerate(texts):
        m = match_marker(t)
        if m is None or m.family not in RUN_IN:
            continue
        items.append((i, m))
    # runs: per family, ordinals counting up from 1 (最后 ends a run); a gold level-1
    # heading of something else between two items ends the run (another part)
    l1 = sorted(j for j, lvl in level_at.items() if lvl == 1)
    runs: list[list[tuple[int, object]]] = []
    open_runs: dict[str, list] = {}
    for i, m in items:
        run = open_runs.get(m.family)
        if run is not None:
            last = run[-1][1]
            crossed = any(run[-1][0] < j < i for j in l1)
            if not crossed and (
                m.ordinal == last.ordinal + 1 or (m.ordinal == LAST and last.ordinal != LAST)
            ):
                run.append((i, m))
                continue
        if m.ordinal in (1, 2):
            open_runs[m.family] = [(i, m)]
            runs.append(open_runs[m.family])
        else:
            open_runs.pop(m.family, None)
    out_runs = []
    for run in runs:
        if len(run) < 2:
            continue
        idx = [i for i, _ in run]
        p = part_of[idx[0] - 1] if idx[0] > 0 else -1
        gl = [level_at.get(i) for i in idx]
        dl = [dlevel_at.get(i) for i in idx]
        # other level-2 headings in the part, not this run's
        end = part_end.get(p, len(texts))
        lo = p + 1 if p >= 0 else 0
        other_l2 = [j for j, lvl in level_at.items() if lvl == 2 and lo <= j < end and j not in idx]
        under_l2 = idx[0] > 0 and sub_of[idx[0] - 1] >= 0 and part_of[idx[0] - 1] == p
        lens = [len(texts[i]) for i in idx]
        firsts = [len(first_sentence(m.rest)) for _, m in run]
        alone = [len(first_sentence(m.rest)) >= len(m.rest.rstrip("。；！？!?：:")) for _, m in run]
        # paragraphs of its own after each item (before the next item)
        own = [
            sum(1 for j in range(a + 1, b) if texts[j])
            for a, b in zip(idx, [*idx[1:], idx[-1] + 1], strict=True)
        ][:-1]
        after_last = sum(1 for j in range(idx[-1] + 1, end) if texts[j])
        before_first = sum(1 for j in range(lo, idx[0]) if texts[j] and level_at.get(j) is None)
        lead = texts[idx[0] - 1] if idx[0] > 0 else ""
        out_runs.append(
            {
                "file": path.stem,
                "family": run[0][1].family,
                "markers": [m.text for _, m in run],
                "n": len(run),
                "start": run[0][1].ordinal,
                "gold": gl,
                "drafter": dl,
                "in_part": p >= 0,
                "parts": len(starts),
                "under_l2": under_l2,
                "other_l2": len(other_l2),
                "para_len": lens,
                "first_len": firsts,
                "alone": alone,
                "own_paras": own,
                "after_last": after_last,
                "before_first": before_first,
                "lead_colon": lead.endswith(("：", ":")),
                "lead_tail": lead[-25:],
                "heads": [norm_heading(m.rest)[:30] for _, m in run],
                "head_len": [len(heading_and_rest(m.rest)[0]) for _, m in run],
            }
        )
    named = []
    for i, t in enumerate(texts):
        bare = re.sub(r"[ \u3000]+", "", t).rstrip("：:")
        if bare in NAMED_PARTS:
            first_l1 = starts[0] if starts else None
            named.append(
                {
                    "file": path.stem,
                    "word": bare,
                    "gold": level_at.get(i),
                    "drafter": dlevel_at.get(i),
                    "before_first_part": first_l1 is None or i <= first_l1,
                    "at": i,
                    "of": len(texts),
                }
            )
    loose = loose_runs(path.stem, texts, level_at, dlevel_at, part_of, sub_of, l1)
    return {"file": path.stem, "runs": out_runs, "named": named, "loose": loose}


# paragraph-initial 第N in any shape a speaker says it: 第二， 第三点 第四个问题 第五个…
# 第六是 第七关于… (no mark); not 第一次 第二天 第三季度 第一书记 (counted things, not points)
_LOOSE_DI = re.compile(r"第([一二三四五六七八九十]{1,3})(?![次年届批期代天位名季轮号章节编部条项])")
# sequence words opening a paragraph: the first (首先 / 先说 …) and the ones after it
_SEQ_FIRST = re.compile(r"(首先|先说|先讲|先谈|其一)")
_SEQ_NEXT = re.compile(r"(其次|再次|再者|其二|其三|然后|接着|再说|再讲|再谈|最后)")


def _di_form(text: str, end: int) -> str:
    """The shape of a 第N marker: what follows the number (a mark, 点, 个问题, 个…, 是, or a
    word with no mark between: "bare")."""
    rest = text[end : end + 4]
    if rest[:1] in "，,、：:．. \u3000":
        return "mark"
    for unit in ("个问题", "个方面", "方面", "点", "条意见", "件事", "句话", "是"):
        if rest.startswith(unit):
            return unit
    if rest.startswith("个"):
        return "个"
    return "bare"


_FAMILY_OF_FORM = {
    "mark": DI,
    **{u: DI_NOUN for u in ("个问题", "个方面", "方面", "点", "条意见", "件事", "句话")},
}


def leave_one_set_out(rows: list[dict]) -> list[str]:
    """For the loose ordinal runs whose shapes vary (第二个 / 第三， / 第五个问题) outside
    another heading: per gold set left out, the run lengths that make no error on the other
    sets (a run that long or longer is level 1, shorter is body), and what the least of them
    says of the set left out. Sets are the heldoutN_ prefixes; older gold files are "dev"."""
    runs = [r for r in rows if r["kind"] == "ordinal" and r["varied"] and r["place"] != "under-L2"]
    lines = []
    for out in sorted({_set_name(r["file"]) for r in runs}):
        others = [r for r in runs if _set_name(r["file"]) != out]
        fits = [
            k for k in range(2, 12) if all((r["n"] >= k) == (verdict(r) == "L1") for r in others)
        ]
        least = min(fits) if fits else None
        mine = [r for r in runs if _set_name(r["file"]) == out]
        right = sum(1 for r in mine if least and (r["n"] >= least) == (verdict(r) == "L1"))
        lines.append(
            f"   leave out {out}: lengths without error elsewhere {fits}; least {least}: "
            f"{right}/{len(mine)} of its runs right (families {[r['families'] for r in mine]})"
        )
    return lines


def _set_name(stem: str) -> str:
    m = re.match(r"heldout(\d*)_", stem)
    return f"set {m.group(1) or '0'}" if m else "dev"


def loose_runs(stem, texts, level_at, dlevel_at, part_of, sub_of, l1) -> list[dict]:
    """Runs of paragraph-initial ordinals in any shape (第二个 / 第三， / 第五个问题: one
    run, numbers consecutive from 1 or 2, no gold level-1 heading of something else between)
    and runs of paragraph-initial sequence words (首先/先说 … 其次 … 最后, 其次 repeated),
    each with the gold's and drafter's level of its items and where it stands."""
    out = []
    ords = []
    for i, t in enumerate(texts):
        m = _LOOSE_DI.match(t)
        if m and (n := cn_to_int(m.group(1))):
            ords.append((i, n, _di_form(t, m.end())))
    runs: list[list] = []
    cur: list = []
    for i, n, form in ords:
        if cur and n == cur[-1][1] + 1 and not any(cur[-1][0] < j < i for j in l1):
            cur.append((i, n, form))
            continue
        if len(cur) >= 2:
            runs.append(cur)
        cur = [(i, n, form)] if n in (1, 2) else []
    if len(cur) >= 2:
        runs.append(cur)
    for run in runs:
        out.append(_loose_row(stem, "ordinal", run, texts, level_at, dlevel_at, part_of, sub_of))
    seq: list = []
    seqs = []
    for i, t in enumerate(texts):
        if _SEQ_FIRST.match(t):
            if len(seq) >= 2:
                seqs.append(seq)
            seq = [(i, 1, _SEQ_FIRST.match(t).group(1))]
        elif seq and (m := _SEQ_NEXT.match(t)) and not any(seq[-1][0] < j < i for j in l1):
            seq.append((i, len(seq) + 1, m.group(1)))
            if m.group(1) == "最后":
                seqs.append(seq)
                seq = []
    if len(seq) >= 2:
        seqs.append(seq)
    for run in seqs:
        out.append(_loose_row(stem, "sequence", run, texts, level_at, dlevel_at, part_of, sub_of))
    return out


def _loose_row(stem, kind, run, texts, level_at, dlevel_at, part_of, sub_of) -> dict:
    """One loose run as the survey prints it."""
    idx = [i for i, _, _ in run]
    p = part_of[idx[0] - 1] if idx[0] > 0 else -1
    under = idx[0] > 0 and sub_of[idx[0] - 1] >= 0 and part_of[idx[0] - 1] == p
    own = [sum(1 for j in range(a + 1, b) if texts[j]) for a, b in zip(idx, idx[1:])]
    return {
        "file": stem,
        "kind": kind,
        "forms": [f for _, _, f in run],
        "varied": len({f for _, _, f in run}) > 1,
        # the shapes as the outline's families read them (spoken_series' forms; once
        # sequences._runin_mixed)
        "families": len({_FAMILY_OF_FORM.get(f, "bare") for _, _, f in run}),
        "start": run[0][1],
        "n": len(run),
        "gold": [level_at.get(i) for i in idx],
        "drafter": [dlevel_at.get(i) for i in idx],
        "place": "under-L2" if under else ("in-part" if p >= 0 else "no-part"),
        "own": own,
        "first_len": [len(first_sentence(texts[i])) for i in idx],
        "heads": [texts[i][:16] for i in idx],
    }


def verdict(r: dict) -> str:
    """How the gold calls a run: all level 1, all level 2, all body, or mixed."""
    g = r["gold"]
    if all(x == 2 for x in g):
        return "L2"
    if all(x == 1 for x in g):
        return "L1"
    if all(x is None for x in g):
        return "body"
    return "mixed"


def main() -> None:
    """Survey every gold file; print the counts (and each run with --runs)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", action="store_true", help="print every run")
    ap.add_argument("--json", help="write the runs to FILE")
    ap.add_argument("--gold", default="*.json")
    args = ap.parse_args()
    held = held_sources()
    captured: list = []
    real = pipeline.parse_outline

    def spy(body, *a, **k):
        captured.append(list(body))
        return real(body, *a, **k)

    pipeline.parse_outline = spy
    allruns, allnamed, allloose = [], [], []
    for path in sorted(GOLD.glob(args.gold)):
        gold = json.loads(path.read_text("utf-8"))
        if gold["source"] in held or not (SHARED / gold["source"]).is_file():
            continue
        res = survey_file(path, captured)
        if res:
            allruns.extend(res["runs"])
            allnamed.extend(res["named"])
            allloose.extend(res["loose"])
    if args.json:
        Path(args.json).write_text(json.dumps(allruns, ensure_ascii=False, indent=1), "utf-8")
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in allruns:
        v = verdict(r)
        pos = "under-L2" if r["under_l2"] else ("in-part" if r["in_part"] else "no-part")
        counts["position"][(pos, v)] += 1
        if pos == "under-L2":
            continue
        n = "4+" if r["n"] >= 4 else str(r["n"])
        counts["length"][(pos, n, v)] += 1
        counts["other_l2"][(pos, r["other_l2"] > 0, v)] += 1
        med = statistics.median(r["first_len"])
        counts["first_len"][(pos, "<=20" if med <= 20 else "<=40" if med <= 40 else ">40", v)] += 1
        counts["own"][(pos, all(x > 0 for x in r["own_paras"]), v)] += 1
        counts["alone"][(pos, all(r["alone"]), v)] += 1
        counts["lead_colon"][(pos, r["lead_colon"], v)] += 1
        counts["family"][(pos, r["family"], v)] += 1
        ok = [(x or 0) == (y or 0) for x, y in zip(r["gold"], r["drafter"], strict=True)]
        counts["drafter_agrees"][(pos, v, all(ok))] += 1
    for name, c in counts.items():
        print(f"== {name}")
        for k, v in sorted(c.items(), key=lambda kv: str(kv[0])):
            print(f"   {k}: {v}")
    print("== named part words standing alone (gold level, drafter level, before the first part)")
    for x in allnamed:
        print(
            f"   {x['file']} {x['word']} gold={x['gold']} drafter={x['drafter']} "
            f"before_first_part={x['before_first_part']} at={x['at']}/{x['of']}"
        )
    loose = Counter()
    for r in allloose:
        n = "4+" if r["n"] >= 4 else str(r["n"])
        shape = "varied" if r["varied"] else "one-shape"
        if r["kind"] == "sequence":
            shape = "seq"
        loose[(r["kind"], shape, r["place"], f"from{min(r['start'], 3)}", n, verdict(r))] += 1
    print("== loose runs (kind, shape, place, start, length, gold)")
    for k, v in sorted(loose.items(), key=lambda kv: str(kv[0])):
        print(f"   {k}: {v}")
    print("== ordinal runs whose shape varies, outside a heading: leave one set out")
    print("\n".join(leave_one_set_out(allloose)))
    if args.runs:
        for r in allloose:
            if r["varied"] or r["kind"] == "sequence":
                print(
                    "loose",
                    verdict(r),
                    r["file"],
                    r["kind"],
                    r["place"],
                    f"forms={r['forms']} gold={r['gold']} drafter={r['drafter']}",
                    f"own={r['own']} first={r['first_len']}",
                    "|",
                    " / ".join(r["heads"]),
                )
        for r in allruns:
            print(
                verdict(r),
                r["file"],
                "".join(r["markers"]),
                "under-L2" if r["under_l2"] else ("in-part" if r["in_part"] else "no-part"),
                f"otherL2={r['other_l2']} drafter={r['drafter']} first={r['first_len']}",
                f"paras={r['para_len']} own={r['own_paras']} after={r['after_last']}",
                f"before={r['before_first']} colon={r['lead_colon']} alone={r['alone']}",
                "|",
                " / ".join(r["heads"]),
            )


if __name__ == "__main__":
    main()
