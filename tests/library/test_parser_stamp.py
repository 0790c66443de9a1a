"""Cached parses made by older reading code: each document stores the reader version its
parse was made with (both backends); ``library sync``/``reindex`` (and the app when it
opens a library) read such documents again from their unchanged files, the user's
corrections replayed (they are keyed by content); a document whose file is gone keeps
its old reading, and an up-to-date one is not touched."""

from __future__ import annotations

import dataclasses
import os

import pytest
from libtest_helpers import add_speech, run

from drafter.cli import main
from drafter.library import Library, open_library, parser_stamp
from drafter.library.cached_parse import decode_document, encode_document

NOTICE_START = "文档解析规则已更新：1 篇文档仍按旧规则解析"
OLD_TITLE = "旧版本读出的标题"


@pytest.fixture(params=["local", "team"])
def lib(request, tmp_path):
    if request.param == "local":
        library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    else:
        url = request.getfixturevalue("pg_url")
        library = open_library(url, workers=1, lock_timeout=0.5, local_dir=tmp_path / "local")
    yield library
    library.close()


def age(library, doc_id: str, reader: str | None = "made-by-an-older-drafter") -> None:
    """Make ``doc_id``'s stored reading an older Drafter's: another reader version and a
    cached parse whose title differs from what this Drafter reads in the file."""
    if isinstance(library, Library):
        old = decode_document(library.catalog.data(doc_id))
    else:
        with library._conn() as conn:
            (blob,) = conn.execute(
                "SELECT data FROM drafter.documents WHERE id = %s", (doc_id,)
            ).fetchone()
        old = decode_document(bytes(blob))
    meta = dataclasses.replace(old.metadata, title=OLD_TITLE)
    data = encode_document(dataclasses.replace(old, metadata=meta))
    if isinstance(library, Library):
        with library.catalog.transaction() as db:
            db.execute(
                "UPDATE documents SET reader = ?, data = ?, title = ? WHERE id = ?",
                (reader, data, OLD_TITLE, doc_id),
            )
        library._docs = None
    else:
        with library._conn() as conn:
            conn.execute(
                "UPDATE drafter.documents SET reader = %s, data = %s, title = %s WHERE id = %s",
                (reader, data, OLD_TITLE, doc_id),
            )


def title_of(library, doc_id: str) -> str | None:
    return library.load(doc_id).metadata.title


def test_stamp_is_stable_within_a_process_and_names_the_reading_code():
    assert parser_stamp.current() == parser_stamp.current()
    assert len(parser_stamp.current()) == 16


