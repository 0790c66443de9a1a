"""Source reading shared by build.py and gold_data.py (not by check.py). Helper mb16.
Source lines are `K|field|…` (tools/src/xNN.txt, one paragraph a line):
  T title, SP speaker line, D date line, P paragraph, CL the closing's first paragraph (a P marked
  for the gold), DC (x10) the paragraph whose first character is set as a drop cap, H1/H2
  marker|text (a heading on its own line), R1/R2 marker|lead|rest (a run-in heading: lead to its
  first 。), LI (x07) a bulleted list item inside the speech (no heading), F|kind|text furniture of
  the form (its place in the file is where it stands: before the title, inside, after the end),
  C|kind|text (x05) the chat export's own lines (head, day, who = sender/time, note, reply)."""

from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"

NAMES = {
    "x01": "x01_national_security_day_print_page.html",
    "x02": "x02_safety_interview_watermark_draft.docx",
    "x03": "x03_village_team_training_word2003xml.doc",
    "x04": "x04_archives_work_iframe.mhtml",
    "x05": "x05_constitution_oath_wechat_chat.txt",
    "x06": "x06_medical_insurance_fund_browser_print.pdf",
    "x07": "x07_funeral_reform_notion.md",
    "x08": "x08_cultural_relics_wordpad.rtf",
    "x09": "x09_illegal_fundraising_odt_frames.odt",
    "x10": "x10_league_congress_closing_dropcap.docx",
}

BODY = ("T", "SP", "D", "P", "CL", "DC", "H1", "H2", "R1", "R2", "LI")


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
