"""What a Word file carries besides its text, said over it where only its text is shown.

The reader shows a document's text: a head who ran ``drafter gui --open 修订稿.docx`` saw
the writer's text with every pending 修订 silently accepted and not a word of the
comments the file held, where 打开稿件 on the same file says how many changes are pending
and shows the comments. :func:`markup_note` is the one line the reader shows over such a
file: how many 修订 are pending and how many comments it holds, and where to see them.
Once the same file is open as a draft, :func:`with_draft_open` says so instead: the bar
told a head who had just done it to open the file as a draft to see its comments.
"""

from __future__ import annotations

from pathlib import Path

from drafter.drafts.word_comments import read_word_comments
from drafter.drafts.word_revisions import pending_words

HOW_TO_SEE = (
    "要看批注，用「文件 › 打开稿件」（Ctrl+O）把它打开为稿件；与原稿比较用「审阅 › 比较稿件…」。"
)

# said in HOW_TO_SEE's place while the same file is open as a draft (in the 草稿 panel)
OPEN_AS_DRAFT = "它已打开为稿件，批注在「草稿」中（Ctrl+4）；与原稿比较用「审阅 › 比较稿件…」。"


def markup_note(path: str | Path) -> str:
    """``此文稿有 4 处修订（…）未接受或拒绝，按全部接受后的文字显示；另有 2 条批注，这里不显示。…``
    for a .docx with pending 修订 or comments; "" for any other file (or one that
    cannot be read: its text was read already)."""
    if Path(path).suffix.lower() != ".docx":
        return ""
    pending = pending_words(path)
    comments = len(read_word_comments(path))
    parts = []
    if pending:
        parts.append(f"有 {pending}未接受或拒绝，按全部接受后的文字显示")
    if comments:
        parts.append(f"{'另' if pending else ''}有 {comments} 条批注，这里不显示")
    if not parts:
        return ""
    return "此文稿" + "；".join(parts) + "。" + HOW_TO_SEE


def with_draft_open(note: str, is_open: bool) -> str:
    """``note`` (a :func:`markup_note`, or any other notice, returned unchanged) saying where
    the comments are: in the 草稿 panel while the file is open as a draft (``is_open``), to be
    seen by 打开稿件 otherwise. Why: once the head had opened it so, the reader's bar still
    told them to, as if the 打开稿件 had not worked."""
    old, new = (HOW_TO_SEE, OPEN_AS_DRAFT) if is_open else (OPEN_AS_DRAFT, HOW_TO_SEE)
    if not note.startswith("此文稿") or not note.endswith(old):
        return note
    return note[: -len(old)] + new


__all__ = ["HOW_TO_SEE", "OPEN_AS_DRAFT", "markup_note", "with_draft_open"]
