"""Every phrase a real paragraph contains is found in that paragraph (../shared).

Phrases of three to six characters are cut at random places of real paragraphs (speeches
of Mao and Ren Zhengfei, government work reports, Party congress reports): the random
places are exactly where jieba's cut of the phrase and of its context disagree most.
Each one, quoted, must find its own paragraph; a phrase of Chinese characters only must
find it unquoted too. Compiled as words (what an index of format 1 searched), a good part
of them does not: that share is the size of the bug, printed on failure.
"""

from __future__ import annotations

import random

import pytest
from libtest_helpers import run

from drafter.library import Library
from drafter.library.query_compile import _CJK, literal_of

QUOTES = set('"“”「」『』')


@pytest.fixture(scope="module")
def real_library(tmp_path_factory):
    from pathlib import Path

    shared = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("../shared is absent: shared corpus tests need it beside the project")
    files = []
    for folder, step in (("speeches/mao", 60), ("speeches/ren", 40), ("structure", 6)):
        found = sorted(p for p in (shared / folder).rglob("*") if p.is_file())
        files += found[::step]
    library = Library.open(tmp_path_factory.mktemp("literal-real") / "lib", workers=1)
    run(library.add(files))
    yield library
    library.close()


def samples(library, n_paragraphs=300, seed=21):
    """(document id, paragraph index, phrase): one phrase of 3-6 characters at a random
    place of each of ``n_paragraphs`` random paragraphs (of at most 2,000 characters:
    longer ones are indexed in pieces, and a phrase may straddle two). A phrase does not cut
    a Latin word or a number in two (DMO of DMOS): the index keeps those whole, so a part of
    one finds nothing — a known limit of the search, not of the literal grams this tests."""
    rng = random.Random(seed)
    paragraphs = [
        (info.id, p.index, p.text)
        for info in library.documents()
        for p in library.load(info.id).paragraphs()
        if 8 <= len(p.text) <= 2000
    ]
    out = []
    for doc_id, index, text in rng.sample(paragraphs, min(n_paragraphs, len(paragraphs))):
        for _ in range(20):  # a place whose phrase has something to search for
            size = rng.randint(3, 6)
            start = rng.randrange(0, len(text) - size + 1)
            phrase = text[start : start + size]
            if _cuts_a_word(text, start, start + size):
                continue
            if not QUOTES & set(phrase) and len(literal_of(phrase)) >= 2:
                out.append((doc_id, index, phrase))
                break
    return out


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins or ends inside a run of ASCII letters or digits."""

    def word(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    return (start > 0 and word(text[start - 1]) and word(text[start])) or (
        end < len(text) and word(text[end - 1]) and word(text[end])
    )


def found(library, doc_id, index, query) -> bool:
    hits = library.search(query, limit=100000, filters={"document_id": doc_id}).hits
    return any(h.paragraph_index == index for h in hits)


@pytest.mark.shared
def test_every_sampled_phrase_finds_its_paragraph(real_library, monkeypatch):
    cases = samples(real_library)
    assert len(cases) >= 250
    missed = [c for c in cases if not found(real_library, c[0], c[1], f'"{c[2]}"')]
    bare = [c for c in cases if _CJK.search(c[2]) and all(_CJK.match(ch) for ch in c[2])]
    missed += [c for c in bare if not found(real_library, c[0], c[1], c[2])]
    # the same phrases compiled as words only (an index from before literal grams)
    monkeypatch.setattr(real_library, "literal_index", lambda: False)
    monkeypatch.setattr(real_library._engine, "_literal", lambda: False)
    words = sum(found(real_library, c[0], c[1], f'"{c[2]}"') for c in cases)
    assert not missed, (
        f"{len(missed)} of {len(cases) + len(bare)} missed, e.g. {missed[:5]}; "
        f"words alone found {words} of {len(cases)}"
    )
    assert words < len(cases)  # the bug is real on real text
