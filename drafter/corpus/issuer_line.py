"""An issuing office's name standing alone over a speech's title: who issued it, not a title line.

A 讲话 issued for study prints its issuer in red over the title (中共某某县委员会 /
在全县…会议上的讲话). Both the line joiner of plain text (:mod:`drafter.corpus.reflow`) and
the header reader (:mod:`drafter.corpus.metadata`) ask the same question of such a pair, so
that the joiner does not glue the office's name onto the title before the header reader can
set it apart. Over any other line (某某县委员会 / 关于…的决定) the name is the first line of
one title broken in two, and stays with it.
"""

from __future__ import annotations

import re

# the issuing office's name alone (发文机关标志 with no 文件): 中共某某县直属机关工作委员会,
# 某某县人民政府办公室
ISSUER_NAME = re.compile(
    r"^(?!关于)[\u4e00-\u9fff（）()]{1,28}"
    r"(?:委员会|政府|办公厅|办公室|党组|党委|党工委|指挥部|领导小组)$"
)


# a speech's own title, whole on its line: 在…上的讲话 (and its kin)
OCCASION_TITLE = re.compile(r"^在\S{2,60}上的(?:讲话|致辞|发言|报告|总结讲话|主持词)$")


def issuer_over_title(line: str, below: str) -> bool:
    """Whether ``line`` (whitespace removed) is an issuing office's name standing alone over
    ``below`` (the next line, whitespace removed), a speech's own title."""
    return len(line) <= 34 and bool(ISSUER_NAME.match(line)) and bool(OCCASION_TITLE.match(below))
