"""Blind gold set 23 of issue 8 (tests/gold/heldout23_*.json): the figures of record as floors.

The first set of session 30, drawn (holdout23/pick.py, seed 20261205) at 04:25 UTC and listed in
HOLDOUT.txt before any helper began: twelve speeches (6 mao, 6 ren) from a pool widened to
1,200–20,000 characters (211 texts, 38 of them mao) with no outline gold, leaving out the study
bookends gold, the scored hold-outs of sessions 28 and 29, texts whose stem tests/, bench/, docs/ or
drafter/ names, and any other version (第X卷_NNN) of a golded text; outlined by hand by a helper
(g23o) who neither ran drafter nor read its code (tests/gold/README.md, "Blind set 23"), and
scored once on main dabfdc2 after the session's last rule landing.

Blind figures (main dabfdc2, session 30): level-1/2 heading F1 1.000 on every document (four have
no outline: mao v1_017, v4_001, v4_006, v4_060). Title 12/12, date 12/12, closing at the gold's
own paragraph 10/12 (real closings 5 of 7; mao v1_017 and ren 2000 get none where the gold
closes), apparatus out of the body 20/20, kept 15/15. The study's closing finder is right on
8/12: in mao v4_001 and v4_006 it starts at the 总而言之…/总之… summing-up inside the last
paragraph the gold takes whole (test_closing_both_golds.py, STUDY_BELOW_OUTLINE). Per form (this
module's measure, re-run at the release on dabfdc2, the end code itself; the lead's scoring
printed only the last forms): 1.000 in every form but docx_glued 0.991 (ren 20161121 0.889).
The session-start code (280ea7f) scored the same on every figure.

The floors are the figures measured at the release (main dabfdc2), rounded down: every one is
the blind figure (no rule has been written on this set).
"""

from __future__ import annotations

from blind_sets import every_form, floor_tests

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
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
}
MEAN_FLOOR = 0.99  # 1.000 blind
CLOSING_RIGHT_FLOOR = 10  # closing at the gold's own paragraph (blind 10; start code 10)
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body
APPARATUS_KEPT_FLOOR = 15  # notes/endnotes/source lines kept with the document
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
# (the same at the blind scoring: 1.000, docx_glued 0.991)
FORM_FLOORS = every_form(0.99)


(
    test_set23_is_complete,
    test_heading_f1_floor,
    test_set23_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout23_", globals())
