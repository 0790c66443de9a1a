"""Export speed: a 20,000-character speech to .docx in the GB/T 9704 layout.

Target: <= 0.5 s per export (the user presses 导出 and waits). The speech is built in
this script (four levels of headings, run-in headings, ~200 paragraphs). In the same
run it measures two peers on the same draft:

* ``naive-python-docx``: python-docx's default template, ``add_paragraph``/``add_run``,
  page setup through the API and fonts set on the styles only (no eastAsia on runs, no
  footers) -- what a quick script would do, and less than the layout needs;
* ``markdown``: Drafter's Markdown exporter, the floor of walking the draft at all.

    .venv/bin/python bench/export_bench.py
    .venv/bin/python bench/export_bench.py --repeat 20 --chars 40000 --json
"""

from __future__ import annotations  # noqa: I001

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

import docx
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from pathlib import Path

# this checkout's drafter first: the venv's editable install points at one checkout only,
# so a bench run from another worktree would score that checkout's code
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.drafts.convert import iter_body
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export import DocxExporter, MarkdownExporter, load_style
from drafter.export.style import Style

TARGET_SECONDS = 0.5
SENTENCES = [
    "我们要坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。",
    "办公室工作千头万绪，必须统筹兼顾、突出重点，做到忙而不乱、有条不紊。",
    "要在学懂弄通做实上下功夫，切实把学习成果转化为推动工作的实际成效。",
    "2025年全区完成固定资产投资125.6亿元，同比增长8.3%，增速位居全市第2位。",
    "各级各部门要强化责任担当，以钉钉子精神抓好各项任务落实，确保取得实效。",
]


def build_speech(chars: int) -> Draft:
    """A speech of about ``chars`` characters: 4 parts x 3 sub-parts x ..., run-in
    headings on the third level, a few fourth-level headings."""
    counter = iter(range(10**6))

    def para(n: int) -> DraftParagraph:
        i = next(counter)
        return DraftParagraph("".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(n)))

    sections = []
    for a in range(4):
        children = []
        for b in range(3):
            grand = [
                DraftNode(f"抓好第{c + 1}项重点任务", run_in=True, paragraphs=[para(3)])
                for c in range(3)
            ]
            grand[0].children = [DraftNode("具体措施", paragraphs=[para(2)])]
            children.append(
                DraftNode(f"第{b + 1}个方面的要求", paragraphs=[para(3)], children=grand)
            )
        sections.append(
            DraftNode(f"第{a + 1}部分：认清形势，明确任务", paragraphs=[para(2)], children=children)
        )
    draft = Draft(
        meta=DraftMeta(
            title="在全区经济工作会议上的讲话", speaker="张三", post="区委书记", date="2025-11-24"
        ),
        opening=[DraftParagraph("同志们："), para(4)],
        sections=sections,
        closing=[para(3), DraftParagraph("同志们，让我们奋力开创新局面！")],
    )
    # Grow or trim the body to the requested size, keeping the outline.
    nodes = list(draft.walk())
    total = _chars(draft)
    i = 0
    while total < chars:
        p = para(2)
        nodes[i % len(nodes)].paragraphs.append(p)
        total += len(p.text)
        i += 1
    return draft


def _chars(draft: Draft) -> int:
    return sum(len(h) + len(t) for _k, _l, h, t in iter_body(draft))


def naive_python_docx(draft: Draft, style: Style) -> bytes:
    """The peer: default template, styles-only fonts, API calls per paragraph."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.name = style.body.font
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), style.body.font)
    title = document.add_paragraph(draft.meta.title, style="Title")
    title.alignment = 1
    for kind, level, heading, text in iter_body(draft):
        if kind == "heading":
            document.add_paragraph(heading, style=f"Heading {min(level, 9)}")
            continue
        p = document.add_paragraph()
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(28.95)
        fmt.first_line_indent = Pt(32)
        if heading:
            p.add_run(heading).bold = True
        p.add_run(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def time_it(fn: Callable[[], bytes], repeat: int) -> tuple[float, float, int]:
    fn()  # warm-up: imports, caches
    runs = []
    size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn())
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs), size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000, help="speech length in characters")
    parser.add_argument("--repeat", type=int, default=10, help="timed runs per exporter")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    style = load_style()
    draft = build_speech(args.chars)
    chars = _chars(draft)
    paragraphs = sum(1 for _ in iter_body(draft))
    folder = tempfile.TemporaryDirectory()
    out = f"{folder.name}/speech.docx"

    def to_file() -> bytes:
        DocxExporter().export(draft, out, style)  # render + atomic write + fsync
        with open(out, "rb") as fh:
            return fh.read()

    exporters = {
        "drafter-docx": lambda: DocxExporter().render(draft, style),
        "drafter-docx-file": to_file,
        "naive-python-docx": lambda: naive_python_docx(draft, style),
        "drafter-markdown": lambda: MarkdownExporter().render(draft, style),
    }
    results = {}
    for name, fn in exporters.items():
        median, best, size = time_it(fn, args.repeat)
        results[name] = {"median_s": round(median, 4), "best_s": round(best, 4), "bytes": size}

    folder.cleanup()
    ours = results["drafter-docx-file"]["median_s"]
    verdict = "OK" if ours <= TARGET_SECONDS else "OVER TARGET"
    if args.json:
        payload = {"chars": chars, "paragraphs": paragraphs, "target_s": TARGET_SECONDS}
        print(json.dumps({**payload, "results": results, "verdict": verdict}, indent=2))
    else:
        print(f"speech: {chars} characters, {paragraphs} paragraphs; {args.repeat} runs each")
        for name, r in results.items():
            rel = r["median_s"] / ours if ours else 0
            print(
                f"  {name:<18} median {r['median_s'] * 1000:7.1f} ms  best {r['best_s'] * 1000:7.1f} ms"
                f"  {r['bytes'] / 1024:6.1f} KiB  ({rel:.2f}x drafter-docx-file)"
            )
        print(f"target: drafter-docx-file <= {TARGET_SECONDS * 1000:.0f} ms -> {verdict}")
    return 0 if ours <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
