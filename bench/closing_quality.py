"""Closing quality: each closing finder scored on both closing golds.

Not a timing benchmark. The project has two views of where a speech's closing (结尾) starts:
the outline's (``doc.outline.closing``, found by drafter/corpus/outline.py with
drafter/corpus/closing/) and the study's (``analyze(doc).closing``, drafter/study/bookends.py:
the outline's paragraphs without an appendix, or, when the outline has none, a summing-up
sentence inside the last paragraph). It also has two golds written by different annotators:

* the outline gold, tests/gold/*.json with a ``closing`` field (sets 6 onwards and the blind
  sets): the closing's first characters and its line in the source, so a closing always
  starts at a paragraph; ``null`` when the text ends on its last section;
* the study gold, tests/study/gold/study_bookends*.json: a few words where the closing starts
  (``closing.start``, anywhere in a paragraph), ``closing`` ``null`` when the text ends on its
  last section.

Both finders are scored on both golds, so each finder is judged on about twice the texts and
a rule fitted to one gold shows on the other. How one convention is mapped onto the other:
every prediction and every gold answer becomes a position (paragraph index, offset) in the
document's paragraphs in reading order (``Document.paragraphs()``, the same list the study's
layout reads), or "none". The outline's closing is at (its first paragraph past a 结束语 label
line, 0); the study's at (its first paragraph, past such a label too, its start offset). An outline gold's closing is
at (the paragraph that ``gold_closing_index`` finds for its line, or the last paragraph opening
with its first characters, 0); a study gold's at the last place its anchor stands (as
tests/study/bookends_scoring.py finds it). Each gold keeps its own tolerance: on the outline
gold a position is right when it is in the gold's paragraph with at most one sentence before
it (the outline gold cannot name a start inside a paragraph, and a finder that starts one
sentence in has found the same closing); on the study gold when at most one sentence lies
between the two positions, as bookends_scoring counts. "None" is right only against "none".
Texts listed in /work/notes/HOLDOUT.txt (the session's blind set) are skipped.

Two figures, side by side, never one instead of the other. **Right** (the exact figure, the
one the floors and the blind sets have always counted) is the judgement above. **Found** is a
looser one, the issue's "closing found": the finder's closing starts within the gold's closing
(at or below the gold's start, or right by the exact judgement) when the gold has one, and the
finder has none when the gold has none. A start one or more paragraphs below the gold's (a
later paragraph of the same closing, often the annotator's own stated alternative) is found
but not right; a start above the gold's, a closing where the gold has none, or none where it
has one is neither. With ``--split N`` the outline gold sets are also pooled into those before
set N and from set N on (the sets a rule was written from, and the sets it was not).

With ``--amended`` the outline gold is read with the calls listed in ``AMENDED`` changed to
what the closing convention (docs/outline.md §4, tests/gold/README.md "Closing convention")
says; the gold files themselves are not changed, and every figure is reported both ways.

    .venv/bin/python bench/closing_quality.py [--json] [--verbose] [--amended] [--split N]
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
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
STUDY_GOLD = ROOT / "tests" / "study" / "gold"
HOLDOUT = Path(os.environ.get("DRAFTER_HOLDOUT", "/work/notes/HOLDOUT.txt"))
sys.path.insert(0, str(ROOT))  # this checkout's drafter, not the one the venv installed
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
sys.path.insert(0, str(ROOT / "tests" / "study"))

from bookends_scoring import _find, sentences_between  # noqa: E402
from outline_scoring import _squash, gold_closing_index  # noqa: E402

from drafter.corpus import load_document, parse_text  # noqa: E402
from drafter.corpus.closing import closing_words  # noqa: E402
from drafter.study.analyze import analyze  # noqa: E402

Pos = tuple[int, int]

# Outline-gold closing calls that contradict the settled closing convention, and what the
# convention says instead (None: no closing). Each is listed with its reason in
# tests/gold/README.md ("Closing convention"); the gold files keep the annotators' calls.
AMENDED: dict[str, str | None] = {
    # （十九）…各地必须依照上述各项方针坚决实施: the last numbered point of an instruction is
    # its body, as set 7's v4_021 （八）以上是一年战争的总结… and set 13's own v4_040 （四）
    "heldout13_mao_v4_016": None,
    # the last paragraph carries out 四、's own heading (对取得成果的项目进行表彰: 表彰和奖励);
    # the study gold (study_bookends_b2) calls the same text null
    "heldout13_ren_20170316": None,
}


def holdout() -> set[str]:
    """The session's blind texts (paths relative to ../shared): never scored here."""
    if not HOLDOUT.is_file():
        return set()
    return {ln.strip() for ln in HOLDOUT.read_text("utf-8").splitlines() if ln.strip()}


