"""学习模式 in the reader itself, driven through real widgets: the reader's own toggle swaps
its text for the annotated study page and back; a click on a frame's item marks the frame
and all its items (and the other way round); a roadmap sentence marks the headings it
announces; the analysis follows the reader to another document; closing the window while
an analysis runs is safe; the outline prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from drafter.library import Library
from drafter.settings import Settings
from drafter.ui.main_window import MainWindow
from drafter.ui.study.study_marks import PHRASE

from .study_setup import FIRST, library_of, select_words
from .waits import WAIT_MS

SEED_004 = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "004_abe497b1be7d6e8a.txt"
)


def _click_words(text, paragraph: int, words: str) -> None:
    """A real mouse click in the middle of ``words`` of ``paragraph`` in the annotated view."""
    block = text.document().findBlockByNumber(text._first_block[paragraph])
    at = block.text().index(words) + len(words) // 2
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=at)
    text.setTextCursor(cursor)
    text.ensureCursorVisible()
    rect = text.cursorRect(cursor)
    QTest.mouseClick(
        text.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(rect.center().x() + 1, rect.center().y()),
    )


def _marked_text(text) -> list[str]:
    return [sel.cursor.selectedText() for sel in text.extraSelections()]


def test_the_reader_switches_into_study_mode_and_back(studied, qtbot):
    window, _panel, _library, _first = studied
    reader, mode = window.reader_panel, window.study.mode
    button = mode.button
    assert button.parent() is not None and button.isVisible() and button.isChecked()
    assert reader.isAncestorOf(button)  # the toggle is on the reader's own toolbar
    assert mode.stack.currentWidget() is mode.page and mode.points.isVisible()
    button.click()  # off: the plain reader text again
    assert not mode.active and not window.study_action.isChecked()
    assert mode.stack.currentWidget() is reader.view and not mode.points.isVisible()
    assert reader.outline.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F8)  # and on again from the keyboard
    assert mode.active and mode.stack.currentWidget() is mode.page


def test_clicking_an_item_selects_its_frame_and_the_frame_its_items(studied):
    window, panel, _library, _first = studied
    page, mode = window.study.mode.page, window.study.mode
    frames = panel.study.frames
    k = next(i for i, f in enumerate(frames) if f.phrase == "四勤")
    doc = panel.doc
    item_para = next(p.index for p in doc.paragraphs() if p.text == "三是手勤")
    _click_words(page.text, item_para, "手勤")
    assert page.text.selected_frame == k
    marked = _marked_text(page.text)
    assert {"四勤", "腿勤", "口勤", "手勤", "眼勤"} <= set(marked)
    assert "“手勤”是" in page.info.text() and "第 3 项" in page.info.text()
    assert mode.points.currentItem().text(0).startswith("四勤：")
    # the other way: the frame phrase marks every item; a link in the info line goes to one
    phrase_para = frames[k].span.paragraph
    page.text.clear_marks()
    _click_words(page.text, phrase_para, "四勤")
    assert page.text.selected_frame == k and len(_marked_text(page.text)) >= 5
    assert "共 4 项" in page.info.text() and "④眼勤" in page.info.text()
    page.info.linkActivated.emit(f"item:{k}:3")
    assert "眼勤" in page.text.textCursor().block().text()
    # a click on plain text clears the marks
    plain = next(p.index for p in doc.paragraphs() if p.text.startswith("多到基层"))
    _click_words(page.text, plain, "基层")
    assert page.text.selected_frame is None and page.text.extraSelections() == []


def test_points_list_and_roadmap_link_to_the_text(studied):
    window, panel, _library, _first = studied
    mode = window.study.mode
    page = mode.page
    listed = mode.points.topLevelItem(0)
    four = next(
        listed.child(i)
        for i in range(listed.childCount())
        if listed.child(i).text(0).startswith("四勤")
    )
    mode.points.itemClicked.emit(four, 0)
    assert page.text.selected_frame is not None
    assert panel.study.frames[page.text.selected_frame].phrase == "四勤"
    road = panel.study.roadmap[0]
    _click_words(page.text, road.span.paragraph, "下面")
    assert page.text.selected_roadmap == 0
    marked = "".join(_marked_text(page.text))
    assert "做到“四勤”" in marked and "坚持“三个服务”" in marked  # the announced headings
    assert "领起 2 节" in page.info.text()


def test_a_frame_item_on_a_real_seed_is_linked(make_window, qtbot, tmp_path):
    """Seed 004 (a real 范文: 一是腿勤…四是眼勤 on their own lines under 四、做到“四勤”, and
    run-in 一要保持协调“畅通”。办公室作为… under 二、)."""
    if not SEED_004.exists():
        pytest.skip("../shared seeds not present")
    library = Library.open(tmp_path / "lib")
    for _ in library.add([SEED_004]):
        pass
    window = make_window()
    window.set_library(library)
    info = library.documents()[0]
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(info.id)
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    page = window.study.mode.page
    study = window.study.study
    k = next(i for i, f in enumerate(study.frames) if f.phrase == "四勤" and f.listed)
    mark = next(m for m in page.text.frame_marks if m.frame == k and m.item == 1)
    text = page.text.toPlainText()
    assert "一要保持协调“畅通”。办公室作为" in text  # run-in heading in place, as written
    assert "\n一是腿勤\n" in text  # a standalone one stays on its own line
    page.text.click_at(mark.paragraph, mark.start)
    assert page.text.selected_frame == k
    assert {"腿勤", "眼勤"} <= set(_marked_text(page.text))
    assert any(m.item == PHRASE for m in page.text.frame_marks if m.frame == k)
    library.close()


def test_the_study_follows_the_reader_to_another_document(studied, qtbot):
    window, panel, library, first = studied
    mode = window.study.mode
    other = next(d for d in library.documents() if d.id != first.id)
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(other.id)
    assert panel.doc_id == other.id
    assert "全县" in mode.page.text.toPlainText() or "部署明年工作" in mode.page.text.toPlainText()
    assert "青年干部" not in mode.page.text.toPlainText()


def test_closing_the_window_while_analysing_is_safe(qtbot, tmp_path):
    """The window (not registered with qtbot, so it can really be deleted) goes away while
    the analysis it started still runs on the pool: the late result must reach nothing."""
    library = library_of(tmp_path, {"a.txt": FIRST})
    window = MainWindow(Settings(), tmp_path / "s.toml", recovery_dir=tmp_path / "rec")
    window.editor.confirm_close = lambda: True
    window.show()
    window.set_library(library)
    info = library.documents()[0]
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(info.id)
    window.study_action.trigger()  # an analysis starts on the pool …
    assert window.study._wanted is not None
    window.close()
    window.deleteLater()  # … and the window goes before it ends
    for _ in range(25):
        QApplication.processEvents()
        QTest.qWait(20)
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    QApplication.processEvents()
    library.close()


def test_outline_prints_to_pdf(studied, tmp_path, monkeypatch):
    _window, panel, _library, _first = studied
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "提纲.pdf"
    printer.setOutputFileName(str(target))
    assert panel.print_outline(printer)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 500
    from drafter.ui.study.outline_print import outline_html

    html = outline_html(panel.doc)
    assert "一、做到“四勤”" in html and "一是腿勤" in html and "多到基层" not in html
    # the opening and closing with their types, as 学习 labels them (it printed 〔开头〕 alone)
    study = panel.study
    assert study.opening.type and f"开头（{study.opening.type}）" in html
    if study.closing.type:
        assert f"结尾（{study.closing.type}）" in html
    assert html.index("开头（") < html.index("一、做到“四勤”")
    # the printout is made from the analysis in hand, not a second one
    printed = []
    monkeypatch.setattr(
        "drafter.study.outline_notes.analyze", lambda doc: printed.append(doc) or study
    )
    assert panel.print_outline(printer) and not printed


def test_the_exercise_hides_the_headings_in_the_reader_until_compared(studied, qtbot):
    window, panel, _library, _first = studied
    mode, ex = window.study.mode, panel.exercise
    window.study_action.setChecked(False)  # the trainee reads the plain text …
    window.study.dock.raise_()  # (the mode gave 草稿 its place in front back) …
    panel.tabs.setCurrentWidget(ex)  # … and opens the exercise
    assert mode.masked and not mode.active  # the mode is not switched, the text is blanked
    assert mode.stack.currentWidget() is mode.page
    shown = mode.page.text.toPlainText()
    assert "做到“四勤”" not in shown and "一、＿＿" in shown and "一是＿＿" in shown
    assert "多到基层走走" in shown and not mode.left.isVisible()
    assert mode.page.text.frame_marks == []  # no marks that would give items away
    window.reader_dock.raise_()  # a small screen: the dock goes behind the reader to read
    assert mode.masked
    window.study.dock.raise_()
    ex.check_button.click()  # compared: the headings come back, and the plain reader
    assert not mode.masked and not mode.active
    assert mode.stack.currentWidget() is window.reader_panel.view
    ex.new_button.click()  # a fresh attempt hides them again
    assert mode.masked
    panel.tabs.setCurrentWidget(panel.map)  # another tab shows them again
    assert not mode.masked
    window.study_action.setChecked(True)
    panel.tabs.setCurrentWidget(ex)
    assert mode.masked and mode.active
    window.study.dock.close()  # closing the 学习 dock ends the exercise's hold
    assert not mode.masked and mode.stack.currentWidget() is mode.page
    assert "＿＿" not in mode.page.text.toPlainText()


def test_a_selection_starting_on_a_tag_and_a_click_on_a_right_half(studied):
    window, panel, _library, _first = studied
    text = window.study.mode.page.text
    doc = panel.doc
    p = next(x.index for x in doc.paragraphs() if x.text.startswith("举办这次培训班"))
    block = text.document().findBlockByNumber(text._first_block[p])
    assert block.text().startswith("〔")  # the paragraph opens with a part tag
    cursor = QTextCursor(block)
    # from inside the tag into the text (two characters past its end; the tag holds word
    # joiners on screen, so its length is read, not assumed)
    past = block.text().index("〕") + 3
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, past)
    text.setTextCursor(cursor)
    para, start, end, _ = text.selected_span()
    assert para == p and start == 0 and end > 0
    assert window.study.mode.page.highlight_button.isEnabled()
    # the right half of the last character of an item still picks that item
    item = next(x.index for x in doc.paragraphs() if x.text == "四是眼勤")
    mark = next(m for m in text.frame_marks if m.paragraph == item)
    ranges = text.doc_ranges(item, mark.end - 1, mark.end)
    c = QTextCursor(text.document())
    c.setPosition(ranges[0][0])
    text.setTextCursor(c)
    text.ensureCursorVisible()
    left = text.cursorRect(c).x()
    c.setPosition(ranges[0][1])
    right = text.cursorRect(c)
    point = QPoint(right.x() - max(1, (right.x() - left) // 4), right.center().y())
    assert text.char_at(point) == (item, mark.end - 1)


def test_a_click_on_a_part_tag_explains_it(studied):
    window, _panel, _library, _first = studied
    page = window.study.mode.page
    text = page.text
    block, start, _end, label = next(t for t in text._tags if t[3] == "开头")
    cursor = QTextCursor(text.document().findBlockByNumber(block))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=start + 1)
    text.setTextCursor(cursor)
    rect = text.cursorRect(cursor)
    point = QPoint(rect.x() + 2, rect.center().y())
    assert text.tag_at(point) == "开头"
    QTest.mouseClick(
        text.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    info = page.info.text()
    assert "〔开头〕" in info and "开宗明义式" in info and "依次是：称呼" in info
    purpose = next(t for t in text._tags if "会议目的" in t[3])
    page.show_tag(purpose[3])
    assert "为什么开这个会" in page.info.text()


def test_the_mode_comes_back_after_a_restart(make_window, qtbot, tmp_path):
    window = make_window(Settings(study_mode=True))
    mode = window.study.mode
    assert mode.active and window.study_action.isChecked()
    assert mode.stack.currentWidget() is mode.page and "打开一篇范文" in mode.page.info.text()
    assert window.draft_dock.isVisible()  # start-up raised nothing
    window.study_action.trigger()
    assert not mode.active and window.settings.study_mode is False
    window.study_action.trigger()
    assert window.settings.study_mode is True


def test_search_terms_show_in_the_study_page_and_f3_steps_through_them(studied, qtbot):
    window, _panel, _library, first = studied
    text = window.study.mode.page.text
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(first.id, terms=["勤"])
    assert window.reader_panel.terms == ["勤"]
    ranges = list(text._term_ranges)
    assert len(ranges) >= 5 and all(text.document().toPlainText()[a:b] == "勤" for a, b in ranges)
    window.next_hit_action.trigger()  # F3
    assert text.textCursor().selectedText() == "勤"
    first_hit = text.textCursor().selectionStart()
    window.next_hit_action.trigger()
    assert text.textCursor().selectionStart() > first_hit
    window.prev_hit_action.trigger()
    assert text.textCursor().selectionStart() == first_hit
    k = next(i for i, f in enumerate(window.study.study.frames) if f.phrase == "四勤")
    text.select_frame(k)  # frame marks and terms together
    assert len(text.extraSelections()) >= len(ranges) + 5


def test_insert_into_the_draft_from_the_study_page(studied, qtbot):
    window, panel, _library, first = studied
    reader, page = window.reader_panel, window.study.mode.page
    target = next(p for p in panel.doc.paragraphs() if p.text.startswith("多到基层"))
    assert not reader.insert_button.isEnabled()
    select_words(page.text, target.index, "基层走走")
    assert reader.insert_button.isEnabled()  # the selection is mirrored into the reader
    with qtbot.waitSignal(reader.insert_requested, timeout=WAIT_MS) as got:
        page.insert_requested.emit()  # 插入到草稿 in the study page's context menu
    text, provenance = got.args
    assert "基层走走" in text and provenance["document_id"] == first.id
    assert provenance["paragraph_index"] == target.index


def test_a_printed_outline_without_headings_keeps_the_closing_last():
    """Without headings the printout put （未识别出标题层级） under 〔结尾〕; the note (here
    that the transitions stand for the parts) stays between 〔开头〕 and 〔结尾〕."""
    from drafter.corpus import parse_text
    from drafter.ui.study.outline_print import outline_html

    text = (
        "几点说明\n\n今天说几件事，先说学习。\n\n再说作风，要实。\n\n希望大家抓好落实，谢谢大家！\n"
    )
    html = outline_html(parse_text(text, "t.txt"))
    assert html.index("开头（") < html.index("未分出标题") < html.index("结尾（")
    assert html.index("未分出标题") < html.index("再说作风") < html.index("结尾（")
