"""二、三十年 / 三、五天 / 一、两个: an approximate number reads like a marker (二、) and is
prose, except where a run of headings expects that very number (session 39, from a blind
scoring of real speeches in Word forms).

Own sentences: a hard line break pasted into Word (``docx_pasted``) that put 二、三十年后…
at a line start right under a heading 二、 cut in mid-sentence, and a heading 三、两个…
typed at the end of a paragraph after headings 一、 and 二、 (``docx_glued``). The real
gold texts in both forms are measured by bench/format_robustness.py."""

from __future__ import annotations

import pytest

from drafter.corpus.markers import approximate_number, match_marker
from drafter.corpus.reflow import approximate_goes_on, should_join

PARA = "当前形势复杂多变，我们要认清自己的位置，既不妄自菲薄，也不妄自尊大。我们要把握好节奏，稳扎稳打。"
TITLE = "在某研究所座谈会上的讲话"


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("二、三十年后的目标", True),
        ("三、五天就能办完", True),
        ("一、两个人", True),
        ("三、两个咖啡杯", True),
        ("七、八两月", True),
        ("九、十月份", True),
        # a heading's words may open with any other numeral
        ("四、三层防线的组织职能调整", False),
        ("一、一年来工作回顾", False),
        ("二、九十年代的主要任务", False),
        ("五、一线组织要加快建设", False),
        ("一、十年回顾", False),
        ("二、二〇二五年工作安排", False),
    ],
)
def test_an_approximate_number_pairs_neighbouring_counts(text, approximate):
    assert approximate_number(text, 0, match_marker(text)) is approximate


def test_a_second_part_number_right_under_the_same_heading_goes_on():
    head = "二、我们要着眼长远，耐得住寂寞，要瞄准"
    assert should_join(head, "二、三十年后的目标，持续投入", False, None)
    assert approximate_goes_on(head, "二、三十年后的目标，持续投入")
    # the next part after a heading is a heading; a sentence ended is a paragraph ended
    assert not should_join("一、要看清当前的形势", "二、三年行动计划", False, None)
    assert not should_join("这是我们的目标。", "二、三十年后再看", False, None)
    # cut at a hard wrap's full width, the next line goes on whatever heading is above
    assert approximate_goes_on("一、我们要着眼长远，要瞄准", "二、三十年后的目标", full=True)
    assert not approximate_goes_on("一、我们要着眼长远，要瞄准", "二、三十年后的目标")


def _pasted(paragraphs: list[str], width: int) -> list[str]:
    """A hard-wrapped text pasted into Word: each line of ``width`` a paragraph."""
    lines = [paragraphs[0]]
    for text in paragraphs[1:]:
        text = "　　" + text
        lines.extend(text[k : k + width] for k in range(0, len(text), width))
    return lines


@pytest.mark.parametrize("number", ["二、三十年后的目标", "三、五天后", "一、两个人"])
def test_a_hard_line_break_before_an_approximate_number_in_a_heading(word_of, number):
    width = 36
    head = "二、我们要着眼长远，坚定信心，耐得住寂寞，不怕困难，持之以恒，要瞄准"
    assert len("　　" + head) == width
    body = PARA * 3  # (paragraphs of several full lines: the text reads as hard-wrapped)
    doc = word_of(
        _pasted(
            [TITLE, body, "一、要看清当前的形势", body, body, head + number + "，持续投入",
             body, body, "三、要建设好队伍", body, body],
            width,
        )
    )  # fmt: skip
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、", "三、"]
    assert doc.outline.sections[1].heading.endswith("要瞄准" + number + "，持续投入")


def test_a_heading_the_run_expects_typed_on_though_it_reads_as_a_number(word_of):
    glued = "三、两个咖啡杯拥抱世界，开放合作才能共赢"
    doc = word_of(
        [TITLE, PARA, "一、要看清当前的形势", PARA, PARA, "二、要确立长远的目标", PARA,
         PARA + glued, PARA, PARA]
    )  # fmt: skip
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、", "三、"]
    assert doc.outline.sections[2].heading == glued[2:]
    assert PARA in doc.outline.sections[1].paragraphs


@pytest.mark.parametrize(
    "tail",
    [
        # a sentence with its stop under headings without one: prose
        "三、两个月就能见效，要抓紧开工。",
        # the run has its 三、 already
        "三、两个月就能见效，要抓紧开工",
    ],
)
def test_an_approximate_number_the_run_does_not_expect_stays_prose(word_of, tail):
    paragraphs = [
        TITLE,
        PARA,
        "一、要看清当前的形势",
        PARA,
        "二、要确立长远的目标",
        PARA + tail,
        PARA,
    ]
    if not tail.endswith("。"):
        paragraphs += ["三、要建设好队伍", PARA]
    doc = word_of(paragraphs)
    assert PARA + tail in [p.text for p in doc.paragraphs()]
