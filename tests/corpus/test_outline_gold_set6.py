"""Blind gold set 6 of issue 8 (tests/gold/heldout6_*.json): the figures of record as floors.

Twelve documents (2 structure reports, 2 scale reports, 4 mao, 4 ren) picked by the lead's
seeded shuffle, outlined by hand from the texts before drafter ran on any of them, and kept
from everyone who changed rules until main 0f25999 was scored once, after the last rule
landed. The floors are those blind figures (rounded down): they catch a change that loses
what the parser already gets right on texts it was never tuned on. Raise them when a fix
lifts a figure; the blind figures themselves stay the ones written here and in
tests/gold/README.md. Documents below the issue's 0.8 are xfails with their reason in
test_outline_gold.py; wrong titles or dates in test_metadata_shared.py.

Blind figures (main 0f25999, 12:08 UTC): level-1/2 heading F1 mean 0.850, min 0.000
(reports 0.903, speeches 0.823; below 0.8: 1964 0.611, mao 4-022 0.000, ren 19980620 0.771);
title right 11/12, date right 11/12; closing starts where the gold says 6/12; apparatus out
of the body 18/19 items, kept with the document 11/13. Per form, mean F1 (source 0.850):
docx_styles 0.979, docx_numbering 0.699, docx_bullets 0.761, docx_glued 0.760, txt_scraped
0.753, every other form 0.767.
"""

from __future__ import annotations

from blind_sets import floor_tests
from outline_scoring import apparatus_in_body, apparatus_kept, closing_right, gold_closing_index

# level-1/2 heading F1 per document at the blind scoring, rounded down
FLOORS: dict[str, float] = {
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
}
MEAN_FLOOR = 0.98  # 0.84 blind (0.850); heading extent, news summary, policy list (f8-runin)
CLOSING_RIGHT_FLOOR = 11  # closing starts where the gold says (blind 6; 11 after f8-close, a fit)
APPARATUS_IN_BODY_CEILING = 0  # gold apparatus items still found in the body (1 before ol3)
APPARATUS_KEPT_FLOOR = 13  # notes, endnotes, source lines kept with the document (11 before ol3)
# mean F1 of the set written as users' files (tests/corpus/realforms.py), per form, rounded down
FORM_FLOORS: dict[str, float] = {  # f8-runin figures less 0.01; blind ones in the docstring
    "docx_styles": 0.98,
    "docx_numbering": 0.97,
    "docx_bullets": 0.98,  # fm: 0.986 (bench bullets whole runs; Word bullet/bold rules)
    "docx_bold": 0.99,  # fm: 1.000 (mao v3 025_2 above its source)
    "docx_boldlead": 0.99,  # level-2 headings marked by bold alone (fm: 1.000)
    "docx_softbreak": 0.97,
    "docx_glued": 0.96,
    "docx_pasted": 0.97,
    "docx_official": 0.97,
    "html_p": 0.99,  # fm: 1.000
    "html_br": 0.97,
    "html_table": 0.97,
    "mhtml": 0.97,
    "html_bold": 0.98,  # outline shown by bold and centring (hb, s23)
    "html_boldlead": 0.99,  # fm: 1.000
    "txt_scraped": 0.95,
}


(
    test_set6_is_complete,
    test_heading_f1_floor,
    test_set6_mean_and_bookends,
    test_forms_floor,
) = floor_tests("heldout6_", globals())


def test_closing_and_apparatus_scoring() -> None:
    """The helpers the floors rest on: a closing is judged by where it starts, a gold file
    without the fields is not judged, and apparatus is found by kind."""
    gold = {"closing": "同志们！全面建设", "apparatus": []}
    assert closing_right(gold, ["同志们！ 全面建设小康社会……"]) is True
    assert closing_right(gold, ["各位代表！山东是……"]) is False
    assert closing_right(gold, []) is False
    assert closing_right({"closing": None}, []) is True
    assert closing_right({"closing": None}, ["谢谢大家！"]) is False
    assert closing_right({}, ["谢谢大家！"]) is None
    # a salutation the report repeats: the gold's line decides which one is meant
    source = "报告\n各位代表！\n国防……\n各位代表！\n让我们……\n"
    paragraphs = ["各位代表！", "国防……", "各位代表！", "让我们……"]
    gold = {"closing": "各位代表！", "closing_line": 2}
    assert closing_right(gold, paragraphs[2:]) is True  # first characters alone
    assert closing_right(gold, paragraphs[2:], paragraphs, source) is False
    assert closing_right(gold, paragraphs, paragraphs, source) is True
    assert gold_closing_index({**gold, "closing_line": 4}, paragraphs, source) == 2
    # a 结束语 line titles the closing: its words start under it
    assert closing_right({"closing": "各位代表！"}, ["结束语", "各位代表！", "让我们……"]) is True
    gold = {
        "apparatus": [
            {"kind": "chrome", "first": "下载"},
            {"kind": "marks", "first": "[1]"},
            {"kind": "notes", "first": "【导  读】任正非一"},
            {"kind": "endnotes", "first": "注释"},
        ]
    }
    left = apparatus_in_body(gold, ["下载文件的办法如下。", "正文[1]。", "【导读】任正非一次说"])
    assert [i["kind"] for i in left] == ["marks", "notes"]
    assert [i["kind"] for i in apparatus_in_body(gold, ["注释", "下载"])] == ["chrome", "endnotes"]
    assert apparatus_kept(gold, {"notes": ["任正非一次跟管理顾问聊天"], "endnotes": []}) == (1, 2)
