"""tests/holdout.py, the one hold-out filter of the sweeps over ../shared."""

from __future__ import annotations

from holdout import held_out, skip_held_out


def test_listed_paths_are_skipped_whole_lines_and_relative_to_shared(tmp_path, monkeypatch):
    """Paths are lines relative to shared (a space inside a name is kept), blank lines and
    surrounding blanks ignored; a path outside shared is kept."""
    shared = tmp_path / "shared"
    a = shared / "corpus" / "speeches" / "mao" / "第二卷_018 某篇.md"
    b = shared / "corpus" / "speeches" / "ren" / "20010424_x.md"
    outside = tmp_path / "elsewhere.md"
    listing = tmp_path / "HOLDOUT.txt"
    listing.write_text("\n  corpus/speeches/mao/第二卷_018 某篇.md  \n\n", "utf-8")
    monkeypatch.setenv("DRAFTER_HOLDOUT", str(listing))
    assert held_out() == {"corpus/speeches/mao/第二卷_018 某篇.md"}
    assert skip_held_out([a, b, outside], shared) == [b, outside]


def test_no_list_holds_nothing_out(tmp_path, monkeypatch):
    """Without a hold-out file every path is kept."""
    monkeypatch.setenv("DRAFTER_HOLDOUT", str(tmp_path / "none.txt"))
    paths = [tmp_path / "shared" / "x.md"]
    assert held_out() == set()
    assert skip_held_out(paths, tmp_path / "shared") == paths
