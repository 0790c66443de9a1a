"""An office's drafting form (发文稿纸, 发文处理笺, 文稿审批单) kept with the text: a table of the
draft's fields, wherever it stands.

An OA system's "导出Word" and a clerk's file often carry the form the draft went through —
标题 / 文种 / 拟稿单位 / 拟稿人 / 核稿 / 签发 / 拟稿日期 / 密级 — as a table over (or under) the
speech. Read as text its rows stood first: a cell (文　　种<tab>讲话稿) was taken for the title,
and the header's own date line went unread behind them. The form is how the text was handled,
not the text: its rows are taken out as the document's source line. Its 拟稿日期 is when the
draft was written, not the text's date (tests/gold/README.md: a record's date is never the
text's), so no date is kept from it; its 标题 field names the text and is kept as the title
only for a text whose header gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from drafter.corpus.field_rows import field_run
from drafter.corpus.model import Block

# a field only a drafting form has (spaced out to the cell's width: 拟 稿 人, 核　　稿)
_FORM_LABEL = re.compile(
    r"^(?:拟稿(?:单位|部门|科室|处室|人|日期|时间)?|核稿(?:人)?|审核(?:人)?|会签(?:单位|部门)?"
    r"|签发(?:人)?|(?:领导|部门)?(?:签批|批示|审批|审签)(?:意见)?|文种|密级|紧急程度|缓急"
    r"|主送(?:机关|单位)?|抄送(?:机关|单位)?|印发(?:份数|日期)?|份数|校对(?:人)?|打字"
    r"|发文(?:字号|编号|日期|单位|机关)|文号|公开(?:属性|方式|类别)|附件(?:数)?|主题词|办公室审核)$"
)
# a field any form has: counted with the others, never enough alone
_COMMON_LABEL = re.compile(r"^(?:标题|题目|文件标题|日期|备注|名称|页数)$")
_TITLE_LABEL = frozenset(("标题", "题目", "文件标题"))
_MIN_OWN = 2  # fields only a drafting form has, in a run of rows, before the run is one


@dataclass
class DraftForm:
    """The blocks without the form's rows, the form's fields as ``label：value`` lines and
    the title its 标题 field gives (None: none)."""

    blocks: list[Block]
    lines: list[str] = field(default_factory=list)
    title: str | None = None


def _fields(block: Block) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a table row made only of form fields (one or two to a
    row: 拟稿单位<tab>…<tab>拟稿人<tab>…), else None."""
    if block.kind != "table" or "\t" not in block.text:
        return None
    cells = [c.strip() for c in block.text.strip().split("\t")]
    if len(cells) % 2:
        cells.append("")
    pairs = []
    for k in range(0, len(cells), 2):
        label = "".join(cells[k].split()).rstrip("：:")
        if not (_FORM_LABEL.match(label) or _COMMON_LABEL.match(label)):
            return None
        pairs.append((label, cells[k + 1]))
    return pairs


# the form's own name over its rows, a row of one cell (某某办公室发文处理单, 发文稿纸,
# 文稿审批笺): part of the form, not the text's title
_FORM_NAME = re.compile(
    r"^[\u4e00-\u9fff（）()]{0,30}(?:发文(?:处理|审批|审签|签批)?(?:单|笺|表|稿纸)|发文稿纸|稿纸"
    r"|文稿(?:审批|审签|签批|处理)(?:单|笺|表)|公文处理(?:单|笺))$"
)


_KIND = attrgetter("kind")


def _form_name(block: Block) -> bool:
    return block.kind == "table" and bool(_FORM_NAME.match("".join(block.text.split())))


