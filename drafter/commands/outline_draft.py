"""``drafter outline 稿件.json``: the outline of a draft, as ``outline`` shows a document's.

The head reviewing a writer's draft from the command line typed ``drafter outline
稿件.json`` and was told 不支持这种文件: the draft, the one file he was sent, could only be
shown by exporting it (``export --outline-only``) or opening the app. Its outline is now
printed in the document's form (title and facts, 开头, headings with their paragraph
counts, 结尾), with its comments counted; ``--json`` gives the same as one object.
"""

from __future__ import annotations

from drafter.drafts.anchors import open_count
from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.numbering import heading_text, markers


def draft_tree(draft: Draft, path: str) -> str:
    """The draft's outline as lines: ``《标题》``, its title-block facts, the file, the
    comments (how many still open), ``[开头] N 段 · …``, each heading with its marker and
    paragraph count, indented by level, ``[结尾] N 段 · …``."""
    m = draft.meta
    title = f"《{m.title}》" if m.title else "《无标题稿件》  [无标题]"
    lines = [title + (f"  {m.subtitle}" if m.subtitle else "")]
    who = " ".join(x for x in (m.post, m.speaker) if x)
    facts = [("讲话人", who), ("日期", m.date), ("场合", m.occasion), ("文种", m.genre)]
    lines += [f"  {k}：{v}" for k, v in facts if v]
    lines.append(f"  文件：{path}（稿件）")
    if draft.comments:
        lines.append(f"  批注：{len(draft.comments)} 条（未解决 {open_count(draft)} 条）")
    if draft.opening:
        lines.append(f"  [开头] {len(draft.opening)} 段 · {_snippet(draft.opening[0].text)}")
    marks = markers(draft)

    def visit(node: DraftNode, level: int) -> None:
        count = f"（{len(node.paragraphs)} 段）" if node.paragraphs else ""
        heading = heading_text(draft, node, marks) or node.heading
        lines.append(f"{'  ' * level}{heading}{count}")
        for child in node.children:
            visit(child, level + 1)

    for node in draft.sections:
        visit(node, 1)
    if draft.closing:
        lines.append(f"  [结尾] {len(draft.closing)} 段 · {_snippet(draft.closing[0].text)}")
    return "\n".join(lines)


def draft_tree_json(draft: Draft, path: str) -> dict:
    """The same outline as JSON: the title block, the file, the comment counts, and the
    headings as a tree (``heading`` with its marker, ``paragraphs``, ``children``)."""
    marks = markers(draft)

    def node_json(node: DraftNode) -> dict:
        return {
            "heading": heading_text(draft, node, marks) or node.heading,
            "paragraphs": len(node.paragraphs),
            "children": [node_json(c) for c in node.children],
        }

    return {
        "file": path,
        "kind": "draft",
        "meta": draft.meta.to_json(),
        "comments": len(draft.comments),
        "open_comments": open_count(draft),
        "opening": len(draft.opening),
        "sections": [node_json(n) for n in draft.sections],
        "closing": len(draft.closing),
    }


def _snippet(text: str, n: int = 30) -> str:
    """The first words of a paragraph, cut with an ellipsis (one line each)."""
    text = text.strip()
    return text if len(text) <= n else text[: n - 1] + "…"


__all__ = ["draft_tree", "draft_tree_json"]
