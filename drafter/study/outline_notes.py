"""The notes a model text's 提纲 carries besides its headings (〔开头〕…, 〔结尾〕…,
（未识别出标题层级））, read from the study of the text: one source for 打印提纲 and 导出提纲,
so the printed and the exported outline say the same."""

from __future__ import annotations

from typing import Any

from drafter.corpus.display import quote_cut
from drafter.export.outline import OutlineNotes
from drafter.study.analyze import analyze
from drafter.study.layout import layout
from drafter.study.model import Bookend
from drafter.study.stats import STRETCH_WORDS

NO_HEADINGS = "（未识别出标题层级）"
# said instead when the text's transitions stand for its parts (:func:`transition_skeleton`)
BY_TRANSITIONS = "（未分出标题，以下按过渡句列出各部分）"


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
    for a text without headings :data:`NO_HEADINGS`, or :data:`BY_TRANSITIONS` and its
    transitions (:func:`transition_skeleton`) when it turns at some."""
    lay = layout(doc)
    if study is None:
        study = analyze(doc)
    opening = bookend_line("开头", study.opening) if lay.preamble else ""
    closing = ""
    if lay.closing or study.closing.paragraphs:
        closing = bookend_line("结尾", study.closing)
    skeleton = transition_skeleton(study)
    return OutlineNotes(
        opening=opening,
        closing=closing,
        no_headings=BY_TRANSITIONS if skeleton else NO_HEADINGS,
        skeleton=skeleton,
    )


def transition_skeleton(study: Any) -> tuple[str, ...]:
    """The lines that stand for the parts of a text without headings in its 提纲: each
    transition the structure map cuts the body at (:func:`drafter.study.stats.transition_stretches`),
    whole, after what it does (〔转入新话题〕现在我来讲一讲主观主义。); () when the text has
    headings or the body no transition."""
    cuts = {row.paragraph for row in study.structure if row.part == "stretch"}
    seen: set[int] = set()
    lines = []
    for t in sorted(study.transitions, key=lambda t: t.span.paragraph):
        if t.span.paragraph in cuts and t.span.paragraph not in seen:
            seen.add(t.span.paragraph)
            lines.append(f"〔{t.role or '过渡句'}〕{t.text}")
    return tuple(lines)


def transition_marks(doc: Any, study: Any = None) -> list[tuple[int, str]]:
    """Where a text turns, for the reader's outline pane: the paragraph and label of each
    transition, in order; ``study`` is made when not given.

    Without headings, the stretches the structure map cuts the body into
    (:func:`drafter.study.stats.transition_stretches`: 〔转入新话题〕现在我来讲一讲主观主义。, and
    〔正文开始〕至第一个过渡句 before the first): the pane showed only 开头 / 正文 / 结尾 for such a
    text while the map and the exported 提纲 listed its turns. With headings, every
    transition in a paragraph of the text that is not a heading (the pane puts it under the
    heading it stands in): one heading made the pane drop them all (关于中华人民共和国宪法
    草案's 回顾上文 and 最后，解释一个问题。 after its 第一、第二、). Empty without a transition."""
    if doc is None:
        return []
    headed = bool(getattr(getattr(doc, "outline", None), "sections", None))
    if study is None:
        study = analyze(doc)
    if not headed:
        return [(row.paragraph, row.label) for row in study.structure if row.part == "stretch"]
    paragraphs = doc.paragraphs()
    marks: list[tuple[int, str]] = []
    for t in sorted(study.transitions, key=lambda t: t.span.paragraph):
        p = t.span.paragraph
        if not 0 <= p < len(paragraphs) or paragraphs[p].is_heading:
            continue
        if not marks or marks[-1][0] != p:
            marks.append((p, f"〔{t.role or '过渡句'}〕{quote_cut(t.text, STRETCH_WORDS)}"))
    return marks


__all__ = [
    "BY_TRANSITIONS",
    "NO_HEADINGS",
    "bookend_line",
    "model_text_outline_notes",
    "transition_marks",
    "transition_skeleton",
]
