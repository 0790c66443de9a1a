"""例如： ending its paragraph right before a run of examples, one a paragraph (session 35, rm2).

The README's colon definition names 例如： among the colons that announce parts; every paragraph
ending in 例如：/比如： in the study gold is a roadmap there (batch 29's 比如： over two paragraphs up
to the next heading, batch 36's second 例如： over six up to the wrap-up 上面所举的一些例子，…, batch
32's over numbered headings). Our own text below; a single example, or a run that neither a
heading nor a wrap-up closes within ten paragraphs, keeps the colon out.
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

EXAMPLES = [
    "东区的新水厂，日供水能力十万吨，明年夏天可以通水，解决三个街道的用水问题。",
    "西区的污水管网，全长四十公里，分两期施工，第一期年内完工。",
    "北区的垃圾处理场，采用焚烧发电，每天可以处理一千吨垃圾。",
]
HEAD = "一、城市建设\n\n这几年城市建设投资多，项目大，不少是过去想办而办不成的事。例如：\n\n"
WRAP_UP = "上面所举的一些例子，说明城市建设正在一件一件落到实处。"
NEXT = "\n\n二、乡村建设\n\n乡村道路要继续修，今年再修五百公里。"


def _examples(body: str):
    doc = parse_text(HEAD + body + NEXT, "t.txt")
    texts = [p.text for p in doc.paragraphs()]
    return [[texts[i][:4] for i in r.sections] for r in analyze(doc).roadmap if r.text == "例如："]


@pytest.mark.parametrize("close", ["", "\n\n" + WRAP_UP])
def test_the_examples_are_the_parts(close: str):
    """Up to the next heading, or up to the paragraph that draws them together."""
    assert _examples("\n\n".join(EXAMPLES) + close) == [["东区的新", "西区的污", "北区的垃"]]


def test_one_example_is_no_roadmap():
    assert _examples(EXAMPLES[0]) == []


def test_a_run_nothing_closes_is_no_roadmap():
    """Twelve paragraphs and no heading or wrap-up: where the examples end is unknown."""
    assert _examples("\n\n".join(EXAMPLES * 4)) == []
