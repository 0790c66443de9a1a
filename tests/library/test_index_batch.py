"""The one guard of every local indexing write (drafter.library.local_indexing.IndexBatch):
stopped before its commit, a batch leaves the index as it was, no reading process behind,
and a library that takes the next write. Real libraries, real worker processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from libtest_helpers import run

from drafter.library import Library
from drafter.library import index as ix_mod

psutil = pytest.importorskip("psutil")


def _docs(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"d{i}.txt").write_text(
            f"在第{i}次会议上的讲话\n同志们：\n一、抓好安全生产\n要抓好安全生产和营商环境第{i}项。\n",
            encoding="utf-8",
        )
    return folder


def _pooled(root: Path) -> Library:
    lib = Library.open(root, workers=2, lock_timeout=0.5)
    lib.IN_PROCESS_BYTES = 0  # worker processes even for a small batch
    return lib


def _index_folders(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.name.startswith("index"))


def _children() -> set[int]:
    """This process's children that could be reading workers (not multiprocessing's own
    helpers, which live as long as the test session)."""
    out = set()
    for child in psutil.Process(os.getpid()).children():
        try:
            line = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if "resource_tracker" not in line and "forkserver" not in line:
            out.add(child.pid)
    return out


def _no_workers_left(before: set[int]) -> bool:
    """Every worker started since ``before`` (the children then) has exited."""
    started = []
    for pid in _children() - before:
        try:
            started.append(psutil.Process(pid))
        except psutil.NoSuchProcess:
            continue
    _gone, alive = psutil.wait_procs(started, timeout=10)
    return not alive


def test_reindex_closed_midway_keeps_the_old_index_and_stops_its_workers(tmp_path):
    before = _children()  # the session's other children (servers, helpers) stay
    lib = _pooled(tmp_path / "lib")
    run(lib.add([_docs(tmp_path / "docs", 6)]))
    folders = _index_folders(lib.root)
    gen = lib.reindex()
    for progress in gen:
        if progress.done_files >= 1:
            break
    gen.close()  # the window closed during a re-index
    assert _no_workers_left(before)
    assert _index_folders(lib.root) == folders  # the half-built index is gone
    assert lib.search("营商环境", limit=50).total == 6
    assert run(lib.reindex()).reindexed == 6  # the write lock was let go
    assert lib.search("营商环境", limit=50).total == 6
    lib.close()


def test_copy_closed_midway_stops_its_workers_and_commits_nothing_half(tmp_path):
    before = _children()
    source = Library.open(tmp_path / "src", workers=1)
    run(source.add([_docs(tmp_path / "docs", 6)]))
    target = _pooled(tmp_path / "dst")
    gen = target.import_records(source.export_records())
    for progress in gen:
        if progress.done_files >= 1:
            break
    gen.close()
    assert _no_workers_left(before)
    assert target.search("营商环境", limit=50).total == 0
    assert len(target.documents()) == 0
    assert run(target.import_records(source.export_records())).added == 6
    assert target.search("营商环境", limit=50).total == 6
    source.close()
    target.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_failed_commit_cancels_the_writer(tmp_path, monkeypatch, workers):
    before = _children()
    lib = Library.open(tmp_path / "lib", workers=workers, lock_timeout=0.5)
    lib.IN_PROCESS_BYTES = 0
    docs = _docs(tmp_path / "docs", 4)
    run(lib.add([docs]))
    (docs / "d0.txt").unlink()  # a sync deletes it: the commit carries a deletion too
    (docs / "new.txt").write_text("在新会议上的讲话\n要抓好煤矿安全。\n", encoding="utf-8")
    real = ix_mod.commit_segments

    def power_cut(*args, **kwargs):
        raise OSError("disk full")

    index_dir = lib.root / _index_folders(lib.root)[0]
    monkeypatch.setattr(ix_mod, "commit_segments", power_cut)
    with pytest.raises(OSError) as failure:
        run(lib.sync(docs))
    monkeypatch.setattr(ix_mod, "commit_segments", real)
    # The writer was cancelled, not just dropped: while the failure (and its frames, which
    # hold the writer) is still alive, none of the new segment's files is left open.
    held = [f.path for f in psutil.Process().open_files() if f.path.startswith(str(index_dir))]
    assert held == [], held
    del failure
    assert _no_workers_left(before)
    assert lib.search("营商环境", limit=50).total == 4  # the index is as it was
    assert lib.search("煤矿", limit=50).total == 0
    last = run(lib.sync(docs))  # the index is not left locked
    assert (last.added, last.removed) == (1, 1)
    assert lib.search("营商环境", limit=50).total == 3
    assert lib.search("煤矿", limit=50).total == 1
    lib.close()
