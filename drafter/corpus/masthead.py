"""An issued document's 版头 (GB/T 9704) and a page's counters: lines above the title that are
no words of the text.

An office issues a speech or a report as a red-head document: over its title stand the
copy number (份号, six digits), the secret level (机密★1年), the urgency (特急), the
issuing office's mark (某某市人民政府办公室文件) and the document number (某政办〔2025〕
12号, perhaps with 签发人：…). A page saved from a site shows a bare number there too (a
hit counter its script filled in). Read as text, these lines were glued onto the title
("000123 机密★1年") and left in the body; cleaning drops them (the reason ``masthead``)
so the header starts at the title.
"""

from __future__ import annotations

import re

from drafter.corpus.issuer_line import ISSUER_NAME

# within how many lines of the top a masthead stands (份号, 密级, 紧急程度, mark, number,
# a red rule, the title): never further down
MASTHEAD_TOP = 10

_COPY_NUMBER = re.compile(r"^(?:份号\s*[：:]?\s*)?\d{3,9}$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")  # a year standing alone is kept (a split date line)
_SECRECY = re.compile(
    r"^(?:绝密|机密|秘密)(?:\s*[★☆*＊]\s*[\d一二三四五六七八九十]{0,3}\s*(?:年|个月|月)?)?$"
    r"|^内部(?:资料|文件|材料)(?:[\s\u3000]*注意保[存管密])?$"
)
_URGENCY = re.compile(r"^(?:特急|加急|平急|特提|急件)$")
# the issuing office's mark: 某某市人民政府办公室文件 / 中共某某县委文件 (文 件 spaced out)
_ISSUER = re.compile(
    r"^(?!.*(?:关于|学习|贯彻|落实|解读|精神))[\u4e00-\u9fff（）()]{2,30}"
    r"(?:委员会|政府|办公厅|办公室|党组|党委|党工委|县委|市委|区委|省委|委|部|局|厅|院|署|会|组)"
    r"[\s\u3000]*文[\s\u3000]*件$"
)
# 某政办〔2025〕12号, 国办发[2024]3号, with the signer beside it as in a report upward
_DOC_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}[〔\[［(（【]\d{4}[〕\]］)）】]\s*第?\d{1,4}\s*号"
    r"(?:[\s\u3000]+签发人\s*[：:]\s*[\u4e00-\u9fff\s\u3000]{2,20})?$"
)


# the signer beside the document number in a cell of its own (签发人：王某某)
_SIGNER = re.compile(r"^签发人\s*[：:]\s*[\u4e00-\u9fff\s\u3000]{2,20}$")


def masthead_line(text: str) -> bool:
    """Whether ``text`` (a line near the top) is a line of a masthead or a page's counter:
    the copy number or a bare counter (three digits or more, a year apart), the secret
    level, the urgency, the issuing office's mark or the document number; or a table row of
    such cells (:func:`_masthead_row`)."""
    text = text.strip()
    if "\t" in text:
        return _masthead_row(text)
    if not text or len(text) > 60:
        return False
    first = text[0]
    if first.isdigit() or first == "份":
        return bool(_COPY_NUMBER.match(text)) and not _YEAR.match(text)
    if first in "绝机秘内":
        return bool(_SECRECY.match(text))
    if len(text) <= 2 and _URGENCY.match(text):
        return True
    return bool(_ISSUER.match(text) or _DOC_NUMBER.match(text))


def _masthead_row(text: str) -> bool:
    """Whether a table row of cells (tab-separated) is a 版头 laid out in a table, as a 公文
    .docx often sets it: the issuing office beside its document number (某某县人民政府办公室 |
    某政办发〔2031〕12号), the number beside its signer, the mark split over two cells. Every
    cell is a masthead line, the office's name or the signer, and one at least is a masthead
    line proper (a number, a mark, a level), or the cells make one mark together. A row of
    anything else (工作目标 | 造林五万亩) is no masthead. Without this the header stopped at the
    row (a title is never a row of cells) and the title under it was lost."""
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    if not cells or len(cells) > 4:
        return False
    if masthead_line("".join(cells)):  # 某某县人民政府办公室 | 文件
        return True
    proper = [masthead_line(cell) for cell in cells]
    return any(proper) and all(
        ok or ISSUER_NAME.match(re.sub(r"[\s\u3000]", "", cell)) or _SIGNER.match(cell)
        for ok, cell in zip(proper, cells)
    )
