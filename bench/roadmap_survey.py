"""Roadmap survey: what the roadmap reader decides on every text of ../shared, for recall work.

Not a timing benchmark. The gold files hold a few dozen roadmap sentences; the rules have
always done far worse on unseen speeches than on them. This casts a broad net over every
speech, report and seed (the hold-out of /work/notes/HOLDOUT.txt skipped, its lines never
printed) and lists each candidate with the analysis's decision, so that a sample can be read:

* ``verb`` — a verb of talk (讲/谈/说/提/汇报/报告/强调/归纳/概括/交流/介绍/阐述/说明) within a
  few characters of a count, 几, 一些 or a pointer (以下/如下/下列);
* ``colon-*`` / ``ptr-*`` — a paragraph's last sentence ending in a colon, or holding a pointer
  (以下/如下/下列/下述/下面), right before marked, alike or short parallel paragraphs;
* ``heading`` — a heading ending in a colon or holding a pointer.

    .venv/bin/python bench/roadmap_survey.py [--out FILE.json] [--diff OLD.json]

Prints the number of texts, candidates and roadmap sentences found; ``--out`` writes every
candidate (file, paragraph, sentence, kinds, found, linked parts, next paragraphs' first words);
``--diff`` lists the roadmap sentences found now and not in OLD, and those no longer found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HOLDOUT = Path("/work/notes/HOLDOUT.txt")
sys.path.insert(0, str(ROOT))

from drafter.corpus.load import load_document  # noqa: E402
from drafter.corpus.model import ReadError  # noqa: E402
from drafter.study.layout import layout  # noqa: E402
from drafter.study.roadmap import find_roadmap  # noqa: E402
from drafter.study.text import sentences  # noqa: E402

FOLDERS = ("corpus/speeches/mao", "corpus/speeches/ren", "corpus/structure", "seeds")
_VERB = "讲|谈|说|提|汇报|报告|强调|归纳|概括|交流|介绍|阐述|说明"
_COUNT = r"(?:几|一些|以下|如下|下列|[两二三四五六七八九十]{1,2})"
RX_VERB = re.compile(
    f"(?:{_VERB})[^。；！？]{{0,12}}{_COUNT}|{_COUNT}[^。；！？]{{0,12}}(?:{_VERB})"
)
RX_POINTER = re.compile(r"以下|如下|下列|下述|下面")
RX_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、．.，,是要]|第[一二三四五六七八九十]+|首先|其一"
    r"|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、．.）)]|[①②③④⑤⑥⑦⑧⑨]|[甲乙丙丁][、，])"
)
RX_INLINE = re.compile(r"第一[，,、：:是]|一[是要]|首先[，,]|其一|[（(][一1][）)]|1[、．.）)]")


def texts() -> list[Path]:
    """Every text of the surveyed folders, minus the hold-out (never opened here)."""
    held = set()
    if HOLDOUT.is_file():
        held = {ln.strip() for ln in HOLDOUT.read_text("utf-8").splitlines() if ln.strip()}
    out = []
    for folder in FOLDERS:
        for path in sorted((SHARED / folder).iterdir()):
            if (
                path.suffix in (".md", ".txt", ".docx")
                and str(path.relative_to(SHARED)) not in held
            ):
                out.append(path)
    return out


def parallel(paras: list, idx: int) -> str:
    """How the paragraphs after ``idx`` look: ``marked`` (the next opens with a marker),
    ``alike`` (the next two open with the same two characters), ``short`` (two short ones)."""
    nxt = [p.text.strip() for p in paras[idx + 1 : idx + 5]]
    if nxt and RX_MARK.match(nxt[0]):
        return "marked"
    if len(nxt) >= 2 and nxt[0][:2] == nxt[1][:2]:
        return "alike"
    if len(nxt) >= 2 and all(len(t) < 40 for t in nxt[:2]):
        return "short"
    return ""


def survey(path: Path) -> list[dict]:
    """The candidates of one text with the analysis's decision, and every roadmap it found
    outside the net (kind ``code-only``)."""
    lay = layout(load_document(path))
    roads = find_roadmap(lay)
    paras = lay.paragraphs
    name = str(path.relative_to(SHARED))
    rows: list[dict] = []
    claimed: set[int] = set()

    def row(idx: int, text: str, kinds: list[str], road, inline: bool = False) -> dict:
        nxt = [
            ("H:" if p.is_heading else "") + p.text.strip()[:30] for p in paras[idx + 1 : idx + 5]
        ]
        return {
            "file": name,
            "para": idx,
            "sent": text[:120],
            "kinds": kinds,
            "inline": inline,
            "found": road is not None,
            "parts": len(road.sections) if road else None,
            "count": road.count if road else None,
            "next": nxt,
        }

    for idx, para in enumerate(paras):
        sents = sentences(para.text) if para.text.strip() else []
        shape = parallel(paras, idx)
        for k, sent in enumerate(sents):
            text, last = sent.text.strip(), k == len(sents) - 1
            kinds = ["verb"] if RX_VERB.search(text) else []
            if last and shape and text.endswith(("：", ":")):
                kinds.append("colon-" + shape)
            elif last and shape and RX_POINTER.search(text):
                kinds.append("ptr-" + shape)
            if para.is_heading and (text.endswith(("：", ":")) or RX_POINTER.search(text)):
                kinds.append("heading")
            if not kinds:
                continue
            road = next(
                (
                    r
                    for r in roads
                    if r.span.paragraph == idx
                    and r.span.start <= sent.start + 2
                    and r.span.end >= sent.end - 2
                ),
                None,
            )
            if road is not None:
                claimed.add(id(road))
            inline = bool(RX_INLINE.search(para.text[sent.end :]))
            rows.append(row(idx, text, kinds, road, inline))
    for road in roads:
        if id(road) not in claimed:
            rows.append(row(road.span.paragraph, road.text, ["code-only"], road))
    return rows


def main() -> None:
    """Survey every text; print the totals, write the candidates, diff against a saved run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--diff", type=Path)
    args = parser.parse_args()
    rows: list[dict] = []
    paths = texts()
    for path in paths:
        try:
            rows.extend(survey(path))
        except ReadError:
            continue  # an empty file
    found = [r for r in rows if r["found"]]
    print(f"{len(paths)} texts, {len(rows)} candidates, {len(found)} roadmap sentences found")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    if args.diff:
        old = json.loads(args.diff.read_text("utf-8"))
        key = lambda r: (r["file"], r["para"], r["sent"])  # noqa: E731
        before = {key(r): r for r in old if r["found"]}
        now = {key(r): r for r in found}
        for k in sorted(now.keys() - before.keys()):
            print(
                "+",
                k[0],
                k[1],
                k[2],
                "| parts",
                now[k]["parts"],
                "|",
                " / ".join(now[k]["next"][:2]),
            )
        for k in sorted(before.keys() - now.keys()):
            print("-", k[0], k[1], k[2])
        for k in sorted(now.keys() & before.keys()):
            if now[k]["parts"] != before[k]["parts"]:
                print("~", k[0], k[1], k[2], before[k]["parts"], "→", now[k]["parts"])


if __name__ == "__main__":
    main()
