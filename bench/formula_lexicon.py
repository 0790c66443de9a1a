"""Mine the counterless formulas the corpus quotes (“三反”, “三三制”, “四化”) for
``drafter/study/frames/lexicon.py``.

A number and one or two characters (三反, 四化) is far more often a word than a summary, so
the rules take it for a formula only when it is quoted. Writers quote a formula the first
time they use it, or in one speech and not the next: the formulas of Chinese public speech
are the ones writers quote. This bench lists every quoted counterless phrase the quoted-mention
rule (frames.quoted_mentions.quoted_mention) takes for a formula, in at least ``--texts`` distinct texts of
../shared, skipping the session's hold-out texts and every text a study gold names (so no
gold group's text decides what the list holds).

    .venv/bin/python bench/formula_lexicon.py [--texts 2] [--python]

``--gold`` mines ``NAMED_FORMULAS`` instead: the formulas with no counter after their first
number that the study gold (tests/study/gold/study_*.json) marks named only (``"listed":
false``) in at least ``--groups`` gold files, less those ``QUOTED_FORMULAS`` holds. :func:`gold_named` with ``leave_out`` is the
same lexicon mined without one group, for bench/study_logo.py's leave-one-group-out figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from drafter.study.frames.mentions import _RE_QUOTED  # noqa: E402
from drafter.study.frames.quoted_mentions import quoted_mention  # noqa: E402

_COUNTERLESS = re.compile(r"[二三四五六七八九十两]{1,2}[\u4e00-\u9fff]{1,2}")
_COUNTERS = re.compile(r"[二三四五六七八九十两]{1,2}[个项条点种类大件句层方部者重]")


def gold_files() -> set[str]:
    """Every text a study gold file names (tests/study/gold/*.json)."""
    out: set[str] = set()
    for path in (ROOT / "tests" / "study" / "gold").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data if isinstance(data, list) else []:
            if isinstance(entry, dict) and "file" in entry:
                out.add(entry["file"])
    return out


def mine(min_texts: int, holdout: Path) -> dict[str, int]:
    """Each quoted counterless formula with the number of distinct texts quoting it."""
    skip = gold_files()
    if holdout.is_file():
        skip |= {s.strip() for s in holdout.read_text().splitlines() if s.strip()}
    seen: dict[str, set[str]] = defaultdict(set)
    for path in sorted(SHARED.rglob("*")):
        if path.suffix not in (".md", ".txt") or not path.is_file():
            continue
        rel = str(path.relative_to(SHARED))
        if rel in skip:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in _RE_QUOTED.finditer(text):
            inner = m.group(1).strip()
            if not _COUNTERLESS.fullmatch(inner) or _COUNTERS.fullmatch(inner[:2]):
                continue
            if quoted_mention(0, text, m) is not None:
                seen[inner].add(rel)
    return {k: len(v) for k, v in sorted(seen.items()) if len(v) >= min_texts}


_NAMED_NUMERAL = re.compile(r"[二三四五六七八九十两]")
_NAMED_COUNTERS = "个项条点种类大件句层方部者重名"
# measure words MEASURES leaves to the second look's other readers (两头小中间大, 两头落空)
_NAMED_MEASURES = "头"
# a named count: a number and one character, a verb before it at most (三风, 四害, 除四害)
_NAMED_COUNT = re.compile(r"[\u4e00-\u9fff]?[二三四五六七八九十两][\u4e00-\u9fff]")


def gold_named(min_groups: int = 2, leave_out: str | None = None) -> frozenset[str]:
    """The counterless named-only formulas of the study gold: each phrase marked
    ``"listed": false`` in at least ``min_groups`` gold files other than ``leave_out`` (a
    file's stem, study_heldout_b12) whose first number has no counter after it (约法三章,
    五保, 四级三类; not 八项规定, 五个一, which the counted rules read). A named count of one
    character (三风, 四害, 除四害; not a counter or a measure word: 两条, 两手, 两头) counts in every
    file that marks it, its items spelled out or not: the text that spells out 三风 names the
    same formula as the one that only names it, and no shape rule reads either unquoted."""
    groups: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)  # a named count, whatever its listing
    for path in sorted((ROOT / "tests" / "study" / "gold").glob("study_*.json")):
        if path.stem == leave_out:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data if isinstance(data, list) else []:
            for frame in (entry.get("frames") or []) if isinstance(entry, dict) else []:
                if frame.get("listed") is False:
                    groups[frame["phrase"]].add(path.stem)
                if _NAMED_COUNT.fullmatch(frame["phrase"]):
                    named[frame["phrase"]].add(path.stem)
    from drafter.study.frames.lexicon import QUOTED_FORMULAS
    from drafter.study.frames.measures import MEASURES

    for phrase, where in named.items():
        if phrase[-1] not in _NAMED_COUNTERS + MEASURES + _NAMED_MEASURES:
            groups[phrase] |= where  # 三风, 除四害: spelled out or not, the same named count
    out = set()
    for phrase, where in groups.items():
        if phrase in QUOTED_FORMULAS:
            continue  # read unquoted already, with the guards of unquoted_formulas
        m = _NAMED_NUMERAL.search(phrase)
        if len(where) < min_groups or not m or re.search(r"[0-9０-９]", phrase):
            continue
        if m.end() == len(phrase) or phrase[m.end()] in _NAMED_COUNTERS or len(phrase) > 8:
            continue
        out.add(phrase)
    return frozenset(out)


# a count with a counter and a noun of two to six characters (两条战线, 四个现代化, 两套本领)
_COUNTED_PHRASE = re.compile(
    r"[二三四五六七八九十两]{1,2}(?:个|项|条|种|类|大|件|套|支|面|部|座|层)[\u4e00-\u9fff]{2,6}"
)

_COUNTED_HEAD = re.compile(
    r"([二三四五六七八九十两]{1,2})(?:个|项|条|种|类|大|件|套|支|面|部|座|层)"
)


def gold_counted(min_groups: int = 2, leave_out: str | None = None) -> frozenset[str]:
    """The counted formulas of the study gold (``COUNTED_FORMULAS``): each counted phrase
    (两条战线, 四个现代化, 两套本领) the gold marks a frame, listed or not, in at least
    ``min_groups`` gold files other than ``leave_out`` — and a frame in *every* gold text
    (of those files, less the session's hold-out) whose words hold it, so a count the gold
    reads as a plain count anywhere (两个平台, 三个问题) is left to the shape rules. Why: the
    rules prune such a phrase as a count of things when it runs on into 的 or stands once
    (四个现代化的关键), or never read it (两套本领: 套 is no counter of theirs). A text is read to
    its first ``注释`` line: the annotators gold the body only (notes and what follows them —
    学习和时局's appended 1945 决议, batch 39 — are apparatus), so a phrase standing only there
    (两条战线 in that 决议) is no gold text's plain count."""
    holdout = Path(os.environ.get("DRAFTER_HOLDOUT", "/work/notes/HOLDOUT.txt"))
    skip = {s.strip() for s in holdout.read_text().splitlines()} if holdout.is_file() else set()
    groups: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, tuple[str, list[str]]] = {}
    for path in sorted((ROOT / "tests" / "study" / "gold").glob("study_*.json")):
        if path.stem == leave_out:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data if isinstance(data, list) else []:
            if not isinstance(entry, dict) or "frames" not in entry or entry["file"] in skip:
                continue
            phrases = [f["phrase"] for f in entry["frames"]]
            for phrase in phrases:
                if _COUNTED_PHRASE.fullmatch(phrase):
                    groups[phrase].add(path.stem)
            source = SHARED / entry["file"]
            if entry["file"] not in texts and source.is_file():
                lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
                if "lines" in entry:
                    lines = lines[entry["lines"][0] - 1 : entry["lines"][1]]
                elif "注释" in (stripped := [ln.strip() for ln in lines]):
                    lines = lines[: stripped.index("注释")]  # the body, as the gold reads it
                texts[entry["file"]] = ("\n".join(lines), phrases)
    nouns: dict[str, int] = defaultdict(int)  # each noun: the groups naming it, any number
    for phrase, where in groups.items():
        nouns[phrase[_COUNTED_HEAD.match(phrase).end() :]] += len(where)
    out = set()
    for phrase, where in groups.items():
        noun = phrase[_COUNTED_HEAD.match(phrase).end() :]
        if len(where) < min_groups or 3 * len(where) < 2 * nouns[noun]:
            continue  # 两个方面 beside 三个方面: a noun many numbers count is no one formula
        if all(
            any(phrase in p or p in phrase for p in phrases)
            for text, phrases in texts.values()
            if phrase in text
        ):
            out.add(phrase)
    return frozenset(out)


def main() -> int:
    """Print the mined formulas (with ``--python``, as the tuple frames.lexicon holds)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2)
    parser.add_argument("--holdout", type=Path, default=Path("/work/notes/HOLDOUT.txt"))
    parser.add_argument("--python", action="store_true")
    parser.add_argument("--gold", action="store_true", help="mine NAMED_FORMULAS from gold")
    parser.add_argument(
        "--counted", action="store_true", help="mine COUNTED_FORMULAS from gold (with --gold)"
    )
    parser.add_argument("--groups", type=int, default=2)
    args = parser.parse_args()
    if args.gold and args.counted:
        print("COUNTED_FORMULAS = frozenset(")
        print("    " + repr(tuple(sorted(gold_counted(args.groups)))))
        print(")")
        return 0
    if args.gold:
        named = sorted(gold_named(args.groups))
        print("NAMED_FORMULAS = frozenset(")
        print("    " + repr(tuple(named)))
        print(")")
        return 0
    if not SHARED.is_dir():
        print("../shared is absent: nothing to mine", file=sys.stderr)
        return 1
    found = mine(args.texts, args.holdout)
    if args.python:
        print("QUOTED_FORMULAS = frozenset(")
        print("    " + repr(tuple(found)))
        print(")")
    else:
        for phrase, n in sorted(found.items(), key=lambda kv: -kv[1]):
            print(f"{n:4d}  {phrase}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
