"""An import commits in chunks: a real child process importing or syncing a folder is
killed with SIGKILL part-way, and every chunk it committed is in the library, which is
consistent (catalogue and index agree, the database's statistics match its rows) and
finishes the job at the next add or sync; byte-identical files in different chunks are
imported once and counted as 重复. Both backends: the local folder (in this process and
with worker processes, whose segments are committed while they go on writing) and the
team library on the session's throwaway PostgreSQL cluster."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from libtest_helpers import OFFICE, SAFETY, run, speech

from drafter.library import Library, open_library
from drafter.library.index import INDEX_NAME

ROOT = Path(__file__).resolve().parents[2]
FILES = 40


def write_texts(folder: Path, n: int, word: str = "部署") -> list[Path]:
    """``n`` small speeches of our own, distinct, each with one paragraph saying 编号."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n):
        path = folder / f"a{k:03d}.txt"
        path.write_text(
            f"在第{k}次全县工作会议上的讲话\n同志们：\n今天召开第{k}次会议，{word}安全生产工作。\n"
            f"一、提高认识\n要把第{k}项任务抓紧抓实。\n"
            f"二、狠抓落实\n各部门要落实责任，确保编号{k}的工作按期完成。\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


# The child: opens the library, starts the import, and once ``query`` finds ``hits``
# paragraphs (committed chunks) with files still to read, says so and waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from drafter.library import Library, open_library
    kind, where, local, action, folder, query, hits = sys.argv[1:]
    if kind == "local":
        lib = Library.open(where, workers=int(local))
        lib.IN_PROCESS_BYTES = 0  # worker processes when there are two
        lib.COMMIT_BYTES = 1  # a commit a document (a worker's segment a document)
    else:
        lib = open_library(where, workers=1, local_dir=local, batch_documents=4)
    run = lib.add([folder]) if action == "add" else lib.sync(folder)
    for p in run:
        if (p.phase == "read" and 0 < p.total_files - p.done_files
                and lib.search(query, limit=1).total >= int(hits)):
            print("committed", flush=True)
            time.sleep(600)
    print("finished", flush=True)
    """
)


def kill_midway(kind, where, local, action, folder, query, hits) -> None:
    """Run ``action`` (add or sync of ``folder``) in a child process and SIGKILL it, between
    two commits, once ``query`` finds ``hits`` paragraphs and files remain to be read."""
    args = [kind, str(where), str(local), action, str(folder), query, str(hits)]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        said = child.stdout.readline().strip()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(60)
    assert said == "committed", "the import ended before it could be killed part-way"


def local_state(root: Path) -> tuple[set[str], set[str]]:
    """The local library's catalogued ids and the ids with live paragraphs in its index,
    read without writing (a write would reconcile them first)."""
    with Library.open(root, create=False) as lib:
        ids = set(lib.catalog.ids())
        with lib._current_index().reader() as reader:
            indexed = {
                doc_id
                for doc_id in reader.field_terms("doc")
                if reader.postings("doc", doc_id).is_active()
            }
    return ids, indexed


def assert_tidy_index(root: Path) -> None:
    """After a finished import the index folder holds one table of contents and the files
    of the segments it names: nothing a killed run or a chunk's commit left behind."""
    with Library.open(root, create=False) as lib:
        index = lib._current_index()
        folder = Path(index.storage.folder)
        names = {seg.segment_id() for seg in index._segments()}
    tocs = sorted(folder.glob(f"_{INDEX_NAME}_*.toc"))
    assert len(tocs) == 1, tocs
    strays = [
        p.name
        for p in folder.iterdir()
        if p not in tocs and not any(p.name.startswith(f"{name}.") for name in names)
    ]
    assert strays == [], strays


def open_kind(kind: str, where, local, create: bool = False):
    """The library the child wrote, opened in this process."""
    if kind == "local":
        return Library.open(where, create=create, workers=1, lock_timeout=5)
    return open_library(where, create=create, workers=1, local_dir=local, lock_timeout=5)


def check_consistent(kind: str, where) -> int:
    """Assert the library is consistent; returns how many documents it holds. The child
    is killed between two commits, so every catalogued document has its paragraphs (a
    kill between the index's commit and the catalogue's leaves index orphans: searches
    skip them and the next write deletes them)."""
    if kind == "local":
        ids, indexed = local_state(where)
        assert ids <= indexed
        return len(ids)
    from test_team_library import consistency

    return consistency(where)["documents"]


@pytest.fixture(params=["local-in-process", "local-workers", "pg"])
def backend(request, tmp_path):
    """(kind, where, local): where the library lives and the child's third argument (the
    local library's worker count, the team library's local folder)."""
    if request.param == "pg":
        url = request.getfixturevalue("pg_url")
        open_library(url, workers=1, local_dir=tmp_path / "setup").close()  # schema first
        return "pg", url, tmp_path / "pg-local"
    workers = 2 if request.param == "local-workers" else 1
    return "local", tmp_path / "lib", workers


def test_killed_add_keeps_its_committed_chunks(backend, tmp_path):
    kind, where, local = backend
    docs = tmp_path / "docs"
    files = write_texts(docs, FILES)
    copy = docs / "z_copy.txt"  # the first file's bytes again, in the last chunk
    copy.write_bytes(files[0].read_bytes())
    kill_midway(kind, where, local, "add", docs, "编号", 8)

    held = check_consistent(kind, where)
    assert 8 <= held < FILES
    with open_kind(kind, where, local) as lib:
        assert lib.search("编号", limit=100).total == held
        last = run(lib.add([docs]))  # the same add again finishes the job
        assert not last.errors
        assert (last.added, last.unchanged, last.duplicates) == (FILES - held, held, 1)
        assert lib.search("编号", limit=100).total == FILES
    assert check_consistent(kind, where) == FILES
    if kind == "local":
        assert_tidy_index(where)


def test_killed_sync_removes_nothing_and_the_next_sync_finishes(backend, tmp_path):
    kind, where, local = backend
    docs = tmp_path / "docs"
    write_texts(docs, FILES)
    with open_kind(kind, where, local, create=True) as lib:
        assert run(lib.add([docs])).added == FILES
    files = write_texts(docs, FILES - 4, word="总结")  # new content: each replaces its old
    gone = [docs / f"a{k:03d}.txt" for k in (FILES - 2, FILES - 1)]
    for path in gone:
        path.unlink()
    kill_midway(kind, where, local, "sync", docs, '"总结安全生产"', 8)

    assert check_consistent(kind, where) == FILES  # updated in place, nothing removed yet
    with open_kind(kind, where, local) as lib:
        for path in files + gone:  # every file there is, and the two gone, still held
            assert lib.document_at(str(path.resolve())) is not None, path
        updated = lib.search('"总结安全生产"', limit=100).total
        assert 8 <= updated < FILES - 4
        assert lib.search('"部署安全生产"', limit=100).total == FILES - updated
        last = run(lib.sync(docs))
        assert not last.errors
        assert (last.updated, last.removed, last.unchanged) == (FILES - 4 - updated, 2, updated + 2)
        assert lib.search('"总结安全生产"', limit=100).total == FILES - 4
        assert lib.search('"部署安全生产"', limit=100).total == 2
    assert check_consistent(kind, where) == FILES - 2
    if kind == "local":
        assert_tidy_index(where)


@pytest.mark.parametrize("kind", ["local", "pg"])
def test_copies_in_different_chunks_are_one_document(kind, corpus, tmp_path, request):
    """Two identical files far apart (separate commits): one is imported, the
    other counted 重复, in the first add and again in the next, and a third copy added
    later is 重复 of the document in the library."""
    if kind == "local":
        lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
        lib.COMMIT_BYTES = 1  # a commit a document
    else:
        lib = open_library(
            request.getfixturevalue("pg_url"),
            workers=1,
            local_dir=tmp_path / "pg-local",
            batch_documents=2,
        )
    corpus.write("a_office.txt", OFFICE)
    for k in range(5):
        corpus.write(
            f"m{k}.txt", speech(f"第{k}次会议上的讲话", [("一、", "抓落实", [f"第{k}项。"])])
        )
    corpus.write("z_safety.txt", SAFETY)
    (corpus.folder / "z_office_copy.txt").write_bytes((corpus.folder / "a_office.txt").read_bytes())
    with lib:
        first = run(lib.add([corpus.folder]))
        assert (first.added, first.duplicates, first.unchanged, first.errors) == (7, 1, 0, [])
        again = run(lib.add([corpus.folder]))
        assert (again.added, again.duplicates, again.unchanged) == (0, 1, 7)
        (corpus.folder / "zz_third_copy.txt").write_bytes(
            (corpus.folder / "a_office.txt").read_bytes()
        )
        third = run(lib.add([corpus.folder]))
        assert (third.added, third.duplicates, third.unchanged) == (0, 2, 7)
        assert len(lib.documents()) == 7
        office = lib.document_at(str((corpus.folder / "a_office.txt").resolve()))
        hits = lib.search("营商环境", limit=50).hits
        assert hits and {h.document.id for h in hits} == {office.id}  # indexed once


def test_a_chunk_is_cut_at_its_documents_or_bytes_but_never_small():
    """A folder of short notices cut every 200 documents left 20 small segments for 4,000
    notices, which the import's last commit folded together in pure Python: its CPU time
    doubled. A chunk holds at least CHUNK_PARAGRAPHS paragraphs before its documents count."""
    from drafter.library.build import CHUNK_PARAGRAPHS, chunk_full

    most, most_bytes = 200, 8 << 20
    assert chunk_full(200, CHUNK_PARAGRAPHS, 1 << 20, most, most_bytes)
    assert not chunk_full(199, 50_000, 1 << 20, most, most_bytes)
    assert not chunk_full(200, CHUNK_PARAGRAPHS - 1, 1 << 20, most, most_bytes)  # notices
    assert chunk_full(3, 10, 8 << 20, most, most_bytes)  # a few big files
    assert not chunk_full(10_000, 10**6, 1 << 30, 0, 0)  # a re-index: no chunks
