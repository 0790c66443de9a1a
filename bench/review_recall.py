"""Recall of the review checks on drafts with seeded errors, per category.

    python bench/review_recall.py [--docs 30]

Base texts are real, clean speeches from ../shared (the seeds, dated speeches of
corpus/speeches with at least three numbered parts, and dated reports of
corpus/structure; the paths of HOLDOUT.txt or DRAFTER_HOLDOUT skipped, tests/holdout.py),
rewritten as plain drafts (title, date, one paragraph per line). Each gets one realistic error per category where the category applies: a numbering gap or
repeat, a sibling heading that breaks the group, an announced count one off, a
placeholder, an impossible date / wrong weekday / 今年 with another year, a stale phrase,
a title that is not the person's, a confusable word, a punctuation slip, a mixed
numeral, a paragraph copied from a library document. A seeded error is found when a
finding of its category overlaps its span in the seeded file as read back.

Also reports, on the same texts before seeding, the findings per 10,000 characters by
level (precision on real text is the other half of the story). Writes
bench/results/review_recall.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from holdout import skip_held_out  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "review_recall.md"
CN = "零一二三四五六七八九十"


def cn(n: int) -> str:
    from drafter.numerals import cn_number

    return cn_number(n)


def base_documents(limit: int):
    """Clean, dated real texts with three or more numbered top-level parts."""
    from drafter.corpus import load_document

    paths = sorted((SHARED / "seeds").glob("*.txt"))
    paths += sorted((SHARED / "corpus" / "speeches").glob("*/*"))
    paths += sorted((SHARED / "corpus" / "structure").glob("*"))
    out = []
    paths = skip_held_out(paths, SHARED)  # the session's blind texts are never read
    for path in paths:
        try:
            doc = load_document(path)
        except Exception:
            continue
        tops = [s for s in doc.outline.sections if s.marker]
        if len(tops) < 3 or not doc.metadata.date or len(doc.metadata.date) < 4:
            continue
        out.append(doc)
    rng = random.Random(3)
    seeds = [d for d in out if "/seeds/" in d.path]
    rest = [d for d in out if "/seeds/" not in d.path]
    rng.shuffle(rest)
    return (seeds + rest)[:limit]


def as_lines(doc) -> list[str]:
    """A document as a plain draft: title, date line, salutation and paragraphs."""
    m = doc.metadata
    y, mo, d = (m.date.split("-") + ["1", "1"])[:3]
    lines = [m.title or "讲话", f"（{int(y)}年{int(mo)}月{int(d)}日）"]
    lines += [p.text for p in doc.paragraphs()]
    return lines


class Seeded:
    """One seeded error: its category and how to find its span when read back."""

    def __init__(self, category: str, anchor: str, needle: str) -> None:
        self.category, self.anchor, self.needle = category, anchor, needle


def _body_index(lines, rng, min_len=40):
    from drafter.corpus.markers import match_marker

    cands = [
        i for i, t in enumerate(lines) if i > 2 and len(t) >= min_len and match_marker(t) is None
    ]
    return rng.choice(cands) if cands else None


def seed_all(doc, rng, library_paragraphs) -> tuple[list[str], list[Seeded]]:
    from drafter.corpus import markers as mk
    from drafter.corpus.markers import match_marker

    lines = as_lines(doc)
    year = int(doc.metadata.date[:4])
    seeded: list[Seeded] = []
    # numbering: the third top-level heading numbered one too far (gap) or like the second
    heads = [
        i for i, t in enumerate(lines) if t in {s.label for s in doc.outline.sections if s.marker}
    ]
    if len(heads) >= 3:
        i = heads[2]
        m = match_marker(lines[i])
        if m is not None and m.ordinal == 3:
            new = mk.renumber(m.text, 4 if rng.random() < 0.5 else 2)
            lines[i] = new + lines[i][len(m.text) :]
            seeded.append(Seeded("numbering", lines[i], new))
    # parallelism: in a group of parallel top-level headings (lengths within 1.6x, as a
    # writer's 对仗 groups are), one sibling breaks the shared lead word or grows a tail
    from drafter.review.text import from_document

    groups = [[h for h in hs if h.marker and h.heading] for _p, hs in from_document(doc).groups()]
    groups = [
        g
        for g in groups
        if len(g) >= 3 and max(len(h.heading) for h in g) <= 1.6 * min(len(h.heading) for h in g)
    ]
    protected = {lines[heads[2]]} if len(heads) >= 3 else set()
    for group in groups:
        target = group[-1]
        if target.text not in lines or target.text in protected:
            continue
        j = lines.index(target.text)
        leads = {h.heading[:2] for h in group}
        if len(leads) == 1:
            other = "加强" if leads == {"着力"} else "着力"
            new = target.marker + other + target.heading[2:]
        else:
            tail = "，切实把各项工作任务落到实处、抓出成效、见到实效"
            new = target.marker + target.heading + tail[: max(12, len(target.heading) + 4)]
        lines[j] = new
        seeded.append(Seeded("parallelism", new, new[len(target.marker) :]))
        break
    # count: announce one part more than there are, before the first part
    if heads:
        n = len([s for s in doc.outline.sections if s.marker]) + 1
        sentence = f"下面，我讲{cn(n)}点意见。"
        lines.insert(heads[0], sentence)
        seeded.append(Seeded("count", sentence, f"讲{cn(n)}点意见"))
    # placeholder
    i = _body_index(lines, rng)
    if i is not None:
        token, text = rng.choice(
            [
                ("XX", "请XX同志牵头负责，"),
                ("××", "在××县召开现场会，"),
                ("X月X日", "于X月X日前报送，"),
                ("【待核实】", "全年完成投资【待核实】亿元，"),
            ]
        )
        lines[i] = text + lines[i]
        seeded.append(Seeded("placeholder", text, token))
    # date
    i = _body_index(lines, rng)
    if i is not None:
        kind = rng.choice(["invalid", "weekday", "relative"])
        if kind == "invalid":
            text = f"会议定于{year}年2月30日召开，"
            needle = f"{year}年2月30日"
        elif kind == "weekday":
            import datetime as dt

            day = dt.date(year, 6, 3)
            wrong = "一二三四五六日"[(day.weekday() + 2) % 7]
            text = f"定于{year}年6月3日（星期{wrong}）报到，"
            needle = f"{year}年6月3日（星期{wrong}）"
        else:
            text = f"今年（{year - 2}年）是关键之年，"
            needle = f"今年（{year - 2}年）"
        lines[i] = text + lines[i]
        seeded.append(Seeded("date", text, needle))
    # stale
    i = _body_index(lines, rng)
    if i is not None:
        phrase = "决胜全面建成小康社会" if year >= 2021 else "党的二十大精神"
        text = f"要深入学习贯彻{phrase}，" if phrase.endswith("精神") else f"要{phrase}，"
        lines[i] = text + lines[i]
        seeded.append(Seeded("stale", text, phrase if phrase.startswith("决胜") else "党的二十大"))
    # name
    i = _body_index(lines, rng)
    k = _body_index(lines, rng)
    if i is not None and k is not None and i != k:
        if year >= 2023:
            text = "国务院总理习近平出席会议。"
            lines[i] = text + lines[i]
            seeded.append(Seeded("name", text, "国务院总理习近平"))
        else:
            a, b = sorted((i, k))
            lines[a] = "区长王建国主持会议。" + lines[a]
            lines[b] = "副区长王建国作了部署。" + lines[b]
            seeded.append(Seeded("name", "副区长王建国作了部署。", "副区长王建国"))
    # wording
    i = _body_index(lines, rng)
    if i is not None:
        token, text = rng.choice(
            [
                ("截止", "截止目前，"),
                ("做出", "党中央做出重大部署，"),
                ("再接再励", "要再接再励，"),
                ("其它", "其它工作也要跟上，"),
            ]
        )
        lines[i] = text + lines[i]
        seeded.append(Seeded("wording", text, token))
    # punctuation
    i = _body_index(lines, rng, 60)
    if i is not None:
        kind = rng.choice(["half", "double", "title"])
        if kind == "title":
            text = "认真学习《条例要求，"
            lines[i] = text + lines[i]
            seeded.append(Seeded("punctuation", text, "《"))
        else:
            t = lines[i]
            j = t.find("，", 8)
            if j > 0:
                mark = "," if kind == "half" else "，，"
                lines[i] = t[:j] + mark + t[j + 1 :]
                seeded.append(Seeded("punctuation", lines[i][j - 6 : j + len(mark) + 3], mark))
    # number
    i = _body_index(lines, rng)
    if i is not None:
        token, text = rng.choice(
            [("二0二五", "二0二五年，"), ("百分之5", "增长百分之5，"), ("１２", "新建１２个站点，")]
        )
        lines[i] = text + lines[i]
        seeded.append(Seeded("number", text, token))
    # reuse: a paragraph copied from a library document
    if library_paragraphs:
        i = _body_index(lines, rng)
        if i is not None:
            copied = rng.choice(library_paragraphs)
            lines.insert(i + 1, copied)
            seeded.append(Seeded("reuse", copied, copied))
    return lines, seeded


def locate(doc, s: Seeded):
    for p in doc.paragraphs():
        a = p.text.find(s.anchor)
        if a >= 0:
            start = a + s.anchor.find(s.needle)
            return p.index, start, start + len(s.needle)
    for p in doc.paragraphs():  # a heading read with its marker apart: find the needle
        a = p.text.find(s.needle)
        if a >= 0:
            return p.index, a, a + len(s.needle)
    return None


def build_library(work: Path, docs_exclude: set[str]):
    """A small real library of other speeches, and paragraphs to copy from it."""
    from drafter.library.library import Library
    from drafter.review.reuse import ReuseIndex

    src = sorted((SHARED / "corpus" / "speeches" / "ren").glob("*"))[1::7]
    src = skip_held_out(src, SHARED)
    src = [p for p in src if str(p) not in docs_exclude][:40]
    lib = Library.open(work / "lib", workers=1)
    for _ in lib.add(src):
        pass
    index = ReuseIndex.open(lib)
    index.ensure()
    paragraphs = []
    for info in lib.documents():
        for p in lib.load(info.id).paragraphs():
            if not p.is_heading and 80 <= len(p.text) <= 300:
                paragraphs.append(p.text)
    return lib, index, paragraphs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=30)
    args = ap.parse_args()
    if not SHARED.is_dir():
        print("../shared is absent", file=sys.stderr)
        return 2
    from drafter.corpus import load_document
    from drafter.review import review_document

    work = Path(tempfile.mkdtemp(prefix="review-recall-"))
    docs = base_documents(args.docs)
    lib, index, lib_paras = build_library(work, {d.path for d in docs})
    rng = random.Random(11)
    found, total = Counter(), Counter()
    misses = []
    clean_levels, clean_chars = Counter(), 0
    for n, doc in enumerate(docs):
        clean_path = work / f"clean_{n}.txt"
        clean_path.write_text("\n".join(as_lines(doc)) + "\n", "utf-8")
        clean = load_document(clean_path)
        clean_chars += sum(len(p.text) for p in clean.paragraphs())
        for f in review_document(clean, reuse=index).findings:
            clean_levels[f.level] += 1
        lines, seeded = seed_all(doc, rng, lib_paras)
        path = work / f"seeded_{n}.txt"
        path.write_text("\n".join(lines) + "\n", "utf-8")
        sdoc = load_document(path)
        findings = review_document(sdoc, reuse=index).findings
        for s in seeded:
            total[s.category] += 1
            where = locate(sdoc, s)
            hit = where is not None and any(
                f.category == s.category
                and f.paragraph == where[0]
                and f.start is not None
                and f.start < where[2]
                and where[1] < f.end
                for f in findings
            )
            if hit:
                found[s.category] += 1
            else:
                misses.append((Path(doc.path).name, s.category, s.needle[:30]))
    index.close()
    lib.close()
    rows = ["| category | seeded | found | recall |", "|---|---|---|---|"]
    for cat in total:
        rows.append(f"| {cat} | {total[cat]} | {found[cat]} | {found[cat] / total[cat]:.2f} |")
    all_t, all_f = sum(total.values()), sum(found.values())
    rows.append(f"| **all** | {all_t} | {all_f} | {all_f / all_t:.2f} |")
    per10k = {
        lv: round(clean_levels[lv] * 10000 / clean_chars, 1) for lv in ("error", "warning", "hint")
    }
    report = [
        "# Review recall on seeded drafts",
        "",
        f"{len(docs)} real texts from ../shared rewritten as drafts, one seeded error per applicable category each.",
        "",
        *rows,
        "",
        f"The same texts before seeding ({clean_chars} characters): findings per 10,000 characters by level: {per10k}.",
        "",
        "Missed:",
        *[f"- {name}: {cat} `{needle}`" for name, cat, needle in misses],
        "",
    ]
    out = "\n".join(report)
    print(out)
    RESULTS.write_text(out, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
