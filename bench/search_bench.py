"""Search benchmark: Drafter's library against three peers on the same files, same run.

    python bench/search_bench.py [--subset 0.1] [--corpus ../shared/corpus/scale]

Systems:
  drafter       drafter.library.Library (paragraph index, worker processes, exact highlights)
  drafter-words the same library as it was before literal grams (index format 1): words
                only in the index, word queries only (the previous design, same run)
  naive-whoosh  one Whoosh document per file, jieba's ChineseAnalyzer, highlights from the
                stored text (Whoosh's own highlighter)
  fts5          SQLite FTS5, one row per paragraph of jieba-segmented text, highlight()
  tantivy       tantivy-py over rjieba tokens, one document per paragraph, snippets
                (skipped when tantivy or rjieba is not installed)

Each build runs in its own subprocess, sampled for peak RSS (the whole process tree, so
worker processes count); queries and the one-file update run in a second subprocess on
the built index. Figures: build MB/s, peak RSS, index size, p50/p95 of 30 queries with
highlights of the top 20 (3 timed rounds after a warm-up), time to take one changed file
into the index. For Drafter's two designs also the p50/p95 of 40 literal phrases (3-6
characters cut at random places of random paragraphs of the corpus, the case the words
miss) and how many of them find their own paragraph. Writes a table to stdout and
bench/results/search.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "scale"
RESULTS = ROOT / "bench" / "results" / "search.md"
SYSTEMS = ("drafter", "drafter-words", "naive-whoosh", "fts5", "tantivy")
OURS = ("drafter", "drafter-words")
LITERALS = 40  # literal phrases sampled from the corpus
MARK_WORD = "基准同步测试词"

QUERIES = [
    "乡村振兴",
    '"高质量发展"',
    "营商环境 OR 放管服",
    "安全生产 -煤矿",
    "生态环境保护",
    "全面从严治党",
    "疫情防控",
    "科技创新 人才",
    "社会保障 养老",
    '"共同富裕"',
    "依法行政",
    "知识产权保护",
    "乡村振兴 产业",
    "数字经济",
    "碳达峰 OR 碳中和",
    "民营经济",
    "食品安全 监管",
    "防范化解 重大风险",
    "教育 公平",
    "基层治理",
    '"放管服" 改革',
    "粮食安全",
    "城乡融合",
    "就业 -失业",
    "财政 预算 绩效",
    "政务公开",
    "法律责任 罚款",
    "个人信息保护",
    "黄河流域 生态",
    "对外开放 自由贸易",
]


# Query translation for the peers (from Drafter's own parse tree)


def translate(query: str, cut, dialect: str) -> str:
    """Render one of QUERIES in a peer's syntax; words are cut with the peer's segmenter."""
    from drafter.library.query import parse

    def words(text: str) -> str:
        toks = [t for t in cut(text) if t.strip() and any(c.isalnum() for c in t)]
        if len(toks) == 1:
            return f'"{toks[0]}"' if dialect == "fts5" else toks[0]
        return '"' + " ".join(toks) + '"'

    def render(node) -> str:
        if node.kind in ("word", "phrase"):
            return words(node.text)
        if node.kind == "or":
            return "(" + " OR ".join(render(c) for c in node.children) + ")"
        if node.kind == "and":
            pos = [render(c) for c in node.children if c.kind != "not"]
            neg = [render(c.children[0]) for c in node.children if c.kind == "not"]
            if dialect == "tantivy":
                return " ".join([f"+{p}" for p in pos] + [f"-{n}" for n in neg])
            text = " AND ".join(pos)
            for n in neg:
                text += f" NOT {n}" if dialect == "fts5" else f" AND NOT {n}"
            return f"({text})"
        raise ValueError(f"unsupported query node {node.kind}")

    rendered = render(parse(query))
    if dialect == "tantivy" and not rendered.startswith(("+", "(")):
        rendered = "+" + rendered
    return rendered


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def literal_queries(lib, n: int = LITERALS) -> list[tuple[str, str]]:
    """(query, the paragraph it was cut from): phrases of 3-6 characters at random places
    of random paragraphs of the library ``lib`` (as its reading pipeline made them; fixed
    seed, so both designs get the same phrases); unquoted when all Chinese characters,
    else quoted."""
    import re

    from drafter.library.query_compile import literal_of

    han = re.compile(r"^[\u4e00-\u9fff]+$")
    rng = random.Random(20261203)
    docs = sorted(d.id for d in lib.documents())
    out: list[tuple[str, str]] = []
    while len(out) < n:
        paras = [p.text for p in lib.load(rng.choice(docs)).paragraphs()]
        paras = [p for p in paras if 12 <= len(p) <= 2000]
        if not paras:
            continue
        text = rng.choice(paras)
        size = rng.randint(3, 6)
        start = rng.randrange(0, len(text) - size + 1)
        phrase = text[start : start + size]
        if set('"“”「」『』') & set(phrase) or len(literal_of(phrase)) < 2:
            continue
        out.append((phrase if han.match(phrase) else f'"{phrase}"', text))
    return out


# Systems (each runs inside a child process)


class Drafter:
    def __init__(self, work: Path, workers: int) -> None:
        from drafter.library import Library

        self.lib = Library.open(work / "drafter", workers=workers)

    def build(self, src: Path) -> int:
        last = None
        for progress in self.lib.add([src]):
            last = progress
        if last.errors:
            print(f"drafter: {len(last.errors)} errors, e.g. {last.errors[0]}", file=sys.stderr)
        return last.added

    def query(self, q: str) -> tuple[int, int]:
        res = self.lib.search(q, limit=20)
        return res.total, sum(len(h.highlights) for h in res.hits)

    def finds(self, q: str, text: str) -> bool:
        """Does ``q`` find the paragraph ``text`` it was cut from (any of its copies)?"""
        return any(h.text == text for h in self.lib.search(q, limit=100000).hits)

    def update(self, src: Path, changed: Path) -> None:
        for _ in self.lib.sync(src):
            pass

    def size(self, work: Path) -> int:
        return _du(work / "drafter")


class DrafterWords(Drafter):
    """Drafter before literal grams: the index holds words only (format 1), so queries
    compile to words only; the builder skips the grams (in its worker processes too,
    which fork from this process)."""

    def __init__(self, work: Path, workers: int) -> None:
        from drafter.library import analyzer

        analyzer.literal_text = lambda _text: ""
        analyzer.literal_grams = lambda _text: {}
        super().__init__(work, workers)
        self.lib._set_index_format("1")

    def size(self, work: Path) -> int:
        return _du(work / "drafter")


class NaiveWhoosh:
    def __init__(self, work: Path, workers: int) -> None:
        from jieba.analyse import ChineseAnalyzer
        from whoosh import fields, index

        self.dir = work / "naive-whoosh"
        if not self.dir.exists():
            self.dir.mkdir(parents=True)
            schema = fields.Schema(
                path=fields.ID(stored=True, unique=True),
                content=fields.TEXT(analyzer=ChineseAnalyzer(), stored=True),
            )
            self.ix = index.create_in(str(self.dir), schema)
        else:
            self.ix = index.open_dir(str(self.dir))
        self.searcher = None

    def build(self, src: Path) -> int:
        writer = self.ix.writer(limitmb=256)
        n = 0
        for path in _files(src):
            writer.add_document(path=str(path), content=path.read_text(encoding="utf-8"))
            n += 1
        writer.commit()
        return n

    def query(self, q: str) -> tuple[int, int]:
        from whoosh.qparser import QueryParser

        if self.searcher is None:
            self.searcher = self.ix.searcher()
            self.parser = QueryParser("content", self.ix.schema)
        # What a naive integration does: hand the text to Whoosh's parser (its analyzer
        # cuts the words), with "-word" spelled the way Whoosh understands it.
        text = " ".join(f"NOT {w[1:]}" if w.startswith("-") else w for w in q.split())
        parsed = self.parser.parse(text)
        results = self.searcher.search(parsed, limit=20)
        marked = sum(h.highlights("content").count("<b") for h in results)
        return len(results), marked

    def update(self, src: Path, changed: Path) -> None:
        writer = self.ix.writer()
        writer.update_document(path=str(changed), content=changed.read_text(encoding="utf-8"))
        writer.commit()

    def size(self, work: Path) -> int:
        return _du(self.dir)


class Fts5:
    def __init__(self, work: Path, workers: int) -> None:
        import jieba

        self.cut = jieba.lcut
        self.path = work / "fts5.sqlite3"
        self.db = sqlite3.connect(str(self.path))
        self.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS p USING fts5(doc UNINDEXED, seg)")

    def build(self, src: Path) -> int:
        n = 0
        with self.db:
            for path in _files(src):
                self._insert(path)
                n += 1
        return n

    def _insert(self, path: Path) -> None:
        rows = [
            (str(path), " ".join(self.cut(p))) for p in paragraphs(path.read_text(encoding="utf-8"))
        ]
        self.db.executemany("INSERT INTO p (doc, seg) VALUES (?, ?)", rows)

    def query(self, q: str) -> tuple[int, int]:
        match = translate(q, self.cut, "fts5")
        total = self.db.execute("SELECT count(*) FROM p WHERE p MATCH ?", (match,)).fetchone()[0]
        rows = self.db.execute(
            "SELECT highlight(p, 1, '[', ']') FROM p WHERE p MATCH ? ORDER BY rank LIMIT 20",
            (match,),
        ).fetchall()
        return total, sum(r[0].count("[") for r in rows)

    def update(self, src: Path, changed: Path) -> None:
        with self.db:
            self.db.execute("DELETE FROM p WHERE doc = ?", (str(changed),))
            self._insert(changed)

    def size(self, work: Path) -> int:
        return _du(self.path)


class Tantivy:
    def __init__(self, work: Path, workers: int) -> None:
        import rjieba
        import tantivy

        self.tantivy = tantivy
        self.cut = rjieba.cut
        self.dir = work / "tantivy"
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("doc", stored=True, tokenizer_name="raw")
        sb.add_text_field("text", stored=True, tokenizer_name="whitespace")
        self.schema = sb.build()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=str(self.dir))
        self.workers = workers

    def _doc(self, path: Path, para: str):
        return self.tantivy.Document(doc=str(path), text=" ".join(self.cut(para)))

    def build(self, src: Path) -> int:
        writer = self.index.writer(heap_size=200_000_000, num_threads=self.workers)
        n = 0
        for path in _files(src):
            for para in paragraphs(path.read_text(encoding="utf-8")):
                writer.add_document(self._doc(path, para))
            n += 1
        writer.commit()
        writer.wait_merging_threads()
        return n

    def query(self, q: str) -> tuple[int, int]:
        self.index.reload()
        searcher = self.index.searcher()
        parsed = self.index.parse_query(translate(q, self.cut, "tantivy"), ["text"])
        result = searcher.search(parsed, 20, count=True)
        gen = self.tantivy.SnippetGenerator.create(searcher, parsed, self.schema, "text")
        marks = 0
        for _score, address in result.hits:
            snippet = gen.snippet_from_doc(searcher.doc(address))
            marks += len(snippet.highlighted())
        return result.count, marks

    def update(self, src: Path, changed: Path) -> None:
        writer = self.index.writer(heap_size=50_000_000, num_threads=1)
        writer.delete_documents("doc", str(changed))
        for para in paragraphs(changed.read_text(encoding="utf-8")):
            writer.add_document(self._doc(changed, para))
        writer.commit()
        writer.wait_merging_threads()

    def size(self, work: Path) -> int:
        return _du(self.dir)


CLASSES = {
    "drafter": Drafter,
    "drafter-words": DrafterWords,
    "naive-whoosh": NaiveWhoosh,
    "fts5": Fts5,
    "tantivy": Tantivy,
}


def _files(src: Path) -> list[Path]:
    return sorted(p for p in src.rglob("*.txt") if p.is_file())


def _du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size + sum(
            p.stat().st_size for p in path.parent.glob(path.name + "-*") if p.is_file()
        )
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# Child process entry points


def child(args: argparse.Namespace) -> None:
    work, src = Path(args.work), Path(args.src)
    started = time.perf_counter()
    system = CLASSES[args.system](work, args.workers)
    if args.child == "build":
        import resource

        def cpu() -> float:
            own = resource.getrusage(resource.RUSAGE_SELF)
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # worker processes, reaped
            return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

        t, c = time.perf_counter(), cpu()
        docs = system.build(src)
        build_s = time.perf_counter() - t
        out = {"build_s": build_s, "cpu_s": cpu() - c, "docs": docs, "size": system.size(work)}
    else:
        t = time.perf_counter()
        for q in QUERIES:  # warm-up: open searchers, load dictionaries
            system.query(q)
        slow = time.perf_counter() - t > 10  # one timed round for a slow system
        times, totals = [], {}
        for _ in range(1 if slow else 3):
            for q in QUERIES:
                t = time.perf_counter()
                totals[q] = system.query(q)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        literal = {}
        if args.system in OURS:
            cases = literal_queries(system.lib)
            ltimes = []
            for _ in range(3):
                for q, _text in cases:
                    t = time.perf_counter()
                    system.query(q)
                    ltimes.append((time.perf_counter() - t) * 1000)
            ltimes.sort()
            literal = {
                "lit_p50": statistics.median(ltimes),
                "lit_p95": ltimes[int(len(ltimes) * 0.95) - 1],
                "lit_found": sum(system.finds(q, text) for q, text in cases),
                "lit_n": len(cases),
            }
        changed = Path(args.changed)
        original = changed.read_bytes()
        try:
            changed.write_bytes(original + f"\n{MARK_WORD}，更新后的段落。\n".encode())
            t = time.perf_counter()
            system.update(src, changed)
            sync_s = time.perf_counter() - t
            found = system.query(MARK_WORD)[0]
            cli_s = None
            if args.system == "drafter":  # also from a fresh process, as a user runs it
                changed.write_bytes(original + f"\n{MARK_WORD}，再次更新。\n".encode())
                cmd = [sys.executable, "-m", "drafter", "library", "sync", str(src)]
                cmd += ["--library", str(work / "drafter")]
                t = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True, cwd=str(ROOT))
                cli_s = time.perf_counter() - t
        finally:
            changed.write_bytes(original)
        out = {
            "p50": statistics.median(times),
            "p95": times[int(len(times) * 0.95) - 1],
            "sync_s": sync_s,
            "sync_found": found,
            "sync_cli_s": cli_s,
            "hits": {q: v[0] for q, v in totals.items()},
            "marks": sum(v[1] for v in totals.values()),
            **literal,
        }
    out["wall_s"] = time.perf_counter() - started
    print(json.dumps(out, ensure_ascii=False))


def run_child(mode: str, system: str, work: Path, src: Path, args, changed: Path) -> dict:
    """Run a child, sampling the RSS of its whole process tree every 50 ms."""
    import psutil

    cmd = [
        sys.executable, __file__, "--child", mode, "--system", system,
        "--work", str(work), "--src", str(src), "--workers", str(args.workers),
        "--changed", str(changed),
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=str(ROOT))
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [ps, *ps.children(recursive=True)])
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out = proc.stdout.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{system} {mode} failed (exit {proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss"] = peak
    return result


# Parent


def select_files(corpus: Path, subset: float) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if subset >= 1:
        return files
    rng = random.Random(20240305)
    return sorted(rng.sample(files, max(1, round(len(files) * subset))))


def segmenter_agreement(files: list[Path], limit_bytes: int = 2_000_000) -> dict | None:
    """How often rjieba cuts exactly as jieba (both with HMM off, as Drafter runs them),
    on the paragraphs of the first files up to ``limit_bytes``, and how fast each is."""
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return None
    from drafter.library.analyzer import Segmenter

    paras, size = [], 0
    for path in files:
        for para in paragraphs(path.read_text(encoding="utf-8")):
            paras.append(para)
            size += len(para.encode())
        if size >= limit_bytes:
            break
    out = {"paragraphs": len(paras), "mb": size / 1e6}
    cuts = {}
    for backend in ("rjieba", "jieba"):
        seg = Segmenter(backend=backend, cache_dir=tempfile.gettempdir())
        t = time.perf_counter()
        cuts[backend] = [seg.tokens(p) for p in paras]
        out[f"{backend}_mbs"] = size / 1e6 / (time.perf_counter() - t)
    same = sum(a == b for a, b in zip(cuts["rjieba"], cuts["jieba"]))
    out["identical"] = same / max(1, len(paras))
    return out


def available(system: str) -> str | None:
    """None when the system can run here, else why not."""
    if system == "tantivy":
        try:
            import rjieba  # noqa: F401
            import tantivy  # noqa: F401
        except ImportError as exc:
            return f"not installed ({exc.name}); pip install -e '.[bench]'"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subset", type=float, default=1.0, help="fraction of files (0.1)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--child", choices=("build", "query"), help=argparse.SUPPRESS)
    parser.add_argument("--system", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--src", help=argparse.SUPPRESS)
    parser.add_argument("--changed", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return 0
    if not args.corpus.is_dir():
        print(f"search_bench: {args.corpus}: corpus folder not found", file=sys.stderr)
        return 2

    files = select_files(args.corpus, args.subset)
    total = sum(p.stat().st_size for p in files)
    print(f"{len(files)} files, {total / 1e6:.1f} MB (subset {args.subset})", file=sys.stderr)
    agreement = segmenter_agreement(files)
    rows = []
    with tempfile.TemporaryDirectory(prefix="search-bench-") as tmp:
        src = Path(tmp, "src")
        for path in files:
            dest = src / path.relative_to(args.corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
        changed = sorted(src.rglob("*.txt"))[len(files) // 2]
        for system in args.systems.split(","):
            why = available(system)
            if why:
                print(f"{system}: skipped, {why}", file=sys.stderr)
                rows.append({"system": system, "skipped": why})
                continue
            work = Path(tmp, "work")
            work.mkdir(exist_ok=True)
            print(f"{system}: building …", file=sys.stderr)
            built = run_child("build", system, work, src, args, changed)
            print(f"{system}: querying …", file=sys.stderr)
            queried = run_child("query", system, work, src, args, changed)
            queried.pop("peak_rss")  # the build's peak is the figure that matters
            rows.append({"system": system, **built, **queried, "mb": total / 1e6})
            shutil.rmtree(work, ignore_errors=True)
    report = render(rows, len(files), total, args, agreement)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = args.out.with_suffix(".md.tmp")
    tmp_out.write_text(report, encoding="utf-8")
    tmp_out.replace(args.out)
    return 0


def render(rows: list[dict], nfiles: int, total: int, args, agreement: dict | None) -> str:
    lines = [
        "# Search benchmark",
        "",
        f"Corpus: {nfiles} files, {total / 1e6:.1f} MB (`--subset {args.subset}` of "
        f"`{args.corpus.name}`), {args.workers} workers, "
        f"{time.strftime('%Y-%m-%d %H:%M')} on a {os.cpu_count()}-core machine.",
        "",
        "| system | build s | build MB/s | build CPU s | build peak RSS MB | index MB | "
        "query p50 ms | query p95 ms | sync 1 file s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if "skipped" in r:
            lines.append(f"| {r['system']} | skipped: {r['skipped']} | | | | | | | |")
            continue
        lines.append(
            f"| {r['system']} | {r['build_s']:.1f} | {r['mb'] / r['build_s']:.2f} | "
            f"{r['cpu_s']:.1f} | "
            f"{r['peak_rss'] / 1e6:.0f} | {r['size'] / 1e6:.1f} | {r['p50']:.1f} | "
            f"{r['p95']:.1f} | {r['sync_s']:.2f} |"
        )
    base = next((r for r in rows if r["system"] == "naive-whoosh" and "build_s" in r), None)
    ours = next((r for r in rows if r["system"] == "drafter" and "build_s" in r), None)
    lines.append("")
    mine = [r for r in rows if r["system"] in OURS and "lit_n" in r]
    if mine:
        lines += [
            f"Literal phrases ({mine[0]['lit_n']} phrases of 3-6 characters cut at random "
            "places of random paragraphs; each must find the paragraph it was cut from):",
            "",
            "| system | found own paragraph | literal p50 ms | literal p95 ms |",
            "|---|---:|---:|---:|",
        ]
        for r in mine:
            lines.append(
                f"| {r['system']} | {r['lit_found']}/{r['lit_n']} | {r['lit_p50']:.1f} | "
                f"{r['lit_p95']:.1f} |"
            )
        lines.append("")
    if base and ours:
        lines.append(
            f"Drafter builds {base['build_s'] / ours['build_s']:.1f}x faster than naive Whoosh."
        )
    if ours and ours.get("sync_cli_s"):
        lines.append(
            f"`drafter library sync` after one changed file, from a fresh process (start-up, "
            f"dictionary load, scan, re-index, commit): {ours['sync_cli_s']:.2f} s."
        )
    if agreement:
        lines += [
            "",
            f"Segmenter: rjieba cut {agreement['identical']:.2%} of {agreement['paragraphs']} "
            f"paragraphs ({agreement['mb']:.1f} MB) exactly as jieba, sub-words included "
            f"(both HMM off, Drafter's vocabulary loaded); rjieba "
            f"{agreement['rjieba_mbs']:.2f} MB/s, jieba {agreement['jieba_mbs']:.2f} MB/s "
            "(Drafter's token pipeline, one core).",
        ]
    lines += [
        "",
        "Query latency includes highlights of the top 20 (Drafter: exact character offsets;",
        "naive Whoosh: its highlighter over the stored file text; FTS5: highlight(); tantivy:",
        "snippets). Drafter's sync scans the whole folder (stat, hash what changed) and",
        "re-indexes the changed file; the peers update the one known file. Peak RSS is the",
        "whole process tree (Drafter's worker processes included). Build CPU is user+system",
        "time of the build process and its workers: on a machine shared with other jobs the",
        "wall time of a two-process build depends on what else runs; CPU time does not.",
        "",
        "Hits per query (total matching units: paragraphs, or files for naive Whoosh):",
        "",
        "| query | " + " | ".join(r["system"] for r in rows if "hits" in r) + " |",
        "|---|" + "---:|" * sum(1 for r in rows if "hits" in r),
    ]
    for q in QUERIES:
        cells = [str(r["hits"].get(q, "")) for r in rows if "hits" in r]
        lines.append(f"| `{q}` | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
