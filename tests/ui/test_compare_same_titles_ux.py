"""学习 › 对照: two texts the library names alike are told apart in the list by their date and
speaker (ux27's walk: two rows read 政府工作报告, two more 现在，我代表国务院，向大会报告政府
工作…, and the trainee could not tell which report was which); typing the shared name asks
for a choice instead of comparing with whichever came first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from drafter.settings import Settings

from .study_setup import FIRST, open_and_study, window_with

REPORT = """政府工作报告
——{date}在市第十届人民代表大会第三次会议上
市长　{who}
各位代表：
现在，我代表市人民政府，向大会报告政府工作，请予审议。
一、过去一年工作回顾
过去一年，全市经济稳中有进。
二、今年工作安排
今年要抓好三件事。
各位代表，让我们携手奋进！
"""


def test_same_named_reports_are_told_apart_and_typing_the_name_asks(make_window, qtbot, tmp_path):
    texts = {
        "开班式讲话.txt": FIRST,
        "报告甲.txt": REPORT.format(date="2024年1月10日", who="张明"),
        "报告乙.txt": REPORT.format(date="2025年1月12日", who="李华"),
    }
    with window_with(make_window, tmp_path, texts, Settings()) as (window, library):
        first = next(d for d in library.documents() if "青年" in (d.title or ""))
        panel = open_and_study(window, first.id, qtbot)
        box = panel.compare_box
        reports = [d for d in library.documents() if d.title == "政府工作报告"]
        assert len(reports) == 2
        names = [box.itemText(box.findData(d.id)) for d in reports]
        assert len(set(names)) == 2, names
        for name, info in zip(names, reports):
            assert name.startswith("政府工作报告（") and info.date in name and info.speaker in name
        # the unique title keeps its plain name
        assert box.itemText(box.findData(first.id)) == first.title

        messages = []
        panel.status_message.connect(messages.append)
        box.lineEdit().setText("政府工作报告")
        QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)
        assert any("2 篇" in m for m in messages), messages
        assert panel.side_by_side is None or not panel.side_by_side.isVisible()
