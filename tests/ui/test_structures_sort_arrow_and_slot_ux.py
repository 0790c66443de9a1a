"""The 结构 panel (ux43's walk): its 篇数 column, sorted most-used first, showed ▲ over rows
that run down (Qt passes a descending column's arrow as "up", and Fusion draws it so), and
its rows write a heading pattern 坚持×× while 做成模板's dialog said 坚持…."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QInputDialog, QTreeWidget, QTreeWidgetItem

from drafter.settings import Settings
from drafter.study.mining import MinedStructure
from drafter.ui.widgets.sort_arrow import SortArrowStyle, install_sort_arrows

from .study_setup import FIRST, window_with
from .waits import WAIT_MS


def _arrow_rows(tree: QTreeWidget, column: int) -> list[int]:
    """How many dark pixels each row of the sort arrow in ``column``'s header has, top to
    bottom (the header's text is in another column)."""
    header = tree.header()
    image = header.grab().toImage()
    left = header.sectionViewportPosition(column)
    right = left + header.sectionSize(column)
    rows = []
    for y in range(image.height()):
        dark = sum(
            1
            for x in range(left, min(right, image.width()))
            if QColor(image.pixel(x, y)).value() < 140
        )
        rows.append(dark)
    return [n for n in rows if n]


def _sorted_tree(qtbot, order) -> QTreeWidget:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["结构", ""])  # no text in the sorted column: only its arrow
    for label, n in (("四勤", 5), ("三个服务", 3), ("两个维护", 1)):
        item = QTreeWidgetItem([label, ""])
        item.setData(1, Qt.ItemDataRole.UserRole, n)
        tree.addTopLevelItem(item)
    tree.header().setStyle(SortArrowStyle("fusion"))
    tree.setSortingEnabled(True)
    tree.header().setSortIndicator(1, order)
    tree.resize(400, 200)
    tree.show()
    qtbot.waitExposed(tree, timeout=WAIT_MS)
    return tree


def test_a_column_sorted_largest_first_shows_a_downward_arrow(qtbot):
    down = _arrow_rows(_sorted_tree(qtbot, Qt.SortOrder.DescendingOrder), 1)
    up = _arrow_rows(_sorted_tree(qtbot, Qt.SortOrder.AscendingOrder), 1)
    assert len(down) >= 2 and len(up) >= 2, (down, up)
    assert down[0] > down[-1], f"▼ is widest at its top: {down}"
    assert up[0] < up[-1], f"▲ is widest at its foot: {up}"


def test_the_application_draws_its_sort_arrows_so(qapp):
    app = qapp  # (pytest-qt's: run first in a worker, no other test has made one yet)
    before = app.style().name()
    try:
        install_sort_arrows(app)
        assert isinstance(app.style(), SortArrowStyle)
        install_sort_arrows(app)  # once only
        assert not isinstance(app.style().baseStyle(), SortArrowStyle)
    finally:
        app.setStyle(before)


def test_the_template_dialog_names_a_pattern_as_the_row_does(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"开班式.txt": FIRST}, Settings()) as (window, lib):
        doc = lib.documents()[0]
        structure = MinedStructure("pattern", "坚持…", documents=3, count=3)
        example = SimpleNamespace(
            items=["坚持问题导向", "坚持系统观念"],
            name="",
            title=doc.title,
            doc_id=doc.id,
            paragraph=3,
        )
        seen: list = []

        def look():
            box = QApplication.activeModalWidget()
            if not isinstance(box, QInputDialog):
                QTimer.singleShot(50, look)
                return
            seen.append((box.labelText(), box.textValue()))
            box.reject()

        QTimer.singleShot(50, look)
        window.study.make_template(structure, example)
        qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
        label, name = seen[0]
        assert "“坚持××”" in label and "坚持…" not in label, label
        assert name.startswith("坚持××（"), name
