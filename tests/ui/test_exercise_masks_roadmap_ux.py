"""提纲练习 must not leave the answers in the text: the roadmap's parts are blanked too.

Walked in the app: the exercise hid the headings, but the opening still read 下面，我讲三点意见：
一是…，二是…，三是…, spelling out every heading the trainee was asked to find, and the closing
summed them up again. While the exercise is written the reader blanks the parts (the count,
三点意见, stays: a fair hint) and so do the hints under the boxes; 对照原文 brings them back."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from .study_setup import open_and_study, window_with

SPEECH = """在全县机关作风建设会议上的讲话
同志们：
今天召开这次会议，主要任务是部署作风建设。下面，我讲三点意见：一是强化责任担当，二是改进工作方法，三是严守纪律规矩。
一、强化责任担当
强化责任担当，是作风建设的首要一条。各单位要把任务分解到人。
二、改进工作方法
要多到基层调研，把情况摸清摸透。
三、严守纪律规矩
纪律是带电的高压线，任何人不能触碰。
同志们，只要我们强化责任担当、改进工作方法、严守纪律规矩，作风建设就一定能见到实效！
"""

PARTS = ("强化责任担当", "改进工作方法", "严守纪律规矩")


def test_the_roadmap_parts_are_hidden_until_compared(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"作风建设讲话.txt": SPEECH}) as (window, library):
        doc = next(iter(library.documents()))
        panel = open_and_study(window, doc.id, qtbot)
        mode, ex = window.study.mode, panel.exercise
        panel.tabs.setCurrentWidget(ex)  # the trainee opens the exercise
        assert mode.masked
        shown = mode.page.text.toPlainText()
        assert "下面，我讲三点意见：一是＿＿＿＿＿＿，二是＿＿＿＿＿＿，三是＿＿＿＿＿＿。" in shown
        assert "只要我们＿＿＿＿＿＿、＿＿＿＿＿＿、＿＿＿＿＿＿，作风建设" in shown
        for part in PARTS:
            assert part not in shown, part
        assert "纪律是带电的高压线" in shown  # the rest of the text is there to read
        # the hint under the first box no longer opens with the heading it asks for
        assert ex.rows[0].hint.startswith("＿＿＿＿＿＿，是作风建设的首要一条")
        assert not any(part in row.hint for row in ex.rows for part in PARTS)

        for box, mine in zip(ex._boxes, ("担当责任", "改进方法", "守纪律")):
            box.setFocus()  # typed as a Chinese input method commits it
            event = QInputMethodEvent("", [])
            event.setCommitString(mine)
            QApplication.sendEvent(box, event)
        assert ex.answers() == ["担当责任", "改进方法", "守纪律"]
        ex.check_button.click()  # 对照原文
        assert not mode.masked
        shown = mode.page.text.toPlainText()
        assert "一是强化责任担当，二是改进工作方法，三是严守纪律规矩" in shown
        assert "＿＿" not in shown
        originals = [ex.answer_item(n).text(1) for n in range(len(PARTS))]
        assert originals == [f"{m}、{p}" for m, p in zip("一二三", PARTS)]
