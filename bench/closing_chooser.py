"""Closing start chosen by a fitted score over candidates, leave-one-set-out; and each set's
closing misses at first contact.

Not a timing benchmark. Two questions from the closing census (bench/closing_errors.py), which
session 30 left open:

1. **Can a scored chooser beat the hand rules?** The largest class of misses is "late": the
   rules start the closing one or more paragraphs below the gold (at a last flourish, a later
   hope or call). No single feature separates those texts from the ones the rules get right.
   Here every gold text's candidate starts — each paragraph among the last ``--candidates``
   after the last heading, the rules' own start, and "no closing" — are scored by a weighted
   sum of named features (distance from the end in paragraphs and characters, a term of
   address, summary words 总之/总结/这就是, calls 让我们/号召, hope 希望, thanks, confidence
   相信/前途, the meeting 今天/大会, the listeners 大家/你们, the shared Han bigrams with the
   title and with the paragraph above, a numbered start, the rules' predicates closing_like /
   turns_to_close / said_all / judges_whole / takes_up_more, and where the rules' start lies:
   at, one or two above, further above, below). The weights are a conditional logit (softmax
   over a text's candidates, L2), fitted on all sets but one and scored on the set left out
   (texts of the left-out set that stand in another gold too are left out of the fit). It is
   scored twice: with the rules' start among the features (a reranker that may move the
   rules' answer) and without it (the features alone, against the rules).
2. **Did the annotators' convention shift?** ``--eras`` reads every outline gold set's closings
   with the code the set was first scored on (its blind scoring commit, ``SCORED_ON``, taken
   with ``git archive`` into a temporary folder) and classes each miss as the census does
   (right, missed, false, late, early), with the gold's closing length in paragraphs per era.
   Today's figures for sets 6–13 are after the rules were fitted to them; these are not.

Both golds are read as bench/closing_quality.py reads them (HOLDOUT.txt skipped); a candidate
is right as that bench judges it (outline gold: the gold's paragraph; study gold: at most one
sentence apart).

    .venv/bin/python bench/closing_chooser.py [--candidates 6] [--l2 0.002] [--eras]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import closing_quality as cq  # noqa: E402
from bookends_scoring import sentences_between  # noqa: E402
from outline_scoring import _squash  # noqa: E402

import drafter.corpus.outline_tree as outline_tree  # noqa: E402
from drafter.corpus import closing as C  # noqa: E402
from drafter.corpus.markers import match_marker  # noqa: E402

# the main commit each outline gold set was scored on once, blind (tests/gold/README.md and the
# release commits' messages)
SCORED_ON = {
    6: "0f25999",
    7: "0f25999",
    8: "1242ac3",
    9: "b974c71",
    10: "5d1fc76",
    11: "a43b53a",
    12: "20cda41",
    13: "c182240",
    14: "f7ea257",
    15: "f7ea257",
    16: "beaf87a",
    17: "beaf87a",
    18: "9f45282",
    19: "26dcc7d",
    20: "26dcc7d",
    21: "1ee4a10",
    22: "1ee4a10",
    23: "dabfdc2",
    24: "dabfdc2",
}

_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIRST = re.compile(r"[^。！？!?]*[。！？!?]?")
_WORDS = {
    "address": re.compile(
        r"^[^，。！？]{0,20}(?:同志们|代表们|朋友们|同学们|各位|诸位|先生们)[，,！!：:]"
    ),
    "summary": re.compile(
        r"总之|总而言之|总结|总的来说|总起来|综上|这就是|所有这些|以上|归根结底|集中到一点"
    ),
    "call": re.compile(r"让我们|号召|团结起来|奋斗|前进"),
    "hope": re.compile(r"希望"),
    "must": re.compile(r"一定要|必须|应当|应该"),
    "thanks": re.compile(r"谢谢|感谢"),
    "confident": re.compile(r"相信|一定会|一定能|必将|前途|光明|胜利|有希望"),
    "meeting": re.compile(r"今天|这次|大会|会议|汇报|述职|座谈|在座|讲话"),
    "listeners": re.compile(r"大家|你们|同志们|全体|全党|全国|各位|每一位|每一个"),
    "we": re.compile(r"^我们"),
    "whole": re.compile(r"公司|全国|中国|世界|民族|人民|华为|全党|整个"),
    "carry": re.compile(
        r"^(?:但是|但|而且|至于|另外|此外|还有|同时|比如|例如|其次|再次|第[一二三四五六七八九十])"
    ),
    "digits": re.compile(r"\d|[０-９]|百分之"),
    "excl": re.compile(r"[！!]$"),
}
# word classes also counted over the whole paragraph, not only its first sentence
_WHOLE_PARAGRAPH = ("summary", "call", "hope", "thanks", "confident", "listeners", "meeting")


def _bigrams(text: str) -> set[str]:
    han = "".join(_HAN.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def features(texts, heads, title, rule, i, with_rule=True) -> dict[str, float]:
    """The named features of candidate ``i`` (None: no closing) of a text whose paragraphs are
    ``texts`` (as find_closing reads them), ``heads`` its (index, standalone, level) headings
    and ``rule`` the rules' start; ``with_rule`` False leaves out every feature of the rules'
    start, so the score stands on the text alone."""
    n = len(texts)
    f: dict[str, float] = {}
    if i is None:
        f["none"] = 1
        f["none&heads"] = 1 if heads else 0
        f["none&short_text"] = 1 if n <= 8 else 0
        if with_rule:
            f["none&rule_none"] = 1 if rule is None else 0
        return f
    text = texts[i]
    first = _FIRST.match(text).group(0)
    d = n - 1 - i
    if with_rule:
        f["rule"] = 1 if rule == i else 0
        if rule is None:
            f["rule_none"] = 1
            f[f"rule_none&d{min(d, 3)}"] = 1
        elif i == rule - 1:
            f["above1"] = 1
        elif i == rule - 2:
            f["above2"] = 1
        elif i < rule - 2:
            f["above3p"] = 1
        elif i > rule:
            f["below"] = 1
    f[f"d{min(d, 5)}"] = 1
    f["short"] = 1 if len(text) <= 60 else 0
    rest = texts[i + 1 :]
    f["rest_short"] = 1 if rest and all(len(x) <= 60 for x in rest) else 0
    f["log_chars_to_end"] = math.log(1 + sum(len(x) for x in texts[i:])) / 8
    for name, rx in _WORDS.items():
        if rx.search(first):
            f["first_" + name] = 1
        if name in _WHOLE_PARAGRAPH and rx.search(text):
            f["para_" + name] = 1
    f["vocative"] = 1 if C.VOCATIVE_START.match(text) or C.SALUTATION.match(text) else 0
    f["closing_like"] = 1 if C.closing_like(text) else 0
    f["turns_to_close"] = 1 if C.turns_to_close(text) else 0
    f["said_all"] = 1 if C.said_all(text) else 0
    f["judges_whole"] = 1 if C.judges_whole(text) else 0
    f["takes_up_more"] = 1 if C.takes_up_more(text) else 0
    f["numbered"] = 1 if match_marker(text) else 0
    own = _bigrams(text)
    if own:
        f["title_overlap"] = min(len(own & _bigrams(title)) / 5, 1)
        above = _bigrams(texts[i - 1]) if i > 0 else set()
        f["above_overlap"] = len(own & above) / len(own) * 3
    if heads:
        f["first_after_head"] = 1 if i == heads[-1][0] + 1 else 0
        f["has_heads"] = 1
    return f


def candidates(texts, heads, rule, k: int) -> list[int | None]:
    """The candidate starts: the last ``k`` paragraphs after the last heading (headings left
    out), the rules' start, and None (no closing)."""
    last = heads[-1][0] if heads else -1
    at = {h[0] for h in heads}
    found = [i for i in range(max(0, len(texts) - k, last + 1), len(texts)) if i not in at]
    if rule is not None and rule not in found:
        found.append(rule)
    return [*sorted(found), None]


