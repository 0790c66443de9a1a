"""The blind outline sets' figures of record as floors: one row a set (tests/gold/<prefix>*.json).

Each set was outlined by hand from the texts before drafter ran on any of them, kept from
everyone who changed rules until main was scored once after the session's last rule landing,
and then released as development data (tests/gold/README.md, one section a set). Its row keeps
those figures as floors, rounded down: level-1/2 heading F1 per document and its mean, closings
starting at the gold's own paragraph, apparatus out of the body (a ceiling) and kept with the
document, and mean F1 per form of the user's files (tests/corpus/realforms.py). They catch a
change that loses what the parser already gets right on texts it was never tuned on. Raise a
floor when a fix lifts a figure (saying so in its comment); the blind figures themselves stay
the ones in the row's comment and in tests/gold/README.md. Documents still below the issue's
0.8 are the row's ``xfails``, with the reason (test_outline_gold.py reads them into
KNOWN_WRONG); wrong titles or dates are in test_metadata_shared.py.

Adding a released set is adding a row to BLIND_SETS (tests/gold/README.md, "Releasing a blind
set"): every test below is parametrized over the rows (per set, per document, per set and
form), so the sets run apart under pytest-xdist; each test is skipped, saying why, when
../shared is absent (the shared_dir fixture). The comment above each row is the set's record as
its own module's docstring gave it (sets 6-24 had one module each until session 31).
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from blind_sets import BlindSet, every_form, form_scores, gold_of, heading_score, set_totals
from realforms import FORMS

BLIND_SETS: tuple[BlindSet, ...] = (
    # Blind gold set 6 of issue 8 (tests/gold/heldout6_*.json): the figures of record as floors.
    #
    # Twelve documents (2 structure reports, 2 scale reports, 4 mao, 4 ren) picked by the lead's
    # seeded shuffle, outlined by hand from the texts before drafter ran on any of them, and kept
    # from everyone who changed rules until main 0f25999 was scored once, after the last rule
    # landed. The floors are those blind figures (rounded down): they catch a change that loses
    # what the parser already gets right on texts it was never tuned on. Raise them when a fix
    # lifts a figure; the blind figures themselves stay the ones written here and in
    # tests/gold/README.md. Documents below the issue's 0.8 are xfails with their reason in
    # test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.
    #
    # Blind figures (main 0f25999, 12:08 UTC): level-1/2 heading F1 mean 0.850, min 0.000
    # (reports 0.903, speeches 0.823; below 0.8: 1964 0.611, mao 4-022 0.000, ren 19980620 0.771);
    # title right 11/12, date right 11/12; closing starts where the gold says 6/12; apparatus out
    # of the body 18/19 items, kept with the document 11/13. Per form, mean F1 (source 0.850):
    # docx_styles 0.979, docx_numbering 0.699, docx_bullets 0.761, docx_glued 0.760, txt_scraped
    # 0.753, every other form 0.767.
    # Below 0.8 at the blind scoring, since fixed (test_outline_gold.py's KNOWN_WRONG notes until
    # session 31): heldout6_gwr_national_1964 (0.611 blind: a news summary's subheads) is 0.973
    # since f8-runin's news-summary rules (drafter/corpus/newsreport.py); heldout6_mao_v4_022 (0.000
    # blind: 一、…八、 the manifesto's policies read as a list) is 1.000 since the paragraph after
    # them names them its policies (上述各项，就是本军的基本政策); heldout6_ren_19980620 (0.771),
    # heldout7_mao_v4_021 and heldout7_ren_20150923 (0.750 each) turned on where a run-in heading
    # ends; one convention since f8-runin (tests/gold/README.md, "Heading extent"), which the parser
    # follows: 1.000 each.
    BlindSet(
        prefix="heldout6_",
        documents={
            "heldout6_cpc_congress_16": 1.0,
            "heldout6_gwr_national_1956": 1.0,
            "heldout6_gwr_national_1964": 0.97,  # 0.61 blind; news-summary rules (f8-runin)
            "heldout6_gwr_province_2026_山东省": 1.0,
            "heldout6_mao_v3_025_2": 0.86,  # 0.81 blind; two-character titles (f8-runin)
            "heldout6_mao_v4_022": 1.0,  # 0.0 blind; a list the text names its policies (f8-runin)
            "heldout6_mao_v4_034": 1.0,
            "heldout6_mao_v4_061": 1.0,
            "heldout6_ren_19980620": 1.0,  # 0.77 blind; heading extent settled (f8-runin)
            "heldout6_ren_19990520": 1.0,
            "heldout6_ren_20090206": 1.0,
            "heldout6_ren_20140327": 1.0,
        },
        mean=0.98,  # 0.84 blind (0.850); heading extent, news summary, policy list (f8-runin)
        closings=11,  # closing starts where the gold says (blind 6; 11 after f8-close, a fit)
        in_body_ceiling=0,  # gold apparatus items still found in the body (1 before ol3)
        kept=13,  # notes, endnotes, source lines kept with the document (11 before ol3)
        forms=every_form(  # f8-runin figures less 0.01; blind ones in the comment above
            0.97,
            docx_styles=0.98,
            docx_bullets=0.98,  # fm: 0.986 (bench bullets whole runs; Word bullet/bold rules)
            docx_bold=0.99,  # fm: 1.000 (mao v3 025_2 above its source)
            docx_boldlead=0.99,  # level-2 headings marked by bold alone (fm: 1.000)
            docx_glued=0.96,
            html_p=0.99,  # fm: 1.000
            html_bold=0.98,  # outline shown by bold and centring (hb, s23)
            html_boldlead=0.99,  # fm: 1.000
            txt_scraped=0.95,
        ),
    ),
    # Blind gold set 7 of issue 8 (tests/gold/heldout7_*.json): the figures of record as floors.
    #
    # Sixteen documents (3 structure reports, 3 scale reports, 5 mao, 5 ren) picked by the lead's
    # seeded shuffle, outlined by hand from the texts before drafter ran on any of them, and kept
    # from everyone who changed rules until main 0f25999 was scored once, after the last rule
    # landed. The floors are those blind figures (rounded down): they catch a change that loses
    # what the parser already gets right on texts it was never tuned on. Raise them when a fix
    # lifts a figure; the blind figures themselves stay the ones written here and in
    # tests/gold/README.md. Documents below the issue's 0.8 are xfails with their reason in
    # test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.
    #
    # Blind figures (main 0f25999, 12:08 UTC): level-1/2 heading F1 mean 0.950, min 0.750
    # (reports 0.998, speeches 0.920; below 0.8: mao 4-021 0.750, ren 20150923 0.750); title right
    # 15/16, date right 16/16; closing starts where the gold says 10/16; apparatus out of the body
    # 42/42 items, kept with the document 20/26 (as bench/outline_quality.py counts). Per form,
    # mean F1 (source 0.950): docx_styles 0.948, docx_numbering 0.872, docx_bullets 0.934,
    # docx_glued 0.944, every other form 0.950.
    # One caveat: a rule writer had read the drafter outlines of gwr_national_2016 and 江西 2026
    # before the set was reserved (no rule was written from them); without those two the mean is
    # 0.943, min 0.750.
    BlindSet(
        prefix="heldout7_",
        documents={
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
        },
        mean=0.98,  # 0.94 blind (0.950); heading extent settled (f8-runin)
        # closing starts at the gold's own paragraph (blind 10; 13 after f8-close by first characters,
        # 12 at the gold's line: 2001's 各位代表！ matched a later 各位代表！; 13 with the 结束语 rule,
        # 14 with a procedure's last step (华为基本法), f8-close2; 16 with the call above a last
        # flourish and the coda of short lines, cl in session 23)
        closings=16,
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=26,  # notes, endnotes, source lines kept with the document (20 before ol3)
        forms=every_form(  # f8-runin figures less 0.01; blind ones in the comment above
            0.97,
            docx_numbering=0.95,
            docx_bullets=0.99,  # fm: 0.998
            docx_boldlead=0.99,  # level-2 headings marked by bold alone (fm: 0.996)
            docx_glued=0.96,
            docx_pasted=0.96,
            html_bold=0.99,  # outline shown by bold and centring (hb, s23)
            html_boldlead=0.99,  # fm: 0.996
        ),
    ),
    # Blind gold set 8 of issue 8 (tests/gold/heldout8_*.json): the figures of record as floors.
    #
    # Thirteen documents (3 structure reports, 3 scale reports, 2 mao, 5 ren) picked by the lead's
    # seeded shuffle (holdout7/select.py), outlined by hand from the texts before drafter ran on any
    # of them, committed apart, and kept from everyone who changed rules until main 1242ac3 was
    # scored once, after the fixers' last landing (15:00 UTC). The floors are those blind figures
    # (rounded down): they catch a change that loses what the parser already gets right on texts it
    # was never tuned on. Raise them when a fix lifts a figure; the blind figures themselves stay
    # the ones written here and in tests/gold/README.md. Documents below the issue's 0.8 are xfails
    # with their reason in test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.
    #
    # Blind figures (main 1242ac3, 15:01 UTC): level-1/2 heading F1 mean 0.964, min 0.710
    # (reports 0.941, speeches 0.984; below 0.8: 海南 2026 0.710; below 0.9 also ren 20160227 0.885);
    # title right 13/13, date right 13/13; closing starts where the gold says 6/13; apparatus out of
    # the body 26/27 items, kept with the document 13/18 (as bench/outline_quality.py counts). Per
    # form, mean F1 (source 0.964): docx_styles 0.980, docx_numbering 0.966, docx_bullets 0.955,
    # docx_glued 0.954, every other form 0.964. The session-start code (e4f67a9) scored mean 0.959
    # (ren 20160712 0.929 then, 1.000 now) with closings 7/13 (cpc_congress_12's was right then).
    # Below 0.8 at the blind scoring, since fixed: heldout8 海南 2026 (0.710 blind: 一、's theme
    # lines read as paragraphs, their lead lines at level 2) is 0.889 since f8-hier's theme lines
    # (drafter/corpus/themes.py).
    BlindSet(
        prefix="heldout8_",
        documents={
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
        },
        mean=0.99,  # 0.964 blind
        # closing starts at the gold's paragraph (blind 6; 7 with the 结束语 rule, f8-close2; 11 with
        # the closing read from the end's shape, cl2 s24: cpc 12, mao 2-010_2, ren 20110727, 20130219)
        closings=11,
        in_body_ceiling=0,  # gold apparatus items still found in the body (1 before ol3)
        kept=18,  # notes, endnotes, source lines kept with the document (13 before ol3)
        forms=every_form(
            0.96,
            docx_styles=0.98,
            docx_bullets=0.99,  # fm: 0.995
            docx_boldlead=0.98,  # level-2 headings marked by bold alone (check group: scored only, f8-word)
            docx_glued=0.95,
            html_bold=0.99,  # outline shown by bold and centring (hb, s23)
            html_boldlead=0.99,
        ),
    ),
    # Blind gold set 9 of issue 8 (tests/gold/heldout9_*.json): the figures of record as floors.
    #
    # Eight government and Party reports (3 structure: gwr_national_2023, cpc_congress_19, 浙江 2026;
    # 5 scale: cpc_congress_09, gwr_national_1980, 2002, 2011, 2017), the last unused reports of the
    # lead's reserve, picked by the lead's seeded shuffle (holdout8/select.py), outlined by hand from
    # the texts before drafter ran on any of them, committed apart, and kept from everyone who
    # changed rules until main b974c71 was scored once, after the fixers' last landing (17:50 UTC).
    # The floors are those blind figures (rounded down): they catch a change that loses what the
    # parser already gets right on texts it was never tuned on. Raise them when a fix lifts a
    # figure; the blind figures themselves stay the ones written here and in tests/gold/README.md.
    # Documents below the issue's 0.8 are xfails with their reason in test_outline_gold.py; wrong
    # titles or dates in test_metadata_shared.py.
    #
    # Blind figures (main b974c71, 17:52 UTC): level-1/2 heading F1 mean 0.958, min 0.782 (below
    # 0.8: gwr_national_2002 0.782; below 0.9 none else — gwr_national_2011 0.900, cpc_congress_19
    # 0.984, the other five 1.000); title right 8/8, date right 8/8; closing starts at the gold's own
    # paragraph 6/8 (as blind_sets.py counts: a 结束语 label line before it is skipped); apparatus out
    # of the body 4/4 items, kept with the document 1/2. Per form, mean F1 (source 0.958):
    # docx_styles 0.979, docx_numbering 0.956, docx_bullets 0.968, every other form 0.958. The
    # session-start code (dbf585f) gave the same F1 on every document; its closings were right at
    # the gold's paragraph in 3/8 (4/8 counting 2002's, which starts at its 结束语 label; 2017's and
    # 2023's started at an earlier 各位代表！).
    # Below 0.8 at the blind scoring, since fixed: heldout9_gwr_national_2002 (0.782 blind: the
    # page's bold lead lines, kept in the copy as a lone indent line over an unindented line, partly
    # missed) is 0.958 since f8-lead's bold layout (drafter/corpus/emphasis.py) and unnumbered part
    # title before 一、.
    BlindSet(
        prefix="heldout9_",
        documents={
            "heldout9_cpc_congress_09": 1.0,
            "heldout9_cpc_congress_19": 1.0,  # 0.984 blind; 1.000 since f8-lead (counted stages)
            "heldout9_gwr_national_1980": 1.0,
            "heldout9_gwr_national_2002": 0.95,  # 0.782 blind; 0.958 since f8-lead's bold layout
            "heldout9_gwr_national_2011": 1.0,  # 0.900 blind; 1.000 since f8-lead (lessons after the last item)
            "heldout9_gwr_national_2017": 1.0,
            "heldout9_gwr_national_2023": 1.0,
            "heldout9_gwr_province_2026_浙江省": 1.0,
        },
        mean=0.99,  # 0.958 blind; 0.995 since f8-lead
        # closing at the gold's own paragraph (6; 7 with a rallying last part, 8 past a lone salutation
        # paragraph that sums up the last part, cl in session 23)
        closings=8,
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=2,  # notes, endnotes, source lines kept with the document (1 before ol3)
        forms=every_form(
            0.96,
            docx_styles=0.97,
            docx_bullets=0.97,
            docx_bold=0.99,  # 2002's bold leads read from Word's bold (f8-word; development)
            docx_boldlead=0.99,  # level-2 headings marked by bold alone (development figure, f8-word)
            html_bold=0.99,  # outline shown by bold and centring (hb, s23)
            html_boldlead=0.99,
        ),
    ),
    # Blind gold set 10 of issue 8 (tests/gold/heldout10_*.json): the figures of record as floors.
    #
    # Nine government work reports, the last unused ones of the lead's reserve (national 1981, 1983,
    # 1985, 2004, 2013, 2014; 天津, 广西, 新疆 2026), picked by the lead's seeded shuffle
    # (holdout9/select.py), outlined by hand from the texts before drafter ran on any of them,
    # committed apart (18:30 UTC), and kept from everyone who changed rules until main 5d1fc76 was
    # scored once, after the fixers' last landing (20:15 UTC). The floors are those blind figures
    # (rounded down): they catch a change that loses what the parser already gets right on texts it
    # was never tuned on. Raise them when a fix lifts a figure; the blind figures themselves stay the
    # ones written here and in tests/gold/README.md. Documents below the issue's 0.8 are xfails with
    # their reason in test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.
    #
    # Blind figures (main 5d1fc76, 20:17 UTC): level-1/2 heading F1 mean 0.977, min 0.791 (below
    # 0.8: 天津 2026 0.791, its 二、's run-in 一是…九是 paragraphs read as a list — drafter's own doubt
    # says so; the other eight 1.000); title right 9/9, date right 9/9; closing starts at the gold's
    # own paragraph 8/9 (as blind_sets.py counts: a 结束语 label line before it is skipped; 1981's
    # last 各位代表： over the call is not taken as a closing, none is found); apparatus out of the
    # body 12/12 items, kept with the document 3/6 (the 来源 lines, as the metadata's source; the
    # 时间 lines are not kept). Per form, mean F1 (source 0.977): docx_numbering 0.956, docx_bullets
    # 0.892 (1981, 1983 0.70, 1985 0.83), every other form 0.977. The session-start code (1a325d2)
    # gave the same figures on every document and form.
    #
    # Since then (set 10 is development data now, so these are fits, not blind figures): f8-runin
    # (session 21) took 天津's 一是…九是 as 二、's points (a colon list carrying most of its part:
    # 1.000) and 1981's last 各位代表： standing alone over the call as the closing (9/9); the floors
    # follow: every document 1.0, mean 1.0, closings 9, per form (with f8-word's Word fixes)
    # docx_bullets 0.98 (1985 0.83), every other form 1.0.
    # Below 0.8 at the blind scoring, since fixed: heldout10 天津 2026 (0.791 blind: 二、's run-in
    # 一是…九是 after its own opening and the lead-in 实现上述目标，重点从以下几个方面把握： read as a
    # list) is 1.000 since f8-runin's colon list that carries most of its part
    # (outline._part_points); set 10 is development data now, so that figure is a fit.
    BlindSet(
        prefix="heldout10_",
        documents={
            "heldout10_gwr_national_1981": 1.0,
            "heldout10_gwr_national_1983": 1.0,
            "heldout10_gwr_national_1985": 1.0,
            "heldout10_gwr_national_2004": 1.0,
            "heldout10_gwr_national_2013": 1.0,
            "heldout10_gwr_national_2014": 1.0,
            "heldout10_gwr_province_2026_天津市": 1.0,
            "heldout10_gwr_province_2026_广西壮族自治区": 1.0,
            "heldout10_gwr_province_2026_新疆维吾尔自治区": 1.0,
        },
        mean=1.0,
        closings=9,  # documents whose closing starts at the gold's own paragraph
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=6,  # notes, endnotes, source lines kept with the document (3 before ol3)
        forms=every_form(
            1.0,
            # raised after f8-word and the colon-list rules (development figures, set 10 is no
            # longer blind): 2004's lead lines read with Word's part numbers, 1981/1983 bullets
            # kept under their parts
            docx_numbering=1.0,
            docx_bullets=1.0,  # fm: 1985 0.83 -> 1.000
            docx_boldlead=1.0,  # level-2 headings marked by bold alone (fm: 1.000)
            html_bold=1.0,  # outline shown by bold and centring (hb, s23)
            html_boldlead=1.0,  # fm: 1.000
        ),
    ),
    # Blind gold set 11 of issue 8 (tests/gold/heldout11_*.json): the figures of record as floors.
    #
    # Twelve speeches (5 of the selected works in corpus/speeches/mao, 7 company speeches in
    # corpus/speeches/ren) with no outline gold before, 2,000–9,000 characters, picked by the lead's
    # seeded shuffle (holdout11/pick.py, seed 20261204), outlined by hand from the texts by a helper
    # who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 11"), committed
    # apart (11:40 UTC, sha256 recorded) and kept from everyone who changed rules (the bench tools
    # skip HOLDOUT.txt) until main a43b53a was scored once, after the fixers' last landing.
    #
    # Blind figures (main a43b53a, session 24): level-1/2 heading F1 mean 0.986, min 0.833 (ren
    # 20131111: 四、's run-in 第一，/第二， not taken as its points; the other eleven 1.000); title right
    # 12/12, date right 12/12; closing starts at the gold's own paragraph 4/12 (three of them texts
    # with no closing, rightly none found; of the nine with one, only mao v2_019's found — the genre's
    # weakest point: articles and company speeches that end on a last point, a greeting after a
    # working part, a summary inside the last part); apparatus out of the body 23/23, kept with the
    # document 15/17. Per form (bench/format_robustness.py --gold 'heldout11_*'): docx_bullets 0.967,
    # docx_boldlead and html_boldlead 0.971, every other form 0.986. The floors are those figures
    # rounded down.
    BlindSet(
        prefix="heldout11_",
        documents={
            "heldout11_mao_v2_019": 1.0,
            "heldout11_mao_v3_015": 1.0,
            "heldout11_mao_v4_020": 1.0,
            "heldout11_mao_v4_026": 1.0,
            "heldout11_mao_v5_061": 1.0,
            "heldout11_ren_1997": 1.0,
            "heldout11_ren_19970217": 1.0,
            "heldout11_ren_20061214": 1.0,
            "heldout11_ren_20121115": 1.0,
            "heldout11_ren_20131111": 1.0,  # 0.83 at the blind scoring: 四、's 第一，/第二， after 因此：
            "heldout11_ren_20140723": 1.0,
            "heldout11_ren_20181017": 1.0,
        },
        mean=0.98,
        # documents whose closing starts at the gold's own paragraph: 4 at the blind scoring, 10 after
        # cl3's rules (development data since; the two left are mao articles that end on a forecast)
        closings=12,  # 10 before a text with no parts closed by position (session 27)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=17,  # notes, endnotes, source lines kept with the document (15 before ol3)
        # fm: docx_bullets 0.981 -> 1.000, the bold-lead forms 0.971 -> 1.000
        forms=every_form(0.98, docx_bullets=1.0, docx_boldlead=1.0, html_boldlead=1.0),
    ),
    # Blind gold set 12 of issue 8 (tests/gold/heldout12_*.json): the figures of record as floors.
    #
    # Twelve speeches (6 of the selected works in corpus/speeches/mao, 6 company speeches in
    # corpus/speeches/ren) with no outline gold before, 2,000–9,000 characters, picked by the lead's
    # seeded shuffle (holdout12/pick.py, seed 20261205), outlined by hand from the texts by a helper
    # who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 12"), committed
    # apart (14:17 UTC, sha256 recorded) and kept from everyone who changed rules (HOLDOUT.txt) until
    # main 20cda41 was scored once, after the rule writers' last landing.
    #
    # Blind figures (main 20cda41, session 25): level-1/2 heading F1 mean 0.995, min 0.941 (ren
    # 20150730: 一、's two points 首先要明确一点… and 第二，… missed; the other eleven 1.000); title right 12/12, date right
    # 12/12; closing starts at the gold's own paragraph 5/12 — of the eleven texts with a closing,
    # four ren found and mao v5_007's 总之; two mao found one or two paragraphs off the gold (v2_015
    # takes only its last call, v3_027 its 让我们… after the gold's one-line summary), five found
    # none (mao articles ending on a slogan, a congress line or a telegram's request; two ren
    # speeches ending on a resolve); ren 20000717 rightly none. Apparatus out of the body 31/31,
    # kept with the document 22/23. The session-start code (c9d94df) scored the same except closing
    # 4/12 and apparatus kept 19/23. Per form (bench/format_robustness.py --gold 'heldout12_*'):
    # docx_glued 0.978, docx_bullets 0.992, every other form 0.995. The floors are those figures
    # rounded down.
    #
    # Development since (cl4, session 25): closing 5 -> 10 -> 12/12 with rules for the shapes these
    # texts end on, checked over the whole corpus (a request for a reply, a one-line verdict above the
    # call, antithetical lines after the argument, a confident forecast of the whole struggle; then a
    # last paragraph in the speakers' 我们 that takes up the title's subject again).
    BlindSet(
        prefix="heldout12_",
        documents={
            "heldout12_mao_v2_015": 1.0,
            "heldout12_mao_v2_015_2": 1.0,
            "heldout12_mao_v3_026": 1.0,
            "heldout12_mao_v3_027": 1.0,
            "heldout12_mao_v5_007": 1.0,
            "heldout12_mao_v5_020": 1.0,
            "heldout12_ren_19960128": 1.0,
            "heldout12_ren_20000717": 1.0,
            "heldout12_ren_20120412": 1.0,
            "heldout12_ren_20131125": 1.0,
            "heldout12_ren_20150108": 1.0,
            "heldout12_ren_20150730": 0.94,  # 一、's 首先…/第二， points missed
        },
        mean=0.99,
        closings=12,  # documents whose closing starts at the gold's own paragraph
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=22,  # notes/endnotes/source lines kept with the document
        # fm: docx_glued 0.978 -> 0.995 (ren 20120412: 二、 typed after 统一、)
        forms=every_form(0.99),
    ),
    # Blind gold set 13 of issue 8 (tests/gold/heldout13_*.json): the figures of record as floors.
    #
    # A second blind set drawn in the same session as set 12, to see whether that session's fixes,
    # made once set 12 was scored and released, held on texts nobody had read: twelve speeches (6 mao,
    # 6 ren) with no outline gold, 2,000–9,000 characters, picked by the lead's seeded shuffle
    # (holdout13/pick.py, seed 20261206), outlined by hand by a helper who neither ran drafter nor read
    # its code (tests/gold/README.md, "Blind set 13"), committed apart (60f1e5f, 15:39 UTC) and kept
    # from the rule writers (HOLDOUT.txt) until main c182240 was scored once, after their last landing.
    #
    # Blind figures (main c182240, session 25): level-1/2 heading F1 mean 0.895 (BELOW the issue's
    # 0.9), min 0.000 — mao v5_067 做革命的促进派, whose points run 第二点…第五点, 最后一点 (the first
    # point is the opening) and are found as none; mao v2_014 0.909 (第六，我要说到延安的青年运动 missed); ren
    # 20170711 0.833 (an unnumbered line over （1）–（7） missed); the other nine 1.000. Title 12/12,
    # date 12/12; closing at the gold's own paragraph 5/12 — the four texts without one rightly none,
    # and of the eight with one only ren 20160813's found (20150827's taken at its last paragraph, the
    # gold's at the part 五 that takes the title up again; six found none). Apparatus out of the body
    # 24/24, kept 18/18. The session-start code (c9d94df) scored the same but apparatus kept 16/18:
    # this session's closing work (set 11 4/12 -> 10/12 and set 12 5/12 -> 12/12 as development
    # data) moved nothing here. Per form (bench/format_robustness.py --gold 'heldout13_*'):
    # docx_styles 0.830 (ren 20170711 as Word styles 0.05), docx_bullets 0.833, docx_glued 0.846, docx_boldlead and html_boldlead 0.885,
    # every other form 0.895. The floors are those figures rounded down.
    #
    # As development data (session 26, cl5): closing 5/12 -> 7/12 (v2_014 and ren 20130904 found by
    # ``closing.turns_to_whole``, the last paragraph that addresses the listeners, calls on them and
    # speaks of the talk or the meeting); on the gold as the closing convention amends it (v4_016's
    # （十九） and ren 20170316 no closing; tests/gold/README.md "Closing convention") 7/12 -> 9/12.
    # Below 0.8 at the blind scoring, since fixed: heldout13_mao_v5_067 (0.000 blind: 做革命的促进派's
    # points run 第二点…第六点, 最后一点, the first point being the opening) is 1.000 since ol4: a long
    # run of 第N点 may start at 第二 unannounced when each point heads paragraphs of its own, and
    # 最后一点 ends a run of 第N点.
    BlindSet(
        prefix="heldout13_",
        documents={
            "heldout13_mao_v2_014": 1.0,  # 0.909 blind (最后，第六，… missed); 1.000 since ol4
            "heldout13_mao_v2_017": 1.0,
            "heldout13_mao_v4_016": 1.0,
            "heldout13_mao_v4_040": 1.0,
            "heldout13_mao_v4_069": 1.0,
            "heldout13_mao_v5_067": 1.0,  # 0.0 blind (none found); 1.000 since ol4
            "heldout13_ren_20130904": 1.0,
            "heldout13_ren_20131222": 1.0,
            "heldout13_ren_20150827": 1.0,
            "heldout13_ren_20160813": 1.0,
            "heldout13_ren_20170316": 1.0,
            "heldout13_ren_20170711": 1.0,  # 0.833 blind (an unnumbered line over （1）–（7）); 1.000
        },
        mean=1.0,  # 0.895 blind; 1.000 since ol4
        closings=8,  # closing at the gold's own paragraph (5 blind; cl5's turns_to_whole: 7;
        # a text with no parts closed by position, session 27: 8)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=18,  # notes/endnotes/source lines kept with the document
        # (blind: docx_styles 0.830, docx_bullets 0.833, docx_glued 0.846, the bold-lead forms 0.885,
        # the rest 0.895; since ol4: ren 20170711 as Word styles 0.05 -> 1.000, every form 1.000 but
        # docx_bullets 0.968, docx_glued 0.989, the bold-lead forms 0.989)
        forms=every_form(
            1.0,
            docx_bullets=1.0,  # fm: 0.968 -> 1.000
            docx_boldlead=1.0,  # fm: 0.989 -> 1.000
            docx_glued=0.98,
            html_boldlead=1.0,
        ),
    ),
    # Blind gold set 14 of issue 8 (tests/gold/heldout14_*.json): the figures of record as floors.
    #
    # Twelve speeches (6 mao, 6 ren) with no outline gold, 2,000–9,000 characters, picked by the lead's
    # seeded shuffle (holdout14/pick.py, seed 20261207) at the start of session 26, outlined by hand
    # by a helper who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 14"),
    # committed apart (4b9e028, 16:52 UTC) and kept from the rule writers (HOLDOUT.txt) until main
    # f7ea257 was scored once, after the session's last landing. ../shared holds no speech that no
    # gold names: each of these twelve has a study gold (two of them a closing in the study's
    # bookends gold), so rule writers may have read them before, though never their outlines' gold.
    #
    # Blind figures (main f7ea257, session 26): level-1/2 heading F1 mean 0.967, min 0.750 — ren
    # 20140311 (under 三、 two run-in paragraphs 第一，/第二， that the gold makes the part's level-2
    # points, read as body), ren 20060904 0.857 (a lone 前　言 line over the opening, level 1 by the
    # gold's call); the other ten 1.000. Title 12/12, date 12/12, closing at the gold's own paragraph
    # 6/12, apparatus out of the body 25/25, kept 17/17. The session-start code (1d22b21) scored the
    # same on every measure: the session's outline and closing work (ol4, cl5) moved nothing here.
    # Per form (bench/format_robustness.py --gold 'heldout14_*'): docx_glued 0.905 (one text 0.0),
    # docx_bullets 0.952, docx_boldlead and html_boldlead 0.965, docx_styles 0.979, every other form
    # 0.967. The floors are those figures rounded down.
    # Below 0.8 at the blind scoring, since fixed: heldout14_ren_20140311 (0.750 blind: under 三、
    # two run-in paragraphs 第一，…/第二，…, the part's points by the gold, read as its body) is 1.000
    # since ol5: a run from 第一 that is the only sub-structure of a numbered part is its points
    # (sequences.sole_points; the rule counted on every gold file, bench/runin_survey.py), as set
    # 15's ren 20170224.
    BlindSet(
        prefix="heldout14_",
        documents={
            "heldout14_mao_v2_020": 1.0,
            "heldout14_mao_v3_028": 1.0,
            "heldout14_mao_v4_002": 1.0,
            "heldout14_mao_v4_007": 1.0,
            "heldout14_mao_v4_067": 1.0,
            "heldout14_mao_v4_068": 1.0,
            "heldout14_ren_20060904": 0.85,  # a lone 前　言 line over the opening missed
            "heldout14_ren_20111031": 1.0,
            "heldout14_ren_20131228": 1.0,
            "heldout14_ren_20140311": 1.0,  # 0.750 blind (第一，/第二， under 三、 read as body); ol5
            "heldout14_ren_20170117": 1.0,
            "heldout14_ren_20170602": 1.0,
        },
        mean=0.98,  # 0.967 blind; 0.988 since ol5 (a part's sole points, sequences.sole_points)
        closings=8,  # closing at the gold's own paragraph (blind 6; by position, session 27: 8)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=17,  # notes/endnotes/source lines kept with the document
        # (since ol5: 0.988 in most forms, docx_styles 1.000, docx_bullets 0.973; the bold-lead forms,
        # whose level-2 headings lose their markers, and docx_glued unchanged)
        forms=every_form(
            0.98,
            docx_glued=0.98,  # fm: 0.905 -> 0.988 (ren 20140311 0.0 -> 1.0)
            docx_bullets=0.98,  # fm: 0.973 -> 0.988
            docx_boldlead=0.98,  # fm: 0.965 -> 0.985
            html_boldlead=0.98,
        ),
    ),
    # Blind gold set 15 of issue 8 (tests/gold/heldout15_*.json): the figures of record as floors.
    #
    # A second set drawn in session 26 (holdout15/pick.py, seed 20261208) at 17:20 UTC, while the
    # rule writers were at work (their corpus sweeps before then may have passed over these texts; the
    # bench tools skip HOLDOUT.txt from then on): twelve speeches (6 mao, 6 ren) with no outline gold,
    # 2,000–9,000 characters, outlined by hand by a helper who neither ran drafter nor read its code
    # and who had the closing convention of tests/gold/README.md (written by cl5 that session) to
    # follow (tests/gold/README.md, "Blind set 15"); committed apart (89386f1, 17:23 UTC), scored once
    # on main f7ea257 after the last landing.
    #
    # Blind figures: level-1/2 heading F1 mean 0.900, min 0.000 — mao v3_014 质问国民党 (the gold makes
    # 首先看国民党的军队 / 其次看国民党的党务 the editorial's two level-1 halves, a call its annotator
    # marked hard; drafter finds no outline), ren 20170224 0.800 (two run-in 第一，/第二， paragraphs
    # inside a part, level 2 by the gold, read as body — the class of set 14's ren 20140311); the
    # other ten 1.000. Title 12/12, date 12/12, closing at the gold's own paragraph 4/12, apparatus
    # out of the body 22/22, kept 18/18. The session-start code (1d22b21) scored the same on every
    # measure. Per form: docx_glued 0.883, every other form 0.900. Floors: those figures rounded down.
    BlindSet(
        prefix="heldout15_",
        documents={
            "heldout15_mao_v3_014": 1.0,  # 0.000 blind (首先看…/其次看… halves); ol52
            "heldout15_mao_v3_016": 1.0,
            "heldout15_mao_v4_033": 1.0,
            "heldout15_mao_v4_043": 1.0,
            "heldout15_mao_v5_029": 1.0,
            "heldout15_mao_v5_052": 1.0,
            "heldout15_ren_20000320": 1.0,
            "heldout15_ren_200702": 1.0,
            "heldout15_ren_20080902": 1.0,
            "heldout15_ren_20101206": 1.0,
            "heldout15_ren_20161130": 1.0,
            "heldout15_ren_20170224": 1.0,  # 0.800 blind (第一，/第二， in a part read as body); ol5
        },
        mean=0.99,  # 0.900 blind; 0.917 since ol5 (a part's sole points); 1.000 since ol52
        closings=6,  # closing at the gold's own paragraph (blind 4; by position, session 27: 6)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=18,  # notes/endnotes/source lines kept with the document
        # (since ol5: 0.917 in most forms; docx_glued and the bold-lead forms 0.900)
        # fm: the bold-lead forms 0.900 -> 0.917 (ren 20170224: two bold leads under bold parts)
        # fm: docx_glued 0.900 -> 0.917 (ren 20000320: 第二点， typed on)
        forms=every_form(0.91),
    ),
    # Blind gold set 16 of issue 8 (tests/gold/heldout16_*.json): the figures of record as floors.
    #
    # Twelve speeches (6 mao, 6 ren) with no outline gold, 2,000–9,000 characters, picked by the lead's
    # seeded shuffle (holdout16/pick.py, seed 20261209) at the start of session 27 (19:25 UTC, before
    # any helper started), outlined by hand by a helper who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 16"), committed apart (g16o 4c3c193, 19:32 UTC) and kept from
    # the rule writers (HOLDOUT.txt) until main beaf87a was scored once, after the session's rule
    # work had landed. Each text has a study gold of older sessions, so rule writers may have read
    # them before, though never their outlines' gold.
    #
    # Blind figures (main beaf87a, session 27): level-1/2 heading F1 mean 0.888, min 0.000 — ren
    # 20080215 (points numbered from 第二个 in three shapes, 第二个… / 第三， / 第五个问题, the first
    # point being the opening: none found), mao v2_005 0.769 (先说…/其次…/其次… under a part, level 2
    # by the gold), ren 20160805 0.889 (two 1、/2、 points under a speaker's line missed); the other
    # nine 1.000. Title 12/12, date 12/12, closing at the gold's own paragraph 10/12, apparatus out of
    # the body 25/25, kept 18/18. The session-start code (9f059ab) scored the same but closing 9/12
    # (the closing by position of a text with no parts: two found, ren 2003's null broken). Per form
    # (bench/format_robustness.py --gold 'heldout16_*'): docx_pasted 0.818, docx_glued 0.881, the
    # bold forms and html_p 0.884, every other form 0.888 (start: docx_bullets 0.864, bold-lead 0.878).
    # The floors are those figures rounded down (ren 20080215's, the mean's and the forms' raised
    # since: see FLOORS).
    # Below 0.8 at the blind scoring, since fixed: heldout16_ren_20080215 (0.000 blind: the points
    # run 第二个…, 第三，, 第四，, 第五个问题 in three marker shapes, the first point being the opening)
    # is 1.000 since ol6: a run of 第N in two shapes or more, run into their paragraphs, at least four
    # long, is one run of points (sequences._runin_mixed then, spoken_series since session 38;
    # counted on every gold file, bench/runin_survey.py).
    BlindSet(
        prefix="heldout16_",
        documents={
            # 0.769 blind: 先说/其次/其次 under the 八路军 part, level 2 by the gold then; body
            # since ol54 (gold changed: the part is not made of them, tests/gold/README.md)
            "heldout16_mao_v2_005": 1.0,
            "heldout16_mao_v2_038": 1.0,
            "heldout16_mao_v4_044": 1.0,
            "heldout16_mao_v5_008": 1.0,
            "heldout16_mao_v5_016": 1.0,
            "heldout16_mao_v5_064": 1.0,
            "heldout16_ren_2003": 1.0,
            "heldout16_ren_20080215": 1.0,  # 0.0 blind (points from 第二个 in three shapes); ol6
            "heldout16_ren_20090327": 1.0,
            "heldout16_ren_20160804": 1.0,
            "heldout16_ren_20160805": 1.0,  # 0.889: a colon-announced 1、/2、 missed; ol52 1.000
            "heldout16_ren_20171024": 1.0,
        },
        mean=0.99,  # 0.888 blind; 0.972 ol6 (ren 20080215 0.000 -> 1.000); 0.981 ol52; ol54 1.000
        closings=9,  # at the gold's own paragraph (blind 10; start 9; 9 s38: 20160805 false)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=18,  # notes/endnotes/source lines kept with the document
        # (blind: 0.88, docx_pasted 0.81; ol6 raised all but docx_numbering, which stays 0.888)
        forms=every_form(0.96, docx_numbering=0.88, docx_pasted=0.90),
    ),
    # Blind gold set 17 of issue 8 (tests/gold/heldout17_*.json): the figures of record as floors.
    #
    # A second set drawn in session 27 (holdout17/pick.py, seed 20261210) at 19:52 UTC, while the rule
    # writers were at work: twelve speeches (6 mao, 6 ren) with no outline gold, 2,000–9,000
    # characters, leaving out texts in the study bookends gold (their closings are gold already) and 27
    # texts whose last paragraph the lead had printed that session; outlined by hand by a helper who
    # neither ran drafter nor read its code (tests/gold/README.md, "Blind set 17"), committed apart
    # (g17o 0103009, 19:55 UTC), and scored once on main beaf87a after the session's rule work had
    # landed. A second helper wrote the closings again on its own (tests/gold/second_annotator/):
    # 11 of 12 alike.
    #
    # Blind figures (main beaf87a, session 27): level-1/2 heading F1 mean 1.000, min 1.000 (eight of
    # the twelve have no outline, and drafter made none). Title 12/12, date 12/12, closing at the
    # gold's own paragraph 7/12 (session-start code 9f059ab: 6/12; by position two more found, mao
    # v4_057's null broken), apparatus out of the body 25/26, kept 18/19. Per form: 1.000 in every
    # form. The floors are those figures rounded down.
    BlindSet(
        prefix="heldout17_",
        documents={
            "heldout17_mao_v2_016": 1.0,
            "heldout17_mao_v3_020": 1.0,
            "heldout17_mao_v4_004": 1.0,
            "heldout17_mao_v4_049": 1.0,
            "heldout17_mao_v4_057": 1.0,
            "heldout17_mao_v5_001": 1.0,
            "heldout17_ren_19961202": 1.0,
            "heldout17_ren_19970428": 1.0,
            "heldout17_ren_20070808": 1.0,
            "heldout17_ren_20090827": 1.0,
            "heldout17_ren_20140513": 1.0,
            "heldout17_ren_20150902": 1.0,
        },
        mean=0.99,  # 1.000 blind
        closings=8,  # closing at the gold's own paragraph (blind 7; start code 6; 8 session 30)
        in_body_ceiling=1,  # gold apparatus items still found in the body (25 of 26 out)
        kept=18,  # notes/endnotes/source lines kept with the document (18 of 19)
        forms=every_form(0.99),
    ),
    # Blind gold set 18 of issue 8 (tests/gold/heldout18_*.json): the figures of record as floors.
    #
    # The session's third set, drawn in session 27 (holdout18/pick.py, seed 20261211) at 20:53 UTC, after
    # sets 16 and 17 had been scored and released and before the last three helpers (ol6, rd4, ux7)
    # began: twelve speeches (6 mao, 6 ren) with no outline gold, 2,000–9,000 characters, leaving out
    # texts in the study bookends gold and 27 texts whose last paragraph the lead had printed; outlined
    # by hand by a helper who neither ran drafter nor read its code (tests/gold/README.md, "Blind set
    # 18"), committed apart (g18o d0718f5, 20:56 UTC), and scored once on main 9f45282 after the
    # session's last landing.
    #
    # Blind figures (main 9f45282, session 27): level-1/2 heading F1 mean 0.867, min 0.000 — mao v5_054
    # (the gold reads 第一个时期… / 第二个时期… as prose, drafter makes them level-1 headings), ren
    # 20010424 0.400 (three part titles end in the small question mark ﹖, which the gold drops and
    # drafter keeps: the headings are found, their text differs by that mark); the other ten 1.000.
    # Title 12/12, date 11/12 (北国之春: the gold takes the date from a closing （2001年4月24日）, a call
    # its annotator marked against the convention's letter), closing at the gold's own paragraph 7/12,
    # apparatus out of the body 26/26, kept 19/19. The session-start code (9f059ab) scored the same
    # but closing 6/12 (by position two found, mao v3_009's null broken). Per form: 0.867 in every
    # form. The floors are those figures rounded down. Session 28: closing 8/12 (v3_009's last paragraph
    # opens on 但是，, which carries the argument on, so position gives it no closing), then 9/12 (mao v5_049:
    # 以上各项，… under the last of seventeen items with no text of their own is no item's text).
    # Below 0.8 at the blind scoring, since fixed: heldout18_ren_20010424 (0.400 blind: part titles
    # ending in the small question mark ﹖, which the gold drops) is 1.000 since clean.py reads small
    # forms as the ordinary marks.
    BlindSet(
        prefix="heldout18_",
        documents={
            "heldout18_mao_v2_035": 1.0,
            "heldout18_mao_v3_009": 1.0,
            "heldout18_mao_v3_010": 1.0,
            "heldout18_mao_v4_066": 1.0,
            "heldout18_mao_v5_049": 1.0,
            "heldout18_mao_v5_054": 1.0,  # 0.000 blind (第一个时期/第二个时期 made headings); ol52
            "heldout18_ren_19950110": 1.0,
            "heldout18_ren_20010424": 1.0,  # 0.400 blind (titles kept ﹖); small forms read, session 27
            "heldout18_ren_20131129": 1.0,
            "heldout18_ren_20140409": 1.0,
            "heldout18_ren_20141218": 1.0,
            "heldout18_ren_20170826": 1.0,
        },
        mean=0.99,  # 0.867 blind; 0.917 once small forms read as the ordinary marks; 1.000 ol52
        closings=10,  # closing at the gold's own paragraph (blind 7; start code 6; session 28: 9;
        # ol52: 10, mao v5_054's once its periods are prose)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=19,  # notes/endnotes/source lines kept with the document
        forms=every_form(0.86),
    ),
    # Blind gold set 19 of issue 8 (tests/gold/heldout19_*.json): the figures of record as floors.
    #
    # The first set of session 28, drawn (holdout19/pick.py, seed 20261212) at 22:17 UTC, before any
    # helper began: twelve speeches (6 mao, 6 ren) with no outline gold, 2,000–9,000 characters,
    # leaving out texts in the study bookends gold and texts whose stem tests/, bench/, docs/ or
    # drafter/ names; outlined by hand by a helper who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 19"), kept from the rule writers (HOLDOUT.txt), and scored once
    # on main 26dcc7d after the session's last rule landing.
    #
    # Blind figures (main 26dcc7d, session 28): level-1/2 heading F1 mean 0.917, min 0.000 — mao v5_047
    # (序言一 / 序言二, two part titles with no marker, are level-1 headings by the gold; drafter finds
    # no outline); the other eleven 1.000. Title 12/12, date 12/12, closing at the gold's own paragraph
    # 7/12 (real closings 6 of 11), apparatus out of the body 26/26, kept 18/18. Per form: 0.917 in
    # every form but docx_styles, 1.000 (the heading style marks the two part titles). The
    # session-start code (cdf6194) scored the same on every figure.
    #
    # The floors are the figures measured at the release (main e20c96f), rounded down, the blind one
    # beside each that differs: 81d1327 (named parts counted by a numeral, 序言一 / 序言二, are part
    # headings) landed at 23:44, after the blind scoring and written on this set's one miss, made mao
    # v5_047 1.000 — a fit to the set, no blind credit: mean 1.000, every form 1.000 (docx_glued
    # since 635eacd, which splits a glued 序言二 off the paragraph before it).
    # Below 0.8 at the blind scoring, since fixed: heldout19_mao_v5_047 (0.000 blind: 序言一 /
    # 序言二, part titles with no marker, not found) is 1.000 since 81d1327 (named parts counted by a
    # numeral), written on that miss after the scoring.
    BlindSet(
        prefix="heldout19_",
        documents={
            "heldout19_mao_v2_011": 1.0,
            "heldout19_mao_v3_017": 1.0,
            "heldout19_mao_v4_005": 1.0,
            "heldout19_mao_v5_036": 1.0,
            "heldout19_mao_v5_047": 1.0,  # 0.000 blind (序言一/序言二 not found); 81d1327 after it
            "heldout19_mao_v5_053": 1.0,
            "heldout19_ren_19951118": 1.0,
            "heldout19_ren_199904": 1.0,
            "heldout19_ren_20060721": 1.0,
            "heldout19_ren_20161028": 1.0,
            "heldout19_ren_20170807": 1.0,
            "heldout19_ren_20180623": 1.0,
        },
        mean=0.99,  # 0.917 blind; 1.000 after 81d1327
        closings=7,  # closing at the gold's own paragraph (blind 7, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=18,  # notes/endnotes/source lines kept with the document
        # (blind: 0.917 in every form but docx_styles, 1.000)
        forms=every_form(0.99),
    ),
    # Blind gold set 20 of issue 8 (tests/gold/heldout20_*.json): the figures of record as floors.
    #
    # The second set of session 28, drawn (holdout20/pick.py, seed 20261213) at 22:20 UTC and added to
    # HOLDOUT.txt at 22:21, about two minutes after the five rule and UI helpers began (told to filter
    # HOLDOUT.txt, read at run time, before printing anything): twelve speeches (6 mao, 6 ren) with no
    # outline gold, 2,000–9,000 characters, leaving out set 19, the study bookends gold, texts whose
    # stem tests/, bench/, docs/ or drafter/ names, and any other version (第X卷_NNN) of a golded
    # text; outlined by hand by a helper who neither ran drafter nor read its code (tests/gold/README.md,
    # "Blind set 20"), and scored once on main 26dcc7d after the session's last rule landing.
    #
    # Blind figures (main 26dcc7d, session 28): level-1/2 heading F1 mean 0.891, min 0.000 — ren
    # 20100910 (three one-sentence theme lines standing alone are unnumbered part titles by the gold,
    # its annotator's hard call; drafter leaves them as body), ren 20161201 0.800 (the gold makes
    # 第一层防线… and then 第二，第三， level 2 under 一、; drafter finds none of them), mao v4_014 0.889
    # ((四) cut at its colon by the gold, 这种战法的效果是, whole by drafter); the other nine 1.000. Title
    # 12/12, date 12/12, closing at the gold's own paragraph 8/12 (real closings 4 of 6), apparatus out
    # of the body 28/28, kept 19/19. Per form: 0.891 in the plain forms, docx_numbering 0.883,
    # docx_styles 0.974, the bold and paragraph-page forms 0.985–0.991 (bold marks ren 20100910's
    # theme lines). The session-start code (cdf6194) scored the same on every figure.
    #
    # The floors are the figures measured at the release (main e20c96f), rounded down, the blind one
    # beside each that differs: cbd321e (a colon before a list counted by a repeated verb, 一能…二能,
    # ends the heading), landed at 23:57 after the blind scoring and written on mao v4_014's miss,
    # made it 1.000 — a fit to the set, no blind credit: mean 0.900, forms 0.892 (docx_numbering) to
    # 1.000 (the bold-lead forms).
    BlindSet(
        prefix="heldout20_",
        documents={
            "heldout20_mao_v2_028": 1.0,
            "heldout20_mao_v4_010": 1.0,
            "heldout20_mao_v4_012": 1.0,
            "heldout20_mao_v4_014": 1.0,  # 0.889 blind ((四) whole, not cut at its colon); cbd321e
            "heldout20_mao_v4_070": 1.0,
            "heldout20_mao_v5_006": 1.0,
            "heldout20_ren_19960828": 1.0,
            "heldout20_ren_20060719": 1.0,
            "heldout20_ren_20100910": 0.0,  # three unnumbered theme lines: part titles by the gold
            "heldout20_ren_20140624": 1.0,
            "heldout20_ren_20150318": 1.0,
            # 0.800 blind: 第一层防线… and 第二，第三， under 一、 not found; 0.929 since ap43
            # (第X + a classifier + its noun before ：/， is a point: the three 防线 found)
            "heldout20_ren_20161201": 0.92,
        },
        mean=0.91,  # 0.891 blind; 0.900 after cbd321e; 0.911 after ap43
        closings=9,  # closing at the gold's own paragraph (blind 8; start code 8; 9 session 30)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=19,  # notes/endnotes/source lines kept with the document
        # (blind: 0.891 in the plain forms, docx_numbering 0.883, docx_styles 0.974, docx_bold, html_p
        # and html_bold 0.985, the bold-lead forms 0.991; the plain forms 0.900 after cbd321e, 0.911
        # after ap43, docx_styles, docx_bold, html_p and html_bold 0.994, the bold-lead forms 1.000)
        forms=every_form(
            0.91,
            docx_styles=0.99,
            docx_bold=0.99,
            html_p=0.99,
            html_bold=0.99,
            docx_boldlead=1.0,
            html_boldlead=1.0,
        ),
        xfails={
            "heldout20_ren_20100910": "0.000 blind: three one-sentence theme lines standing alone are "
            "unnumbered part titles by the gold (its annotator's hard call; alternative: no outline); "
            "drafter leaves them as body (the bold forms find them)",
        },
    ),
    # Blind gold set 21 of issue 8 (tests/gold/heldout21_*.json): the figures of record as floors.
    #
    # The first set of session 29, drawn (holdout21/pick.py, seed 20261214) at 01:26 UTC and listed in
    # HOLDOUT.txt before any helper began (01:27): twelve speeches (6 mao, 6 ren) from a pool of 150
    # with no outline gold, 2,000–9,000 characters, leaving out the study bookends gold, session 28's
    # scored hold-out, texts whose stem tests/, bench/, docs/ or drafter/ names, and any other version
    # (第X卷_NNN) of a golded text; outlined by hand by a helper (g21o) who neither ran drafter nor read
    # its code (tests/gold/README.md, "Blind set 21"), and scored once on main 1ee4a10 after the
    # session's last rule landing.
    #
    # Blind figures (main 1ee4a10, session 29): level-1/2 heading F1 mean 0.901, min 0.000 — mao
    # v2_031_2 (the part numerals stand with no punctuation before their headings, 二最近日汪协定…,
    # 三为了力争…, and the run starts at 二, 一's numeral lost: drafter finds none of them), ren 20070703
    # 0.815 (16 numbered questions 1（…）…16（…）; 12（财务部…） to 15（…） missed); the other ten 1.000.
    # Title 12/12, date 11/12 (ren 20150504: the gold dates it from a （2015年5月4日） closing the
    # text, test_metadata_shared.py's KNOWN_WRONG), closing at the gold's own paragraph 9/12 (real
    # closings 3 of 6), apparatus out of the body 24/25 (mao v2_031_2's source line 解放九八•九九期合刊
    # stays in the body), kept 17/18. Per form (this module's measure, re-run on the end code 1ee4a10
    # at the release; the lead's scoring printed only the last forms): 0.901 in the plain forms,
    # docx_styles 0.940, the bold and paragraph-page forms 0.974 (bold marks v2_031_2's part lines;
    # ren 20070703 falls to 0.688), docx_glued 0.731 (mao v1_011, 第一个问题/第二个问题, and v3_001,
    # 序/跋, fall to 0.000: with one of their two headings typed onto the paragraph before it, the
    # other alone makes no outline). The session-start code (e933998) scored the same on every
    # figure.
    #
    # The floors are the figures measured at the release (main 280ea7f), rounded down: every one is
    # the blind figure (no rule has been written on this set's misses). Raised by ol10 (session 30),
    # whose rules for numbers written without their mark were written on the two misses (not blind):
    # v2_031_2 0.000 -> 1.000, ren 20070703 0.815 -> 1.000, mean 0.901 -> 1.000.
    # Below 0.8 at the blind scoring, since fixed: heldout21_ren_20070703 (0.815 blind: numbered
    # questions 12（…）…15（…） missed) and heldout21_mao_v2_031_2 (0.000 blind: part numerals and a
    # space run into their paragraphs, 二 最近日汪协定…, 三　为了力争…, the run starting at 二) are
    # 1.000 since ol10's rules for numbers written without their mark (session 30), written on those
    # misses after the scoring.
    BlindSet(
        prefix="heldout21_",
        documents={
            "heldout21_mao_v1_010": 1.0,
            "heldout21_mao_v1_011": 1.0,
            "heldout21_mao_v1_016": 1.0,
            "heldout21_mao_v2_031_2": 1.0,  # 0.000 blind: bare part numerals 二…四, found since ol10
            "heldout21_mao_v3_001": 1.0,
            "heldout21_mao_v5_060": 1.0,
            "heldout21_ren_19961228": 1.0,
            "heldout21_ren_199809": 1.0,
            "heldout21_ren_20010118": 1.0,
            "heldout21_ren_20070703": 1.0,  # 0.815 blind: questions 12 （…）… missed, found since ol10
            "heldout21_ren_20090324": 1.0,
            "heldout21_ren_20150504": 1.0,
        },
        mean=1.0,  # 0.901 blind
        closings=9,  # closing at the gold's own paragraph (blind 9; start code 9)
        in_body_ceiling=1,  # gold apparatus items still found in the body (v2_031_2's source)
        kept=17,  # notes/endnotes/source lines kept with the document (of 18)
        # (at the blind scoring: 0.901 plain, docx_styles 0.940, bold forms 0.974, glued 0.731; since
        # ol10: 1.000 in most forms, docx_styles 0.995, docx_numbering 0.985, glued 0.831, scraped 0.997)
        forms=every_form(
            1.0,
            docx_styles=0.99,
            docx_numbering=0.98,
            docx_glued=0.83,
            txt_scraped=0.99,
        ),
    ),
    # Blind gold set 22 of issue 8 (tests/gold/heldout22_*.json): the figures of record as floors.
    #
    # The second set of session 29, drawn in the same run as set 21 (holdout21/pick.py, seed 20261214)
    # at 01:26 UTC and listed in HOLDOUT.txt before any helper began (01:27): twelve speeches (6 mao,
    # 6 ren) from the same pool of 150 with no outline gold, 2,000–9,000 characters, leaving out set
    # 21 and any other version (第X卷_NNN) of its texts, the study bookends gold, session 28's scored
    # hold-out, texts whose stem tests/, bench/, docs/ or drafter/ names, and any other version of a
    # golded text; outlined by hand by a helper (g22o) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 22"), and scored once on main 1ee4a10 after the session's
    # last rule landing.
    #
    # Blind figures (main 1ee4a10, session 29): level-1/2 heading F1 1.000 on every document. Title
    # 12/12, date 12/12, closing at the gold's own paragraph 7/12 (real closings 4 of 8), apparatus
    # out of the body 18/18, kept 12/12; every form 1.000. The session-start code (e933998) scored
    # the same on every figure.
    #
    # The floors are the figures measured at the release (main 280ea7f), rounded down, the blind one
    # beside each that differs: cl7's 424f0f7 (a short last part titled with the document's title is
    # the closing, closing.takes_up_title), written from the closing convention but landed after the
    # blind scoring and knowing from g22o's report that one blind text has that shape, closes ren
    # 199805 where the gold does — 8/12, not blind credit.
    BlindSet(
        prefix="heldout22_",
        documents={
            "heldout22_mao_v3_012": 1.0,
            "heldout22_mao_v3_022": 1.0,
            "heldout22_mao_v4_013": 1.0,
            "heldout22_mao_v4_055": 1.0,
            "heldout22_mao_v4_059": 1.0,
            "heldout22_mao_v4_064": 1.0,
            "heldout22_ren_19961115": 1.0,
            "heldout22_ren_19970626": 1.0,
            "heldout22_ren_199805": 1.0,
            "heldout22_ren_20060430": 1.0,
            "heldout22_ren_200608": 1.0,
            "heldout22_ren_20170111": 1.0,
        },
        mean=0.99,  # 1.000 blind
        closings=9,  # closing at the gold's own paragraph (blind 7, start code 7; 424f0f7 8;
        # session 30's 诸位 over the cheers 9)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=12,  # notes/endnotes/source lines kept with the document
        # (blind: 1.000 in every form)
        forms=every_form(0.99),
    ),
    # Blind gold set 23 of issue 8 (tests/gold/heldout23_*.json): the figures of record as floors.
    #
    # The first set of session 30, drawn (holdout23/pick.py, seed 20261205) at 04:25 UTC and listed in
    # HOLDOUT.txt before any helper began: twelve speeches (6 mao, 6 ren) from a pool widened to
    # 1,200–20,000 characters (211 texts, 38 of them mao) with no outline gold, leaving out the study
    # bookends gold, the scored hold-outs of sessions 28 and 29, texts whose stem tests/, bench/, docs/ or
    # drafter/ names, and any other version (第X卷_NNN) of a golded text; outlined by hand by a helper
    # (g23o) who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 23"), and
    # scored once on main dabfdc2 after the session's last rule landing.
    #
    # Blind figures (main dabfdc2, session 30): level-1/2 heading F1 1.000 on every document (four have
    # no outline: mao v1_017, v4_001, v4_006, v4_060). Title 12/12, date 12/12, closing at the gold's
    # own paragraph 10/12 (real closings 5 of 7; mao v1_017 and ren 2000 get none where the gold
    # closes), apparatus out of the body 20/20, kept 15/15. The study's closing finder is right on
    # 8/12: in mao v4_001 and v4_006 it starts at the 总而言之…/总之… summing-up inside the last
    # paragraph the gold takes whole (test_closing_both_golds.py, STUDY_BELOW_OUTLINE). Per form (this
    # module's measure, re-run at the release on dabfdc2, the end code itself; the lead's scoring
    # printed only the last forms): 1.000 in every form but docx_glued 0.991 (ren 20161121 0.889).
    # The session-start code (280ea7f) scored the same on every figure.
    #
    # The floors are the figures measured at the release (main dabfdc2), rounded down: every one is
    # the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout23_",
        documents={
            "heldout23_mao_v1_004": 1.0,
            "heldout23_mao_v1_017": 1.0,
            "heldout23_mao_v4_001": 1.0,
            "heldout23_mao_v4_006": 1.0,
            "heldout23_mao_v4_025": 1.0,
            "heldout23_mao_v4_060": 1.0,
            "heldout23_ren_2000": 1.0,
            "heldout23_ren_20080715": 1.0,
            "heldout23_ren_20161121": 1.0,
            "heldout23_ren_20170406": 1.0,
            "heldout23_ren_20170427": 1.0,
            "heldout23_ren_20180622": 1.0,
        },
        mean=0.99,  # 1.000 blind
        closings=10,  # closing at the gold's own paragraph (blind 10; start code 10)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=15,  # notes/endnotes/source lines kept with the document
        # (the same at the blind scoring: 1.000, docx_glued 0.991)
        forms=every_form(0.99),
    ),
    # Blind gold set 24 of issue 8 (tests/gold/heldout24_*.json): the figures of record as floors.
    #
    # The second set of session 30, drawn in the same run as set 23 (holdout23/pick.py, seed 20261205)
    # at 04:25 UTC and listed in HOLDOUT.txt before any helper began: twelve speeches (6 mao, 6 ren)
    # from the same pool (1,200–20,000 characters, no outline gold), leaving out set 23 and any other
    # version (第X卷_NNN) of its texts, the study bookends gold, the scored hold-outs of sessions 28
    # and 29, texts whose stem tests/, bench/, docs/ or drafter/ names, and any other version of a
    # golded text; outlined by hand by a helper (g24o) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 24"), and scored once on main dabfdc2 after the session's last
    # rule landing.
    #
    # Blind figures (main dabfdc2, session 30): level-1/2 heading F1 1.000 on every document. Title
    # 12/12, date 12/12, closing at the gold's own paragraph 6/12 (real closings 2 of 7; both finders
    # alike: mao v2_004, v4_065, v5_063 and v5_068 close one or two paragraphs after the gold, ren
    # 19961121 gets none where the gold closes, and ren 20150515, null by the gold, gets one),
    # apparatus out of the body 21/21, kept 15/15. Per form (this module's measure, re-run at the
    # release on dabfdc2, the end code itself; the lead's scoring printed only the last forms): 1.000
    # in every form but docx_glued 0.983 (ren 20150731 0.800). The session-start code (280ea7f)
    # scored the same on every figure.
    #
    # The floors are the figures measured at the release (main dabfdc2), rounded down: every one is
    # the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout24_",
        documents={
            "heldout24_mao_v2_004": 1.0,
            "heldout24_mao_v2_027": 1.0,
            "heldout24_mao_v4_056": 1.0,
            "heldout24_mao_v4_065": 1.0,
            "heldout24_mao_v5_063": 1.0,
            "heldout24_mao_v5_068": 1.0,
            "heldout24_ren_19961121": 1.0,
            "heldout24_ren_20150515": 1.0,
            "heldout24_ren_20150702": 1.0,
            "heldout24_ren_20150731": 1.0,
            "heldout24_ren_201509": 1.0,
            "heldout24_ren_201704": 1.0,
        },
        mean=0.99,  # 1.000 blind
        closings=6,  # closing at the gold's own paragraph (blind 6, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body
        kept=15,  # notes/endnotes/source lines kept with the document
        # (the same at the blind scoring: 1.000, docx_glued 0.983)
        forms=every_form(0.99, docx_glued=0.98),
    ),
    # Blind gold set 25 of issue 8 (tests/gold/heldout25_*.json): the figures of record as floors.
    #
    # The first set of session 31, drawn (holdout25/pick.py, seed 20261207) at 07:02 UTC and listed
    # in HOLDOUT.txt before any helper began: twelve speeches (6 mao, 6 ren) with no outline gold
    # from the pool of 1,200–20,000 characters, leaving out the study bookends gold, the scored
    # hold-outs of sessions 28–30, texts whose stem tests/, bench/, docs/ or drafter/ names, and any
    # other version (第X卷_NNN) of a golded text; short this time (1,244–5,896 characters). Outlined
    # by hand by a helper (g25o) who neither ran drafter nor read its code (tests/gold/README.md,
    # "Blind set 25"), and scored at the session's start (cec19f8, 07:08 UTC) and once more at its
    # end (e66345d, 08:56 UTC), after the session's last rule landing.
    #
    # Blind figures (start code cec19f8; the end code e66345d the same on every figure): level-1/2
    # heading F1 1.000 on every document (eight have no outline; mao v5_014 holds six bare numerals
    # with empty headings). Title 12/12, date 12/12, closing at the gold's own paragraph 9/12 (real
    # closings 5 of 7; both finders alike: mao v2_003 closes a paragraph after the gold, mao v5_024,
    # null by the gold, gets one, ren 20180627 gets none where the gold closes), apparatus out of
    # the body 17/17, kept 13/13. Per form 1.000 in every form (the lead's format_robustness and
    # this module's measure alike).
    #
    # The floors are the figures measured at the release (main 0519bc6, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout25_",
        documents={
            "heldout25_mao_v2_003": 1.0,
            "heldout25_mao_v2_018": 1.0,
            "heldout25_mao_v4_048": 1.0,
            "heldout25_mao_v4_063": 1.0,
            "heldout25_mao_v5_014": 1.0,
            "heldout25_mao_v5_024": 1.0,
            "heldout25_ren_19961213": 1.0,
            "heldout25_ren_199803": 1.0,
            "heldout25_ren_19980716": 1.0,
            "heldout25_ren_20140122": 1.0,
            "heldout25_ren_20180627": 1.0,
            "heldout25_ren_20181121": 1.0,
        },
        mean=0.99,  # 1.000 blind
        closings=9,  # closing at the gold's own paragraph (blind 9; start code 9)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 17)
        kept=13,  # notes/endnotes/source lines kept with the document (blind 13 of 13)
        forms=every_form(0.99),  # 1.000 in every form blind
    ),
    # Blind gold set 26 of issue 8 (tests/gold/heldout26_*.json): the figures of record as floors.
    #
    # The second set of session 31, drawn in the same run as set 25 (holdout25/pick.py, seed
    # 20261207) at 07:02 UTC and listed in HOLDOUT.txt before any helper began: twelve speeches (6
    # mao, 6 ren) from the same pool (1,200–20,000 characters, no outline gold), leaving out set 25
    # and any other version (第X卷_NNN) of its texts, and what set 25's draw left out; longer ones
    # among them (mao v5_048's 43 editor's notes, 19,000 characters; ren 20101203, 15,000; ren
    # 20110414, 12,700). Outlined by hand by a helper (g26o) who neither ran drafter nor read its
    # code (tests/gold/README.md, "Blind set 26"), and scored at the session's start (cec19f8) and
    # once more at its end (e66345d, 08:56 UTC), after the session's last rule landing.
    #
    # Blind figures (start code cec19f8; the end code e66345d the same on every figure): level-1/2
    # heading F1 mean 0.969, min 0.750 (mao v2_021 0.750: the two paragraphs 一、对于占领区域…/二、对于我后方… that
    # （二）'s last sentence 其企图用以解决中国问题的方针是： announces are level 2 by the gold's hard call and body
    # for drafter; ren 20101203 0.873: the gold drops the …… on which the questions 10、 and 14、
    # break off, drafter keeps it, and 3、's answer points 第一个产品是…/第二个是…/第三，… are level 2 by the
    # gold's hard call, body for drafter). Title 12/12, date 11/12 (ren 201209, below). Closing at
    # the gold's own paragraph 10/12 (real closings 1 of 3; both finders alike: ren 20110414 closes
    # at 任总's last turn 我今天想讲的就是这一点，谢谢大家… four paragraphs after the host's summing-up the gold
    # takes, ren 20151031 gets none where the gold closes). Apparatus out of the body 23/24 (mao
    # v5_048's two-line > * 题注 stays in the body), kept 17/18. Per form (this module's measure):
    # docx_glued 0.964, docx_bold, html_p and html_bold 0.972, the bold-lead forms 0.989 (they write
    # the gold's level-2 headings bold, which drafter takes: mao v2_021's 一、二、), every other form
    # 0.969 as the source; the lead's format_robustness gave html_boldlead 0.989 and txt_scraped
    # 0.969 (the last forms it printed).
    #
    # The floors are the figures measured at the release (main 0519bc6, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set). ren
    # 201209's date is in test_metadata_shared.py's KNOWN_WRONG.
    BlindSet(
        prefix="heldout26_",
        documents={
            # 0.750 blind: 一、二、 under （二）; 1.0 since ol57 (session 51): a colon list
            # announced by a numbered point that says its own sentence first is its sub-points
            # (sequences._point_announces; no other gold document moved)
            "heldout26_mao_v2_021": 1.0,
            "heldout26_mao_v2_025": 1.0,
            "heldout26_mao_v3_021": 1.0,
            "heldout26_mao_v4_054": 1.0,
            "heldout26_mao_v5_026": 1.0,
            "heldout26_mao_v5_048": 1.0,
            "heldout26_ren_20070409": 1.0,
            # 0.873 blind; 0.945 since ol11 drops a whole line's trailing …… (the README's
            # trailing-punctuation convention, no rule on this set's content): 3、's points level 2
            "heldout26_ren_20101203": 0.94,
            "heldout26_ren_20110414": 1.0,
            "heldout26_ren_201209": 1.0,
            "heldout26_ren_20151031": 1.0,
            "heldout26_ren_20160523": 1.0,
        },
        mean=0.99,  # 0.969 blind, 0.975 with ren 20101203's …… dropped, 0.998 with v2_021
        closings=11,  # at the gold's own paragraph (blind 10; start code 10; 11 s38 first_part)
        in_body_ceiling=1,  # gold apparatus items still in the body (blind 1: mao v5_048's 题注)
        kept=17,  # notes/endnotes/source lines kept with the document (blind 17 of 18)
        forms=every_form(  # the same at the blind scoring
            0.96,
            docx_bold=0.97,
            html_p=0.97,
            html_bold=0.97,
            docx_boldlead=0.98,
            html_boldlead=0.98,
        ),
    ),
    # Blind gold set 27 of issue 8 (tests/gold/heldout27_*.json): the figures of record as floors.
    #
    # The first set of session 32, drawn (holdout27/pick.py, seed 20261205) at 09:52 UTC and listed
    # in HOLDOUT.txt before any helper began: twelve speeches (5 mao, 7 ren: half the mao texts left
    # in the pool, the rest kept for set 28) with no outline gold from the pool of 1,200–20,000
    # characters, leaving out the study bookends gold, the scored hold-outs, texts whose stem
    # tests/, bench/, docs/ or drafter/ names, and any other version (第X卷_NNN) of a golded text;
    # short (1,329–5,750 characters). Outlined by hand by a helper (g27o) who neither ran drafter
    # nor read its code (tests/gold/README.md, "Blind set 27"), and scored at the session's start
    # (033f381, 09:59–10:01 UTC) and once more at its end (78e95bc, 11:29 UTC), after the
    # session's last rule landing.
    #
    # Blind figures (start code 033f381; the end code 78e95bc the same on every figure): level-1/2
    # heading F1 mean 0.900, min 0.000 (ren 20140219 0.000, below; ren 2000 0.800: its run 一、二、 goes
    # on with a third point written 第三，, level 1 by the gold, body for drafter). Title 12/12, date
    # 12/12. Closing at the gold's own paragraph 8/12 (real closings 0 of 4, both finders alike: mao
    # v3_023 closes two paragraphs after the gold's summing-up, mao v4_047 (the signature block of a
    # letter), ren 20160428 and 20140219 get none where the gold closes). Apparatus out of the body
    # 24/24, kept 18/18. Per form (this module's measure) 0.900 as the source but docx_glued 0.892
    # and docx_pasted 0.886 (ren 20180420's 二、, one sentence run through its ；, missed when glued,
    # cut at the ； when pasted); the lead's format_robustness gave 0.900 in the forms it printed.
    #
    # The floors are the figures measured at the release (main 78e95bc, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout27_",
        documents={
            "heldout27_mao_v3_023": 1.0,
            "heldout27_mao_v4_015": 1.0,
            "heldout27_mao_v4_047": 1.0,
            "heldout27_mao_v5_045": 1.0,
            "heldout27_mao_v5_050": 1.0,
            # 0.800 blind: 一、二、 then 第三， (another marker), body; 1.000 since mo1's spoken
            # series (drafter/corpus/spoken_series.py: parts numbered in turn in changing forms)
            "heldout27_ren_2000": 1.0,
            "heldout27_ren_20070108": 1.0,
            "heldout27_ren_20101125": 1.0,
            # 0.000 blind: its three 第一，…第三， after …主要有以下三点： (first sentences of 94-135
            # characters, a plan and a look back after them) read as prose; 1.000 since ol13 lets
            # a counted run have fewer paragraphs than points after it (fitted on this text)
            "heldout27_ren_20140219": 1.0,
            "heldout27_ren_20160428": 1.0,
            "heldout27_ren_20170327": 1.0,
            "heldout27_ren_20180420": 1.0,
        },
        mean=0.99,  # 0.900 blind; 0.983 since ol13 (ren 20140219, fitted); 1.000 since mo1
        closings=8,  # closing at the gold's own paragraph (blind 8; start code 8)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 24)
        kept=18,  # notes/endnotes/source lines kept with the document (blind 18 of 18)
        # blind 0.900 (docx_glued 0.892, docx_pasted 0.886); since ol13 0.983 (0.976, 0.969);
        # since mo1 1.000 in every form but docx_pasted 0.986
        forms=every_form(0.99, docx_pasted=0.98),
    ),
    # Blind gold set 28 of issue 8 (tests/gold/heldout28_*.json): the figures of record as floors.
    #
    # The second set of session 32, drawn in the same run as set 27 (holdout27/pick.py, seed
    # 20261205) at 09:52 UTC and listed in HOLDOUT.txt before any helper began: twelve speeches (6
    # mao, 6 ren) from the same pool (1,200–20,000 characters, no outline gold), leaving out set 27
    # and any other version (第X卷_NNN) of its texts, and what set 27's draw left out; short again
    # (ren 20150906, 8,100 characters, the longest). Outlined by hand by a helper (g28o) who neither
    # ran drafter nor read its code (tests/gold/README.md, "Blind set 28"), and scored at the
    # session's start (033f381, 09:59–10:01 UTC) and once more at its end (78e95bc, 11:29 UTC),
    # after the session's last rule landing.
    #
    # Blind figures (start code 033f381; the end code 78e95bc the same on every figure): level-1/2
    # heading F1 1.000 on every document (six have no outline; mao v2_033 holds fourteen （一）…（十四）,
    # mao v2_001 its four bare-numeral parts with 结　　论 written 结论). Title 12/12, date 12/12 (ren
    # 1997 null, as the gold). Closing at the gold's own paragraph 10/12 with the outline's finder,
    # 9/12 with the study's (real closings 4 and 3 of 6: mao v2_001 closes two paragraphs after
    # 四　结论's first, ren 20060510 one after the gold's return to the occasion; the study's finder
    # starts mao v5_069's inside its last paragraph, at 总之，对立面的统一是无往不在的, where the gold takes the
    # paragraph whole: test_closing_both_golds.py's STUDY_BELOW_OUTLINE). Apparatus out of the body
    # 20/20, kept 17/17. 1.000 in every form (this module's measure and the lead's format_robustness
    # alike).
    #
    # The floors are the figures measured at the release (main 78e95bc, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout28_",
        documents={
            "heldout28_mao_v2_001": 1.0,
            "heldout28_mao_v2_033": 1.0,
            "heldout28_mao_v4_036": 1.0,
            "heldout28_mao_v5_002": 1.0,
            "heldout28_mao_v5_042": 1.0,
            "heldout28_mao_v5_069": 1.0,
            "heldout28_ren_1997": 1.0,
            "heldout28_ren_20060510": 1.0,
            "heldout28_ren_20130905": 1.0,
            "heldout28_ren_20150906": 1.0,
            "heldout28_ren_20150928": 1.0,
            "heldout28_ren_20170220": 1.0,
        },
        mean=0.99,  # 1.000 blind
        closings=10,  # closing at the gold's own paragraph (blind 10; start code 10)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 20)
        kept=17,  # notes/endnotes/source lines kept with the document (blind 17 of 17)
        forms=every_form(0.99),  # 1.000 in every form blind
    ),
    # Blind gold set 29 of issue 8 (tests/gold/heldout29_*.json): the figures of record as floors.
    #
    # The first set of session 33, drawn (holdout29/pick.py, seed 20261207) at 12:24 UTC and listed
    # in HOLDOUT.txt before any helper began: twelve speeches, all ren — no mao speech without
    # outline gold is left in the pool, so sets 29 and 30 hold no mao text — from the pool of
    # 1,200–20,000 characters with no outline gold, leaving out the study bookends gold, the scored
    # hold-outs and texts whose stem tests/, bench/, docs/ or drafter/ names. Every one is in older
    # study frames gold (no outline, title, date or closing gold). Outlined by hand by a helper
    # (g29o) who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 29"), and
    # scored at the session's start (8ad73ca, 12:30 UTC) and once more at its end (06a2685, 14:05
    # UTC), after the session's last rule landing.
    #
    # Blind figures (start code 8ad73ca; the end code 06a2685 the same on every figure): level-1/2
    # heading F1 mean 0.988, min 0.857 (ren 20180718: 三、's run 首先，/第二，/第三， is level 2 by the gold,
    # the annotator's hard call, prose for drafter). Title 12/12, date 12/12 (ren 1997 null, as the
    # gold). Closing at the gold's own paragraph 7/12 with either finder (real closings 4 of 9: ren
    # 1997 gets none where the gold closes at the questioner's 韦女士：谢谢您！, 20030525 closes one
    # paragraph after the gold's call to the cadres, 20030526, 20180718 and 20100715 get none — the
    # last by the title exception, its 六、 the title word for word). Apparatus out of the body 13/14
    # (ren 1997's editor's note on publishing the piece, the gold's second notes block, stays body),
    # kept 11/12. Per form (this module's measure) 0.988 as the source but docx_glued 0.960 (ren
    # 20111026 0.667: its questions 14、…26、, after the numbering skips 15, are lost when glued).
    #
    # The floors are the figures measured at the release (main 3eca76a, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout29_",
        documents={
            "heldout29_ren_1997": 1.0,
            "heldout29_ren_19980328": 1.0,
            "heldout29_ren_20030525": 1.0,
            "heldout29_ren_20030526": 1.0,
            "heldout29_ren_20100304": 1.0,
            "heldout29_ren_20100715": 1.0,
            "heldout29_ren_20111026": 1.0,
            "heldout29_ren_20151023": 1.0,
            "heldout29_ren_20160528": 1.0,
            "heldout29_ren_20170215": 1.0,
            "heldout29_ren_20171225": 1.0,
            "heldout29_ren_20180718": 1.0,  # 0.857 blind: 三、's 首先/第二/第三 run, prose; ol52
        },
        mean=0.99,  # 0.988 blind; 1.000 since ol52
        closings=8,  # at the gold's own paragraph (blind 7, start and end code; 8 s38 first_part)
        in_body_ceiling=1,  # gold apparatus items still found in the body (blind 1 of 14)
        kept=11,  # notes/endnotes/source lines kept with the document (blind 11 of 12)
        forms=every_form(0.98, docx_glued=0.96),  # 0.988, docx_glued 0.960 blind
    ),
    # Blind gold set 30 of issue 8 (tests/gold/heldout30_*.json): the figures of record as floors.
    #
    # The second set of session 33, drawn in the same run as set 29 (holdout29/pick.py, seed
    # 20261207) at 12:24 UTC and listed in HOLDOUT.txt before any helper began: twelve speeches, all
    # ren again (no mao text left in the pool), from the same pool, leaving out set 29 and what its
    # draw left out; every one in older study frames gold, none in outline gold. Three stems name
    # other speeches of the same date too: ren 20151023 (将军是打出来的) is not set 29's ren 20151023, ren
    # 19960828 (秘书体系是信息桥) not set 20's, ren 1997 (苦练基本功) neither set 28's nor set 29's ren 1997.
    # Outlined by hand by a helper (g30o) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 30"), and scored at the session's start (8ad73ca, 12:30 UTC)
    # and once more at its end (06a2685, 14:05 UTC), after the session's last rule landing.
    #
    # Blind figures (start code 8ad73ca; the end code 06a2685 the same on every figure): level-1/2
    # heading F1 mean 0.994, min 0.933 (ren 20160810: drafter takes 附：诺亚方舟实验室座谈回答, the line over the
    # appended Q&A, for a level-1 heading; the gold makes the Q&A an appendix). Title 12/12, date
    # 12/12 (19960828 and 1997 null, 20170906 the date line's 2017-09-12, as the gold). Closing at
    # the gold's own paragraph 6/12 with either finder (real closings 3 of 7: 20061120 closes at the
    # call one paragraph after the gold's 你们是否能够喊出…, 20121231, 20160810 and 20181119 get none;
    # 19960828 and 20170906 get one where the gold, by hard calls, has none). Apparatus out of the
    # body 15/17 (20121231's English version and 20160810's appended Q&A, both appendix by the gold,
    # stay body), kept 13/15. 0.994 in every form (this module's measure and the lead's
    # format_robustness alike).
    #
    # The floors are the figures measured at the release (main 3eca76a, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout30_",
        documents={
            "heldout30_ren_19960828": 1.0,
            "heldout30_ren_1997": 1.0,
            "heldout30_ren_20061120": 1.0,
            "heldout30_ren_20081229": 1.0,
            "heldout30_ren_20121231": 1.0,
            "heldout30_ren_20150520": 1.0,
            "heldout30_ren_20151023": 1.0,
            "heldout30_ren_20160113": 1.0,
            "heldout30_ren_20160530": 1.0,
            "heldout30_ren_20160810": 0.93,  # 0.933 blind: 附：… read as a heading
            "heldout30_ren_20170906": 1.0,
            "heldout30_ren_20181119": 1.0,
        },
        mean=0.99,  # 0.994 blind
        closings=6,  # closing at the gold's own paragraph (blind 6, start and end code)
        in_body_ceiling=2,  # gold apparatus items still found in the body (blind 2 of 17)
        kept=13,  # notes/endnotes/source lines kept with the document (blind 13 of 15)
        forms=every_form(0.99),  # 0.994 in every form blind
    ),
    # Blind gold set 31 of issue 8 (tests/gold/heldout31_*.json): the figures of record as floors.
    #
    # The first set of session 34, drawn (holdout31/pick.py, seed 20261209) at 14:52 UTC and listed
    # in HOLDOUT.txt before any helper began: twelve speeches, all ren — the mao pool is exhausted
    # (no mao speech without outline gold has been left since set 29), and after sets 31 and 32
    # about 75 ren speeches of 1,200–20,000 characters remain with no outline gold — from the pool
    # of 1,200–20,000 characters with no outline gold, leaving out the study bookends gold, the
    # scored hold-outs of sessions 28–33 and texts whose stem tests/, bench/, docs/ or drafter/
    # names. Every one is in older study frames gold (no outline, title, date or closing gold).
    # Outlined by hand by a helper (g31o) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 31"), and scored at the session's start (fe5421b, 14:58 UTC)
    # and once more at its end (870f37e, 16:46 UTC), after the session's last rule landing.
    #
    # Blind figures (start code fe5421b; the end code 870f37e the same on every figure): level-1/2 heading F1 mean 1.000, min 1.000
    # (ren 20120423 an essay with no outline, as the gold). Title 12/12, date 12/12 (20170914's and
    # 20170712's date lines differ from their file names; drafter reads the lines, as the gold).
    # Closing at the gold's own paragraph 9/12 with either finder (real closings 3 of 6: 20170828,
    # 20170314 and 20161222 get none where the gold, by hard calls its README names, closes at a
    # forecast of the whole, a call for world leadership and an encouragement of all the staff;
    # the six null calls all right). Apparatus out of the body 16/16, kept 14/14. 1.000 in every
    # form (this module's measure and the lead's format_robustness alike).
    #
    # The floors are the figures measured at the release (main 870f37e, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout31_",
        documents={
            "heldout31_ren_20120423": 1.0,
            "heldout31_ren_20130114": 1.0,
            "heldout31_ren_20131230": 1.0,
            "heldout31_ren_20140424": 1.0,
            "heldout31_ren_20140619": 1.0,
            "heldout31_ren_20151218": 1.0,
            "heldout31_ren_20161222": 1.0,
            "heldout31_ren_20170314": 1.0,
            "heldout31_ren_20170712": 1.0,
            "heldout31_ren_20170828": 1.0,
            "heldout31_ren_20170914": 1.0,
            "heldout31_ren_20180116": 1.0,
        },
        mean=1.0,  # 1.000 blind
        closings=9,  # closing at the gold's own paragraph (blind 9, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 16)
        kept=14,  # notes/endnotes/source lines kept with the document (blind 14 of 14)
        forms=every_form(1.0),  # 1.000 in every form blind
    ),
    # Blind gold set 32 of issue 8 (tests/gold/heldout32_*.json): the figures of record as floors.
    #
    # The second set of session 34, drawn in the same run as set 31 (holdout31/pick.py, seed
    # 20261209) at 14:52 UTC and listed in HOLDOUT.txt before any helper began: twelve speeches, all
    # ren again (no mao text left in the pool), from the same pool, leaving out set 31; every one in
    # older study frames gold, none in outline gold. Not fully blind: ren 20110614 is named in
    # tests/gold/README.md's development set 28 survey among its left-out hard calls (a 纪要's
    # 一、…五、 summary, then the transcript's own 第一，…第六，), a mention the draw's stem filter
    # missed (the README writes the date without the file name's underscore). ren 19970226 is
    # 胜则举杯相庆败则拼死相救, not the ISO9000 speech of the same date in the bookends gold.
    # Outlined by hand by a helper (g32o) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 32"), and scored at the session's start (fe5421b, 14:58 UTC)
    # and once more at its end (870f37e, 16:46 UTC), after the session's last rule landing.
    #
    # Blind figures (start code fe5421b; the end code 870f37e the same on every figure): level-1/2 heading F1 mean 0.961, min 0.526 (ren
    # 20110614: drafter takes the nine answer points of the Q&A after 【提问环节】, 任总's 第一，…第六，,
    # 首先，/第二，/第三，, for level-2 headings under 五、; the gold, by a hard call its README names,
    # leaves them out as points inside an answer turn — set 8's unnumbered Q&A rule — with the
    # alternative of a 【提问环节】 level-1 heading over the 第一，…第六， run). Title 12/12, date 12/12
    # (19970123, 200807 and 19970226 null, as the gold). Closing at the gold's own paragraph 9/12
    # with either finder (real closings 3 of 5: 19970123 and 19970226 close one paragraph after the
    # gold, at the alternative each README note gives; 20170809 gets one at the last paragraph's hope
    # and thanks, the gold's alternative to its null). Apparatus out of the body 21/21, kept 17/17.
    # Per form (this module's measure) 0.961 as the source but docx_boldlead and html_boldlead 0.908
    # (ren 20111019 0.375: its ten level-2 1、… run-in items, long first sentences, lose their
    # numerals to the bold and are read as body; the lead's format_robustness: html_boldlead 0.908).
    #
    # The floors are the figures measured at the release (main 870f37e, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout32_",
        documents={
            "heldout32_ren_19970123": 1.0,
            "heldout32_ren_19970226": 1.0,
            "heldout32_ren_20080531": 1.0,
            "heldout32_ren_200807": 1.0,
            "heldout32_ren_20080721": 1.0,
            "heldout32_ren_20091026": 1.0,
            # 0.526 blind: the Q&A's answer points as level 2; 1.0 since ol2 (session 41): no
            # answer points after two questions put under one part, no part across an exchange
            "heldout32_ren_20110614": 1.0,
            "heldout32_ren_20111019": 1.0,
            "heldout32_ren_20120119": 1.0,
            "heldout32_ren_20130330": 1.0,
            "heldout32_ren_20141114": 1.0,
            "heldout32_ren_20170809": 1.0,
        },
        mean=1.0,  # 0.961 blind; 1.000 since ol2 (session 41)
        closings=9,  # closing at the gold's own paragraph (blind 9, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 21)
        kept=17,  # notes/endnotes/source lines kept with the document (blind 17 of 17)
        # 0.961 blind; the bold-lead forms 0.908 (ren 20111019's 1、… items read as body;
        # fm1: 0.961, bold leads on every paragraph under bold parts read as its points);
        # 1.000 in every form since ol2 (bench/format_robustness.py --gold 'heldout32_*')
        forms=every_form(1.0),
    ),
    # Blind gold set 33 of issue 8 (tests/gold/heldout33_*.json): the figures of record as floors.
    #
    # The first set of session 35, drawn (holdout35/pick.py, seed 20261211) at 17:23 UTC and listed
    # in HOLDOUT.txt before any helper began: twelve speeches, all ren — the mao pool is exhausted
    # — from the pool of 1,200–20,000 characters with no outline gold, leaving out the study
    # bookends gold, the scored hold-outs of sessions 28–34 and texts tests/, bench/, docs/ or
    # drafter/ name (by the file name's stem and, since this draw, by its bare 8-digit date, which
    # set 32's 20110614 had slipped through); after sets 33 and 34 about 39 ren speeches of
    # 1,200–20,000 characters remain with no outline gold. Every one is in older study frames gold
    # (no outline, title, date or closing gold). 1,383–10,712 characters (ren 20000114, a Q&A, the
    # one long text). Outlined by hand by a helper (g33o) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 33"), and scored at the session's start (e550e26, 17:29
    # UTC) and once more at its end (ac0969a, 19:04 UTC), after the session's last rule landing.
    #
    # Blind figures (start code e550e26; the end code ac0969a the same on every figure): level-1/2
    # heading F1 mean 1.000, min 1.000 (three texts with no outline, as the gold: 20000114,
    # 20080922, 19981209). Title 12/12, date 12/12 (19970912 and 19981209 null, as the gold). Closing at the gold's own paragraph 6/12 with
    # either finder: real closings 0 of 5 — 19981209, 20080922 and 20000114 close later, each at
    # an alternative its README note gives (l. 29, l. 34, l. 123), 20130719 and 20171003 get none
    # (20130719's alternative is null) — and 6 of the 7 null calls right (19970912 closes at its
    # last paragraph, the note's alternative). Apparatus out of the body 10/10, kept 9/9. 1.000 in
    # every form but docx_glued 0.917 (ren 20130719 0.0: one of its three 一、二、三、 headings typed
    # onto the paragraph before it, and none of the three is read; format_robustness the same).
    #
    # The floors are the figures measured at the release (main ac0969a, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout33_",
        documents={
            "heldout33_ren_19970912": 1.0,
            "heldout33_ren_19981209": 1.0,
            "heldout33_ren_20000114": 1.0,
            "heldout33_ren_20080922": 1.0,
            "heldout33_ren_20130719": 1.0,
            "heldout33_ren_20131105": 1.0,
            "heldout33_ren_20140413": 1.0,
            "heldout33_ren_20150828": 1.0,
            "heldout33_ren_20150924": 1.0,
            "heldout33_ren_20161025": 1.0,
            "heldout33_ren_20170410": 1.0,
            "heldout33_ren_20171003": 1.0,
        },
        mean=1.0,  # 1.000 blind
        closings=6,  # closing at the gold's own paragraph (blind 6, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 10)
        kept=9,  # notes/endnotes/source lines kept with the document (blind 9 of 9)
        # 1.000 blind; docx_glued 0.917 (ren 20130719 0.0 when a heading is typed onto the text)
        forms=every_form(1.0, docx_glued=0.91),
    ),
    # Blind gold set 34 of issue 8 (tests/gold/heldout34_*.json): the figures of record as floors.
    #
    # The second set of session 35, drawn in the same run as set 33 (holdout35/pick.py, seed
    # 20261211) at 17:23 UTC and listed in HOLDOUT.txt before any helper began: twelve speeches, all
    # ren again (no mao text left in the pool), from the same pool, leaving out set 33; every one
    # in older study frames gold, none in outline gold. ren 2013 (2013_CFO标准与培养机制向任总汇报纪要)
    # is named by its 4-digit prefix, as set 11's ren_1997. 1,442–6,604 characters. Outlined by
    # hand by a helper (g34o) who neither ran drafter nor read its code (tests/gold/README.md,
    # "Blind set 34"), and scored at the session's start (e550e26, 17:29 UTC) and once more at its
    # end (ac0969a, 19:04 UTC), after the session's last rule landing.
    #
    # Blind figures (start code e550e26; the end code ac0969a the same on every figure): level-1/2
    # heading F1 mean 1.000, min 1.000 (ren 20080613 and 19970330 with no outline, as the gold;
    # 2013's 1. 2. 3. level 2 and 20180929's ### 一、 headings right). Title 12/12, date 12/12
    # (20150125, 2013 and 19970330 null, as the gold). Closing at the gold's own paragraph 10/12 with either finder: real closings 2 of 4
    # (20080613 and 20170601 right; 19970330 closes one paragraph later, at the alternative its
    # README note gives, and 20180929's one-line last paragraph gets none), the 8 null calls right.
    # Apparatus out of the body 17/17, kept 12/12. 1.000 in every form but docx_glued 0.983 (ren
    # 20170601 0.8: its last heading 三、 typed onto the paragraph before it is lost) and docx_pasted
    # 0.992 (ren 20140113 0.9: 四、 cut at its quoted “五个一”); format_robustness the same.
    #
    # The floors are the figures measured at the release (main ac0969a, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set).
    BlindSet(
        prefix="heldout34_",
        documents={
            "heldout34_ren_19970330": 1.0,
            "heldout34_ren_20070713": 1.0,
            "heldout34_ren_20080613": 1.0,
            "heldout34_ren_2013": 1.0,
            "heldout34_ren_20140113": 1.0,
            "heldout34_ren_20140527": 1.0,
            "heldout34_ren_20150125": 1.0,
            "heldout34_ren_20150508": 1.0,
            "heldout34_ren_20161115": 1.0,
            "heldout34_ren_20170601": 1.0,
            "heldout34_ren_20170913": 1.0,
            "heldout34_ren_20180929": 1.0,
        },
        mean=1.0,  # 1.000 blind
        closings=10,  # closing at the gold's own paragraph (blind 10, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 17)
        kept=12,  # notes/endnotes/source lines kept with the document (blind 12 of 12)
        # 1.000 blind; docx_glued 0.983 (20170601's 三、 glued), docx_pasted 0.992 (20140113's 四、)
        forms=every_form(1.0, docx_glued=0.98, docx_pasted=0.99),
    ),
    # Blind gold set 35 of issue 8 (tests/gold/heldout35_*.json): the figures of record as floors.
    #
    # The first set of session 36, drawn (holdout36/pick.py, seed 20261205) at 19:58 UTC, before
    # any helper started: a plain seeded sample of the pool of 112 ren speeches of 1,200–20,000
    # characters with no outline gold, 24 drawn for sets 35 and 36 and listed in HOLDOUT.txt with
    # the 5 texts of the same dates (twins). Every one is ren. 1,221–6,367 characters (ren
    # 20131219, a 座谈纪要, the one past 4,000). Outlined by hand without drafter by a helper (g35o)
    # who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 35"), and scored
    # at the session's start (850afc9, 20:03 UTC) and once more at its end (99a55ac, 21:16 UTC),
    # after the session's last outline rule landing (gl1, aed9bfc).
    #
    # Blind figures (start code 850afc9; the end code 99a55ac the same on every figure but one
    # form): level-1/2 heading F1 mean 1.000, min 1.000 (ren 19941225, 20000901 and 19970428 with
    # no outline, as the gold; 19950109's ### 一、 parts and run-in 1、… and 20131219's 第一，… and
    # 1、… level 2 right). Title 12/12, date 12/12 (19941225, 20000901 and 19970428 null, as the
    # gold). Closing at the gold's own paragraph 9/12 with either finder: real closings exact 2 of 4
    # (19941225, 20131031), 3 of 4 found within the gold's closing; the three disagreements each
    # stand at the alternative the annotator's README note names — 19970428 gold null, drafter l. 18
    # (alternative l. 18 or l. 16); 20000901 gold l. 43, drafter l. 45 (alternatives l. 35, 37, 45);
    # 20170107 gold l. 45, drafter none (alternative null); 7 of the 8 null calls right.
    # Apparatus out of the body 10/10, kept 9/9. Per form 1.000 but docx_bullets 0.993 (ren
    # 19950109 0.919: 三、's three one-line items 1、…3、, made Word bullets, read as body),
    # txt_scraped 0.996 (19950109 0.950: 一、's 6、 cut at the scraped text's hard line break) and
    # docx_glued 0.917 at the start
    # (one text 0.0: a heading typed onto the paragraph before it) -> 1.000 at the end: gl1's
    # run rule (aed9bfc, written on the development gold) is a blind gain.
    #
    # The floors are the figures measured at the release (main 588b3cb, after the end scoring),
    # rounded down: every one is the blind figure at the end code (no rule has been written on
    # this set).
    BlindSet(
        prefix="heldout35_",
        documents={
            "heldout35_ren_19941225": 1.0,
            "heldout35_ren_19950109": 1.0,
            "heldout35_ren_19970428": 1.0,
            "heldout35_ren_20000901": 1.0,
            "heldout35_ren_20131031": 1.0,
            "heldout35_ren_20131219": 1.0,
            "heldout35_ren_20140331": 1.0,
            "heldout35_ren_20150310": 1.0,
            "heldout35_ren_20151010": 1.0,
            "heldout35_ren_20160125": 1.0,
            "heldout35_ren_20170107": 1.0,
            "heldout35_ren_20180209": 1.0,
        },
        mean=1.0,  # 1.000 blind
        closings=9,  # closing at the gold's own paragraph (blind 9, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 10)
        kept=9,  # notes/endnotes/source lines kept with the document (blind 9 of 9)
        # 1.000 blind; docx_bullets 0.993 and txt_scraped 0.996 (ren 19950109); docx_glued 0.917
        # at the start code, 1.000 at the end (gl1)
        forms=every_form(1.0, docx_bullets=0.99, txt_scraped=0.99),
    ),
    # Blind gold set 36 of issue 8 (tests/gold/heldout36_*.json): the figures of record as floors.
    #
    # The second set of session 36, drawn in the same run as set 35 (holdout36/pick.py, seed
    # 20261205) at 19:58 UTC, before any helper started, from the same pool (a plain seeded sample,
    # 24 drawn + 5 same-date twins held out). Every one is ren; 201409 is named by its 6-digit
    # prefix, and 20141218, 20170527 and 19950110 are not the other files of those dates (set 18's
    # 20141218 and 19950110 among them). 1,206–9,025 characters (20080705, a speech and a numbered
    # Q&A, and 19980220, a travel report in six ### parts, the long ones). Outlined by hand without
    # drafter by a helper (g36o) who neither ran drafter nor read its code (tests/gold/README.md,
    # "Blind set 36"), and scored at the session's start (850afc9, 20:03 UTC) and once more at its
    # end (99a55ac, 21:16 UTC), after the session's last outline rule landing (gl1, aed9bfc).
    #
    # Blind figures (start code 850afc9; the end code 99a55ac the same on every figure): level-1/2
    # heading F1 mean 0.948, min 0.381 (ren 20080705: the Q&A after 【互动问答摘录】 numbered Q1：…Q6：
    # and Q7、…Q13、, which the gold takes as level 1 by a hard call its README names — alternative:
    # no Q headings — and drafter reads none of, keeping 一、…四、 alone; every other text 1.000, ren
    # 20160307, 19960725 and 19950110 with no outline, as the gold). Title 12/12, date 12/12
    # (201409, 19980220 and 19950110 null, as the gold). Closing at the gold's own paragraph 10/12
    # with either finder: real closings exact 1 of 2 (19950110), 2 of 2 found within the gold's
    # closing; the two disagreements stand at the alternative the annotator's README note names —
    # 19960725 gold l. 14, drafter l. 16 (alternative l. 16); 20160307 gold null, drafter l. 22
    # (alternative l. 22); 9 of the 10 null calls right. Apparatus out of the body 13/13, kept 10/10. Per form (source 0.948):
    # docx_styles 0.978 (20080705 0.741: six of the thirteen questions read, as the styles mark
    # them), docx_bold, docx_boldlead, html_p, html_bold and html_boldlead 0.936 (20080705 0.235:
    # all thirteen read, but at level 2), docx_pasted 0.935 (20170527 0.833: 一、 cut at its ……,
    # short of 的准备), every other form 0.948.
    #
    # The floors are the figures measured at the release (main 588b3cb, after the end scoring),
    # rounded down: every one is the blind figure (no rule has been written on this set) but
    # 20080705's, 1.000 since session 37 (q1: questions numbered Q1：/Q7、 in a run put as
    # questions are the QUESTION family, and numbered questions after a numbered group's last
    # item go on its level; set mean 0.948 -> 1.000).
    BlindSet(
        prefix="heldout36_",
        documents={
            "heldout36_ren_19950110": 1.0,
            "heldout36_ren_19960725": 1.0,
            "heldout36_ren_19980220": 1.0,
            "heldout36_ren_20080705": 1.0,  # 0.381 blind: the Q&A's Q1：…Q13、 not read
            "heldout36_ren_20131106": 1.0,
            "heldout36_ren_201409": 1.0,
            "heldout36_ren_20141205": 1.0,
            "heldout36_ren_20141218": 1.0,
            "heldout36_ren_20151027": 1.0,
            "heldout36_ren_20160307": 1.0,
            "heldout36_ren_20161021": 1.0,
            "heldout36_ren_20170527": 1.0,
        },
        mean=0.99,  # 0.948 blind, 1.000 since q1 (session 37)
        closings=10,  # closing at the gold's own paragraph (blind 10, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 13)
        kept=10,  # notes/endnotes/source lines kept with the document (blind 10 of 10)
        # 0.948 blind (20080705 0.381 in every form); docx_styles 0.978; the bold forms and
        # html_p 0.936; docx_pasted 0.935 (20170527's 一、). Since q1 (session 37: the Q
        # questions, a glued Q split off) 1.000 in every form, over the 11 texts outside
        # HOLDOUT.txt (20170527 is held out again)
        forms=every_form(0.99),
    ),
    # Blind gold set 37 of issue 8 (tests/gold/heldout37_*.json): the figures of record as floors.
    #
    # The first set of session 37, drawn (holdout37/pick.py, seed 20261207) at 22:47 UTC, before
    # any helper started: a plain seeded sample of the pool of 88 ren speeches of 1,200–20,000
    # characters with no outline gold, 24 drawn for sets 37 and 38 and listed in HOLDOUT.txt with
    # the 5 texts of the same dates (twins). Every one is ren; 2003 and 2002 are named by their
    # 4-digit prefix (2003 is not the other 2003_ file, 在自我批判指导委员会座谈会上的讲话), and
    # 20170829 and 20170712 are not the other files of those dates. 1,215–13,489 characters (2003
    # and 2002 the long ones). Outlined by hand without drafter by a helper (g37o) who neither ran
    # drafter nor read its code (tests/gold/README.md, "Blind set 37"), and scored at the session's
    # start (f2ca320, 22:53 UTC), mid (7327460, 00:00 UTC) and end (8d967d4, 00:20 UTC), after the
    # session's last rule landing (/work/notes/FIG37.md).
    #
    # Blind figures (start code f2ca320): level-1/2 heading F1 mean 0.917, min 0.000 (ren
    # 19990417: its parts said with ordinals of changing form — 第一点，/第二，/第三个问题，, the
    # gold's level 1 by a call its README names, alternative no outline — none read; every other
    # text 1.000, ren 19970715 and 19960402 with no outline, as the gold). Title 12/12, date 12/12
    # (2003, 2002, 19970715 and 19960402 null, as the gold). Closing at the gold's own paragraph
    # 7/12 with either finder: real closings exact 4 of 9 (19960402, 19970715, 19990417, 2002), 5
    # found within the gold's closing; each of the five disagreements stands at an alternative the
    # annotator's README note names — 2003 gold l. 171, drafter none (alternatives l. 165 or
    # null); 20130517 l. 56, none (alternative null); 20170712 l. 51, none (null); 20180321 l. 90,
    # none (null); 20121219 l. 81, drafter l. 93 (alternatives l. 87 or l. 93) —; the 3 null calls
    # right. Apparatus out of the body 14/14, kept 11/11. Per form 0.917 (19990417 0.0) but
    # txt_scraped 1.000.
    # End code 8d967d4: 19990417 1.000 and every form 1.000, by mo1's spoken series
    # (drafter/corpus/spoken_series.py, 9c1a717 and 9b617a9: a talk's parts said with ordinals
    # that change form are one run) — a rule written after the start score showed the class: NOT
    # blind credit. Every other figure the same at the end.
    #
    # The floors are the figures measured at the release (main 53f5ef0, after the end scoring,
    # DRAFTER_HOLDOUT lifted), rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout37_",
        documents={
            "heldout37_ren_19960402": 1.0,
            "heldout37_ren_19970715": 1.0,
            # 0.000 blind (start): 第一点，/第二，/第三个问题， not read; 1.000 by mo1's spoken
            # series, written after the start score (not blind)
            "heldout37_ren_19990417": 1.0,
            "heldout37_ren_2002": 1.0,
            "heldout37_ren_2003": 1.0,
            "heldout37_ren_20121219": 1.0,
            "heldout37_ren_20130517": 1.0,
            "heldout37_ren_20140105": 1.0,
            "heldout37_ren_20170712": 1.0,
            "heldout37_ren_20170829": 1.0,
            "heldout37_ren_20171018": 1.0,
            "heldout37_ren_20180321": 1.0,
        },
        mean=1.0,  # 0.917 blind (start), 1.000 at the end (mo1, not blind)
        closings=8,  # at the gold's own paragraph (blind 7, start and end code; 8 s38 first_part)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 14)
        kept=11,  # notes/endnotes/source lines kept with the document (blind 11 of 11)
        # 0.917 blind in every form but txt_scraped (1.000); 1.000 in every form at the end (mo1)
        forms=every_form(1.0),
    ),
    # Blind gold set 38 of issue 8 (tests/gold/heldout38_*.json): the figures of record as floors.
    #
    # The second set of session 37, drawn in the same run as set 37 (holdout37/pick.py, seed
    # 20261207) at 22:47 UTC, before any helper started, from the same pool. Every one is ren;
    # 20170527 is not set 36's file of that date (在继任计划工作汇报会上的讲话). 1,766–9,243 characters
    # (20080410, a talk to Party members with a short exchange after it, the long one; 20090115
    # with an appended 蓝血文章). Outlined by hand without drafter by a helper (g38o) who neither
    # ran drafter nor read its code (tests/gold/README.md, "Blind set 38"), and scored at the
    # session's start (f2ca320, 22:53 UTC), mid (7327460) and end (8d967d4, 00:20 UTC).
    #
    # Blind figures (start code f2ca320): level-1/2 heading F1 mean 0.917, min 0.000 (ren
    # 20080410: its three parts 一、 / 我讲的第二个问题，是… / 第三点，, one series in mixed forms, the
    # second with no marker at its start (marker "" in the gold) — none read; every other text
    # 1.000, 19950618 with no outline, as the gold). Title 12/12, date 12/12 (19950618 and
    # 20000720 null, as the gold). Closing at the gold's own paragraph 9/12 with the outline's
    # finder (8 with the study's: 19950618's closing found starting more than a sentence into the
    # gold's paragraph): real closings exact 3 of 6 (19950618, 20140707, 20160815); each of the
    # three disagreements stands at the alternative the annotator's README note names — 20000720
    # gold l. 71, drafter none (alternatives null or l. 69); 20090115 l. 54, none (null); 20130527
    # l. 49, none (null) —; the 6 null calls right. Apparatus out of the body 19/19, kept 15/15.
    # Per form 0.917 (20080410 0.0) but docx_styles 0.958 (20080410 0.5: the two standalone lines
    # the file styles Heading 1, one of them read) and docx_glued 0.905 (20080410 0.0, 20000720
    # 0.857).
    # End code 8d967d4: 20080410 1.000 in the text and in every form but two, by mo1's spoken
    # series (9c1a717, 9b617a9), written after the start score showed the class: NOT blind
    # credit. docx_styles and docx_glued the same as at the start (below). Every other figure the
    # same at the end.
    #
    # The floors are the figures measured at the release (main 53f5ef0, after the end scoring,
    # DRAFTER_HOLDOUT lifted), rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout38_",
        documents={
            "heldout38_ren_19950618": 1.0,
            "heldout38_ren_20000720": 1.0,
            # 0.000 blind (start): 一、/我讲的第二个问题，是/第三点， not read; 1.000 by mo1's
            # spoken series, written after the start score (not blind)
            "heldout38_ren_20080410": 1.0,
            "heldout38_ren_20090115": 1.0,
            "heldout38_ren_20091127": 1.0,
            "heldout38_ren_20130527": 1.0,
            "heldout38_ren_20140707": 1.0,
            "heldout38_ren_20141104": 1.0,
            "heldout38_ren_20160815": 1.0,
            "heldout38_ren_20161026": 1.0,
            "heldout38_ren_20170527": 1.0,
            "heldout38_ren_20180314": 1.0,
        },
        mean=1.0,  # 0.917 blind (start), 1.000 at the end (mo1, not blind)
        closings=9,  # closing at the gold's own paragraph (blind 9, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 19)
        kept=15,  # notes/endnotes/source lines kept with the document (blind 15 of 15)
        # 0.917 blind in most forms; 1.000 at the end (mo1) but two, the same as at the start:
        # docx_styles 0.958 — ren 20080410 0.5: the form styles the standalone 我讲的第二个问题，…
        # and 第三点，… Heading 1 but writes 一、's two-sentence line as a plain paragraph, and the
        # spoken series refused a series the file styles only in part (7327460), so only the
        # styled unnumbered line was read; after the release the guard refuses an unstyled
        # member only where a styled heading outside the series has its number: 1.000 (not
        # blind: fixed on this released text);
        # docx_glued 0.905 — ren 20080410 0.0: 第三点，… typed onto the end of the paragraph
        # before it leaves 一、 and 我讲的第二个问题 alone, two members, short of a series of three,
        # and nothing is read (ren 20000720 0.857: the glued 一、 of its first part lost); since
        # sp2 (session 38) the glued member of a spoken series is split off (glued_runs.
        # continues_spoken): 20080410 1.000, the form 0.986 (not blind: fixed on this text)
        forms=every_form(1.0, docx_glued=0.98),
    ),
    # Blind gold set 39 of issue 8 (tests/gold/heldout39_*.json): the figures of record as floors.
    #
    # The first set of session 38, drawn (holdout38/pick.py, seed 20261210) at 01:07 UTC, before
    # any helper started: a plain seeded sample of the pool of 64 ren speeches of 1,200–20,000
    # characters with no outline gold, 24 drawn for sets 39 and 40 and listed in HOLDOUT.txt with
    # the 5 texts of the same dates (twins). Every one is ren; 20150713 is 在子公司监督型董事会…
    # (set 40 has the other file of that date). 1,877–10,854 characters (20110117, a 市场大会 speech
    # with a two-level outline, the long one). Outlined by hand without drafter by a helper (g39o)
    # who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 39"), and scored
    # at the session's start (4234b34, 01:11 UTC; the session's helpers had started at 01:09, so
    # every gain after it is blind), mid (e6a0b1a, 02:38) and end (8ed54f4, 02:48 UTC, after the
    # session's last rule landings; /work/notes/FIG38.md).
    #
    # Blind figures (start, mid and end code the same): level-1/2 heading F1 mean 1.000, min 1.000
    # (ren 20070612, 19980116, 20090424 and 20090116 with no outline, as the gold). Title 12/12,
    # date 12/12 (19980116 from the bracketed date ending its last paragraph, as the gold).
    # Closing at the gold's own paragraph 7/12 with either finder: real closings exact 4 of 9
    # (19970226, 20070612, 20090424, 20161031 — its closing read from the 结束语： line over the
    # gold's paragraph), 8 found within the gold's closing (the lead's score said 7: it compared
    # source lines and took 20161031's label line, two above the paragraph, for right but not
    # within); each of the five disagreements stands at an alternative the annotator's README note
    # names — four one paragraph late (19980116 gold l. 40, drafter l. 42; 20090116 l. 32, l. 34;
    # 20110117 l. 118, l. 120; 20140314 l. 46, l. 48) and one missed (20150713 l. 47, none:
    # alternative null) —; the 3 null calls right. Apparatus out of the body 19/19, kept 15/15.
    # Every form 1.000.
    #
    # The floors are the figures measured at the release (main 8ed54f4, DRAFTER_HOLDOUT lifted),
    # rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout39_",
        documents={
            "heldout39_ren_19970226": 1.0,
            "heldout39_ren_19980116": 1.0,
            "heldout39_ren_20070612": 1.0,
            "heldout39_ren_20090116": 1.0,
            "heldout39_ren_20090424": 1.0,
            "heldout39_ren_20110117": 1.0,
            "heldout39_ren_20120319": 1.0,
            "heldout39_ren_20140314": 1.0,
            "heldout39_ren_20140826": 1.0,
            "heldout39_ren_20150713": 1.0,
            "heldout39_ren_20161031": 1.0,
            "heldout39_ren_20180713": 1.0,
        },
        mean=1.0,  # 1.000 blind (start, mid and end)
        closings=7,  # closing at the gold's own paragraph (blind 7, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 19)
        kept=15,  # notes/endnotes/source lines kept with the document (blind 15 of 15)
        forms=every_form(1.0),  # 1.000 blind in every form
    ),
    # Blind gold set 40 of issue 8 (tests/gold/heldout40_*.json): the figures of record as floors.
    #
    # The second set of session 38, drawn in the same run as set 39 (holdout38/pick.py, seed
    # 20261210) at 01:07 UTC, before any helper started, from the same pool. Every one is ren;
    # 20141104 and 20161026 are not set 38's files of those dates (heldout40_ren_20141104 is
    # 在行政流程责任制试点进展汇报会上的讲话, heldout40_ren_20161026 在质量与流程IT管理部员工座谈会上的讲话),
    # 20150713 is 在合同场景师建设思路汇报上的讲话 (set 39 has the other) and 20140624 is the 网络安全
    # 决议, not 在人力资源工作汇报会上的讲话. 1,420–5,102 characters. Outlined by hand without
    # drafter by a helper (g40o) who neither ran drafter nor read its code (tests/gold/README.md,
    # "Blind set 40"), and scored at the session's start (4234b34, 01:11 UTC, after the helpers
    # started at 01:09), mid (e6a0b1a, 02:38) and end (8ed54f4, 02:48 UTC).
    #
    # Blind figures (start code 4234b34): level-1/2 heading F1 mean 1.000, min 1.000 (ren
    # 20150714, 19990720 and 19960630 with no outline, as the gold). Title 12/12, date 12/12
    # (19990720 null, as the gold). Closing at the gold's own paragraph 8/12; at the mid and end
    # code 9/12 with either finder, 20140624 gained by cl3's closing.returns_to_first_part (a3ef035;
    # blind: cl3 started before the start score): real closings exact 4 of 6 (19970916, 20140624,
    # 20150713, 20150812), 6 found; each of the three disagreements stands at an alternative the
    # annotator's README note names — two one paragraph late (19960630 gold l. 34, drafter l. 36;
    # 20170120 l. 33, l. 35) and one closing where the gold has none (20150714 gold null, drafter
    # l. 29, its alternative) —; 5 of the 6 null calls right. Apparatus out of the body 20/20,
    # kept 14/14. Every form 1.000 but docx_boldlead and html_boldlead 0.948 (20150713 0.375,
    # below), start, mid and end the same.
    #
    # The floors are the figures measured at the release (main 8ed54f4, DRAFTER_HOLDOUT lifted),
    # rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout40_",
        documents={
            "heldout40_ren_19960630": 1.0,
            "heldout40_ren_19970916": 1.0,
            "heldout40_ren_19990720": 1.0,
            "heldout40_ren_20130723": 1.0,
            "heldout40_ren_20140604": 1.0,
            "heldout40_ren_20140624": 1.0,
            "heldout40_ren_20141104": 1.0,
            "heldout40_ren_20150713": 1.0,
            "heldout40_ren_20150714": 1.0,
            "heldout40_ren_20150812": 1.0,
            "heldout40_ren_20161026": 1.0,
            "heldout40_ren_20170120": 1.0,
        },
        mean=1.0,  # 1.000 blind (start, mid and end)
        closings=9,  # at the gold's own paragraph (blind 8 at the start, 9 mid and end: cl3)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 20)
        kept=14,  # notes/endnotes/source lines kept with the document (blind 14 of 14)
        # 1.000 blind in every form but two, start, mid and end the same:
        # docx_boldlead and html_boldlead 0.948 — ren 20150713 0.375 (the other 11 texts 1.000):
        # its 一、二、三、 are run-in bold leads (a line of two or three sentences each, the first in
        # bold) of the same shape as the eight unnumbered bold 第一，… leads the form writes under
        # them, so the chooser takes the eight bold leads as level 1 and sets 一、二、三、, which fall
        # between them, aside as numbering run on across higher headings (its doubt
        # 有跨越上级标题连续编号的段落); of the eight it keeps five, at two levels (3 of the 11
        # headings right)
        forms=every_form(1.0, docx_boldlead=0.94, html_boldlead=0.94),
    ),
    # Blind gold set 41 of issue 8 (tests/gold/heldout41_*.json): the figures of record as floors.
    #
    # The first set of session 39, drawn (holdout39/pick.py, seed 20261213) at 03:36 UTC, before
    # any helper started: a plain seeded sample of 24 of the 40 ren speeches of 1,200–20,000
    # characters with no outline gold (16 left for a later draw), 24 drawn for sets 41 and 42 and
    # listed in HOLDOUT.txt with the 4 texts of the same dates (twins: 20140923, 20161217, 20170807
    # ×2). Every one is ren; 1,520–10,000 characters (20010208 我的父亲母亲 the long one, 20170723
    # 任正非与徐直军… a talk by two speakers). Outlined by hand without drafter by a helper (g41o)
    # who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 41"), and scored
    # at the session's start (5c1f80f) and end (ef94f259, after the session's last rule landing).
    # The rule helpers started at about 03:45, before the start score; hd1, hd2 and mc1 were
    # started after it from class descriptions of the start misses (no blind text shown them),
    # and the lead's 397d219 was written after reading 20170723: every gain on this set between
    # start and end is non-blind credit.
    #
    # Blind figures (start code 5c1f80f): level-1/2 heading F1 mean 0.901, min 0.000 (20000408
    # 0.000: its 第一点，/第二点， points not taken as the skeleton; 20170723 0.81: the second
    # speaker's 徐直军： line, level 1 with his 1、…7、 under it, missed); title 12/12, date 11/12
    # (20010208's closing dateline ——2001年2月8日于深圳 missed); closing at the gold's own paragraph
    # 10/12 (20010208 missed 我总认为母亲身体很好…, l. 38; 20170723 missed 未来两、三年消费者业务可…,
    # l. 64); apparatus out of the body 17/18 (20171113's bracketed 题注 （本纪要摘录了…） in the
    # body), kept 12/13. Every form = the source's 0.901 but docx_glued 0.884 (20161217 0.8: a
    # glued 三、两个咖啡杯 refused as an approximate number) and docx_pasted 0.865 (20160819 0.571: a
    # pasted break put 二、三十年后 at a line start).
    # End (ef94f259, non-blind): F1 mean 0.986, min 0.837 — 20000408 1.000 (spoken 第一点， points
    # as the skeleton, hd1); 20170723 0.837: the 徐直军： line is level 1 now (hd1 + 397d219) but
    # his 1、…7、 are still read as a list, 7 level-2 headings missed (≥ 0.8: no xfail). Date 12/12
    # (the closing dateline, hd2); closing 10/12, the same two missed; apparatus 18/18 (题注, hd2),
    # kept 13/13; every form 0.986 (approximate numbers, hd2) but docx_styles 1.000, 20170723 the
    # only text below 1.
    #
    # The floors are the figures measured at the release (main ef94f259, DRAFTER_HOLDOUT lifted),
    # rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout41_",
        documents={
            "heldout41_ren_19951116": 1.0,
            "heldout41_ren_20000408": 1.0,  # 0.0 blind; 第一点，/第二点， spoken points (hd1)
            "heldout41_ren_20010208": 1.0,
            "heldout41_ren_20070803": 1.0,
            "heldout41_ren_20140307": 1.0,
            "heldout41_ren_20140605": 1.0,
            "heldout41_ren_20160819": 1.0,
            "heldout41_ren_20161217": 1.0,
            "heldout41_ren_20170723": 0.83,  # 0.81 blind; 徐直军： level 1 (hd1, 397d219)
            "heldout41_ren_20170824": 1.0,
            "heldout41_ren_20171113": 1.0,
            "heldout41_ren_20181019": 1.0,
        },
        mean=0.98,  # 0.901 blind; 0.986 at the end (hd1, 397d219)
        closings=10,  # at the gold's own paragraph (blind 10, start and end)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 1 of 18: 题注)
        kept=13,  # notes/endnotes/source lines kept with the document (blind 12 of 13)
        # blind: every form 0.901 but docx_glued 0.884 and docx_pasted 0.865; at the end every
        # form 0.986 (20170723 0.837) but docx_styles 1.000
        forms=every_form(0.98, docx_styles=1.0),
    ),
    # Blind gold set 42 of issue 8 (tests/gold/heldout42_*.json): the figures of record as floors.
    #
    # The second set of session 39, drawn in the same run as set 41 (holdout39/pick.py, seed
    # 20261213) at 03:36 UTC, before any helper started, from the same pool. Every one is ren;
    # 20170807 and 20140923 are not the released golds of those dates (heldout42_ren_20170807 is
    # 在行政服务解决“小鬼难缠”工作进展汇报上的讲话, heldout42_ren_20140923 在“班长的战争”对华为的启示和挑战
    # 汇报会上的讲话). 1,705–7,921 characters (20171006, four university talks and a Q&A in five
    # parts, the long one). Outlined by hand without drafter by a helper (g42o) who neither ran
    # drafter nor read its code (tests/gold/README.md, "Blind set 42"), and scored at the
    # session's start (5c1f80f) and end (ef94f259).
    #
    # Blind figures (start and end code the same): level-1/2 heading F1 mean 1.000, min 1.000
    # (ren 19940126, 20111225 and 20050726 with no outline, as the gold). Title 12/12, date
    # 12/12. Closing at the gold's own paragraph 9/12, each disagreement at an alternative the
    # annotator's README note names or calls hard: 20111225 found two paragraphs late at 千古兴亡
    # 多少事… (an alternative it names), 20150506 missed 以上三种模式各有优点… (l. 65 or null, a hard
    # call), 20160214 a closing at 我们将来严守两个承诺… where the gold has none (its alternative,
    # l. 28). Apparatus out of the body 16/16, kept 12/12. Every form 1.000.
    #
    # The floors are the figures measured at the release (main ef94f259, DRAFTER_HOLDOUT lifted),
    # rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout42_",
        documents={
            "heldout42_ren_19940126": 1.0,
            "heldout42_ren_19961113": 1.0,
            "heldout42_ren_20050726": 1.0,
            "heldout42_ren_20070914": 1.0,
            "heldout42_ren_20111225": 1.0,
            "heldout42_ren_20140923": 1.0,
            "heldout42_ren_20150506": 1.0,
            "heldout42_ren_20160214": 1.0,
            "heldout42_ren_20170418": 1.0,
            "heldout42_ren_20170705": 1.0,
            "heldout42_ren_20170807": 1.0,
            "heldout42_ren_20171006": 1.0,
        },
        mean=1.0,  # 1.000 blind (start and end)
        closings=9,  # closing at the gold's own paragraph (blind 9, start and end code)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 16)
        kept=12,  # notes/endnotes/source lines kept with the document (blind 12 of 12)
        forms=every_form(1.0),  # 1.000 blind in every form
    ),
    # Blind gold set 43 of issue 8 (tests/gold/heldout43_*.json): the figures of record as floors.
    #
    # The first set of session 40, drawn (holdout40/pick.py, seed 20261206) at 06:39 UTC, before
    # any helper started: the last 16 ren speeches of 1,200–20,000 characters with no outline
    # gold, split into sets 43 (8) and 44 (8), texts of the same date (20140509 ×2) kept in one
    # set; held out in HOLDOUT.txt until the end score. Outlined by hand without drafter by a
    # helper (g43o, finished 06:43) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 43"). The session's rule helpers (cl1 closings, fr1
    # frames, fm3 forms/titles/appendix) and rv40/ux40 started at 06:40–06:42, before the start
    # score; ux41, ux42, bi40, ux43 and ux44 later, on UI/office/bad-input tasks from descriptions
    # unrelated to the sets. Scored at the start (main e3321fb9, 06:43) and end (d60a135e, 08:01,
    # after the last rule helper's landing).
    #
    # Blind figures (start and end the same): level-1/2 heading F1 mean 0.984, min 0.872 (ren
    # 20140502 英国媒体会谈纪要, its 21 numbered questions: 9、, 20、 and 21、 missed, 15、 cut at its
    # first question mark); title 8/8, date 8/8; closing at the gold's own paragraph 5/8
    # (19970207 found late at 不要说我们一无所有… for the gold's l. 20, 20140502 none for l. 139,
    # 20150907 late at 从这些开始… for l. 101); apparatus out of the body 8/8, kept 6/6; every
    # form 0.984.
    #
    # The floors are the figures measured at the release (main 1a0dbb92, DRAFTER_HOLDOUT lifted),
    # rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout43_",
        documents={
            "heldout43_ren_19960406": 1.0,
            "heldout43_ren_19970207": 1.0,
            "heldout43_ren_20070108": 1.0,
            "heldout43_ren_20110223": 1.0,
            # 0.872 blind: 9、, 20、, 21、 missed, 15、 cut; 0.952 since the mistyped 9、 (for 19、)
            # keeps the run and its asker's 首先，…？ is its heading (pr2); 15、 still cut; 1.0
            # since a short line of questions after an asker's label of any script is whole (ol2)
            "heldout43_ren_20140502": 1.0,
            "heldout43_ren_20150907": 1.0,
            "heldout43_ren_20160405": 1.0,
            "heldout43_ren_20170829": 1.0,
        },
        mean=1.0,  # 0.984 blind (start and end); 0.994 since (pr2); 1.000 since (ol2)
        closings=6,  # closing at the gold's own paragraph (blind 5, start and end code; 6 s41)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 8)
        kept=6,  # notes/endnotes/source lines kept with the document (blind 6 of 6)
        # 0.984 blind in every form; 1.000 since ol2 but docx_glued (0.997: the glued heading
        # is drawn at random)
        forms=every_form(1.0, docx_glued=0.99),
    ),
    # Blind gold set 44 of issue 8 (tests/gold/heldout44_*.json): the figures of record as floors.
    #
    # The second set of session 40, drawn in the same run as set 43 (holdout40/pick.py, seed
    # 20261206) at 06:39 UTC, before any helper started, from the same pool; both texts of
    # 20140509 are here (heldout44_ren_20140509 喜马拉雅山的水为什么不能流入亚马逊河,
    # heldout44_ren_20140509_2 简化管理，选拔使用有全局观的干部…). Outlined by hand without
    # drafter by a helper (g44o, finished 06:45) who neither ran drafter nor read its code
    # (tests/gold/README.md, "Blind set 44"), and scored with set 43 at the session's start (main
    # e3321fb9) and end (d60a135e); the helpers as there.
    #
    # Blind figures (start and end the same): level-1/2 heading F1 mean 0.986, min 0.889 (ren
    # 20120712: its spoken 第一点，/第二点， and 第一，/第二， points, 4 level-2 headings,
    # missed); title 8/8, date 8/8; closing at the gold's own paragraph 6/8 (20140509 none for the
    # gold's l. 44, 20140723 late at 在这次改革过程中… for l. 43); apparatus out of the body
    # 14/14, kept 11/11; every form 0.986.
    #
    # The floors are the figures measured at the release (main 1a0dbb92, DRAFTER_HOLDOUT lifted),
    # rounded down: the end figures, every one.
    BlindSet(
        prefix="heldout44_",
        documents={
            "heldout44_ren_199705": 1.0,
            "heldout44_ren_20091231": 1.0,
            "heldout44_ren_20100430": 1.0,
            "heldout44_ren_20110104": 1.0,
            # 0.889 blind: 第一点，/第一， points missed; 1.000 since answer points after a
            # lead-in under a numbered question are read (pr2)
            "heldout44_ren_20120712": 1.0,
            "heldout44_ren_20140509": 1.0,
            "heldout44_ren_20140509_2": 1.0,
            "heldout44_ren_20140723": 1.0,
        },
        mean=1.0,  # 0.986 blind (start and end); 1.000 since (pr2)
        closings=7,  # closing at the gold's own paragraph (blind 6, start and end code; 7 s41)
        in_body_ceiling=0,  # gold apparatus items still found in the body (blind 0 of 14)
        kept=11,  # notes/endnotes/source lines kept with the document (blind 11 of 11)
        forms=every_form(0.98),  # 0.986 blind in every form
    ),
)
BY_NAME = {s.name: s for s in BLIND_SETS}
DOCUMENTS = [(s, path) for s in BLIND_SETS for path in s.paths]


def known_wrong() -> dict[str, str]:
    """Every blind set's documents still below the issue's 0.8, with the reason: what
    test_outline_gold.py marks as non-strict xfails (KNOWN_WRONG)."""
    return {stem: reason for s in BLIND_SETS for stem, reason in s.xfails.items()}


def test_table_is_sound() -> None:
    """Each row names its own set: prefixes differ, every floor and xfail names a file of the
    row's prefix, and the per-form floors name every form."""
    assert len(BY_NAME) == len(BLIND_SETS)
    for s in BLIND_SETS:
        assert s.prefix.startswith("heldout") and s.prefix.endswith("_"), s.prefix
        assert all(stem.startswith(s.prefix) for stem in s.documents), s.name
        assert set(s.xfails) <= set(s.documents), s.name
        assert set(s.forms) == set(FORMS), s.name


