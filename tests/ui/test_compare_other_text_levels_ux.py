"""对照's aligned outline showed the other text's levels flat: the tree indents only its first
column, so in the 对照文 column 一、 and the 第一、… under it stood flush with each other, and a
trainee could not tell a part from its points at a glance (walking a 1,810-字 training speech
beside a 10,048-字 one). The 对照文 column is now indented by level as 本文 is."""

from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.compare import CompareView

from .waits import WAIT_MS


def _speech(place: str, marks: tuple[str, str, str]) -> str:
    lines = ["关于做好全年工作的讲话", "", "同志们：", "", f"今天召开{place}工作会议。", ""]
    for i, part in enumerate(("提高认识", "突出重点")):
        lines += [f"{'一二'[i]}、{part}", ""]
        for mark, sub in zip(marks, ("要加强学习", "要改进作风", "要强化担当")):
            lines += [f"{mark}{sub}。", "", f"{place}各单位要把这项工作做细做实。" * 4, ""]
    lines += ["同志们，让我们团结一心，奋力完成全年任务！", ""]
    return "\n".join(lines)


def _text_left(view: CompareView, item, column: int) -> int:
    index = view.indexFromItem(item, column)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    return option.rect.left()


def test_the_other_texts_points_stand_indented_under_their_part(qtbot):
    a = parse_text(_speech("全市", ("（一）", "（二）", "（三）")), "a.txt")
    b = parse_text(_speech("全县", ("第一、", "第二、", "第三、")), "b.txt")
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show_pair(a, analyze(a), b, analyze(b))
    view.show()
    qtbot.waitExposed(view, timeout=WAIT_MS)
    part = next(
        view.topLevelItem(i)
        for i in range(view.topLevelItemCount())
        if view.topLevelItem(i).text(2).startswith("一、")
    )
    point = part.child(0)
    assert point.text(2).startswith("第一、")
    # 本文: the tree indents the point; 对照文: now by the same step
    step = _text_left(view, point, 0) - _text_left(view, part, 0)
    assert step > 0
    assert _text_left(view, point, 2) - _text_left(view, part, 2) == step
