"""A record's head set as a table: the meeting's name over a grid of its fields.

A speech filed as a meeting's record (a 会议纪要's form, an office's 会议材料) opens on a
caption naming the meeting and a two-column table of its fields — 时间 / 地点 / 主持人 /
参会人员 — and only then the speech's own title and speaker. Read as text the caption stood
as the title, the table's rows as the first paragraphs, and the day in the 时间 cell, the
one date the file gives, went unread (a typed ``时间：…`` line is read as the record's field
by the header's rules; a table's row is ``时　　间<tab>2026年…``). Here the table's field
rows at the head are taken out as the record's source line, the caption over them with
them when the speech's own title stands under the table, and the 时间 field's day is kept
as the date the text has when its header gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.corpus.dates import find_dates
from drafter.corpus.field_rows import field_run
from drafter.corpus.model import Block

# a field of a meeting's record, as its label cell says it (spaced out to the cell's width:
# 时　　间, 主 持 人)
_FIELD_LABEL = re.compile(
    r"^(?:会议)?(?:时间|日期|地点|主持人?|参会人员|参加人员|与会人员|出席(?:人员)?|列席(?:人员)?"
    r"|缺席(?:人员)?|记录人?|议题|名称)$"
)
_DATED = frozenset({"时间", "日期", "会议时间", "会议日期"})
# a caption naming the meeting (…动员会, …工作会议): not a 纪要's own title, which is the text's
_CAPTION = re.compile(r"(?:会|会议)$")
_SENTENCE_END = re.compile(r"[。！？!?；;：:]")
_MIN_FIELDS = 2  # field rows in a row before a table is taken as the record's head
_HEAD_ZONE = 3  # blocks with text before the table: it must open the file
_TITLE_MAX = 60  # characters of a title line standing under the table


@dataclass
class MeetingHead:
    """The blocks without the record's head, the head's lines as written (caption first)
    and the day its 时间 field gives (None: none)."""

    blocks: list[Block]
    lines: list[str] = field(default_factory=list)
    date: str | None = None


def _fields(block: Block) -> list[tuple[str, str]] | None:
    """[(label, value)] of a table row naming one of a meeting's fields, else None."""
    if "\t" not in block.text:
        return None
    label, _, value = block.text.strip().partition("\t")
    label = "".join(label.split())
    if not _FIELD_LABEL.match(label) or not value.strip():
        return None
    return [(label, value.strip())]


def meeting_head(blocks: list[Block]) -> MeetingHead | None:
    """The record's head at the top of ``blocks`` (see the module docstring), or None when
    the file opens on no table of a meeting's fields."""
    texts = [i for i, b in enumerate(blocks[:20]) if b.text.strip()][:_HEAD_ZONE]
    start = next((i for i in texts if _fields(blocks[i]) is not None), None)
    if start is None:
        return None
    end, fields = field_run(blocks, start, _fields)
    if len(fields) < _MIN_FIELDS:
        return None
    date = next(
        (
            found[0].iso
            for label, value in fields
            if label in _DATED
            if (found := find_dates(value))
        ),
        None,
    )
    head = [f"{label}：{value}" for label, value in fields]
    first = start
    above = [i for i in range(start) if blocks[i].text.strip()]
    below = next((b.text.strip() for b in blocks[end:] if b.text.strip()), "")
    titled = 0 < len(below) <= _TITLE_MAX and not _SENTENCE_END.search(below)
    if len(above) == 1 and titled:
        caption = blocks[above[0]].text.strip()
        if len(caption) <= _TITLE_MAX and _CAPTION.search(caption):
            head.insert(0, caption)
            first = above[0]
    return MeetingHead([*blocks[:first], *blocks[end:]], head, date)
