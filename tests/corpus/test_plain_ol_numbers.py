"""A plain ``<ol>`` (no type, no list-style) is drawn 1. 2. 3. by the browser, so the user sees
numbers before its items: they are read as the browser shows them
(drafter/corpus/readers/html_lists.py), with ``start``, ``value`` and ``reversed``, and the
outline judges them as it judges typed numbers: points over the speech's paragraphs head its
parts, a short list inside a part stays text. Own pages, written in the test (no real page
in ../shared has a plain ``<ol>``)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from drafter.corpus import load_document
from drafter.corpus.readers.html_lists import number_lists

BODY = "各单位要对照年度目标逐项梳理，查找差距，明确责任人和完成时限，确保各项任务按期完成。" * 3
POINTS = ["抓住重点不放松", "夯实基础不懈怠", "压实责任不含糊"]


def _page(middle: str) -> str:
    paras = "".join(
        f"<p>{t}</p>"
        for t in [
            "在全区河湖保护工作会议上的讲话",
            "同志们：",
            "今天召开这次会议，主要是部署今年的河湖保护工作。" + BODY,
            "借此机会，我讲三点意见。",
        ]
    )
    return (
        '<html><head><meta charset="utf-8"><title>讲话</title></head><body><article>'
        f"{paras}{middle}"
        "<p>同志们，让我们真抓实干，把各项工作落到实处，为全区发展作出新的更大贡献。</p>"
        "</article></body></html>"
    )


def _numbers(fragment: str) -> list[str]:
    root = lxml_html.fromstring(f"<div>{fragment}</div>")
    number_lists(root)
    return ["".join(li.itertext()) for li in root.iter("li")]


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<ol><li>甲</li><li>乙</li></ol>", ["1.甲", "2.乙"]),
        (
            '<ol start="3"><li>甲</li><li value="7">乙</li><li>丙</li></ol>',
            ["3.甲", "7.乙", "8.丙"],
        ),
        ("<ol reversed><li>甲</li><li>乙</li><li>丙</li></ol>", ["3.甲", "2.乙", "1.丙"]),
        ('<ol type="a"><li>甲</li><li>乙</li></ol>', ["a.甲", "b.乙"]),
        ('<ol style="list-style:none"><li>甲</li></ol>', ["甲"]),
        ("<ol><li>1.甲</li></ol>", ["1.甲"]),  # typed already: not twice
        ("<ol><li><p>甲</p></li></ol>", ["1.甲"]),
        ("<ol><li><ol><li>甲</li></ol></li></ol>", ["1.甲", "1.甲"]),  # (outer, inner)
    ],
    ids=["plain", "start_value", "reversed", "type_a", "none", "typed", "in_p", "nested"],
)
def test_the_numbers_a_browser_draws_before_a_plain_list(fragment, expected) -> None:
    assert _numbers(fragment) == expected


def test_points_set_as_a_plain_list_head_the_parts(tmp_path) -> None:
    items = "".join(f"<li><strong>要{p}。</strong>{BODY}</li>" for p in POINTS)
    path = tmp_path / "page.html"
    path.write_text(_page(f"<ol>{items}</ol>"), encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.outline.sections] == [f"要{p}" for p in POINTS]
    assert [s.marker.strip(".") for s in doc.outline.sections] == ["1", "2", "3"]


def test_a_short_plain_list_inside_a_part_stays_text(tmp_path) -> None:
    # the points typed 一、二、三、; inside the first a short list of three steps, which a
    # browser numbers 1. 2. 3.: the numbers are read, but they head no part of the speech
    steps = "".join(f"<li>{s}；</li>" for s in ["摸清底数", "建立台账", "逐项销号"])
    parts = "".join(
        f"<p>{n}、{p}</p><p>{BODY}</p>"
        + (f"<p>具体做法是：</p><ol>{steps}</ol>" if n == "一" else "")
        for n, p in zip("一二三", POINTS)
    )
    path = tmp_path / "page.html"
    path.write_text(_page(parts), encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.outline.sections] == POINTS
    texts = [p.text for p in doc.paragraphs()]
    assert any(t.startswith("1.摸清底数") for t in texts)
    assert all(not c.heading.startswith("摸清") for s in doc.outline.sections for c in s.children)
