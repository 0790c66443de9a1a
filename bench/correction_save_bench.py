"""What saving one correction costs, in CPU time, and where it goes.

    python bench/correction_save_bench.py [--library /tmp/ren-lib] [--corpus ../shared/corpus/speeches/ren]

A user who saved a correction (不是标题, 设为一级标题) waited 5-15 s on a loaded machine. The
save stores the ops and re-indexes the one document (its paragraphs out of the search
index, the corrected ones in, a Whoosh segment committed). Systems, on the same library of
real speeches (built once in ``--library`` from ``--corpus``), each timed with
``time.process_time`` (CPU, not wall: the machine is shared) over alternating save/undo
rounds on the longest documents:

  drafter         Library.add_corrections then set_corrections([]) as the reader does
  no-index        the same, with the re-index skipped (only the catalogue write): the peer
                  that says what the index update costs
  replay          apply_corrections on the cached document alone: what the window needs to
                  show the change at once

With ``--idle-merge`` the app's idle merge (``merge_small_segments``, run on a worker once
the reader's saves go quiet: drafter/ui/index_tidying.py) runs after each save and its
undo, as it would between a user's corrections; its CPU is its own row (nobody waits for
it), and the saves no longer meet the 32-segment merge. The index's segment count (all
segments, and the tiny ones under 2,000 paragraphs) is printed after every round: a
search reads each of them.

Prints a table (median CPU ms per save).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.corpus.corrections import apply_corrections  # noqa: E402
from drafter.library import Library  # noqa: E402
from drafter.library.index import tiny_segments  # noqa: E402


def _op(doc) -> dict:
    """不是标题 on the document's last heading (the correction the walk made most)."""
    heads = [p for p in doc.paragraphs() if p.is_heading]
    p = heads[-1]
    return {"op": "unheading", "para": p.index, "text": p.text}


def _cpu(fn, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t = time.process_time()
        fn()
        out.append((time.process_time() - t) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    """Build the library if needed and print the three systems' CPU per save."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--library", default="/tmp/correction-save-bench-lib")
    ap.add_argument("--corpus", default=str(ROOT / ".." / "shared/corpus/speeches/ren"))
    ap.add_argument("--docs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--idle-merge", action="store_true")
    args = ap.parse_args(argv)
    lib = Library.open(args.library, workers=1)
    try:
        if not lib.documents():
            corpus = Path(args.corpus)
            if not corpus.is_dir():
                print(f"no corpus at {corpus}", file=sys.stderr)
                return 2
            for _ in lib.sync(corpus):
                pass
        docs = sorted(lib.documents(), key=lambda d: -(d.chars or 0))
        picked = []
        for info in docs:
            doc = lib.load(info.id)
            if any(p.is_heading for p in doc.paragraphs()):
                picked.append((info.id, doc, _op(doc)))
            if len(picked) == args.docs:
                break
        rows: dict[str, list[float]] = {"drafter": [], "no-index": [], "replay": []}
        segments: list[tuple[int, int]] = []  # (all, tiny) after each round
        if args.idle_merge:
            rows["idle merge (worker)"] = []
        for doc_id, doc, op in picked:
            lib.set_corrections(doc_id, [])

            def save(doc_id=doc_id, op=op):
                lib.add_corrections(doc_id, [op])
                lib.set_corrections(doc_id, [])

            for _ in range(args.rounds):
                rows["drafter"] += [t / 2 for t in _cpu(save, 1)]
                if args.idle_merge:
                    t = time.process_time()
                    if lib.merge_small_segments():  # the rounds with nothing to merge: no row
                        rows["idle merge (worker)"].append((time.process_time() - t) * 1000)
                index = lib._current_index()
                segments.append((len(index._segments()), tiny_segments(index)))
            real = lib._reindex_documents
            lib._reindex_documents = lambda infos, **_kw: list(infos)  # the peer: no index
            try:
                rows["no-index"] += [t / 2 for t in _cpu(save, args.rounds)]
            finally:
                lib._reindex_documents = real
            rows["replay"] += _cpu(lambda doc=doc, op=op: apply_corrections(doc, [op]), 10)
        print(f"{len(lib.documents())} documents; {len(picked)} longest with headings")
        print("| system | CPU ms per save (median) | max |")
        print("|---|---:|---:|")
        for name, times in rows.items():
            if not times:
                continue
            print(f"| {name} | {statistics.median(times):.0f} | {max(times):.0f} |")
        if args.idle_merge:
            merged = len(rows["idle merge (worker)"])
            total = sum(rows["idle merge (worker)"]) / 1000
            print(f"idle merges: {merged} in {len(segments)} rounds, {total:.1f} s CPU in all")
            print(
                "segments after each round (all/tiny):", " ".join(f"{a}/{t}" for a, t in segments)
            )
    finally:
        lib.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
