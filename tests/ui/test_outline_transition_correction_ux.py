"""A transition listed in the reader's outline pane (a text read without headings) is made a
heading from its row (ux47's walk on 质问国民党: the pane listed 〔转入新话题〕其次看国民党的党务,
the very heading the reader had missed, and a right click on that row did nothing; the fix
took a click on the row, a right click on the paragraph in the text, 更正结构 and the level:
four clicks and finding the paragraph. Now a right click on the row and the level: two)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from speech_samples import TRANSITIONS_SPEECH_LINES

from .reader_setup import one_text_library, reader_on


def _turn_row(tree, text: str):
    body = next(
        tree.topLevelItem(k)
        for k in range(tree.topLevelItemCount())
        if tree.topLevelItem(k).text(0).startswith("正文（")
    )
    return next(body.child(i) for i in range(body.childCount()) if text in body.child(i).text(0))


def test_a_transition_row_is_made_a_heading_with_a_right_click(qtbot, tmp_path):
    text = "\n".join(TRANSITIONS_SPEECH_LINES)
    with one_text_library(tmp_path, text, "作风.txt") as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        tree = panel.outline
        row = _turn_row(tree, "其次讲一讲文风问题")
        assert "右键可设为标题" in row.toolTip(0)
        seen: list[tuple[str, list[str]]] = []

        def choose():
            menu = QApplication.activePopupWidget()
            if menu is None:
                QTimer.singleShot(50, choose)
                return
            seen.append((menu.title(), [a.text() for a in menu.actions()]))
            next(a for a in menu.actions() if a.text() == "设为一级标题").trigger()
            menu.close()

        QTimer.singleShot(0, choose)
        tree.scrollToItem(row)
        at = tree.visualItemRect(row).center()
        with qtbot.waitSignal(panel.document_opened, timeout=10000):
            event = QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, at, tree.viewport().mapToGlobal(at)
            )
            QApplication.sendEvent(tree.viewport(), event)
        title, entries = seen[0]
        assert title.startswith("更正“其次讲一讲")  # the paragraph, not 〔转入新话题〕
        assert [e for e in entries if e.startswith("设为")] == [
            f"设为{n}级标题" for n in "一二三四"
        ]
        heading = next(p for p in panel._paragraphs if p.is_heading)
        assert heading.text.startswith("其次讲一讲文风问题")
        tops = [tree.topLevelItem(k).text(0) for k in range(tree.topLevelItemCount())]
        assert heading.text in tops
        # the search's heading path follows at once
        hit = next(h for h in lib.search("文风").hits if h.section)
        assert hit.section == [heading.text]
        panel.corrections.wait()


def test_the_opening_and_body_rows_still_take_no_menu(qtbot, tmp_path):
    text = "\n".join(TRANSITIONS_SPEECH_LINES)
    with one_text_library(tmp_path, text, "作风.txt") as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        tree = panel.outline
        for k in range(tree.topLevelItemCount()):
            assert panel.outline_menu(tree.topLevelItem(k)) is None
        assert panel.outline_menu(_turn_row(tree, "现在我来讲一讲学风问题")) is not None
