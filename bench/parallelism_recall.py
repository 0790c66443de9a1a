"""Parallelism (对仗) on real headings: recall on seeded breaks, quiet on clean texts.

    python bench/parallelism_recall.py

Sibling heading groups (3-10 single-clause headings of at most 20 characters) are read
from the real texts of ../shared (seeds, corpus/speeches, corpus/structure) with the
same grouping the review uses. Each group becomes a plain draft, and one sibling is
broken the way writers break a frame:

* nominal: the lead verb dropped (加强作风建设 -> 作风建设), in groups whose siblings all
  start with a verb by jieba's raw tag (a seed that still starts with a verb is skipped);
* inverted: the verb moved behind (作风建设的加强);
* lead: a different lead word where all siblings share one (坚持… -> 加强…);
* rhythm: a 4+4 (or four-character) sibling lengthened;
* tail: a long clause appended.

Peer: the same review without the two jieba-based rules (parallelism.shape and
parallelism.rhythm), i.e. the rules before them. Also counts parallelism findings per
10,000 characters on the whole clean texts. Writes bench/results/parallelism_recall.md.
"""

from __future__ import annotations  # noqa: I001

import random
from collections import Counter
from pathlib import Path

import sys

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from holdout import skip_held_out

from drafter.corpus import ReadError, load_document
from drafter.corpus.load import parse_text
from drafter.review import review_document
from drafter.review.engine import ReviewConfig
from drafter.review.lists import OfficeLists
from drafter.review.registry import Context
from drafter.review.rules.parallelism import _groups
from drafter.review.shapes import LEAD_VERBS, words
from drafter.review.text import from_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "parallelism_recall.md"


def real_files():
    """The clean real texts of ../shared, the session's hold-out (HOLDOUT.txt) skipped."""
    return skip_held_out(
        sorted((SHARED / "seeds").glob("*.txt"))
        + sorted((SHARED / "corpus" / "speeches").glob("*/*"))
        + sorted((SHARED / "corpus" / "structure").glob("*")),
        SHARED,
    )


NEW = {"parallelism.shape", "parallelism.rhythm"}
BEFORE = ReviewConfig(disabled=frozenset(NEW), only=frozenset({"parallelism"}))
AFTER = ReviewConfig(only=frozenset({"parallelism"}))
HEAD = "在全县2026年工作会议上的讲话\n县委书记 张明\n（2026年3月2日）\n同志们：\n"
MARKS = "一二三四五六七八九十"
ALT = ["加强", "推进", "强化", "提升", "做好", "抓好"]


def verb_led(h):
    """Starts with a verb by jieba's raw tag or the genre's lead-verb list."""
    ws = words(h)
    return len(ws) >= 2 and (ws[0][0] in LEAD_VERBS or ws[0][1] == "v")


def breaks(hs, rnd):
    """The seeded breaks that apply to a group: (kind, sibling index, new heading)."""
    k = rnd.randrange(len(hs))
    h = hs[k]
    ws = words(h)
    res = []
    if all(verb_led(x) for x in hs):
        obj = h[len(ws[0][0]) :]
        ow = words(obj) if obj else ()
        if len(obj) >= 2 and ow and not (ow[0][0] in LEAD_VERBS or ow[0][1].startswith("v")):
            res.append(("nominal", k, obj))
            res.append(("inverted", k, obj + "的" + ws[0][0]))
    leads = {x[:2] for x in hs}
    if len(leads) == 1 and len(hs) >= 3:
        alt = next(a for a in ALT if a != h[:2])
        res.append(("lead", k, alt + h[2:]))
    segs = [tuple(len(p) for p in x.replace("，", "、").split("、")) for x in hs]
    if len(set(segs)) == 1 and max(segs[0]) <= 8 and (len(segs[0]) > 1 or len(hs) >= 4):
        res.append(("rhythm", k, "切实" + h if len(segs[0]) == 1 else h + "、形成工作合力"))
    res.append(("tail", k, h + "，确保各项工作任务落到实处见到实效"))
    return res


def draft(hs):
    """A plain dated speech with ``hs`` as its numbered parts."""
    body = "".join(f"{MARKS[i]}、{h}\n要抓好落实。\n" for i, h in enumerate(hs))
    return HEAD + "下面讲几点意见。\n" + body + "谢谢大家！\n"


