"""The title from the header's lines: joined as print joins them, a site's additions off.

The header reader (:mod:`drafter.corpus.header_lines`) collects the title's lines; here they
become one title ("…会议" + "上的讲话" directly, two slogans with a space) and lose a site's
banner, column tag and name, a 发文字号 and a bracketed day (which is the text's date).
"""

from __future__ import annotations

import re

from drafter.corpus.dates import find_dates
from drafter.corpus.genre_occasion import GENRE_END
from drafter.corpus.header_lines import DOC_NUMBER, TITLE_CONTINUATION, TITLE_OPEN_END
from drafter.corpus.page_chrome import (
    BANNER_PREFIX,
    COLUMN_TAG,
    DATE_SUFFIX,
    SITE_SUFFIX,
    without_column,
)


def join_title(parts: list[str]) -> str:
    """Join title lines: a broken phrase ("…会议" + "上的讲话") directly, two complete
    slogans ("决胜全面建成小康社会" + "夺取…胜利") with a space as print does."""
    title = parts[0]
    for part in parts[1:]:
        direct = (
            len(part) < 4
            or len(title) < 4
            or TITLE_CONTINUATION.match(part)
            or TITLE_OPEN_END.search(title)
            or title.startswith(("在", "关于"))
            or _open_guanyu(title)
            or GENRE_END.search(part) is not None
        )
        title = title + part if direct else f"{title} {part}"
    return title


def _open_guanyu(title: str) -> bool:
    """A 关于 phrase not yet closed by its 的 ("中共发言人关于命令…重新逮捕" + "…的谈话"):
    the line was broken inside one phrase, not between two slogans."""
    at = title.find("关于")
    return at >= 0 and "的" not in title[at:]


def _strip_doc_number(title: str) -> str:
    """ "…的通知劳社部发[2008]3号" -> "…的通知": cut where the genre word ends."""
    m = DOC_NUMBER.search(title)
    if not m or m.start() == 0:
        return title
    bracket = m.start() + re.search(r"[〔\[［(（]", m.group(0)).start()
    for cut in range(bracket - 1, max(bracket - 11, 0), -1):
        if GENRE_END.search(title[:cut]):
            return title[:cut]
    return title


def tidy_title(title: str) -> tuple[str, str | None]:
    """The title without what a site or the cleaner wrapped round it, and the day a bracket
    behind it gave (``None`` when none): the joined header lines are the author's title only
    once a banner, a 发文字号, a column tag, a site's name and an editor's asterisk are off,
    and a library shows and searches the title, not the page's furniture."""
    day = None
    # a site banner or a 发文字号 the cleaner joined onto the title
    title = BANNER_PREFIX.sub("", title)
    title = _strip_doc_number(title)
    # what a site wraps a title in: its column as a tag in front (【领导讲话】…, 学习园地｜…,
    # with the speaker's label after it: 青峪讲堂｜顾长风：…), its
    # name after a bar (…的讲话_某某县人民政府), the day in brackets behind (…（2025年
    # 10月8日）), which is the document's date
    title = without_column(COLUMN_TAG.sub("", title))
    title = SITE_SUFFIX.sub("", title)
    m = DATE_SUFFIX.search(title)
    if m and (dated := find_dates(m.group(1))) and dated[0].iso.count("-") == 2:
        title = title[: m.start()]
        day = dated[0].iso
    # "…上的报告*": the asterisk calls the editor's note on the title (see apparatus)
    title = title.rstrip("*＊ ") or title
    if re.fullmatch(r"《[^《》]+》", title):
        title = title[1:-1]  # a title line that wears its own book marks: 《华为基本法》
    return title, day
