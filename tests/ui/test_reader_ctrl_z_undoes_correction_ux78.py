"""Ctrl+Z in the reader takes back the correction just made (ux78's walk). A speechwriter who
pressed Alt+1 on the wrong paragraph of 质问国民党 pressed Ctrl+Z: nothing happened (or, with
something to undo in the draft, the draft's last edit went instead, unseen). Taking it back
took a right click, 更正结构 and 撤销：… Now Ctrl+Z / Ctrl+Y undo and redo the correction while
it is the user's last act in the reader; once the draft changed, the keys are the draft's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor

from .reader_setup import correction_menu, one_text_library, reader_on
from .test_corrections_ui import TEXT
from .waits import WAIT_MS, WAIT_S

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_and_ctrl_y_take_back_and_put_back_the_last_correction(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        # the window's own Ctrl+Z (the draft's 撤销): must not fire while the key is the reader's
        drafts: list[bool] = []
        window_undo = QAction(panel)
        window_undo.setShortcut(QKeySequence("Ctrl+Z"))
        window_undo.triggered.connect(lambda: drafts.append(True))
        panel.addAction(window_undo)
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
        view = panel.view
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(i)))
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        panel.corrections.wait(WAIT_S)
        assert panel._paragraphs[i].is_heading
        undo = next(a for a in correction_menu(panel, i).actions() if a.text().startswith("撤销："))
        assert undo.shortcut().toString() == "Ctrl+Z"  # the menu names the key
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        panel.corrections.wait(WAIT_S)
        assert not panel._paragraphs[i].is_heading
        assert lib.corrections(doc_id).ops == []
        # said over the text, where the eye is (ux79: the status line's 已撤销 went unseen)
        said = panel.notice.text()
        assert not panel.notice_bar.isHidden() and said.startswith("已撤销：")
        assert "加强队伍建设" in said and "Ctrl+Y 重做" in said
        assert lib.search("选优配强").hits[0].section == ["二、突出重点"]
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
        panel.corrections.wait(WAIT_S)
        assert panel._paragraphs[i].is_heading
        assert panel.notice.text().startswith("已重做：")
        assert lib.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]
        assert drafts == []
        # the draft changed since: Ctrl+Z is the draft's again, the correction stays
        panel.undo_keys.draft_moved()
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        assert drafts == [True]
        assert len(lib.corrections(doc_id).ops) == 1
        assert "Ctrl" not in next(
            a.shortcut().toString()
            for a in correction_menu(panel, i).actions()
            if a.text().startswith("撤销：")
        )


def test_ctrl_z_while_the_correction_is_saved_waits_for_it(qtbot, tmp_path):
    """On a busy machine a save took seconds, and Ctrl+Z pressed meanwhile went to the draft;
    then the reader kept the key but swallowed it (保存好后再按). Now the undo waits for the
    save and runs when it ends, once (ux83)."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        drafts: list[bool] = []
        window_undo = QAction(panel)
        window_undo.setShortcut(QKeySequence("Ctrl+Z"))
        window_undo.triggered.connect(lambda: drafts.append(True))
        panel.addAction(window_undo)
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
        said: list[str] = []
        panel.corrections.status_message.connect(said.append)
        view = panel.view
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
        opened: list[str] = []
        panel.document_opened.connect(opened.append)
        panel.corrections.mark(i, 2)
        assert panel.corrections.saving  # the worker's answer waits for the event loop
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        assert "保存好后即撤销" in said[-1]
        # stored, shown, then taken back without a second press: the document opens twice
        qtbot.waitUntil(lambda: len(opened) == 2 and not panel.corrections.saving, timeout=WAIT_MS)
        assert drafts == [] and lib.corrections(doc_id).ops == []
        assert not panel._paragraphs[i].is_heading
        assert panel.notice.text().startswith("已撤销：")


def test_ctrl_z_waiting_on_a_store_that_failed_is_not_run(qtbot, tmp_path, monkeypatch):
    """The queued undo runs only on a stored correction: a refused store runs nothing (an
    undo then would take back the correction before it) and says so."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        said: list[str] = []
        panel.corrections.status_message.connect(said.append)
        i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            panel.corrections.mark(i, 2)  # a first correction, stored
        panel.corrections.wait(WAIT_S)
        qtbot.waitUntil(lambda: not panel.corrections.saving, timeout=WAIT_MS)

        def refuse(*_a, **_k):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(lib, "add_corrections", refuse)
        j = next(p.index for p in panel._paragraphs if p.text.startswith("要选优配强"))
        panel.corrections.mark(j, 2)
        assert panel.corrections.saving
        qtbot.keyClick(panel.view, Qt.Key.Key_Z, CTRL)
        qtbot.waitUntil(lambda: "没有执行" in said[-1], timeout=WAIT_MS)
        assert any(s.startswith("更正未保存") for s in said)
        assert len(lib.corrections(doc_id).ops) == 1  # the first correction stays
