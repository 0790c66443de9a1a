"""要点 › 并列标题框架 lists the parallel headings under their shared frame (坚持…), but a
click on one of them did nothing, while every other entry of the list (a frame, a roadmap
sentence, a transition, the frame's own row) goes to its place: the walk clicked
“第五、调查研究是办公室的智力服务…” and the text stayed where it was. Each heading now goes
to its own place in the annotated text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.settings import Settings

from .study_setup import open_and_study, window_with
from .waits import WAIT_MS

BODY = "要把这项工作放在突出位置，认真研究，狠抓落实，确保取得实效。" * 12

TEXT = (
    "在全县党建工作会议上的讲话\n同志们：\n今天召开这次会议，我讲三点意见。\n"
    f"一、坚持政治引领\n{BODY}\n{BODY}\n"
    f"二、坚持问题导向\n{BODY}\n{BODY}\n"
    f"三、坚持从严治党\n{BODY}\n{BODY}\n"
    "同志们，让我们共同努力！\n"
)


def test_a_parallel_heading_in_the_points_list_goes_to_its_place(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"党建讲话.txt": TEXT}, Settings()) as (
        window,
        library,
    ):
        window.resize(1280, 720)
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        mode = window.study.mode
        points, text = mode.points, mode.page.text
        study = panel.study
        assert study.siblings, "the three 坚持… headings make a parallel frame"
        frame = study.siblings[0]
        top = next(
            points.topLevelItem(i)
            for i in range(points.topLevelItemCount())
            if points.topLevelItem(i).text(0).startswith("并列标题框架")
        )
        top.setExpanded(True)
        group = top.child(0)
        group.setExpanded(True)
        third = group.child(2)
        assert "从严治党" in third.text(0)
        bar = text.verticalScrollBar()
        bar.setValue(0)
        points.scrollToItem(third)
        qtbot.mouseClick(
            points.viewport(),
            Qt.MouseButton.LeftButton,
            pos=points.visualItemRect(third).center(),
        )
        heading = frame.headings[2]
        block = text.document().findBlockByNumber(text.block_of(heading))
        assert "从严治党" in block.text()
        top_of_block = text.document().documentLayout().blockBoundingRect(block).top()
        qtbot.waitUntil(lambda: bar.value() > 0, timeout=WAIT_MS)
        assert abs(bar.value() - (top_of_block - 8)) <= 2 or bar.value() == bar.maximum()
