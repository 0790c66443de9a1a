"""Source reading shared by build.py and gold_data.py (not by check.py). Helper mb15.
Source lines are `K|field|…` (tools/src/xNN.txt, one paragraph a line):
  T title, SP speaker line, D date line, P paragraph, CL the closing's first paragraph (a P marked
  for the gold), H1/H2 marker|text (a heading on its own line), R1/R2 marker|lead|rest (a run-in
  heading: lead to its first 。), LI a list item (x06: inside the speech, no heading; x05: the
  appended 议程), plus furniture: FORM/FROW (x01 the 发文处理单's caption and field rows), TOP/SRC
  (x04), APX (x05), FN (x07 footnotes), MH/NOTE/DISC (x08 mail), HDR/ATT (x09 template parts).
x04 is built from src/x04_hant.txt (src/x04.txt run once through OpenCC s2t, “” → 「」)."""

from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"

NAMES = {
    "x01": "x01_old_housing_renewal_oa_form.docx",
    "x02": "x02_river_chief_pandoc.docx",
    "x03": "x03_tech_innovation_doc_viewer.html",
    "x04": "x04_preappointment_talk_big5.txt",
    "x05": "x05_women_congress_opening_shimo.md",
    "x06": "x06_cppcc_inspection_list_header.odt",
    "x07": "x07_party_secretaries_review_wps_footnotes.pdf",
    "x08": "x08_school_safety_outlook.htm",
    "x09": "x09_business_complaints_content_controls.docx",
    "x10": "x10_veterans_work_portal_disclosure.html",
}

BODY = ("T", "SP", "D", "P", "CL", "H1", "H2", "R1", "R2")


def rows(name):
    fn = SRC / (f"{name}_hant.txt" if name == "x04" else f"{name}.txt")
    out = []
    for ln in fn.read_text(encoding="utf-8").splitlines():
        if ln.strip():
            k, *rest = ln.split("|")
            out.append((k, rest))
    return out


def text_of(k, f):
    return "".join(f)
