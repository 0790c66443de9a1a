"""Frames spelled out in one text are told apart by colour: the palette went round all
frames, the ones only mentioned (grey) included, so in the office-work seed 三个方面 and
两个极端 — two of its five spelled-out frames — came out in the same colour (the trainee
walk). The palette now goes round the spelled-out frames only."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.study_marks import FRAME_COLOURS
from drafter.ui.study.study_page import StudyPage

# two spelled-out frames with seven only mentioned between them
TEXT = """在全县干部大会上的讲话
同志们：
今天召开这次会议，主要任务是部署全年工作。下面，我讲三点意见。
一、做到“四勤”
一是腿勤。多到基层走走。二是口勤。多向群众请教。三是手勤。勤记笔记。四是眼勤。多看多想。
二、增强“四个意识”，坚定“四个自信”，做到“两个维护”
要深入开展“三严三实”和“两学一做”，落实“八项规定”，反对“四风”。
三、坚持“三个服务”
“三个服务”就是服务领导、服务基层、服务群众。
同志们，让我们共同努力！
"""


def _colour_on(view, paragraph: int, start: int) -> str:
    """The background the page paints on the character at ``start`` of ``paragraph``."""
    a, _b = view.doc_ranges(paragraph, start, start + 1)[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(a + 1)
    return cursor.charFormat().background().color().name()


def test_the_spelled_out_frames_of_a_text_have_colours_of_their_own(qtbot):
    doc = parse_text(TEXT, "/tmp/干部大会.txt")
    study = analyze(doc, rate=220)
    listed = [(k, f) for k, f in enumerate(study.frames) if f.listed]
    assert {f.phrase for _k, f in listed} >= {"四勤", "三个服务"}
    assert len(listed) <= len(FRAME_COLOURS)
    assert len(study.frames) > len(FRAME_COLOURS)  # enough mentioned ones to go round
    page = StudyPage()
    qtbot.addWidget(page)
    page.show_study(doc, study, [])
    shown = {f.phrase: _colour_on(page.text, f.span.paragraph, f.span.start) for _k, f in listed}
    assert len(set(shown.values())) == len(shown), shown
    # the items too: 四勤's and 三个服务's lighter tones differ
    frames = {f.phrase: f for _k, f in listed}
    first_items = {
        name: _colour_on(
            page.text, frames[name].item_spans[0].paragraph, frames[name].item_spans[0].start
        )
        for name in ("四勤", "三个服务")
    }
    assert first_items["四勤"] != first_items["三个服务"], first_items
