"""Late closings: where the outline's finder starts a closing below the gold's, which rule put it
there, and whether a found closing can be extended one paragraph up; designed on the gold sets
before ``--split``, scored on the sets from it on, which were not read.

Not a timing benchmark. Over all outline gold the largest class of closing errors is **late**
(bench/closing_errors.py --split 29: sets 6-28 late 28, missed 18, spurious 7, early 0): the
finder finds the closing but starts it one paragraph or more below the paragraph the annotator
called. The issue's reading: the gold's first paragraph is the turn (a summary of the whole,
我们…, a forecast) and the finder starts at the next one, where an opener or a last-paragraph
rule fires; so extend a found closing one paragraph up when that paragraph does not belong to
the last part. This bench counts that class and measures that rule.

**Pools.** As bench/closing_owner.py: read = outline gold sets before ``--split`` and the study
gold (less the texts that stand in a later set); unread = outline gold sets from ``--split`` on,
only counted, never printed, and only with ``--validate`` (each run with it is a look, reported
whatever it shows).

**Census** (read pool; ``--verbose`` lists each text, its distance, the rule and the first
characters of both paragraphs). The rule that gave the finder's start is read off a trace of
:func:`drafter.corpus.closing_start.find_closing` (the last of its steps that answered).

**The family.** A found closing whose start ``s`` is not an opener (同志们，/ 各位代表 / 总之，
/ 最后，/ a term of address / a 结束语 label: the speaker's own mark) moves up to ``s - 1`` when
that paragraph is after the last heading and not the last part's first text, is not a turn of an
exchange, an ordinal item or 最后，…, does not open on a word carrying the argument on (但是 / 所以 /
至于 / 另外 / 关于 / 第N…: the guard against early closings), and reads as the turn by one of:
``any`` (the base rate), ``closing_like``, ``turns_to_close``, ``summary`` (这就是 / 所有这些 /
总结 / 一切…都 / 总任务…), ``we_resolve`` (我们要 / 我们必须 / 我们一定 / 我们将…), ``whole``
(the company, the party, the country, the future named), ``ring``
(:func:`~drafter.corpus.closing.returns_to_first_part` asked of it), ``summary|we``; and the
lexical readings of cl1's change point and cl3's ownership: ``local`` (its content words found
in the two paragraphs above it, at most a share ``x``: it does not carry their argument on).

**Result (session 38, cl4, split 29, outline finder, hold-out skipped).** Census of the read
pool's 30 late texts (28 in outline sets 6-28, 2 in the study gold): one paragraph late 15, two
8, three or more 7; by the rule that gave the start: ``closing_at_end`` 11, the position rule for
a text with no parts (``_unstructured``) 10, an opener, cue or formula settled 6 (总之， /
再次谢谢大家 / 让我们… / a repeated 各位代表！), ``occasion_start``, ``echoes_title`` and
``returns_to_first_part`` one each. The gold's first paragraph has no form of its own: the
company's or the struggle's course 8 (华为经历了十年的努力… / 党在过渡时期的总任务… / 号角在响…), 我们…
8, an address, the listeners or the talk itself 6 (当权的国民党的抗日同志们 / 挺好的，希望你们… /
这次来之前… / the host's 今天讨论了很多问题), a summary or verdict 4 (这就是… / 这是一个伟大的… /
总结我们的经验…), a call 1, an anecdote or a point 3. The family's domain on the read pool is 98
found closings, 12 of them one paragraph late and 66 right; every reading of the turn loses
there (fires, exact +, exact -, found +, found -): ``any`` (98, 12, 65, 0, 65), ``summary`` (14,
3, 10, 0, 10), ``summary|we`` (21, 5, 15, 0, 15), ``whole`` (38, 6, 24, 0, 24), ``we_resolve``
(7, 2, 5, 0, 5), ``ring`` (3, 1, 2, 0, 2), ``closing_like`` (4, 0, 3, 0, 3), ``turns_to_close``
(3, 0, 0, 0, 0), ``local`` <= 0.05/0.1/0.15/0.2 (5, 0, 5), (19, 3, 11), (39, 8, 24), (53, 9, 34).
Every right closing the move loses is an early one made, and a late one fixed is no found one
gained (a late closing is already found). The base rate is the bar: one paragraph up is right
in 12 of 98, so a reading must be right more than half the time it fires, and none is right in
more than a third. The gold's first paragraph and the paragraph above a right start carry the
same words (我们要…, the company's future, a point's own summary): what separates them is whether
the annotator took the argument as finished, which no reading here sees.

One look at the unread pool (``--validate``, every reading at once, for the record; nothing was
chosen from it): ``any`` (35, 8, 19, 0, 19), ``summary`` (4, 0, 3), ``summary|we`` (6, 0, 5),
``whole`` (18, 4, 12), ``we_resolve`` (2, 0, 2), ``ring`` (2, 0, 1), ``closing_like`` (1, 0, 1),
``turns_to_close`` (1, 0, 1), ``local`` <= 0.05/0.1/0.15/0.2 (6, 1, 3), (13, 5, 6), (21, 8, 10),
(30, 8, 17): no reading gains there either. Nothing was added to drafter/.

    .venv/bin/python bench/closing_late.py [--split 29] [--verbose] [--validate]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import closing_quality as cq  # noqa: E402
import closing_turn as ct  # noqa: E402

from drafter.corpus import closing_start as cs  # noqa: E402
from drafter.corpus import outline_tree  # noqa: E402
from drafter.corpus.closing import (  # noqa: E402
    SALUTATION_START,
    VOCATIVE_START,
    closing_label,
    closing_like,
    returns_to_first_part,
    turns_to_close,
)
from drafter.corpus.closing.first_part import content_words  # noqa: E402

# the steps of find_closing a trace records (the last that answered gave the start)
STEPS = (
    "_closing_part",
    "_closing_start",
    "_closing_found",
    "settle_start",
    "closing_by_cue",
    "_formula_ending",
    "closing_at_end",
    "closing_after_last_answer",
    "antithesis_start",
    "echoes_title",
    "turns_to_whole",
    "returns_to_first_part",
    "_unstructured",
    "occasion_start",
    "judges_whole",
    "takes_up_more",
    "_sums_up_items",
)
_TRACES: list[list] = []  # one list per find_closing call in progress
_LAST: list = [None]  # the trace of the last top-level find_closing call


def _traced(name: str, fn):
    """``fn`` recording its answer in the trace of the find_closing call in progress."""

    def wrapper(*args, **kwargs):
        out = fn(*args, **kwargs)
        if _TRACES:
            _TRACES[-1].append((name, out))
        return out

    return wrapper


def _install_trace() -> None:
    """Wrap find_closing and its steps so that each document's last step is known."""
    for name in STEPS:
        setattr(cs, name, _traced(name, getattr(cs, name)))
    inner = cs.find_closing

    def find_closing(texts, heads, title=""):
        _TRACES.append([])
        try:
            return inner(texts, heads, title)
        finally:
            trace = _TRACES.pop()
            if not _TRACES:
                _LAST[0] = trace

    cs.find_closing = find_closing
    outline_tree.find_closing = find_closing
    load = cq._load

    def traced_load(source):
        doc = load(source)
        doc._closing_trace = _LAST[0]
        return doc

    cq._load = traced_load
    plain = cq.load_document

    def traced_plain(path):
        doc = plain(path)
        doc._closing_trace = _LAST[0]
        return doc

    cq.load_document = traced_plain


