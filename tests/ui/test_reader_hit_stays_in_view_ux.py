"""A paragraph opened from a search hit stays in view when the reader's width settles late.

Walking the writer's round (ux12) on a loaded machine: a 2005 government work report opened
from its third hit showed text a screen and a half below the hit. The reader's dock grew
after the document was shown (its header and the 第 5 / 14 处 label need room), the text
was wrapped again into fewer lines, and the scroll position kept from before pointed past
the paragraph; the one rescroll after the first event-loop turn came too early. The reader
now keeps the paragraph at the top until the reader scrolls it themselves.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer

from drafter.corpus import load_document
from drafter.ui.panels.reader_panel import ReaderPanel

from .waits import WAIT_MS


def _long_report(tmp_path):
    parts = ["关于全面推进工作的报告", ""]
    for n, head in enumerate(("一、总体情况", "二、主要问题", "三、下步打算")):
        parts += [head, ""]
        parts += [
            f"第{n}部分第{i}段，" + "扎实推进各项工作落地见效，" * 12 + "。\n" for i in range(25)
        ]
    path = tmp_path / "长报告.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return load_document(path)


def _block_top_and_view(panel, index):
    view = panel.view
    block = view.document().findBlockByNumber(index)
    top = view.document().documentLayout().blockBoundingRect(block).top()
    return top, view.verticalScrollBar().value(), view.viewport().height()


def _in_view(panel, index) -> bool:
    """Whether paragraph ``index``'s top is on screen: what the tests wait for once the width
    changed (the rescroll comes after a layout pass, which a busy machine can delay)."""
    top, shown, height = _block_top_and_view(panel, index)
    return shown <= top < shown + height


def _opened_late(qtbot, tmp_path, width, terms=()):
    """A reader at ``width`` that opened the long report twelve paragraphs from its end, as
    from a search hit; the paragraph's index."""
    document = _long_report(tmp_path)
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    target = len(document.paragraphs()) - 12
    panel.show_document(document, paragraph_index=target, terms=terms)
    return panel, target


def test_paragraph_is_shown_when_the_dock_settles_narrower(qtbot, tmp_path):
    # (moved here from test_reader_panel.py) the dock takes another width right after the
    # document is set: the paragraph was scrolled to where it stood before, screens away
    panel, target = _opened_late(qtbot, tmp_path, 700, terms=["落地见效"])
    panel.resize(500, 500)
    qtbot.waitUntil(lambda: _in_view(panel, target), timeout=WAIT_MS)
    top, shown, height = _block_top_and_view(panel, target)
    assert shown <= top < shown + height


def test_paragraph_stays_in_view_when_the_width_settles_late(qtbot, tmp_path):
    panel, target = _opened_late(qtbot, tmp_path, 500, terms=["落地见效"])
    qtbot.wait(100)  # the rescroll after the first event-loop turn has run
    panel.resize(800, 500)  # then the dock grows: the text wraps into fewer lines
    qtbot.waitUntil(lambda: _in_view(panel, target), timeout=WAIT_MS)
    top, shown, height = _block_top_and_view(panel, target)
    assert shown <= top < shown + height


def test_a_scroll_of_the_readers_own_lets_go(qtbot, tmp_path):
    panel, _target = _opened_late(qtbot, tmp_path, 500)
    qtbot.wait(100)
    bar = panel.view.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderToMinimum)  # the reader goes back to the top
    panel.resize(800, 500)
    qtbot.wait(100)
    assert bar.value() == 0


def test_a_view_gone_before_the_rescroll_is_no_error(qtbot, tmp_path):
    # rv54: the full tests/ui run failed at a teardown (test_map_corrects_rows_ux): a paragraph
    # was pinned, the window closed, and the rescroll asked for after the event loop turned
    # reached a ReaderView Qt had deleted (RuntimeError in the event loop); now it lets it be
    panel, target = _opened_late(qtbot, tmp_path, 500)
    panel.jump_to_paragraph(target)  # pins it and asks for a rescroll once the loop turns
    shiboken6.delete(panel.view)  # the view goes first, as when the window closes
    turned = []
    QTimer.singleShot(0, lambda: turned.append(True))  # runs after the panel's rescroll
    qtbot.waitUntil(lambda: bool(turned), timeout=WAIT_MS)
