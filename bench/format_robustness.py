"""Format robustness: the gold documents re-expressed as users' files, read back, compared.

Not a timing benchmark. Each real gold document (tests/gold/*.json, sources in ../shared)
is written at run time as Word files typed in several habits, as saved web pages (.html,
.mhtml) with a government site's chrome, and as text scraped off a 范文 site (see
tests/corpus/realforms.py; nothing is copied into the project). Each form is read through
``load_document`` and compared with the gold and with the source read as it lies (the
peer in the same run):

* ``f1``       level-1/2 heading F1 against the gold (mean, min, and the source's mean);
* ``title``/``date``  right, of the documents whose gold has one;
* ``clutter``  documents with site chrome or a banner in the body;
* ``notes``    documents with an editor's note in the body;
* ``lost``     share of the source's paragraphs not found whole in the form (lines broken
  or glued wrongly);
* ``closing``  documents whose closing is found, against the source's count.

    .venv/bin/python bench/format_robustness.py                 # every gold file, all forms
    .venv/bin/python bench/format_robustness.py --forms txt_scraped --sample 15 -v
    .venv/bin/python bench/format_robustness.py --forms pdf_official doc rtf md_typed txt_gb18030

The last ones (realforms.MORE_FORMS: a PDF, .doc, .rtf and .odt made by LibreOffice, an OFD
laid out by tests/ofd_writer.py, Markdown and Notepad text as a writer types them; name them
with ``--forms … odt ofd``) are left out unless named: the conversions take
seconds a file the first time (they are cached by content afterwards), and reading a
.doc/.rtf runs LibreOffice again each time.
    .venv/bin/python bench/format_robustness.py --sites         # other sites' pages and files

``--sites`` runs realforms_sites.SITE_FORMS: a modern portal, a paper's report, a 范文 site,
a WeChat article, a Toutiao-like page, a Firefox-saved disclosure page, a Chrome .mhtml, a
red-head Word file and text copied with its 来源/发布时间 lines.
    .venv/bin/python bench/format_robustness.py --gold 'heldout6_*'     # one blind set
    .venv/bin/python bench/format_robustness.py --exclude 'heldout8_*'  # development gold only
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
# this checkout's drafter first, before anything imports it (tests/corpus/realforms does):
# the venv's editable install points at one checkout only, so a bench run from another
# worktree scored that checkout's code unless PYTHONPATH said otherwise
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
sys.path.insert(0, str(ROOT / "tests"))
from holdout import held_out  # noqa: E402
from outline_scoring import f1, heading_set  # noqa: E402
from realforms import (  # noqa: E402
    ALL_FORMS,
    CHROME_TEXTS,
    FORMS,
    SITE_FORMS,
    expected_sections,
    load_source,
    norm,
    write_forms,
)
from realforms_sites import SITE_CHROME  # noqa: E402

from drafter.corpus import load_document, parse_text  # noqa: E402
from drafter.corpus.model import Document  # noqa: E402

# what any form adds around the text (the county page's, and the other sites' and offices')
CLUTTER = CHROME_TEXTS + SITE_CHROME
SENTENCE_END = tuple("。！？!?…；;：:”’」』）)》")
# a date line standing alone (the official form moves the speech's date under its last
# words): no sentence, but no broken line either, so it is not counted as unfinished
DATE_LINE = re.compile(r"^[（(]?[0-9〇○零一二三四五六七八九]{4}\s*年[^。，]{1,12}[）)]?$")


def _unfinished(texts: list[str]) -> int:
    """Body paragraphs that end mid-sentence (a line broken or glued wrongly), date lines
    apart."""
    return sum(1 for t in texts if not t.endswith(SENTENCE_END) and not DATE_LINE.match(t))


def read_source(gold: dict) -> Document:
    """The source as it lies in ../shared, read the way the gold tests read it."""
    path = SHARED / gold["source"]
    if path.suffix == ".txt":
        return parse_text(path.read_text(encoding="utf-8-sig"), gold["source"])
    return load_document(path)


def body_texts(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs() if not p.is_heading]


def measure(doc: Document, base: Document, source, form: str) -> dict:
    """One document in one form against the gold and the source's own reading."""
    gold = source.gold
    score = f1(heading_set(expected_sections(source, form)), heading_set(doc.outline.sections))
    texts = [p.text for p in doc.paragraphs()]
    base_texts = [p.text for p in base.paragraphs()]
    chrome = [t for t in texts if any(c in t for c in CLUTTER) and t not in base_texts]
    notes = [norm(u.text) for u in source.units if u.kind == "quote"]
    note_hits = [t for t in texts if any(n and n[:30] in norm(t) for n in notes)]
    have = {norm(t) for t in texts}
    base_body = [norm(t) for t in body_texts(base) if len(norm(t)) > 10]
    lost = [t for t in base_body if t not in have]
    title, date = gold.get("title"), gold.get("date")
    return {
        "f1": score,
        "title": None if not title else norm(doc.metadata.title or "") == norm(title),
        "got_title": doc.metadata.title,
        "date": None if not date else doc.metadata.date == date,
        "got_date": doc.metadata.date,
        "clutter": chrome[:3],
        "notes": note_hits[:2],
        "lost": len(lost) / len(base_body) if base_body else 0.0,
        "lost_examples": lost[:2],
        "closing": bool(doc.outline.closing),
        "base_closing": bool(base.outline.closing),
        "unfinished": _unfinished(body_texts(doc)) - _unfinished(body_texts(base)),
    }


