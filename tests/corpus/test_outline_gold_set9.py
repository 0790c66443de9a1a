"""Blind gold set 9 of issue 8 (tests/gold/heldout9_*.json): the figures of record as floors.

Eight government and Party reports (3 structure: gwr_national_2023, cpc_congress_19, 浙江 2026;
5 scale: cpc_congress_09, gwr_national_1980, 2002, 2011, 2017), the last unused reports of the
lead's reserve, picked by the lead's seeded shuffle (holdout8/select.py), outlined by hand from
the texts before drafter ran on any of them, committed apart, and kept from everyone who
changed rules until main b974c71 was scored once, after the fixers' last landing (17:50 UTC).
The floors are those blind figures (rounded down): they catch a change that loses what the
parser already gets right on texts it was never tuned on. Raise them when a fix lifts a
figure; the blind figures themselves stay the ones written here and in tests/gold/README.md.
Documents below the issue's 0.8 are xfails with their reason in test_outline_gold.py; wrong
titles or dates in test_metadata_shared.py.

Blind figures (main b974c71, 17:52 UTC): level-1/2 heading F1 mean 0.958, min 0.782 (below
0.8: gwr_national_2002 0.782; below 0.9 none else — gwr_national_2011 0.900, cpc_congress_19
0.984, the other five 1.000); title right 8/8, date right 8/8; closing starts at the gold's own
paragraph 6/8 (as blind_sets.py counts: a 结束语 label line before it is skipped); apparatus out
of the body 4/4 items, kept with the document 1/2. Per form, mean F1 (source 0.958):
docx_styles 0.979, docx_numbering 0.956, docx_bullets 0.968, every other form 0.958. The
session-start code (dbf585f) gave the same F1 on every document; its closings were right at
the gold's paragraph in 3/8 (4/8 counting 2002's, which starts at its 结束语 label; 2017's and
2023's started at an earlier 各位代表！).
"""

from __future__ import annotations

from blind_sets import floor_tests

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
    "heldout9_cpc_congress_09": 1.0,
    "heldout9_cpc_congress_19": 1.0,  # 0.984 blind; 1.000 since f8-lead (counted stages)
    "heldout9_gwr_national_1980": 1.0,
    "heldout9_gwr_national_2002": 0.95,  # 0.782 blind; 0.958 since f8-lead's bold layout
    "heldout9_gwr_national_2011": 1.0,  # 0.900 blind; 1.000 since f8-lead (lessons after the last item)
    "heldout9_gwr_national_2017": 1.0,
    "heldout9_gwr_national_2023": 1.0,
    "heldout9_gwr_province_2026_浙江省": 1.0,
}
MEAN_FLOOR = 0.99  # 0.958 blind; 0.995 since f8-lead
# closing at the gold's own paragraph (6; 7 with a rallying last part, 8 past a lone salutation
# paragraph that sums up the last part, cl in session 23)
CLOSING_RIGHT_FLOOR = 8
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body
APPARATUS_KEPT_FLOOR = 2  # notes, endnotes, source lines kept with the document (1 before ol3)
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
FORM_FLOORS: dict[str, float] = {
    "docx_styles": 0.97,
    "docx_numbering": 0.96,
    "docx_bullets": 0.97,
    "docx_bold": 0.99,  # 2002's bold leads read from Word's bold (f8-word; development)
    "docx_boldlead": 0.99,  # level-2 headings marked by bold alone (development figure, f8-word)
    "docx_softbreak": 0.96,
    "docx_glued": 0.96,
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
    test_set9_is_complete,
    test_heading_f1_floor,
    test_set9_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout9_", globals())
