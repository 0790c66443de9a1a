"""A comparison as text for the terminal: the title block's and the outline's changes, then each changed
paragraph with deletions in [-…-] and insertions in {+…+}, then the totals."""

from __future__ import annotations

from drafter.compare.changes import CLOSING, OPENING, Comparison, OutlineChange, ParagraphChange
from drafter.compare.tracked import editors_words, tracked_summary, tracks_words
from drafter.drafts.model import Draft
from drafter.drafts.numbering import heading_text, markers

OUTLINE_OPS = {
    "add": "新增",
    "remove": "删除",
    "move": "移动",
    "rename": "改写",
    "level": "层级",
    "marker": "编号",
}
PARAGRAPH_OPS = {
    "add": "新增段落",
    "remove": "删除段落",
    "change": "修改段落",
    "move": "移动段落",
}


def _place(draft: Draft, node_id: str | None, paragraph_id: str | None, path: list[str]):
    """(where, number): the printed headings a paragraph stands under, from the first level
    down, joined by " / " (“开头” / “结尾” outside the outline), and its number there from 1
    (None when it cannot be found)."""
    node = draft.find(node_id) if node_id else None
    if node is None:
        part = "结尾" if path == [CLOSING] else "开头" if path == [OPENING] else " / ".join(path)
        paras = draft.closing if path == [CLOSING] else draft.opening
        where = part
    else:
        where = f"“{' / '.join(_trail(draft, node.id))}”"
        paras = node.paragraphs
    shown = [p for p in paras if p.text.strip()]
    number = next((k + 1 for k, p in enumerate(shown) if p.id == paragraph_id), None)
    return where, number


def _trail(draft: Draft, node_id: str | None) -> list[str]:
    """The printed headings (number and words, no closing 。) from the first level down to
    ``node_id``; [] when it is not in ``draft``."""
    parents: dict[str, str | None] = {}
    for n in draft.walk():
        for c in n.children:
            parents[c.id] = n.id
    node = draft.find(node_id) if node_id else None
    if node is None:
        return []
    marks = markers(draft)
    chain = []
    while node is not None:
        chain.append(heading_text(draft, node, marks).rstrip("。") or node.heading.strip())
        up = parents.get(node.id)
        node = draft.find(up) if up else None
    return chain[::-1]


def heading_place(comparison: Comparison, change: OutlineChange) -> str:
    """Where a heading added, removed, moved or re-levelled stands, in the printed headings
    above it (“一、… / （二）…”; "" at the first level): the new draft's, the old one's for
    a removal. The change list gave the parents' words without their numbers, where a
    moved paragraph's line named its headings as printed."""
    if change.op == "remove":
        trail = _trail(comparison.old, change.old_id)
    else:
        trail = _trail(comparison.new, change.new_id)
    return f"“{' / '.join(trail[:-1])}”" if len(trail) > 1 else ""


def sibling_number(draft: Draft, node_id: str | None) -> int | None:
    """The place (from 1) of heading ``node_id`` among the headings that share its parent."""
    for siblings in [draft.sections, *(n.children for n in draft.walk())]:
        for k, n in enumerate(siblings):
            if n.id == node_id:
                return k + 1
    return None


def moved_from(comparison: Comparison, change: OutlineChange) -> str:
    """What a moved heading was: its old printed heading (原为 （二）压实工作责任), or, when the
    writer moved it without renumbering it (the same number and words on both sides), its
    place among its siblings before and now — 原为 三、… next to 三、… said nothing."""
    if (change.old or "") != (change.new or ""):
        return f"原为 {change.old}"
    return f"{sibling_move(comparison, change)}，编号未改"


def sibling_move(comparison: Comparison, change: OutlineChange) -> str:
    """A heading moved among its siblings, by its places before and now: 同级中由第 2 项移到第
    3 项 (what the report and the 修订稿's note say of a heading moved without renumbering)."""
    was = sibling_number(comparison.old, change.old_id)
    now = sibling_number(comparison.new, change.new_id)
    return f"同级中由第 {was} 项移到第 {now} 项"


def paragraph_place(comparison: Comparison, change: ParagraphChange) -> str:
    """Where a paragraph added, removed or changed stands, as a moved one's line says it:
    “一、… / （一）…”第 2 段 (开头 / 结尾 outside the outline); a removed paragraph where it
    stood in the old draft."""
    if change.op == "remove":
        node = change.old_node_id
        draft, pid, path = comparison.old, change.old_id, change.old_path or change.path
    else:
        draft, node, pid, path = comparison.new, change.node_id, change.new_id, change.path
    where, number = _place(draft, node, pid, path)
    return f"{where}第 {number} 段" if number else where