def _load(source: str):
    path = SHARED / source
    if path.suffix == ".txt":
        return parse_text(path.read_text(encoding="utf-8-sig"), source)
    return load_document(path)


def predictions(doc) -> tuple[list[str], Pos | None, Pos | None]:
    """The document's paragraphs and where each finder starts the closing (None: no closing)."""
    paras = [p.text for p in doc.paragraphs()]
    closing = doc.outline.closing
    outline = None
    if closing:
        skip = closing_words(closing)
        outline = (len(paras) - len(closing) + skip, 0) if skip < len(closing) else None
    study = analyze(doc).closing
    idx = list(getattr(study, "paragraphs", []))
    if len(idx) > 1 and closing_words([paras[i] for i in idx]):
        idx = idx[1:]  # a 结束语 label line titles the closing, in either view
    found = (idx[0], getattr(study, "start", 0)) if idx else None
    return paras, outline, found


def outline_gold_pos(gold: dict, paras: list[str], source_text: str) -> Pos | None:
    """Where an outline gold file puts the closing, in ``paras``."""
    want = gold["closing"]
    if want is None:
        return None
    at = gold_closing_index(gold, paras, source_text)
    if at is None:
        hits = [i for i, t in enumerate(paras) if _squash(t).startswith(_squash(want))]
        at = hits[-1] if hits else len(paras)
    return (at, 0)


def right_outline(paras: list[str], got: Pos | None, want: Pos | None) -> bool:
    """The outline gold's judgement: same paragraph, at most one sentence into it."""
    if got is None or want is None:
        return got is None and want is None
    return got[0] == want[0] and sentences_between(paras, got, want) <= 1


def right_study(paras: list[str], got: Pos | None, want: Pos | None) -> bool:
    """The study gold's judgement: at most one sentence between the positions."""
    if got is None or want is None:
        return got is None and want is None
    return sentences_between(paras, got, want) <= 1


def within(paras: list[str], got: Pos | None, want: Pos | None, right: bool) -> bool:
    """The "closing found" judgement: ``got`` starts inside the gold's closing (at or below
    ``want``, or ``right`` by the gold's own judgement) when the gold has one; no closing when
    it has none. Why: a start a paragraph or two below the gold's is the same closing found
    late, which a reader sees as a closing all the same, while a start above it, a closing
    where the gold has none and none where it has one are not; reported beside the exact
    figure, never instead of it."""
    if got is None or want is None:
        return got is None and want is None
    return right or got >= want


