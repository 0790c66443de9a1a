"""Items read where the count's neighbours say where they stand (issue 11, items right): a
formula named by the word each item repeats (六保 -> 保居民就业、保基本民生…; 四稳 over a
section of 全力稳就业，…全力稳企业，…), an ordinal item whose first clause only sets the ground
(在…的基础上，继续改善…), a pair whose sides open with the frame's own noun (两手：一手是A、B，
另一手是C), and a count closing the last 、-part of a series of counts (两种资源、两个市场、A和B
两套本领), and a count stated in a short sentence whose things the next sentence parts by ；
(“三个口袋”协同增长。A…；B…；C…。). Fixtures written for these tests, then the development gold
texts the rules were read from (b12, b16, b21, b34, b35, b40, b41; released batches)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.keyed import keyed_items
from drafter.study.frames.stated import next_sentence_parts
from drafter.study.layout import layout
from drafter.study.model import Span

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
GOLD = ROOT / "tests" / "study" / "gold"
sys.path.insert(0, str(ROOT / "tests"))

from holdout import held_out  # noqa: E402


def read(text: str, phrase: str) -> list[str] | None:
    lay = layout(parse_text(text, "t.txt"))
    para = next(p for p in lay.paragraphs if phrase in p.text)
    at = para.text.index(phrase)
    found = keyed_items(lay, Span(para.index, at, at + len(phrase)), phrase)
    return found[0] if found else None


def items_of(text: str, phrase: str) -> list[str]:
    frames = [f for f in analyze(parse_text(text, "t.txt")).frames if f.phrase == phrase]
    assert frames, phrase
    return list(frames[0].items)


# --- the word each item repeats -------------------------------------------------------------


def test_key_opening_each_item_in_the_formulas_sentence():
    text = "标题\n\n今年要做好“三保”工作，着力保工资、保运转、保基本民生，守住底线。\n"
    assert read(text, "三保") == ["保工资", "保运转", "保基本民生"]


def test_key_opening_sentences_of_the_section_under_a_heading():
    text = (
        "标题\n\n一、今年的工作\n\n（一）推动“三稳”落地\n\n"
        "全力稳就业，扩大青年就业。全力稳企业，减轻企业负担。全力稳预期，提振信心。\n\n"
        "（二）推动改革\n\n深化改革。\n"
    )
    assert read(text, "三稳") == ["稳就业", "稳企业", "稳预期"]


def test_key_after_each_head_with_the_same_words_after_it():
    text = (
        "标题\n\n规划提出，到2030年要实现人均收入稳居全国上游、居民消费稳居全国上游。"
        "“两个稳居”的目标催人奋进。\n"
    )
    assert read(text, "两个稳居") == ["人均收入稳居全国上游", "居民消费稳居全国上游"]


def test_key_as_part_of_another_word_is_no_item():
    # 稳住 and 回稳 hold 稳 inside a word: only 稳就业 and 稳企业 are the formula's
    text = "标题\n\n推动“三稳”落地。切实稳住经济，全力稳就业，全力稳企业，市场止跌回稳。\n"
    assert read(text, "三稳") is None


def test_keys_scattered_or_too_many_are_no_list():
    scattered = "标题\n\n抓住“两个特点”。时局的特点很清楚，我们要看清。这是革命形势的特点。\n"
    assert read(scattered, "两个特点") is None
    many = "标题\n\n做好“两保”：保工资、保运转、保民生。\n"
    assert read(many, "两保") is None


def test_parts_ending_apart_are_no_list():
    # 一批 opens two parts and stands inside the third, whose words after it differ
    text = (
        "标题\n\n推动“三个一批”：一批龙头企业落地，一批重大项目开工，乌江寨等一批存量项目盘活。\n"
    )
    assert read(text, "三个一批") is None


def test_a_run_of_clauses_opening_with_the_key_anywhere_in_the_text():
    text = (
        "标题\n\n过去一年，推动全面建成小康社会取得新进展，全面深化改革迈出重大步伐，"
        "全面依法治国深入实施，全面从严治党纵深推进，全年目标圆满完成。\n\n"
        "今年要全面贯彻会议精神，协调推进“四个全面”战略布局。\n"
    )
    assert read(text, "四个全面") == [
        "全面建成小康社会取得新进展",
        "全面深化改革迈出重大步伐",
        "全面依法治国深入实施",
        "全面从严治党纵深推进",
    ]


def test_far_away_words_parted_by_commas_or_the_key_closing_a_word_are_no_list():
    words_only = "标题\n\n既要服务领导、服务基层、服务群众，又要参与政务。\n\n做好“三服务”工作。\n"
    assert read(words_only, "三服务") is None
    inside = "标题\n\n推进农田建设，推进农机应用，推进协同创新。\n\n推动科技成果“三进”。\n"
    assert read(inside, "三进") is None


def test_the_analysis_lists_a_keyed_formula():
    text = "标题\n\n持续做好“六保”工作，强化保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。\n"
    assert items_of(text, "六保") == [
        "保居民就业",
        "保基本民生",
        "保市场主体",
        "保粮食能源安全",
        "保产业链供应链稳定",
        "保基层运转",
    ]


# --- the ground an ordinal item is set on ---------------------------------------------------


def test_an_ordinal_item_set_on_a_ground_is_what_is_done_there():
    text = (
        "标题\n\n今后五年的三项任务是：\n\n（一）为改革创造良好的环境，保持总需求和总供给的平衡。\n\n"
        "（二）保持经济的持续稳定增长，加强重点建设。\n\n"
        "（三）在发展生产和提高经济效益的基础上，继续改善城乡人民生活。\n"
    )
    assert items_of(text, "三项任务")[2] == "继续改善城乡人民生活"


# --- a pair opened by the frame's own noun --------------------------------------------------


def test_a_pair_opened_by_the_frames_noun_keeps_the_mark_inside_its_first_side():
    text = (
        "标题\n\n我们一定要坚持两手：一手是坚持对外开放、对内搞活经济的政策，"
        "另一手是坚决打击严重犯罪活动。\n"
    )
    assert items_of(text, "两手") == ["坚持对外开放、对内搞活经济的政策", "坚决打击严重犯罪活动"]


# --- a series of counts ---------------------------------------------------------------------


def test_a_count_closing_a_series_of_counts_takes_its_own_part():
    text = (
        "标题\n\n我们在利用国内国外两种资源、开拓国内国外两个市场、学会组织国内建设和发展对外经济关系"
        "两套本领方面，取得了显著成效。\n"
    )
    assert items_of(text, "两套本领") == ["学会组织国内建设", "发展对外经济关系"]


def test_a_side_opened_by_one_is_no_count_of_a_series():
    text = "标题\n\n一方面学习，一方面娱乐、休息、睡眠，这两方面要充分兼顾。\n"
    found = [f for f in analyze(parse_text(text, "t.txt")).frames if "两方面" in f.phrase]
    assert not found or list(found[0].items) != ["休息", "睡眠"]


# --- a short statement of the count, its things in the next sentence's ；-parts -------------


def stated(text: str, phrase: str, number: int) -> list[str] | None:
    lay = layout(parse_text(text, "t.txt"))
    para = next(p for p in lay.paragraphs if phrase in p.text)
    at = para.text.index(phrase)
    found = next_sentence_parts(lay, Span(para.index, at, at + len(phrase)), number)
    return found[0] if found else None


def test_the_next_sentences_semicolon_parts_are_the_items():
    text = (
        "标题\n\n“三个口袋”协同增长。工业企业利润增长6%，营业收入超百亿元；"
        "一般公共预算收入增长2.1%；居民人均可支配收入增长4.2%。需求结构更趋优化。\n"
    )
    assert stated(text, "三个口袋", 3) == [
        "工业企业利润增长6%",
        "一般公共预算收入增长2.1%",
        "居民人均可支配收入增长4.2%",
    ]


def test_no_items_from_a_pointer_a_long_statement_or_parts_that_are_lists():
    pointer = "标题\n\n上述两个论断都对。在政治上是对的；在军事上不对。\n"
    assert stated(pointer, "两个论断", 2) is None
    long = (
        "标题\n\n我们在过去极不平凡的一年里面对国内外各种困难和严峻挑战，坚持稳中求进工作总基调，推动两个方面的工作取得进展。"
        "在城市，扩大就业；在农村，增加收入。\n"
    )
    assert stated(long, "两个方面", 2) is None
    pairs = (
        "标题\n\n坚持两手抓。必须一手抓改革开放，一手抓打击犯罪；一手抓物质文明，一手抓精神文明。\n"
    )
    assert stated(pairs, "两手抓", 2) is None
    other = "标题\n\n工作分两步走。先试点，后推广；再总结；最后立法。\n"
    assert stated(other, "两步走", 2) is None


# --- real texts: the development gold these rules were read from ---------------------------

CASES = [
    ("study_heldout_b41.json", "gwr_national_2023.txt", "六保"),
    ("study_heldout_b41.json", "gwr_province_2026_重庆市.txt", "四稳"),
    ("study_heldout_b12.json", "gwr_province_2026_内蒙古自治区.txt", "两个稳居"),
    ("study_heldout_b12.json", "gwr_province_2026_内蒙古自治区.txt", "两个继续走在前列"),
    ("study_heldout_b35.json", "gwr_national_1986.txt", "三项任务"),
    ("study_heldout_b35.json", "gwr_national_1986.txt", "两套本领"),
    ("study_heldout_b34.json", "cpc_congress_12.txt", "两手"),
    ("study_heldout_b40.json", "gwr_province_2026_江苏省.txt", "三个口袋"),
    ("study_heldout_b33.json", "gwr_national_2017.txt", "四个全面"),
    ("study_heldout_b16.json", "第二卷_012 战争和战略问题.md", "两个战略时期"),
    ("study_heldout_b21.json", "关于正确处理人民内部矛盾的问题（讲话稿）.md", "是两种态度"),
]


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared corpus not present")
@pytest.mark.parametrize(("gold_file", "name", "phrase"), CASES)
def test_real_report_items_match_the_gold(gold_file, name, phrase):
    sys.path.insert(0, str(ROOT / "tests" / "study"))
    from study_scoring import gold_document, same_item, same_phrase

    entries = [
        e for e in json.loads((GOLD / gold_file).read_text("utf-8")) if e["file"].endswith(name)
    ]
    assert entries, name
    entry = entries[0]
    if entry["file"] in held_out():
        pytest.skip(f"{entry['file']} is held out this session")
    gold = next(f for f in entry["frames"] if f["phrase"] == phrase)
    frames = analyze(gold_document(entry, SHARED)).frames
    found = [f for f in frames if f.phrase == phrase or same_phrase(gold, f)]
    assert found, phrase
    items = list(found[0].items)
    assert len(items) == len(gold["items"])
    assert all(same_item(g, f) for g, f in zip(gold["items"], items)), items
