"""A closing paragraph model learned from the words themselves, fitted leave-one-set-out.

Not a timing benchmark. Five sessions of cue rules, three rule families and a conditional
logit on about twenty named features (bench/closing_chooser.py, bench/closing_families.py)
did not beat the closing rules leave-one-set-out; the census (bench/closing_errors.py) left
two classes standing: texts where the rules find no closing and the gold closes on a last
paragraph that sums the whole up with no word that turns (mostly ren talks), and texts where
the rules start late (at a last flourish, a later hope) and the gold one paragraph or more
above. The conclusion written then: what separates them is whether the paragraph still
argues the last point, which no named feature reads. This bench asks whether the words can.

**The features.** A paragraph is read as a bag of sparse features, none of them named by
hand: its word tokens (rjieba, Han words only), the tokens of its first sentence apart, its
Han character bigrams (``--drop b`` leaves them out), the tokens it shares with the section
just above it (the last heading and the paragraphs from it down, or the two paragraphs
above in a text with no headings) and those new to it, the tokens it shares with the title
and with the opening, the share of its tokens found in each of those (binned), its distance
from the end and its length (binned). Learners: an L2 logistic regression (AdaGrad, a fixed
number of epochs, a seeded order) or a Bernoulli Naive Bayes (add-one). Pure Python, no new
dependency.

**The questions** (``--target``):

* ``all``: every gold text's last ``--last`` paragraphs below its last heading, each "in the
  closing" (at or below the gold's start) or not. Decisions: (a) where the rules find no
  closing, it starts at the first candidate from which every paragraph to the end is in
  the closing at probability at least ``t``; (b) where the rules start one, the start moves
  up while the paragraph above is; ``ab`` both.
* ``a``: only where the rules find no closing (or every text, ``--train-all``): is the last
  paragraph the right start? Decision: start there at probability at least ``t``.
* ``b``: only where the rules start a closing: is the paragraph above their start the
  right start? Decision: move up one paragraph at probability at least ``t``.
* ``turn``: no closing label at all. A model of "this paragraph turns from the point above"
  is learned from the bodies of the speeches (corpus/speeches, HOLDOUT.txt skipped; the last
  section of a text never read): a section's first paragraph read against the section
  above it turns, a later one read against its own section carries it on. It then reads
  each gold text's last paragraph against its last section; decided as ``a``.

**The measure.** Both golds, read and judged as bench/closing_quality.py reads and judges
them (HOLDOUT.txt skipped); both finders, pooled, ren, mao and the rest apart, and every
group with a change. Leave-one-set-out: for each group (each outline gold set, each study
bookends file) the model is fitted on every other group's texts (a text that stands in the
left-out group and in another gold is left out of the fit too) and decides the left-out
group's texts. The thresholds are reported as a grid (each setting scored with the
left-out models), and nested: ``t`` chosen for each left-out group on the other groups'
out-of-fold figures, 1.01 meaning the model never acts.

**Result (session 34, 372 rows: 296 outline gold, 76 study gold; the rules 298 + 299 = 597
pooled).** No question, learner or setting beats the rules. Nested, every group chooses
never to act (597 -> 597). The grids' best settings short of never: ``all`` (l2 0.01, no
bigrams; last paragraph where the rules find none, out-of-fold AUC 0.71) 595 at t 0.99 for
(a), 595 for (b); ``a`` (l2 0.05; AUC 0.59) 595 at t 0.4-0.5 with one new false closing, 597
from t 0.6 (it never acts); ``b`` (AUC 0.58) 595 at t 0.99; ``turn`` (AUC 0.44: below chance,
a closing reads more like a paragraph carrying its section on than like one opening a new
point) 565 at t 0.99; ``a --train-all`` (AUC 0.63) 595 at t 0.95 with a new false closing.
Fitted on ren texts only (``--ren``; this session's blind sets are ren): ``a --train-all``
(AUC 0.51) 599 at t 0.95 (one ren text gained on both finders, no new false closing), but
nested the one group holding that text chooses never to act (597); ``b`` (AUC 0.62) 595 at
best. Naive Bayes is no better (overconfident; ``all``, AUC 0.66: 593 at its best). Of the 156
texts where the rules find no closing, the last paragraph is the right start in 16; the
top-ranked twenty of every model tried held at most three of them.

    .venv/bin/python bench/closing_learned.py [--target all|a|b|turn] [--learner lr|nb]
        [--l2 0.001] [--drop b] [--last 4] [--train-all] [--ren] [--verbose]
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
        self.cands = [i for i in range(max(self.last_head + 1, n - last), n) if not self.heads[i]]
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


def right(t: Text, i: int) -> int:
    """1 when a closing started at paragraph ``i`` is right on this text's gold."""
    return int(judge(t, (i, 0)))


