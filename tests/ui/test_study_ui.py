"""学习 and 结构 in the window, driven through real widgets on a real library: the reader's
学习模式 with run-in headings in place and its points, the structure map, notes that are kept
and searched, two documents aligned, the outline exercise, outline export, the library's
structures turned into a template that keeps 一是, and browsing by occasion."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QProgressBar

import drafter.ui.study.study_notes as study_notes
from drafter.study.mining import library_entries, mine_all
from drafter.ui.study.exercise import similarity
from drafter.ui.study.unbroken import plain

from .study_setup import SECOND, library_of, mine_in_window, select_words, top_row
from .waits import WAIT_MS


def test_study_mode_annotates_the_reader_document(studied):
    window, panel, _library, first = studied
    mode = window.study.mode
    assert mode.active and window.study_action.isChecked()
    assert mode.stack.currentWidget() is mode.page  # the reader itself shows the study
    assert window.study.dock.isVisible()
    assert panel.doc_id == first.id and panel.study.rate == 200
    text = mode.page.text.toPlainText()
    assert "一是腿勤。多到基层走走" in text  # run-in heading shown in place
    assert "〔称呼〕" in text and "〔提纲句〕" in text
    frames = {f.phrase: f for f in panel.study.frames}
    assert frames["四勤"].items == ["腿勤", "口勤", "手勤", "眼勤"]
    points = mode.points
    assert points.isVisible()
    top = [points.topLevelItem(i).text(0) for i in range(points.topLevelItemCount())]
    assert top[0].startswith("数字概括（展开") and any(t.startswith("提纲句（1）") for t in top)
    listed = points.topLevelItem(0)
    assert any("四勤：腿勤｜口勤" in listed.child(i).text(0) for i in range(listed.childCount()))
    summary = plain(panel.title_label.text())  # invisible joiners left out
    assert "字" in summary and "每分钟 200 字" in summary
    assert "每分钟 200 字" in plain(mode.page.info.text())
    roadmap = next(
        points.topLevelItem(i)
        for i in range(points.topLevelItemCount())
        if points.topLevelItem(i).text(0).startswith("提纲句")
    )
    linked = roadmap.child(0)
    assert [linked.child(i).text(0)[:4] for i in range(linked.childCount())] == ["→ 一、", "→ 二、"]


def test_structure_map_has_length_bars(studied):
    window, panel, _library, _first = studied
    m = panel.map
    assert m.topLevelItem(0).text(0) == "全文"
    sections = [
        m.topLevelItem(i)
        for i in range(m.topLevelItemCount())
        if m.topLevelItem(i).text(0).startswith(("一、", "二、"))
    ]
    assert len(sections) == 2 and sections[0].childCount() == 4
    bar = m.itemWidget(sections[0], 3)
    assert isinstance(bar, QProgressBar)
    assert bar.value() == round(panel.study.sections[0].share * 1000) > 0
    with_index = sections[0].child(0)
    seen = []
    m.paragraph_chosen.connect(seen.append)
    m.itemClicked.emit(with_index, 0)
    text = window.study.mode.page.text
    assert seen and text.textCursor().block().blockNumber() == text._first_block[seen[0]]


def test_highlight_and_note_are_kept_and_searchable(studied, monkeypatch):
    window, panel, _library, first = studied
    study, page = window.study, window.study.mode.page
    doc = panel.doc
    target = next(p for p in doc.paragraphs() if p.text.startswith("举办这次培训班"))
    assert not page.highlight_button.isEnabled()  # nothing selected yet
    select_words(page.text, target.index, "主要目的")
    assert page.highlight_button.isEnabled()
    page.highlight_button.click()
    notes = study.notes.for_document(first.id)
    assert [(n.quote, n.note) for n in notes] == [("主要目的", "")]
    note = notes[0]
    assert doc.paragraphs()[note.paragraph].text[note.start : note.end] == "主要目的"
    monkeypatch.setattr(study_notes, "ask_lines", lambda *a, **k: ("开宗明义", True))
    select_words(page.text, target.index, "主要目的")
    page.note_button.click()
    assert [n.note for n in study.notes.for_document(first.id)] == ["", "开宗明义"]
    assert panel.notes.list.topLevelItemCount() == 2  # listed at once in the 笔记 tab
    assert "仅保存在本机" in panel.notes.summary.text()
    panel.notes.search_box.setText("开宗明义")
    assert panel.notes.list.topLevelItemCount() == 1
    panel.notes.search_box.setText("")
    assert panel.notes.list.topLevelItemCount() == 2
    panel.notes.list.setCurrentItem(panel.notes.list.topLevelItem(0))
    panel.notes.remove_button.click()
    assert len(study.notes.for_document(first.id)) == 1


def test_compare_aligns_outlines(studied, qtbot):
    _window, panel, library, _first = studied
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    panel.compare_box.setCurrentIndex(panel.compare_box.findData(other.id))
    panel.compare_button.click()
    qtbot.waitUntil(lambda: panel.compare.topLevelItemCount() > 3, timeout=WAIT_MS)
    rows = [panel.compare.topLevelItem(i) for i in range(panel.compare.topLevelItemCount())]
    aligned = [r for r in rows if r.text(0).startswith(("一、", "二、", "（无）"))]
    assert [(r.text(0)[:2], r.text(2)[:2]) for r in aligned] == [
        ("一、", "一、"),
        ("二、", "二、"),
        ("（无", "三、"),
    ]


def test_outline_exercise_reveals_the_original(studied):
    _window, panel, _library, _first = studied
    ex = panel.exercise
    assert len(ex.rows) == 6
    _type(ex, 0, "做到四勤")
    ex.check_button.click()
    first = ex.answer_item(0)
    assert first.text(0) == "一、做到四勤" and "四勤" in first.text(1)
    assert int(first.text(2).rstrip("%")) >= 80
    assert similarity("", "任何") == 0.0


def _type(exercise, row: int, text: str) -> None:
    """Type ``text`` into the answer box of hidden heading ``row`` as a Chinese input method
    does (one committed string), replacing what was there."""
    box = exercise._boxes[row]
    box.setFocus()
    box.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def test_outline_exercise_is_kept_reopened_and_listed(studied, qtbot, make_window):
    window, panel, library, first = studied
    ex = panel.exercise
    attempts = window.study.notes.attempts
    _type(ex, 0, "做到四勤")
    qtbot.waitUntil(lambda: len(attempts.for_document(first.id)) == 1, timeout=WAIT_MS)
    saved = attempts.for_document(first.id)[0]
    assert not saved.revealed and saved.answers[0].mine == "做到四勤"
    # the trainee reads another text, then comes back: the unfinished answers are there
    other = next(d for d in library.documents() if d.id != first.id)
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(other.id)
    assert ex.answers()[0] == ""
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(first.id)
    assert ex.answers()[0] == "做到四勤" and ex.attempt_id == saved.id
    assert ex.rows[5].marker == "二、"
    _type(ex, 5, "坚持三个服务")
    ex.check_button.click()  # compare: the attempt is finished and scored
    done = attempts.get(saved.id)
    assert done.revealed and done.score is not None and done.answers[5].mine == "坚持三个服务"
    assert len(attempts.for_document(first.id)) == 1
    # a fresh attempt starts blank; the finished one stays listed and shows its comparison
    ex.new_button.click()
    assert ex.answers() == [""] * 6 and ex.stack.currentIndex() == 0
    labels = [ex.history.itemText(i) for i in range(ex.history.count())]
    assert any("已对照" in t for t in labels)
    ex.history.setCurrentIndex(ex.history.findData(saved.id))
    ex.history.activated.emit(ex.history.currentIndex())
    assert ex.stack.currentIndex() == 1
    assert ex.answer_item(5).text(0) == "二、坚持三个服务"
    assert "以往的练习" in ex.result_label.text()
    _type_after_new(ex)
    qtbot.waitUntil(lambda: len(attempts.for_document(first.id)) == 2, timeout=WAIT_MS)
    # every attempt, across documents, is listed in the 笔记 tab and reopens from there
    panel.tabs.setCurrentWidget(panel.notes)
    panel.notes.scope.setCurrentIndex(2)
    rows = [panel.notes.list.topLevelItem(i) for i in range(panel.notes.list.topLevelItemCount())]
    assert len(rows) == 2 and any("已对照" in r.text(0) for r in rows)
    done_row = next(r for r in rows if "已对照" in r.text(0))
    panel.notes.list.itemActivated.emit(done_row, 0)
    assert panel.tabs.currentWidget() is ex and ex.stack.currentIndex() == 1
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(other.id)
    panel.tabs.setCurrentWidget(panel.notes)
    panel.notes.list.itemActivated.emit(panel.notes.list.topLevelItem(1), 0)  # the older one
    qtbot.waitUntil(
        lambda: panel.doc_id == first.id and ex.stack.currentIndex() == 1, timeout=WAIT_MS
    )
    assert "以往的练习" in ex.result_label.text()


def _type_after_new(ex) -> None:
    ex.new_button.click()
    _type(ex, 2, "一是腿勤")


def test_outline_export_markdown(studied, tmp_path):
    _window, panel, _library, _first = studied
    out = panel.export_outline(str(tmp_path / "提纲.md"))
    text = Path(out).read_text(encoding="utf-8")
    assert "- 一、做到“四勤”" in text and "一是腿勤" in text and "多到基层" not in text


def test_structures_panel_mines_and_makes_a_template(studied, qtbot, monkeypatch):
    window, _panel, library, _first = studied
    sp = mine_in_window(window, qtbot)
    labels = [sp.table.topLevelItem(i).text(0) for i in range(sp.table.topLevelItemCount())]
    assert "四勤" in labels
    sp.table.setCurrentItem(top_row(sp.table, "四勤"))
    assert sp.examples.topLevelItemCount() == 2 and sp.template_button.isEnabled()
    monkeypatch.setattr(
        "drafter.ui.study.template_from_structure.ask_name", lambda *a, **k: ("结构-四勤", True)
    )
    sp.template_button.click()
    target = window.user_template_dir() / "结构-四勤.j2"
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    assert '"shi"' in target.read_text(encoding="utf-8")
    seen = []
    sp.example_activated.connect(lambda d, p: seen.append((d, p)))
    sp._open_example(sp.examples.topLevelItem(0))
    assert seen


def test_occasion_tree_filters_the_library(studied):
    window, _panel, _library, _first = studied
    lp = window.library_panel
    tree = lp.occasion_tree
    root = tree.topLevelItem(0)
    assert root.text(0).startswith("全部文稿（2）")
    kinds = [root.child(i).text(0) for i in range(root.childCount())]
    assert any(k.startswith("开班式") for k in kinds) and any(
        k.startswith("工作会议") for k in kinds
    )
    tree.setCurrentItem(
        next(
            root.child(i)
            for i in range(root.childCount())
            if root.child(i).text(0).startswith("开班式")
        )
    )
    assert lp.view.model().rowCount() == 1
    tree.setCurrentItem(root)
    assert lp.view.model().rowCount() == 2


def test_mined_result_is_shown_as_given(qtbot, tmp_path):
    from drafter.ui.study.structures_panel import StructuresPanel

    with library_of(tmp_path, {"a.txt": SECOND}, "t") as library:
        mined = mine_all(library_entries(library), 1)
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    sp.set_min_documents(1)  # one document: its structures are each used once
    sp.set_mined(mined)
    sp.kind_box.setCurrentIndex(1)
    assert sp.table.topLevelItemCount() >= 0
    sp.kind_box.setCurrentIndex(0)
    assert sp.table.topLevelItemCount() >= 1


def test_the_draft_not_the_study_dock_is_in_front_at_start(make_window):
    """Tabifying the 学习 dock beside the draft made it the current tab on a fresh start."""
    window = make_window()
    assert not window.draft_dock.visibleRegion().isEmpty()
    assert window.study.dock.visibleRegion().isEmpty()


def test_a_note_is_shown_changed_and_removed_from_the_text(studied, monkeypatch):
    window, panel, _library, first = studied
    study, page = window.study, window.study.mode.page
    target = next(p for p in panel.doc.paragraphs() if p.text.startswith("举办这次培训班"))
    select_words(page.text, target.index, "帮助青年干部")
    page.note_requested.emit(False, "green")  # 高亮 ▸ 绿色 in the context menu
    (note,) = study.notes.for_document(first.id)
    assert note.color == "green" and note.note == ""
    page.text.click_at(target.index, note.start + 1)  # a click on the highlight
    assert "我的高亮" in page.info.text() and f"note-edit:{note.id}" in page.info.text()
    monkeypatch.setattr(study_notes, "ask_lines", lambda *a, **k: ("目的要明确", True))
    page.info.linkActivated.emit(f"note-edit:{note.id}")
    assert study.notes.get(note.id).note == "目的要明确"
    assert "目的要明确" in page.info.text()
    panel.notes.list.setCurrentItem(panel.notes.list.topLevelItem(0))
    assert panel.notes.list.topLevelItem(0).text(1) == "目的要明确"  # the list follows
    monkeypatch.setattr(study_notes, "ask_lines", lambda *a, **k: ("改从列表", True))
    panel.notes.edit_button.click()
    assert study.notes.get(note.id).note == "改从列表"
    page.info.linkActivated.emit(f"note-remove:{note.id}")
    assert study.notes.for_document(first.id) == []
    assert panel.notes.list.topLevelItemCount() == 0


def test_team_library_notes_are_said_to_stay_local(qtbot, tmp_path):
    from drafter.study.notes import NoteStore
    from drafter.ui.study.notes_tab import NotesTab

    tab = NotesTab()
    qtbot.addWidget(tab)
    with NoteStore(tmp_path / "n.sqlite") as store:
        tab.set_store(store, None, shared=True)
        assert "仅保存在本机" in tab.summary.text() and "不共享笔记" in tab.summary.text()
        tab.set_store(store, None, shared=False)
        assert "仅保存在本机" in tab.summary.text() and "不共享笔记" not in tab.summary.text()


def test_the_study_page_empties_when_the_reader_closes_its_document(studied):
    window, _panel, _library, _first = studied
    mode = window.study.mode
    assert mode.page.text.toPlainText()
    window.reader_panel.clear()
    assert mode.page.text.toPlainText() == "" and mode.points.topLevelItemCount() == 0
    assert "打开一篇范文" in mode.page.info.text()


def test_a_file_opened_directly_is_studied_but_its_exercise_not_kept(studied, qtbot, tmp_path):
    from drafter.corpus import load_document

    window, panel, _library, _first = studied
    path = tmp_path / "外来文稿.txt"
    path.write_text(SECOND, encoding="utf-8")
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.show_document(load_document(path))
    assert panel.doc_id == "" and "不会保存" in panel.exercise.intro.text()
    before = len(window.study.notes.attempts.all())
    _type(panel.exercise, 0, "提高认识")
    panel.exercise.check_button.click()
    assert "不会保存" in panel.exercise.result_label.text()
    assert len(window.study.notes.attempts.all()) == before
    window.study.add_note(ask=False)  # nothing selected: a message, no note
    assert window.study.notes.all() == []
