"""学习模式 on real texts: how long the GUI thread is busy showing a study, against the plain
reader showing the same document, same run.

    QT_QPA_PLATFORM=offscreen python bench/study_render_bench.py [--limit N]

For every real text in ../shared (seeds, then corpus/speeches), parsed once (not timed):

  analyze   drafter.study.analyze (runs on a worker thread in the app: never blocks the GUI)
  study     the annotated page built on the GUI thread (AnnotatedView.show_study + the 要点
            list), what switching 学习模式 on costs the GUI thread once the analysis is done
  reader    the peer: the plain reader showing the same document (ReaderPanel.show_document)

Prints total, median, 95th percentile and maximum per system and the slowest document;
writes bench/results/study_render.md. Nothing is asserted: figures are for the note.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from holdout import skip_held_out  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "study_render.md"


def texts(limit: int | None) -> list[Path]:
    """The real texts to show: the seeds (office speeches) first, then the speeches corpus."""
    files = sorted((SHARED / "seeds").glob("*.txt"))
    files += sorted((SHARED / "corpus" / "speeches").rglob("*.md"))
    files = skip_held_out(files, SHARED)  # the session's blind texts are never read
    return files[:limit] if limit else files


def summary(name: str, times: list[float], chars: list[int], files: list[Path]) -> str:
    """One table row: total, median, p95 and max (with its document and size)."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    worst = max(range(len(times)), key=times.__getitem__)
    return (
        f"| {name} | {sum(times):.2f} s | {statistics.median(times) * 1000:.1f} ms | "
        f"{p95 * 1000:.1f} ms | {times[worst] * 1000:.0f} ms ({chars[worst]:,} 字, "
        f"{files[worst].name[:30]}) |"
    )


def main() -> int:
    """Run the three systems over the real texts and print and keep the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED}: the shared real texts are not here", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from drafter.corpus import ReadError, load_document
    from drafter.study.analyze import analyze
    from drafter.ui.panels.reader_panel import ReaderPanel
    from drafter.ui.study.points_tree import PointsTree
    from drafter.ui.study.study_page import StudyPage

    app = QApplication.instance() or QApplication([])
    page, points, reader = StudyPage(), PointsTree(), ReaderPanel()
    for widget in (page, points, reader):
        widget.resize(700, 800)
        widget.show()
    files, chars, t_analyze, t_study, t_reader = [], [], [], [], []
    analyze(load_document(texts(1)[0]))  # load the word lists once, outside the timings
    for path in texts(args.limit):
        try:
            doc = load_document(path)
        except ReadError:
            continue
        start = time.perf_counter()
        study = analyze(doc)
        t_analyze.append(time.perf_counter() - start)
        start = time.perf_counter()
        page.show_study(doc, study, [])
        points.show_study(study, page.text.frame_colour)
        app.processEvents()
        t_study.append(time.perf_counter() - start)
        start = time.perf_counter()
        reader.show_document(doc)
        app.processEvents()
        t_reader.append(time.perf_counter() - start)
        files.append(path)
        chars.append(sum(len(p.text) for p in doc.paragraphs()))
    header = (
        f"# 学习模式 render time on {len(files)} real texts ({sum(chars):,} 字)\n\n"
        "| system | total | median | p95 | max (document) |\n|---|---|---|---|---|"
    )
    rows = [
        summary("analyze (worker thread)", t_analyze, chars, files),
        summary("study page (GUI thread)", t_study, chars, files),
        summary("plain reader (peer, GUI thread)", t_reader, chars, files),
    ]
    text = "\n".join([header, *rows]) + "\n"
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
