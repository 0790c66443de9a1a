"""Dragging a blanked search hit into the draft during a 提纲练习 (ux17 saw it, left it; ux18).

The exercised text's paragraphs that spell a heading out show with ＿＿ in 检索; dragged onto the
draft they put the blanks there, and carrying their real words instead would name the heading
being practised. Now such a hit stays out of the draft, drag or 插入, with a quiet status
line; the text's other paragraphs go as they read (no heading path), other texts' hits as
always, and once the exercise ends the blanked one goes whole."""

from __future__ import annotations

from drafter.study.exercise.mask import MASK
from drafter.ui.mime import hits_from_mime

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def _search(window, qtbot, query):
    search = window.search_panel
    with qtbot.waitSignal(search.search_finished, timeout=WAIT_MS):
        search.search(query)
    return search


def _row(search, words):
    model = search.model
    return next(r for r in range(model.rowCount()) if words in model.hit_at(r).text)


def test_a_blanked_hit_stays_out_of_the_draft(studied, qtbot):  # noqa: F811
    window, panel, _library, _first = studied
    panel.tabs.setCurrentWidget(panel.exercise)
    assert window.study.mode.masked
    search = _search(window, qtbot, "落到实处")
    said: list[str] = []
    search.status_message.connect(said.append)
    model = search.model
    row = _row(search, "落到实处")
    assert MASK in model.hit_at(row).text  # 要把“＿＿＿＿”落到实处: it spells 三个服务 out
    assert model.mimeData([model.index(row)]) is None  # no drag at all
    assert said and "未放入草稿" in said[-1] and "三个服务" not in said[-1]

    inserted: list[dict] = []
    search.insert_requested.connect(inserted.append)
    search.results.setCurrentIndex(model.index(row))
    search.insert_current()
    assert inserted == []  # 插入 holds it back the same way

    # the text's other paragraphs and other texts' hits go as always
    search = _search(window, qtbot, "基层")
    rows = range(search.model.rowCount())
    hits = hits_from_mime(search.model.mimeData([search.model.index(r) for r in rows]))
    assert len(hits) == search.model.rowCount() >= 2
    ours = next(h for h in hits if "多到基层走走" in h["text"])
    assert ours["section"] == [] and MASK not in ours["text"]

    panel.tabs.setCurrentIndex(0)  # the exercise ended: the paragraph goes whole
    search = _search(window, qtbot, "落到实处")
    row = _row(search, "落到实处")
    hits = hits_from_mime(search.model.mimeData([search.model.index(row)]))
    assert hits and "三个服务" in hits[0]["text"]
