"""Fixtures for library tests (helpers and sample documents: libtest_helpers.py)."""

from __future__ import annotations

import pytest
from libtest_helpers import Corpus

from drafter.library import Library
from drafter.library import build as build_module


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Corpus:
    c = Corpus(tmp_path / "docs")
    c.folder.mkdir()
    monkeypatch.setattr(build_module, "load_document", c.load)
    return c


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    yield lib
    lib.close()
