"""Which frame readers fire where: a census of the rules of drafter/study/frames/rule_pass.py
and its helpers.

bench/study_logo.py holds whole gold groups out for the model's *weights*, but the *rules*
(the readers that find a count and the readers that find its items) were written on every
group; a reader that is right on only one or two gold documents is a likely over-fit. This
tool traces, for every frame the analysis reports, the reader that made it (its *maker*: a
counted mention and the guard it passed, a formula reader of frames.counterless or frames.named_formulas, a measure word, or
the second look and the reason the count had been refused) and the reader that found its
items (its *items* reader: a finder of ``frames.finders.resolve`` or of ``frames.refused_counts.second_look``),
and counts, per reader:

* on the development gold (every tests/study/gold file with frames, minus the hold-out): the
  frames it made that match a gold frame (right) or none (spurious), the gold documents with
  at least one right fire, the gold batches with one;
* over every speech of ../shared/corpus/speeches minus the hold-out: its fires and the texts
  they are in.

    .venv/bin/python bench/study_readers.py [--json] [--max-docs N] [--fires READER]

The table lists readers by gold documents with a right fire, fewest first; ``--max-docs N``
(default 2) marks the readers right on at most N gold documents. ``--fires READER`` prints the
corpus fires of one reader (maker or items) on texts that no gold holds, with the words around
each: the sample a precision check reads.

Texts listed in /work/notes/HOLDOUT.txt are skipped, whatever gold holds them.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests" / "study"))
sys.path.insert(0, str(ROOT))

from study_scoring import GOLD_DIR, gold_document, load_gold, same_phrase  # noqa: E402

from drafter.corpus.load import load_document  # noqa: E402
from drafter.corpus.model import ReadError  # noqa: E402
from drafter.study import frames  # noqa: E402
from drafter.study.frames import colon_items as frame_colon_items  # noqa: E402
from drafter.study.frames import finders as frame_finders  # noqa: E402
from drafter.study.frames import model as frame_model  # noqa: E402
from drafter.study.frames import nearby_items as frame_nearby  # noqa: E402
from drafter.study.frames import refused_counts as frame_refused  # noqa: E402
from drafter.study.frames import rule_pass as frame_rule_pass  # noqa: E402
from drafter.study.frames import sure_items_before as frame_sure_before  # noqa: E402
from drafter.study.layout import layout  # noqa: E402

_CLOCK = itertools.count()
_LAST: dict[int, tuple[int, str]] = {}  # id(mention or frame) -> (tick, items reader)
_WHY: dict[int, str] = {}  # id(frame) -> the reason a refused count was refused

# The finders of frames.finders.resolve (and the readers frames.rule_pass uses itself) and the
# readers of frames.refused_counts.second_look: each takes (lay, mention-or-frame) and returns
# (items, spans[, source]) or None. A name is traced in each module that binds it (the second look's
# readers are called from four modules: refused_counts, model, nearby_items, sure_items_before).
_FRAME_READERS = [
    "bracketed",
    "restated_after",
    "after_colon",
    "sides_after",
    "items_just_before",
    "quoted_sayings_before",
    "subject_before",
    "ended_before",
    "clauses_before",
    "aspects_before",
    "quoted_clauses_before",
    "ordinals_after",
    "run_over_break",
    "named_paragraph_leads",
    "echo_run",
    "apposition",
    "run_after",
    "repeated_one",
    "_sections",
    "echoed_before",
    "run_before",
    "sentence_before",
    "clause_before",
    "kinds_after",
    "repeated_heads",
    "introduced_after_noun",
    "list_before",
    "forward_items",
    "paragraph_leads",
    "times_run",
    "named_events",
]
_ITEM_READERS = {
    frame_rule_pass: _FRAME_READERS,
    frame_finders: _FRAME_READERS,
    frame_colon_items: _FRAME_READERS,  # (introduced_before reads after_colon)
}
_SECOND_LOOK_READERS = [
    "decided_items",
    "units_named_before",
    "sides_before",
    "listed_subject",
    "some_and_others",
    "same_opening_sentences",
    "answered_list",
    "one_and_the_other",
    "heading_clauses",
    "units_named_after",
    "kinds_one_by_one",
    "from_to_list",
    "closing_items",
    "items_around",
    "items_before",
    "enumerated_items",
    "named_ordinal_items",
    "parts_before",
    "closing_list",
    "strong_items",
    "forward_items",
    "repeated_heads",
]
for _module in (frame_refused, frame_model, frame_nearby, frame_sure_before):
    _ITEM_READERS[_module] = _SECOND_LOOK_READERS
# Readers that make frames of their own (a list of Frame back).
_MAKERS = {
    frame_rule_pass: [
        "counterless_frames",
        "paired_formulas",
        "collective_formulas",
        "doctrine_formulas",
        "figure_formulas",
        "named_lists",
        "character_formulas",
        "measured_counts",
    ],
    frame_refused: ["closing_counts", "paragraph_counts"],
}


def _trace_items(name: str, fn):
    @functools.wraps(fn)
    def wrapper(lay, obj, *args, **kwargs):
        found = fn(lay, obj, *args, **kwargs)
        number = getattr(obj, "number", None)
        if found and found[0] and (number is None or len(found[0]) == number):
            _LAST[id(obj)] = (next(_CLOCK), name)
        return found

    return wrapper


def _trace_maker(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        out = fn(*args, **kwargs)
        for frame in out:
            frame._maker = name
        return out

    return wrapper


def _install() -> None:
    for module, names in _ITEM_READERS.items():
        for name in names:
            if hasattr(module, name):
                setattr(module, name, _trace_items(name, getattr(module, name)))
    for module, names in _MAKERS.items():
        for name in names:
            if hasattr(module, name):
                setattr(module, name, _trace_maker(name, getattr(module, name)))
    resolve = frame_rule_pass.resolve

    def traced_resolve(lay, mention):
        frame = resolve(lay, mention)
        if frame is not None:
            kind = "quoted" if mention.quoted else "counted"
            frame._maker = f"{kind}[{mention.strict or '-'}]"
            last = max(
                (_LAST[k] for k in (id(mention), id(frame)) if k in _LAST),
                default=None,
            )
            if last is not None and frame.items:
                frame._items_by = last[1]
        return frame

    frame_rule_pass.resolve = traced_resolve
    second = frames.second_look

    def traced_second_look(lay, kept, rejected, *args, **kwargs):
        for f, why in rejected:
            _WHY[id(f)] = why.split(":")[0]
        ids = {id(f) for f in kept}
        out = second(lay, kept, rejected, *args, **kwargs)
        for f in out:
            if id(f) not in ids and not hasattr(f, "_maker"):
                f._maker = f"second[{_WHY.get(id(f), '?')}]"
            if id(f) not in ids:
                f._second = True
        return out

    frames.second_look = traced_second_look


def labels(frame) -> tuple[str, str]:
    """The maker and the items reader of a frame the analysis reported."""
    maker = getattr(frame, "_maker", "?")
    if getattr(frame, "_second", False) and not maker.startswith("second"):
        maker = f"second[{maker}]"
    items = getattr(frame, "_items_by", None)
    if items is None and frame.items:
        last = _LAST.get(id(frame))
        items = last[1] if last else "?"
    if items == "?":
        items = f"?{maker}"
    return maker, (items or "-") if frame.listed else "-"


def _holdout() -> set[str]:
    path = Path("/work/notes/HOLDOUT.txt")
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _found(lay) -> list:
    _LAST.clear()
    return frames.find_frames(lay)


def gold_census(holdout: set[str]):
    """Per reader: right and spurious fires, gold documents and batches with a right fire."""
    right: dict[str, int] = defaultdict(int)
    wrong: dict[str, int] = defaultdict(int)
    docs: dict[str, set[str]] = defaultdict(set)
    batches: dict[str, set[str]] = defaultdict(set)
    gold_files: set[str] = set()
    _RIGHT.clear()
    _GOLD.clear()
    for path in sorted(GOLD_DIR.glob("study_*.json")):
        entries = [e for e in load_gold(path) if "frames" in e]
        if not any(e["frames"] for e in entries):
            continue
        group = path.stem.replace("study_", "")
        for entry in entries:
            gold_files.add(entry["file"])
            if entry["file"] in holdout:
                continue
            found = _found(layout(gold_document(entry, SHARED)))
            _GOLD[group] += len(entry["frames"])
            used: set[int] = set()
            for g in entry["frames"]:
                hit = next(
                    (i for i, f in enumerate(found) if i not in used and same_phrase(g, f)), None
                )
                if hit is not None:
                    used.add(hit)
            for i, f in enumerate(found):
                if i in used:
                    _RIGHT.append((group, _reader_keys(f)))
                for reader in _reader_keys(f):
                    if i in used:
                        right[reader] += 1
                        docs[reader].add(entry["file"])
                        batches[reader].add(group)
                    else:
                        wrong[reader] += 1
    return right, wrong, docs, batches, gold_files


_RIGHT: list[tuple[str, list[str]]] = []  # (gold group, reader keys) per right frame
_GOLD: dict[str, int] = defaultdict(int)  # gold frames per group


def own_readers(batches: dict[str, set[str]]) -> list[tuple[str, int, int, int, int]]:
    """Per gold group: gold frames, right frames, right frames whose maker is right in that
    group only, right frames whose items reader is right in that group only. A reader right in
    one group alone was most likely written for it: the recall without those makers is an
    estimate of the group's recall had its rules been written on the other groups alone."""
    owner = {r: next(iter(b)) for r, b in batches.items() if len(b) == 1}
    rows = []
    for group in sorted(_GOLD):
        right = [keys for g, keys in _RIGHT if g == group]
        made = sum(1 for keys in right if owner.get(keys[0]) == group)
        items = sum(1 for keys in right if len(keys) > 1 and owner.get(keys[1]) == group)
        rows.append((group, _GOLD[group], len(right), made, items))
    return rows


