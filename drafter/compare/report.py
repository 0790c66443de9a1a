"""A comparison as text for the terminal: the title block's and the outline's changes, then each changed
paragraph with deletions in [-…-] and insertions in {+…+}, then the totals."""

from __future__ import annotations

from drafter.compare.diff import Comparison

OUTLINE_OPS = {"add": "新增", "remove": "删除", "move": "移动", "rename": "改写", "level": "层级"}
PARAGRAPH_OPS = {"add": "新增段落", "remove": "删除段落", "change": "修改段落"}


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
