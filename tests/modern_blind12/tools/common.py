"""Source reading shared by build.py and gold_data.py (not by check.py).
Source lines are `K|field|…`:
  T title, SUB subtitle, SP speaker line, D date line, P paragraph, CL closing paragraph (a P,
  marked for the gold), H1/H2 marker|text (a heading line), R1/R2 marker|lead|rest (run-in,
  lead in bold), L marker|text (a list item, not a heading), SIG signature, DL date line at
  the end, RED red-head organ, NUM 发文字号, BJ 版记 line.
  x03 only: a kind starting `~` is a paragraph deleted whole (tracked), `MF`/`MT` a moved
  paragraph (from/to, the next field its kind), a kind ending `!` a paragraph with pPrChange;
  inline {INS:…} {DEL:…} {CMT:anchor^comment}. x07: inline {FN:…} footnote."""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"


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
    """(kind, text) of every paragraph as it reads (changes accepted, deleted and moved-from
    paragraphs dropped), kind without the x03 decorations."""
    out = []
    for k, f in rows(name):
        if k.startswith("~") or k == "MF":
            continue
        if k == "MT":
            k, f = f[0], f[1:]
        k = k.rstrip("!")
        out.append((k, [accepted(x) for x in f]))
    return out


def text_of(k, f):
    return "".join(f)
