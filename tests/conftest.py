"""Shared test fixtures. Qt runs offscreen; ../shared is optional."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: shared corpus tests need it beside the project")
    return SHARED


@pytest.fixture
def sample_corpus() -> Path:
    return CORPUS
