"""The 学习 tab's summary said "数字概括 8 个展开、0 个只提及" for 整顿党的作风: the zero told
nothing and took the line's room. A text that mentions no frame without spelling it out now
reads "数字概括 N 个展开"; one that does still says how many."""

from __future__ import annotations

from drafter.ui.study.unbroken import plain

from .study_setup import open_and_study, window_with
from .waits import WAIT_MS

PLAIN = """在全市工作会议上的讲话
同志们：
今天召开会议。下面，我讲两点意见。
一、提高认识
要把工作做细做实。
二、狠抓落实
要把任务分解到人。
同志们，让我们共同努力！
"""
MENTIONS = PLAIN.replace("要把工作做细做实。", "要把“三个服务”做细做实。")


def test_no_zero_count_of_mentioned_frames(make_window, qtbot, tmp_path):
    texts = {"plain.txt": PLAIN, "mentions.txt": MENTIONS.replace("全市", "全县")}
    with window_with(make_window, tmp_path, texts) as (window, library):
        by_title = {d.title: d.id for d in library.documents()}
        panel = open_and_study(window, by_title["在全市工作会议上的讲话"], qtbot)
        text = plain(panel.title_label.text())
        assert "数字概括 1 个展开" in text and "只提及" not in text
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            window.reader_panel.open_document(by_title["在全县工作会议上的讲话"])
        assert "、1 个只提及" in plain(panel.title_label.text())
