"""``drafter study FILE|ID [--json] [--rate N]``: take a model text apart as a trainee would.

FILE may be a document id of the library (as ``library list`` shows it), as for ``drafter
outline``: the library's copy carries the user's corrections (headings, levels, title), so
the study follows them, as the app's does."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import TYPE_CHECKING

from drafter.commands.library_access import add_library_option
from drafter.commands.output import print_json
from drafter.messages import cli_error, warning_in_chinese

if TYPE_CHECKING:
    from drafter.study.model import Study


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter study`` to the parser drafter/cli.py builds: a model text taken apart
    as a trainee would (frames, roadmap, opening and closing, transitions, section lengths),
    the same analysis as the app's 学习模式."""
    p = sub.add_parser(
        "study",
        help="学习范文：数字概括、提纲句、开头结尾、过渡句、并列标题框架和各部分字数",
    )
    p.add_argument(
        "file", metavar="FILE", help=".txt .docx .md .pdf .doc .wps .rtf，或资料库中的文稿编号"
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出（段落从 1 数起，同阅读区）")
    p.add_argument(
        "--rate",
        type=int,
        default=None,
        metavar="N",
        help="语速（每分钟字数，默认取首选项设置，未设置为 220）",
    )
    add_library_option(p)  # FILE may be a document id of the library
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Analyse one file or library document and print the study (or JSON). Exit 2 when it
    cannot be read or the speaking rate is outside 60–600 字/分钟 (a typo there would make
    every speaking time nonsense)."""
    from drafter.commands.library_documents import load_named
    from drafter.corpus.display import document_title
    from drafter.corpus.model import ReadError
    from drafter.library import LibraryError
    from drafter.study.analyze import analyze

    try:
        # a file, its library copy (with the user's corrections), or a library id
        doc = load_named(args, args.file)
    except (ReadError, LibraryError) as exc:
        print(f"drafter：{cli_error(exc, [args.file])}", file=sys.stderr)
        return 2
    rate = args.rate if args.rate else _settings_rate()
    if rate < 60 or rate > 600:
        print(f"drafter：语速 {rate} 字/分钟不合理（应在 60 至 600 之间）", file=sys.stderr)
        return 2
    study = analyze(doc, rate=rate)
    if args.json:
        print_json(study.to_json())
    else:
        print(render(study, name=document_title(doc)))
    return 0


def _settings_rate() -> int:
    """The speaking rate of the Preferences, so ``drafter study`` times sections as the app does;
    the default when the settings cannot be read."""
    from drafter.settings import Settings, default_settings_path

    try:
        return Settings.load(default_settings_path()).speaking_rate
    except Exception:  # a broken settings file must not stop a read-only command
        return Settings().speaking_rate


def render(study: Study, name: str = "") -> str:
    """The study as text for a terminal: frames, roadmap, opening/closing, structure.
    ``name`` is what the library and the app call an untitled text (its occasion or first
    words): 《（无标题）》 told the trainee nothing of which 范文 it was."""
    # local: the stats module brings the layout and closing finders, and every drafter
    # command imports this module to build its parser
    from drafter.corpus.display import book_title
    from drafter.study.stats import HEADED_OPENING, opens_on_heading, spoken

    lines = [f"{book_title(study.title or name or '（无标题）')}  {study.path}"]
    lines.append(
        f"全文 {study.total_chars:,} 字，{spoken(study.total_seconds)}（按每分钟 {study.rate} 字）"
    )
    for w in study.warnings:
        lines.append(f"  ! {warning_in_chinese(w)}")
    listed, mentioned = study.listed_frames, study.mentioned_frames
    lines.append("")
    lines.append(f"数字概括（展开 {len(listed)} 个）")
    for f in listed:
        lines.append(f"  {f.phrase}（第 {f.span.paragraph + 1} 段）：" + "｜".join(f.items))
    # one a line, as the listed ones: a phrase may hold 、 itself (八个坚持、八个反对)
    if mentioned:
        lines.append(f"只提及未展开（{len(mentioned)} 个）")
        for f in mentioned:
            lines.append(f"  {f.phrase}（第 {f.span.paragraph + 1} 段）")
    lines.append("")
    lines.append(f"提纲句（{len(study.roadmap)}）")
    for r in study.roadmap:
        count = f"，说 {r.count} 个部分" if r.count else ""
        lines.append(f"  第 {r.span.paragraph + 1} 段{count}，{study.roadmap_reach(r)}：{r.text}")
        headings = {s.paragraph: s.label for s in study.sections}
        parts = [
            headings.get(h) or (r.labels[k] if k < len(r.labels) else f"第 {h + 1} 段")
            for k, h in enumerate(r.sections)
        ]
        if parts:  # what it leads, so the plan can be checked against the parts without the text
            lines.append("    → " + "｜".join(parts))
        if r.warning:
            lines.append(f"    ! {r.warning}")
    lines.append("")
    for name, part in (("开头", study.opening), ("结尾", study.closing)):
        if not part.text.strip():  # none found: say so, as the app does (not "未归类 （无）")
            asked = name == "开头" and study.questions  # a Q&A opens on its first question
            headed = name == "开头" and opens_on_heading(study)  # 一、历史回顾 comes first
            said = "无（问答体，从第一问开始）" if asked else HEADED_OPENING if headed else "未找到"
            lines.append(f"{name}：{said}")
            continue
        kinds = _parts_line([(p.kind, p.span.paragraph) for p in part.parts]) or "（未分出各部分）"
        lines.append(f"{name}：{part.type or '未归类'}  {kinds}")
    if study.transitions:
        lines.append("")
        lines.append(f"过渡句（{len(study.transitions)}）")
        for t in study.transitions:
            kind = t.role or ("承上启下" if t.kind == "lead-in" else "收束引出")
            lines.append(f"  第 {t.span.paragraph + 1} 段 [{kind}] {t.text}")
    if study.siblings:
        lines.append("")
        lines.append("并列标题框架")
        for s in study.siblings:
            where = f"（{s.parent} 下）" if s.parent else "（一级标题）"
            lines.append(f"  {s.pattern}  {len(s.labels)} 项{where}")
    lines.append("")
    lines.append("结构与篇幅")
    lines.extend(_structure_table(study))
    return "\n".join(lines)


def _parts_line(parts: list[tuple[str, int]]) -> str:
    """The parts (kind, paragraph) of an opening or closing in order, a part that runs over
    several paragraphs said once with their count (称呼 → 交代事由 → 形势（2 段）, not
    形势 → 形势)."""
    runs: list[tuple[str, set[int]]] = []
    for kind, paragraph in parts:
        if runs and runs[-1][0] == kind:
            runs[-1][1].add(paragraph)
        else:
            runs.append((kind, {paragraph}))
    return " → ".join(f"{k}（{len(p)} 段）" if len(p) > 1 else k for k, p in runs)


_LABEL_COLUMNS = 52  # terminal columns for indent and heading (26 汉字)


def _columns(text: str) -> int:
    """Terminal columns ``text`` takes: two for a 汉字 or full-width mark, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` (ending in … when cut) and padded to exactly that width."""
    if _columns(text) > columns:
        while _columns(text) > columns - 2:
            text = text[:-1]
        text += "…"
    return text + " " * (columns - _columns(text))


def _right(text: str, columns: int) -> str:
    """``text`` right-aligned in ``columns`` terminal columns: 约 40 秒 has one 汉字 fewer than
    约 2 分钟, so padding by characters left the 占比 column ragged."""
    return " " * max(0, columns - _columns(text)) + text


def _structure_table(study: Study) -> list[str]:
    """One aligned row a part: heading, 字数, speaking time, share and a bar, the opening and
    closing included as the app's map has them. The trainee compares the parts by length:
    ragged columns (each number after a heading of its own length) had to be read one row at
    a time, and a heading cut at 28 characters had no …"""
    from drafter.study.stats import seconds_for, share_label, spoken  # local: see render()

    def line(label: str, chars: int, share: float, frame: str = "") -> str:
        bar = "█" * max(1, round(share * 40)) if chars else ""
        return (
            f"{_fit(label, _LABEL_COLUMNS)}{chars:>6,} 字"
            f"{_right(spoken(seconds_for(chars, study.rate)), 16)}{share_label(share):>5} {bar}{frame}"
        )

    rows = []
    for row in study.structure:  # the map's rows (drafter.study.stats.structure_rows)
        frame = f"  〔{row.frame}〕" if row.frame else ""
        rows.append(line("  " * row.level + row.label, row.chars, row.share, frame))
    return rows