def _capture() -> list[dict]:
    """closing_quality's rows, each with what find_closing read for its document (texts,
    heads, title) and what it answered, caught by wrapping the outline's call."""
    seen: dict = {}
    real = outline_tree.find_closing

    def spy(texts, heads, title=""):
        start = real(texts, heads, title)
        seen["call"] = (
            list(texts),
            [(h.index, h.standalone, h.level) for h in heads],
            title,
            start,
        )
        return start

    by_doc: dict[int, tuple] = {}
    real_load, real_read = cq._load, cq.load_document

    def load(source):
        seen.clear()
        doc = real_load(source)
        by_doc.setdefault(id(doc), seen.get("call"))
        return doc

    def read(path):
        seen.clear()
        doc = real_read(path)
        by_doc[id(doc)] = seen.get("call")
        return doc

    outline_tree.find_closing, cq._load, cq.load_document = spy, load, read
    try:
        table = cq.rows()
    finally:
        outline_tree.find_closing, cq._load, cq.load_document = real, real_load, real_read
    for row in table:
        row["call"] = by_doc[id(row["doc"])]
        row.setdefault("source", str(getattr(row["doc"], "path", row["name"])))
    return table


def _truths(row: dict, cands: list[int | None]) -> list[bool]:
    """For each candidate: right on the row's gold, as closing_quality judges it (the rules'
    own start keeps the bench's verdict)."""
    paras = [p.text for p in row["doc"].paragraphs()]
    texts, _, _, rule = row["call"]
    shift = len(paras) - len(texts)
    want = row["want"]
    out = []
    for i in cands:
        if i == rule:
            out.append(bool(row["outline_right"]))
        elif i is None or want is None:
            out.append(i is None and want is None)
        elif row["gold"] == "outline":
            out.append(i + shift == want[0])
        else:
            out.append(sentences_between(paras, (i + shift, 0), want) <= 1)
    return out