def main() -> None:
    """Seed, review with and without the jieba rules, write the table."""
    docs = []
    for p in real_files():
        try:
            docs.append((p, load_document(p)))
        except ReadError:
            continue
    out = []
    for p, doc in docs:
        ctx = Context(from_document(doc), OfficeLists.defaults(), None, {})
        out += [(p.name, [(h.marker, h.heading) for h in heads]) for heads in _groups(ctx)]
    lines = []
    rnd = random.Random(7)
    hit = {"before": Counter(), "after": Counter()}
    total = Counter()
    fp_clean = {"before": 0, "after": 0}
    for _name, g in out:
        hs = [h for _, h in g]
        if not 3 <= len(hs) <= 10 or max(len(h) for h in hs) > 20 or any("，" in h for h in hs):
            continue
        for kind, k, new in breaks(hs, rnd):
            seeded = hs[:k] + [new] + hs[k + 1 :]
            doc = parse_text(draft(seeded), "<seeded>")
            total[kind] += 1
            for tag, cfg in (("before", BEFORE), ("after", AFTER)):
                fs = review_document(doc, cfg).findings
                if any(f.text == new for f in fs):
                    hit[tag][kind] += 1
        doc = parse_text(draft(hs), "<clean>")
        for tag, cfg in (("before", BEFORE), ("after", AFTER)):
            fp_clean[tag] += len(review_document(doc, cfg).findings)
    lines.append(fmt("groups used; seeded per kind", dict(total)))
    for tag in ("before", "after"):
        r = {k: round(hit[tag][k] / total[k], 2) for k in total}
        lines.append(
            fmt(
                tag,
                "recall",
                round(sum(hit[tag].values()) / sum(total.values()), 3),
                r,
                "findings on the unbroken real groups",
                fp_clean[tag],
            )
        )

    chars = 0
    cnt = {"before": Counter(), "after": Counter()}
    examples = []
    for p, doc in docs:
        chars += sum(len(x.text) for x in doc.paragraphs())
        for tag, cfg in (("before", BEFORE), ("after", AFTER)):
            for f in review_document(doc, cfg).findings:
                cnt[tag][(f.rule, f.level)] += 1
                if tag == "after" and f.rule in NEW:
                    examples.append((p.name, f.rule, f.text, f.message))
    lines.append(fmt("clean real chars", chars))
    for tag in ("before", "after"):
        n = sum(cnt[tag].values())
        lines.append(
            fmt(tag, "findings", n, "per 10k chars", round(n / chars * 1e4, 3), dict(cnt[tag]))
        )
    for e in examples[:40]:
        lines.append(fmt("  ", e))
    # held out: the reports of corpus/scale were not looked at while writing the rules
    held = sorted(p for p in (SHARED / "corpus" / "scale" / "reports").rglob("*") if p.is_file())
    held = skip_held_out(held, SHARED)  # the session's blind reports are never read
    chars = 0
    cnt = {"before": Counter(), "after": Counter()}
    for p in held:
        try:
            doc = load_document(p)
        except ReadError:
            continue
        chars += sum(len(x.text) for x in doc.paragraphs())
        for tag, cfg in (("before", BEFORE), ("after", AFTER)):
            for f in review_document(doc, cfg).findings:
                cnt[tag][(f.rule, f.level)] += 1
                if tag == "after" and f.rule in NEW:
                    lines.append(fmt("   held-out", p.name, f.rule, f.level, f.text))
    lines.append(fmt("held-out reports (corpus/scale/reports)", len(held), "files", chars, "chars"))
    for tag in ("before", "after"):
        n = sum(cnt[tag].values())
        per = round(n / max(chars, 1) * 1e4, 3)
        lines.append(fmt(tag, "findings", n, "per 10k chars", per, dict(cnt[tag])))
    RESULTS.write_text(
        "# Parallelism recall and precision\n\n```\n" + "\n".join(lines) + "\n```\n", "utf-8"
    )
    print("\n".join(lines))


def fmt(*parts) -> str:
    """One report line."""
    return " ".join(str(p) for p in parts)


if __name__ == "__main__":
    main()
