"""``drafter study`` lists the frames only mentioned one a line with their paragraph, as the
listed ones. Walking ten real 范文 (session 52), the line 只提及未展开（N 个）：…joined the
phrases with 、 while a phrase may hold 、 itself (八个坚持、八个反对): a trainee counted more
phrases than N."""

from __future__ import annotations

from drafter.commands.study import render
from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

TEXT = (
    "在全市作风建设会议上的讲话\n同志们：\n今天我讲两个问题。\n一、认真学习\n"
    "我们要牢记八个坚持，把作风建设抓在日常。各级干部要带头学习，把学习的成果转化为工作的动力。\n"
    "二、抓好落实\n要坚持三个结合，把工作做实做细。\n"
    "同志们，让我们共同努力，把各项工作做得更好！\n"
)


def test_mentioned_frames_one_a_line_so_the_count_reads_right():
    study = analyze(parse_text(TEXT))
    mentioned = study.mentioned_frames
    assert [f.phrase for f in mentioned] == ["八个坚持", "三个结合"]
    # a phrase that holds 、 itself, as a real text's 八个坚持、八个反对
    mentioned[0].phrase = "八个坚持、八个反对"
    study.frames = [f for f in study.frames if f.listed] + mentioned
    lines = render(study).splitlines()
    head = lines.index("只提及未展开（2 个）")
    assert lines[head + 1 : head + 3] == [
        "  八个坚持、八个反对（第 4 段）",
        "  三个结合（第 6 段）",
    ]
    assert lines[head + 3] == ""
