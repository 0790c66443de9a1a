"""Word tables that hold a document's body, not data.

Offices write a 工作汇报 or 情况报告 in a two-column table (``汇报事项 | 主要内容``): each
row's first cell names a part (``一、基本情况``), its second cell holds the part's paragraphs.
Read as table rows (one tab-joined line per row) the part labels are glued to prose and
never become headings. Such a table is told from a data table (figures, a form, a task
list) by its cells: two columns, a short label in the first, paragraphs of prose (long,
ending sentences) in the second of most rows. Its header row, the column heads, is the
form's furniture, neither body nor heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a cell of prose: a paragraph or more, sentences ended
PROSE_MIN_CHARS = 60
_SENTENCE_END = re.compile(r"[。！？；]")
# a row label names a part: a few words (一、基本情况, 请求事项), no sentence in it
LABEL_MAX_CHARS = 30
_CJK = re.compile(r"[\u4e00-\u9fff]")
# most rows carry prose (a short row such as 其他 | 无 may stand among them)
PROSE_SHARE = 2 / 3
MIN_PROSE_ROWS = 2
# column heads: a word or two each (汇报事项, 主要内容, 项目, 内容)
HEAD_MAX_CHARS = 8


def _prose(text: str) -> bool:
    return len(text) >= PROSE_MIN_CHARS and bool(_SENTENCE_END.search(text))


def _label(text: str) -> bool:
    return (
        0 < len(text) <= LABEL_MAX_CHARS
        and len(_CJK.findall(text)) >= 2
        and not _SENTENCE_END.search(text.rstrip("。"))
    )


def header_row(rows: list[list[str]]) -> bool:
    """Whether the first row is a row of column heads: every cell a short phrase with no
    punctuation, over rows that are not so (a table's heads are dropped with its form)."""
    if len(rows) < 2 or not rows[0]:
        return False
    return all(
        0 < len(c) <= HEAD_MAX_CHARS and len(_CJK.findall(c)) == len(c) for c in rows[0]
    ) and not all(_prose(c) for c in rows[0])


def body_table(rows: list[list[str]]) -> bool:
    """Whether a table (its rows' cell texts, merged cells once) holds the body: two
    columns, most rows a part label over the part's prose. Tables of figures, forms with
    more columns and lists numbered 1, 2, 3 in the first column stay tables."""
    filled = [r for r in rows if any(r)]
    if not filled or any(len(r) > 2 for r in filled):
        return False
    if header_row(filled):
        filled = filled[1:]
    prose = [r for r in filled if len(r) == 2 and _label(r[0]) and _prose(r[1])]
    return len(prose) >= MIN_PROSE_ROWS and len(prose) >= PROSE_SHARE * len(filled)


# A form's body cell (an OA 发文处理单 or 发文稿纸 exported with the text in its 正文 cell): one
# cell holds the whole text, paragraph after paragraph, among rows of fields. A data table's
# cell holds a line or a few (a task's measures, a note); a text's has many, mostly prose.
BODY_CELL_CHARS = 500
BODY_CELL_PARAGRAPHS = 8
# the cell's own label over the text, typed in its first paragraph
BODY_LABEL = re.compile(r"^(?:正文|内容|正文内容|讲话内容|文稿内容)[:：]?$")


def body_cell(paragraphs: list[str]) -> bool:
    """Whether a cell's paragraphs (their texts, in order) are a document's body: at least
    :data:`BODY_CELL_PARAGRAPHS` with text and :data:`BODY_CELL_CHARS` in all, two thirds
    of them in paragraphs of prose (the rest a title, headings, a salutation). Such a cell
    is read as the document's paragraphs, not as one table row."""
    filled = [p.strip() for p in paragraphs if p.strip()]
    chars = sum(map(len, filled))
    if len(filled) < BODY_CELL_PARAGRAPHS or chars < BODY_CELL_CHARS:
        return False
    return sum(len(p) for p in filled if _prose(p)) * 3 >= 2 * chars


def table_layout(
    texts: list[list[str]], cell_paragraphs: Callable[[int, int], list[str]]
) -> tuple[str, object]:
    """How a table of two or more columns is read, decided in one place for every reader
    whose files lay a document out in tables (Word, ODT), so the two cannot drift apart.

    ``texts`` holds each row's cell texts as the reader prints a table row (a cell's
    paragraphs joined); ``cell_paragraphs(r, c)`` gives one cell's paragraph texts and is
    asked only of cells long enough to hold a body. The answer is ``("parts", rows)`` for a
    label | prose body table (:func:`body_table`): the indices of the rows read as the body's
    paragraphs, empty rows and the column heads left out; ``("cell", (r, c))`` for a form
    whose one cell holds the text (:func:`body_cell`), read in its place among the form's
    rows; ``("rows", None)`` for a table of data, each row one tab-joined line."""
    stripped = [[t.strip() for t in row] for row in texts]
    if body_table(stripped):
        filled = [r for r, row in enumerate(texts) if any(row)]
        if header_row([stripped[r] for r in filled]):
            filled = filled[1:]
        return "parts", filled
    body = next(
        (
            (r, c)
            for r, row in enumerate(texts)
            for c, text in enumerate(row)
            if len(text) >= BODY_CELL_CHARS and body_cell(cell_paragraphs(r, c))
        ),
        None,
    )
    return ("cell", body) if body is not None else ("rows", None)
