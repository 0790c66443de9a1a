"""Chinese word segmentation for the index and for queries: one :class:`Segmenter` for both.

The same segmenter must cut the paragraph when it is indexed and the words of a query,
otherwise a query word may never meet its indexed form. We cut in jieba's precise mode
without the HMM step: the HMM guesses new words from context, so the same phrase could be
cut one way in a paragraph and another way in a query; without it the cut is controlled by
the dictionary alone, which is also what makes the user dictionary ("三个服务", "放管服")
effective and predictable.

rjieba (jieba-rs) is used when installed: with HMM off it cuts exactly as jieba does on
the benchmark corpus (100% of tokens on a 3.4 MB sample, see bench/results/search.md) and
is about six times faster. Both accept the user's words through ``add_word``, so the user
dictionary controls either backend; ``backend="jieba"`` forces the Python implementation.

Paragraphs are indexed the way jieba's search mode cuts them: each word longer than two
characters also yields the two- and three-character dictionary words inside it
("煤矿安全" -> 煤矿, 安全, 煤矿安全), at the same position as the word (as synonyms are
indexed), so a query for 安全 finds 煤矿安全 and phrases still line up. Queries are cut in
precise mode only.

Text is width-folded before cutting (full-width ``ＡＢＣ１２３`` becomes ``ABC123``): the fold
maps one character to one character, so token offsets stay exact offsets into the original
paragraph, which is what highlights need.

Beside the words, every paragraph is indexed as overlapping character pairs ("literal
grams", :func:`literal_grams`), each term marked with :data:`LITERAL_MARK` and positioned
at its character offset. Words alone cannot find every phrase the text contains: jieba cuts
讲一讲 as 讲/一/讲 in a query but 来讲/一讲 inside 我来讲一讲, so the words never line up;
a phrase of n characters is the n-1 pairs at consecutive offsets whatever the cut (see
:class:`drafter.library.phrase_match.LiteralPhrase`). The literal text is width-folded,
lower-cased and stripped of whitespace (王　强 padded to align a list of names is 王强);
pairs of two punctuation marks (。” ……) are not indexed.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII and the ideographic space -> space. One
# character for one character, so offsets survive the fold.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


def fold(text: str) -> str:
    """Width-fold ``text`` without changing its length (see module docstring)."""
    return text.translate(_FOLD)


def normalize_term(word: str) -> str:
    """The indexed form of one token: width-folded and lower-cased."""
    return fold(word).lower()


LITERAL_MARK = "\u241f"
"""The first character of every literal gram term (␟, never part of a jieba word: jieba
keeps only Han characters, letters, digits and ``+#&._%-`` together), so a gram 讲一 and a
dictionary word 讲一 are different terms of the same index field."""

INDEX_FORMAT = "2"
"""What an index holds, bumped whenever the terms a paragraph is indexed with change (2:
words and literal grams). A library built with another format is rebuilt from its cached
parses when it is opened for writing (see ``index_outdated``); until then searches compile
to what its index holds (words only for format 1)."""

INDEX_FORMAT_KEY = "index_format"
"""The state key under which both libraries keep the :data:`INDEX_FORMAT` their index was
built with (the catalogue's state table, the team library's drafter.state)."""


def literal_text(text: str) -> str:
    """``text`` as literal grams are taken from it: width-folded, lower-cased (character by
    character where lower-casing would change the length), whitespace removed. Queries and
    paragraphs pass through this same function, so they meet whatever their spacing."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # İ -> i̇: keep one character for one
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)
    return "".join(lowered.split())


def literal_grams(literal: str) -> dict[str, list[int]]:
    """The gram terms of a literal text (see :func:`literal_text`) with their offsets: each
    pair of neighbouring characters, marked, at the offset of its first character; a pair
    of two characters that are neither letters nor digits is left out."""
    grams: dict[str, list[int]] = {}
    get = grams.get
    mark = LITERAL_MARK
    for i in range(len(literal) - 1):
        pair = literal[i : i + 2]
        if not pair.isalnum() and not (pair[0].isalnum() or pair[1].isalnum()):
            continue
        found = get(pair)
        if found is None:
            grams[pair] = [i]
        else:
            found.append(i)
    return {mark + pair: offsets for pair, offsets in grams.items()}


