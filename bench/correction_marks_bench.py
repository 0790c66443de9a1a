"""What the library's 已人工更正 mark costs the listing, with many corrected documents.

    python bench/correction_marks_bench.py [--docs 300] [--rounds 3] [--kinds local,team]

The library panel's listing (drafter/ui/panels/library_listing.read_listing) marks each
corrected document by what its corrections change (drafter/library/correction_marks.py):
a document whose stored ops include outline ones is replayed from its cached parse to
learn whether they changed anything. This bench imports ``--docs`` real speeches of
/work/shared/corpus/speeches (or $DRAFTER_SHARED) into a local library and into a team
library on a throwaway PostgreSQL cluster (tests/pg_cluster.py), corrects an outline op in
each, and times in the same run, per library: the listing with the mark off, the listing
at the first opening (a fresh library object, the replay's memory empty), and the listing
again (the memory warm). A local library's listing is read on the window's thread, so
its first-listing figure is how long the window stands still; a team library's is read on
a worker, so it is how long the table waits. Writes a table to stdout and
bench/results/correction_marks.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # pg_cluster: test tooling

RESULTS = ROOT / "bench" / "results" / "correction_marks.md"


def speeches(count: int) -> list[Path]:
    """``count`` real speeches, the same ones every run (sorted, both collections)."""
    shared = Path(os.environ.get("DRAFTER_SHARED", ROOT.parent / "shared"))
    folder = shared / "corpus" / "speeches"
    if not folder.is_dir():
        folder = Path("/work/shared/corpus/speeches")
    files = sorted(p for p in folder.rglob("*") if p.suffix in {".txt", ".md"})
    half = count // 2
    mao = [p for p in files if "/mao/" in str(p)]
    ren = [p for p in files if "/ren/" in str(p)]
    return (mao[:half] + ren[: count - half])[:count]


def open_lib(kind: str, where: str):
    from drafter.library import Library, open_library

    if kind == "local":
        return Library.open(where, workers=2, lock_timeout=600)
    local = Path(tempfile.gettempdir()) / "cmb"
    return open_library(where, workers=2, lock_timeout=600, local_dir=local)


def correct_each(lib) -> int:
    """Make one body paragraph of each document a level-1 heading (an outline op, so the
    mark replays it). Returns how many documents were corrected."""
    done = 0
    for info in lib.documents():
        doc = lib.load(info.id)
        paras = list(doc.paragraphs())
        body = [n for n, p in enumerate(paras) if not p.is_heading and len(p.text) > 8]
        if not body:
            continue
        i = body[len(body) // 2]
        lib.set_corrections(
            info.id, [{"op": "heading", "para": i, "text": paras[i].text, "level": 1}]
        )
        done += 1
    return done


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def measure(kind: str, where: str, rounds: int) -> dict[str, list[float]]:
    """Seconds, per round on a fresh library object with the replays' memory cleared:
    ``off`` the listing with no marks at all; ``before`` the listing replaying every
    corrected document where it is read (as the panel did); ``listing`` the listing as
    now (no parse read); ``worker`` the replays run after it on a worker; ``again`` the
    listing once the replays are remembered."""
    out: dict[str, list[float]] = {k: [] for k in ("off", "before", "listing", "worker", "again")}
    for _ in range(rounds):
        lib = open_lib(kind, where)
        try:
            one_round(lib, out)
        finally:
            lib.close()
    return out


def one_round(lib, out: dict[str, list[float]]) -> None:
    """One round of :func:`measure` on ``lib``, its figures appended to ``out``."""
    import drafter.library.correction_marks as marks_module
    from drafter.ui.panels import library_listing

    real = marks_module.read_marks
    try:
        lib.documents()  # the connection and the catalogue warm, as after the open
        marks_module.read_marks = lambda _lib, _docs, replay=True: ({}, True)
        library_listing.read_listing(lib)  # its imports paid once, outside the figures
        out["off"].append(timed(lambda: library_listing.read_listing(lib)))
        marks_module.read_marks = lambda a, b, replay=True: real(a, b, True)
        marks_module._CHANGED.clear()
        out["before"].append(timed(lambda: library_listing.read_listing(lib)))
        marks_module.read_marks = real
        marks_module._CHANGED.clear()
        listing = library_listing.Listing()

        def now():
            nonlocal listing
            listing = library_listing.read_listing(lib)

        out["listing"].append(timed(now))
        marks = {}

        def worker():
            nonlocal marks
            marks = marks_module.correction_marks(lib, listing.documents)

        out["worker"].append(timed(worker))
        out.setdefault("marked", []).append(float(len(marks)))
        out["again"].append(timed(lambda: library_listing.read_listing(lib)))
    finally:
        marks_module.read_marks = real


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--kinds", default="local,team")
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    files = speeches(args.docs)
    work = Path(tempfile.mkdtemp(prefix="cmb-"))
    rows = []
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        for n, path in enumerate(files):
            shutil.copy(path, corpus / f"{n:04d}{path.suffix}")

        def run(kind: str, where: str) -> None:
            lib = open_lib(kind, where)
            started = time.perf_counter()
            for _ in lib.add([corpus]):
                pass
            built = time.perf_counter() - started
            print(f"{kind}: imported in {built:.0f} s", flush=True)
            corrected = correct_each(lib)
            lib.close()
            figures = measure(kind, where, args.rounds)
            rows.append((kind, len(files), corrected, built, figures))

        if "local" in kinds:
            run("local", str(work / "lib"))
        if "team" in kinds:
            from pg_cluster import ThrowawayCluster

            with ThrowawayCluster({"fsync": "off"}) as cluster:
                run("team", cluster.create_database("marks"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [
        "| library | documents | corrected | marked | listing, marks off "
        "| first listing, replayed in it (before) | first listing now | replays after, "
        "on a worker | listing again |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for kind, docs, corrected, _built, f in rows:
        med = {k: statistics.median(v) for k, v in f.items()}
        lines.append(
            f"| {kind} | {docs} | {corrected} | {int(med['marked'])} | {med['off']:.3f} s "
            f"| {med['before']:.3f} s | {med['listing']:.3f} s | {med['worker']:.3f} s "
            f"| {med['again']:.3f} s |"
        )
    text = "\n".join(lines)
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        "# Correction marks: the listing's cost (bench/correction_marks_bench.py)\n\n"
        f"Median of {args.rounds} rounds; real speeches of corpus/speeches.\n\n" + text + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
