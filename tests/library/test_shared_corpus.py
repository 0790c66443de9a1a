"""A small library from the real scraped speeches in ../shared/seeds (skipped without it)."""

from __future__ import annotations

import pytest
from libtest_helpers import run

from drafter.library import Library

pytestmark = pytest.mark.shared


def test_seed_speeches_import_and_search(shared_dir, tmp_path):
    seeds = shared_dir / "seeds"
    with Library.open(tmp_path / "lib", workers=1) as lib:
        last = run(lib.add([seeds]))
        assert last.added == len([p for p in seeds.iterdir() if p.is_file()])
        assert not last.errors
        res = lib.search("办公室 工作")
        assert res.total > 0
        for hit in res.hits:
            assert hit.highlights
            assert all(hit.text[s:e] for s, e in hit.highlights)
        headed = [h for h in lib.search("办公室", limit=50).hits if h.section]
        assert headed, "hits under a heading carry their heading path"