def is_indexable(word: str) -> bool:
    """True when a token carries meaning: not whitespace or punctuation alone."""
    return word.isalnum() or any(ch.isalnum() for ch in word)


# One indexable token: (term, position, start, end). The term is normalized; the position
# counts every token, punctuation included, so a phrase never matches across a comma; start
# and end are exact character offsets into the original text. A plain tuple because a
# build makes millions of them.
Token = tuple[str, int, int, int]


class Segmenter:
    """jieba (or rjieba) with Drafter's official-document vocabulary and the library's
    user words, built once per process.

    Construction loads the dictionary (about 0.15 s with rjieba, 0.8 s with jieba), so a
    process keeps one segmenter and passes it to whatever needs it.
    """

    def __init__(
        self,
        words: Iterable[str] = (),
        backend: str = "auto",
        cache_dir: str | Path | None = None,
        vocabulary: bool = True,
    ) -> None:
        from drafter.library import vocabulary as vocab

        user = {w.strip() for w in words if w and w.strip()}
        self.words = sorted(user | set(vocab.WORDS)) if vocabulary else sorted(user)
        self.backend = _choose_backend(backend)
        if self.backend == "rjieba":
            self._rj = rjieba_class()()
            for word in self.words:
                self._rj.add_word(word, None, None)
            self._tokenize = self._tokenize_rjieba
            self._cut = lambda text: self._rj.cut(text, False)
            self._in_dict = self._rj.has_word
        else:
            self._jieba = _new_jieba(cache_dir)
            for word in self.words:
                self._jieba.add_word(word)
            self._tokenize = self._tokenize_jieba
            self._cut = lambda text: self._jieba.lcut(text, HMM=False)
            freq = self._jieba.FREQ
            self._in_dict = lambda w: bool(freq.get(w))
        self._subword_cache: dict[str, tuple[tuple[int, str], ...]] = {}
        self._entries: dict[str, tuple[str, ...]] = {}

    def _tokenize_rjieba(self, text: str) -> list[tuple[str, int, int]]:
        return self._rj.tokenize(text, "default", False)

    def _tokenize_jieba(self, text: str) -> list[tuple[str, int, int]]:
        return list(self._jieba.tokenize(text, mode="default", HMM=False))

    def cut(self, text: str) -> list[str]:
        """The raw words of ``text`` (width-folded, punctuation included)."""
        return [w for w, _, _ in self._tokenize(fold(text))]

    def tokens(self, text: str, subwords: bool = True) -> list[Token]:
        """Indexable tokens of ``text`` with positions and exact character spans; with
        ``subwords``, the dictionary words inside long words too (see module docstring)."""
        out: list[Token] = []
        append = out.append
        cache = self._subword_cache
        for pos, (word, start, end) in enumerate(self._tokenize(fold(text))):
            if word.isalnum() or is_indexable(word):
                term = word.lower()
                append((term, pos, start, end))
                if subwords and end - start > 2:
                    subs = cache.get(term)
                    if subs is None:
                        subs = cache[term] = self._subwords(term)
                    for offset, sub in subs:
                        append((sub, pos, start + offset, start + offset + len(sub)))
        return out

    def index_terms(self, text: str) -> tuple[dict[str, list[int]], int]:
        """What the index stores for ``text``: each term (sub-words included) with its
        positions, the literal grams with their character offsets (see the module
        docstring), and the number of words (grams do not count: lengths stay word
        counts, so word scores are what they were). The word terms are those
        :meth:`tokens` gives, but from the plain cut with a per-word cache, since a build
        cuts millions of words and most of them recur."""
        terms: dict[str, list[int]] = {}
        get = terms.get
        cache = self._entries
        words = 0
        for pos, word in enumerate(self._cut(fold(text))):
            entry = cache.get(word)
            if entry is None:
                if len(cache) > 300_000:
                    cache.clear()  # bound a worker's memory on huge vocabularies
                entry = cache[word] = self._entry(word)
            if not entry:
                continue
            words += 1
            for term in entry:
                found = get(term)
                if found is None:
                    terms[term] = [pos]
                elif found[-1] != pos:
                    found.append(pos)
        terms.update(literal_grams(literal_text(text)))
        return terms, words

    def _entry(self, word: str) -> tuple[str, ...]:
        """() for punctuation, else the word's term followed by its sub-word terms."""
        if not (word.isalnum() or is_indexable(word)):
            return ()
        term = word.lower()
        if len(word) <= 2:
            return (term,)
        return (term, *(sub for _, sub in self._subwords(term)))

    def _subwords(self, word: str) -> tuple[tuple[int, str], ...]:
        """(offset, word) of the 2- and 3-character dictionary words inside ``word``,
        exactly as jieba's ``cut_for_search`` finds them."""
        found = []
        for n in (2, 3):
            if len(word) > n:
                for i in range(len(word) - n + 1):
                    gram = word[i : i + n]
                    if self._in_dict(gram):
                        found.append((i, gram))
        return tuple(found)

    def terms(self, text: str) -> list[str]:
        """The normalized terms of ``text`` in precise mode, in order (for queries)."""
        return [t[0] for t in self.tokens(text, subwords=False)]