@pytest.mark.parametrize("name", BY_NAME)
def test_set_is_complete(name: str) -> None:
    """The set's gold files are exactly the documents its row gives floors, and each says its
    closing and apparatus (the fields the set's bookend floors score)."""
    s = BY_NAME[name]
    assert sorted(p.stem for p in s.paths) == sorted(s.documents)
    for path in s.paths:
        gold = gold_of(path)
        assert "closing" in gold and isinstance(gold["apparatus"], list), path.name


@pytest.mark.parametrize(("blind_set", "path"), DOCUMENTS, ids=[path.stem for _, path in DOCUMENTS])
def test_heading_f1_floor(blind_set: BlindSet, path: Path, shared_dir: Path) -> None:
    """A document keeps its level-1/2 heading F1 of record."""
    score, want, got = heading_score(path, shared_dir)
    floor = blind_set.documents[path.stem]
    assert score >= floor, (
        f"F1 {score:.3f} < {floor}; missing {sorted(want - got)[:4]}; "
        f"extra {sorted(got - want)[:4]}"
    )


@pytest.mark.parametrize("name", BY_NAME)
def test_set_mean_and_bookends(name: str, shared_dir: Path) -> None:
    """The set keeps its mean F1, its closings, its apparatus out of the body and kept."""
    s = BY_NAME[name]
    scores, closings, in_body, kept = set_totals(s.paths, shared_dir)
    assert statistics.mean(scores) >= s.mean
    assert closings >= s.closings
    assert in_body <= s.in_body_ceiling
    assert kept >= s.kept


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", BY_NAME)
def test_forms_floor(form: str, name: str, shared_dir: Path, tmp_path: Path) -> None:
    """The set as Word files, saved pages and scraped text keeps its per-form F1 (the blind
    sets are kept out of test_realforms_gold.py's sample)."""
    s = BY_NAME[name]
    scores = form_scores(s.paths, form, shared_dir, tmp_path)
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:3]
    assert statistics.mean(scores.values()) >= s.forms[form], worst
