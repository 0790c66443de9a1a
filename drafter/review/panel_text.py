"""One-line descriptions of findings, shared by the CLI's text output and the app's lists."""

from __future__ import annotations

from drafter.review.model import Finding


def snippet(text: str, limit: int = 24) -> str:
    """The flagged text on one line, cut with … when long; spaces alone said as 空格 (a
    space flagged by punctuation.space read 宙能量”「」，与: nothing between the quotes)."""
    if text and not text.strip():
        return "空格" if len(text) == 1 else f"{len(text)} 个空格"
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


def on_heading(f: Finding) -> bool:
    """The flagged span is in a heading itself (its label is the place to name), not in a
    paragraph under it: a heading's text is its label, so the words around the span lie
    within that label."""
    return bool(f.part != "meta" and f.section and f.context and f.context.strip() in f.section[-1])


def finding_line(f: Finding) -> str:
    """Where and what, once, in one line: "「一、……」标题只有省略号，还没写…",
    "「二、重点任务」下：「XX」占位符尚未替换…", "标题：…".

    The place and the flagged words used to be run together ("一、……一、「……」 占位符：…"):
    a heading's finding named the heading, then its words again. The flagged words are
    left out where the place or the message already quotes them."""
    words = f.text.strip()
    if on_heading(f):
        # （一）…… under 一、 and under 二、 read alike: a sub-heading says its part too
        parent = f"「{snippet(f.section[-2], 12)}」下" if len(f.section) > 1 else ""
        return f"{parent}「{snippet(f.section[-1], 24)}」{f.message}"
    if f.part == "meta":
        place = f.section[0] if f.section else "标题区"
    elif f.section:
        place = f"「{snippet(f.section[-1], 14)}」下"
    else:
        place = f.where
    quoted = bool(words) and words in f.message
    what = f.message if quoted else f"{flagged(f)}{f.message}"
    return f"{place}：{what}"
