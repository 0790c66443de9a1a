"""One-line descriptions of findings, shared by the CLI's text output and the app's lists."""

from __future__ import annotations

from drafter.review.model import CATEGORIES, Finding


def snippet(text: str, limit: int = 24) -> str:
    """The flagged text on one line, cut with … when long."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def flagged(f: Finding, limit: int = 24, side: int = 4) -> str:
    """The flagged words in 「」, with a few characters each side when they are one or two
    punctuation marks (words such as XX speak for themselves): "「,」" twice in one
    paragraph told the head nothing about where to look, "问题「,」及时" does."""
    words = snippet(f.text, limit)
    if len(f.text) > 2 or any(c.isalnum() for c in f.text) or not f.context or f.start is None:
        return f"「{words}」"
    left_len = min(12, f.start)
    left = " ".join(f.context[:left_len].split())[-side:]
    right = " ".join(f.context[left_len + len(f.text) :].split())[:side]
    return f"{left}「{words}」{right}"


def finding_line(f: Finding) -> str:
    """ "第3段「XX」 占位符：占位符“XX”尚未替换…" — where, what, why, in one line."""
    return f"{snippet(f.where, 14)}{flagged(f)} {CATEGORIES[f.category]}：{f.message}"
