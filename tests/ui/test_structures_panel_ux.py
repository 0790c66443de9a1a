"""The 结构 panel as a user reads it: counts that do not crowd out the example, documents
named by their titles (an untitled text by its first words, never its file path), and a
template listed in the gallery under the name the user typed for it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.study.mining import library_entries, mine_all
from drafter.ui.study.structures_panel import StructuresPanel

from .study_setup import FIRST, SECOND, library_of, mine_in_window, top_row
from .waits import WAIT_MS

# the same speech without its title line: the library names it by its first words
UNTITLED = SECOND.split("\n", 1)[1]


def _mined(tmp_path):
    with library_of(tmp_path, {"a.txt": FIRST, "b.txt": UNTITLED}, "t") as library:
        return mine_all(library_entries(library), 2)


def _shown(qtbot, tmp_path, width: int) -> StructuresPanel:
    """The 结构 panel on its own, ``width`` wide, showing the two speeches mined."""
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    sp.resize(width, 600)
    sp.show()
    sp.set_mined(_mined(tmp_path))
    return sp


def test_examples_are_named_by_title_never_by_path(qtbot, tmp_path):
    sp = _shown(qtbot, tmp_path, width=700)
    sp.table.setCurrentItem(top_row(sp.table, "四勤"))
    names = [sp.examples.topLevelItem(i).text(0) for i in range(sp.examples.topLevelItemCount())]
    assert len(names) == 2
    assert not any(str(tmp_path) in n or n.endswith(".txt") for n in names), names
    assert any(n.startswith("在全市青年干部培训班") for n in names)
    # the document column is wide enough to tell the titles apart
    assert sp.examples.columnWidth(0) >= sp.fontMetrics().horizontalAdvance("在全市青年干部培训班")


def test_counts_leave_the_room_to_the_example(qtbot, tmp_path):
    sp = _shown(qtbot, tmp_path, width=470)
    header = sp.table.header()
    digits = sp.fontMetrics().horizontalAdvance("展开") * 3
    for col in (1, 2, 3):
        assert header.sectionSize(col) < digits
    assert header.sectionSize(4) > header.sectionSize(1) * 2


def test_counts_are_as_narrow_as_their_figures_in_the_study_dock(qtbot, tmp_path):
    """In the 学习 dock at 1280×720 (~390 px) the three counts took ~55 px each, Qt's fit
    giving every one the sort arrow's room and a two-character heading's: the pattern and the
    example were cut. Now one-character headings (named whole in their tooltips) and the
    arrow's room on the sorted column only."""
    sp = _shown(qtbot, tmp_path, width=390)
    header, fm = sp.table.header(), sp.table.fontMetrics()
    counts = [header.sectionSize(c) for c in (1, 2, 3)]
    assert sum(counts) <= 4 * fm.horizontalAdvance("展开"), counts
    sorted_by = header.sortIndicatorSection()
    assert sorted_by == 1
    # the sorted column keeps room for its arrow beside 篇; the others are narrower
    assert header.sectionSize(1) > header.sectionSize(2)
    for col in (1, 2, 3):
        assert header.sectionSize(col) >= fm.horizontalAdvance(sp.table.headerItem().text(col))
        assert sp.table.headerItem().toolTip(col)
    # the structure's name is shown whole beside them
    widest = max(
        fm.horizontalAdvance(sp.table.topLevelItem(i).text(0))
        for i in range(sp.table.topLevelItemCount())
    )
    assert header.sectionSize(0) >= widest
    # sorted by another count, the arrow's room moves with it
    sp.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert header.sectionSize(2) > header.sectionSize(1)


def test_template_is_listed_under_the_name_typed(studied, qtbot, monkeypatch):
    window, _panel, _library, _first = studied
    sp = mine_in_window(window, qtbot)
    sp.table.setCurrentItem(top_row(sp.table, "四勤"))
    offered = []

    def answer(_parent, _title, _lead, _label, text=""):
        offered.append(text)
        return "四勤：腿口手眼", True

    monkeypatch.setattr("drafter.ui.study.template_from_structure.ask_name", answer)
    sp.template_button.click()
    assert offered == ["四勤（4项）"]
    target = window.user_template_dir() / "四勤：腿口手眼.j2"
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    gallery = window.gallery
    qtbot.waitUntil(lambda: gallery.current_name() == "四勤：腿口手眼", timeout=WAIT_MS)
    info = next(t for t in gallery.template_infos() if t.name == "四勤：腿口手眼")
    assert info.title == "四勤：腿口手眼"
    # a structure is for a new speech: the form does not offer the example's title
    assert gallery.form.editor("title").text() == ""
    assert gallery.form.editor("occasion").text() == ""


def test_no_empty_listed_column_beside_heading_patterns(qtbot, tmp_path):
    """展开 counts a frame's listed uses; beside 并列标题框架 it stood empty on every row."""
    sp = _shown(qtbot, tmp_path, width=700)
    assert not sp.table.isColumnHidden(3)
    sp.kind_box.setCurrentText("并列标题框架")
    assert sp.table.isColumnHidden(3)
    sp.kind_box.setCurrentText("数字概括")
    assert not sp.table.isColumnHidden(3)
