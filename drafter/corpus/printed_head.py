"""An internal publication's head over the text: its name, then who printed it and when.

An office prints a leader's speech in a series of its own (领导讲话材料, 参阅材料, 工作简报
第5期) whose head stands over the text: the series' name, then the printing office and the
day with 印 (泠川县人民政府办公室　　2027年7月12日印), often over a red rule; a Word template
keeps it in a content control of its own. Read as the text's header, the series' name was
taken for the title and the printing day for the text's date. A day the paper was printed
is never the text's own (as a 版记's …印发 line at the foot is not: apparatus_tail), so the
printing line and the lines over it are the text's source line. A periodical (大会简报 第6期)
dates its issue without 印: under an issue number its office-and-day line is read so too.
A series' name with its number on one line (领导讲话　第3号) straight over the title is the
head on its own: read as the header, it was glued onto the title.
"""

from __future__ import annotations

import re

from drafter.corpus.draft_form import DraftForm
from drafter.corpus.model import Block

# the printing line: an office (or none), a gap, the day, and 印 / 印发 / 编印
_PRINTED = re.compile(
    r"^(?:\S.{0,40}?[\s\u3000]+)?(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}日\s*(?:编\s*)?印\s*发?$"
)
# a periodical's head dates its issue without 印 (大会简报 / 第6期 / …秘书处　2027年5月4日, as
# a 简报's 报头 is laid out): under an issue number the office-and-day line is the printing line
_DATED = re.compile(r"^\S.{0,40}?[\s\u3000]+(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}日$")
_ISSUE = re.compile(r"^[（(]?(?:总\s*)?第\s*[\d一二三四五六七八九十百〇○零]{1,5}\s*期[）)]?$")
# a series' name and its issue number on one line (领导讲话　第3号, 工作简报　第12期（总第45期）):
# an office's own numbered series of a leader's speeches, as a 简报 numbers its issues
_SERIES_ISSUE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}[\s\u3000]*[（(]?(?:总\s*)?第\s*[\d一二三四五六七八九十百〇○零]{1,5}\s*[期号][）)]?"
    r"(?:[\s\u3000]*[（(]总\s*第\s*[\d一二三四五六七八九十百〇○零]{1,5}\s*[期号][）)])?$"
)
_HEAD_LINES = 4  # lines with text over the printing line: the name, an issue number, 内部资料
_NAME_MAX = 24  # characters of such a line: a name, never a sentence
_SENTENCE = re.compile(r"[。！？；，]")


def printed_head(blocks: list[Block]) -> DraftForm | None:
    """The publication's head at the top of ``blocks`` (see the module docstring): the
    blocks under it and its lines, or None when the top has no printing line under a
    few short lines."""
    seen = 0
    issued = False  # an issue number stood above (第6期)
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if not text:
            continue
        if _PRINTED.match(text) or issued and _DATED.match(text):
            if not seen:
                return None  # (a printing line first of all: no head over a text)
            lines = [b.text.strip() for b in blocks[: i + 1] if b.text.strip()]
            return DraftForm(blocks[i + 1 :], lines)
        seen += 1
        if _SERIES_ISSUE.match(text) and not _dated_next(blocks, i + 1):
            # the series' head ends at its number when no printing line follows (领导讲话
            # 第3号 straight over the title): the lines so far are its head
            lines = [b.text.strip() for b in blocks[: i + 1] if b.text.strip()]
            return DraftForm(blocks[i + 1 :], lines)
        issued = issued or bool(_ISSUE.match(text) or _SERIES_ISSUE.match(text))
        if seen > _HEAD_LINES or len(text) > _NAME_MAX or _SENTENCE.search(text):
            return None
    return None


def _dated_next(blocks: list[Block], start: int) -> bool:
    """Whether the next line with text from ``start`` is a printing or an issue's dated line
    (the head then runs on to it)."""
    for block in blocks[start:]:
        text = block.text.strip()
        if text:
            return bool(_PRINTED.match(text) or _DATED.match(text))
    return False
