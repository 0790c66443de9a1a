"""A transition listed in the reader's outline pane (a text read without headings) is made a
heading from its row (ux47's walk on 质问国民党: the pane listed 〔转入新话题〕其次看国民党的党务,
the very heading the reader had missed, and a right click on that row did nothing; the fix
took a click on the row, a right click on the paragraph in the text, 更正结构 and the level:
four clicks and finding the paragraph. Now a right click on the row and the level: two)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from speech_samples import CORRECTIONS_SPEECH, TRANSITIONS_SPEECH_LINES

from .reader_setup import one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S


def _turn_row(tree, text: str, qtbot=None):
    """The outline row of the transition reading ``text`` (listed by a worker: waited for)."""
    if qtbot is not None:
        qtbot.waitUntil(lambda: _turn_row(tree, text) is not None, timeout=WAIT_MS)
    body = next(
        tree.topLevelItem(k)
        for k in range(tree.topLevelItemCount())
        if tree.topLevelItem(k).text(0).startswith("正文（")
    )
    rows = (body.child(i) for i in range(body.childCount()))
    return next((row for row in rows if text in row.text(0)), None)


def test_a_transition_row_is_made_a_heading_with_a_right_click(qtbot, tmp_path):
    text = "\n".join(TRANSITIONS_SPEECH_LINES)
    with one_text_library(tmp_path, text, "作风.txt") as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        tree = panel.outline
        row = _turn_row(tree, "其次讲一讲文风问题", qtbot)
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
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
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
        panel.corrections.wait(WAIT_S)


def test_the_opening_and_body_rows_still_take_no_menu(qtbot, tmp_path):
    text = "\n".join(TRANSITIONS_SPEECH_LINES)
    with one_text_library(tmp_path, text, "作风.txt") as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        tree = panel.outline
        turn = _turn_row(tree, "现在我来讲一讲学风问题", qtbot)
        for k in range(tree.topLevelItemCount()):
            assert panel.outline_menu(tree.topLevelItem(k)) is None
        assert panel.outline_menu(turn) is not None


def _press(qtbot, panel, widget, key_text: str) -> None:
    from PySide6.QtCore import Qt

    key = {"0": Qt.Key.Key_0, "1": Qt.Key.Key_1, "2": Qt.Key.Key_2}[key_text]
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def test_alt_and_a_digit_set_the_paragraph_at_the_cursor_as_a_heading(qtbot, tmp_path):
    """ux47's walk: a dozen headings set through the menu took three clicks each (right
    click, 更正结构, the level) and the eye on a submenu. A click in the paragraph and
    Alt+2 now do it (Alt+0: body text again), and the menu names the keys."""
    from PySide6.QtGui import QTextCursor

    with one_text_library(tmp_path, CORRECTIONS_SPEECH) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
        said: list[str] = []
        panel.corrections.status_message.connect(said.append)
        i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
        from .reader_setup import correction_menu

        keys = {a.text(): a.shortcut().toString() for a in correction_menu(panel, i).actions()}
        assert keys["设为二级标题"] == "Alt+2" and keys["设为一级标题"] == "Alt+1"
        view = panel.view
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        block = view.document().findBlockByNumber(i)
        view.setTextCursor(QTextCursor(block))
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            _press(qtbot, panel, view, "2")
        para = panel._paragraphs[i]
        assert para.is_heading and para.section == ["二、突出重点", "加强队伍建设"]
        assert lib.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]
        # the same key again changes nothing and says so
        view.setFocus()
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(i)))
        _press(qtbot, panel, view, "2")
        assert said[-1] == "本段已是二级标题。"
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            _press(qtbot, panel, view, "0")
        assert not panel._paragraphs[i].is_heading
        assert lib.search("选优配强").hits[0].section == ["二、突出重点"]
        panel.corrections.wait(WAIT_S)


def test_alt_digit_on_an_outline_row_changes_that_heading(qtbot, tmp_path):
    with one_text_library(tmp_path, CORRECTIONS_SPEECH) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
        tree = panel.outline
        row = next(
            tree.topLevelItem(k)
            for k in range(tree.topLevelItemCount())
            if tree.topLevelItem(k).text(0) == "二、突出重点"
        )
        tree.setFocus()
        qtbot.waitUntil(tree.hasFocus, timeout=WAIT_MS)
        tree.setCurrentItem(row)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            _press(qtbot, panel, tree, "0")
        i = next(p.index for p in panel._paragraphs if p.text == "二、突出重点")
        assert not panel._paragraphs[i].is_heading
        assert panel._paragraphs[i].section == ["一、提高认识"]
        panel.corrections.wait(WAIT_S)


def test_a_correction_keeps_the_search_hits_and_f3_goes_on_from_there(qtbot, tmp_path):
    """ux47's walk: a heading found by a search (其次看国民党的党务) fixed in the reader, the
    hits vanished (上一处/下一处 greyed, no 第 1 / 1 处), so the next one the search found
    had to be looked for again. The terms stay, counted from the corrected paragraph."""
    from PySide6.QtGui import QTextCursor

    with one_text_library(tmp_path, CORRECTIONS_SPEECH) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id, terms=["队伍"])
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
        assert panel.hits_label.text() == "共 2 处"
        panel.next_hit()  # on 加强队伍建设, still body text
        view = panel.view
        i = view.textCursor().blockNumber()
        assert panel._paragraphs[i].text == "加强队伍建设"
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(i)))
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            _press(qtbot, panel, view, "2")
        assert panel._paragraphs[i].is_heading
        assert panel.next_button.isEnabled()
        panel.next_hit()
        assert "打造过硬队伍" in view.textCursor().block().text()
        assert panel.hits_label.text() == "第 2 / 2 处"
        panel.corrections.wait(WAIT_S)
