"""提纲练习 blanks the words that spell the hidden headings out, not only the headings.

Walked in the app: with the headings hidden, the opening still read 报告分六个部分：一、…；二、…
and 下面，我围绕“…”、“…”讲几点意见, and a part's text opened by saying its heading again
(创新机制。创新机制重要的是…): the exercise gave every answer away. The parts a roadmap sentence
lists are blanked (its count stays, a fair hint), and so is a heading's wording where its part,
the opening or the closing says it again. Checked on real texts of ../shared and on small ones
of our own for each way a roadmap sentence lists its parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from holdout import skip_held_out

from drafter.corpus.load import load_document, parse_text
from drafter.study.exercise import exercise_rows
from drafter.study.exercise.mask import MASK, exercise_masks, mask_text, roadmap_parts

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _real(rel: str):
    path = SHARED / rel
    if not path.is_file() or not skip_held_out([path], SHARED):
        pytest.skip(f"../shared/{rel} absent or held out")
    return load_document(path)


def _shown(doc) -> list[str]:
    masks = exercise_masks(doc)
    return [mask_text(p.text, masks.get(p.index, ())) for p in doc.paragraphs()]


def _blanked(sentence: str, count: int | None = None) -> str:
    return mask_text(sentence, roadmap_parts(sentence, 0, len(sentence), count))


def test_a_report_that_lists_its_six_parts_keeps_the_count_and_the_numbers_only():
    doc = _real("corpus/structure/gwr_national_1978.txt")
    shown = next(t for t in _shown(doc) if t.startswith("报告分六个部分"))
    assert shown.startswith("报告分六个部分：一、" + MASK)
    for numeral in "一二三四五六":
        assert f"{numeral}、{MASK}" in shown
    # nothing of the six headings is left: only the count, the numerals and the stops
    assert set(shown) <= set("报告分六个部分：一二三四五六、；。" + MASK)
    # one blank character per hidden one: the sentence is as long as before
    original = next(p.text for p in doc.paragraphs() if p.text.startswith("报告分六个部分"))
    assert len(shown) == len(original)


def test_quoted_parts_before_the_speaking_verb_are_blanked_inside_their_quotes():
    doc = _real("seeds/004_abe497b1be7d6e8a.txt")
    shown = next(t for t in _shown(doc) if "讲几点意见" in t)
    assert "我围绕“" + MASK in shown
    assert shown.count("“") == 5 and "”，就办公室工作讲几点意见" in shown
    assert "坚持一个原则" not in shown and "贯穿五坚持" not in shown
    assert "原则" not in shown


def test_a_list_before_its_count_is_blanked_after_the_word_it_follows():
    doc = _real("seeds/000_23c46fd3977b0aa1.txt")
    shown = next(t for t in _shown(doc) if "等三个方面" in t)
    assert "我重点从" + MASK in shown and "办公室工作职责" not in shown
    assert f"{MASK}、{MASK}" in shown and "等三个方面，与大家交流" in shown


def test_a_heading_said_again_in_its_own_text_is_blanked_there():
    doc = _real("seeds/003_e00d83e4667ee5ea.txt")
    row = next(r for r in exercise_rows(doc) if r.original.startswith("创新机制"))
    # the part's text opens by saying its heading again: the hint no longer does
    assert row.hint.startswith(MASK * 4 + "重要的是")


@pytest.mark.parametrize(
    ("sentence", "count", "expected"),
    [
        (
            "下面，我讲三点意见：一是提高认识，二是明确目标，三是转变作风。",
            3,
            "下面，我讲三点意见：一是＿＿＿＿，二是＿＿＿＿，三是＿＿＿＿。",
        ),
        (
            "今天我讲三点意见：第一，提高认识；第二，明确目标；第三，转变作风。",
            3,
            "今天我讲三点意见：第一，＿＿＿＿；第二，＿＿＿＿；第三，＿＿＿＿。",
        ),
        (
            "下面，我就提高认识、明确目标、转变作风三个问题讲点意见。",
            3,
            "下面，我就＿＿＿＿、＿＿＿＿、＿＿＿＿三个问题讲点意见。",
        ),
        (
            "下面，我讲三点意见：提高认识、明确目标、转变作风。",
            3,
            "下面，我讲三点意见：＿＿＿＿、＿＿＿＿、＿＿＿＿。",
        ),
        ("下面，我从思想和作风两个方面讲一讲。", 2, "下面，我从＿＿和＿＿两个方面讲一讲。"),
        # a count alone names no parts: nothing to blank
        ("下面，我讲三点意见。", 3, "下面，我讲三点意见。"),
    ],
)
def test_each_way_a_roadmap_sentence_lists_its_parts(sentence, count, expected):
    assert _blanked(sentence, count) == expected


OWN = """在全县工作会议上的讲话
同志们：
今天召开这次会议，很有必要。下面，我讲三点意见。一是提高认识；二是明确目标，狠抓落实；三是转变作风。散会后各单位要认真传达。
一、提高认识
办公室是中枢，提高认识是第一位的。
二、明确目标
要抓好信息报送。
三、转变作风
转变作风。要深入基层。
同志们，只要我们提高认识、明确目标、转变作风，就一定能做好工作！
"""


def test_the_list_in_the_next_sentence_the_parts_own_text_and_the_closing():
    doc = parse_text(OWN, "讲话.txt")
    shown = _shown(doc)
    text = "\n".join(shown)
    # the list right after the roadmap sentence, and the sentence after it left alone
    assert "一是＿＿＿＿；二是＿＿＿＿＿＿＿＿＿；三是＿＿＿＿。散会后各单位要认真传达。" in text
    assert "办公室是中枢，＿＿＿＿是第一位的。" in text  # the heading again in its own part
    assert "只要我们＿＿＿＿、＿＿＿＿、＿＿＿＿，就一定" in text  # the closing sums them up
    assert "要抓好信息报送。" in text  # a part that does not repeat its heading is untouched
    assert "三点意见" in text


def test_a_text_without_headings_has_nothing_to_blank():
    doc = parse_text("关于会议的通知\n下面，我讲三点意见：一是提高认识，二是明确目标。\n", "x.txt")
    assert exercise_masks(doc) == {}


def test_a_heading_said_again_in_part_or_by_its_slogan_is_blanked():
    """A part's text that says its heading's key words, not the whole heading, gave the
    answer away: 坚持“三个服务” read 要把“三个服务”落到实处 below its blank, and 做到“四勤”'s
    slogan stood in the closing. Every run of four characters the text shares with its
    heading is blanked, and the heading's quoted term; a part said in other words keeps them
    (finding those words is the exercise)."""
    doc = parse_text(
        "同志们：\n今天我讲两点。\n一、做到“四勤”\n要做到腿勤口勤手勤眼勤。\n"
        "二、坚持“三个服务”\n要把“三个服务”落到实处，把服务工作做得更好。\n"
        "三、强化责任担当\n各级干部要把责任扛在肩上。\n"
        "同志们，“四勤”要常抓，责任担当要落实！\n",
        "t.txt",
    )
    masks = exercise_masks(doc)
    body = [p for p in doc.paragraphs() if not p.is_heading]  # the view blanks the headings
    shown = "\n".join(mask_text(p.text, masks.get(p.index, ())) for p in body)
    assert "三个服务" not in shown and "要把“＿＿＿＿”落到实处" in shown
    assert "四勤" not in shown and "“＿＿”要常抓" in shown
    assert "责任担当" not in shown
    assert "各级干部要把责任扛在肩上" in shown  # said in other words: kept
    assert "把服务工作做得更好" in shown  # two characters in common are no giveaway


def test_the_opening_keeps_a_word_that_is_only_part_of_a_sentence_long_heading():
    """论十大关系's opening lost its 帝国主义: a part's heading (我国过去是殖民地、半殖民地，不是帝国主义，
    历来受人欺负) shares four characters with it. An opening or a closing is blanked where it
    says a heading's phrase (a whole clause, two thirds of it, or a short heading's key
    words), not any four characters it shares with one."""
    doc = parse_text(
        "同志们：\n我们要学习外国，帝国主义的东西也要分析。\n"
        "一、国内的关系\n讲国内。\n"
        "二、国外的关系\n第一，我国过去是殖民地、半殖民地，不是帝国主义，历来受人欺负。\n"
        "第二，我们的革命是后进的。\n"
        "三、强化责任担当\n要把责任扛在肩上。\n"
        "同志们，责任担当要落实！\n",
        "t.txt",
    )
    masks = exercise_masks(doc)
    shown = {p.index: mask_text(p.text, masks.get(p.index, ())) for p in doc.paragraphs()}
    assert any("帝国主义的东西也要分析" in t for t in shown.values())
    assert any("同志们，＿＿＿＿要落实！" in t for t in shown.values())


def test_real_openings_keep_their_subject_words():
    """On 论十大关系 itself: the exercise blanks nothing in its opening (its headings are not
    said there), where 帝国主义 was blanked."""
    doc = _real("corpus/speeches/mao/第五卷_051 论十大关系.md")
    masks = exercise_masks(doc)
    opening = [p for p in doc.paragraphs()][:4]
    assert all(not masks.get(p.index) for p in opening)
