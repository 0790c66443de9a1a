"""Measure-word inventory of the corpus: where frames.measures.MEASURES comes from.

Not a timing benchmark. Lists every character that follows a counting numeral (两 二 … 十, not
after 第 or another numeral) in at least ``--min-docs`` texts of ../shared/corpus/speeches and
corpus/structure (texts of the session's hold-out skipped), and that the word tagger reads,
after 两, as one numeral-measure word (两派, 两张: tag ``m``). The list is the candidates; what
is taken into MEASURES leaves out numerals, units of time, money, length and weight (年 分 日
天 元 尺 …), counters the rules already read (个 种 条 项 点 类 件 层 座 …), names (路 of
八路军, 届) and units that count persons, documents, troops or pieces (位 名 家 篇 份 部 块 级 …),
which the gold never takes for a summary (counts of levels, documents, named things).

    PYTHONPATH=$PWD .venv/bin/python bench/measure_inventory.py [--min-docs 3]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from drafter.study.frames.measures import MEASURES  # noqa: E402
from drafter.study.words import tagged  # noqa: E402

_AFTER_NUMERAL = re.compile(
    r"(?<![第一二三四五六七八九十百千万两几0-9])[两二三四五六七八九十]([\u4e00-\u9fff])"
)


def holdout() -> set[str]:
    """The session's held-out texts (paths under ../shared), never read here."""
    path = Path("/work/notes/HOLDOUT.txt")
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def inventory(min_docs: int) -> list[tuple[str, int, int]]:
    """(character, uses, texts) of every candidate measure word, most used first."""
    skip = holdout()
    uses: collections.Counter[str] = collections.Counter()
    texts: dict[str, set[str]] = collections.defaultdict(set)
    for sub in ("corpus/speeches", "corpus/structure"):
        for path in sorted((SHARED / sub).rglob("*.*")):
            rel = str(path.relative_to(SHARED))
            if rel in skip:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            for m in _AFTER_NUMERAL.finditer(text):
                uses[m.group(1)] += 1
                texts[m.group(1)].add(rel)
    out = []
    for char, n in uses.most_common():
        if len(texts[char]) < min_docs:
            continue
        words = tagged("两" + char)
        if len(words) == 1 and words[0][1] == "m":
            out.append((char, n, len(texts[char])))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-docs", type=int, default=3)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared is absent: nothing to count", file=sys.stderr)
        return 2
    for char, n, docs in inventory(args.min_docs):
        mark = "*" if char in MEASURES else " "
        print(f"{mark} {char} {n:5} uses in {docs:3} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
