"""What ``drafter export`` says it wrote: one line with the title, the format and what the
file holds, ending with the path.

The command printed the output path alone, so a writer who exported 提纲 of a library
text by its id could not tell from the terminal which text it was, whether the outline
held any headings, or what it would weigh; a line such as
"已导出《在全市…上的讲话》的提纲（Word 文档，一级标题 3 个、二级 9 个）：/tmp/提纲.docx" says it, and a
script that wants the path still finds it at the end of the line.
"""

from __future__ import annotations

from pathlib import Path

from drafter.corpus.display import book_title
from drafter.drafts.convert import iter_body
from drafter.drafts.model import Draft
from drafter.numerals import cn_number

FORMAT_NAMES = {"docx": "Word 文档", "md": "Markdown", "txt": "纯文本"}


def heading_counts(draft: Draft) -> dict[int, int]:
    """Level -> how many headings (own-line and run-in) the draft has at that level."""
    counts: dict[int, int] = {}
    for kind, level, heading, _text in iter_body(draft):
        if heading and kind in ("heading", "paragraph"):
            counts[level] = counts.get(level, 0) + 1
    return counts


def export_summary(
    draft: Draft,
    path: str | Path,
    fmt: str,
    outline_only: bool = False,
    comments: bool = True,
    notes=None,
    name: str | None = None,
) -> str:
    """The line ``drafter export`` prints: title, format, headings by level, the comments a
    Word file carries (an office head sending 批注 back to the writer sees they went with
    it), then the path. (No 字数: a draft counts its headings' punctuation otherwise than
    the library table, and two figures for one text would only raise a doubt.) A model
    text's outline says the notes it carries (``notes``, an
    :class:`~drafter.export.outline.OutlineNotes`): 只有标题块 was wrong of an outline that
    lists a headless text's parts and its opening and closing. ``name``: what the line calls
    the text (a library text's :func:`~drafter.corpus.display.quoted_name`, its 无标题 mark
    outside the book-title marks), else the draft's title in them."""
    title = book_title(draft.meta.title.strip() or "无标题稿件") if name is None else name
    counts = heading_counts(draft)
    levels = "、".join(
        f"{cn_number(level)}级标题 {n} 个" if i == 0 else f"{cn_number(level)}级 {n} 个"
        for i, (level, n) in enumerate(sorted(counts.items()))
    )
    facts = [FORMAT_NAMES.get(fmt, fmt)]
    if outline_only:
        skeleton = len(getattr(notes, "skeleton", ()) or ())
        ends = [
            name
            for name, line in (
                ("开头", getattr(notes, "opening", "")),
                ("结尾", getattr(notes, "closing", "")),
            )
            if line
        ]
        if levels:
            facts.append(levels)
        elif skeleton:
            facts.append(f"未分出标题，列出过渡句、提纲句等 {skeleton} 条")
        else:
            facts.append("没有识别出标题" if ends else "没有识别出标题，只有标题块")
        if ends:
            facts.append("含" + "、".join(ends) + "的说明")
    elif levels:
        facts.append(levels)
    if fmt == "docx" and comments and not outline_only and draft.comments:
        done = sum(1 for c in draft.comments if c.resolved)
        facts.append(f"批注 {len(draft.comments)} 条" + (f"（已解决 {done} 条）" if done else ""))
    what = "的提纲" if outline_only else ""
    return f"已导出{title}{what}（{'，'.join(facts)}）：{path}"


def untitled_note(draft: Draft) -> str | None:
    """The line ``drafter export`` adds when the draft has no title (a draft made with
    ``drafter new --template`` from a template of the writer's own, whose 标题 is empty until
    set): the Word file then begins with 同志们：, and only 《无标题稿件》 in the summary
    line hinted at it."""
    if draft.meta.title.strip():
        return None
    return "提示：稿件没有标题，导出的文件开头没有标题（drafter new … --set title=标题，或在应用的草稿中填写“标题”）"