def examples(table: list[dict], k: int, with_rule: bool) -> list[dict]:
    """One example per gold row: its candidates' features and which are right."""
    out = []
    for row in table:
        texts, heads, title, rule = row["call"]
        cands = candidates(texts, heads, rule, k)
        feats = [features(texts, heads, title or "", rule, i, with_rule) for i in cands]
        out.append(
            dict(
                group=f"{row['gold']}:{row['set']}",
                source=row["source"],
                cands=cands,
                feats=feats,
                right=_truths(row, cands),
                rule=rule,
                base=bool(row["outline_right"]),
            )
        )
    return out


def fit(train: list[dict], l2: float, epochs: int = 400, rate: float = 0.5) -> dict[str, float]:
    """Weights of a conditional logit over each example's candidates (the probability of its
    right candidates maximised, L2 penalty), by plain gradient descent."""
    names: dict[str, int] = {}
    data = []
    for ex in train:
        if any(ex["right"]):
            vecs = [
                [(names.setdefault(k, len(names)), v) for k, v in f.items() if v]
                for f in ex["feats"]
            ]
            data.append((vecs, ex["right"]))
    w = [0.0] * len(names)
    for _ in range(epochs):
        grad = [0.0] * len(w)
        for vecs, right in data:
            scores = [sum(w[k] * v for k, v in vec) for vec in vecs]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            p = [e / total for e in exps]
            p_right = sum(pj for pj, r in zip(p, right) if r)
            for pj, r, vec in zip(p, right, vecs):
                coef = pj - (pj / p_right if r else 0.0)
                for k, v in vec:
                    grad[k] += coef * v
        for k in range(len(w)):
            w[k] -= rate * (grad[k] / len(data) + l2 * w[k])
    return {name: w[k] for name, k in names.items()}


def choose(weights: dict[str, float], ex: dict) -> int:
    """The index of the best-scored candidate (ties to the rules' start)."""
    scores = [sum(weights.get(k, 0.0) * v for k, v in f.items()) for f in ex["feats"]]
    return max(range(len(scores)), key=lambda j: (scores[j], ex["cands"][j] == ex["rule"]))


def leave_one_set_out(exs: list[dict], l2: float) -> tuple[dict, int]:
    """Per group (rules right, chooser right, texts), each group scored by weights fitted on
    the others; and how many texts the chooser moved off the rules' start."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    moved = 0
    for group in sorted({e["group"] for e in exs}):
        held = [e for e in exs if e["group"] == group]
        sources = {e["source"] for e in held}
        weights = fit([e for e in exs if e["group"] != group and e["source"] not in sources], l2)
        for ex in held:
            j = choose(weights, ex)
            per[group][0] += ex["base"]
            per[group][1] += ex["right"][j]
            per[group][2] += 1
            moved += ex["cands"][j] != ex["rule"]
    return dict(per), moved


def _report(per: dict, moved: int, label: str) -> None:
    """Print each group's rules -> chooser figures and the pooled ones per gold."""
    print(f"== {label}")
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for group in sorted(per, key=lambda g: (g.split(":")[0], int(re.sub(r"\D", "", g) or 0))):
        a = per[group]
        print(f"  {group:22} rules {a[0]:3} -> chooser {a[1]:3} of {a[2]}")
        for key in (group.split(":")[0], "all"):
            for m in range(3):
                pooled[key][m] += a[m]
    for key in ("outline", "study", "all"):
        a = pooled[key]
        print(f"  pooled {key:8} rules {a[0]} -> chooser {a[1]} of {a[2]}")
    print(f"  texts moved off the rules' start: {moved}")


