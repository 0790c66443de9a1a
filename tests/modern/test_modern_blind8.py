"""Floors on the eighth blind modern set (tests/modern_blind8/README.md): drafter on ten modern
office texts written for the project in new genres (民主生活会对照检查材料, 政府工作报告 with an
appendix, 警示教育大会讲话, 任职表态, 中心组研讨发言, 宣讲报告 told as three stories, 企业职代会讲话,
座谈会发言摘要, 讲话提纲, 开学典礼讲话 with no title) and new forms (a real .pdf with Word's header
and PAGE field, a .doc and an .rtf by LibreOffice, a GB18030 .txt with CRLF, a typed .md, a .docx
with two-level Word list numbering and a glued heading, a news-site .html, a company-site .mhtml),
annotated before it ran on them.

The floors are the figures of record: the blind start score on main 331f2b9b and the end score
on main 8d1744a5 (session 44), the same on every figure but two (title 7/10 and date 9/10 at the
start, 8/10 and 10/10 at the end), and as measured again at the release. Each sits exactly at
the end figure (a ratio at the three decimals the bench computes, the two the bench prints being
noted beside it), so a fix raises them and nothing may lower them. The scoring is
bench/modern_quality.py's, which uses the gold tests' own scorers.
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
    "u01_self_criticism_review": 1.0,
    "u02_county_government_work_report": 1.0,
    "u03_warning_education_speech": 1.0,
    "u04_appointment_pledge": 1.0,
    "u05_study_group_remarks_gb18030": 1.0,
    "u06_lake_guardians_lecture": 1.0,
    "u07_company_workers_congress": 1.0,
    "u08_private_firms_forum_notes": 1.0,
    "u09_flood_meeting_outline": 1.0,
    # blind 0.000: a school address with no title whose three standalone lines 锦囊一：一把尺子,
    # 锦囊二：一双草鞋, 锦囊三：一盏灯 (label + colon + thing, level 1 in the gold) were not found;
    # 1.000 since session 45's ol45 (drafter/corpus/noun_ordinals.py: lines numbered after a
    # noun, a family of their own), written on this miss after the scoring: no blind credit
    "u10_school_opening_no_title": 1.0,
}
NAMES = list(F1_FLOORS)


@pytest.fixture(scope="module")
def scored():
    """(outline rows by name, set summary): scored once for the module."""
    return score_set(ROOT / "tests" / "modern_blind8")


def test_every_fixture_has_gold(scored):
    check_every_fixture_has_gold(scored[0], NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_outline_f1_floor(scored, name):
    check_outline_f1_floor(scored[0], name, F1_FLOORS[name])


def test_outline_set_floors(scored):
    check_floors(
        scored[1],
        {
            "mean_f1": 1.0,  # blind 0.900, min 0.000 (u10); 1.000 since ol45 (u10)
            # blind 7/10 at the start, 8/10 at the end: u08 the # title line with the 地点： field joined
            # to it (全县民营企业家座谈会发言摘要 地点： 县行政中心三楼第一会议室), u09 the title line with the
            # standalone speaker's note under it joined (…讲话提纲（开场：…约3分钟）); u07 the site's
            # headline 欧阳凯在…上的讲话 at the start only (gold the body title). 10/10 after px44's
            # post-score fixes (a spaced field line is no title line; a speaker's direction is a note)
            "title_right": 10,
            # blind 9/10 at the start (u06 the page's info line 2026-11-06, gold null, the README's
            # alternative), 10/10 at the end
            "date_right": 10,
            # blind 8/10: u01 the signature 祁海峰 (gold the formula 以上对照检查，如有不当之处…), u10
            # 同学们，青春正好，… (the README's alternative, line 29; gold line 25 同学们，一把尺子、
            # 一双草鞋、一盏灯，送给大家…). 9/10 after px44 (以上对照检查， names the talk; post-score)
            "closing_right": 9,
            # blind 19/23: u08's 记录整理： and u09's three standalone speaker's notes （开场：…）,
            # （插话：…）, （强调：…） left in the body; 23/23 after px44 (post-score fit: 记录整理： a
            # writer's line, a labelled direction a speaker's note)
            "apparatus_out": 23,
        },
    )


def test_study_floors(scored):
    check_floors(
        scored[1],
        {
            # blind 0.872 (printed 0.87; 34 of 39): missed u04 三点承诺, u06 三个发生在白鹭湖边的小故事,
            # u07 五个方面的工作 (null, five over four), 两个海外服务中心 and 三步
            # fr6 (session 45): 0.974 (38 of 39), all but 两个海外服务中心 (墨西哥、匈牙利 before it: named
            # things before a count, no frame by the study gold's convention)
            "frame_recall": 0.974,
            # blind 0.944 (printed 0.94; 34 of 36 found): u01 两项专题 and u06 三个故事 spurious; fr6 1.000
            # (a quota is no frame without its items; 这三个故事 at the end of the last story folds)
            "frame_precision": 1.0,
            "items_right": 24,  # blind 21 of the 24 gold-listed frames found; fr6 24 of 27
            "wrongly_listed": 0,  # a ceiling; blind 0
            # blind 12 of 19: missed u02 我们将着力抓好六个方面的工作, u03 今天我想和大家一起剖析几个案例,
            # u04 郑重作出三点承诺, u05 我体会最深的是两点, u07 这一年，我们主要做了四件事 and
            # 重点抓好五个方面的工作, u10 我决定给大家送三个“锦囊”
            # rm46 (session 45's convention: a counted lead-in is a roadmap whatever its verb): 17 of
            # 19: missed u04's 郑重作出三点承诺 (its parts unnumbered headings 始终…) and u10's 送三个“锦囊”
            # (parts headed 锦囊一：…, no marker the reader knows); P 1.00
            "roadmap_hits": 18,  # px45b 18 of 19
            "roadmap_precision": 1.0,  # blind 1.000 (12 of 12 found); rm46 17 of 17
            "links_right": 18,  # blind 12 of 12; rm46 17 of 17; px45b 18
            "warnings_right": 18,  # blind 12 of 12; rm46 17 of 17; px45b 18
        },
    )
