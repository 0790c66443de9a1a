"""Blind gold set 16 of issue 8 (tests/gold/heldout16_*.json): the figures of record as floors.

Twelve speeches (6 mao, 6 ren) with no outline gold, 2,000–9,000 characters, picked by the lead's
seeded shuffle (holdout16/pick.py, seed 20261209) at the start of session 27 (19:25 UTC, before
any helper started), outlined by hand by a helper who neither ran drafter nor read its code
(tests/gold/README.md, "Blind set 16"), committed apart (g16o 4c3c193, 19:32 UTC) and kept from
the rule writers (HOLDOUT.txt) until main beaf87a was scored once, after the session's rule
work had landed. Each text has a study gold of older sessions, so rule writers may have read
them before, though never their outlines' gold.

Blind figures (main beaf87a, session 27): level-1/2 heading F1 mean 0.888, min 0.000 — ren
20080215 (points numbered from 第二个 in three shapes, 第二个… / 第三， / 第五个问题, the first
point being the opening: none found), mao v2_005 0.769 (先说…/其次…/其次… under a part, level 2
by the gold), ren 20160805 0.889 (two 1、/2、 points under a speaker's line missed); the other
nine 1.000. Title 12/12, date 12/12, closing at the gold's own paragraph 10/12, apparatus out of
the body 25/25, kept 18/18. The session-start code (9f059ab) scored the same but closing 9/12
(the closing by position of a text with no parts: two found, ren 2003's null broken). Per form
(bench/format_robustness.py --gold 'heldout16_*'): docx_pasted 0.818, docx_glued 0.881, the
bold forms and html_p 0.884, every other form 0.888 (start: docx_bullets 0.864, bold-lead 0.878).
The floors are those figures rounded down (ren 20080215's, the mean's and the forms' raised
since: see FLOORS).
"""

from __future__ import annotations

from blind_sets import every_form, floor_tests

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
    "heldout16_mao_v2_005": 0.76,  # 先说/其次/其次 under a part read as body
    "heldout16_mao_v2_038": 1.0,
    "heldout16_mao_v4_044": 1.0,
    "heldout16_mao_v5_008": 1.0,
    "heldout16_mao_v5_016": 1.0,
    "heldout16_mao_v5_064": 1.0,
    "heldout16_ren_2003": 1.0,
    "heldout16_ren_20080215": 1.0,  # 0.0 blind (points from 第二个 in three shapes); ol6
    "heldout16_ren_20090327": 1.0,
    "heldout16_ren_20160804": 1.0,
    "heldout16_ren_20160805": 0.88,  # 1、/2、 under a speaker's line missed
    "heldout16_ren_20171024": 1.0,
}
MEAN_FLOOR = 0.97  # 0.888 blind; 0.972 since ol6 (ren 20080215 0.000 -> 1.000)
CLOSING_RIGHT_FLOOR = 10  # closing at the gold's own paragraph (blind 10; start code 9)
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body
APPARATUS_KEPT_FLOOR = 18  # notes/endnotes/source lines kept with the document
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
# (blind: 0.88, docx_pasted 0.81; ol6 raised all but docx_numbering, which stays 0.888)
FORM_FLOORS = every_form(0.96, docx_numbering=0.88, docx_pasted=0.90)


(
    test_set16_is_complete,
    test_heading_f1_floor,
    test_set16_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout16_", globals())
