"""The library panel lists, filters, imports (with progress and cancel) and removes."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import FakeLibrary, write_corpus
from .waits import WAIT_MS


def _panel(qtbot, tmp_path, delay=0.0):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    lib = FakeLibrary(tmp_path / "lib", delay_s=delay)
    panel.set_library(lib)
    return panel, lib


def test_empty_library_shows_help(qtbot, tmp_path):
    panel, _ = _panel(qtbot, tmp_path)
    assert panel.stack.currentWidget() is panel.empty_label
    assert "导入" in panel.empty_label.text()
    assert panel.findChild(type(panel.import_button), "importButton") is panel.import_button


def test_import_folder_fills_table_and_watches(qtbot, tmp_path):
    panel, lib = _panel(qtbot, tmp_path)
    write_corpus(tmp_path / "c", 4)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS) as blocker:
        panel.import_paths([tmp_path / "c"])
    assert blocker.args[0].done_files == 4
    assert panel.view.model().rowCount() == 4
    assert panel.stack.currentWidget() is panel.browse  # the occasion tree and the table
    assert panel.view.parent() is panel.browse
    assert lib.watched_folders() == [str(tmp_path / "c")]
    assert "共 4 篇" in panel.count_label.text()
    assert not panel.progress_box.isVisible()
    panel.filter_box.setText("全区")
    assert panel.view.model().rowCount() == 1


def test_import_requested_before_library_opens_runs_later(qtbot, tmp_path):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    write_corpus(tmp_path / "c", 2)
    messages = []
    panel.status_message.connect(messages.append)
    panel.import_paths([tmp_path / "c"])
    assert any("打开后" in m for m in messages)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.set_library(FakeLibrary(tmp_path / "lib"))
    assert panel.model.rowCount() == 2


def test_progress_shown_and_cancel_keeps_imported(qtbot, tmp_path):
    panel, _lib = _panel(qtbot, tmp_path, delay=0.02)
    panel.show()
    write_corpus(tmp_path / "c", 60)
    panel.import_paths([tmp_path / "c"])
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=WAIT_MS)
    assert panel.progress_box.isVisible()
    assert "speech_" in panel.progress_label.text()
    # the counts stand under the bar, the bar holds the percentage only: in a narrow
    # column "24/54 个文件 37% 剩余约 15 秒" was cut inside the bar (ux68)
    assert panel.progress.format() == "%p%"
    assert "/60 个文件" in panel.progress_counts.text()
    messages = []
    panel.status_message.connect(messages.append)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    # Regression: the files still finishing replaced "cancelling" with "reading x.txt".
    panel._on_progress(panel._last_progress)
    assert panel.progress_label.text().startswith("正在取消")
    qtbot.waitUntil(lambda: not panel.busy(), timeout=WAIT_MS)
    assert any("已取消" in m for m in messages)
    assert 0 < panel.model.rowCount() < 60
    assert not panel.progress_box.isVisible()


def test_drop_files_imports_them(qtbot, tmp_path):
    panel, _ = _panel(qtbot, tmp_path)
    paths = write_corpus(tmp_path / "c", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.dropEvent(event)
    assert panel.model.rowCount() == 2


def test_bad_file_is_listed_and_rest_imported(qtbot, tmp_path):
    panel, _ = _panel(qtbot, tmp_path)
    write_corpus(tmp_path / "c", 2)
    (tmp_path / "c" / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 bad")
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS) as blocker:
        panel.import_paths([tmp_path / "c"])
    assert len(blocker.args[0].errors) == 1
    assert panel.model.rowCount() == 2
    boxes = [w for w in panel.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "未能导入" in boxes[0].text()


def test_remove_selected_after_confirmation(qtbot, tmp_path, monkeypatch):
    panel, lib = _panel(qtbot, tmp_path)
    write_corpus(tmp_path / "c", 3)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([tmp_path / "c"])
    panel.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.library_changed, timeout=WAIT_MS):
        panel.remove_selected()
    assert len(lib.documents()) == 2
    assert panel.model.rowCount() == 2


def test_activating_a_row_opens_the_document(qtbot, tmp_path):
    panel, lib = _panel(qtbot, tmp_path)
    write_corpus(tmp_path / "c", 1)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([tmp_path / "c"])
    with qtbot.waitSignal(panel.document_activated, timeout=WAIT_MS) as blocker:
        panel.view.activated.emit(panel.proxy.index(0, 0))
    assert blocker.args == [lib.documents()[0].id]


def test_eta_from_bytes_done():
    from types import SimpleNamespace

    from drafter.ui.panels.library_status import eta_text, summary

    p = SimpleNamespace(total_bytes=1000, done_bytes=250)
    assert eta_text(0.0, p, now=1.0) == ""  # too early to say
    assert eta_text(0.0, p, now=10.0) == "  剩余约 30 秒"
    assert eta_text(0.0, p, now=40.0) == "  剩余约 2 分 0 秒"
    done = SimpleNamespace(done_files=3, errors=[("a", "b")], added=2, updated=0, removed=1)
    assert summary(done) == "新增 2 篇，移除 1 篇，1 个文件出错"
    done.unsupported = ["/稿件/甲.pptx", "/稿件/乙.xlsx"]  # left out for their type: named
    assert summary(done) == (
        "新增 2 篇，移除 1 篇，未导入 2 个类型不支持的文件：甲.pptx、乙.xlsx，1 个文件出错"
    )
    # a copy left out is named with the file it repeats (重复 1 篇 said neither, ux54)
    copy = SimpleNamespace(done_files=2, errors=[], added=1, duplicates=1)
    copy.duplicate_of = [("/稿件/副本.txt", "/稿件/甲.txt")]
    assert summary(copy) == "新增 1 篇，重复 1 篇（副本.txt 与 甲.txt 内容相同）"


def test_reindex_keeps_a_library_searchable(qtbot, tmp_path):
    # Regression (found here, fixed in the core in f851b59): the re-index after new
    # dictionary words ran worker processes that wrote into the old index folder, which
    # the re-index then deleted: every later search and import failed on a missing *.trm.
    from drafter.library import Library

    write_corpus(tmp_path / "c", 5)
    library = Library.open(tmp_path / "lib", workers=2)
    library.IN_PROCESS_BYTES = 0  # take the worker path even for a small library
    try:
        list(library.add([tmp_path / "c"]))
        library.add_words(["放管服"])
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.reindex()
        assert not library.needs_reindex()
        assert list(library.search("服务").hits)
    finally:
        library.close()


def test_errors_of_a_cancelled_import_stay_viewable(qtbot, tmp_path, monkeypatch):
    """Regression (issue 12): after a cancelled import the status said "1 个文件出错" with
    no way to see which file. A real library imports a folder with one unreadable file;
    the import is cancelled; the panel keeps a button that lists the file by its path."""
    from drafter.library import Library

    panel = LibraryPanel()
    qtbot.addWidget(panel)
    library = Library.open(tmp_path / "lib", workers=1)
    panel.set_library(library)
    panel.show()
    write_corpus(tmp_path / "c", 150)
    bad = tmp_path / "c" / "000_坏文件.docx"
    bad.write_bytes(b"this is not a zip archive" * 40)  # a .docx that is no Word file
    panel.import_paths([tmp_path / "c"])
    qtbot.waitUntil(
        lambda: panel._last_progress is not None and bool(panel._last_progress.errors),
        timeout=WAIT_MS,
    )
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=WAIT_MS)
    assert any("已取消" in m and "1 个文件出错" in m for m in messages), messages
    assert panel.errors_button.isVisible()
    assert panel.errors_button.text().startswith("1 个文件出错")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    qtbot.mouseClick(panel.errors_button, Qt.MouseButton.LeftButton)
    assert shown and str(bad) in shown[0].detailedText()
    library.close()


def test_narrow_panel_puts_the_occasion_tree_above_the_table(qtbot, tmp_path):
    """Beside the table in a ~400 px dock the tree left the titles two characters wide."""
    panel, _ = _panel(qtbot, tmp_path)
    panel.show()
    panel.resize(400, 600)
    qtbot.waitUntil(lambda: panel.browse.orientation() == Qt.Orientation.Vertical, timeout=WAIT_MS)
    panel.resize(900, 600)
    qtbot.waitUntil(
        lambda: panel.browse.orientation() == Qt.Orientation.Horizontal, timeout=WAIT_MS
    )


def test_import_names_the_files_of_a_type_it_cannot_read(qtbot, tmp_path):
    """A real library imports a folder holding two slide decks beside the speeches: the
    status line after it says they were not imported and names them (left out without a
    word, a folder of them imported nothing and nobody said why)."""
    from drafter.library import Library

    panel = LibraryPanel()
    qtbot.addWidget(panel)
    library = Library.open(tmp_path / "lib", workers=1)
    panel.set_library(library)
    write_corpus(tmp_path / "c", 2)
    for name in ("甲讲话.pptx", "乙讲话.pptx"):
        (tmp_path / "c" / name).write_bytes(b"PK\x03\x04 a presentation")
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([tmp_path / "c"])
    done = [m for m in messages if m.startswith("完成")]
    assert done and "新增 2 篇" in done[0]
    assert "未导入 2 个类型不支持的文件：乙讲话.pptx、甲讲话.pptx" in done[0]
    library.close()


def test_no_count_while_the_scan_finds_the_files():
    """The scan has counted nothing yet: the line under the bar said 0/0 个文件 until it ended
    (ux83's walk); it says nothing then, and the counts once the files are known."""
    from drafter.library.model import ImportProgress
    from drafter.ui.panels.library_status import counts_text

    assert counts_text(0.0, ImportProgress(0, 0, 0, 0, "", [], "scan"), now=5.0) == ""
    reading = ImportProgress(1, 4, 10, 40, "a.txt", [], "read")
    assert counts_text(0.0, reading, now=1.0) == "1/4 个文件"
    assert counts_text(0.0, reading, now=10.0) == "1/4 个文件，剩余约 30 秒"


def test_a_resync_counts_only_the_files_it_reads(tmp_path):
    """A watched folder's re-sync with one file of three changed: the line under the bar
    began at 2/3 个文件 (ux83's walk: 500/501), the unchanged files counted as done before
    anything was read. It counts the files it reads and says the rest apart."""
    from drafter.library import open_library
    from drafter.ui.panels.library_status import counts_text

    write_corpus(tmp_path / "c", 3)
    library = open_library(tmp_path / "lib", workers=1)
    try:
        list(library.add([tmp_path / "c"]))
        changed = sorted((tmp_path / "c").iterdir())[0]
        changed.write_text(changed.read_text("utf-8") + "\n补充一段新的内容。\n", "utf-8")
        said = [counts_text(0.0, p, now=1.0) for p in library.sync(tmp_path / "c")]
        assert "0/1 个文件（另 2 个未变）" in said, said
        assert said[-1] == "1/1 个文件（另 2 个未变）", said
    finally:
        library.close()