def _choose_backend(backend: str) -> str:
    if backend not in ("auto", "rjieba", "jieba"):
        raise ValueError(f"unknown segmenter backend {backend!r}")
    if backend == "jieba":
        return "jieba"
    try:
        rjieba_class()
    except ImportError:
        if backend == "rjieba":
            raise
        return "jieba"
    return "rjieba"


def rjieba_class():
    """rjieba's ``Jieba`` class, without running the package's ``__init__``.

    ``import rjieba`` builds a module-level default tokenizer (about 0.1 s, a second copy
    of the dictionary) that Drafter never uses; a search from the command line would pay
    for it on every call. The class lives in the compiled ``rjieba.rjieba`` module, which
    is loaded directly when it has not been imported yet. The study's word cutter
    (:mod:`drafter.study.words`) builds its tokenizer from it too.
    """
    import sys

    loaded = sys.modules.get("rjieba.rjieba")
    if loaded is not None:
        return loaded.Jieba
    import importlib.machinery
    import importlib.util

    spec = importlib.util.find_spec("rjieba")  # finds the package, does not run it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("rjieba is not installed")
    for folder in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            if path.is_file():
                ext = importlib.util.spec_from_file_location("rjieba.rjieba", path)
                module = importlib.util.module_from_spec(ext)
                ext.loader.exec_module(module)
                sys.modules["rjieba.rjieba"] = module
                return module.Jieba
    import rjieba  # an unusual layout: the ordinary import, default tokenizer and all

    return rjieba.Jieba


def _new_jieba(cache_dir: str | Path | None):
    """A private jieba.Tokenizer: silent, with its dictionary cache in ``cache_dir``."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    directory = Path(cache_dir) if cache_dir else Path(tempfile.gettempdir())
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if os.access(directory, os.W_OK):
            tokenizer.tmp_dir = str(directory)
    except OSError:
        pass  # jieba falls back to building the prefix dict without a cache
    tokenizer.initialize()
    return tokenizer


class SegmenterCache:
    """The segmenter for a word list, kept while the list stays the same: a library asks
    for the one its index was built with at every search, and building one loads the whole
    dictionary. One dictionary in memory at a time: a new word list drops the old one
    (both library implementations keep theirs this way)."""

    def __init__(self, backend: str, cache_dir: Path) -> None:
        self.backend = backend
        self.cache_dir = cache_dir
        self._segmenters: dict[tuple[str, ...], Segmenter] = {}

    def get(self, words: Iterable[str]) -> Segmenter:
        """The segmenter cutting with ``words`` (any order) added to the dictionary."""
        key = tuple(sorted(words))
        found = self._segmenters.get(key)
        if found is None:
            self._segmenters.clear()  # one dictionary in memory at a time
            found = Segmenter(key, self.backend, self.cache_dir)
            self._segmenters[key] = found
        return found
