"""Every listed gold frame whose items come out wrong, over every gold group, sorted into classes.

Item rules written from one batch's misses have moved nothing on the next fresh batch; a class
is worth a rule only when it recurs across many groups. For each gold frame the analysis finds
(paired as tests/study/study_scoring.py pairs them) whose gold items are not all right, this
tool puts the error in one class:

* ``none`` — the frame is found but lists no items (the rules found no list for it);
* ``short`` / ``long`` — items were found, but fewer or more than the number (so not listed);
* ``elsewhere`` — a full list, none of whose items is a gold item (a list from the wrong place:
  another sentence, paragraph or the headings);
* ``extent`` — every gold item shares words with the found item at its place, but at least one
  is cut wrong (more or less than the gold words, so neither holds the other);
* ``shifted`` — gold items are found, at other places in the list (one item split in two, two
  merged, an item skipped);
* ``partly`` — some items right, the others not found at all.

Each row also says where the gold's first item stands in the text relative to the frame's
mention (``same`` sentence, ``after`` in the same paragraph, ``next`` paragraphs, ``before``,
``heading`` below, ``absent`` — the words are not in the text as written), and what the
analysis took (its ``source``).

    .venv/bin/python bench/item_survey.py [--list] [--class CLASS] [--group NAME]
    .venv/bin/python bench/item_survey.py --boundary [--group NAME]

``--boundary`` asks whether wrong items are a matter of where an item is cut or of which words
are taken: per group, the found listed frames right, without items (``none``) and with a wrong
list shown (``wrong``; the scorer counts none and wrong alike, a trainee does not), the share of
shown lists that are right, single items matched at three tolerances (``exact`` after
study_scoring.norm, ``near`` — one holds the other, lengths within four characters — and
``holds``, the scorer's one-holds-the-other), and how many wrong lists would come out right if
every item ran on to the end of its sentence part (。；！？: the gold's words lie further on in the
same item) against how many single items that lengthening would change.

Texts listed in the session's hold-out file (default /work/notes/HOLDOUT.txt) are skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests" / "study"))
sys.path.insert(0, str(ROOT))

import study_scoring as gold  # noqa: E402
from study_scoring import (  # noqa: E402
    _items_right,
    gold_document,
    load_gold,
    norm,
    same_item,
)

from drafter.study.analyze import analyze  # noqa: E402

GROUPS = {
    "dev": gold.GOLD_FILE,
    "h": gold.HELDOUT_FILE,
    "b4": gold.HELDOUT4_FILE,
    "b5": gold.HELDOUT5_FILE,
    "b6": gold.HELDOUT6_FILE,
    "b7": gold.HELDOUT7_FILE,
    "b8": gold.HELDOUT8_FILE,
    "b9": gold.HELDOUT9_FILE,
    "d10": gold.DEV10_FILE,
    "d11": gold.DEV11_FILE,
    "d12": gold.DEV12_FILE,
    "d13": gold.DEV13_FILE,
    "d14": gold.DEV14_FILE,
    "d15": gold.DEV15_FILE,
    "b10": gold.HELDOUT10_FILE,
    "b11": gold.HELDOUT11_FILE,
    "b12": gold.HELDOUT12_FILE,
    "b13": gold.HELDOUT13_FILE,
    "b14": gold.HELDOUT14_FILE,
    "b16": gold.HELDOUT16_FILE,
    "b17": gold.HELDOUT17_FILE,
    "b18": gold.HELDOUT18_FILE,
    "b19": gold.HELDOUT19_FILE,
    "b20": gold.HELDOUT20_FILE,
    "b21": gold.HELDOUT21_FILE,
    "b22": gold.HELDOUT22_FILE,
    "b23": gold.HELDOUT23_FILE,
    "b24": gold.HELDOUT24_FILE,
    "b25": gold.HELDOUT25_FILE,
    "b26": gold.HELDOUT26_FILE,
    "b27": gold.HELDOUT27_FILE,
    "b28": gold.HELDOUT28_FILE,
    "b29": gold.HELDOUT29_FILE,
    "b30": gold.HELDOUT30_FILE,
    "b31": gold.HELDOUT31_FILE,
    "b32": gold.HELDOUT32_FILE,
    "b33": gold.HELDOUT33_FILE,
    "b34": gold.HELDOUT34_FILE,
    "b35": gold.HELDOUT35_FILE,
    "b36": gold.HELDOUT36_FILE,
    "b37": gold.HELDOUT37_FILE,
    "b38": gold.HELDOUT38_FILE,
    "b39": gold.HELDOUT39_FILE,
    "b40": gold.HELDOUT40_FILE,
    "b41": gold.HELDOUT41_FILE,
}

_SENTENCE_END = re.compile(r"[。！？；]")


def pairs(entry: dict, frames: list) -> list[tuple[dict, object]]:
    """(gold frame, found frame) pairs, made exactly as ``study_scoring.score_document``
    makes them; a gold frame that is not found is left out."""
    return [(g, frames[hit]) for g, hit in gold.paired(entry, frames) if hit is not None]


def classify(g: dict, f) -> str:
    """The class of a wrong item list (see the module's docstring)."""
    items = g["items"]
    if not f.items:
        return "none"
    if len(f.items) < f.number:
        return "short"
    if len(f.items) > f.number:
        return "long"
    at = [k < len(f.items) and same_item(it, f.items[k]) for k, it in enumerate(items)]
    anywhere = [any(same_item(it, x) for x in f.items) for it in items]
    if not any(anywhere):
        shared = [
            k < len(f.items) and bool(set(norm(it)) & set(norm(f.items[k])))
            for k, it in enumerate(items)
        ]
        return "extent" if all(shared) else "elsewhere"
    if all(anywhere) and not all(at):
        return "shifted"
    shared = [
        a or (k < len(f.items) and len(set(norm(it)) & set(norm(f.items[k]))) >= 2)
        for k, (it, a) in enumerate(zip(items, at))
    ]
    return "extent" if all(shared) else "partly"


def where(paras: list, g: dict, f) -> str:
    """Where the gold's first item stands relative to the frame's mention."""
    first = norm(g["items"][0])
    if not first:
        return "?"
    p = f.span.paragraph
    text = paras[p].text
    if paras[p].is_heading is False:
        pass
    here = norm(text)
    # the sentence of the mention
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, f.span.start)), default=0)
    end_m = _SENTENCE_END.search(text, f.span.end)
    end = end_m.end() if end_m else len(text)
    if first in norm(text[start:end]):
        return "same"
    if first in norm(text[end:]):
        return "after"
    if first in norm(text[:start]):
        return "before"
    for q in range(p + 1, min(len(paras), p + 40)):
        if first in norm(paras[q].text):
            return "heading" if paras[q].is_heading else ("next" if q - p <= 3 else "far")
    for q in range(p - 1, max(-1, p - 10), -1):
        if first in norm(paras[q].text):
            return "prev"
    return "absent" if first not in here else "?"


