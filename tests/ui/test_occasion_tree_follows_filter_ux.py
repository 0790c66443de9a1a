"""按场合浏览 counts what the table's filter and search let through: typing 全市 beside a
tree that said 全部文稿（3）, 培训会（2） left a table of two rows under counts of the whole
library. The header says the counts follow the filter; a kind with none left is greyed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.ui.study.occasion_tree import FILTERED_HEADER, HEADER

from .test_occasion_tree_count_ux import _imported_panel, _node


def _header(tree) -> str:
    return tree.headerItem().text(0)


def test_the_tree_counts_what_the_filter_lets_through(qtbot, tmp_path):
    panel, library = _imported_panel(
        qtbot,
        tmp_path,
        [
            "在全市青年干部培训会上的讲话",
            "在全县财务人员培训会上的讲话",
            "在全县先进集体表彰大会上的讲话",
        ],
    )
    tree = panel.occasion_tree
    assert tree.topLevelItem(0).text(0) == "全部文稿（3）"
    assert _node(tree, "培训会").text(0) == "培训会（2）" and _header(tree) == HEADER
    panel.filter_box.setText("全市")  # as typed (an input method commits the words)
    assert panel.proxy.rowCount() == 1
    assert tree.topLevelItem(0).text(0) == "全部文稿（1）"
    assert _node(tree, "培训会").text(0) == "培训会（1）"
    praise = _node(tree, "表彰会")
    assert praise.text(0) == "表彰会（0）"
    assert praise.foreground(0).color().name() == "#999999"  # none left: greyed, kept
    assert _header(tree) == FILTERED_HEADER
    # a node chosen under the filter: the table shows what both let through
    tree.setCurrentItem(_node(tree, "培训会"))
    assert panel.proxy.rowCount() == 1
    panel.filter_box.clear()
    assert _node(tree, "培训会").text(0) == "培训会（2）" and _header(tree) == HEADER
    assert _node(tree, "表彰会").data(0, Qt.ItemDataRole.ForegroundRole) is None
    assert panel.proxy.rowCount() == 2  # the node still chosen
    library.close()
