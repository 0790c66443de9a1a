"""Team library benchmark: the same files in a local library and in a team library on
PostgreSQL, in the same run.

    python bench/team_bench.py [--subset 0.1] [--clients 1,4,16] [--rounds 3]

A throwaway PostgreSQL cluster (initdb + pg_ctl, Unix socket, default settings but
``shared_buffers``) is started for the run and removed after it. Both libraries import a
private copy of the corpus with 2 worker processes. Figures: build time, size on disk
(local: catalogue + index; team: the whole database), query latency p50/p95 and
throughput with 1, 4 and 16 concurrent clients (each client its own process with its own
library object and connection, running the 30 queries of bench/search_bench.py with
highlights of the top 20, rounds times, in its own order), and the time to sync one
changed file. Each query's hit count is compared between the two libraries. Writes a
table to stdout and bench/results/team.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_bench import DEFAULT_CORPUS, QUERIES, select_files  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "team.md"


def open_lib(kind: str, where: str, workers: int = 2):
    from drafter.library import Library, open_library

    if kind == "local":
        return Library.open(where, workers=workers, lock_timeout=600)
    return open_library(
        where, workers=workers, lock_timeout=600, local_dir=Path(tempfile.gettempdir()) / "tb"
    )


def build(kind: str, where: str, folder: Path) -> dict:
    lib = open_lib(kind, where)
    started = time.perf_counter()
    last = None
    for progress in lib.add([folder]):
        last = progress
    elapsed = time.perf_counter() - started
    info = lib.info()
    lib.close()
    size = info.get("database_bytes") or (info["index_bytes"] + info["catalog_bytes"])
    return {
        "seconds": elapsed,
        "documents": info["documents"],
        "paragraphs": info["paragraphs"],
        "bytes": size,
        "errors": len(last.errors) if last else 0,
    }


def _client(kind, where, rounds, seed, barrier, out):
    lib = open_lib(kind, where, workers=1)
    for q in QUERIES[:3]:  # warm up: dictionary, caches, connection
        lib.search(q)
    order = [q for _ in range(rounds) for q in QUERIES]
    random.Random(seed).shuffle(order)
    barrier.wait()
    times = []
    started = time.perf_counter()
    for q in order:
        t = time.perf_counter()
        lib.search(q, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    out.put((times, time.perf_counter() - started))
    lib.close()


def latency(kind: str, where: str, clients: int, rounds: int) -> dict:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(clients)
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_client, args=(kind, where, rounds, n, barrier, out))
        for n in range(clients)
    ]
    for p in procs:
        p.start()
    times: list[float] = []
    walls = []
    for _ in procs:
        t, wall = out.get(timeout=1800)
        times.extend(t)
        walls.append(wall)
    for p in procs:
        p.join()
    times.sort()
    return {
        "p50": statistics.median(times),
        "p95": times[int(0.95 * (len(times) - 1))],
        "qps": len(times) / max(walls),
        "n": len(times),
    }


COMMON = "发展"  # the commonest content word of the corpus: every hit is scored


def common_word(lib) -> tuple[int, float]:
    """(hits, median ms of 5 runs) of a query for the commonest word: the worst case."""
    times = []
    total = 0
    for _ in range(6):
        t = time.perf_counter()
        total = lib.search(COMMON).total
        times.append((time.perf_counter() - t) * 1000)
    return total, statistics.median(times[1:])


def sync_one(kind: str, where: str, folder: Path) -> float:
    lib = open_lib(kind, where, workers=1)
    target = sorted(folder.rglob("*.txt"))[len(list(folder.rglob("*.txt"))) // 2]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(f"\n{kind}基准同步测试词。\n")
    started = time.perf_counter()
    for _ in lib.sync(folder):
        pass
    elapsed = time.perf_counter() - started
    assert lib.search(f"{kind}基准同步测试词").total >= 1
    lib.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--subset", type=float, default=1.0)
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    from drafter.library.pg.cluster import ThrowawayCluster

    files = select_files(args.corpus, args.subset)
    work = Path(tempfile.mkdtemp(prefix="team-bench-"))
    copies = {}
    for kind in ("local", "team"):
        folder = work / f"docs-{kind}"
        for f in files:
            dest = folder / f.relative_to(args.corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dest)
        copies[kind] = folder
    total = sum(f.stat().st_size for f in files)
    print(f"{len(files)} files, {total / 1e6:.1f} MB (subset {args.subset})", file=sys.stderr)
    clients = [int(c) for c in args.clients.split(",")]
    rows = {}
    with ThrowawayCluster({"shared_buffers": "256MB", "max_connections": "60"}) as cluster:
        where = {"local": str(work / "lib"), "team": cluster.create_database("bench")}
        for kind in ("local", "team"):
            print(f"build {kind}…", file=sys.stderr)
            rows[kind] = build("local" if kind == "local" else "pg", where[kind], copies[kind])
            print(f"  {rows[kind]}", file=sys.stderr)
        hits = {}
        for kind in ("local", "team"):
            lib = open_lib("local" if kind == "local" else "pg", where[kind], workers=1)
            hits[kind] = [lib.search(q).total for q in QUERIES]
            rows[kind]["common"] = common_word(lib)
            lib.close()
        for kind in ("local", "team"):
            for n in clients:
                print(f"query {kind} x{n}…", file=sys.stderr)
                rows[kind][f"c{n}"] = latency(
                    "local" if kind == "local" else "pg", where[kind], n, args.rounds
                )
                print(f"  {rows[kind][f'c{n}']}", file=sys.stderr)
        for kind in ("local", "team"):
            rows[kind]["sync"] = sync_one(
                "local" if kind == "local" else "pg", where[kind], copies[kind]
            )
    shutil.rmtree(work, ignore_errors=True)
    report = render(args, len(files), total, clients, rows, hits)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    return 0


def render(args, nfiles, total, clients, rows, hits) -> str:
    lines = [
        "# Team library benchmark",
        "",
        f"Corpus: {nfiles} files, {total / 1e6:.1f} MB (`--subset {args.subset}` of "
        f"`{args.corpus.name}`), 2 import workers, {args.rounds} rounds of "
        f"{len(QUERIES)} queries per client, {time.strftime('%Y-%m-%d %H:%M')} on a "
        f"{multiprocessing.cpu_count()}-core machine shared with other jobs. PostgreSQL "
        "15, throwaway cluster on a Unix socket (shared_buffers 256MB, other settings default).",
        "",
        "| library | build s | documents | paragraphs | size MB | "
        + " | ".join(f"p50/p95 ms ×{n}" for n in clients)
        + " | "
        + " | ".join(f"q/s ×{n}" for n in clients)
        + " | sync 1 file s |",
        "|---|---:|---:|---:|---:|" + "---:|" * (2 * len(clients)) + "---:|",
    ]
    for kind in ("local", "team"):
        r = rows[kind]
        lat = " | ".join(f"{r[f'c{n}']['p50']:.1f} / {r[f'c{n}']['p95']:.1f}" for n in clients)
        qps = " | ".join(f"{r[f'c{n}']['qps']:.0f}" for n in clients)
        name = "local (SQLite + Whoosh)" if kind == "local" else "team (PostgreSQL)"
        lines.append(
            f"| {name} | {r['seconds']:.1f} | {r['documents']} | {r['paragraphs']} | "
            f"{r['bytes'] / 1e6:.1f} | {lat} | {qps} | {r['sync']:.2f} |"
        )
    same = sum(1 for a, b in zip(hits["local"], hits["team"]) if a == b)
    lines += [
        "",
        f"Worst case, one client: `{COMMON}` ({rows['local']['common'][0]} hits local, "
        f"{rows['team']['common'][0]} team, every one scored): local "
        f"{rows['local']['common'][1]:.1f} ms, team {rows['team']['common'][1]:.1f} ms.",
        "",
        f"Hit counts equal on {same} of {len(QUERIES)} queries "
        "(tests/library/test_contract.py also compares hits, order, scores and highlights).",
        "",
        "Latency is per query, client side, with the top 20 hits' exact highlights; the "
        "clients run on the same two cores as the server. Sync: one file of the imported "
        "folder changed, `sync` of the whole folder from an open library.",
        "",
        "| query | local hits | team hits |",
        "|---|---:|---:|",
    ]
    for q, a, b in zip(QUERIES, hits["local"], hits["team"]):
        lines.append(f"| `{q}` | {a} | {b} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
