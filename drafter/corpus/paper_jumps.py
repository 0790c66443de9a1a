"""A newspaper article continued on another page: its jump marks (下转第N版 / 上接第N版).

A paper that cannot fit a speech on its page breaks it off with （下转第3版） at the foot of
its last column and goes on under （上接第1版） among the articles of page 3. The marks are
the paper's furniture, never words of the speech; and when the other page is in the same
file, the piece under 上接 is the speech's, though no headline over it says so.
:func:`drafter.corpus.readers.page_columns.newspaper_regions` keeps a :class:`Jumps` per
file to follow it; cleaning (:mod:`drafter.corpus.line_normalise`) takes the marks out of
any text that kept them (a paper's e-edition copied to .txt: "…行动指南。（下转第四版）
（紧接第一版）我们坚持…", "难以在(上接第一版)迅速进步的…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.corpus.markers import cn_to_int

_NUMBER = r"[\d一二三四五六七八九十]{1,3}"
# a mark in brackets, anywhere in a line (…全面推进（下转第3版）), or a line that is one
_MARK = re.compile(
    rf"[（(]\s*(下转|上接|紧接|转|接)\s*第?\s*({_NUMBER})\s*版\s*[）)][ \u3000]*"
    rf"|^\s*(下转|上接|紧接)\s*第?\s*({_NUMBER})\s*版\s*$"
)
_EDITION = re.compile(rf"第\s*({_NUMBER})\s*版")


@dataclass
class Jumps:
    """What a file's pages have said so far: the page (版) the speech goes on to, from the
    下转 mark its last piece ended on; None when it went on nowhere."""

    to: int | None = None


def edition(text: str) -> int | None:
    """The page number a paper's masthead names (第3版, 第三版), or None."""
    m = _EDITION.search(text)
    return _number(m.group(1)) if m else None


def jump(text: str) -> tuple[str, int] | None:
    """A line's jump mark as ("on", N) for 下转/转 第N版 or ("from", N) for 上接/接 第N版."""
    m = _MARK.search(text)
    if not m:
        return None
    word, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    n = _number(number)
    if n is None:
        return None
    return ("on" if word in ("下转", "转") else "from"), n


def without_jumps(text: str) -> str:
    """``text`` with its jump marks taken out (a line that was only one comes back empty)."""
    return _MARK.sub("", text).rstrip()


def holds_jump(text: str) -> bool:
    """Whether ``text`` may hold a jump mark: two substring searches, asked of a whole text
    before any of its lines is searched (most texts hold none)."""
    return "转第" in text or "接第" in text


def _number(text: str) -> int | None:
    """A page number as the mark writes it: digits, or a Chinese numeral read as headings'
    are (第三版, 第十二版)."""
    return int(text) if text.isdigit() else cn_to_int(text)