def judge(t: Text, got) -> bool:
    """Right as bench/closing_quality.py judges it on this row's gold."""
    judge_fn = cq.right_outline if t.row["gold"] == "outline" else cq.right_study
    return judge_fn(t.texts, got, t.row["want"])


def questions(t: Text, target: str, train_all: bool = False) -> list[tuple[int, int]]:
    """The (paragraph, label) pairs ``target`` asks of ``t``: for ``all`` every candidate
    (in the closing or not); for ``a`` and ``turn`` the last paragraph where the rules find
    no closing (any text with ``train_all``; is it the right start); for ``b`` the paragraph
    above the rules' start (is it the right start)."""
    rule = t.row["outline"]
    if target == "all":
        return [(i, t.label(i)) for i in t.cands]
    if target in ("a", "turn"):
        i = t.n - 1
        ok = i in t.feats and (rule is None or train_all)
        return [(i, right(t, i))] if ok else []
    i = rule[0] - 1 if rule is not None else -1
    return [(i, right(t, i))] if i in t.feats else []


def decide(t: Text, probs: dict[int, float], target: str, mode: str, thr: float):
    """The outline finder's start after the model (a position or None), and whether the
    model moved it. ``probs`` holds the model's probability of each paragraph asked."""
    rule = t.row["outline"]
    if target in ("a", "turn"):
        i = t.n - 1
        if rule is None and probs.get(i, 0.0) >= thr:
            return (i, 0), True
        return rule, False
    if target == "b":
        if rule is not None and probs.get(rule[0] - 1, 0.0) >= thr:
            return (rule[0] - 1, 0), True
        return rule, False
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


def score(t: Text, probs, target, mode, thr) -> tuple[int, int, int, int, int]:
    """(outline finder right before, after; study finder right before, after; a new false
    closing on a text whose gold has none)."""
    got, moved = decide(t, probs, target, mode, thr)
    o0, s0 = t.row["outline_right"], t.row["study_right"]
    o1 = judge(t, got) if moved else o0
    s1 = judge(t, got) if moved else s0
    false_new = int(moved and t.row["want"] is None and t.row["outline"] is None)
    return o0, o1, s0, s1, false_new