_OLD_READER = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from drafter.corpus import load_document, parse_text
out = {}
for src in json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")):
    p = Path(sys.argv[3]) / src
    try:
        doc = (parse_text(p.read_text(encoding="utf-8-sig"), src) if p.suffix == ".txt"
               else load_document(p))
        texts = [getattr(x, "text", x).strip() for x in (doc.outline.closing or [])]
        if len(texts) > 1 and len(texts[0]) <= 8 and texts[0].strip("【】：:").startswith(("结束语", "结语")):
            texts = texts[1:]
        out[src] = texts or None
    except Exception as e:
        out[src] = "error: " + repr(e)[:100]
print(json.dumps(out, ensure_ascii=False))
"""


def eras(table: list[dict]) -> None:
    """Each outline gold set's closings as read by the code it was first scored on, classed as
    the census classes misses; and the gold closing's length in paragraphs per era."""
    rows = [r for r in table if r["gold"] == "outline"]
    by_commit: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_commit[SCORED_ON[int(r["set"].removeprefix("heldout"))]].append(r)
    classes: dict[str, Counter] = defaultdict(Counter)
    lengths: dict[str, list[int]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for commit, rs in by_commit.items():
            code = Path(tmp) / commit
            code.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "drafter"],
                capture_output=True,
                check=True,
            )
            subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
            sources = [
                json.loads((cq.GOLD / f"{r['name']}.json").read_text("utf-8"))["source"] for r in rs
            ]
            listed = Path(tmp) / f"{commit}.json"
            listed.write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
            run = subprocess.run(
                [sys.executable, "-c", _OLD_READER, str(code), str(listed), str(cq.SHARED)],
                capture_output=True,
                text=True,
                check=True,
            )
            found = json.loads(run.stdout.strip().splitlines()[-1])
            for r, source in zip(rs, sources):
                paras = [p.text.strip() for p in r["doc"].paragraphs()]
                want = r["want"][0] if r["want"] else None
                got = found[source]
                if isinstance(got, str):
                    cls = "error"
                else:
                    at = None
                    if got:
                        key = _squash(got[0])[:30]
                        hits = [i for i, t in enumerate(paras) if _squash(t)[:30] == key]
                        at = hits[-1] if hits else -1
                    if at == -1:
                        cls = "unplaced"
                    elif at == want:
                        cls = "right"
                    elif at is None:
                        cls = "missed"
                    elif want is None:
                        cls = "false"
                    else:
                        cls = "late" if at > want else "early"
                s = int(r["set"].removeprefix("heldout"))
                era = "sets 6-13" if s <= 13 else "sets 14-24"
                speech = "_mao_" in r["name"] or "_ren_" in r["name"]
                classes[r["set"]][cls] += 1
                classes[era][cls] += 1
                if speech:
                    classes[era + " speeches"][cls] += 1
                    if want is not None:
                        lengths[era].append(len(paras) - want)
    print("== first contact: each set's closings as the code it was scored on read them")
    for key in sorted(
        classes, key=lambda k: (k.startswith("sets"), int(re.sub(r"\D", "", k)[:2] or 0), k)
    ):
        print(f"  {key:22} {dict(classes[key])}")
    for era, ls in sorted(lengths.items()):
        ls.sort()
        one = sum(1 for x in ls if x == 1) / len(ls)
        three = sum(1 for x in ls if x >= 3) / len(ls)
        print(
            f"  {era} speeches: {len(ls)} gold closings, median {ls[len(ls) // 2]} paragraph(s), "
            f"one paragraph {one:.0%}, three or more {three:.0%}"
        )


def main() -> int:
    """Run the leave-one-set-out chooser (with and without the rules' start) and, with
    --eras, the first-contact census."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=6, help="last paragraphs to weigh")
    parser.add_argument("--l2", type=float, default=0.002, help="L2 penalty of the fit")
    parser.add_argument("--eras", action="store_true", help="first-contact census per set")
    args = parser.parse_args()
    if not cq.SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    table = _capture()
    if args.eras:
        eras(table)
        return 0
    for with_rule, label in (
        (True, "chooser with the rules' start as a feature"),
        (False, "chooser alone"),
    ):
        per, moved = leave_one_set_out(examples(table, args.candidates, with_rule), args.l2)
        _report(
            per, moved, f"{label} (leave-one-set-out, {args.candidates} candidates, L2 {args.l2})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
