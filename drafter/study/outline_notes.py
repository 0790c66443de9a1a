"""The notes a model text's 提纲 carries besides its headings (〔开头〕…, 〔结尾〕…,
（未识别出标题层级））, read from the study of the text: one source for 打印提纲 and 导出提纲,
so the printed and the exported outline say the same."""

from __future__ import annotations

from typing import Any

from drafter.export.outline import OutlineNotes
from drafter.study.analyze import analyze
from drafter.study.layout import layout
from drafter.study.model import Bookend

NO_HEADINGS = "（未识别出标题层级）"


def bookend_line(name: str, bookend: Bookend) -> str:
    """〔开头〕开门见山式　称呼 → 交代事由: an opening's or closing's note in the outline, its type
    and its parts in order, as 学习 labels them (the outline export only lays the line out). A
    part the study found but could not type is 未归类, as the 结构图 says: a bare 〔结尾〕 read as a
    label left blank."""
    kind = getattr(bookend, "type", None)
    if not kind and (getattr(bookend, "text", "") or "").strip():
        kind = "未归类"
    steps = " → ".join(dict.fromkeys(p.kind for p in getattr(bookend, "parts", None) or []))
    words = "\u3000".join(w for w in (kind or "", steps) if w)
    return f"〔{name}〕{words}"


def model_text_outline_notes(doc: Any, study: Any = None) -> OutlineNotes:
    """The 〔开头〕/〔结尾〕 lines of a model text's 提纲 (not the 修订稿's notes on moved
    headings, :func:`drafter.export.redline.heading_move_notes`, which shared its old name
    ``outline_notes``), with ``study`` its analysis (made when not given): the
    opening's where the text has one before its first heading (or, without headings, the
    part the study tells apart), the closing's where the text or the study has one, and
    :data:`NO_HEADINGS` for a text without headings."""
    lay = layout(doc)
    if study is None:
        study = analyze(doc)
    opening = bookend_line("开头", study.opening) if lay.preamble else ""
    closing = ""
    if lay.closing or study.closing.paragraphs:
        closing = bookend_line("结尾", study.closing)
    return OutlineNotes(opening=opening, closing=closing, no_headings=NO_HEADINGS)


__all__ = ["NO_HEADINGS", "bookend_line", "model_text_outline_notes"]