def rule_of(doc) -> str:
    """The step of find_closing that gave ``doc``'s start (openers and their settling as one)."""
    trace = getattr(doc, "_closing_trace", None) or []
    steps = [name for name, out in trace if out is not None and out is not False]
    if not steps:
        return "none"
    last = steps[-1]
    if last in ("_closing_start", "_closing_found", "settle_start", "_formula_ending"):
        return "opener"
    return last.lstrip("_")


def is_opener(text: str) -> bool:
    """Whether a paragraph opens on the speaker's own mark of the closing (同志们， / 各位代表 /
    总之， / 最后， / a term of address / a 结束语 label): a start the family never moves."""
    text = text.strip()
    return bool(
        text.startswith(cs.CLOSING_OPENERS)
        or text in cs.CLOSING_LINES
        or cs._WINDING_UP.match(text)
        or VOCATIVE_START.match(text)
        or SALUTATION_START.match(text)
        or closing_label(text)
        or text.startswith("【")
    )


# a turn of an exchange, a bracket, an ordinal or a figure opening the paragraph
_TURN = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z ]{1,12}[：:]|[（(]|问|答|\d)")
# a paragraph carrying the argument above on: it never opens a closing (the early guard)
CARRIES_ON = re.compile(
    r"^(?:但是|但|然而|可是|不过|而且|并且|况且|何况|此外|另外|至于|还有|所以|因此|因而|同时|当然"
    r"|另一|其次|再次|接着|然后|现在又|第[一二三四五六七八九十]|[一二三四五六七八九十]+是|关于|对于"
    r"|比如|例如)"
)
_SUMMARY = re.compile(
    r"这就是|所有这些|总结|总的|一切[^。]{0,20}都|归根|集中到一点|总任务|最宝贵|主要的经历"
)
_WE = re.compile(r"^我们(?:要|必须|一定|应该|计划|将|公司)")
_WHOLE = re.compile(r"华为公司|公司|全党|全国|全体|我们的事业|明天|未来|前途")


def eligible(row: dict) -> int | None:
    """The paragraph above ``row``'s found start when the family may move the start there, or
    None: not above an opener, not the last part's first text, not a turn, an ordinal item or
    最后，…, not opening on a word that carries the argument on."""
    if row["outline"] is None:
        return None
    paras = row["doc"].paragraphs()
    texts = [p.text for p in paras]
    s = row["outline"][0]
    up = s - 1
    heads = [i for i, p in enumerate(paras) if p.is_heading]
    if up < 1 or (heads and up < heads[-1] + 2) or s >= len(texts):
        return None
    above = texts[up].strip()
    if is_opener(texts[s]) or is_opener(above) or _TURN.match(above):
        return None
    if above.startswith("最后") or CARRIES_ON.match(above):
        return None
    return up