def run(
    forms: list[str],
    sample: int,
    seed: int,
    verbose: bool,
    pattern: str = "*.json",
    exclude: tuple[str, ...] = (),
    rows_out: Path | None = None,
) -> dict:
    paths = [p for p in sorted(GOLD.glob(pattern)) if not any(p.match(x) for x in exclude)]
    # gold whose source is in the session's hold-out is never read (tests/holdout.py)
    held = held_out()
    sources = {p: json.loads(p.read_text("utf-8"))["source"] for p in paths}
    paths = [p for p in paths if (SHARED / sources[p]).is_file() and sources[p] not in held]
    if sample and sample < len(paths):
        paths = sorted(random.Random(seed).sample(paths, sample))
    rows: dict[str, list[dict]] = {f: [] for f in forms}
    base_f1: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        loaded = [load_source(gp, SHARED) for gp in paths]
        # every file of a form written at once: the converted forms run LibreOffice once
        written = {f: write_forms(loaded, f, Path(tmp) / f) for f in forms}
        for k, (gp, source) in enumerate(zip(paths, loaded)):
            base = read_source(source.gold)
            base_score = f1(
                heading_set(source.gold["sections"]), heading_set(base.outline.sections)
            )
            base_f1.append(base_score)
            for form in forms:
                path = written[form][k]
                try:
                    doc = load_document(path)
                except Exception as exc:  # noqa: BLE001 - a failed read is a result
                    print(f"{gp.stem} {form}: {exc}", file=sys.stderr)
                    rows[form].append({"name": gp.stem, "f1": 0.0, "error": str(exc)})
                    continue
                row = measure(doc, base, source, form)
                row.update(name=gp.stem, form=form, base_f1=base_score, matched=source.matched,
                           headings=source.headings)  # fmt: skip
                rows[form].append(row)
                if verbose and (
                    row["f1"] < base_score - 0.02 or row["clutter"] or row["notes"]
                    or row["title"] is False or row["date"] is False or row["lost"] > 0.05
                ):  # fmt: skip
                    print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    if rows_out is not None:  # every (document, form) row, for a diff between two runs
        rows_out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    summary = {
        "documents": len(paths),
        "source_f1_mean": round(statistics.mean(base_f1), 3) if base_f1 else None,
    }
    for form, rs in rows.items():
        ok = [r for r in rs if "error" not in r]
        titles = [r["title"] for r in ok if r["title"] is not None]
        dates = [r["date"] for r in ok if r["date"] is not None]
        summary[form] = {
            "f1_mean": round(statistics.mean(r["f1"] for r in rs), 3),
            "f1_min": round(min(r["f1"] for r in rs), 3),
            "below_source": sum(1 for r in ok if r["f1"] < r["base_f1"] - 0.02),
            "worst_drop": round(max((r["base_f1"] - r["f1"] for r in ok), default=0.0), 3),
            "title_right": f"{sum(titles)}/{len(titles)}",
            "date_right": f"{sum(dates)}/{len(dates)}",
            "clutter_docs": sum(1 for r in ok if r["clutter"]),
            "notes_in_body": sum(1 for r in ok if r["notes"]),
            "lost_paragraphs": round(statistics.mean(r["lost"] for r in ok), 4) if ok else None,
            "unfinished_extra": sum(max(0, r["unfinished"]) for r in ok),
            "closing": f"{sum(r['closing'] for r in ok)}/{sum(r['base_closing'] for r in ok)}",
            "errors": len(rs) - len(ok),
        }
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", nargs="*", default=list(FORMS), choices=ALL_FORMS)
    parser.add_argument(
        "--sites", action="store_true", help="the other sites' and offices' forms (SITE_FORMS)"
    )
    parser.add_argument("--sample", type=int, default=0, help="N gold files (0: all)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--gold", default="*.json", help="gold files (glob in tests/gold)")
    parser.add_argument(
        "--exclude", nargs="*", default=[], help="gold files to leave out (globs, e.g. a check set)"
    )
    parser.add_argument("--rows", type=Path, help="write every (document, form) row here (JSON)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each weak document")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print("format_robustness: ../shared not found", file=sys.stderr)
        return 2
    summary = run(
        list(SITE_FORMS) if args.sites else args.forms,
        args.sample,
        args.seed,
        args.verbose,
        args.gold,
        tuple(args.exclude),
        args.rows,
    )
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
