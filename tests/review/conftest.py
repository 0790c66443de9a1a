"""Fixtures of the review tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import ReadError, load_document


@pytest.fixture(scope="session")
def read_real():
    """``load_document`` of a real text of ../shared, read once per test process: the sweeps
    of test_real_texts.py and test_parallelism_shape.py read the same 680 texts (3.4 CPU-s a
    pass), and the review only reads a document. Raises the text's ReadError each time."""
    read: dict[Path, object] = {}

    def load(path: Path):
        if path not in read:
            try:
                read[path] = load_document(path)
            except ReadError as exc:
                read[path] = exc
        got = read[path]
        if isinstance(got, ReadError):
            raise got
        return got

    return load
