"""Comments on the title block through Word and back, on real speeches (../shared).

Each speech is opened as a draft; one comment goes on a random span of its title (and
one on the speaker's name when the speech names one), and, as the peer in the same run,
two on random spans of headings and paragraphs (the body comments that already went
through Word). The draft is exported to .docx with its comments and read back; reported:
how many come back on the same field or target with the same words, for the title block
and for the body, and the export time with comments against the plain export.

    .venv/bin/python bench/title_comments_bench.py --limit 200 --exclude HOLDOUT.txt
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import tempfile
from pathlib import Path

from office_bench import body_targets, export_timed, median_export_ms, read_drafts

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.drafts.anchors import add_comment, text_of
from drafter.drafts.open_any import open_as_draft
from drafter.export import load_style

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SPEECHES = SHARED / "corpus" / "speeches"


def _span(rng: random.Random, text: str) -> tuple[int, int] | None:
    words = text.strip()
    if len(words) < 4:
        return None
    lead = len(text) - len(text.lstrip())
    start = rng.randrange(0, len(words) - 2)
    end = start + rng.randint(2, min(10, len(words) - start))
    return lead + start, lead + end


def _bare(text: str) -> str:
    """Words without white space: a title read back from Word may lose the space at which
    the layout broke it over two lines (the words are the same)."""
    return "".join(text.split())


def run(drafts, rng: random.Random) -> dict:
    """Place, export, read back; count the comments that came back exactly."""
    style = load_style(None)
    tally = {"title": [0, 0], "speaker": [0, 0], "body": [0, 0]}
    with_comments, plain, failures = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, draft) in enumerate(drafts):
            draft = copy.deepcopy(draft)
            made = []  # (kind, comment)
            span = _span(rng, draft.meta.title)
            if span:
                made.append(
                    ("title", add_comment(draft, "meta:title", f"T{k}", start=span[0], end=span[1]))
                )
            if draft.meta.speaker.strip():
                made.append(("speaker", add_comment(draft, "meta:speaker", f"S{k}")))
            body = body_targets(draft)
            for tid, text in rng.sample(body, min(2, len(body))):
                s = _span(rng, text)
                if s:
                    made.append(
                        ("body", add_comment(draft, tid, f"B{k}-{len(made)}", start=s[0], end=s[1]))
                    )
            if not made:
                continue
            path = Path(tmp) / f"{k}.docx"
            path.write_bytes(export_timed(draft, style, with_comments, plain))
            back = open_as_draft(path)
            got = {c.text: c for c in back.comments}
            for kind, c in made:
                b = got.get(c.text)
                ok = False
                if b is not None:
                    text = text_of(back, b.target) or ""
                    if kind == "body":
                        same = b.target not in ("meta:title", "meta:speaker")
                        if b.start is None:
                            ok = same and text.strip() == c.quote.strip()
                        else:
                            ok = same and text[b.start : b.end] == c.quote
                    elif b.target == c.target and b.start is None:  # the whole field
                        ok = c.start is None or _bare(text) == _bare(c.quote)
                    elif b.target == c.target:
                        ok = _bare(b.quote) == _bare(c.quote)
                tally[kind][0] += 1
                tally[kind][1] += ok
                if not ok and len(failures) < 8:
                    failures.append({"speech": name, "kind": kind, "quote": c.quote,
                                     "got": (b.target, b.quote) if b else None})  # fmt: skip
    return {
        kind: {"comments": n, "restored_exactly": ok, "share": round(ok / n, 4) if n else None}
        for kind, (n, ok) in tally.items()
    } | {
        "median_export_ms": median_export_ms(with_comments, plain),
        "failures": failures,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="at most this many speeches (0: all)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--exclude", metavar="FILE", help="paths relative to ../shared to leave out, one a line"
    )
    args = ap.parse_args(argv)
    if not SPEECHES.is_dir():
        print(f"bench: {SPEECHES} is absent (../shared)", file=sys.stderr)
        return 2
    left_out = set()
    if args.exclude:
        left_out = {line.strip() for line in Path(args.exclude).read_text().splitlines()}
    files = [
        f for f in sorted(SPEECHES.rglob("*.md")) if str(f.relative_to(SHARED)) not in left_out
    ]
    if args.limit:
        files = files[: args.limit]
    rng = random.Random(args.seed)
    drafts = read_drafts(files)
    result = {"speeches": len(drafts), "left_out": len(left_out), **run(drafts, rng)}
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
