"""The date a file's name gives, for a text whose words name none.

Speech archives and office folders date their files by name (20010208_我的父亲母亲.md,
gwr_national_1978.txt, 2023年工作总结.docx). Two views read it: 审稿 judges a dateless text's
dated checks by the name's year, and 编辑信息 offers the name's date to the user. One reading
here, in the core, keeps them from drifting apart.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from drafter.corpus.correction_ops import CorrectionError, validate_date

_NAME_YEAR = re.compile(r"(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])")
_NAME_DAY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])")


def year_in_name(path: str | None) -> str | None:
    """The year a file's name gives when its text names no date (gwr_national_1978.txt,
    2023年工作总结.docx): one year, four digits on their own; None for none or two. The
    dated checks (时效提法, 用语 with a year) judged such a report as written today: 审稿
    of the 1978 report asked for 2004's 作出."""
    if not path or path.startswith("<"):
        return None
    years = set(_NAME_YEAR.findall(PurePath(path).stem))
    return years.pop() if len(years) == 1 else None


def date_in_name(path: str | None) -> str | None:
    """The date a file's name gives: a whole day written 20010208 (as a speech archive names
    its files: 20010208_我的父亲母亲.md), else the one year 审稿 reads there
    (:func:`year_in_name`); None when it gives neither, or an impossible day."""
    if not path:
        return None
    days = set(_NAME_DAY.findall(PurePath(path).stem))
    if len(days) == 1:
        try:
            return validate_date("-".join(days.pop()))
        except CorrectionError:
            return None
    return year_in_name(path)