def _context(paras: list, f) -> str:
    """The mention's sentence and the one after it (for --context)."""
    text = paras[f.span.paragraph].text
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, f.span.start)), default=0)
    ends = list(_SENTENCE_END.finditer(text, f.span.end))
    end = ends[1].end() if len(ends) > 1 else len(text)
    return text[start:end][:300] + "  ⟦after: " + text[f.span.end : f.span.end + 30] + "⟧"


def survey(groups: dict[str, Path], holdout: set[str]) -> list[dict]:
    """One row per found, listed gold frame whose items are not all right."""
    rows = []
    for name, path in groups.items():
        for entry in load_gold(path):
            if entry["file"] in holdout:
                continue
            doc = gold_document(entry, SHARED)
            study = analyze(doc)
            paras = doc.paragraphs()
            for g, f in pairs(entry, list(study.frames)):
                if g["listed"] is not True:
                    continue
                if _items_right(g, f):
                    rows.append({"group": name, "ok": True})
                    continue
                rows.append(
                    {
                        "group": name,
                        "ok": False,
                        "file": Path(entry["file"]).stem[:20],
                        "phrase": g["phrase"],
                        "class": classify(g, f),
                        "where": where(paras, g, f),
                        "source": f.source or "-",
                        "gold": g["items"],
                        "found": list(f.items),
                        "para": f.span.paragraph,
                        "context": _context(paras, f),
                    }
                )
    return rows


_PART_END = re.compile(r"[。；;！？!?]")
BOUNDARY_TOLERANCES = ("exact", "near", "holds")


def item_matches(gold_item: str, found: str, tolerance: str) -> bool:
    """Whether a found item is the gold item at a tolerance of its boundary: ``exact`` (the
    same words once 个/的, quotes and spaces are dropped), ``near`` (one holds the other and
    they differ by at most four characters) or ``holds`` (one holds the other: the scorer's)."""
    g, f = norm(gold_item), norm(found)
    if not g or not f or not (g in f or f in g):
        return False
    if tolerance == "exact":
        return g == f
    if tolerance == "near":
        return abs(len(g) - len(f)) <= 4
    return True


