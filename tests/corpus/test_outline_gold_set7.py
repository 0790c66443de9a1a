"""Blind gold set 7 of issue 8 (tests/gold/heldout7_*.json): the figures of record as floors.

Sixteen documents (3 structure reports, 3 scale reports, 5 mao, 5 ren) picked by the lead's
seeded shuffle, outlined by hand from the texts before drafter ran on any of them, and kept
from everyone who changed rules until main 0f25999 was scored once, after the last rule
landed. The floors are those blind figures (rounded down): they catch a change that loses
what the parser already gets right on texts it was never tuned on. Raise them when a fix
lifts a figure; the blind figures themselves stay the ones written here and in
tests/gold/README.md. Documents below the issue's 0.8 are xfails with their reason in
test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.

Blind figures (main 0f25999, 12:08 UTC): level-1/2 heading F1 mean 0.950, min 0.750
(reports 0.998, speeches 0.920; below 0.8: mao 4-021 0.750, ren 20150923 0.750); title right
15/16, date right 16/16; closing starts where the gold says 10/16; apparatus out of the body
42/42 items, kept with the document 20/26 (as bench/outline_quality.py counts). Per form,
mean F1 (source 0.950): docx_styles 0.948, docx_numbering 0.872, docx_bullets 0.934,
docx_glued 0.944, every other form 0.950.
One caveat: a rule writer had read the drafter outlines of gwr_national_2016 and 江西 2026
before the set was reserved (no rule was written from them); without those two the mean is
0.943, min 0.750.
"""

from __future__ import annotations

from blind_sets import floor_tests

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
    "heldout7_gwr_national_2001": 0.99,
    "heldout7_gwr_national_2016": 1.0,
    "heldout7_gwr_province_2026_山西省": 1.0,
    "heldout7_gwr_province_2026_江西省": 1.0,
    "heldout7_gwr_province_2026_辽宁省": 1.0,
    "heldout7_gwr_province_2026_重庆市": 1.0,
    "heldout7_mao_v1_002": 1.0,
    "heldout7_mao_v2_026": 1.0,  # 0.85 blind; 第一种/第一个时期 read as points (f8-runin)
    "heldout7_mao_v2_040": 1.0,
    "heldout7_mao_v4_021": 1.0,  # 0.74 blind; heading extent settled (f8-runin)
    "heldout7_mao_v5_034": 1.0,
    "heldout7_ren_199803": 0.98,
    "heldout7_ren_20040115": 1.0,
    "heldout7_ren_20150923": 1.0,  # 0.74 blind; heading extent settled
    "heldout7_ren_20160305": 1.0,  # 0.870 blind; answer points after 任正非： (f8-hier)
    "heldout7_ren_20160505": 1.0,
}
MEAN_FLOOR = 0.98  # 0.94 blind (0.950); heading extent settled (f8-runin)
# closing starts at the gold's own paragraph (blind 10; 13 after f8-close by first characters,
# 12 at the gold's line: 2001's 各位代表！ matched a later 各位代表！; 13 with the 结束语 rule,
# 14 with a procedure's last step (华为基本法), f8-close2; 16 with the call above a last
# flourish and the coda of short lines, cl in session 23)
CLOSING_RIGHT_FLOOR = 16
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body
APPARATUS_KEPT_FLOOR = 26  # notes, endnotes, source lines kept with the document (20 before ol3)
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
FORM_FLOORS: dict[str, float] = {  # f8-runin figures less 0.01; blind ones in the docstring
    "docx_styles": 0.97,
    "docx_numbering": 0.95,
    "docx_bullets": 0.99,  # fm: 0.998
    "docx_bold": 0.97,
    "docx_boldlead": 0.99,  # level-2 headings marked by bold alone (fm: 0.996)
    "docx_softbreak": 0.97,
    "docx_glued": 0.96,
    "docx_pasted": 0.96,
    "docx_official": 0.97,
    "html_p": 0.97,
    "html_br": 0.97,
    "html_table": 0.97,
    "mhtml": 0.97,
    "html_bold": 0.99,  # outline shown by bold and centring (hb, s23)
    "html_boldlead": 0.99,  # fm: 0.996
    "txt_scraped": 0.97,
}


(
    test_set7_is_complete,
    test_heading_f1_floor,
    test_set7_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout7_", globals())
