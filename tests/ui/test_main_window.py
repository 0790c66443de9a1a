"""The main window wires the panels together; startup never blocks the event loop."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from drafter.ui.startup import Startup

from .fakes import FakeLibrary, write_corpus
from .waits import WAIT_MS, WAIT_S

OBJECT_NAMES = [
    "searchBox",
    "searchResults",
    "readerView",
    "readerOutline",
    "libraryView",
    "importButton",
    "exportButton",
    "draftEditor",
]


def _imported(qtbot, window, tmp_path, count=4):
    lib = FakeLibrary(tmp_path / "lib")
    window.set_library(lib)
    write_corpus(tmp_path / "c", count)
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.import_paths([tmp_path / "c"])
    return lib


def test_stable_object_names(make_window):
    window = make_window()
    for name in OBJECT_NAMES:
        assert window.findChild(QWidget, name) is not None, name
    assert isinstance(window.findChild(QAbstractButton, "exportButton"), QAbstractButton)


def test_every_menu_action_with_shortcut_is_unique(make_window):
    window = make_window()
    seen: dict[str, str] = {}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            for key in action.shortcuts():
                text = key.toString()
                assert seen.get(text, action.text()) == action.text(), f"{text} used twice"
                seen[text] = action.text()
    for key in ("Ctrl+F", "Ctrl+I", "F3", "Shift+F3", "Ctrl+S", "Ctrl+E", "Ctrl+Z", "Ctrl+1"):
        assert key in seen, key


def test_search_hit_opens_reader_and_inserts_into_draft(qtbot, make_window, tmp_path):
    window = make_window()
    _imported(qtbot, window, tmp_path)
    assert window.library_label.text() == f"资料库：{tmp_path / 'lib'}（4 篇）"
    with qtbot.waitSignal(window.search_panel.search_finished, timeout=WAIT_MS):
        window.search_panel.search("参谋部")
    hit = window.search_panel.model.hit_at(0)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.search_panel.open_current()
    assert window.reader_panel.document_key == hit.document.id
    assert window.reader_panel._matches  # the hit's term is highlighted
    window.search_panel.insert_current()
    paragraphs = window.editor.draft.opening
    assert paragraphs[-1].text == hit.text
    assert paragraphs[-1].provenance.document_id == hit.document.id
    assert paragraphs[-1].provenance.paragraph_index == hit.paragraph_index


def test_provenance_link_opens_the_source(qtbot, make_window, tmp_path):
    window = make_window()
    lib = _imported(qtbot, window, tmp_path, 1)
    doc_id = lib.documents()[0].id
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.editor.provenance_requested.emit(doc_id, 5)
    cursor = window.reader_panel.view.textCursor()
    assert cursor.block().blockNumber() == 5


def test_history_is_saved_to_settings(qtbot, make_window, tmp_path):
    window = make_window()
    _imported(qtbot, window, tmp_path, 1)
    window.search_panel.search_box.setText("服务")
    with qtbot.waitSignal(window.search_panel.search_finished, timeout=WAIT_MS):
        window.search_panel.search_box.returnPressed.emit()
    assert window.settings.search_history[0] == "服务"
    from drafter.settings import Settings

    assert Settings.load(tmp_path / "settings.toml").search_history[0] == "服务"


def test_startup_shows_window_before_library_and_search_waits(qtbot, make_window, tmp_path):
    window = make_window()
    gate = threading.Event()
    write_corpus(tmp_path / "c", 2)

    def slow_open(root):
        gate.wait(WAIT_S)  # the library takes as long as the test wants
        return FakeLibrary(root)

    startup = Startup(window, tmp_path / "lib", open_library=slow_open, samples=tmp_path / "c")
    startup.start()
    qtbot.wait(50)
    assert window.isVisible() and window.library is None
    window.search_panel.search("参谋部")
    assert "正在加载" in window.search_panel.status_label.text()
    with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
        gate.set()
    assert window.library is not None
    assert window.library_panel.model.rowCount() == 2  # samples imported on first start
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 2, timeout=WAIT_MS)


class _HandshakeLibrary(FakeLibrary):
    """A fake library whose import stops halfway until the GUI thread answers."""

    def __init__(self, root):
        super().__init__(root, delay_s=0.001)
        self.halfway = threading.Event()
        self.answered = threading.Event()
        self.threads: set[int] = set()

    def add(self, paths, cancel=None):
        for n, progress in enumerate(super().add(paths, cancel)):
            self.threads.add(threading.get_ident())
            if n == 100:
                self.halfway.set()
                self.answered.wait(WAIT_S)  # only a frozen GUI thread leaves this unanswered
            yield progress


def test_event_loop_runs_during_a_large_import(qtbot, make_window, tmp_path):
    # Halfway through, the import waits for a timer on the GUI thread to answer: were the
    # import run on (or blocking) the GUI thread, the timer could not fire. A handshake
    # rather than measured gaps between ticks, which a loaded machine stretches.
    window = make_window()
    lib = _HandshakeLibrary(tmp_path / "lib")
    window.set_library(lib)
    write_corpus(tmp_path / "c", 200)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: lib.halfway.is_set() and lib.answered.set())
    timer.start()
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.import_paths([tmp_path / "c"])
    timer.stop()
    assert len(lib.documents()) == 200
    assert lib.answered.is_set(), "the GUI thread did not run while the import was halfway"
    assert threading.get_ident() not in lib.threads


def test_open_file_at_startup_shows_it_in_the_reader(qtbot, make_window, tmp_path):
    window = make_window()
    path = write_corpus(tmp_path / "c", 1)[0]
    startup = Startup(window, tmp_path / "lib", open_library=FakeLibrary, open_file=path)
    with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
        startup.start()
    assert window.reader_panel.document_key == str(path)
    assert window.reader_panel.view.document().blockCount() > 5


def test_layout_and_recent_drafts_survive_a_restart(qtbot, make_window, tmp_path):
    from drafter.settings import Settings

    window = make_window()
    window.reader_dock.hide()
    draft = tmp_path / "稿件.json"
    assert window.editor.save_as(draft)
    window.close()
    settings = Settings.load(tmp_path / "settings.toml")
    assert settings.window_state and settings.recent_drafts == [str(draft)]
    again = make_window(settings)
    assert not again.reader_dock.isVisible()
    again.recent_menu.refill()
    titles = [a.text() for a in again.recent_menu.actions()]
    assert any("稿件.json" in t for t in titles)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Qt's QPoint drag-event constructors
def test_search_hit_dragged_onto_a_draft_heading(qtbot, make_window, tmp_path):
    """The search list's drag payload is what the draft editor's outline accepts."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from drafter.drafts.model import Draft, DraftNode

    window = make_window()
    _imported(qtbot, window, tmp_path, 2)
    window.editor.set_draft(Draft(sections=[DraftNode("甲"), DraftNode("乙")]))
    with qtbot.waitSignal(window.search_panel.search_finished, timeout=WAIT_MS):
        window.search_panel.search("参谋部")
    model = window.search_panel.model
    mime = model.mimeData([model.index(0)])
    tree = window.editor.tree
    target = window.editor.draft.sections[1]
    rect = tree.visualRect(window.editor.session.model.index_for_key(target.id))
    actions = Qt.DropAction.CopyAction
    args = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    pos = QPointF(rect.center())
    viewport = tree.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(pos.toPoint(), *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos.toPoint(), *args))
    QApplication.sendEvent(viewport, QDropEvent(pos, *args))
    node = window.editor.draft.find(target.id)
    assert [p.text for p in node.paragraphs] == [model.hit_at(0).text]
    assert node.paragraphs[0].provenance.document_id == model.hit_at(0).document.id


