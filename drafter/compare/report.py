"""A comparison as text for the terminal: the title block's and the outline's changes, then each changed
paragraph with deletions in [-…-] and insertions in {+…+}, then the totals."""

from __future__ import annotations

from drafter.compare.diff import CLOSING, OPENING, Comparison, ParagraphChange
from drafter.drafts.model import Draft
from drafter.drafts.numbering import heading_text, markers

OUTLINE_OPS = {"add": "新增", "remove": "删除", "move": "移动", "rename": "改写", "level": "层级"}
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
        marks = markers(draft)
        trail = []
        for n in draft.walk():  # the chain of headings down to ``node``
            if n.id == node.id or any(c.id == node.id for c in n.walk()):
                trail.append(heading_text(draft, n, marks).rstrip("。") or n.heading.strip())
        where = f"“{' / '.join(trail)}”"
        paras = node.paragraphs
    shown = [p for p in paras if p.text.strip()]
    number = next((k + 1 for k, p in enumerate(shown) if p.id == paragraph_id), None)
    return where, number


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
            where = " / ".join(o.path[:-1])
            at = f"（在 {where} 下）" if where else ""
            if o.op == "add":
                lines.append(f"  新增  {o.new}{at}")
            elif o.op == "remove":
                lines.append(f"  删除  {o.old}{at}")
            elif o.op == "rename":
                lines.append(f"  改写  {o.old} → {o.new}")
            elif o.op == "level":
                lines.append(f"  层级  {o.new}：第 {o.old_level} 级 → 第 {o.new_level} 级")
            else:
                lines.append(f"  移动  {o.new}{at}（原为 {o.old}）")
    if comparison.paragraphs:
        lines.append("")
        lines.append(f"正文变化（{len(comparison.paragraphs)} 段）：")
        for p in comparison.paragraphs:
            if p.op == "move":  # from where to where, in the headings as printed
                what = "移动并修改段落" if p.diff else PARAGRAPH_OPS[p.op]
                lines.append(f"  {what}：{move_words(comparison, p)}")
                text = marked(p.diff) if p.diff else _shorten(p.new or "", 120)
                lines.append(f"    {text}")
                continue
            where = " / ".join(p.path)
            lines.append(f"  [{where}] {PARAGRAPH_OPS[p.op]}")
            if p.op == "change":
                lines.append(f"    {marked(p.diff)}")
            else:
                lines.append(f"    {_shorten(p.new or p.old or '', 120)}")
    stats = comparison.stats
    lines.append("")
    lines.append(f"合计：增加 {stats['chars_added']} 字，删除 {stats['chars_removed']} 字")
    return "\n".join(lines) + "\n"
