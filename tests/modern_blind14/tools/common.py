"""Source reading shared by build.py and gold_data.py (not by check.py).
Source lines are `K|field|…` (tools/src/xNN.txt, one paragraph a line):
  T title, SUB subtitle, SP speaker line, D date line, P paragraph, CL the closing's first
  paragraph (a P marked for the gold), H1/H2 marker|text (a heading on its own line),
  R1/R2 marker|lead|rest (a run-in heading: lead to its first 。), OL marker|lead|rest (x10: a
  run-in list item whose marker exists only in the list's CSS counter), plus furniture:
  ATT/TR (x08 附件 and its table rows), MAIL1/NOTE/MAIL2/FOOT (x09's e-mail).
  x03 only: inline {FN:footnote} and {CMT:anchor^comment}."""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"

NAMES = {
    "x01": "x01_statistics_work_oa_html_as.doc",
    "x02": "x02_veteran_cadres_spring_textedit.rtf",
    "x03": "x03_talent_work_strict_ooxml.docx",
    "x04": "x04_food_safety_scanned_ocr.pdf",
    "x05": "x05_trade_union_congress_altchunk.docx",
    "x06": "x06_military_civilian_setext.md",
    "x07": "x07_audit_rectification_word.mht",
    "x08": "x08_publicity_work_landscape_columns.docx",
    "x09": "x09_youth_employment_forwarded_mail.txt",
    "x10": "x10_volunteer_federation_gdocs.html",
}

BODY_KINDS = ("T", "SUB", "SP", "D", "P", "CL", "H1", "H2", "R1", "R2", "OL")


def rows(name):
    out = []
    for ln in (SRC / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if ln.strip():
            k, *rest = ln.split("|")
            out.append((k, rest))
    return out


def plain(s):
    """Inline markup dropped: footnotes out, comment anchors kept."""
    s = re.sub(r"\{FN:[^}]*\}", "", s)
    s = re.sub(r"\{CMT:([^^}]*)\^[^}]*\}", r"\1", s)
    return s


def text_of(k, f):
    """The paragraph as it reads (marker included)."""
    return plain("".join(f))


def footnotes(s):
    return re.findall(r"\{FN:([^}]*)\}", s)


def comments(s):
    return re.findall(r"\{CMT:([^^}]*)\^([^}]*)\}", s)