def _local(texts: list[str], up: int) -> float:
    """The share of paragraph ``up``'s content words found in the two paragraphs above it."""
    words = content_words(texts[up])
    if not words:
        return 1.0
    near = set().union(*(content_words(t) for t in texts[max(0, up - 2) : up]))
    return len(words & near) / len(words)


def readings(row: dict, up: int) -> dict[str, bool]:
    """Whether paragraph ``up`` reads as the turn, by each reading of the family."""
    paras = row["doc"].paragraphs()
    texts = [p.text for p in paras]
    text = texts[up].strip()
    heads = [i for i, p in enumerate(paras) if p.is_heading]
    title = row["doc"].metadata.title or ""
    ring = len(heads) >= 2 and returns_to_first_part(texts[: up + 1], heads[1], heads[-1], title)
    local = _local(texts, up)
    out = {
        "any": True,
        "closing_like": closing_like(text),
        "turns_to_close": bool(turns_to_close(text)),
        "summary": bool(_SUMMARY.search(text)),
        "we_resolve": bool(_WE.match(text)),
        "whole": bool(_WHOLE.search(text)),
        "ring": ring,
        "summary|we": bool(_SUMMARY.search(text) or _WE.match(text)),
    }
    for x in (0.05, 0.1, 0.15, 0.2):
        out[f"local<={x}"] = local <= x
    return out


def table(split: int) -> list[dict]:
    """One row per gold text with a found closing: its pool, the verdicts now and one paragraph
    up, the rule that gave the start, how late it is, and the family's readings."""
    unread = ct._unread_sources(split)
    out = []
    for r in cq.rows():
        pool = ct.pool_of(r, split, unread)
        if pool is None:
            continue
        row = dict(
            pool=pool,
            set=r["set"],
            name=r["name"],
            gold=r["want"] is not None,
            right=r["outline_right"],
            found=r["outline_found"],
            rule=rule_of(r["doc"]),
            late=None,
        )
        if r["outline"] is not None and r["want"] is not None and not r["outline_right"]:
            row["late"] = r["outline"][0] - r["want"][0] if r["outline"] > r["want"] else None
        up = eligible(r)
        row["up"] = up
        if up is not None:
            paras = [p.text for p in r["doc"].paragraphs()]
            judge = cq.right_outline if r["gold"] == "outline" else cq.right_study
            right = judge(paras, (up, 0), r["want"])
            row["right_up"] = right
            row["found_up"] = cq.within(paras, (up, 0), r["want"], right)
            row["reads"] = readings(r, up)
        if pool == "read":
            paras = [p.text for p in r["doc"].paragraphs()]
            row["got_text"] = paras[r["outline"][0]][:16] if r["outline"] else ""
            row["want_text"] = paras[r["want"][0]][:16] if r["want"] else ""
        out.append(row)
    return out


def score(rows: list[dict], reading: str, pool: str) -> tuple[int, int, int, int, int]:
    """(firings, exact gained, exact lost, found gained, found lost) of moving the start one
    paragraph up where ``reading`` holds, on ``pool``."""
    hit = [r for r in rows if r["pool"] == pool and r["up"] is not None and r["reads"][reading]]
    return (
        len(hit),
        sum(r["right_up"] and not r["right"] for r in hit),
        sum(r["right"] and not r["right_up"] for r in hit),
        sum(r["found_up"] and not r["found"] for r in hit),
        sum(r["found"] and not r["found_up"] for r in hit),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=int, default=29, metavar="N")
    parser.add_argument("--verbose", action="store_true", help="each late read text")
    parser.add_argument(
        "--validate", action="store_true", help="count the unread pool (a look: report it)"
    )
    args = parser.parse_args()
    if not cq.SHARED.is_dir():
        print("../shared is absent: nothing to measure", file=sys.stderr)
        return 2
    _install_trace()
    rows = table(args.split)
    read = [r for r in rows if r["pool"] == "read"]
    late = [r for r in read if r["late"]]
    dist = Counter(min(r["late"], 3) for r in late)
    print(
        f"read pool: {len(read)} texts, late {len(late)} "
        f"(one paragraph {dist[1]}, two {dist[2]}, three or more {dist[3]})"
    )
    print("  by the rule that gave the start:", dict(Counter(r["rule"] for r in late)))
    if args.verbose:
        for r in late:
            print(
                f"  {r['set']:12} {r['name'][:30]:30} late {r['late']} {r['rule']:16} "
                f"gold {r['want_text']} | drafter {r['got_text']}"
            )
    dom = [r for r in read if r["up"] is not None]
    print(
        f"family domain (read): {len(dom)} found closings, one paragraph late "
        f"{sum(r['right_up'] and not r['right'] for r in dom)}, right {sum(r['right'] for r in dom)}"
    )
    print("  (fires, exact +, exact -, found +, found -)")
    names = list(dom[0]["reads"]) if dom else []
    for name in names:
        line = f"  {name:14} read {score(rows, name, 'read')}"
        if args.validate:
            line += f"  unread {score(rows, name, 'unread')}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
