"""Words and their parts of speech for the frame finders, cut as jieba cuts them with HMM
off (意识, 旅, 实验室): rjieba when installed (same cuts, its dictionary loads in a tenth of
the time), else jieba. One tokenizer per process, built on first use, so mining thousands
of documents pays for the dictionary once."""

from __future__ import annotations

_CUTTER = None


def words(text: str) -> list[str]:
    """The words of ``text`` (a few characters after a counter: 意识, 攻坚战)."""
    return _cutter()[0](text)


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs of ``text`` in jieba's tag set (v verb, n noun, a
    adjective, uj 的 …): tells 十项违反…的要求 (a verb opening a description) from 四项原则."""
    return _cutter()[1](text)


def _cutter():
    global _CUTTER
    if _CUTTER is None:
        _CUTTER = _make_cutter()
    return _CUTTER


def _make_cutter():
    try:
        from drafter.library.analyzer import rjieba_class

        tokenizer = rjieba_class()()
        return (
            lambda text: tokenizer.cut(text, False),
            lambda text: [tuple(p) for p in tokenizer.tag(text, False)],
        )
    except ImportError:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        return (
            lambda text: jieba.lcut(text, HMM=False),
            lambda text: [(p.word, p.flag) for p in jieba.posseg.lcut(text, HMM=False)],
        )
