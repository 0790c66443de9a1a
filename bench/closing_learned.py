"""A closing paragraph model learned from the words themselves, fitted leave-one-set-out.

Not a timing benchmark. Five sessions of cue rules, three rule families and a conditional
logit on about twenty named features (bench/closing_chooser.py, bench/closing_families.py)
did not beat the closing rules leave-one-set-out; the census (bench/closing_errors.py) left
two classes standing: texts where the rules find no closing and the gold closes on a last
paragraph that sums the whole up with no word that turns (mostly ren talks), and texts where
the rules start late (at a last flourish, a later hope) and the gold one paragraph or more
above. The conclusion written then: what separates them is whether the paragraph still
argues the last point, which no named feature reads. This bench asks whether the words can.

**The model.** Every gold text gives its last ``--last`` paragraphs below its last heading
as examples, each labelled "in the closing" (at or below the gold's start) or not. A
paragraph is read as a bag of sparse features, none of them named by hand: its word tokens
(rjieba, Han words only), the tokens of its first sentence apart, its Han character bigrams,
the tokens it shares with the section just above it (the last heading's text and the
paragraphs from it down, or the two paragraphs above in a text with no headings) and those
new to it, the tokens it shares with the title and with the opening, the share of its
tokens found in each of those (binned), its distance from the end and its length (binned).
Two learners: an L2 logistic regression (AdaGrad, a fixed number of epochs, a seeded order)
and a Bernoulli Naive Bayes (add-one). Pure Python, no new dependency.

**The decisions.** (a) Where the rules find no closing: the closing starts at the first of
the candidate paragraphs from which every paragraph down to the end is "in the closing" at
probability at least ``t``; none when the last one is below ``t``. (b) Where the rules start
a closing below the last heading's first paragraph: the start moves up one paragraph at a
time while the paragraph above is "in the closing" at probability at least ``t`` (never onto
a heading, at most ``--last`` paragraphs from the end). Mode ``a``, ``b`` or ``ab``.

**The measure.** Both golds, read and judged as bench/closing_quality.py reads and judges
them (HOLDOUT.txt skipped). Leave-one-set-out: for each group (each outline gold set, each
study bookends file) the model is fitted on every other group's texts (a text that stands
in the left-out group and in another gold is left out of the fit too) and decides the
left-out group's texts; the figures are the pooled right counts of both finders on both
golds, per group, and ren, mao and the rest apart. The thresholds are reported as a grid
(every setting, each scored leave-one-set-out with its model), and with ``t`` chosen for each
left-out group on the other groups' out-of-fold probabilities (``nested``).

    .venv/bin/python bench/closing_learned.py [--learner lr|nb] [--last 4] [--verbose]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import closing_quality as cq  # noqa: E402
import rjieba  # noqa: E402

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_SENT = re.compile(r"[^。！？!?]*[。！？!?]?")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01)  # 1.01: never acts


def tokens(text: str) -> set[str]:
    """The Han word tokens of ``text`` (rjieba), punctuation, Latin and figures set aside."""
    return {w for w in rjieba.cut(text) if _HAN.fullmatch(w)}


def bigrams(text: str) -> set[str]:
    """The Han character bigrams of ``text``, within runs of Han characters."""
    out: set[str] = set()
    for run in _HAN.findall(text):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


def _bin(x: float, edges: tuple[float, ...]) -> int:
    return sum(x > e for e in edges)


class Text:
    """One gold text as the model reads it: its paragraphs, headings, title and opening
    tokens, the candidate paragraphs and, for training, their labels."""

    def __init__(self, row: dict, last: int):
        paras = row["doc"].paragraphs()
        self.row = row
        self.texts = [p.text for p in paras]
        self.heads = [p.is_heading for p in paras]
        n = len(paras)
        self.n = n
        self.last_head = max((i for i in range(n) if self.heads[i]), default=-1)
        self.cands = [
            i for i in range(max(self.last_head + 1, n - last), n) if not self.heads[i]
        ]
        title = row["doc"].metadata.title or ""
        body = [i for i in range(n) if not self.heads[i]]
        self.title = tokens(title)
        self.opening = set().union(*(tokens(self.texts[i]) for i in body[:2])) if body else set()
        self.src = str(row["doc"].path)
        kind = "ren" if "/ren/" in self.src else "mao" if "/mao/" in self.src else "other"
        self.kind = kind
        self.feats = {i: self.features(i) for i in self.cands}

    def above(self, i: int) -> set[str]:
        """The tokens of the section just above paragraph ``i``: from the last heading down
        to ``i`` (the two paragraphs above when the text has no heading above it)."""
        start = self.last_head if self.last_head >= 0 else i - 2
        start = max(0, min(start, i - 2))
        return set().union(set(), *(tokens(self.texts[j]) for j in range(start, i)))

    def features(self, i: int) -> list[str]:
        """The sparse features of candidate paragraph ``i``."""
        text = self.texts[i]
        tok = tokens(text)
        first = _SENT.match(text).group(0)
        ftok = tokens(first)
        above = self.above(i)
        f = {f"w:{w}" for w in tok}
        f |= {f"f:{w}" for w in ftok}
        f |= {f"b:{b}" for b in bigrams(text)}
        f |= {f"new:{w}" for w in tok - above}
        f |= {f"old:{w}" for w in tok & above}
        f |= {f"ti:{w}" for w in tok & self.title}
        f |= {f"op:{w}" for w in tok & (self.opening - above)}
        size = max(1, len(tok))
        for name, other in (("A", above), ("T", self.title), ("O", self.opening)):
            f.add(f"share{name}:{_bin(len(tok & other) / size, (0.0, 0.15, 0.3, 0.5))}")
        d = self.n - 1 - i
        f.add(f"d:{min(d, 4)}")
        f.add(f"len:{_bin(len(text), (30, 60, 120, 250, 500))}")
        f.add("heads" if self.last_head >= 0 else "noheads")
        f.add(f"afterhead:{min(i - self.last_head, 4) if self.last_head >= 0 else 'x'}")
        f.add(f"kind:{self.kind}")
        f.add("bias")
        return sorted(f)

    def label(self, i: int) -> int:
        """1 when paragraph ``i`` is in the gold's closing."""
        want = self.row["want"]
        return int(want is not None and i >= want[0])


