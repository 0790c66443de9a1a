"""The 结构 panel filtered by 场合 (or 文种, 年份) counts and exemplifies within the filter:
filtered by 开班式 over the real library it showed 两个阶段 as 11 篇 (its count over every
text, the library holding three 开班式 speeches) with 实践论 and 中国革命战争的战略问题 as its
examples, neither of them given at an opening ceremony."""

from __future__ import annotations

from dataclasses import replace

from drafter.study.mining import library_entries, mine_all, shown_examples
from drafter.study.occasions import occasion_kind
from drafter.ui.study.structures_panel import StructuresPanel

from .study_setup import FIRST, SECOND, library_of, top_row


def _mined(tmp_path):
    with library_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND}, "t") as library:
        return mine_all(library_entries(library), 2)


def test_within_counts_the_documents_of_the_filter_only(tmp_path):
    mined = _mined(tmp_path)
    four = next(f for f in mined.frames if f.label == "四勤")
    assert four.documents == 2
    kinds = {e.occasion for e in four.examples}
    assert kinds == {
        occasion_kind(None, FIRST.splitlines()[0]),
        occasion_kind(None, SECOND.splitlines()[0]),
    }
    assert len(kinds) == 2
    opening = occasion_kind(None, FIRST.splitlines()[0])
    only = four.within(occasion=opening)
    assert only.documents == 1 and only.count == 1 and only.listed == 1
    assert {e.title for e in only.examples} == {FIRST.splitlines()[0]}
    assert only.by_occasion == {opening: 1}
    assert four.within() is four
    assert four.within(occasion="致辞").documents == 0


def test_the_panel_filtered_by_occasion_shows_its_counts_and_examples(qtbot, tmp_path):
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    sp.resize(700, 600)
    sp.show()
    sp.set_mined(_mined(tmp_path))
    row = top_row(sp.table, "四勤")
    assert row.text(1) == "2" and "只计所选" not in sp.summary.text()
    opening = occasion_kind(None, FIRST.splitlines()[0])
    sp.occasion_box.setCurrentText(opening)
    row = top_row(sp.table, "四勤")
    assert row.text(1) == "1" and row.text(2) == "1"
    assert "只计所选文种、场合、年份" in sp.summary.text()
    sp.table.setCurrentItem(row)
    names = [sp.examples.topLevelItem(i).text(0) for i in range(sp.examples.topLevelItemCount())]
    assert names == [FIRST.splitlines()[0]]
    assert sp.template_button.isEnabled()  # its items are spelled out there


def test_views_show_at_most_eight_examples_listed_first(tmp_path):
    mined = _mined(tmp_path)
    four = next(f for f in mined.frames if f.label == "四勤")
    many = [replace(e) for e in (four.examples * 6)[:12]]
    shown = shown_examples(many)
    assert len(shown) == 8 and all(e.items for e in shown)
