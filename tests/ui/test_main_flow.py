"""The whole flow a writer follows, in the real window over a real library:
import a folder -> search -> read a hit -> draft from a template -> insert two results ->
reorder -> undo -> export .docx -> reopen the draft."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton

from drafter.drafts.list_numbers import fit_numbers
from drafter.ui.dialogs.export_dialog import ExportDialog

from .fakes import write_corpus
from .waits import WAIT_MS


def _import(qtbot, window, folder):
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS) as blocker:
        window.library_panel.import_paths([folder])
    return blocker.args[0]


def _search(qtbot, window, query):
    with qtbot.waitSignal(window.search_panel.search_finished, timeout=WAIT_MS) as blocker:
        window.search_panel.search(query)
    return blocker.args[0]


def _export_through_toolbar(qtbot, window, target):
    """Click the toolbar's export button and drive the modal dialog it opens."""
    seen = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, drive)
            return
        seen["dialog"] = dialog
        dialog.path.setText(str(target))
        dialog.start_export()  # accepts the dialog itself when the file is written

    QTimer.singleShot(0, drive)
    button = window.findChild(QToolButton, "exportButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # returns when the dialog closes
    return seen.get("dialog")


def test_import_search_read_draft_export_reopen(qtbot, make_window, library, tmp_path):
    window = make_window()
    window.set_library(library)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 6)

    # Import a folder: documents appear, the folder is watched.
    progress = _import(qtbot, window, corpus)
    assert progress.errors == []
    assert window.library_panel.model.rowCount() == 6
    assert library.watched_folders() == [str(corpus.resolve())]

    # Search: highlighted hits with their heading path.
    results = _search(qtbot, window, "服务水平")
    assert results.total >= 6
    hits = window.search_panel.model.hits()
    assert all(h.highlights for h in hits)
    assert any(h.section for h in hits)

    # Open a hit in the reader: the document is shown with the term highlighted.
    window.search_panel.results.setCurrentIndex(window.search_panel.model.index(1))
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.search_panel.open_current()
    hit = hits[1]
    assert window.reader_panel.document_key == hit.document.id
    block = window.reader_panel.view.document().findBlockByNumber(hit.paragraph_index)
    assert block.text() == hit.text
    assert window.reader_panel._matches

    # Start a draft from a template.
    gallery = window.gallery
    assert gallery.select_template("三个方面")
    with qtbot.waitSignal(gallery.draft_created, timeout=WAIT_MS):
        gallery.create_draft()
    draft = window.editor.draft
    assert len(draft.sections) >= 3
    first, second = draft.sections[0].id, draft.sections[1].id
    window.editor.select_key(first)

    # Insert two search results into the current node (button and Ctrl+Enter).
    results = _search(qtbot, window, "参谋部")
    assert window.search_panel.model.rowCount() >= 2
    window.search_panel.results.setCurrentIndex(window.search_panel.model.index(0))
    window.search_panel.insert_button.click()
    window.search_panel.results.setCurrentIndex(window.search_panel.model.index(1))
    window.search_panel.results.setFocus()
    qtbot.keyClick(
        window.search_panel.results, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    node = window.editor.draft.find(first)
    borrowed = [p for p in node.paragraphs if p.provenance is not None]
    assert len(borrowed) == 2
    assert {p.provenance.document_id for p in borrowed} <= {d.id for d in library.documents()}
    # The text as the source has it, less a list number that has no list to stand in here
    # (drafts.list_numbers: the source's 一、 is dropped in a node with no numbered paragraph);
    # the provenance keeps the source's words whole.
    for p in borrowed:
        fitted = fit_numbers([], 0, [p.provenance.original_text])
        assert p.text == fitted.inserted[0] != p.provenance.original_text

    # Reorder: move the first part down; then undo puts it back.
    window.editor.select_key(first)
    window.editor.move_down_action.trigger()
    assert [n.id for n in window.editor.draft.sections[:2]] == [second, first]
    window.editor.undo_action.trigger()
    assert [n.id for n in window.editor.draft.sections[:2]] == [first, second]

    # Export .docx through the toolbar button.
    out = tmp_path / "讲话稿.docx"
    dialog = _export_through_toolbar(qtbot, window, out)
    assert dialog is not None and dialog.result_path == out
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    for p in borrowed:
        assert p.text in body

    # Save, then reopen the draft: text and provenance survive.
    saved = tmp_path / "草稿.json"
    assert window.editor.save_as(saved)
    assert window.editor.open_draft(saved)
    reopened = window.editor.draft.find(first)
    again = [p for p in reopened.paragraphs if p.provenance is not None]
    assert [(p.text, p.provenance.paragraph_index) for p in again] == [
        (p.text, p.provenance.paragraph_index) for p in borrowed
    ]
    assert str(saved) in window.settings.recent_drafts

    # The provenance link opens the source paragraph in the reader.
    source = again[0].provenance
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.editor.provenance_requested.emit(source.document_id, source.paragraph_index)
    cursor = window.reader_panel.view.textCursor()
    assert cursor.block().text() == source.original_text


def test_template_from_reader_document(qtbot, make_window, library, tmp_path, monkeypatch):
    window = make_window()
    window.set_library(library)
    write_corpus(tmp_path / "c", 1)
    _import(qtbot, window, tmp_path / "c")
    doc_id = library.documents()[0].id
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(doc_id)
    monkeypatch.setattr(window, "_ask_template_name", lambda default: "仿办公室会议讲话")
    window.reader_panel.template_button.click()
    assert (library.root / "templates" / "仿办公室会议讲话.j2").is_file()
    assert window.gallery.current_name() == "仿办公室会议讲话"


def test_event_loop_keeps_running_during_a_large_real_import(qtbot, make_window, library, tmp_path):
    """~200 files through the real library: the GUI thread keeps serving events meanwhile.

    Judged by order, not by the clock: a 10 ms timer must keep firing between the
    import's progress updates. Were the import run on the GUI thread, its progress would
    arrive in one burst at the end with no tick in between, however fast the machine.
    """
    window = make_window()
    window.set_library(library)
    write_corpus(tmp_path / "big", 200)
    events: list[str] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: events.append("tick"))
    window.library_panel.progress.valueChanged.connect(lambda _v: events.append("progress"))
    timer.start()
    progress = _import(qtbot, window, tmp_path / "big")
    timer.stop()
    assert progress.done_files == 200 and not progress.errors
    assert len(library.documents()) == 200
    first, last = events.index("progress"), len(events) - 1 - events[::-1].index("progress")
    during = events[first:last]
    assert during.count("progress") >= 3, "the progress bar moved during the import"
    # Ticks came between progress updates, not just before and after the import.
    gaps_with_ticks = sum(1 for a, b in zip(during, during[1:]) if a == "tick" and b == "progress")
    assert gaps_with_ticks >= 2