def test_a_document_read_by_an_older_version_is_read_again_and_keeps_its_corrections(lib, tmp_path):
    doc, _ = add_speech(lib, tmp_path)
    assert lib.stale_parses() == 0  # imported by this version
    paras = lib.load(doc.id).paragraphs()
    i = next(p.index for p in paras if p.text == "加强队伍建设")
    lib.set_corrections(doc.id, [{"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}])
    age(lib, doc.id)
    assert title_of(lib, doc.id) == OLD_TITLE
    assert lib.stale_parses() == 1
    assert parser_stamp.notice(lib).startswith(NOTICE_START)
    last = run(lib.reread_stale())
    assert last.reindexed == 1 and not last.errors and not last.cancelled
    assert title_of(lib, doc.id) != OLD_TITLE  # read again from the file
    assert lib.stale_parses() == 0 and parser_stamp.notice(lib) is None
    # the user's correction replayed on the new reading, in the index and in the document
    assert lib.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]
    loaded = lib.load(doc.id)
    assert any(p.text == "加强队伍建设" and p.is_heading for p in loaded.paragraphs())
    assert lib.corrections(doc.id).ops and not lib.corrections(doc.id).stale


def test_a_parse_from_before_versions_were_kept_counts_as_old(lib, tmp_path):
    doc, _ = add_speech(lib, tmp_path)
    age(lib, doc.id, reader=None)
    assert lib.stale_parses() == 1
    assert run(lib.reread_stale()).reindexed == 1
    assert lib.stale_parses() == 0


def test_an_up_to_date_document_is_not_touched(lib, tmp_path):
    doc, path = add_speech(lib, tmp_path)
    other = path.with_name("other.txt")
    other.write_text(path.read_text(encoding="utf-8") + "\n补充一段话，使内容不同。\n", "utf-8")
    run(lib.add([other]))
    second = next(d for d in lib.documents() if d.path == str(other.resolve()))
    age(lib, doc.id)
    age(lib, second.id, reader=parser_stamp.current())  # current version, whatever it holds
    last = run(lib.reread_stale())
    assert last.total_files == 1 and last.reindexed == 1
    assert title_of(lib, doc.id) != OLD_TITLE
    assert title_of(lib, second.id) == OLD_TITLE  # not read again


def test_a_document_whose_file_is_gone_keeps_its_old_reading(lib, tmp_path):
    doc, path = add_speech(lib, tmp_path)
    age(lib, doc.id)
    path.unlink()
    assert lib.stale_parses() == 0  # nothing can be read again
    assert run(lib.reread_stale()).reindexed == 0
    assert title_of(lib, doc.id) == OLD_TITLE
    assert lib.search("选优配强").hits  # still searchable


def test_cancelling_keeps_the_old_reading_for_next_time(lib, tmp_path):
    doc, _ = add_speech(lib, tmp_path)
    age(lib, doc.id)
    last = run(lib.reread_stale(cancel=lambda: True))
    assert last.cancelled and last.reindexed == 0
    assert lib.stale_parses() == 1 and title_of(lib, doc.id) == OLD_TITLE


def test_reindex_reread_brings_every_document_up_to_date(lib, tmp_path):
    doc, _ = add_speech(lib, tmp_path)
    age(lib, doc.id)
    run(lib.reindex())  # a plain re-index keeps the cached parse and its version
    assert lib.stale_parses() == 1
    run(lib.reindex(reread=True))
    assert lib.stale_parses() == 0 and title_of(lib, doc.id) != OLD_TITLE


def test_cli_sync_reads_old_documents_again_and_says_how_many(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DRAFTER_LIBRARY", str(tmp_path / "lib"))
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    doc, path = add_speech(library, tmp_path)
    library.watch(path.parent)
    age(library, doc.id)
    library.close()
    assert main(["library", "list"]) == 0
    err = capsys.readouterr().err
    assert err.count(NOTICE_START) == 1 and "drafter library sync" in err
    assert main(["library", "sync"]) == 0
    err = capsys.readouterr().err
    assert "已按新的解析规则重新解析 1 篇文档" in err
    assert "文档解析规则已更新" not in err
    assert main(["library", "sync"]) == 0  # nothing left: nothing said
    assert "重新解析" not in capsys.readouterr().err
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    assert title_of(library, doc.id) != OLD_TITLE
    library.close()


def test_cli_reindex_reads_old_documents_again(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DRAFTER_LIBRARY", str(tmp_path / "lib"))
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    doc, _ = add_speech(library, tmp_path)
    age(library, doc.id)
    library.close()
    assert main(["library", "reindex"]) == 0
    assert "已按新的解析规则重新解析 1 篇文档" in capsys.readouterr().err


def test_cli_reindex_then_sync_reparses_nothing_when_a_file_was_only_touched(
    tmp_path, monkeypatch, capsys
):
    # a file copied again or checked out: a new modification time over the same content.
    # Left out of the re-read, it kept its old reading through reindex, and the first sync
    # (recording the new time of unchanged content) re-read it: 重新解析 printed twice.
    monkeypatch.setenv("DRAFTER_LIBRARY", str(tmp_path / "lib"))
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    doc, path = add_speech(library, tmp_path)
    library.watch(path.parent)
    age(library, doc.id)
    library.close()
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert main(["library", "reindex"]) == 0
    assert "已按新的解析规则重新解析 1 篇文档" in capsys.readouterr().err
    assert main(["library", "sync"]) == 0
    assert "重新解析" not in capsys.readouterr().err
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    assert library.stale_parses() == 0 and title_of(library, doc.id) != OLD_TITLE
    library.close()


def test_a_touched_file_whose_content_changed_is_left_to_sync(lib, tmp_path):
    doc, path = add_speech(lib, tmp_path)
    age(lib, doc.id)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("。", "！", 1), encoding="utf-8")  # same size, new words
    assert path.stat().st_size == len(text.encode("utf-8"))
    assert lib.stale_parses() == 0  # sync imports the new content, not a re-read


def state(library, key: str) -> str | None:
    """A library state value, straight from its table."""
    if isinstance(library, Library):
        return library.catalog.get_state(key)
    with library._conn() as conn:
        row = conn.execute("SELECT value FROM drafter.state WHERE key = %s", (key,)).fetchone()
    return row[0] if row else None


def reopen(library, tmp_path):
    """The same library opened again (as by the next start of Drafter)."""
    library.close()
    if isinstance(library, Library):
        return Library.open(library.root, workers=1, lock_timeout=0.5)
    return open_library(library.spec, workers=1, lock_timeout=0.5, local_dir=tmp_path / "local")


def test_the_library_wide_stamp_is_gone_and_nothing_writes_it(lib, tmp_path):
    # the documents' own reader versions say it all: a new library, an import and a
    # re-read leave no library-wide stamp behind
    doc, _ = add_speech(lib, tmp_path)
    age(lib, doc.id)
    run(lib.reindex(reread=True))
    run(lib.reread_stale())
    assert state(lib, parser_stamp.OLD_STATE_KEY) is None
    assert lib.stale_parses() == 0


def test_opening_a_library_with_the_old_stamp_drops_it_and_loses_nothing(lib, tmp_path):
    doc, _ = add_speech(lib, tmp_path)
    paras = lib.load(doc.id).paragraphs()
    i = next(p.index for p in paras if p.text == "加强队伍建设")
    ops = [{"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}]
    lib.set_corrections(doc.id, ops)
    # as the session before left it: a library-wide stamp (even this very code's), and a
    # document from before per-document versions
    age(lib, doc.id, reader=None)
    if isinstance(lib, Library):
        lib.catalog.set_state(parser_stamp.OLD_STATE_KEY, parser_stamp.current())
    else:
        with lib._conn() as conn:
            conn.execute(
                "INSERT INTO drafter.state (key, value) VALUES (%s, %s)",
                (parser_stamp.OLD_STATE_KEY, parser_stamp.current()),
            )
    lib = reopen(lib, tmp_path)
    try:
        assert state(lib, parser_stamp.OLD_STATE_KEY) is None
        assert [d.id for d in lib.documents()] == [doc.id]
        assert lib.corrections(doc.id).ops == ops
        # the stamp covered parses it did not make: the document's own (NULL) version
        # decides, and it is read again, its correction replayed
        assert lib.stale_parses() == 1
        assert run(lib.reread_stale()).reindexed == 1
        assert title_of(lib, doc.id) != OLD_TITLE
        assert lib.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]
    finally:
        lib.close()


def test_a_correction_saved_during_a_re_parse_does_not_wait_for_it(tmp_path, monkeypatch):
    """The re-parse reads files without the write lock (issue 8: a save queued behind a long
    re-parse waited for all of it): a save made while it reads goes through at once, even
    for a library that waits for no lock, and the re-parse indexes the document with it."""
    from drafter.library import local_indexing

    monkeypatch.setattr(local_indexing.LocalIndexing, "REREAD_CHUNK_S", 1e9, raising=False)
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0)
    try:
        doc, _ = add_speech(lib, tmp_path)
        age(lib, doc.id)
        steps = lib.reread_stale()
        next(steps)  # started
        next(steps)  # the file read again; not yet indexed
        paras = lib.load(doc.id).paragraphs()
        i = next(p.index for p in paras if p.text == "加强队伍建设")
        op = {"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}
        lib.add_corrections(doc.id, [op])  # LibraryBusy when the re-parse held the lock
        last = list(steps)[-1]
        assert last.reindexed == 1 and not last.errors
        assert title_of(lib, doc.id) != OLD_TITLE
        hits = lib.search("选优配强").hits
        assert len(hits) == 1 and hits[0].section == ["二、突出重点", "加强队伍建设"]
    finally:
        lib.close()