def _reader_keys(frame) -> list[str]:
    """The census keys of a frame: its maker, and its items reader when it is listed."""
    maker, items = labels(frame)
    keys = [f"make:{maker}"]
    if items != "-":
        keys.append(f"items:{items}")
    return keys


def _speeches(holdout: set[str]) -> list[Path]:
    out = []
    for path in sorted((SHARED / "corpus" / "speeches").rglob("*.md")):
        rel = str(path.relative_to(SHARED))
        if rel not in holdout:
            out.append(path)
    return out


def corpus_census(holdout: set[str], gold_files: set[str], show: str | None):
    """Per reader: fires and texts over the speeches; with ``show``, that reader's fires on
    texts no gold holds, with their words."""
    fires: dict[str, int] = defaultdict(int)
    texts: dict[str, set[str]] = defaultdict(set)
    shown: list[str] = []
    for path in _speeches(holdout):
        rel = str(path.relative_to(SHARED))
        try:
            lay = layout(load_document(path))
        except ReadError:  # an empty file of the corpus
            continue
        for f in _found(lay):
            for reader in _reader_keys(f):
                fires[reader] += 1
                texts[reader].add(rel)
                if show and reader.split(":", 1)[1] == show and rel not in gold_files:
                    text = lay.paragraphs[f.span.paragraph].text
                    a, b = max(0, f.span.start - 40), f.span.end + 60
                    shown.append(
                        f"{path.stem[:28]} :: {f.phrase} ({f.number}) items {f.items} :: "
                        f"{text[a:b]}"
                    )
    return fires, texts, shown