def rows(amended: bool = False, reuse: list[dict] | None = None) -> list[dict]:
    """One row per gold text: its gold, set, both finders' positions and verdicts, and the
    document read (with
    ``amended``, the outline gold's calls in ``AMENDED`` replaced by the convention's).
    ``reuse``, a table this function made in this process with the code as it is now, lends
    its documents and both finders' starts: only the gold's side is judged again. Why: the
    table as amended differs from the one as written in two gold calls, and reading and
    analysing every text again doubled the cost of the pair (test_closing_both_golds)."""
    hold = holdout()
    out: list[dict] = []
    done = {(r["gold"], r["source"]): r for r in reuse or ()}

    def read(kind: str, source: str) -> tuple:
        """The document of ``source`` as the ``kind`` of gold reads it (the outline gold's
        tests read a .txt by parse_text), its paragraphs and both finders' starts."""
        row = done.get((kind, source))
        if row is not None:
            doc = row["doc"]
            return doc, [p.text for p in doc.paragraphs()], row["outline"], row["study"]
        doc = _load(source) if kind == "outline" else load_document(SHARED / source)
        return (doc, *predictions(doc))

    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "closing" not in gold or gold["source"] in hold:
            continue
        if amended and path.stem in AMENDED:
            gold = {**gold, "closing": AMENDED[path.stem], "closing_line": None}
        if not (SHARED / gold["source"]).is_file():
            continue
        doc, paras, outline, study = read("outline", gold["source"])
        text = (SHARED / gold["source"]).read_text(encoding="utf-8-sig")
        want = outline_gold_pos(gold, paras, text)
        m = re.match(r"(heldout\d*)_", path.stem)
        out.append(
            dict(
                gold="outline",
                set=m.group(1) if m else "outline-dev",
                name=path.stem,
                source=gold["source"],
                want=want,
                outline=outline,
                study=study,
                outline_right=right_outline(paras, outline, want),
                study_right=right_outline(paras, study, want),
                doc=doc,
            )
        )
        row = out[-1]
        row["outline_found"] = within(paras, outline, want, row["outline_right"])
        row["study_found"] = within(paras, study, want, row["study_right"])
    for path in sorted(STUDY_GOLD.glob("study_bookends*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            if entry["file"] in hold or not (SHARED / entry["file"]).is_file():
                continue
            doc, paras, outline, study = read("study", entry["file"])
            want = None
            if entry["closing"]:
                want = _find(paras, entry["closing"]["start"], (len(paras), 0), last=True)
            out.append(
                dict(
                    gold="study",
                    set=path.stem.replace("study_bookends", "bookends") or "bookends",
                    name=Path(entry["file"]).stem[:24],
                    source=entry["file"],
                    want=want,
                    outline=outline,
                    study=study,
                    outline_right=right_study(paras, outline, want),
                    study_right=right_study(paras, study, want),
                    doc=doc,
                )
            )
            row = out[-1]
            row["outline_found"] = within(paras, outline, want, row["outline_right"])
            row["study_found"] = within(paras, study, want, row["study_right"])
    return out


def _split_group(row: dict, split: int | None) -> str | None:
    """The pooled group of an outline gold row for ``--split N``: sets before N or from N on."""
    m = re.fullmatch(r"heldout(\d+)", row["set"])
    if split is None or row["gold"] != "outline" or not m:
        return None
    return f"outline:sets<{split}" if int(m.group(1)) < split else f"outline:sets>={split}"


def summary(table: list[dict], split: int | None = None) -> dict[str, dict]:
    """Per set and per gold, for each finder: texts right (``outline``, ``study``), texts found
    (``outline_within``, ``study_within``: the "closing found" judgement, :func:`within`), and
    among the texts whose gold has a closing, how many are right (``outline_found``,
    ``study_found``; the names the floors have always read) and found (``*_within_real``).
    With ``split``, the outline gold sets pooled before set ``split`` and from it on, too."""
    groups: dict[str, dict] = defaultdict(
        lambda: dict(
            docs=0,
            outline=0,
            study=0,
            outline_within=0,
            study_within=0,
            with_closing=0,
            outline_found=0,
            study_found=0,
            outline_within_real=0,
            study_within_real=0,
        )
    )
    for r in table:
        keys = [f"{r['gold']}:{r['set']}", f"{r['gold']}:all", "all"]
        if (pooled := _split_group(r, split)) is not None:
            keys.append(pooled)
        for key in keys:
            g = groups[key]
            g["docs"] += 1
            g["outline"] += r["outline_right"]
            g["study"] += r["study_right"]
            g["outline_within"] += r["outline_found"]
            g["study_within"] += r["study_found"]
            if r["want"] is not None:
                g["with_closing"] += 1
                g["outline_found"] += r["outline_right"]
                g["study_found"] += r["study_right"]
                g["outline_within_real"] += r["outline_found"]
                g["study_within_real"] += r["study_found"]
    return dict(groups)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--amended", action="store_true", help="the outline gold as the convention amends it"
    )
    parser.add_argument(
        "--split",
        type=int,
        metavar="N",
        help="also pool the outline gold sets before set N and from set N on",
    )
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    table = rows(amended=args.amended)
    groups = summary(table, split=args.split)
    if args.json:
        json.dump(groups, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    print(
        "right = exact start (the figure the floors count); found = starts within the gold's "
        "closing, or none where the gold has none (reported beside right, never instead)"
    )
    for key in sorted(groups):
        g = groups[key]
        print(
            f"{key:22} ({g['docs']:3}) right: outline {g['outline']:3}/{g['docs']:<3} "
            f"study {g['study']:3}/{g['docs']:<3} | real closings {g['with_closing']:3}: "
            f"outline {g['outline_found']:3} study {g['study_found']:3} "
            f"|| found: outline {g['outline_within']:3} study {g['study_within']:3}, "
            f"of real closings outline {g['outline_within_real']:3} "
            f"study {g['study_within_real']:3}"
        )
    if args.verbose:
        for r in table:
            if not (r["outline_right"] and r["study_right"]):
                print(
                    f"  {r['gold']:7} {r['name']:34} want {r['want']} outline {r['outline']} "
                    f"{'ok' if r['outline_right'] else 'X'} study {r['study']} "
                    f"{'ok' if r['study_right'] else 'X'}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
