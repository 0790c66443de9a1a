"""Blind gold set 24 of issue 8 (tests/gold/heldout24_*.json): the figures of record as floors.

The second set of session 30, drawn in the same run as set 23 (holdout23/pick.py, seed 20261205)
at 04:25 UTC and listed in HOLDOUT.txt before any helper began: twelve speeches (6 mao, 6 ren)
from the same pool (1,200–20,000 characters, no outline gold), leaving out set 23 and any other
version (第X卷_NNN) of its texts, the study bookends gold, the scored hold-outs of sessions 28
and 29, texts whose stem tests/, bench/, docs/ or drafter/ names, and any other version of a
golded text; outlined by hand by a helper (g24o) who neither ran drafter nor read its code
(tests/gold/README.md, "Blind set 24"), and scored once on main dabfdc2 after the session's last
rule landing.

Blind figures (main dabfdc2, session 30): level-1/2 heading F1 1.000 on every document. Title
12/12, date 12/12, closing at the gold's own paragraph 6/12 (real closings 2 of 7; both finders
alike: mao v2_004, v4_065, v5_063 and v5_068 close one or two paragraphs after the gold, ren
19961121 gets none where the gold closes, and ren 20150515, null by the gold, gets one),
apparatus out of the body 21/21, kept 15/15. Per form (this module's measure, re-run at the
release on dabfdc2, the end code itself; the lead's scoring printed only the last forms): 1.000
in every form but docx_glued 0.983 (ren 20150731 0.800). The session-start code (280ea7f)
scored the same on every figure.

The floors are the figures measured at the release (main dabfdc2), rounded down: every one is
the blind figure (no rule has been written on this set).
"""

from __future__ import annotations

from blind_sets import every_form, floor_tests

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
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
}
MEAN_FLOOR = 0.99  # 1.000 blind
CLOSING_RIGHT_FLOOR = 6  # closing at the gold's own paragraph (blind 6; start code 6)
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body
APPARATUS_KEPT_FLOOR = 15  # notes/endnotes/source lines kept with the document
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
# (the same at the blind scoring: 1.000, docx_glued 0.983)
FORM_FLOORS = every_form(0.99, docx_glued=0.98)


(
    test_set24_is_complete,
    test_heading_f1_floor,
    test_set24_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout24_", globals())