def draft_form(blocks: list[Block]) -> DraftForm | None:
    """The drafting form among ``blocks`` (see the module docstring), or None when no run of
    table rows holds at least two fields only such a form has. Every such run is the
    form's: an OA's 发文处理单 set round the text has rows over it (标题, 文种, 拟稿) and rows
    under it (会签, 签发, 印发), and the form's name in a row of its own above them."""
    if "table" not in map(_KIND, blocks):
        return None  # every field row is a table row: most texts have none (one look in C)
    i = 0
    kept: list[Block] = []
    lines: list[str] = []
    title: str | None = None
    while i < len(blocks):
        if _fields(blocks[i]) is None:
            kept.append(blocks[i])
            i += 1
            continue
        end, found = field_run(blocks, i, _fields)
        if sum(1 for label, _ in found if _FORM_LABEL.match(label)) >= _MIN_OWN:
            if kept and _form_name(kept[-1]):
                lines.append(kept.pop().text.strip())
            lines.extend(f"{label}：{value}" for label, value in found)
            title = title or next((v for label, v in found if label in _TITLE_LABEL and v), None)
        else:
            kept.extend(blocks[i:end])
        i = end
    if not lines:
        return None
    return DraftForm(kept, lines, title)


# a field's label in a table of fields: a short name (文件编号, 版本, 联系人, 保存期限), no
# digits and no sentence in it
_ANY_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,8}$")
_VALUE_MAX = 40  # characters of a field's value (a title's field may hold a long title)
# a field's value is a name, a number, a date, never a sentence of the text
_SENTENCE_END = ("。", "！", "？", "；", "!", "?", ";")


def _any_fields(block: Block) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a table row of short fields of any kind (编号<tab>2031-017
    <tab>保存期限<tab>长期), else None."""
    if block.kind != "table" or "\t" not in block.text:
        return None
    cells = [c.strip() for c in block.text.strip().split("\t")]
    if len(cells) % 2:
        return None
    pairs = []
    for k in range(0, len(cells), 2):
        label = "".join(cells[k].split()).rstrip("：:")
        value = cells[k + 1]
        if not _ANY_LABEL.match(label) or not value or len(value) > _VALUE_MAX:
            return None
        if value.endswith(_SENTENCE_END):
            return None  # (工作目标 | 全年完成造林五万亩。: a sentence of the text, no field)
        pairs.append((label, value))
    return pairs


def top_fields(blocks: list[Block]) -> DraftForm | None:
    """A table of fields standing above everything else in the file (文件编号 | HX-2031-05 |
    版本 | V1.0, a document-control or filing table an office's template sets over the text),
    taken out as the source line: a title is never a table row of label-value pairs, and the
    rows were read as the title, run into the real one under them (文件编号 HX-2031-05 版本
    V1.0 … 关于加强林业工作的讲话). Only at the very top, and two pairs at least; its 标题 field
    titles a text whose header gives none, as a drafting form's does (:func:`draft_form`).
    A text laid out in a two-column table (指导思想 | its paragraphs, 主要任务 | …) is no table
    of fields though its first rows are short: the rows after them go on under labels with
    the text itself, and those first rows stay in the body with them."""
    start = next((i for i, b in enumerate(blocks) if b.text.strip()), None)
    if start is None or blocks[start].kind != "table":
        return None
    end, found = field_run(blocks, start, _any_fields)
    if len(found) < 2 or end == len(blocks) or _labelled_text(blocks[end]):
        return None
    lines = [f"{label}：{value}" for label, value in found]
    title = next((v for label, v in found if label in _TITLE_LABEL and v), None)
    return DraftForm([*blocks[:start], *blocks[end:]], lines, title)


def _labelled_text(block: Block) -> bool:
    """A table row of two cells, a short label and text longer than a field's value
    (主要任务 | 全县上下要…): the body laid out under labels, the row a field table's rows
    would run into if they were the same table."""
    if block.kind != "table" or "\t" not in block.text:
        return False
    cells = [c.strip() for c in block.text.strip().split("\t")]
    label = "".join(cells[0].split()).rstrip("：:")
    return len(cells) == 2 and bool(_ANY_LABEL.match(label)) and len(cells[1]) > _VALUE_MAX