def test_missing_recent_draft_is_forgotten_with_a_message(qtbot, make_window, monkeypatch):
    from drafter.settings import Settings
    from drafter.ui import main_window

    shown = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, msg: shown.append(msg))
    window = make_window(Settings(recent_drafts=["/nowhere/旧稿.json"]))
    window.recent_menu.refill()
    window.recent_menu.actions()[0].trigger()
    assert window.settings.recent_drafts == []
    assert shown and "/nowhere/旧稿.json" in shown[0]


def _view_action(window, dock_title: str):
    view_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "视图(&V)")
    return next(a for a in view_menu.actions() if a.text() == f"转到{dock_title}")


def test_going_to_a_dock_puts_the_keyboard_where_the_keys_work(qtbot, make_window, tmp_path):
    # Regression: Ctrl+1 focused the panel itself, so Down/Enter/Ctrl+Enter did nothing.
    window = make_window()
    _imported(qtbot, window, tmp_path, count=2)
    for title, name in (("资料库", "libraryView"), ("检索", "searchBox"), ("阅读", "readerView")):
        _view_action(window, title).trigger()
        assert window.focusWidget() is window.findChild(QWidget, name), title
    _view_action(window, "草稿").trigger()
    assert window.focusWidget() is window.editor.findChild(QWidget, "draftOutline")


def test_an_import_shows_the_library_dock_with_its_progress(qtbot, make_window, tmp_path):
    # Regression: Ctrl+I while the search tab was in front ran the import out of sight.
    window = make_window()
    window.set_library(FakeLibrary(tmp_path / "lib"))
    window.search_dock.raise_()
    assert "资料库" not in _front_tabs(window)
    write_corpus(tmp_path / "c", 2)
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.import_paths([tmp_path / "c"])
        assert "资料库" in _front_tabs(window)
        assert window.library_panel.progress_box.isVisibleTo(window.library_panel)


def _front_tabs(window) -> list[str]:
    return [bar.tabText(bar.currentIndex()) for bar in window.findChildren(QTabBar)]


class _EmacsLineEdit(QLineEdit):
    """A text box that claims Ctrl+E as QLineEdit does under X11 (end of line)."""

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination().toCombined() == (
            QKeySequence("Ctrl+E")[0].toCombined()
        ):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_exports_even_while_typing_in_a_text_box(qtbot, make_window, monkeypatch):
    # Regression: under a real X11 window Ctrl+E in the search box moved the cursor instead.
    window = make_window()
    box = _EmacsLineEdit(window.search_panel)
    box.show()
    override = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
    )
    override.ignore()
    QApplication.sendEvent(box, override)
    assert not override.isAccepted()  # the window's shortcut wins
    other = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier)
    other.ignore()
    QApplication.sendEvent(box, other)  # plain typing is untouched


def test_qt_standard_buttons_speak_chinese(qtbot):
    # Regression: Save/Discard/Cancel, OK and the file dialog were in English.
    from drafter.ui.application import install_chinese_qt

    app = QApplication.instance()
    translator = install_chinese_qt(app)
    try:
        assert translator is not None
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Save).text() == "保存"
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def test_shortcut_list_names_each_key_once_in_chinese(make_window):
    # Regression: "Ctrl+回车，Ctrl+回车" (Return and Enter read the same in Chinese).
    from drafter.ui.application import install_chinese_qt
    from drafter.ui.dialogs.help import shortcut_rows

    app = QApplication.instance()
    translator = install_chinese_qt(app)
    try:
        window = make_window()
        rows = dict(shortcut_rows([window.insert_hit_action]))
        keys = rows["插入所选检索结果"].split("，")
        assert len(keys) == len(set(keys))
    finally:
        if translator is not None:
            app.removeTranslator(translator)
