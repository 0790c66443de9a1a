"""Issue 8 point 8 on hard-wrapped laws: a line may break inside the number of a
cross-reference (…除本条例第十 / 二条规定的…). No line starts with a bare number and its
counter (二条 / 三款), so the two lines are one. And a law hard-wrapped only in part (cut
lines of one width, some glued back into lines of twice that) is still read as hard-wrapped.
Own sentences; both classes were found on ../shared/corpus/scale/laws (regulations of
商丘, 平顶山, 焦作; /work/notes/f-legal.md)."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.reflow import should_join

BODY = "为了保护饮用水水源，保障饮用水安全，根据有关法律法规，结合本市实际，制定本条例。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_broken_inside_an_article_number_is_rejoined(gap):
    text = (
        f"饮用水水源保护条例{gap}第一条　{BODY}{gap}"
        f"第二条　在一级保护区内，除本条例第十{gap}二条规定的禁止行为以外，还禁止下列行为："
        f"{gap}第三条　本条例自公布之日起施行。"
    )
    paragraphs = [p.text for p in parse_text(text).paragraphs()]
    assert (
        "第二条　在一级保护区内，除本条例第十二条规定的禁止行为以外，还禁止下列行为：" in paragraphs
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("依照本法第", "三十五条的规定处理。"),
        ("违反本条例第二十", "条第一款规定的"),
        ("依照第十二条第", "二款规定"),
    ],
)
def test_an_open_ordinal_goes_on_with_its_counter(a, b):
    assert should_join("违反规定的，" + a, b, gap=True, width=None)


@pytest.mark.parametrize(
    ("a", "b"),
    [("本章规定的第", "二、工作任务"), ("坚持人民第一", "二是加强党的建设")],
)
def test_a_number_that_opens_a_heading_is_not_taken_for_the_rest_of_an_ordinal(a, b):
    assert not should_join(a, b, gap=True, width=None)


ARTICLES = [
    "第一条　为了加强城市绿化建设，保护和改善城市生态环境，建设宜居城市，根据有关法律法规的规定，结合本市实际情况，制定本条例。",
    "第二条　本条例适用于本市城市规划区内城市绿化的规划、建设、保护和管理活动，以及与之相关的监督检查工作。",
    "第三条　市、县人民政府应当将城市绿化建设纳入国民经济和社会发展规划，确定城市绿化发展目标，保障城市绿化发展所需的用地和资金。",
    "第四条　城市绿化主管部门负责本行政区域内的城市绿化工作，发展改革、财政、自然资源、住房城乡建设等部门按照各自职责做好相关工作。",
    "第五条　任何单位和个人都有保护城市绿化成果的义务，并有权劝阻和举报损害城市绿化及其设施的行为。",
    "第六条　城市绿地系统规划应当合理确定绿地面积，科学设置公园绿地、防护绿地和附属绿地等各类绿地。",
    "第七条　新建居住区的绿地率不得低于规定标准，改建居住区的绿地率不得低于原有水平，并应当同步设计、同步建设。",
    "第八条　鼓励单位和个人通过认建、认养、捐资等方式参与城市绿化建设，对成绩显著的给予表彰。",
]


def _wrapped_in_part(width: int) -> str:
    """The articles cut every ``width`` characters with a blank line after every line, and
    here and there two cut lines already glued back into one, as a law copied from a PDF
    and partly tidied by hand reaches the reader."""
    lines: list[str] = []
    for k, text in enumerate(ARTICLES):
        cut = [text[i : i + width] for i in range(0, len(text), width)]
        if k:  # the first article as cut; in the others two cut lines glued back
            cut[k % 2 : k % 2 + 2] = ["".join(cut[k % 2 : k % 2 + 2])]
        lines += cut
    return "城市绿化条例\n\n" + "\n\n".join(lines) + "\n"


def test_a_law_hard_wrapped_in_part_is_rejoined():
    paragraphs = [p.text for p in parse_text(_wrapped_in_part(16)).paragraphs()]
    assert paragraphs == ARTICLES
