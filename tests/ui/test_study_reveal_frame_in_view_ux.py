"""A frame chosen in the list comes into view with room below it: the trainee walk found the
frame phrase brought in on the last line of the text, its items (which follow it) out of
sight. The chosen phrase now stands in the upper part of the view."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.study_page import StudyPage

from .waits import WAIT_MS

FILLER = "办公室工作千头万绪，每一件事都关系全局，每一个环节都不能马虎，大家要有清醒的头脑。"
TEXT = (
    "在全县办公室主任会议上的讲话\n同志们：\n"
    + "".join(f"{FILLER * 4}\n" for _ in range(30))
    + "全县办公室系统要做好“三个服务”：一是服务领导，当好参谋；二是服务基层，"
    "排忧解难；三是服务群众，办好实事。\n"
    + "".join(f"{FILLER * 4}\n" for _ in range(10))
    + "同志们，让我们共同努力！\n"
)


def test_a_frame_chosen_in_the_list_stands_in_the_upper_part(qtbot):
    doc = parse_text(TEXT, "/tmp/办公室主任会议.txt")
    study = analyze(doc, rate=220)
    k = next(k for k, f in enumerate(study.frames) if "三个服务" in f.phrase and f.listed)
    page = StudyPage()
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitExposed(page, timeout=WAIT_MS)
    page.show_study(doc, study, [])
    view = page.text
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    view.verticalScrollBar().setValue(0)  # reading from the top, as a trainee starts
    view.select_frame(k, reveal=True)
    height = view.viewport().height()
    line = view.cursorRect()
    assert view.verticalScrollBar().value() > 0, "the view did not go to the frame"
    assert 0 <= line.top() <= height * 0.5, (line.top(), height)
    # the last item, later in the same paragraph, is on screen too
    span = study.frames[k].item_spans[-1]
    a, _b = view.doc_ranges(span.paragraph, span.start, span.end)[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    assert view.cursorRect(cursor).bottom() <= height, "the items are out of sight"
