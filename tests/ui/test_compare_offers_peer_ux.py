"""对照 offered the library's first document beside whatever was studied (a 政府工作报告
beside a training-course speech), so every comparison began with a search. It now offers
the studied text's closest peer, and a text the user picked stays picked from text to text."""

from __future__ import annotations

from .study_setup import FIRST, SECOND, open_and_study, window_with
from .waits import WAIT_MS

REPORT = """政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、过去一年工作回顾
经济运行稳中向好。
二、今年主要任务
要抓好项目建设。
"""
TRAINING = FIRST.replace("青年干部培训班开班式", "新任科级干部培训班开班式")


def test_the_closest_peer_is_offered_and_a_users_pick_is_kept(make_window, qtbot, tmp_path):
    texts = {
        "0报告.txt": REPORT,
        "开班式讲话.txt": FIRST,
        "会议讲话.txt": SECOND,
        "科级开班式.txt": TRAINING,
    }
    with window_with(make_window, tmp_path, texts) as (window, library):
        by_title = {d.title: d.id for d in library.documents()}
        youth = by_title["在全市青年干部培训班开班式上的讲话"]
        panel = open_and_study(window, youth, qtbot)
        box = panel.compare_box
        assert box.currentData() == by_title["在全市新任科级干部培训班开班式上的讲话"]
        report = box.findData(by_title["政府工作报告"])
        box.setCurrentIndex(report)
        box.activated.emit(report)  # the user picks it from the list
        county = by_title["在全县办公室主任会议上的讲话"]
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            window.reader_panel.open_document(county)
        assert box.currentData() == by_title["政府工作报告"]