def turn_model(l2: float, texts: list[Text]) -> tuple[LR, dict]:
    """A model of "this paragraph turns from the point above" learned from the bodies of the
    speeches (corpus/speeches, HOLDOUT.txt skipped) with no closing label at all: the first
    paragraph of a section, read against the section above it, turns (1); every later
    paragraph, read against its own section so far, carries it on (0). The last section of
    a text is never read (the closing lives there). Returns the model and, for each gold
    text asked, the features of its last paragraph read against its last section."""
    sys.path.insert(0, str(ROOT / "tests"))
    from holdout import skip_held_out

    from drafter.corpus import load_document

    cache: dict[str, set[str]] = {}

    def tk(s: str) -> set[str]:
        if s not in cache:
            cache[s] = tokens(s)
        return cache[s]

    def pair(text: str, above: set[str], title: set[str], opening: set[str]) -> list[str]:
        tok = tk(text)
        f = {f"w:{w}" for w in tok}
        f |= {f"f:{w}" for w in tokens(_SENT.match(text).group(0))}
        f |= {f"new:{w}" for w in tok - above} | {f"old:{w}" for w in tok & above}
        f |= {f"ti:{w}" for w in tok & title} | {f"op:{w}" for w in tok & (opening - above)}
        size = max(1, len(tok))
        for name, other in (("A", above), ("T", title), ("O", opening)):
            f.add(f"share{name}:{_bin(len(tok & other) / size, (0.0, 0.15, 0.3, 0.5))}")
        f.add(f"len:{_bin(len(text), (30, 60, 120, 250, 500))}")
        f.add("bias")
        return sorted(f)

    data = []
    paths = skip_held_out(sorted((cq.SHARED / "corpus" / "speeches").rglob("*.md")), cq.SHARED)
    for path in paths:
        try:
            doc = load_document(path)
        except Exception:  # an empty or unreadable file: nothing to learn from
            continue
        paras = [(p.text, p.is_heading) for p in doc.paragraphs()]
        title = tk(doc.metadata.title or "")
        body = [i for i, p in enumerate(paras) if not p[1]]
        opening = set().union(set(), *(tk(paras[i][0]) for i in body[:2]))
        heads = [i for i, p in enumerate(paras) if p[1]]
        secs = [
            (a, [i for i in range(a + 1, b) if not paras[i][1]])
            for a, b in zip(heads, heads[1:] + [len(paras)])
        ][:-1]
        for s, (h, ps) in enumerate(secs):
            for j, i in enumerate(ps):
                if i < 2:
                    continue
                if j == 0:
                    if s == 0 or not secs[s - 1][1]:
                        continue
                    ph, pps = secs[s - 1]
                    above = set().union(tk(paras[ph][0]), *(tk(paras[x][0]) for x in pps))
                    data.append((pair(paras[i][0], above, title, opening), 1))
                else:
                    above = set().union(tk(paras[h][0]), *(tk(paras[x][0]) for x in ps[:j]))
                    data.append((pair(paras[i][0], above, title, opening), 0))
    model = LR(l2=l2, epochs=5).fit(data)
    feats = {}
    for k, t in enumerate(texts):
        i = t.n - 1
        start = t.last_head if t.last_head >= 0 else max(0, i - 2)
        above = set().union(set(), *(tk(t.texts[j]) for j in range(start, i)))
        feats[k] = {i: pair(t.texts[i], above, t.title, t.opening)}
    print(f"turn model: {len(data)} body paragraphs ({sum(y for _, y in data)} turn)")
    return model, feats


