"""Interrupted imports, crashes between commits, two processes, worker processes, no Qt."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from filelock import FileLock
from libtest_helpers import OFFICE, RURAL, SAFETY, run, speech

from drafter.library import Library, LibraryBusy
from drafter.library.catalog import Catalog

ROOT = Path(__file__).resolve().parents[2]


def _many(corpus, n: int) -> None:
    for i in range(n):
        corpus.write(
            f"doc{i:02d}.txt",
            speech(f"第{i}号讲话", [("一、", f"标题{i}", [f"推进营商环境建设第{i}项措施。"])]),
        )


def test_generator_closed_midway_leaves_a_working_library(corpus, library):
    _many(corpus, 8)
    gen = library.add([corpus.folder])
    for progress in gen:
        if progress.phase == "read" and progress.done_files == 3:
            break
    gen.close()  # the consumer went away (window closed, exception in the UI)
    reopened = Library.open(library.root, create=False, lock_timeout=0.5)
    assert reopened.search("营商环境").total == 0  # nothing half-committed
    last = run(reopened.add([corpus.folder]))
    assert last.added == 8
    assert reopened.search("营商环境").total == 8
    reopened.close()


def test_exception_inside_the_generator_midway(corpus, library, monkeypatch):
    _many(corpus, 6)
    from drafter.library import local_indexing as library_module

    calls = {"n": 0}
    real = library_module.index_task

    def failing(task, segmenter, writer):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt  # Ctrl+C in the middle of a file
        return real(task, segmenter, writer)

    monkeypatch.setattr(library_module, "index_task", failing)
    with pytest.raises(KeyboardInterrupt):
        run(library.add([corpus.folder]))
    monkeypatch.setattr(library_module, "index_task", real)
    assert library.search("营商环境").total == 0
    assert run(library.add([corpus.folder])).added == 6
    assert library.search("营商环境").total == 6


def test_cancel_keeps_what_was_done(corpus, library):
    _many(corpus, 6)
    state = {"files": 0}

    def cancel():
        return state["files"] >= 2

    for progress in library.add([corpus.folder], cancel=cancel):
        state["files"] = progress.done_files
    assert progress.cancelled and progress.phase == "done"
    kept = len(library.documents())
    assert 2 <= kept < 6
    assert library.search("营商环境").total == kept
    assert run(library.add([corpus.folder])).added == 6 - kept


def test_crash_between_index_and_catalogue_commit(corpus, library, monkeypatch):
    corpus.write("a.txt", OFFICE)
    run(library.add([corpus.folder]))
    corpus.write("b.txt", SAFETY)

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(Catalog, "put_document", staticmethod(crash))
    with pytest.raises(RuntimeError):
        run(library.add([corpus.folder]))
    monkeypatch.undo()
    # The index holds SAFETY's paragraphs but the catalogue does not: searches skip them.
    reopened = Library.open(library.root, create=False)
    assert reopened.search("煤矿").total == 0
    assert reopened.search("营商环境").total > 0
    corpus_again = run(reopened.add([corpus.folder]))
    assert corpus_again.added == 1
    assert reopened.search("煤矿").total == 1  # reconciled: one copy, not two
    reopened.close()


def test_killed_process_leaves_a_library_that_opens(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    body = "推进营商环境建设，持续深化放管服改革，切实减轻企业负担。" * 20
    for i in range(40):
        (docs / f"d{i:02d}.txt").write_text(f"第{i}号讲话\n{body}\n第{i}段。\n", encoding="utf-8")
    lib_dir = tmp_path / "lib"
    script = textwrap.dedent(
        f"""
        import sys, time
        from drafter.library import Library
        lib = Library.open({str(lib_dir)!r}, workers=1)
        for p in lib.add([{str(docs)!r}]):
            if p.phase == "read" and p.done_files >= 5:
                print("midway", flush=True)
                time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == b"midway"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with Library.open(lib_dir, create=False, lock_timeout=5) as lib:
        assert lib.search("营商环境").total == 0
        last = run(lib.add([docs]))
        assert last.added == 40 and not last.errors
        assert lib.search("营商环境").total == 40


def test_second_writer_waits_then_reports_busy(corpus, library):
    corpus.write("a.txt", OFFICE)
    held = FileLock(str(library.root / "write.lock"))
    with held:
        started = time.monotonic()
        with pytest.raises(LibraryBusy, match="busy"):
            run(library.add([corpus.folder]))
        assert time.monotonic() - started >= 0.4  # it waited lock_timeout (0.5 s)
        with pytest.raises(LibraryBusy):
            library.remove("whatever")
        # Reading is never blocked by a writer.
        assert library.search("营商环境").total == 0
    assert run(library.add([corpus.folder])).added == 1


