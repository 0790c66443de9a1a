"""Cached parses made by older reading code: the library knows (a parser stamp in its
state, on both backends), says so once in ``library sync``/``list``/``info``, and
``reindex --reread`` brings the parses and the stamp up to date without losing the user's
corrections (they are keyed by content)."""

from __future__ import annotations

import pytest
from libtest_helpers import add_speech, run

from drafter.cli import main
from drafter.library import Library, open_library, parser_stamp

NOTICE_START = "文档解析规则已更新：1 篇文档仍按旧规则解析"


@pytest.fixture(params=["local", "team"])
def lib(request, tmp_path):
    if request.param == "local":
        library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    else:
        url = request.getfixturevalue("pg_url")
        library = open_library(url, workers=1, lock_timeout=0.5, local_dir=tmp_path / "local")
    yield library
    library.close()


def test_stamp_is_stable_within_a_process_and_names_the_reading_code():
    assert parser_stamp.current() == parser_stamp.current()
    assert len(parser_stamp.current()) == 16


def test_a_new_library_is_current_and_an_upgraded_one_is_stale_until_reread(lib, tmp_path):
    assert lib.parsed_with() == parser_stamp.current()  # stamped when created
    doc, _ = add_speech(lib, tmp_path)
    assert lib.stale_parses() == 0
    lib._set_parsed_with("made-by-an-older-drafter")
    assert lib.stale_parses() == 1
    assert parser_stamp.notice(lib).startswith(NOTICE_START)
    run(lib.reindex())  # a plain re-index keeps the cached parses: still stale
    assert lib.stale_parses() == 1
    cancelled = run(lib.reindex(cancel=lambda: True, reread=True))
    assert cancelled.cancelled and lib.stale_parses() == 1
    run(lib.reindex(reread=True))
    assert lib.stale_parses() == 0
    assert lib.parsed_with() == parser_stamp.current()
    assert parser_stamp.notice(lib) is None


def test_a_corrected_heading_is_still_corrected_after_a_reread(lib, tmp_path):
    doc, _ = add_speech(lib, tmp_path)
    paras = lib.load(doc.id).paragraphs()
    i = next(p.index for p in paras if p.text == "加强队伍建设")
    lib.set_corrections(doc.id, [{"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}])
    lib._set_parsed_with("made-by-an-older-drafter")
    run(lib.reindex(reread=True))
    assert lib.stale_parses() == 0
    assert lib.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]
    loaded = lib.load(doc.id)
    assert any(p.text == "加强队伍建设" and p.is_heading for p in loaded.paragraphs())


def test_a_library_from_before_stamps_counts_as_stale(tmp_path):
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    add_speech(library, tmp_path)
    with library.catalog.transaction() as db:
        db.execute("DELETE FROM state WHERE key = ?", (parser_stamp.STATE_KEY,))
    assert library.parsed_with() is None
    assert library.stale_parses() == 1
    library.close()


def test_cli_says_so_once_and_reread_clears_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DRAFTER_LIBRARY", str(tmp_path / "lib"))
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    _, path = add_speech(library, tmp_path)
    library.watch(path.parent)
    library._set_parsed_with("made-by-an-older-drafter")
    library.close()
    for command in (["library", "list"], ["library", "info"], ["library", "sync"]):
        assert main(command) == 0
        err = capsys.readouterr().err
        assert err.count(NOTICE_START) == 1, command
        assert "drafter library reindex --reread" in err
    assert main(["library", "reindex", "--reread"]) == 0
    capsys.readouterr()
    assert main(["library", "list"]) == 0
    assert "文档解析规则已更新" not in capsys.readouterr().err
