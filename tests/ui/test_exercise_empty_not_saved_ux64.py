"""提纲练习: 对照原文 with nothing written kept an empty attempt in 我的练习
("相近度 0%（写了 0/20）", ux64's walk). The originals are still shown, the trainee is told
plainly that nothing was written, and no attempt is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .test_exercise_similarity_said_ux import _type


def test_nothing_written_shows_the_originals_and_keeps_no_attempt(studied, qtbot):
    window, panel, _library, first = studied
    panel.tabs.setCurrentWidget(panel.exercise)
    ex = panel.exercise
    assert not any(ex.answers())
    qtbot.mouseClick(ex.check_button, Qt.MouseButton.LeftButton)
    assert ex.stack.currentIndex() == 1, "the originals are shown all the same"
    originals = [ex.result.topLevelItem(i).text(1) for i in range(ex.result.topLevelItemCount())]
    assert any(row.original in text for row in ex.rows for text in originals)
    caption = ex.result_label.text()
    assert "还没有写任何标题" in caption and "不记入" in caption
    assert ex._attempts().for_document(first.id) == []
    labels = [ex.history.itemText(i) for i in range(ex.history.count())]
    assert not any("已对照" in t for t in labels), labels
    # a real attempt afterwards is kept as before
    qtbot.mouseClick(ex.new_button, Qt.MouseButton.LeftButton)
    _type(ex._boxes[0], "做到四勤")
    qtbot.mouseClick(ex.check_button, Qt.MouseButton.LeftButton)
    kept = ex._attempts().for_document(first.id)
    assert len(kept) == 1 and kept[0].revealed
