"""A wrong outline is corrected where the trainee sees it: in 学习模式 the right-click menu of
the annotated page offers the reader's 更正结构 and 编辑信息… (it offered only 高亮/笔记, so the
mode had to be left to fix a heading), and the page shows the corrected outline at once."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from .waits import WAIT_MS, WAIT_S

BODY = "要把“三个服务”落到实处"
_MENUS: list[QMenu] = []


def _right_click_menu(page, paragraph) -> QMenu:
    text = page.text
    block = text.document().findBlockByNumber(text._first_block[paragraph])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index(BODY) + 2)
    point = text.cursorRect(cursor).center()
    menu = page.context_menu(point)
    _MENUS.append(menu)  # kept alive while its actions are triggered
    return menu


def _sub(menu: QMenu, title: str) -> QMenu:
    return next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == title)


def test_the_study_page_menu_corrects_the_outline(studied, qtbot):
    window, panel, _library, _first = studied
    reader = window.reader_panel
    page = window.study.mode.page
    i = next(p.index for p in reader._paragraphs if p.text.startswith(BODY))
    assert not reader._paragraphs[i].is_heading
    menu = _right_click_menu(page, i)
    assert any(a.text() == "编辑信息…" for a in menu.actions())
    action = next(a for a in _sub(menu, "更正结构").actions() if a.text() == "设为二级标题")
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        action.trigger()
    reader.corrections.wait(WAIT_S)
    assert reader._paragraphs[i].is_heading
    assert "已更正 1 处" in reader.header.text()
    # the study, and so the annotated page, now has that paragraph as a heading of level 2
    assert any(s.paragraph == i and s.level == 2 for s in window.study.study.sections)


def test_no_corrections_while_the_exercise_hides_the_headings(studied):
    window, _panel, _library, _first = studied
    mode = window.study.mode
    reader = window.reader_panel
    i = next(p.index for p in reader._paragraphs if p.text.startswith(BODY))
    mode.masked = True
    try:
        menu = _right_click_menu(mode.page, i)
    finally:
        mode.masked = False
    assert not any(a.text() in ("更正结构", "编辑信息…") for a in menu.actions())


def test_a_right_click_on_a_tag_offers_the_corrections_of_its_paragraph(studied):
    """A right click on the tag before a paragraph (〔称呼〕, 〔交代事由〕) gave a menu without
    更正结构 and 编辑信息… (the ux walk, on the 2021 government report's 〔交代事由〕)."""
    window, _panel, _library, _first = studied
    text = window.study.mode.page.text
    doc = text.document()
    blocks = [doc.findBlockByNumber(n) for n in range(doc.blockCount())]
    block = next(b for b in blocks if "〔称" in b.text())  # word joiners inside the tag
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index("〔称") + 2)
    point = text.cursorRect(cursor).center()
    assert text.char_at(point) is None  # on the tag, not the text
    menu = window.study.mode.page.context_menu(point)
    _MENUS.append(menu)
    assert any(a.text() == "编辑信息…" for a in menu.actions())
    assert _sub(menu, "更正结构") is not None


def test_the_text_of_a_run_in_heading_offers_its_headings_corrections(studied, qtbot):
    """一是腿勤。多到基层走走… is one line on the study page: a right click on its text offered
    a body paragraph's 在此拆分, which made no sense there; it offers the heading's own
    corrections (不是标题, 改为…级标题), and they act on the heading."""
    window, panel, _library, _first = studied
    reader = window.reader_panel
    page = window.study.mode.page
    body = next(p.index for p in reader._paragraphs if p.text.startswith("多到基层"))
    heading = body - 1
    assert reader._paragraphs[heading].is_heading and not reader._paragraphs[body].is_heading
    assert page.text._first_block[body] == page.text._first_block[heading]  # one line
    text = page.text
    block = text.document().findBlockByNumber(text._first_block[body])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index("多到基层") + 2)
    menu = page.context_menu(text.cursorRect(cursor).center())
    _MENUS.append(menu)
    entries = [a.text() for a in _sub(menu, "更正结构").actions()]
    assert not any("拆分" in e or e.startswith("设为") for e in entries), entries
    assert "不是标题（与上一节合并）" in entries
    action = next(a for a in _sub(menu, "更正结构").actions() if a.text().startswith("不是标题"))
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        action.trigger()
    reader.corrections.wait(WAIT_S)
    assert not any(p.is_heading and p.text.startswith("一是腿勤") for p in reader._paragraphs)


def test_alt_and_a_digit_correct_the_line_at_the_study_pages_caret(studied, qtbot):
    """The reader's Alt+1…Alt+4 / Alt+0 (ux47) work on the annotated page too: a click in a
    paragraph of 学习模式 and Alt+2 make it a 二级标题, as its right-click menu does (the
    keys looked for the plain view's caret, hidden in the mode, and said 先在正文中点一下)."""
    from PySide6.QtCore import Qt

    window, panel, _library, _first = studied
    reader = window.reader_panel
    text = window.study.mode.page.text
    i = next(p.index for p in reader._paragraphs if p.text.startswith(BODY))
    block = text.document().findBlockByNumber(text._first_block[i])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index(BODY) + 2)
    window.activateWindow()
    text.setFocus()
    qtbot.waitUntil(text.hasFocus, timeout=WAIT_MS)
    text.setTextCursor(cursor)
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        qtbot.keyClick(text, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    reader.corrections.wait(WAIT_S)
    assert reader._paragraphs[i].is_heading
    assert any(s.paragraph == i and s.level == 2 for s in window.study.study.sections)