def main() -> int:
    """Print the census table (or its JSON), fewest gold documents first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--max-docs", type=int, default=2)
    parser.add_argument("--fires", help="print one reader's fires on texts with no gold")
    args = parser.parse_args()
    _install()
    holdout = _holdout()
    right, wrong, docs, batches, gold_files = gold_census(holdout)
    fires, texts, shown = corpus_census(holdout, gold_files, args.fires)
    readers = sorted(
        set(right) | set(wrong) | set(fires), key=lambda r: (len(docs[r]), -fires[r], r)
    )
    rows = [
        {
            "reader": r,
            "gold_right": right[r],
            "gold_spurious": wrong[r],
            "gold_docs": len(docs[r]),
            "gold_batches": len(batches[r]),
            "corpus_fires": fires[r],
            "corpus_texts": len(texts[r]),
        }
        for r in readers
    ]
    if args.json:
        print(json.dumps({"readers": rows, "fires": shown}, ensure_ascii=False, indent=1))
        return 0
    print(
        f"{'reader':34} {'right':>5} {'spur':>5} {'docs':>5} {'batch':>5} {'fires':>6} {'texts':>6}"
    )
    for row in rows:
        flag = " <- over-fit?" if row["gold_docs"] <= args.max_docs else ""
        print(
            f"{row['reader']:34} {row['gold_right']:5} {row['gold_spurious']:5} "
            f"{row['gold_docs']:5} {row['gold_batches']:5} {row['corpus_fires']:6} "
            f"{row['corpus_texts']:6}{flag}"
        )
    print()
    print("gold group: R as found -> R without the makers right in that group alone")
    print("(and right frames whose items reader is right in that group alone)")
    tot = [0, 0, 0, 0]
    for group, gold, right, made, items in own_readers(batches):
        tot = [tot[0] + gold, tot[1] + right, tot[2] + made, tot[3] + items]
        print(
            f"  {group:12} R {right / gold:.2f} -> {(right - made) / gold:.2f} "
            f"(gold {gold}, right {right}, own makers {made}, own item readers {items})"
        )
    gold, right, made, items = tot
    print(
        f"  {'ALL':12} R {right / gold:.2f} -> {(right - made) / gold:.2f} "
        f"(gold {gold}, right {right}, own makers {made}, own item readers {items})"
    )
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
