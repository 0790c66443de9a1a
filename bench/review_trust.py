"""Can the office head trust the checks? Seeded real errors in copies of 25 real texts,
and what the same texts say as documents and as drafts.

    python bench/review_trust.py

Texts: 3 seeds, 7 mao, 8 ren speeches and 7 reports of corpus/structure from ../shared,
drawn with a fixed seed after the hold-out is skipped (tests/holdout.py). Each error is
seeded into its own copy of the raw file, in a body paragraph of the text as the review
reads it (not a footnote or an editor's 导读), the way a writer makes it: a skipped
number (一、二、四、), a wrong weekday (also after a month and day without the year, read
in the speech's own), an impossible date, a paragraph pasted twice, a
closing quote or bracket dropped, a roadmap that announces one part too many (four
wordings), 的 for 地, two common miswritings, a leader's name typed
two ways (罗增斌 … 罗增彬, a name of the body where it has one). A seeded error is
caught when a finding of the expected rule lies in the paragraph that holds it.

Precision cannot be scored by a program: the findings per rule on the clean texts are
listed for a reader to judge (bench/results/review_trust.md keeps the last run), and
the findings of each text reviewed as a draft opened from it (drafter new --from) are
compared with its review as a document: the head sees the draft, and the two must agree.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

# this checkout's drafter first (see review_recall.py)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from holdout import skip_held_out  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "review_trust.md"
DRAW = (("seeds", 3), ("corpus/speeches/mao", 7), ("corpus/speeches/ren", 8))
DRAW += (("corpus/structure", 7),)


def pick_texts() -> list[Path]:
    """The 25 texts: a fixed draw per folder, hold-out skipped before drawing."""
    rng = random.Random(28)
    out: list[Path] = []
    for folder, n in DRAW:
        files = sorted(p for p in (SHARED / folder).glob("*") if p.is_file())
        files = skip_held_out(files, SHARED)
        out += rng.sample(files, min(n, len(files)))
    return out


def body_lines(lines: list[str], doc) -> list[int]:
    """Raw lines that are body paragraphs of 60+ characters as the review reads them."""
    from drafter.review.text import from_document

    body = {
        p.text.strip()
        for p in from_document(doc).paras
        if not p.is_heading and p.part != "meta" and len(p.text) >= 60
    }
    return [i for i, t in enumerate(lines) if t.strip() in body]


def seeds(lines: list[str], doc, year: int, rng) -> list[tuple[str, str, list[str], str]]:
    """(kind, rule prefix, seeded lines, words of the paragraph that holds the error)."""
    from drafter.numerals import cn_number

    out = []
    tops = [
        i for i, t in enumerate(lines) if re.match(r"^\s*(#+\s*)?[一二三四五六七八九十]{1,2}、", t)
    ]
    heads = [re.sub(r"^\s*(#+\s*)?", "", lines[i])[:2] for i in tops]
    if len(tops) >= 3 and heads[:3] == ["一、", "二、", "三、"]:
        seeded = lines[:]
        seeded[tops[2]] = seeded[tops[2]].replace("三、", "四、", 1)
        out.append(("编号跳号", "numbering.gap", seeded, "四、"))
    body = body_lines(lines, doc)
    if not body:
        return out

    def prefix(kind, rule, words, needle):
        seeded = lines[:]
        i = rng.choice(body)
        seeded[i] = re.sub(r"^(\s*)", lambda m: m.group(1) + words, seeded[i], count=1)
        out.append((kind, rule, seeded, needle))

    day = dt.date(year, 6, 3)
    wrong = "一二三四五六日"[(day.weekday() + 2) % 7]
    prefix(
        "星期不符",
        "date.weekday",
        f"定于{year}年6月3日（星期{wrong}）召开全体会议，",
        f"星期{wrong}",
    )
    prefix("日期不存在", "date.invalid", f"会议定于{year}年2月30日召开，", "2月30日")
    seeded = lines[:]
    i = rng.choice(body)
    seeded[i + 1 : i + 1] = ["", lines[i]]
    out.append(("段落重复", "reuse.repeated", seeded, lines[i].strip()[-20:]))
    quoted = [i for i in body if "“" in lines[i] and "”" in lines[i]]
    if quoted:
        seeded = lines[:]
        i = rng.choice(quoted)
        j = seeded[i].find("”")
        seeded[i] = seeded[i][:j] + seeded[i][j + 1 :]
        out.append(("引号缺半", "punctuation.unpaired", seeded, lines[i].strip()[-20:]))
    prefix("括号缺半", "punctuation.unpaired", "制定了实施方案（试行，", "（试行")
    if tops:
        n = cn_number(len(tops) + 1)
        form = rng.choice(
            [
                f"下面，我就做好下一步工作讲{n}点意见。",
                f"今天主要讲{n}个问题。",
                f"下面，我从{n}个方面谈谈意见。",
                f"借此机会，提{n}点要求。",
            ]
        )
        seeded = lines[:]
        seeded.insert(tops[0], form)
        out.append(("宣布数目不符", "count.announced", seeded, form))
    prefix("的地不分", "wording.list", "大家要认真的抓好落实，", "认真的")
    prefix("错别字", "wording.list", "要再接再励，", "再接再励")
    prefix("错别字", "wording.list", "全面布署下一阶段任务，", "布署")
    said = doc.metadata.date or ""
    if len(said) == 10:  # a date without its year, as speeches write one: read in the speech's
        soon = dt.date.fromisoformat(said) + dt.timedelta(days=10)
        wrong = "一二三四五六日"[(soon.weekday() + 3) % 7]
        seeded = lines[:]  # its own draw: the copies above stay those of earlier runs
        i = random.Random(len(lines)).choice(body)
        words = f"请于{soon.month}月{soon.day}日（星期{wrong}）前报送材料，"
        seeded[i] = re.sub(r"^(\s*)", lambda m: m.group(1) + words, seeded[i], count=1)
        out.append(("星期不符（未写年份）", "date.weekday", seeded, f"星期{wrong}"))
    if len(body) >= 2:  # a leader's name typed two ways: a name of the text's own, else one
        from drafter.review.rules.names import _is_name

        near = re.finditer(
            r"([\u4e00-\u9fff]{3})(?=书记|同志|主任|市长|县长|区长)",
            "\n".join(lines[k] for k in body),
        )
        named = next((m.group(1) for m in near if _is_name(m.group(1))), "")
        draw = random.Random(len(lines) + 1)  # its own draw, as above
        i, j = sorted(draw.sample(body, 2))
        seeded = lines[:]
        name = named
        if not name:
            name = "王建国"
            seeded[i] = re.sub(
                r"^(\s*)", lambda m: m.group(1) + "王建国同志强调，", seeded[i], count=1
            )
        slip = name[:2] + ("彬" if name[2] != "彬" else "斌")
        words = f"{slip}同志多次要求，"
        seeded[j] = re.sub(r"^(\s*)", lambda m: m.group(1) + words, seeded[j], count=1)
        out.append(("人名写法不一", "name.variant", seeded, words))
    return out


def main() -> int:
    """Seeded recall per kind, findings per rule on the clean texts, draft vs document."""
    if not SHARED.is_dir():
        print("../shared is absent", file=sys.stderr)
        return 2
    from drafter.corpus import load_document
    from drafter.drafts.open_any import open_as_draft
    from drafter.review import review_document, review_draft
    from drafter.review.groups import group_findings

    work = Path(tempfile.mkdtemp(prefix="review-trust-"))
    rng = random.Random(5)
    texts = pick_texts()
    clean, as_draft, rows_read = Counter(), Counter(), Counter()
    seeded_n, caught = Counter(), Counter()
    misses = []
    for path in texts:
        doc = load_document(path)
        found = review_document(doc).findings
        clean.update(f.rule for f in found)
        rows_read.update(g.first.rule for g in group_findings(found))
        as_draft.update(f.rule for f in review_draft(open_as_draft(path)).findings)
        year = int((doc.metadata.date or "2024")[:4])
        lines = path.read_text("utf-8").split("\n")
        for k, (kind, rule, seeded, needle) in enumerate(seeds(lines, doc, year, rng)):
            copy = work / f"{path.stem}_{k}{path.suffix}"
            copy.write_text("\n".join(seeded), "utf-8")
            sdoc = load_document(copy)
            paras = sdoc.paragraphs()
            hit = any(
                f.rule.startswith(rule)
                and f.paragraph is not None
                and needle in paras[f.paragraph].text
                for f in review_document(sdoc).findings
            )
            seeded_n[kind] += 1
            caught[kind] += hit
            if not hit:
                misses.append(f"- {path.name}: {kind} `{needle[:24]}`")
    rows = ["| 错误 | 植入 | 查出 | 召回 |", "|---|---|---|---|"]
    for kind in seeded_n:
        rows.append(
            f"| {kind} | {seeded_n[kind]} | {caught[kind]} | {caught[kind] / seeded_n[kind]:.2f} |"
        )
    total, found = sum(seeded_n.values()), sum(caught.values())
    rows.append(f"| **合计** | {total} | {found} | {found / total:.2f} |")
    per_rule = ["| rule | as document | rows read | as draft |", "|---|---|---|---|"]
    for r in sorted(set(clean) | set(as_draft)):
        per_rule.append(f"| `{r}` | {clean[r]} | {rows_read[r]} | {as_draft[r]} |")
    per_rule.append(
        f"| **合计** | {sum(clean.values())} | {sum(rows_read.values())} "
        f"| {sum(as_draft.values())} |"
    )
    report = [
        "# Review trust: seeded errors and clean texts",
        "",
        f"{len(texts)} real texts from ../shared (hold-out skipped). Seeded errors, one per copy:",
        "",
        *rows,
        "",
        "Missed:",
        *(misses or ["- none"]),
        "",
        "Findings per rule on the clean texts, reviewed as documents and as drafts opened",
        "from them (read each against the text to judge precision); rows read: the rows",
        "the head reads (the CLI's entries, the panel's rows, the comments), one problem met",
        "again in one text (drafter.review.groups) one row:",
        "",
        *per_rule,
        "",
    ]
    out = "\n".join(report)
    print(out)
    RESULTS.write_text(out, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
