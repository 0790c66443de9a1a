"""bench/item_survey.py --boundary tells an item cut in the wrong place from an item taken from
the wrong words: its tolerances and its lengthening of an item to the end of its sentence part,
checked on made-up items (no gold, no ../shared)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from bench_module import load_bench

from drafter.study.model import Span

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    return load_bench("item_survey")


def test_tolerances(bench):
    # the same words once 的 and quotes are dropped
    assert bench.item_matches("“划分阶级成分”", "划分的阶级成分", "exact")
    # one holds the other within four characters, but not the same words
    assert bench.item_matches("划分阶级成分", "在划分阶级成分中", "near")
    assert not bench.item_matches("划分阶级成分", "在划分阶级成分中", "exact")
    # the scorer's tolerance: any length, one holding the other
    long = "在划分阶级成分中错误地扩大了打击面"
    assert bench.item_matches("划分阶级成分", long, "holds")
    assert not bench.item_matches("划分阶级成分", long, "near")
    # words that overlap without one holding the other match at no tolerance
    assert not any(bench.item_matches("乱打乱杀", "严禁乱打", t) for t in bench.BOUNDARY_TOLERANCES)


def test_item_run_to_the_end_of_its_part(bench):
    text = "三个方向：一是结束片面抗战，代以全面抗战；二是结束抗战，代以投降。"
    paras = [SimpleNamespace(text=text)]
    first = text.index("结束片面抗战")
    assert bench.to_part_end(paras, "结束片面抗战", Span(0, first, first + 6)) == (
        "结束片面抗战，代以全面抗战"
    )
    second = text.index("结束抗战")
    assert bench.to_part_end(paras, "结束抗战", Span(0, second, second + 4)) == "结束抗战，代以投降"