def test_sample_corpus_imports_and_reads(qtbot, make_window, library, sample_corpus):
    """The project's own sample corpus imports cleanly and every document opens."""
    window = make_window()
    window.set_library(library)
    progress = _import(qtbot, window, sample_corpus)
    assert not progress.errors
    assert window.library_panel.model.rowCount() >= 5
    for info in library.documents():
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
            window.reader_panel.open_document(info.id)
        view = window.reader_panel.view.document()
        # the text's paragraphs, then (apart, under a rule) what the editor or the page
        # added: a web copy's 发布时间/来源 line is shown there, not counted as text
        body = next(
            (
                b
                for b in range(view.blockCount())
                if "不属于正文" in view.findBlockByNumber(b).text()
            ),
            view.blockCount(),
        )
        assert body == info.paragraphs


def test_sync_watched_folder_adds_updates_and_removes(qtbot, make_window, library, tmp_path):
    window = make_window()
    window.set_library(library)
    paths = write_corpus(tmp_path / "c", 3)
    _import(qtbot, window, tmp_path / "c")
    paths[0].unlink()
    paths[1].write_text(paths[1].read_text(encoding="utf-8") + "\n补充一段新的内容。\n", "utf-8")
    write_corpus(tmp_path / "new", 4)[3].rename(tmp_path / "c" / "added.txt")
    messages: list[str] = []
    window.library_panel.status_message.connect(messages.append)
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS) as blocker:
        window.sync_action.trigger()
    done = blocker.args[0]
    assert (done.added, done.updated, done.removed) == (1, 1, 1)
    assert window.library_panel.model.rowCount() == 3
    assert any("新增 1 篇" in m and "移除 1 篇" in m for m in messages)