class LR:
    """L2 logistic regression over sparse binary features (AdaGrad, seeded order)."""

    def __init__(self, l2: float = 1e-3, epochs: int = 15, rate: float = 0.5):
        self.l2, self.epochs, self.rate = l2, epochs, rate
        self.w: dict[str, float] = defaultdict(float)

    def fit(self, data: list[tuple[list[str], int]]) -> LR:
        """Fit on (features, label) pairs."""
        g2: dict[str, float] = defaultdict(lambda: 1e-8)
        order = list(range(len(data)))
        rng = random.Random(20261205)
        for _ in range(self.epochs):
            rng.shuffle(order)
            for k in order:
                feats, y = data[k]
                p = self.prob(feats)
                err = p - y
                for name in feats:
                    g = err + self.l2 * self.w[name]
                    g2[name] += g * g
                    self.w[name] -= self.rate * g / math.sqrt(g2[name])
        return self

    def prob(self, feats: list[str]) -> float:
        """P(in the closing)."""
        z = sum(self.w.get(name, 0.0) for name in feats)
        z = max(-30.0, min(30.0, z))
        return 1 / (1 + math.exp(-z))


class NB:
    """Bernoulli Naive Bayes over the features present (add-one), the absent ones ignored."""

    def fit(self, data: list[tuple[list[str], int]]) -> NB:
        """Fit on (features, label) pairs."""
        self.n = Counter(y for _, y in data)
        self.c: dict[int, Counter] = {0: Counter(), 1: Counter()}
        for feats, y in data:
            self.c[y].update(feats)
        return self

    def prob(self, feats: list[str]) -> float:
        """P(in the closing)."""
        z = math.log((self.n[1] + 1) / (self.n[0] + 1))
        for name in feats:
            p1 = (self.c[1][name] + 1) / (self.n[1] + 2)
            p0 = (self.c[0][name] + 1) / (self.n[0] + 2)
            z += math.log(p1 / p0)
        z = max(-30.0, min(30.0, z))
        return 1 / (1 + math.exp(-z))


def decide(t: Text, probs: dict[int, float], mode: str, thr: float):
    """The outline finder's start after the model (a position or None), and whether the
    model moved it."""
    rule = t.row["outline"]
    if rule is None:
        if "a" not in mode or not t.cands:
            return rule, False
        start = None
        for i in reversed(t.cands):
            if probs[i] < thr:
                break
            start = i
        return ((start, 0), True) if start is not None else (None, False)
    if "b" not in mode:
        return rule, False
    r = rule[0]
    moved = False
    while r - 1 in probs and probs[r - 1] >= thr:
        r -= 1
        moved = True
    return (r, 0), moved


def judge(t: Text, got) -> bool:
    """Right as bench/closing_quality.py judges it on this row's gold."""
    judge_fn = cq.right_outline if t.row["gold"] == "outline" else cq.right_study
    return judge_fn(t.texts, got, t.row["want"])


