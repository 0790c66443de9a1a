"""The 结构 panel lists structures used in at least 最少出现篇数 documents, a control the
user sees and sets (default 2), kept in the settings. Walking the app, the panel silently
left out every structure only one document used, and nothing offered a way to see them."""

from __future__ import annotations

from drafter.settings import Settings

from .study_setup import FIRST, SECOND, mine_in_window, window_with


def _labels(sp) -> list[str]:
    return [sp.table.topLevelItem(i).text(0) for i in range(sp.table.topLevelItemCount())]


def test_min_documents_is_a_visible_setting_that_filters_at_once(make_window, qtbot, tmp_path):
    texts = {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND}
    with window_with(make_window, tmp_path, texts) as (window, _library):
        sp = mine_in_window(window, qtbot)
        assert sp.min_box.isVisible() and sp.min_label.text() == "最少出现篇数"
        assert sp.min_box.value() == 2
        assert "四勤" in _labels(sp) and "三个服务" not in _labels(sp)  # one speech's own
        assert "至少 2 篇用过的数字概括" in sp.summary.text()
        sp.min_box.setValue(1)  # no mining again: the table follows at once
        assert "四勤" in _labels(sp) and "三个服务" in _labels(sp)
        assert "至少 1 篇用过的数字概括" in sp.summary.text()
        assert window.settings.structures_min_documents == 1
        assert Settings.load(tmp_path / "settings.toml").structures_min_documents == 1
        sp.min_box.setValue(3)
        assert _labels(sp) == [] and "数字概括 0 个" in sp.summary.text()


def test_the_panel_starts_with_the_kept_value(make_window, qtbot, tmp_path):
    window = make_window(Settings(structures_min_documents=1))
    assert window.study.structures.min_box.value() == 1
    # a value the file cannot mean (0) shows as the least the box takes
    other = make_window(Settings(structures_min_documents=0))
    assert other.study.structures.min_box.value() == 1
