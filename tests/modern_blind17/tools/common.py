"""Source reading shared by build.py and gold_data.py (not by check.py). Helper mb17.
Source lines are `K|field|…` (tools/src/xNN.txt, one paragraph a line):
  T title, SP speaker line, D date line, P paragraph, CL the closing's first paragraph (a P marked
  for the gold), H1/H2 marker|text (a heading on its own line), R1/R2 marker|lead|rest (a run-in
  heading: lead to its first 。), F|kind|text furniture of the form (its place in the file is where
  it stands: before the title, inside, after the end; kinds as the form needs them: chrome, notes,
  front, more, endnotes, toc, source), C|kind|text (x05) the chat's own lines (user, ai, notes, rule)."""

from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"

NAMES = {
    "x01": "x01_grassroots_burden_tencent_docs.docx",
    "x02": "x02_eco_inspection_rectification_feishu.html",
    "x03": "x03_drug_control_rtf_pntext.rtf",
    "x04": "x04_ethnic_unity_commendation_hugo.md",
    "x05": "x05_cyber_security_week_ai_chat.txt",
    "x06": "x06_conscription_pdf_annotations.pdf",
    "x07": "x07_gas_safety_oa_rtf_as.doc",
    "x08": "x08_ageing_work_odt_toc.odt",
    "x09": "x09_road_traffic_safety_customxml.docx",
    "x10": "x10_reading_campaign_evernote.html",
}

BODY = ("T", "SP", "D", "P", "CL", "H1", "H2", "R1", "R2")


def rows(name):
    out = []
    for ln in (SRC / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if ln.strip():
            k, *rest = ln.split("|")
            out.append((k, rest))
    return out


def text_of(k, f):
    return "".join(f)


def body_len(name):
    return sum(len(text_of(k, f)) for k, f in rows(name) if k in BODY)
