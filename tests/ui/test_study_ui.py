"""学习 and 结构 in the window, driven through real widgets on a real library: annotated
text with run-in headings in place, points and structure map, notes that are kept and
searched, two documents aligned, the outline exercise, outline export, the library's
structures turned into a template that keeps 一是, and browsing by occasion."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QProgressBar

from drafter.library import Library
from drafter.settings import Settings
from drafter.study.mining import library_entries, mine_all
from drafter.ui.study.exercise import similarity

FIRST = """在全市青年干部培训班开班式上的讲话
同志们：
举办这次培训班，主要目的是帮助青年干部尽快成长。下面，我讲两点意见。
一、做到“四勤”
一是腿勤。多到基层走走，掌握实情。
二是口勤。多向群众请教。
三是手勤。勤记笔记。
四是眼勤。多看多想。
二、坚持“三个服务”
要把“三个服务”落到实处，做到“四个意识”入脑入心。
同志们，让我们共同努力，为全市发展作出新的更大贡献！
"""

SECOND = """在全县办公室主任会议上的讲话
同志们：
今天召开这次会议，主要任务是部署明年工作。借此机会，我讲三点意见。
一、提高认识
办公室是中枢。
二、明确目标
要抓好信息报送。
三、做到“四勤”
一是腿勤。多下基层。
二是口勤。多汇报。
三是手勤。多记录。
四是眼勤。多观察。
同志们，让我们团结一致！
谢谢大家！
"""


@pytest.fixture
def studied(make_window, qtbot, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "开班式讲话.txt").write_text(FIRST, encoding="utf-8")
    (folder / "全县工作会议讲话.txt").write_text(SECOND, encoding="utf-8")
    library = Library.open(tmp_path / "lib")
    for _ in library.add([folder]):
        pass
    window = make_window(Settings(speaking_rate=200))
    window.set_library(library)
    first = next(d for d in library.documents() if "青年" in (d.title or ""))
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=10000):
        window.reader_panel.open_document(first.id)
    panel = window.study.panel
    with qtbot.waitSignal(panel.studied, timeout=10000):
        window.study_action.trigger()
    yield window, panel, library, first
    library.close()


def test_study_mode_annotates_the_reader_document(studied):
    window, panel, _library, first = studied
    assert window.study.dock.isVisible()
    assert panel.doc_id == first.id and panel.study.rate == 200
    text = panel.text.toPlainText()
    assert "一是腿勤。多到基层走走" in text  # run-in heading shown in place
    assert "〔称呼〕" in text and "〔提纲句〕" in text
    frames = {f.phrase: f for f in panel.study.frames}
    assert frames["四勤"].items == ["腿勤", "口勤", "手勤", "眼勤"]
    top = [panel.points.topLevelItem(i).text(0) for i in range(panel.points.topLevelItemCount())]
    assert top[0].startswith("数字概括（展开") and any(t.startswith("提纲句（1）") for t in top)
    listed = panel.points.topLevelItem(0)
    assert any("四勤：腿勤｜口勤" in listed.child(i).text(0) for i in range(listed.childCount()))
    assert "字" in panel.title_label.text() and "每分钟 200 字" in panel.title_label.text()
    roadmap = next(
        panel.points.topLevelItem(i)
        for i in range(panel.points.topLevelItemCount())
        if panel.points.topLevelItem(i).text(0).startswith("提纲句")
    )
    linked = roadmap.child(0)
    assert [linked.child(i).text(0)[:4] for i in range(linked.childCount())] == ["→ 一、", "→ 二、"]


def test_structure_map_has_length_bars(studied):
    _window, panel, _library, _first = studied
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
    assert seen and panel.tabs.currentIndex() == 0


def test_highlight_and_note_are_kept_and_searchable(studied, monkeypatch):
    _window, panel, _library, first = studied
    doc = panel.doc
    target = next(p for p in doc.paragraphs() if p.text.startswith("举办这次培训班"))
    _select(panel, target.index, "主要目的")
    note = panel.add_note(ask=False)
    assert note is not None and note.quote == "主要目的" and note.doc_id == first.id
    assert doc.paragraphs()[note.paragraph].text[note.start : note.end] == "主要目的"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("开宗明义", True))
    _select(panel, target.index, "主要目的")
    panel.add_note(ask=True)
    assert [n.note for n in panel.notes_store.for_document(first.id)] == ["", "开宗明义"]
    panel.notes.search_box.setText("开宗明义")
    assert panel.notes.list.topLevelItemCount() == 1
    panel.notes.search_box.setText("")
    assert panel.notes.list.topLevelItemCount() == 2
    panel.notes.list.setCurrentItem(panel.notes.list.topLevelItem(0))
    panel.notes.remove_button.click()
    assert len(panel.notes_store.for_document(first.id)) == 1


def _select(panel, paragraph: int, words: str) -> None:
    """Select ``words`` in the annotated text of ``paragraph``, as a mouse drag would."""
    block = panel.text.document().findBlockByNumber(panel.text._first_block[paragraph])
    start = block.text().index(words)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=start)
    cursor.movePosition(
        QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(words)
    )
    panel.text.setTextCursor(cursor)


def test_compare_aligns_outlines(studied, qtbot):
    _window, panel, library, _first = studied
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    panel.compare_box.setCurrentIndex(panel.compare_box.findData(other.id))
    panel.compare_button.click()
    qtbot.waitUntil(lambda: panel.compare.topLevelItemCount() > 3, timeout=10000)
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
    assert len(ex._rows) == 6
    ex._rows[0][2].setText("做到四勤")
    ex.check_button.click()
    first = ex.result.topLevelItem(0)
    assert first.text(0) == "一、做到四勤" and "四勤" in first.text(1)
    assert int(first.text(2).rstrip("%")) >= 80
    assert similarity("", "任何") == 0.0


def test_outline_export_markdown(studied, tmp_path):
    _window, panel, _library, _first = studied
    out = panel.export_outline(str(tmp_path / "提纲.md"))
    text = Path(out).read_text(encoding="utf-8")
    assert "- 一、做到“四勤”" in text and "一是腿勤" in text and "多到基层" not in text


def test_structures_panel_mines_and_makes_a_template(studied, qtbot, monkeypatch):
    window, _panel, library, _first = studied
    sp = window.study.structures
    window.structures_action.trigger()
    sp.run_button.click()
    qtbot.waitUntil(lambda: sp.mined is not None, timeout=20000)
    labels = [sp.table.topLevelItem(i).text(0) for i in range(sp.table.topLevelItemCount())]
    assert "四勤" in labels
    row = next(
        sp.table.topLevelItem(i)
        for i in range(sp.table.topLevelItemCount())
        if sp.table.topLevelItem(i).text(0) == "四勤"
    )
    sp.table.setCurrentItem(row)
    assert sp.examples.topLevelItemCount() == 2 and sp.template_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("结构-四勤", True))
    sp.template_button.click()
    target = window.user_template_dir() / "结构-四勤.j2"
    qtbot.waitUntil(target.exists, timeout=10000)
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

    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "a.txt").write_text(SECOND, encoding="utf-8")
    with Library.open(tmp_path / "lib") as library:
        for _ in library.add([folder]):
            pass
        mined = mine_all(library_entries(library), 1)
    sp = StructuresPanel()
    qtbot.addWidget(sp)
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
