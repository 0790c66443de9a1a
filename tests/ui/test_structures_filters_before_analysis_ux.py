"""The 结构 panel before its first analysis. Walking the trainee's path (1600×1000 and
1280×720), the 文种, 场合 and 年份 filters stood empty yet clickable, offering nothing, and
while the analysis ran the line above the table still said 点“分析资料库”…."""

from __future__ import annotations

from .study_setup import FIRST, SECOND, window_with
from .waits import WAIT_MS

TEXTS = {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND}


def test_filters_read_all_and_wait_until_there_is_something_to_filter(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, TEXTS) as (window, _library):
        sp = window.study.structures
        filters = (sp.genre_box, sp.occasion_box, sp.year_box)
        assert [b.currentText() for b in filters] == ["全部"] * 3
        assert not any(b.isEnabled() for b in filters)
        assert sp.summary.text().startswith("点“分析资料库”")
        window.structures_action.trigger()  # opened: mined at once (ux88), said at once
        qtbot.waitUntil(lambda: sp.mining or sp.mined is not None, timeout=WAIT_MS)
        assert sp.mined is not None or "正在分析" in sp.summary.text()
        qtbot.waitUntil(lambda: sp.mined is not None, timeout=WAIT_MS)
        assert all(b.isEnabled() for b in filters)
        assert [b.currentText() for b in filters] == ["全部"] * 3
        assert sp.occasion_box.count() > 1  # the kinds of occasion mined, to pick from
        assert sp.summary.text().startswith("分析了 2 篇")
        # another library: its structures are unknown again, and the filters say so
        window.study.set_library(None)
        assert [b.currentText() for b in filters] == ["全部"] * 3
        assert not any(b.isEnabled() for b in filters)
        assert sp.summary.text().startswith("点“分析资料库”")
