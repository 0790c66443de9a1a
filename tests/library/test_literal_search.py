"""A phrase is found wherever the text contains it, however jieba cuts the text around it,
in the local and the team library alike (literal grams, drafter.library.query_compile).

Each sentence below is cut so that the query's words never line up with the text's:
讲一讲 is 讲/一/讲 as a query and 来讲/一/讲 in 我来讲一讲; 抓落实 is 抓/落实 but 狠抓落实 is
one word; 从严治党 is one word of the query but only a part of 全面从严治党, whose sub-words
stop at three characters; 一是要 (一/是/要) inside 其一/是/要; the name 李强 glued to 调
(李/强调); 王强 padded with a full-width space to line up a list of names.
"""

from __future__ import annotations

import pytest
from libtest_helpers import Corpus, run, speech
from test_contract import BACKENDS, open_backend

from drafter.library import Library
from drafter.library import build as build_module
from drafter.library.analyzer import LITERAL_MARK, Segmenter
from drafter.library.query import parse
from drafter.library.query_compile import Compiler

SENTENCES = {
    "讲一讲": "现在我来讲一讲主观主义的问题。",
    "抓落实": "各级干部要狠抓落实，一抓到底。",
    "从严治党": "坚持全面从严治党永远在路上。",
    "一是要": "其一是要加强理论学习。",
    "李强": "请李强调一下会议精神。",
    "王强": "主席台就座的有：王　强、赵　明。",
}
# What the same paragraphs must not answer: the literal holds only where the characters
# stand together (punctuation and other characters between them break it).
NOT_THERE = ["讲讲主观", "治党路上", "赵明王强", "抓到底落实"]


