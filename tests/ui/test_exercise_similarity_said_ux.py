"""提纲练习's result said “已对照 5%” in the list of attempts, which reads as "5% of it was
compared", under a column headed 相近 with no word of what is measured; the sum of the
attempt stood only in the last row of the table, below the fold of a long outline at
1280×720. The walk's trainee had written 3 of 25 headings (one exactly) and saw 0%, 0%,
100%, 0% … and “5%”. Now the number is named 相近度 (as ``drafter notes`` says it), the header
explains it, and the line over the table says how many were written and how close they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def _type(box, text: str) -> None:
    box.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)  # as a Chinese input method commits it
    QApplication.sendEvent(box, event)


def test_the_comparison_names_and_sums_its_similarity(studied, qtbot):
    window, panel, _library, _first = studied
    panel.tabs.setCurrentWidget(panel.exercise)
    ex = panel.exercise
    _type(ex._boxes[0], "做到四勤")
    qtbot.mouseClick(ex.check_button, Qt.MouseButton.LeftButton)
    assert ex.stack.currentIndex() == 1
    header = ex.result.headerItem()
    assert header.text(2) == "相近度" and "原文标题" in header.toolTip(2)
    caption = ex.result_label.text()
    total = len(ex.rows)
    assert f"写了 1/{total} 个标题" in caption and "写了的平均" in caption
    labels = [ex.history.itemText(i) for i in range(ex.history.count())]
    done = next(t for t in labels if "已对照" in t)
    assert done.startswith("已对照，相近度") and f"%（写了 1/{total}）　" in done
    # the line leads with the figure the list shows for this attempt, and says it once
    # (it read 本次练习（… 已对照，相近度 3%（写了 2/8））　写了 2/8 个标题，平均相近度 13%…)
    figure = done.split("相近度 ")[1].split("%")[0]
    assert f"相近度 {figure}%" in caption
    assert caption.count("写了 1/") == 1 and "已对照" not in caption


def test_an_attempt_with_every_heading_written_says_only_its_similarity():
    from drafter.study.attempts import Attempt
    from drafter.study.exercise import Answer
    from drafter.ui.study.exercise_text import attempt_label

    answers = [
        Answer("一、", "提高认识", "提高认识", 1.0),
        Answer("二、", "狠抓落实", "抓落实", 0.8),
    ]
    when = "2026-12-06T12:46:00"
    done = Attempt(1, "d", None, answers, True, 0.9, when, when)
    assert attempt_label(done) == "已对照，相近度 90%　12-06 12:46"
    half = Attempt(
        2, "d", None, [answers[0], Answer("二、", "狠抓落实", "", 0.0)], True, 0.5, when, when
    )
    assert attempt_label(half) == "已对照，相近度 50%（写了 1/2）　12-06 12:46"
