"""Blind gold set 8 of issue 8 (tests/gold/heldout8_*.json): the figures of record as floors.

Thirteen documents (3 structure reports, 3 scale reports, 2 mao, 5 ren) picked by the lead's
seeded shuffle (holdout7/select.py), outlined by hand from the texts before drafter ran on any
of them, committed apart, and kept from everyone who changed rules until main 1242ac3 was
scored once, after the fixers' last landing (15:00 UTC). The floors are those blind figures
(rounded down): they catch a change that loses what the parser already gets right on texts it
was never tuned on. Raise them when a fix lifts a figure; the blind figures themselves stay
the ones written here and in tests/gold/README.md. Documents below the issue's 0.8 are xfails
with their reason in test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.

Blind figures (main 1242ac3, 15:01 UTC): level-1/2 heading F1 mean 0.964, min 0.710
(reports 0.941, speeches 0.984; below 0.8: 海南 2026 0.710; below 0.9 also ren 20160227 0.885);
title right 13/13, date right 13/13; closing starts where the gold says 6/13; apparatus out of
the body 26/27 items, kept with the document 13/18 (as bench/outline_quality.py counts). Per
form, mean F1 (source 0.964): docx_styles 0.980, docx_numbering 0.966, docx_bullets 0.955,
docx_glued 0.954, every other form 0.964. The session-start code (e4f67a9) scored mean 0.959
(ren 20160712 0.929 then, 1.000 now) with closings 7/13 (cpc_congress_12's was right then).
"""

from __future__ import annotations

from blind_sets import floor_tests

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
    "heldout8_cpc_congress_12": 1.0,
    "heldout8_gwr_national_1987": 0.93,
    "heldout8_gwr_national_2005": 1.0,
    "heldout8_gwr_province_2026_安徽省": 1.0,
    "heldout8_gwr_province_2026_海南省": 1.0,  # 0.710 blind; theme lines (f8-hier), 这一年 leads beside them (ol3)
    "heldout8_gwr_province_2026_黑龙江省": 1.0,
    "heldout8_mao_v2_010_2": 1.0,
    "heldout8_mao_v2_023_2": 1.0,
    "heldout8_ren_20110727": 1.0,
    "heldout8_ren_20130219": 1.0,
    "heldout8_ren_20131019": 1.0,
    "heldout8_ren_20160227": 1.0,  # 0.885 blind; 6、4G和5G, points carried over 四、 (f8-hier), 一、's two questions (ol3)
    "heldout8_ren_20160712": 1.0,
}
MEAN_FLOOR = 0.99  # 0.964 blind
# closing starts at the gold's paragraph (blind 6; 7 with the 结束语 rule, f8-close2; 11 with
# the closing read from the end's shape, cl2 s24: cpc 12, mao 2-010_2, ren 20110727, 20130219)
CLOSING_RIGHT_FLOOR = 11
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body (1 before ol3)
APPARATUS_KEPT_FLOOR = 18  # notes, endnotes, source lines kept with the document (13 before ol3)
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
FORM_FLOORS: dict[str, float] = {
    "docx_styles": 0.98,
    "docx_numbering": 0.96,
    "docx_bullets": 0.99,  # fm: 0.995
    "docx_bold": 0.96,
    "docx_boldlead": 0.98,  # level-2 headings marked by bold alone (check group: scored only, f8-word)
    "docx_softbreak": 0.96,
    "docx_glued": 0.95,
    "docx_pasted": 0.96,
    "docx_official": 0.96,
    "html_p": 0.96,
    "html_br": 0.96,
    "html_table": 0.96,
    "mhtml": 0.96,
    "html_bold": 0.99,  # outline shown by bold and centring (hb, s23)
    "html_boldlead": 0.99,
    "txt_scraped": 0.96,
}


(
    test_set8_is_complete,
    test_heading_f1_floor,
    test_set8_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout8_", globals())
