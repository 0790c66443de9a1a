"""The segmenter: offsets, width folding, sub-words, and rjieba agreeing with jieba."""

from __future__ import annotations

import pytest

from drafter.library.analyzer import LITERAL_MARK, Segmenter, fold, literal_grams, literal_text

SAMPLE = (
    "坚持以人民为中心的发展思想，深化放管服改革，持续优化营商环境。"
    "做好三个服务，推进接诉即办，全年GDP增长5.2%，ＡＢＣ公司投资２０亿元。"
    "中华人民共和国安全生产法规定，生产经营单位必须遵守本法。"
)


def test_fold_keeps_length():
    text = "ＡＢＣ１２３，（一）　全角"
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("ABC123,(一) ")


def test_tokens_are_exact_spans():
    seg = Segmenter()
    for term, _pos, start, end in seg.tokens(SAMPLE):
        assert fold(SAMPLE[start:end]).lower() == term or term in fold(SAMPLE[start:end]).lower()
    words = seg.tokens(SAMPLE, subwords=False)
    assert [SAMPLE[s:e] for _, _, s, e in words][:4] == ["坚持", "以", "人民", "为"]
    assert not any(t[0] in "，。%" for t in words)  # punctuation is not indexed


def test_sub_words_share_the_position_of_their_word():
    seg = Segmenter(vocabulary=False)
    toks = seg.tokens("中华人民共和国")
    by_term = {t[0]: t for t in toks}
    assert {"中华", "人民", "共和国", "中华人民共和国"} <= set(by_term)
    assert len({t[1] for t in toks}) == 1
    assert by_term["人民"][2:] == (2, 4)
    terms, words = seg.index_terms("中华人民共和国万岁")
    assert words == 2 and terms["人民"] == terms["中华人民共和国"] == [0]


def test_index_terms_match_tokens():
    seg = Segmenter()
    terms, words = seg.index_terms(SAMPLE)
    from_tokens: dict[str, set[int]] = {}
    for term, pos, _, _ in seg.tokens(SAMPLE):
        from_tokens.setdefault(term, set()).add(pos)
    grams = {t: p for t, p in terms.items() if t.startswith(LITERAL_MARK)}
    words_only = {t: set(p) for t, p in terms.items() if t not in grams}
    assert words_only == from_tokens
    assert grams == literal_grams(literal_text(SAMPLE))
    assert words == len(seg.tokens(SAMPLE, subwords=False))


def test_literal_grams_are_character_pairs_at_their_offsets():
    # folded, lower-cased, whitespace gone; two punctuation marks make no pair
    assert literal_text("Ａb　讲 一讲。”") == "ab讲一讲。”"
    grams = literal_grams(literal_text("我来讲一讲。”讲一"))
    assert grams == {
        LITERAL_MARK + "我来": [0],
        LITERAL_MARK + "来讲": [1],
        LITERAL_MARK + "讲一": [2, 7],
        LITERAL_MARK + "一讲": [3],
        LITERAL_MARK + "讲。": [4],
        LITERAL_MARK + "”讲": [6],
    }
    # grams do not count as words: lengths (and so word scores) stay word counts
    assert Segmenter(vocabulary=False).index_terms("我来讲一讲")[1] == 4


def test_user_words_control_the_cut():
    plain = Segmenter(vocabulary=False)
    assert "三个服务" not in plain.terms(SAMPLE)
    custom = Segmenter(["三个服务", "接诉即办"], vocabulary=False)
    assert {"三个服务", "接诉即办"} <= set(custom.terms(SAMPLE))


@pytest.mark.parametrize("words", [(), ("三个服务", "接诉即办", "放管服")])
def test_rjieba_cuts_like_jieba(words, tmp_path):
    pytest.importorskip("rjieba")
    fast = Segmenter(words, backend="rjieba")
    slow = Segmenter(words, backend="jieba", cache_dir=tmp_path)
    for line in SAMPLE.split("。"):
        assert fast.tokens(line) == slow.tokens(line)


def test_the_search_start_up_loads_one_dictionary_only():
    """``import rjieba`` builds a default tokenizer Drafter never uses (a second
    dictionary, ~0.1 s per `drafter search`); the segmenter loads rjieba's class alone,
    and the ordinary import still works afterwards. A fresh interpreter, since the test
    session may have imported rjieba already."""
    pytest.importorskip("rjieba")
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from drafter.cli import build_parser\n"
        "build_parser()\n"
        "assert 'jinja2' not in sys.modules, 'the parser loads the template engine'\n"
        "from drafter.library.analyzer import Segmenter\n"
        "s = Segmenter(['放管服'])\n"
        "assert s.backend == 'rjieba'\n"
        "assert 'rjieba' not in sys.modules, 'the default rjieba tokenizer was built'\n"
        "assert '放管服' in s.terms('深化放管服改革')\n"
        "import rjieba\n"
        "assert isinstance(s._rj, rjieba.Jieba)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
