"""按场合浏览: choosing a kind showed its two texts while the footer still said 共 15 篇 (the
count ignored the tree), and a text of that kind imported meanwhile stayed out of the table
(the rebuilt tree kept the node but the table its old list). Now the footer says 显示 2 / 3
篇 and the table follows the node."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS

TEXT = """{title}
同志们：
今天召开会议，主要是部署工作。
一、提高认识
要抓好落实。
二、明确任务
要抓好落实。
"""


def _write(folder, name, title):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(TEXT.format(title=title), encoding="utf-8")


def _node(tree, start):
    root = tree.topLevelItem(0)
    return next(
        root.child(i) for i in range(root.childCount()) if root.child(i).text(0).startswith(start)
    )


def _imported_panel(qtbot, tmp_path, titles):
    """A library panel on a new library into which one text of each title was imported
    (a.txt, b.txt, …): the setting of the occasion tree's tests. Returns (panel, library)."""
    folder = tmp_path / "texts"
    for i, title in enumerate(titles):
        _write(folder, f"{chr(ord('a') + i)}.txt", title)
    library = Library.open(tmp_path / "lib")
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_library(library)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([folder])
    return panel, library


def test_the_footer_and_the_table_follow_the_chosen_kind(qtbot, tmp_path):
    panel, library = _imported_panel(
        qtbot,
        tmp_path,
        [
            "在全市青年干部培训会上的讲话",
            "在全县财务人员培训会上的讲话",
            "在全市先进集体表彰大会上的讲话",
        ],
    )
    tree = panel.occasion_tree
    tree.setCurrentItem(_node(tree, "培训会"))
    assert panel.proxy.rowCount() == 2
    assert panel.count_label.text() == "显示 2 / 3 篇"
    more = tmp_path / "more"
    _write(more, "d.txt", "在全区安全生产培训会上的讲话")
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([more])
    assert tree.currentItem().text(0).startswith("培训会（3）")
    assert panel.proxy.rowCount() == 3
    assert panel.count_label.text() == "显示 3 / 4 篇"
    titles = {panel.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(3)}
    assert any("安全生产培训会" in t for t in titles)
    tree.setCurrentItem(tree.topLevelItem(0))
    assert panel.count_label.text().startswith("共 4 篇")
    library.close()


def test_a_kind_opened_on_one_level_opens_it_to_the_years(qtbot, tmp_path):
    """A kind with a single level (most kinds of a real library have only 未注明层级) opened
    on that level alone, one more click before its years (ux53's walk, 培训会)."""
    panel, library = _imported_panel(
        qtbot, tmp_path, ["在全市青年干部培训会上的讲话", "在全市财务人员培训会上的讲话"]
    )
    try:
        tree = panel.occasion_tree
        kind = _node(tree, "培训会")
        assert kind.childCount() == 1
        tree.show()
        tree.expandItem(kind)  # as a click on its arrow does
        level = kind.child(0)
        assert level.isExpanded() and level.childCount() >= 1
        years = tree.visualItemRect(level.child(0))
        assert years.isValid() and years.height() > 0  # the years in sight
    finally:
        library.close()
