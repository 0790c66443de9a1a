"""A paper's print line: where and when a text was printed, as a page or a copy gives it.

A speech a paper printed comes with the paper's line over or under it, as 人民网 gives
every article of its papers ("《人民日报》（2026年01月09日 第01版）", "《 光明日报 》（
2026年01月09日 03 版）") and as people copy it ("江城日报 2026年1月9日 第1版"). It is the
text's source line: never a line of its title or of its opening, and the day it names is
the day it was printed, not the text's own. Two readers ask: the metadata keeps it as the
source (as a journal's issue line), and line joining never runs it into the next line
(as wide as a hard-wrapped text's lines, it was glued to the title under it).
"""

from __future__ import annotations

import re

_PAPER_LINE = re.compile(
    r"^[（(]?\s*(?:《\s*[^《》]{2,20}?\s*》|(?P<bare>[\u4e00-\u9fff]{2,12}报))\s*[（(]?\s*"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
    r"(?P<page>第?\s*[\d一二三四五六七八九十]{1,3}\s*版(?:\s*[：:]?\s*[\u4e00-\u9fff·]{1,8})?)?"
    r"\s*[）)]?\s*[）)]?$"
)


def paper_line(text: str) -> bool:
    """Whether ``text`` (stripped) is a paper's print line: a paper named in 《》 (or, with
    the page it was printed on, a name ending in 报) and the day, in brackets or not."""
    if "年" not in text or "日" not in text or len(text) > 48:
        return False  # (the common case, in C)
    m = _PAPER_LINE.match(text)
    return m is not None and (not m.group("bare") or m.group("page") is not None)
