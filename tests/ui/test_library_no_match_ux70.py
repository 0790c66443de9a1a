"""A blank library table over a library that has documents says which filters emptied it,
with 清除筛选: ux68's walk typed a filter while the 按场合浏览 tree had 座谈会（0）chosen and
saw 0 rows with nothing said."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.ui.panels.library_no_match import no_match_text
from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import FakeLibrary, write_corpus
from .waits import WAIT_MS


def test_the_words_name_every_filter_in_force():
    assert no_match_text("座谈会", "改革") == "按场合“座谈会”、筛选“改革”：0 篇"
    assert no_match_text(text=" 改革 ") == "筛选“改革”：0 篇"
    assert no_match_text(genre="讲话", year="2020") == "体裁“讲话”、年份 2020：0 篇"


def test_an_emptied_table_says_why_and_clears(qtbot, tmp_path):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    write_corpus(tmp_path / "c", 3)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.set_library(FakeLibrary(tmp_path / "lib"))
        panel.import_paths([tmp_path / "c"])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
    assert not panel.no_match.isVisible()
    root = panel.occasion_tree.topLevelItem(0)
    kind = root.child(0)
    panel.occasion_tree.setCurrentItem(kind)
    name = panel.occasion_tree.chosen_path()
    assert name and panel.proxy.rowCount() > 0
    panel.filter_box.setText("没有这样的标题")
    assert panel.proxy.rowCount() == 0
    assert panel.no_match.isVisible()
    assert panel.no_match.label.text() == f"按场合“{name}”、筛选“没有这样的标题”：0 篇"
    qtbot.mouseClick(panel.no_match.clear_button, Qt.MouseButton.LeftButton)
    assert panel.filter_box.text() == "" and panel.occasion_tree.currentItem() is root
    assert panel.proxy.rowCount() == 3 and not panel.no_match.isVisible()
