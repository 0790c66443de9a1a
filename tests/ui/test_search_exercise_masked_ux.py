"""检索 must not show the answers of a 提纲练习 being written (ux16 saw it, left it; ux17).

The reader and 并排对照 blanked the exercised text's headings, but a search gave them away:
every hit from that text showed its heading path (…｜一、做到“四勤”) and 「仅标题」 listed the
headings themselves. While the exercise runs, that text's hits lose their path and its heading
hits are left out, with a quiet note why; the other text's hits are untouched; leaving the
exercise shows them all again without searching again."""

from __future__ import annotations

from drafter.ui.models.search_results import SourceRole

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS

HEADING = "做到“四勤”"


def _search(window, qtbot, query, headings=False):
    search = window.search_panel
    search.headings_only.setChecked(headings)
    with qtbot.waitSignal(search.search_finished, timeout=WAIT_MS):
        search.search(query)
    return search


def _shown(search):
    model = search.model
    rows = range(model.rowCount())
    return [(model.index(r).data(SourceRole) or "") + "\n" + model.hit_at(r).text for r in rows]


def test_heading_only_hits_of_the_exercised_text_are_hidden(studied, qtbot):  # noqa: F811
    window, panel, library, _first = studied
    search = _search(window, qtbot, "四勤", headings=True)
    before = _shown(search)
    assert sum(HEADING in row and "青年干部" in row for row in before) == 1  # its heading
    assert any("全县" in row for row in before)  # the other text's heading
    panel.tabs.setCurrentWidget(panel.exercise)  # the trainee starts the exercise
    assert window.study.mode.masked
    during = _shown(search)
    assert not any("青年干部" in row for row in during), during
    assert any("全县" in row and HEADING in row for row in during)  # others untouched
    assert "提纲练习进行中" in search.status_label.text()
    assert "1 条标题结果未显示" in search.status_label.text()
    panel.tabs.setCurrentIndex(0)  # left: all shown again, no new search
    assert _shown(search) == before
    assert "提纲练习进行中" not in search.status_label.text()


def test_body_hits_of_the_exercised_text_lose_their_heading_path(studied, qtbot):  # noqa: F811
    window, panel, _library, _first = studied
    panel.tabs.setCurrentWidget(panel.exercise)
    assert window.study.mode.masked
    search = _search(window, qtbot, "基层")  # searched during the exercise
    during = _shown(search)
    ours = [row for row in during if "青年干部" in row]
    assert ours and all(HEADING not in row for row in ours), ours
    assert "多到基层走走" in ours[0]  # the paragraph itself is there to read
    theirs = [row for row in during if "全县" in row]
    assert theirs and HEADING in theirs[0]  # the other text keeps its path
    assert "1 条结果不显示所在标题" in search.status_label.text()


def test_only_headings_found_says_why_nothing_shows(studied, qtbot):  # noqa: F811
    window, panel, _library, _first = studied
    panel.tabs.setCurrentWidget(panel.exercise)
    search = _search(window, qtbot, "三个服务", headings=True)
    assert search.model.rowCount() == 0
    assert "所练文稿的标题" in search.empty_label.text()
    assert "提纲练习进行中" in search.status_label.text()