def auc(pairs: list[tuple[float, int]]) -> float:
    """The probability that a positive outranks a negative (ties count half)."""
    pos = [p for p, y in pairs if y]
    neg = [p for p, y in pairs if not y]
    return sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / max(1, len(pos) * len(neg))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=("all", "a", "b", "turn"), default="all")
    parser.add_argument("--learner", choices=("lr", "nb"), default="lr")
    parser.add_argument("--last", type=int, default=4, help="candidate paragraphs from the end")
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--drop", default="", help="feature groups left out: b,w,f,new,old,...")
    parser.add_argument(
        "--train-all", action="store_true", help="a: fit on every text's last paragraph"
    )
    parser.add_argument(
        "--ren", action="store_true", help="fit on ren texts only (the blind sets are ren)"
    )
    parser.add_argument("--verbose", action="store_true", help="every group, every text moved")
    args = parser.parse_args()
    if not cq.SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    drop = {d for d in args.drop.split(",") if d}

    def keep(feats: list[str]) -> list[str]:
        return [f for f in feats if f.split(":")[0] not in drop]

    texts = [Text(r, args.last) for r in cq.rows()]
    groups = sorted({f"{t.row['gold']}:{t.row['set']}" for t in texts})
    group_of = lambda t: f"{t.row['gold']}:{t.row['set']}"  # noqa: E731
    oof: dict[int, dict[int, float]] = {}
    if args.target == "turn":
        model, feats = turn_model(args.l2, texts)
        for k in range(len(texts)):
            oof[k] = {i: model.prob(keep(f)) for i, f in feats[k].items()}
    for g in groups if args.target != "turn" else ():
        held = {t.src for t in texts if group_of(t) == g}
        seen: set[str] = set()
        data = []
        for t in texts:
            if t.src in held or t.src in seen or (args.ren and t.kind != "ren"):
                continue
            seen.add(t.src)
            data += [(keep(t.feats[i]), y) for i, y in questions(t, args.target, args.train_all)]
        fit = LR(l2=args.l2) if args.learner == "lr" else NB()
        model = fit.fit(data)
        for k, t in enumerate(texts):
            if group_of(t) == g:
                oof[k] = {i: model.prob(keep(t.feats[i])) for i, _ in questions(t, args.target)}
    asked = [(oof[k][i], y) for k, t in enumerate(texts) for i, y in questions(t, args.target)]
    if args.target == "all":
        asked = [
            (oof[k][t.n - 1], t.label(t.n - 1))
            for k, t in enumerate(texts)
            if t.row["outline"] is None and t.n - 1 in oof[k]
        ]
    print(
        f"target {args.target}, learner {args.learner}, l2 {args.l2}, drop {sorted(drop)}: "
        f"{len(asked)} questions, {sum(y for _, y in asked)} yes; out-of-fold AUC "
        f"{auc(asked):.3f}"
    )
    modes = ("a", "b", "ab") if args.target == "all" else (args.target,)

    def table(mode: str, thr_of) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
        for k, t in enumerate(texts):
            got = score(t, oof[k], args.target, mode, thr_of(group_of(t)))
            for key in ("all", f"kind:{t.kind}", group_of(t)):
                row = out[key]
                row[0] += 1
                for j in range(5):
                    row[j + 1] += got[j]
        return out

    def line(key, r) -> str:
        return (
            f"{key:24} ({r[0]:3}) outline {r[1]:3} -> {r[2]:3}  study {r[3]:3} -> {r[4]:3}"
            f"  pooled {r[1] + r[3]:3} -> {r[2] + r[4]:3}  new false {r[5]}"
        )

    for mode in modes:
        for thr in THRESHOLDS:
            res = table(mode, lambda g, thr=thr: thr)
            ren = res["kind:ren"]
            print(
                f"mode {mode:4} t {thr:.2f}: "
                + line("all", res["all"])
                + f" | ren {ren[1] + ren[3]} -> {ren[2] + ren[4]}"
            )
    # nested: t chosen for each left-out group on the other groups' out-of-fold figures
    for mode in modes:
        per_group = {}
        for g in groups:

            def gain(thr, g=g, mode=mode):
                return sum(
                    s[1] + s[3]
                    for k, t in enumerate(texts)
                    if group_of(t) != g
                    for s in [score(t, oof[k], args.target, mode, thr)]
                )

            per_group[g] = max(THRESHOLDS, key=lambda thr: (gain(thr), thr))
        res = table(mode, per_group.get)
        print(f"nested mode {mode}: thresholds chosen {dict(Counter(per_group.values()))}")
        for key in sorted(res):
            r = res[key]
            moved = r[2] + r[4] != r[1] + r[3]
            if key == "all" or key.startswith("kind:") or args.verbose or moved:
                print("  " + line(key, r))
    if args.verbose:
        for mode in modes:
            for k, t in enumerate(texts):
                got, moved = decide(t, oof[k], args.target, mode, 0.5)
                if moved:
                    print(
                        f"  {mode} t 0.5 {t.row['name'][:30]:30} rule {t.row['outline']} -> "
                        f"{got} gold {t.row['want']} {'RIGHT' if judge(t, got) else 'wrong'}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
