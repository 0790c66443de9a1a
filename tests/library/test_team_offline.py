"""A team library held offline when its server goes away (``hold_when_away``, what the
window sets): the read that finds the server gone says why, every read and write after it
is refused at once without trying the server, ``probe()`` says why while it is still
away and brings the library back when it answers. The command line's library (not held)
is never held: each call tries the server, as before. A real throwaway server, stopped and started."""

from __future__ import annotations

import pytest
from pg_cluster import ThrowawayCluster

from drafter.library import LibraryError, ServerAway, open_library


def _write(folder, n):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"d{i}.txt").write_text(
            f"在第{i}次会议上的讲话\n\n一、提高认识\n\n要抓紧抓实第{i}项工作。\n", "utf-8"
        )
    return folder


def test_a_held_library_refuses_at_once_while_away_and_comes_back_after_a_probe(tmp_path):
    with ThrowawayCluster({"fsync": "off"}) as cluster:
        url = cluster.create_database("held")
        library = open_library(url, workers=1, local_dir=tmp_path / "local")
        try:
            list(library.add([_write(tmp_path / "c", 2)]))
            library.hold_when_away = True
            assert library.offline == ""
            cluster.halt()
            with pytest.raises(LibraryError) as first:
                library.documents()
            assert "held" in str(first.value)
            assert library.offline == str(first.value)  # held offline, saying why
            for read in (library.documents, library.revision, lambda: library.search("工作")):
                with pytest.raises(ServerAway) as refused:
                    read()
                assert str(refused.value) == library.offline
            with pytest.raises(ServerAway):
                library.add_words(["三个服务"])
            with pytest.raises(LibraryError):
                library.probe()  # still away: says why, stays held
            assert library.offline
            cluster.resume()
            library.probe()
            assert library.offline == ""
            assert len(library.documents()) == 2
            assert library.search("工作").total >= 1
        finally:
            library.close()


def test_a_library_not_held_is_never_refused_unasked(tmp_path):
    """The command line's library: a call finds the server away and says so; it is not
    held offline, so the next call tries the server again."""
    with ThrowawayCluster({"fsync": "off"}) as cluster:
        url = cluster.create_database("unheld")
        library = open_library(url, workers=1, local_dir=tmp_path / "local")
        try:
            cluster.halt()
            with pytest.raises(LibraryError) as away:
                library.documents()
            assert not isinstance(away.value, ServerAway)
            assert library.offline == ""
        finally:
            library.close()
