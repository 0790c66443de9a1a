"""The office head's workflow measured on real speeches (../shared/corpus/speeches).

Three measurements, each against a peer in the same run:

* **compare**: each speech against a copy with known edits (a top-level section moved,
  a heading reworded, a paragraph edited, one removed, one added). Reported: how many
  comparisons report exactly those edits and nothing else, and the time of
  ``compare_drafts`` against ``difflib.unified_diff`` over the paragraphs (what a quick
  script would print: no outline, no character changes) and ``difflib.ndiff`` (which
  adds character hints, the closest standard-library peer to what compare shows).
* **Word comments**: comments on random spans of headings and paragraphs, exported to
  .docx and read back; reported: anchors restored exactly (same words, same place), and
  the export time with comments against the plain export.
* **outline only**: the share of speeches whose outline fits one A4 page at the official
  三号 size, with a tightened size, or not at all; with ``--render K``, K of them are
  rendered by LibreOffice to check the page count against the estimate.

    .venv/bin/python bench/office_bench.py --limit 100
    .venv/bin/python bench/office_bench.py --render 10 --json
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from holdout import skip_held_out  # noqa: E402

from drafter.compare import compare_drafts
from drafter.drafts.anchors import add_comment, iter_targets
from drafter.drafts.model import DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.export import DocxExporter, export_draft, load_style
from drafter.export.comments import WordCommentsDecorator
from drafter.export.outline import outline_items, outline_style

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = ROOT.parent / "shared" / "corpus" / "speeches"


def read_drafts(files) -> list[tuple[str, object]]:
    """``(file name, draft)`` for each file opened as a draft; one that cannot be opened is
    named on stderr and the run goes on. The comment benches (this one and
    title_comments_bench.py) read the speeches this one way."""
    drafts = []
    for f in files:
        try:
            drafts.append((f.name, open_as_draft(f)))
        except Exception as exc:  # noqa: BLE001 - a bad file is reported, the run goes on
            print(f"bench: {f}: {exc}", file=sys.stderr)
    return drafts


def body_targets(draft) -> list[tuple[str, str]]:
    """``(target id, text)`` of each heading and paragraph of six characters or more: where
    both comment benches put their comments on the body (a random span fits in each)."""
    targets = [
        (para.id if para else node.id, para.text if para else node.heading)
        for _part, node, para in iter_targets(draft)
    ]
    return [(tid, text) for tid, text in targets if len(text.strip()) >= 6]


def export_timed(draft, style, with_comments: list[float], plain: list[float]) -> bytes:
    """The .docx of ``draft`` with its Word comments; the seconds that export took go to
    ``with_comments`` and those of the plain export of the same draft, its peer, to ``plain``."""
    t = time.perf_counter()
    data = DocxExporter(decorators=(WordCommentsDecorator(),)).render(draft, style)
    with_comments.append(time.perf_counter() - t)
    t = time.perf_counter()
    DocxExporter().render(draft, style)
    plain.append(time.perf_counter() - t)
    return data


def median_export_ms(with_comments: list[float], plain: list[float]) -> dict:
    """The median export times in milliseconds, with comments and plain (None: no export)."""
    return {
        "with_comments": round(statistics.median(with_comments) * 1000, 1) if plain else None,
        "plain": round(statistics.median(plain) * 1000, 1) if plain else None,
    }


def _paras(draft) -> list[str]:
    out = [p.text for p in draft.opening]
    for n in draft.walk():
        out.append(n.heading)
        out.extend(p.text for p in n.paragraphs)
    out.extend(p.text for p in draft.closing)
    return out


def _edit(draft, rng: random.Random):
    """A copy with five known edits, and the ops the comparison must report, or None
    when the speech is too small to carry them."""
    new = copy.deepcopy(draft)
    nodes = [n for n in new.walk() if n.paragraphs]
    if len(new.sections) < 3 or len(nodes) < 3:
        return None
    new.sections.append(new.sections.pop(0))  # move
    head = new.sections[1]
    head.heading = head.heading + "工作"  # rename
    a, b = rng.sample(nodes, 2)
    p = a.paragraphs[0]
    at = rng.randrange(len(p.text) + 1)
    p.text = p.text[:at] + "进一步" + p.text[at:]  # change
    if len(b.paragraphs) < 2 and b is not a:
        b.paragraphs.append(DraftParagraph("新增的一段话，说明具体要求。"))
        expected_paras = {"change": 1, "add": 1}
    else:
        b.paragraphs.pop()  # remove
        b.paragraphs.append(DraftParagraph("新增的一段话，说明具体要求。"))
        expected_paras = {"change": 1, "remove": 1, "add": 1}
    return new, {"move": 1, "rename": 1}, expected_paras


def bench_compare(drafts, rng) -> dict:
    exact = tried = 0
    ours, unified, ndiff = [], [], []
    misses = []
    for name, draft in drafts:
        edited = _edit(draft, rng)
        if edited is None:
            continue
        new, want_outline, want_paras = edited
        tried += 1
        t = time.perf_counter()
        c = compare_drafts(draft, new)
        ours.append(time.perf_counter() - t)
        got_outline: dict[str, int] = {}
        for o in c.outline:
            got_outline[o.op] = got_outline.get(o.op, 0) + 1
        got_paras: dict[str, int] = {}
        for p in c.paragraphs:
            got_paras[p.op] = got_paras.get(p.op, 0) + 1
        # a move of section 1 to the end may be seen as the others moving up instead
        moved_ok = got_outline.get("move", 0) >= 1 and set(got_outline) <= {"move", "rename"}
        if moved_ok and got_outline.get("rename") == 1 and got_paras == want_paras:
            exact += 1
        elif len(misses) < 5:
            misses.append({"speech": name, "outline": got_outline, "paragraphs": got_paras})
        a, b = _paras(draft), _paras(new)
        t = time.perf_counter()
        list(difflib.unified_diff(a, b, lineterm=""))
        unified.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(difflib.ndiff(a, b))
        ndiff.append(time.perf_counter() - t)
    return {
        "speeches": tried,
        "exact": exact,
        "exact_share": round(exact / tried, 3) if tried else None,
        "median_ms": {
            "drafter_compare": round(statistics.median(ours) * 1000, 2) if ours else None,
            "difflib_unified_diff": round(statistics.median(unified) * 1000, 2)
            if unified
            else None,
            "difflib_ndiff": round(statistics.median(ndiff) * 1000, 2) if ndiff else None,
        },
        "misses": misses,
    }


def bench_comments(drafts, rng, per_doc: int = 5) -> dict:
    style = load_style(None)
    placed = restored = 0
    with_comments, plain = [], []
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, draft) in enumerate(drafts):
            draft = copy.deepcopy(draft)
            targets = body_targets(draft)
            if not targets:
                continue
            made = []
            for tid, text in rng.sample(targets, min(per_doc, len(targets))):
                start = rng.randrange(0, len(text) - 4)
                end = start + rng.randint(2, min(12, len(text) - start))
                made.append(
                    add_comment(
                        draft, tid, f"批注{len(made)}", author="王主任", start=start, end=end
                    )
                )
            placed += len(made)
            path = Path(tmp) / f"{k}.docx"
            path.write_bytes(export_timed(draft, style, with_comments, plain))
            back = open_as_draft(path)
            got = {c.text: c for c in back.comments}
            index = {
                (para.id if para else node.id): (para.text if para else node.heading)
                for _part, node, para in iter_targets(back)
            }
            for c in made:
                b = got.get(c.text)
                text = index.get(b.target, "") if b is not None else ""
                if b is not None and b.start is None:  # read back as the whole heading/paragraph
                    ok = text.strip() == c.quote.strip()
                else:
                    ok = b is not None and b.quote == c.quote and text[b.start : b.end] == c.quote
                restored += ok
                if not ok and len(failures) < 5:
                    failures.append(
                        {"speech": name, "quote": c.quote, "got": b.quote if b else None}
                    )
    return {
        "comments": placed,
        "restored_exactly": restored,
        "share": round(restored / placed, 4) if placed else None,
        "median_export_ms": median_export_ms(with_comments, plain),
        "failures": failures,
    }


def bench_outline(drafts, render: int, rng) -> dict:
    style = load_style(None)
    counts = {"official_size": 0, "tightened": 0, "overflow_estimated": 0, "no_headings": 0}
    fitted = []
    for name, draft in drafts:
        if not outline_items(draft):
            counts["no_headings"] += 1
            continue
        s = outline_style(draft, style)
        h = s.heading(2)
        if h.size_pt == 16 and h.line_pitch_pt == 28.95:
            counts["official_size"] += 1
            fitted.append((name, draft))
        elif h.line_pitch_pt >= h.size_pt * 1.2 and not _overflows(draft, s):
            counts["tightened"] += 1
            fitted.append((name, draft))
        else:
            counts["overflow_estimated"] += 1
    result: dict = {"speeches": len(drafts), **counts}
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if render and soffice and fitted:
        one_page = 0
        sample = rng.sample(fitted, min(render, len(fitted)))
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for k, (_name, draft) in enumerate(sample):
                paths.append(str(export_draft(draft, Path(tmp) / f"o{k}.docx", outline_only=True)))
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{tmp}/p", "--headless",
                 "--convert-to", "pdf", "--outdir", tmp, *paths],
                check=True, capture_output=True, timeout=600,
            )  # fmt: skip
            from pdfminer.high_level import extract_pages

            for k in range(len(sample)):
                pages = sum(1 for _ in extract_pages(str(Path(tmp) / f"o{k}.pdf")))
                one_page += pages == 1
        result["rendered"] = len(sample)
        result["rendered_one_page"] = one_page
    return result


def _overflows(draft, s) -> bool:
    """The smallest size still did not fit (outline_style then keeps 小四 and runs on)."""
    return s.heading(2).size_pt == 12 and s.heading(2).line_pitch_pt <= 12 * 1.2 + 0.01


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="at most this many speeches (0: all)")
    ap.add_argument("--render", type=int, default=0, help="outlines to render with LibreOffice")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not SPEECHES.is_dir():
        print(f"bench: {SPEECHES} is absent (../shared)", file=sys.stderr)
        return 2
    # the session's blind texts are never read
    files = skip_held_out(sorted(SPEECHES.rglob("*.md")), SPEECHES.parent.parent)
    if args.limit:
        files = files[: args.limit]
    rng = random.Random(args.seed)
    t = time.perf_counter()
    drafts = read_drafts(files)
    read_s = time.perf_counter() - t
    result = {
        "speeches_read": len(drafts),
        "read_seconds": round(read_s, 1),
        "compare": bench_compare(drafts, rng),
        "word_comments": bench_comments(drafts[: min(len(drafts), 120)], rng),
        "outline_only": bench_outline(drafts, args.render, rng),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
