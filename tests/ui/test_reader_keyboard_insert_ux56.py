"""From the reader to the draft without the mouse (ux54's walk): Ctrl+3 put the keyboard in
the reader, but its text had no caret (the arrows only scrolled, Shift+↓ selected nothing),
so 插入到草稿 (Ctrl+Shift+Return) had nothing to insert unless the mouse had selected it.

Now the reader's text takes a caret: Shift+arrows select, Ctrl+↓ / Ctrl+↑ go from paragraph
to paragraph and with Shift select to the end / start of one; the reader's own keys (F3 to
the next hit, paging, Alt+1…Alt+4) and 学习模式's page behave as before. Every key here is a
real key event sent to the focused widget (the window's shortcuts included)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from drafter.ui.models.draft_model import OPENING

from .reader_setup import one_text_library, reader_on
from .study_setup import FIRST, open_and_study, window_with
from .waits import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

SPEECH = """在全区基层治理工作推进会上的讲话
同志们：
今天召开这次会议，主要是总结前一阶段基层治理工作，部署下一步任务。下面，我讲三点意见。
一、充分肯定成绩
一年来，各街道、各部门扎实推进网格化管理，基层治理水平明显提升。群众满意度连续三年上升。
二、清醒认识问题
也要看到，一些社区力量配备不足，工作方法简单。少数干部担当意识不强，遇到矛盾绕着走。
三、抓好重点任务
要健全网格队伍，做实入户走访。要建好议事平台，让群众的事群众商量着办。
同志们，让我们共同努力，把基层治理工作推向新的水平！
"""


def _paragraph(panel, starts: str) -> int:
    return next(p.index for p in panel.document.paragraphs() if p.text.startswith(starts))


def _active(qtbot, window) -> None:
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def test_ctrl3_select_a_paragraph_and_a_sentence_by_keys_and_insert(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"推进会讲话.txt": SPEECH}) as (window, library):
        reader, editor = window.reader_panel, window.editor
        doc_id = library.documents()[0].id
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            reader.open_document(doc_id)
        editor.select_key(OPENING)
        _active(qtbot, window)

        qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # 转到阅读
        view = reader.view
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
        assert view.textCursor().position() == 0
        # Ctrl+↓ paragraph by paragraph to 一年来…, then Ctrl+Shift+↓ to the end of it
        target = _paragraph(reader, "一年来")
        for _ in range(target):
            qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
        assert view.textCursor().blockNumber() == target
        assert view.textCursor().atBlockStart()
        qtbot.keyClick(view, Qt.Key.Key_Down, CTRL | SHIFT)
        whole = reader.document.paragraphs()[target].text
        assert view.textCursor().selectedText() == whole
        assert reader.insert_button.isEnabled()
        qtbot.keyClick(view, Qt.Key.Key_Return, CTRL | SHIFT)  # 插入阅读器选中的文字
        opening = editor.draft
        inserted = [p for p in opening.opening if p.provenance is not None]
        assert [(p.text, p.provenance.paragraph_index) for p in inserted] == [(whole, target)]
        assert inserted[0].provenance.document_id == doc_id

        # a sentence: the caret into the next paragraph's second sentence, Shift+→ twice;
        # the insertion takes the whole sentence the two characters stand in
        problems = _paragraph(reader, "也要看到")
        for _ in range(problems - target):
            qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
        second = reader.document.paragraphs()[problems].text.index("少数干部")
        for _ in range(second):
            qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
        assert view.textCursor().selectedText() == "少数"
        qtbot.keyClick(view, Qt.Key.Key_Return, CTRL | SHIFT)
        texts = [p.text for p in editor.draft.opening if p.provenance]
        assert texts[-1] == "少数干部担当意识不强，遇到矛盾绕着走。"


def test_shift_ctrl_keys_take_one_paragraph_more_each_press(qtbot, tmp_path):
    with one_text_library(tmp_path, SPEECH) as (library, doc_id, _path):
        panel = reader_on(qtbot, library, doc_id)
        view = panel.view
        view.setFocus()
        start = _paragraph(panel, "今天召开")
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(start)))
        qtbot.keyClick(view, Qt.Key.Key_Down, CTRL | SHIFT)
        qtbot.keyClick(view, Qt.Key.Key_Down, CTRL | SHIFT)
        assert panel.selected_paragraph_indexes() == [start, start + 1]
        hits = panel.selection_hits()
        assert [h["paragraph_index"] for h in hits] == [start, start + 1]
        assert hits[1]["text"] == "一、充分肯定成绩"
        # back: Ctrl+Shift+↑ takes the second paragraph off again
        qtbot.keyClick(view, Qt.Key.Key_Up, CTRL | SHIFT)
        assert panel.selected_paragraph_indexes() == [start]
        # Shift+↓ selects by line, as in any text box
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(start)))
        qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
        assert view.textCursor().hasSelection()
        # Ctrl+↑ from inside a paragraph goes to its start, from there to the one before
        cursor = view.textCursor()
        cursor.clearSelection()
        view.setTextCursor(cursor)
        qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
        assert view.textCursor().blockNumber() == start and view.textCursor().atBlockStart()
        qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
        assert view.textCursor().blockNumber() == start - 1


def test_a_caret_left_behind_by_scrolling_starts_where_the_reader_is(qtbot, tmp_path):
    text = SPEECH + "".join(
        f"第{n}段。这一段是为了让文章足够长，长到要翻好几页才能读完。\n" for n in range(80)
    )
    with one_text_library(tmp_path, text) as (library, doc_id, _path):
        panel = reader_on(qtbot, library, doc_id, size=(700, 400))
        view = panel.view
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
        bar = view.verticalScrollBar()
        assert bar.maximum() > 3 * view.viewport().height()
        # scroll with the wheel (the scroll bar's own step): the caret stays at the top
        for _ in range(5):
            qtbot.keyClick(view, Qt.Key.Key_Space)  # a page down, the caret left behind
        far = bar.value()
        assert far > 2 * view.viewport().height()
        assert view.textCursor().position() == 0
        # Shift+↓ now selects from the first line shown, and the view does not jump back
        qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
        assert abs(bar.value() - far) < view.viewport().height() // 2
        cursor = view.textCursor()
        assert cursor.hasSelection()
        assert view.viewport().rect().contains(view.cursorRect(cursor).center())
        top = view.cursorForPosition(view.viewport().rect().topLeft()).blockNumber()
        assert view.document().findBlock(cursor.selectionStart()).blockNumber() >= top


def test_keys_moving_off_the_paragraph_opened_at_let_the_view_go(qtbot, tmp_path):
    text = SPEECH + "".join(
        f"第{n}段。这一段是为了让文章足够长，长到要翻好几页才能读完。\n" for n in range(150)
    )
    with one_text_library(tmp_path, text) as (library, doc_id, _path):
        opened_at = 30  # as a search hit opens it: the paragraph held at the top
        panel = reader_on(qtbot, library, doc_id, size=(700, 400), paragraph_index=opened_at)
        view = panel.view
        qtbot.waitUntil(lambda: panel.splitter.sizes()[0] > 0, timeout=WAIT_MS)  # the outline
        view.setFocus()
        for _ in range(40):
            qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
        assert view.textCursor().blockNumber() == opened_at + 40
        # the text is wrapped again (the dock settles to a new width): the view stays down
        # there, not back on the paragraph opened at with the caret out of sight
        old = view.viewport().width()
        panel.resize(panel.width() + 200, 400)
        qtbot.waitUntil(lambda: view.viewport().width() > old, timeout=WAIT_MS)
        qtbot.wait(50)  # the relayout's timers: the view must not go back meanwhile
        top = view.cursorForPosition(view.viewport().rect().topLeft()).blockNumber()
        assert top > opened_at + 20


def test_reader_keys_still_work_with_the_caret(qtbot, tmp_path):
    with one_text_library(tmp_path, SPEECH) as (library, doc_id, _path):
        panel = reader_on(qtbot, library, doc_id, terms=["群众"])
        view = panel.view
        view.setFocus()
        assert len(panel._matches) == 3
        panel.next_hit()  # F3 (a window shortcut): the hit selected
        first = panel._matches[0]
        cursor = view.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == first
        # Shift+→ extends the hit's selection; 插入 then takes its sentence
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
        assert view.textCursor().selectionEnd() == first[1] + 1
        assert panel.selection_hits()[0]["text"] == "群众满意度连续三年上升。"
        panel.next_hit()
        cursor = view.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == panel._matches[1]
        # paging moves the caret a page on and the view with it (the caret stays in sight)
        bar = view.verticalScrollBar()
        before = bar.value()
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        assert bar.value() >= before
        assert view.viewport().rect().intersects(view.cursorRect())
        # Alt+2 on the line the caret is in: that paragraph becomes a level-2 heading
        problems = _paragraph(panel, "也要看到")
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(problems)))
        assert panel.corrections.available()
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_2, ALT)
        panel.corrections.wait()
        assert panel.document.paragraphs()[problems].is_heading


def test_study_mode_page_takes_the_same_keys_and_inserts(make_window, qtbot, tmp_path):
    texts = {"开班式讲话.txt": FIRST}
    with window_with(make_window, tmp_path, texts) as (window, library):
        doc_id = library.documents()[0].id
        open_and_study(window, doc_id, qtbot)
        window.editor.select_key(OPENING)
        _active(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # 转到阅读: the study page's text
        text = window.study.mode.page.text
        qtbot.waitUntil(text.hasFocus, timeout=WAIT_MS)  # not the first button (以此文为模板)
        paragraphs = window.reader_panel.document.paragraphs()
        aim = next(p.index for p in paragraphs if p.text.startswith("举办这次培训班"))
        qtbot.keyClick(text, Qt.Key.Key_Home, CTRL)
        while text.textCursor().blockNumber() < text.block_of(aim):
            qtbot.keyClick(text, Qt.Key.Key_Down, CTRL)
        # the line carries the study's tags (〔会议目的〕…): the words inserted are the text's
        qtbot.keyClick(text, Qt.Key.Key_Down, CTRL | SHIFT)
        assert text.textCursor().selectedText().startswith("〔")
        qtbot.keyClick(text, Qt.Key.Key_Return, CTRL | SHIFT)
        inserted = [p for p in window.editor.draft.opening if p.provenance]
        assert [(p.text, p.provenance.paragraph_index) for p in inserted] == [
            (paragraphs[aim].text, aim)
        ]
        # two paragraphs (Ctrl+Shift+↓ twice): both go in, each with its own source
        closing = [p.index for p in paragraphs if p.text.startswith("要把“三个服务”")][0]
        while text.textCursor().blockNumber() < text.block_of(closing):
            qtbot.keyClick(text, Qt.Key.Key_Down, CTRL)
        qtbot.keyClick(text, Qt.Key.Key_Down, CTRL | SHIFT)
        qtbot.keyClick(text, Qt.Key.Key_Down, CTRL | SHIFT)
        qtbot.keyClick(text, Qt.Key.Key_Return, CTRL | SHIFT)
        inserted = [p for p in window.editor.draft.opening if p.provenance]
        assert [(p.text, p.provenance.paragraph_index) for p in inserted[1:]] == [
            (paragraphs[closing].text, closing),
            (paragraphs[closing + 1].text, closing + 1),
        ]
