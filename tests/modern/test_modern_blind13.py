"""Floors on the thirteenth blind modern set (tests/modern_blind13/README.md): drafter on ten modern
office texts written for the project in new genres (a 共青团县代表大会工作报告, a 县政府常务会议 speech
on 自建房整治, a 安全生产警示教育大会讲话 in a 会议材料汇编, a 政协委员大会发言, a 干部大会宣布任职的讲话,
a 新兵入伍欢送大会讲话, a 森林防灭火工作会议讲话, a 人大常委会任命后的表态发言, a 数字政府建设推进会讲话,
a 巡察进驻动员会讲话) and forms (a .docx opening on a 目录 TOC field, a Word "Web Page, Filtered"
.htm, a booklet .pdf of two A5 pages a sheet, a .pdf with every glyph placed alone, an .odt with
tracked changes and comments, a .docx on 稿纸 layout tables, a GB18030 .txt with CR line ends and
characters outside GBK, an Edge .mhtml whose quoted-printable breaks fall inside characters, a 飞书
.md, a .docx opening on a 会议纪要 table), annotated before it ran on them.

The floors are the figures of record: the blind start score on main f5233145 and the end score on
main 12788842 (session 49), the same on every figure. Each sits exactly at the end figure (a ratio
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
    "x01_league_congress_report_toc": 1.0,
    "x02_standing_meeting_houses_wordfiltered": 1.0,
    # blind 0.800: the 汇编's own parts (二、责任追究情况, 三、有关要求, 四、县委书记顾临川讲话 run into
    # the speech's 一、) and two wrapped lines of the 通报 taken as headings
    # fit px49a: 1.000, the sheets read as their two pages and the 汇编 cut to its speech item
    "x03_safety_warning_booklet_2up": 1.0,
    "x04_cppcc_member_speech_wps_glyphs": 1.0,
    "x05_appointment_meeting_tracked": 1.0,
    "x06_recruits_sendoff_manuscript_paper": 1.0,
    "x07_forest_fire_gb18030_cr": 1.0,
    # blind 0.000: the three 第一，… points of a short pledge not taken as headings (the closing
    # taken at 第三，…); fit px49b: 1.000, the points “三个坚持”： counts, with a closing after
    # them, the text's only structure (sequences.list_as_skeleton)
    "x08_npc_appointee_pledge_edge": 1.0,
    "x09_digital_government_feishu": 1.0,
    "x10_inspection_mobilization_minutes_table": 1.0,
}
NAMES = list(F1_FLOORS)


@pytest.fixture(scope="module")
def scored():
    """(outline rows by name, set summary): scored once for the module."""
    return score_set(ROOT / "tests" / "modern_blind13")


def test_every_fixture_has_gold(scored):
    check_every_fixture_has_gold(scored[0], NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_outline_f1_floor(scored, name):
    check_outline_f1_floor(scored[0], name, F1_FLOORS[name])


def test_outline_set_floors(scored):
    check_floors(
        scored[1],
        {
            # blind 0.880 (start = end; min 0.000: x08; x03 0.800); fit px49a: 0.900;
            # fit px49b: 1.000 (x08 1.000)
            "mean_f1": 1.0,
            # blind 8/10: x03 the 汇编's cover (会议材料 中共鹤汀县委办公室…), x10 the 会议纪要 caption
            # fit px49a: 10/10 (x03 the speech item's own title; x10 the title under the table)
            "title_right": 10,
            # blind 8/10: x03 2026-10 (the cover's month), x10 none (the table's 时间)
            # fit px49a: 10/10 (x03 the speech's date line; x10 the 时间 cell, 2026-11-10)
            "date_right": 10,
            # blind 8/10: x08 at 第三，… (a point, not the closing), x09 none; fit px49b: 10/10
            # (x08 past its run of points, x09 各部门、各乡镇 as the listeners of a turn to the whole)
            "closing_right": 10,
            # blind 25/29: x03 会议议程 and the 通报, x09 会议议程（点击展开） (a <details> block),
            # x10 the 会议纪要 caption
            # fit px49a: 27/29 (x03's 议程 and 通报 kept as appendix); x10's caption is in the
            # source line now, but the scorer still finds it inside the title 在<caption>上的讲话
            # fit px49b: 28/29 (x09's <details> block kept as apparatus)
            "apparatus_out": 28,
        },
    )


def test_study_floors(scored):
    check_floors(
        scored[1],
        {
            # blind 0.974 (printed 0.97; 37 of 38 gold frames): missed x09 三对关系
            # fit px49c: 1.000 (三对关系: 对 counts pairs before 关系)
            "frame_recall": 1.0,
            # blind 0.860 (37 of 43 found): spurious x01 10件以上实事, 两新, 两制一课, x03 三合一,
            # x04 两头难, x10 十项重点
            # fit px49c: 0.884 (38 of 43): 两制一课 gone (the tail of 三会两制一课); the other five
            # left, the real gold counting the same shapes (10件民生实事, 21项重点举措, 两新, 三证合一,
            # 两头: study_heldout_b40, b41, b7, b12, b35)
            "frame_precision": 0.884,
            # blind 21 of the 23 gold-listed frames found
            # fit px49c: 24 of 24 (四个不到位 by the word closing each part, 三个方面 by 从…看，
            # paragraphs, 三对关系 found)
            "items_right": 24,
            # a ceiling; blind 2 (三管三必须, 三资); fit px49c: 0
            "wrongly_listed": 0,
            "roadmap_hits": 18,  # blind 18 of 18
            # blind 0.857 (18 of 21 found): spurious x03 the agenda's 主持人… line and 将有关情况通报如下。,
            # x04 今年以来，民盟鹤汀县支部组成课题组…
            # fit px49a: 0.947 (18 of 19; x03's two gone with the agenda and the 通报)
            # fit px49c: 1.000 (18 of 18): x04's 3岁以下 no pointer ahead
            "roadmap_precision": 1.0,
            "links_right": 18,  # blind 18 of 18
            "warnings_right": 18,  # blind 18 of 18
        },
    )
