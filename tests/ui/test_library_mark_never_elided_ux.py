"""The library table's quiet marks stay in sight however long the title. Walking the app at
1600x1000 with real speeches, "培训——通向华为明天的重要阶梯" read "培训——通向华为明天的…" in the
table: the title column is about twenty characters wide, the mark stood after the title, and
the elision took 结构待核 with it, so the table never said which texts wanted a look. The mark
is now drawn whole at the cell's right end, in the reader header's colour, and only the title
before it is elided."""

from __future__ import annotations

from PySide6.QtGui import QColor

from drafter.library.model import DocumentInfo
from drafter.ui.models.documents import TITLE, MarkRole, TitleRole
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS

LONG = "在全县优化营商环境攻坚行动暨作风建设年活动动员部署会议上的讲话"


def _info(i, title, confidence):
    return DocumentInfo(
        f"d{i}", f"/x/{i}.txt", title, None, None, "2024-01-01", "讲话", None, None, None,
        "txt", 3, 300, "", "", confidence=confidence, excerpt="同志们今天开会",
    )  # fmt: skip


def _amber_pixels(image, rect) -> int:
    """Pixels of the 结构待核 colour (#8a6d00, give or take anti-aliasing) inside ``rect``."""
    want = QColor("#8a6d00")
    count = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + c.blue() < 60:
                count += 1
    return count


def test_a_long_title_keeps_its_mark_in_sight(qtbot):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.model.set_documents([_info(1, LONG, 0.4), _info(2, LONG, 0.95)])
    panel.stack.setCurrentIndex(1)
    panel.show()
    qtbot.waitExposed(panel, timeout=WAIT_MS)
    view = panel.view
    assert view.columnWidth(TITLE) < view.fontMetrics().horizontalAdvance(LONG)  # elided
    doubtful = panel.proxy.index(0, TITLE)
    sure = panel.proxy.index(1, TITLE)
    if doubtful.data(MarkRole) != "结构待核":
        doubtful, sure = sure, doubtful
    assert doubtful.data(MarkRole) == "结构待核" and doubtful.data(TitleRole) == LONG
    assert sure.data(MarkRole) == ""
    image = view.viewport().grab().toImage()
    cell = view.visualRect(doubtful)
    right_half = cell.adjusted(cell.width() // 2, 0, 0, 0)
    assert _amber_pixels(image, right_half) > 10  # the mark, drawn at the right end
    assert _amber_pixels(image, view.visualRect(sure)) == 0
    view.selectRow(doubtful.row())  # selected: drawn in the selection's text colour
    assert view.viewport().grab().toImage().width() > 0
