"""结构图: the 全文 row's "100%" stands right in the 占比 column, under the other rows' shares,
which their bars write right-aligned; it stood at the column's left edge (the stop-30 walk)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import StructureMap

from .waits import WAIT_MS

TEXT = """在全县工作会议上的讲话
同志们：
今天召开会议，部署全年工作。下面，我讲两点意见。
一、关于经济工作
要抓好项目建设，稳住经济大盘，确保全年目标任务完成。
二、关于作风建设
要改进作风，狠抓落实，把各项工作做实做细。
同志们，让我们共同努力！
"""


def _ink_right(image: QImage, left: int, right: int, top: int, bottom: int) -> int:
    """The x of the rightmost pixel in the box that differs from the box's top-left pixel."""
    ground = image.pixel(left, top)
    for x in range(right - 1, left - 1, -1):
        if any(image.pixel(x, y) != ground for y in range(top, bottom)):
            return x
    return -1


def test_whole_text_share_is_right_aligned_with_the_bars_labels(qtbot):
    study = analyze(parse_text(TEXT, "/tmp/工作会议.txt"), rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.resize(700, 400)
    tree.show()
    tree.show_study(study)
    qtbot.waitExposed(tree, timeout=WAIT_MS)
    image = tree.viewport().grab().toImage()
    header = tree.header()
    left = header.sectionViewportPosition(3)
    right = min(left + header.sectionSize(3), image.width())
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    whole = tree.visualItemRect(rows[0])
    part = next(r for r in rows if "经济工作" in r.text(0))
    assert tree.itemWidget(part, 3) is not None, "a section row has its bar"
    bar = tree.visualItemRect(part)
    whole_x = _ink_right(image, left, right, whole.top() + 1, whole.bottom())
    bar_x = _ink_right(image, left, right, bar.top() + 1, bar.bottom())
    assert whole_x > left + (right - left) // 2, (left, right, whole_x)
    assert abs(whole_x - bar_x) <= 8, (whole_x, bar_x)
