"""并排对照's aligned outline gets the room its rows need. Walking two real-sized speeches
side by side at 1600x1000 (three parts, three sub-headings each, an opening and a closing),
the outline above the texts held a fixed quarter of the window: seven of its fourteen rows,
the skeleton the window is there to show, sat behind a scroll bar while each text had
thirty lines. It now gets the height of its rows, between a quarter and 40% of the window."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.side_by_side import SideBySideWindow

from .waits import WAIT_MS


def _speech(place: str) -> str:
    parts = [
        "关于做好全年工作的讲话",
        "",
        "同志们：",
        "",
        f"今天召开{place}工作会议，部署全年工作。",
        "",
    ]
    for i, part in enumerate(("提高认识", "突出重点", "狠抓落实")):
        parts += [f"{'一二三'[i]}、{part}", ""]
        for j, sub in enumerate(("要加强学习", "要改进作风", "要强化担当")):
            parts += [f"（{'一二三'[j]}）{sub}", "", f"{place}各单位要把这项工作做细做实。" * 6, ""]
    parts += ["同志们，让我们团结一心，奋力完成全年任务！", ""]
    return "\n".join(parts)


def test_the_aligned_outline_shows_its_rows(qtbot):
    a = parse_text(_speech("全市"), "a.txt")
    b = parse_text(_speech("全县"), "b.txt")
    win = SideBySideWindow()
    qtbot.addWidget(win)
    win.resize(1400, 1150)
    win.show_pair(a, analyze(a), b, analyze(b))
    win.show()
    qtbot.waitExposed(win, timeout=WAIT_MS)
    tree = win.outline
    tree.expandAll()
    win._fit_outline()  # as show_pair and the window's first showing do
    top, rest = win.splitter.sizes()
    assert top > (top + rest) // 4  # more than the old quarter …
    assert top <= (top + rest) * 2 // 5 + 1  # … and never more than 40%
    qtbot.waitUntil(lambda: tree.verticalScrollBar().maximum() == 0, timeout=WAIT_MS)