@pytest.fixture(scope="module", params=BACKENDS)
def lib(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(f"literal-{request.param}")
    corpus = Corpus(tmp / "docs")
    corpus.folder.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(build_module, "load_document", corpus.load)
        library = open_backend(request.param, tmp, request)
        doc = speech("关于作风建设的讲话", [("一、", "作风建设", list(SENTENCES.values()))])
        corpus.write("talk.txt", doc)
        other = speech(
            "落实会议讲话",
            [("一、", "会议要求", ["要真抓落实。", "讲话要短。", "要狠抓落实。"])],
        )
        corpus.write("other.txt", other)
        run(library.add([corpus.folder]))
    yield library
    library.close()


def spans(hit):
    return [hit.text[s:e] for s, e in hit.highlights]


@pytest.mark.parametrize("query", list(SENTENCES))
def test_a_phrase_is_found_whatever_the_cut(lib, query):
    hits = [h for h in lib.search(query, limit=50).hits if h.text == SENTENCES[query]]
    assert hits, f"{query} not found in {SENTENCES[query]}"
    literal = "王　强" if query == "王强" else query
    assert spans(hits[0]) == [literal]  # the highlight covers the literal span


@pytest.mark.parametrize("query", list(SENTENCES))
def test_the_words_alone_miss_it(query):
    """The bug this fixes: compiled as words (an index of format 1), each of these misses
    its sentence, since the query's cut does not line up with the text's."""
    seg = Segmenter()
    words = Compiler(seg, lambda *_: None, literal=False).compile(parse(query)).highlight[0]
    terms, _ = seg.index_terms(SENTENCES[query])
    runs = [
        pos
        for pos in terms.get(words[0], [])
        if all(pos + k in terms.get(w, []) for k, w in enumerate(words))
    ]
    assert not runs


def test_quoted_phrases_are_literal(lib):
    assert [h.text for h in lib.search('"讲一讲主观主义"').hits] == [SENTENCES["讲一讲"]]
    assert lib.search("“讲一讲 主观主义”").total == 1  # spaces between Chinese do not count
    assert lib.search('"李强调"').total == 1
    for query in NOT_THERE:
        assert lib.search(f'"{query}"').total == 0, query
        assert lib.search(query).total == 0, query


def test_words_rank_above_a_literal_across_word_boundaries(lib):
    """要真抓落实 holds 抓落实 as the words 抓/落实; 要狠抓落实 (one word) only literally, in a
    paragraph of the same length: the words' score puts the first one on top."""
    texts = [h.text for h in lib.search("抓落实").hits]
    assert texts.index("要真抓落实。") < texts.index("要狠抓落实。")
    hits = {h.text: h.score for h in lib.search("抓落实").hits}
    assert hits["要真抓落实。"] > hits["要狠抓落实。"] > 0


def test_one_character_stays_a_word(lib):
    # 讲 stands alone only in 来讲/一/讲; 讲话 keeps it inside a word
    assert {h.text for h in lib.search("讲").hits} == {SENTENCES["讲一讲"]}


def test_exclusion_is_literal_too(lib):
    with_it = lib.search("主观主义").total
    assert with_it == 1
    assert lib.search("主观主义 -讲一讲").total == 0
    assert lib.search("落实 -狠抓").total == 1  # 要真抓落实 only


def test_reader_highlights_the_literal(lib):
    text = "我来讲一讲，再讲一讲。"
    assert lib.highlight("讲一讲", [text]) == [[(2, 5), (7, 10)]]


def test_letters_stay_words_unless_a_quoted_phrase_of_several(tmp_path, corpus):
    library = Library.open(tmp_path / "lib", workers=1)
    doc = speech("讲话", [("一、", "科技", ["He said AI is here.", "推进COVID-19疫情防控。"])])
    corpus.write("en.txt", doc)
    run(library.add([corpus.folder]))
    try:
        assert [h.text for h in library.search("ai").hits] == ["He said AI is here."]
        assert library.search('"ai"').total == 1  # a single word: not the "ai" of "said"
        assert library.search("sai").total == 1  # three letters or more: part of a name
        assert library.search('"COVID-19"').total == 1  # literal across the hyphen
        assert library.search('"covid-19疫情"').total == 1
    finally:
        library.close()


NAMES = ["今年与Huawei公司合作，上线了SAPERP系统。", "要用好ERP数据，推进ISO9000认证。"]


@pytest.mark.parametrize("kind", BACKENDS)
def test_part_of_a_latin_name_is_found(tmp_path, monkeypatch, kind, request):
    """Huaw found nothing though Huawei stood in the text, nor ERP the ERP inside SAPERP:
    a Chinese text runs names into longer ones, and the writer types part of one."""
    corpus = Corpus(tmp_path / "docs")
    corpus.folder.mkdir()
    monkeypatch.setattr(build_module, "load_document", corpus.load)
    corpus.write("digital.txt", speech("数字化讲话", [("一、", "信息化", NAMES)]))
    library = open_backend(kind, tmp_path, request)
    run(library.add([corpus.folder]))
    try:
        hits = library.search("Huaw").hits
        assert [h.text for h in hits] == [NAMES[0]] and spans(hits[0]) == ["Huaw"]
        hits = library.search("erp").hits
        assert [h.text for h in hits] == [NAMES[1], NAMES[0]]  # the word itself first
        assert spans(hits[1]) == ["ERP"]
        assert [h.text for h in library.search("ISO").hits] == [NAMES[1]]
        assert library.search("Huawei 合作").total == 1
        assert library.search("AI").total == 0  # two letters stay a word
    finally:
        library.close()


def test_a_literal_query_highlight_run_is_marked():
    compiled = Compiler(Segmenter(), lambda *_: None).compile(parse('讲一讲 "落实，" 讲'))
    assert compiled.highlight == [[LITERAL_MARK + "讲一讲"], [LITERAL_MARK + "落实"], ["讲"]]


# The index format: an index of an older Drafter is rebuilt when the library opens


def _old_library(tmp_path, monkeypatch, kind, request):
    """A library whose index was built as an older Drafter built it: no literal grams, no
    format stamp (state "1")."""
    corpus = Corpus(tmp_path / "docs")
    corpus.folder.mkdir()
    monkeypatch.setattr(build_module, "load_document", corpus.load)
    corpus.write("talk.txt", speech("讲话", [("一、", "作风", list(SENTENCES.values()))]))
    library = open_backend(kind, tmp_path, request)
    with monkeypatch.context() as mp:
        mp.setattr("drafter.library.analyzer.literal_grams", lambda _text: {})
        run(library.add([corpus.folder]))
    library._set_index_format("1")
    library.add_words(["作风建设"])  # words and documents must survive the upgrade
    return library, corpus


@pytest.mark.parametrize("kind", BACKENDS)
def test_an_old_index_searches_words_until_upgraded(tmp_path, monkeypatch, kind, request):
    library, _ = _old_library(tmp_path, monkeypatch, kind, request)
    try:
        assert library.index_outdated()
        assert not library.literal_index()
        # the old index answers as before: words only, and nothing breaks
        assert library.search("讲一讲").total == 0
        assert library.search("主观主义").total == 1
        docs, words = library.documents(), library.words()
        last = run(library.reindex())
        assert last.reindexed == 1
        assert not library.index_outdated() and library.literal_index()
        assert library.search("讲一讲").total == 1
        assert library.documents() == docs and library.words() == words  # nothing lost
    finally:
        library.close()


@pytest.mark.parametrize("kind", BACKENDS)
def test_a_new_or_empty_library_is_never_outdated(tmp_path, kind, request):
    library = open_backend(kind, tmp_path, request)
    try:
        assert not library.index_outdated() and library.literal_index()
        library._set_index_format("1")  # an empty library from before formats
        assert not library.index_outdated()  # stamped: there is nothing to rebuild
        assert library.literal_index()
    finally:
        library.close()


def test_cli_search_upgrades_an_old_index_first(tmp_path, monkeypatch, capsys, request):
    from drafter.cli import main

    library, _ = _old_library(tmp_path, monkeypatch, "local", request)
    library.close()
    assert main(["search", "讲一讲", "--library", str(tmp_path / "lib")]) == 0
    out, err = capsys.readouterr()
    assert "自动升级" in err and "共 1 段" in err
    assert "讲一讲" in out
    assert main(["search", "讲一讲", "--library", str(tmp_path / "lib")]) == 0
    assert "自动升级" not in capsys.readouterr().err  # once


def test_a_read_only_old_library_is_searched_as_it_is(tmp_path, monkeypatch, request):
    library, _ = _old_library(tmp_path, monkeypatch, "local", request)
    library.close()
    monkeypatch.setattr("drafter.library.catalog._writable", lambda _path: False)
    readonly = Library.open(tmp_path / "lib", create=False)
    try:
        assert readonly.catalog.readonly
        assert not readonly.index_outdated()  # it cannot be rebuilt: no upgrade is tried
        assert readonly.search("主观主义").total == 1
    finally:
        readonly.close()


def test_the_count_of_hits_is_exact_when_only_the_top_is_shown(tmp_path, corpus):
    """Once the top hits are full, Whoosh would turn the literal-with-words query into an
    intersection and stop counting the paragraphs holding the phrase only literally."""
    library = Library.open(tmp_path / "lib", workers=1)
    # shorter and shorter paragraphs score higher and higher: the top keeps changing
    words = [f"要真抓落实{'，抓出成效' * (40 - n)}。" for n in range(40)]
    literal = [f"第{n}款：各级干部要狠抓落实。" for n in range(12)]
    corpus.write("many.txt", speech("讲话", [("一、", "要求", words + literal)]))
    run(library.add([corpus.folder]))
    try:
        whole = library.search("抓落实", limit=1000)
        assert whole.total == len(whole.hits) == 52
        for limit in (1, 5, 20):
            assert library.search("抓落实", limit=limit).total == 52
    finally:
        library.close()