def move_words(comparison: Comparison, change: ParagraphChange) -> str:
    """Where a moved paragraph stood and where it stands now, in the printed headings of
    each draft: 原在“一、… / （一）…”第 1 段，现移到“三、… / （二）…”第 2 段 (or, within one
    heading, 在“…”内由第 3 段移到第 1 段)."""
    was, was_n = _place(comparison.old, change.old_node_id, change.old_id, change.old_path)
    now, now_n = _place(comparison.new, change.node_id, change.new_id, change.path)

    def nth(n):
        return f"第 {n} 段" if n else ""

    same = (
        comparison.node_map.get(change.old_node_id or "") == change.node_id
        if change.node_id or change.old_node_id
        else change.old_path == change.path
    )
    if same:
        return f"在{now}内由{nth(was_n)}移到{nth(now_n)}"
    return f"原在{was}{nth(was_n)}，现移到{now}{nth(now_n)}"


def marked(diff: list[tuple[str, str]]) -> str:
    """A character diff inline: ``要[-加强-]{+强化+}学习``."""
    out = []
    for op, text in diff:
        if op == "equal":
            out.append(text)
        elif op == "delete":
            out.append(f"[-{text}-]")
        else:
            out.append(f"{{+{text}+}}")
    return "".join(out)


def _shorten(text: str, keep: int = 60) -> str:
    return text if len(text) <= keep else text[: keep - 1] + "…"


def render_report(comparison: Comparison, old_name: str = "旧稿", new_name: str = "新稿") -> str:
    """The whole comparison as lines of Chinese text."""
    lines = [f"比较：{old_name} → {new_name}"]
    if comparison.unchanged:
        lines.append("两稿内容相同。")
        return "\n".join(lines) + "\n"
    if comparison.header:
        lines.append("")
        lines.append(f"稿头变化（{len(comparison.header)} 处）：")
        for h in comparison.header:
            lines.append(f"  {h.label}  {h.old or '（空）'} → {h.new or '（空）'}")
    if comparison.outline:
        lines.append("")
        lines.append(f"提纲变化（{len(comparison.outline)} 处）：")
        for o in comparison.outline:
            where = heading_place(comparison, o)
            at = f"（在{where}下）" if where else ""
            at += _whose(comparison, o)
            if o.op == "add":
                lines.append(f"  新增  {o.new}{at}")
            elif o.op == "remove":
                lines.append(f"  删除  {o.old}{at}")
            elif o.op in ("rename", "marker"):
                lines.append(f"  {OUTLINE_OPS[o.op]}  {o.old} → {o.new}")
            elif o.op == "level":
                lines.append(f"  层级  {o.new}：第 {o.old_level} 级 → 第 {o.new_level} 级")
            else:
                lines.append(f"  移动  {o.new}{at}（{moved_from(comparison, o)}）")
    if comparison.paragraphs:
        lines.append("")
        lines.append(f"正文变化（{len(comparison.paragraphs)} 段）：")
        for p in comparison.paragraphs:
            if p.op == "move":  # from where to where, in the headings as printed
                what = "移动并修改段落" if p.diff else PARAGRAPH_OPS[p.op]
                lines.append(f"  {what}：{move_words(comparison, p)}{_whose(comparison, p)}")
                text = marked(p.diff) if p.diff else _shorten(p.new or "", 120)
                lines.append(f"    {text}")
                continue
            was = "原在" if p.op == "remove" else ""
            place = paragraph_place(comparison, p)
            lines.append(f"  {PARAGRAPH_OPS[p.op]}：{was}{place}{_whose(comparison, p)}")
            if p.op == "change":
                lines.append(f"    {marked(p.diff)}")
            else:
                lines.append(f"    {_shorten(p.new or p.old or '', 120)}")
    stats = comparison.stats
    lines.append("")
    lines.append(f"合计：增加 {stats['chars_added']:,} 字，删除 {stats['chars_removed']:,} 字")
    if comparison.tracked:  # whose: the writer's tracked edits apart from the rest
        lines.append(f"其中：{tracked_summary(comparison)}")
    return "\n".join(lines) + "\n"


def _whose(comparison: Comparison, change) -> str:
    """``（李科员修订 2025-11-26 10:05）`` after a change that is one of the writer's tracked
    changes, ``（未留修订痕迹）`` after one that is not when the new side tracked others."""
    if change.by:
        return f"（{editors_words(change.by)}）"
    if comparison.tracked and tracks_words(change):
        return "（未留修订痕迹）"
    return ""
