"""并排对照 of two speeches without headings pairs their turns: each showed one
〔正文〕未分出标题 row (整顿党的作风 beside 反对党八股), the way each talk moves from point to
point nowhere in the aligned outline. Their stretches between transitions now stand under
that row pair by pair, with their 字数; a row takes both texts there, and 同步滚动 keeps
the two at the same turn."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.side_by_side import SideBySideWindow


def _talk(topic: str, turns: list[str]) -> str:
    lines = ["关于改进作风的讲话", "同志们：", f"今天召开会议，我想讲一讲{topic}的问题。"]
    lines.append("这个问题关系重大。" * 10)
    for turn in turns:
        lines += [turn, f"{topic}要抓紧抓实，不能放松。" * 12]
    lines.append("同志们，让我们共同努力，把作风建设不断推向前进！")
    return "\n".join(lines)


def test_two_texts_without_headings_face_turn_by_turn(qtbot):
    a = parse_text(_talk("学风", ["现在我来讲一讲学风问题。", "其次讲一讲文风问题。"]), "a.txt")
    b = parse_text(_talk("党风", ["现在我来讲一讲党风问题。"]), "b.txt")
    study_a, study_b = analyze(a), analyze(b)
    win = SideBySideWindow()
    qtbot.addWidget(win)
    win.resize(1200, 900)
    win.show_pair(a, study_a, b, study_b)
    tree = win.outline
    body = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "〔正文〕未分出标题"
    )
    rows = [(body.child(i).text(0), body.child(i).text(2)) for i in range(body.childCount())]
    assert rows == [
        ("〔正文开始〕至第一个过渡句", "〔正文开始〕至第一个过渡句"),
        ("〔转入新话题〕现在我来讲一讲学风问题。", "〔转入新话题〕现在我来讲一讲党风问题。"),
        ("〔转入新话题〕其次讲一讲文风问题。", "（无）"),
    ]
    turn = body.child(1)
    assert turn.text(1) and turn.text(3)  # each side's 字数
    at_a, at_b = turn.data(0, Qt.ItemDataRole.UserRole)
    assert a.paragraphs()[at_a].text.startswith("现在我来讲一讲学风")
    assert b.paragraphs()[at_b].text.startswith("现在我来讲一讲党风")
    assert (at_a, at_b) in win.anchors  # 同步滚动 pairs the two turns
