"""提纲练习 on a text in which no heading was found (a leader's essay in one flow, as many of
the real speeches are): the tab said nothing, showed a blank form and a dead 对照原文 button.
Now it says why there is nothing to write and what the trainee can do."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.ui.study.exercise import OutlineExercise

FLOW = """在全市青年干部座谈会上的讲话
同志们：
今天和大家座谈，主要是听听大家的想法。青年干部是事业的未来，要在实践中增长才干。
希望大家多到基层去，多向群众学习，在吃劲岗位上经受锻炼。
让我们共同努力，为全市发展贡献青春力量！
"""

PARTS = """在全市青年干部座谈会上的讲话
同志们：
今天和大家座谈，我讲两点意见。
一、加强学习
要多读书。
二、勇于实践
要多下基层。
"""


def test_no_headings_says_why_and_offers_nothing_dead(qtbot):
    exercise = OutlineExercise()
    qtbot.addWidget(exercise)
    exercise.set_document(parse_text(FLOW, "/tmp/座谈.txt"), "", "座谈")
    assert exercise.rows == []
    text = exercise.intro.text()
    assert "没有识别出小标题" in text and "更正结构" in text
    assert "隐去了原文的各级标题" not in text  # not the intro of an exercise that is not there
    assert not exercise.new_button.isEnabled()
    assert not exercise.check_button.isEnabled()
    # a text with parts gets the exercise and its intro back
    exercise.set_document(parse_text(PARTS, "/tmp/座谈2.txt"), "", "座谈")
    assert len(exercise.rows) == 2
    assert "隐去了原文的各级标题" in exercise.intro.text()
    assert exercise.new_button.isEnabled() and exercise.check_button.isEnabled()
