"""Source reading shared by build.py, web.py, pdfs.py and gold_data.py (not by check.py).
Source lines are `K|field|…`:
  T title, SUB subtitle, SP speaker line, D date line, P paragraph, CL the closing's first
  paragraph (a P marked for the gold), H1/H2 marker|text (a heading standing on its own line),
  R1/R2 marker|lead|rest (a run-in heading: lead to its first 。), L/L3 marker|text (a list
  item, no heading), plus form furniture: COVER/AG/AGP/AGI/TB/TBS/TBP/TBH (x03's booklet),
  NOTE/DETAILS (x09), TAB/ATT (x10).
  x05 only: a kind starting `~` is a paragraph deleted whole (tracked), `+` a paragraph
  inserted whole; inline {INS:…} {DEL:…} {CMT:anchor^comment}. x04/x09: inline {FN:…}."""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"

NAMES = {
    "x01": "x01_league_congress_report_toc.docx",
    "x02": "x02_standing_meeting_houses_wordfiltered.htm",
    "x03": "x03_safety_warning_booklet_2up.pdf",
    "x04": "x04_cppcc_member_speech_wps_glyphs.pdf",
    "x05": "x05_appointment_meeting_tracked.odt",
    "x06": "x06_recruits_sendoff_manuscript_paper.docx",
    "x07": "x07_forest_fire_gb18030_cr.txt",
    "x08": "x08_npc_appointee_pledge_edge.mhtml",
    "x09": "x09_digital_government_feishu.md",
    "x10": "x10_inspection_mobilization_minutes_table.docx",
}


def rows(name):
    out = []
    for ln in (SRC / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if ln.strip():
            k, *rest = ln.split("|")
            out.append((k, rest))
    return out


def accepted(s):
    """Inline markup resolved as the text reads with all changes accepted, no notes."""
    s = re.sub(r"\{DEL:[^}]*\}", "", s)
    s = re.sub(r"\{INS:([^}]*)\}", r"\1", s)
    s = re.sub(r"\{CMT:([^^}]*)\^[^}]*\}", r"\1", s)
    s = re.sub(r"\{FN:[^}]*\}", "", s)
    return s


def plain_rows(name):
    """(kind, fields) of every paragraph as it reads (changes accepted, deleted paragraphs
    dropped), kind without the x05 decorations."""
    out = []
    for k, f in rows(name):
        if k.startswith("~"):
            continue
        out.append((k.lstrip("+"), [accepted(x) for x in f]))
    return out


def footnotes(s):
    return re.findall(r"\{FN:([^}]*)\}", s)
