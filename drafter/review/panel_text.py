"""One-line descriptions of findings, shared by the CLI's text output and the app's lists."""

from __future__ import annotations

from drafter.review.model import CATEGORIES, Finding


def snippet(text: str, limit: int = 24) -> str:
    """The flagged text on one line, cut with … when long."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def finding_line(f: Finding) -> str:
    """ "第3段「XX」 占位符：占位符“XX”尚未替换…" — where, what, why, in one line."""
    return f"{snippet(f.where, 14)}「{snippet(f.text)}」 {CATEGORIES[f.category]}：{f.message}"