def test_second_process_is_told_the_library_is_busy(corpus, library, tmp_path):
    corpus.write("a.txt", OFFICE)
    script = textwrap.dedent(
        f"""
        import time
        from filelock import FileLock
        with FileLock({str(library.root / "write.lock")!r}):
            print("locked", flush=True)
            time.sleep(30)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"locked"
        env = {**os.environ, "DRAFTER_LIBRARY": str(library.root)}
        cli = subprocess.run(
            [
                sys.executable,
                "-m",
                "drafter",
                "library",
                "add",
                "--wait",
                "0.2",
                str(corpus.folder),
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        assert cli.returncode == 3
        assert (
            "资料库正忙" in cli.stderr and "--wait" in cli.stderr and "Traceback" not in cli.stderr
        )
        assert "等待中" in cli.stderr  # it said it was waiting before it gave up
    finally:
        holder.kill()
        holder.wait()


def test_workers_of_a_killed_import_exit(tmp_path):
    """Regression: after ``kill -9`` of ``drafter library add`` its worker processes hung
    for ever, each waiting at exit to flush results nobody would read into a full pipe."""
    psutil = pytest.importorskip("psutil")
    import random

    rng = random.Random(7)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(5):  # large, hardly compressible documents: results fill the pipe
        body = "\n".join("".join(rng.choices(chars, k=200)) + "。" for _ in range(300))
        (docs / f"d{i}.txt").write_text(f"第{i}号讲话\n{body}\n", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import time
        from drafter.library import Library
        lib = Library.open({str(tmp_path / "lib")!r}, workers=2)
        lib.IN_PROCESS_BYTES = 0  # worker processes even for a small batch
        for p in lib.add([{str(docs)!r}]):
            if p.phase == "read" and p.done_files >= 1:
                print("reading", flush=True)
                time.sleep(60)  # stop reading the workers' results
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == b"reading"
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + 30
        while len(parent.children()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = parent.children()
        assert workers
        time.sleep(1.0)  # let the workers fill the results pipe
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    gone, alive = psutil.wait_procs(workers, timeout=30)
    for leftover in alive:
        leftover.kill()
    assert not alive, "worker processes outlived their killed parent"


def test_worker_processes_build_the_same_index(corpus, tmp_path):
    corpus.write("a.txt", OFFICE)
    corpus.write("b.txt", SAFETY)
    corpus.write("c.txt", RURAL)
    # Worker processes use the real reading pipeline, so compare with a real-file library.
    real = tmp_path / "real"
    real.mkdir()
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        src = corpus.folder / name if name != "d.txt" else None
        text = src.read_text(encoding="utf-8") if src else "在会议上的讲话\n要抓好安全生产。\n"
        (real / name).write_text(text, encoding="utf-8")
    serial = Library.open(tmp_path / "serial", workers=1)
    parallel = Library.open(tmp_path / "parallel", workers=2)
    parallel.IN_PROCESS_BYTES = 0  # force worker processes even for a tiny batch
    assert run(serial.add([real])).added == 4
    last = run(parallel.add([real]))
    assert last.added == 4 and not last.errors
    for query in ("营商环境", "安全生产", '"高质量发展"', "煤矿 OR 返乡创业"):
        a, b = serial.search(query, limit=50), parallel.search(query, limit=50)
        assert a.total == b.total
        assert sorted((h.document.id, h.paragraph_index) for h in a.hits) == sorted(
            (h.document.id, h.paragraph_index) for h in b.hits
        )
        assert {(h.document.id, h.paragraph_index): h.highlights for h in a.hits} == {
            (h.document.id, h.paragraph_index): h.highlights for h in b.hits
        }
    serial.close()
    parallel.close()


def test_reindex_with_worker_processes_keeps_every_paragraph(tmp_path):
    """Regression: worker processes wrote a re-index's segments into the old index
    folder, which the switch then deleted, leaving an index with no paragraphs."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(5):
        (docs / f"d{i}.txt").write_text(
            f"在第{i}次会议上的讲话\n同志们：\n一、抓好安全生产\n要抓好安全生产和营商环境。\n",
            encoding="utf-8",
        )
    lib = Library.open(tmp_path / "lib", workers=2)
    lib.IN_PROCESS_BYTES = 0  # force worker processes even for a tiny batch
    run(lib.add([docs]))
    before = lib.search("营商环境", limit=50).total
    assert before == 5
    run(lib.reindex())
    assert lib.search("营商环境", limit=50).total == before
    run(lib.add([docs]))  # the library still takes writes after the switch
    assert lib.search("安全生产", limit=50).total >= 5
    lib.close()


def test_core_library_never_imports_qt():
    code = (
        "import sys, drafter.library, drafter.commands.library, drafter.commands.search\n"
        "from drafter.library import build, search, sync\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_jieba_backend_is_silent_and_caches_in_the_library(tmp_path, capfd):
    from drafter.library.analyzer import Segmenter

    seg = Segmenter(["三个服务"], backend="jieba", cache_dir=tmp_path / "cache")
    assert "三个服务" in seg.terms("做好三个服务工作")
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert any((tmp_path / "cache").iterdir())
