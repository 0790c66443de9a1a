"""Blind gold set 10 of issue 8 (tests/gold/heldout10_*.json): the figures of record as floors.

Nine government work reports, the last unused ones of the lead's reserve (national 1981, 1983,
1985, 2004, 2013, 2014; 天津, 广西, 新疆 2026), picked by the lead's seeded shuffle
(holdout9/select.py), outlined by hand from the texts before drafter ran on any of them,
committed apart (18:30 UTC), and kept from everyone who changed rules until main 5d1fc76 was
scored once, after the fixers' last landing (20:15 UTC). The floors are those blind figures
(rounded down): they catch a change that loses what the parser already gets right on texts it
was never tuned on. Raise them when a fix lifts a figure; the blind figures themselves stay the
ones written here and in tests/gold/README.md. Documents below the issue's 0.8 are xfails with
their reason in test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.

Blind figures (main 5d1fc76, 20:17 UTC): level-1/2 heading F1 mean 0.977, min 0.791 (below
0.8: 天津 2026 0.791, its 二、's run-in 一是…九是 paragraphs read as a list — drafter's own doubt
says so; the other eight 1.000); title right 9/9, date right 9/9; closing starts at the gold's
own paragraph 8/9 (as blind_sets.py counts: a 结束语 label line before it is skipped; 1981's
last 各位代表： over the call is not taken as a closing, none is found); apparatus out of the
body 12/12 items, kept with the document 3/6 (the 来源 lines, as the metadata's source; the
时间 lines are not kept). Per form, mean F1 (source 0.977): docx_numbering 0.956, docx_bullets
0.892 (1981, 1983 0.70, 1985 0.83), every other form 0.977. The session-start code (1a325d2)
gave the same figures on every document and form.

Since then (set 10 is development data now, so these are fits, not blind figures): f8-runin
(session 21) took 天津's 一是…九是 as 二、's points (a colon list carrying most of its part:
1.000) and 1981's last 各位代表： standing alone over the call as the closing (9/9); the floors
follow: every document 1.0, mean 1.0, closings 9, per form (with f8-word's Word fixes)
docx_bullets 0.98 (1985 0.83), every other form 1.0.
"""

from __future__ import annotations

from blind_sets import floor_tests

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
    "heldout10_gwr_national_1981": 1.0,
    "heldout10_gwr_national_1983": 1.0,
    "heldout10_gwr_national_1985": 1.0,
    "heldout10_gwr_national_2004": 1.0,
    "heldout10_gwr_national_2013": 1.0,
    "heldout10_gwr_national_2014": 1.0,
    "heldout10_gwr_province_2026_天津市": 1.0,
    "heldout10_gwr_province_2026_广西壮族自治区": 1.0,
    "heldout10_gwr_province_2026_新疆维吾尔自治区": 1.0,
}
MEAN_FLOOR = 1.0
CLOSING_RIGHT_FLOOR = 9  # documents whose closing starts at the gold's own paragraph
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body
APPARATUS_KEPT_FLOOR = 6  # notes, endnotes, source lines kept with the document (3 before ol3)
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
FORM_FLOORS: dict[str, float] = {
    "docx_styles": 1.0,
    # raised after f8-word and the colon-list rules (development figures, set 10 is no
    # longer blind): 2004's lead lines read with Word's part numbers, 1981/1983 bullets
    # kept under their parts
    "docx_numbering": 1.0,
    "docx_bullets": 1.0,  # fm: 1985 0.83 -> 1.000
    "docx_bold": 1.0,
    "docx_boldlead": 1.0,  # level-2 headings marked by bold alone (fm: 1.000)
    "docx_softbreak": 1.0,
    "docx_glued": 1.0,
    "docx_pasted": 1.0,
    "docx_official": 1.0,
    "html_p": 1.0,
    "html_br": 1.0,
    "html_table": 1.0,
    "mhtml": 1.0,
    "html_bold": 1.0,  # outline shown by bold and centring (hb, s23)
    "html_boldlead": 1.0,  # fm: 1.000
    "txt_scraped": 1.0,
}


(
    test_set10_is_complete,
    test_heading_f1_floor,
    test_set10_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout10_", globals())