def to_part_end(paras: list, item: str, span) -> str:
    """The item run on to the end of its sentence part (the next 。；！？ of its paragraph)."""
    text = paras[span.paragraph].text
    at = text.find(item, span.start) if item else -1
    at = at if at >= 0 else span.start
    end = _PART_END.search(text, at + 1)
    return text[at : end.start() if end else len(text)]


def boundary(groups: dict[str, Path], holdout: set[str]) -> dict[str, Counter]:
    """Per group, the counts ``--boundary`` prints (see the module's docstring)."""
    out: dict[str, Counter] = {}
    for name, path in groups.items():
        c = out.setdefault(name, Counter())
        for entry in load_gold(path):
            if entry["file"] in holdout:
                continue
            doc = gold_document(entry, SHARED)
            paras = doc.paragraphs()
            for g, f in pairs(entry, list(analyze(doc).frames)):
                if g["listed"] is not True:
                    continue
                c["listed"] += 1
                c["gold_items"] += len(g["items"])
                right = _items_right(g, f)
                if right:
                    c["right"] += 1
                if not (f.listed and f.items):
                    c["none"] += 1
                    continue
                c["wrong"] += not right
                c["found_items"] += len(f.items)
                at = list(enumerate(zip(g["items"], f.items)))
                for tol in BOUNDARY_TOLERANCES:
                    c[tol] += sum(1 for _, (a, b) in at if item_matches(a, b, tol))
                longer = [to_part_end(paras, i, s) for i, s in zip(f.items, f.item_spans)]
                c["lengthened"] += sum(1 for a, b in zip(longer, f.items) if norm(a) != norm(b))
                if not right and all(
                    k < len(longer) and same_item(a, longer[k]) for k, a in enumerate(g["items"])
                ):
                    c["right_if_lengthened"] += 1
    out["ALL"] = sum(out.values(), Counter())
    return out


def print_boundary(table: dict[str, Counter]) -> None:
    """The ``--boundary`` table, one line per group and one for all."""
    print(
        "group right/listed none wrong shown-right | single items P/R exact near holds | "
        "right if run to part end (items changed)"
    )
    for name, c in table.items():
        shown = c["right"] + c["wrong"]
        pr = " ".join(
            f"{c[t] / max(1, c['found_items']):.2f}/{c[t] / max(1, c['gold_items']):.2f}"
            for t in BOUNDARY_TOLERANCES
        )
        print(
            f"{name:5} {c['right']:3}/{c['listed']:<3} {c['none']:3} {c['wrong']:3}"
            f" {c['right'] / max(1, shown):.2f} | {pr} | {c['right_if_lengthened']}"
            f" ({c['lengthened']} of {c['found_items']})"
        )


def main() -> int:
    """Print the class counts per group (and, with --list, every wrong frame)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--class", dest="cls")
    parser.add_argument("--group", nargs="*")
    parser.add_argument("--context", action="store_true", help="print each mention's sentence")
    parser.add_argument(
        "--boundary", action="store_true", help="item boundary figures per group (see above)"
    )
    parser.add_argument("--holdout", type=Path, default=Path("/work/notes/HOLDOUT.txt"))
    args = parser.parse_args()
    held = set()
    if args.holdout.is_file():
        held = {s.strip() for s in args.holdout.read_text().splitlines() if s.strip()}
    groups = {k: v for k, v in GROUPS.items() if not args.group or k in args.group}
    if args.boundary:
        print_boundary(boundary(groups, held))
        return 0
    rows = survey(groups, held)
    bad = [r for r in rows if not r["ok"]]
    classes = sorted(Counter(r["class"] for r in bad).items(), key=lambda kv: -kv[1])
    per = defaultdict(Counter)
    for r in bad:
        per[r["class"]][r["group"]] += 1
    ok = Counter(r["group"] for r in rows if r["ok"])
    total = Counter(r["group"] for r in rows)
    print("group  right/listed")
    print("  ".join(f"{g}:{ok[g]}/{total[g]}" for g in groups))
    for cls, n in classes:
        spread = ", ".join(f"{g} {c}" for g, c in per[cls].most_common())
        print(f"{cls:10} {n:3}  in {len(per[cls])} groups: {spread}")
    places = Counter((r["class"], r["where"], r["source"]) for r in bad)
    print("class / where the gold's first item is / source taken:")
    for (cls, w, s), n in places.most_common():
        print(f"  {cls:10} {w:8} {s:9} {n}")
    if args.list:
        for r in bad:
            if args.cls and r["class"] != args.cls:
                continue
            print(
                f"{r['group']:4} {r['class']:9} {r['where']:7} {r['source']:8} {r['file']:20}"
                f" {r['phrase']}  gold={'|'.join(r['gold'])}  found={'|'.join(r['found'])}"
            )
            if args.context:
                print("      " + r["context"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