def test_preferences_reindex_after_new_words_and_library_move(
    qtbot, make_window, library, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from drafter.ui.dialogs.preferences import PreferencesDialog

    window = make_window()
    window.set_library(library)
    write_corpus(tmp_path / "c", 2)
    _import(qtbot, window, tmp_path / "c")
    library.add_words(["政治机关定位"])  # as the dictionary tab would
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: (self.accept(), 1)[1])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.prefs_action.trigger()
    assert not library.needs_reindex()

    def move(self):
        self.library_dir.setText(str(tmp_path / "elsewhere"))
        self.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", move)
    with qtbot.waitSignal(window.library_dir_requested, timeout=WAIT_MS) as blocker:
        window.prefs_action.trigger()
    assert blocker.args == [str(tmp_path / "elsewhere")]
    assert window.settings.library_dir == str(tmp_path / "elsewhere")


def test_switching_to_another_library_folder(qtbot, make_window, library, tmp_path):
    from drafter import app

    window = make_window()
    window.set_library(library)
    write_corpus(tmp_path / "c", 2)
    _import(qtbot, window, tmp_path / "c")
    with qtbot.waitSignal(window.library_ready, timeout=WAIT_MS) as blocker:
        app._reopen(window, tmp_path / "other")
    other = blocker.args[0]
    try:
        assert other.root == tmp_path / "other"
        assert window.library_panel.model.rowCount() == 0  # the new library is empty
        assert window.library is other
    finally:
        other.close()


def test_watched_folders_dialog_lists_unwatches_and_syncs(qtbot, make_window, library, tmp_path):
    from drafter.ui.dialogs.watched_folders import WatchedFoldersDialog

    window = make_window()
    window.set_library(library)
    only = write_corpus(tmp_path / "a", 1)[0]
    only.write_text(only.read_text("utf-8") + "\n甲文件夹独有的一段。\n", "utf-8")
    write_corpus(tmp_path / "b", 2)
    _import(qtbot, window, tmp_path / "a")
    _import(qtbot, window, tmp_path / "b")
    dialog = WatchedFoldersDialog(library, window)
    qtbot.addWidget(dialog)
    assert dialog.folders() == sorted(str((tmp_path / n).resolve()) for n in "ab")
    dialog.list.setCurrentRow(0)
    dialog.unwatch_selected()
    assert library.watched_folders() == [str((tmp_path / "b").resolve())]
    assert len(library.documents()) == 3  # stopping the watch keeps the documents
    dialog.sync_requested.connect(window.library_panel.sync_watched)
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        dialog.sync_button.click()


def test_syncing_two_folders_reports_both(qtbot, make_window, library, tmp_path):
    # Regression: the status line after F5 gave only the last folder's counts.
    window = make_window()
    window.set_library(library)
    write_corpus(tmp_path / "a", 2)
    _import(qtbot, window, tmp_path / "a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "一.txt").write_text(
        "在全区工作会议上的讲话\n\n同志们：\n\n今天的会议很重要，大家要认真抓好落实。\n",
        encoding="utf-8",
    )
    _import(qtbot, window, tmp_path / "b")
    write_corpus(tmp_path / "new", 3)[2].rename(tmp_path / "a" / "added.txt")
    (tmp_path / "b" / "一.txt").unlink()
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS) as blocker:
        window.sync_action.trigger()
    done = blocker.args[0]
    assert (done.added, done.removed) == (1, 1)
