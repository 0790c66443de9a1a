"""Unnumbered titles set in like the body's paragraphs go under the flush title before them
(drafter/corpus/indented_titles.py). Own fixtures; the real case, mao 论联合政府's programme
points under 我们的具体纲领, is scored by tests/corpus/test_outline_gold_sets.py (heldout6)."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text

_BODY = "这一部分讲的是具体的做法和要求，各地要结合实际认真抓好落实，不能走过场。"


def _text(indent_sub: str, indent_body: str = "　　", flush_title: str = "") -> str:
    """A talk with four parts; part 二 has two flush titles, the first with three sub-titles."""
    p = f"{indent_body}{_BODY}"
    lines = [
        "关于今年工作的几点意见",
        "",
        f"{p}",
        "",
        "一、总的形势",
        "",
        p,
        "",
        p,
        "",
        "二、今年的任务",
        "",
        p,
        "",
        f"{flush_title}我们的总体要求",
        "",
        p,
        "",
        f"{flush_title}我们的具体措施",
        "",
        p,
    ]
    for sub in ("抓好项目建设", "抓好民生保障", "抓好安全生产"):
        lines += ["", f"{indent_sub}{sub}", "", p, "", p]
    lines += ["", f"{flush_title}下一步的安排", "", p, "", p]
    lines += ["", "三、工作要求", "", p, "", p, "", "四、几点希望", "", p, "", p]
    return "\n".join(lines) + "\n"


def _shape(text: str) -> list[tuple[int, str]]:
    doc = parse_text(text, "t.txt")
    out: list[tuple[int, str]] = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.heading))
            walk(s.children)

    walk(doc.outline.sections)
    return out


def test_titles_set_in_like_paragraphs_go_under_the_flush_title():
    shape = _shape(_text("　　"))
    assert (2, "我们的具体措施") in shape
    assert [h for lv, h in shape if h.startswith("抓好")] == [
        "抓好项目建设",
        "抓好民生保障",
        "抓好安全生产",
    ]
    assert {lv for lv, h in shape if h.startswith("抓好")} == {3}
    # the flush title after them is their parent's sibling again
    assert (2, "下一步的安排") in shape


@pytest.mark.parametrize(
    "sub, body, flush",
    [
        ("", "", ""),  # nothing indented: the indent says nothing
        ("　　", "　　", "　　"),  # everything indented alike: nothing either
        ("　　　　　　", "　　", ""),  # centred wider than the paragraphs: not set in like one
    ],
    ids=["all-flush", "all-indented", "centred"],
)
def test_an_indent_that_says_nothing_changes_nothing(sub, body, flush):
    shape = _shape(_text(sub, body, flush))
    subs = [lv for lv, h in shape if h.startswith("抓好")]
    assert subs and set(subs) == {2}, shape