def score(t: Text, probs, mode, thr) -> tuple[int, int, int, int, int]:
    """(outline finder right before, after; study finder right before, after; a new false
    closing on a text whose gold has none)."""
    got, moved = decide(t, probs, mode, thr)
    o0, s0 = t.row["outline_right"], t.row["study_right"]
    o1 = judge(t, got)
    s1 = judge(t, got) if moved else s0
    false_new = int(moved and t.row["want"] is None and t.row["outline"] is None)
    return o0, o1, s0, s1, false_new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learner", choices=("lr", "nb"), default="lr")
    parser.add_argument("--last", type=int, default=4, help="candidate paragraphs from the end")
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--verbose", action="store_true", help="every text the model moves")
    args = parser.parse_args()
    if not cq.SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    texts = [Text(r, args.last) for r in cq.rows()]
    groups = sorted({f"{t.row['gold']}:{t.row['set']}" for t in texts})
    group_of = lambda t: f"{t.row['gold']}:{t.row['set']}"  # noqa: E731
    oof: dict[int, dict[int, float]] = {}
    for g in groups:
        held = {t.src for t in texts if group_of(t) == g}
        seen: set[str] = set()
        data = []
        for t in texts:
            if t.src in held or t.src in seen:
                continue
            seen.add(t.src)
            data += [(t.feats[i], t.label(i)) for i in t.cands]
        model = LR(l2=args.l2).fit(data) if args.learner == "lr" else NB().fit(data)
        for k, t in enumerate(texts):
            if group_of(t) == g:
                oof[k] = {i: model.prob(t.feats[i]) for i in t.cands}
    # ranking quality of the out-of-fold probabilities on the last paragraph, rules none
    pos = [oof[k][t.n - 1] for k, t in enumerate(texts) if t.row["outline"] is None and t.n - 1 in oof[k] and t.label(t.n - 1)]
    neg = [oof[k][t.n - 1] for k, t in enumerate(texts) if t.row["outline"] is None and t.n - 1 in oof[k] and not t.label(t.n - 1)]
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
    print(f"learner {args.learner}, last {args.last}; where the rules find none, last paragraph "
          f"in the gold closing {len(pos)} of {len(pos) + len(neg)}: out-of-fold AUC {auc:.3f}")

    def table(mode: str, thr_of) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
        for k, t in enumerate(texts):
            o0, o1, s0, s1, fn = score(t, oof[k], mode, thr_of(group_of(t)))
            for key in ("all", f"kind:{t.kind}", group_of(t)):
                row = out[key]
                row[0] += 1
                row[1] += o0
                row[2] += o1
                row[3] += s0
                row[4] += s1
                row[5] += fn
        return out

    def line(key, r) -> str:
        return (f"{key:24} ({r[0]:3}) outline {r[1]:3} -> {r[2]:3}  study {r[3]:3} -> {r[4]:3}"
                f"  pooled {r[1] + r[3]:3} -> {r[2] + r[4]:3}  new false {r[5]}")

    best = {}
    for mode in ("a", "b", "ab"):
        for thr in THRESHOLDS:
            r = table(mode, lambda g, thr=thr: thr)["all"]
            best[(mode, thr)] = r[2] + r[4]
            print(f"mode {mode:2} t {thr:.1f}: " + line("all", r))
    # nested: t chosen for each left-out group on the other groups' out-of-fold figures
    for mode in ("a", "b", "ab"):
        per_group = {}
        for g in groups:
            def gain(thr, g=g):
                return sum(
                    (lambda s: s[1] + s[3])(score(t, oof[k], mode, thr))
                    for k, t in enumerate(texts) if group_of(t) != g
                )
            per_group[g] = max(THRESHOLDS, key=lambda thr: (gain(thr), thr))
        res = table(mode, per_group.get)
        print(f"nested mode {mode}:")
        for key in sorted(res):
            r = res[key]
            if key == "all" or key.startswith("kind:") or args.verbose or r[2] + r[4] != r[1] + r[3]:
                print("  " + line(key, r))
        print("  thresholds chosen:", dict(Counter(per_group.values())))
    if args.verbose:
        for mode, thr in (("a", 0.5), ("b", 0.5)):
            for k, t in enumerate(texts):
                got, moved = decide(t, oof[k], mode, thr)
                if moved:
                    print(f"  {mode} {t.row['name'][:30]:30} rule {t.row['outline']} -> {got} "
                          f"gold {t.row['want']} {'RIGHT' if judge(t, got) else 'wrong'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
