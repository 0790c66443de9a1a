"""The reader's document comes back after a restart: 学习模式 came back on at start over an
empty reader, and the trainee went looking for the 范文 again (the ux walk). A document
since removed from the library is not reopened, and says nothing."""

from __future__ import annotations

from drafter.settings import Settings
from drafter.ui.main_window import MainWindow

from .study_setup import FIRST, library_of
from .waits import WAIT_MS


def _restart(qtbot, tmp_path, library) -> MainWindow:
    window = MainWindow(
        Settings.load(tmp_path / "settings.toml"), tmp_path / "settings.toml", tmp_path / "rec"
    )
    window.editor.confirm_close = lambda: True
    qtbot.addWidget(window)
    window.show()
    window.set_library(library)
    return window


def test_the_reader_reopens_its_document_after_a_restart(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    try:
        window = make_window(Settings(study_mode=True))
        window.set_library(library)
        doc = library.documents()[0]
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
            window.reader_panel.open_document(doc.id)
        window.close()
        assert Settings.load(tmp_path / "settings.toml").reader_document == doc.id
        restarted = MainWindow(
            Settings.load(tmp_path / "settings.toml"), tmp_path / "settings.toml", tmp_path / "rec"
        )
        restarted.editor.confirm_close = lambda: True
        qtbot.addWidget(restarted)
        restarted.show()
        with qtbot.waitSignal(restarted.reader_panel.document_opened, timeout=WAIT_MS):
            restarted.set_library(library)
        assert restarted.reader_panel.document_key == doc.id
        assert restarted.study_action.isChecked()  # and the mode over it, as before
        restarted.close()
        # the file changed while the app was closed: its new version opens (it had a new id,
        # and the reader came back empty)
        path = tmp_path / "texts" / "开班式讲话.txt"
        path.write_text(FIRST + "谢谢大家！\n", encoding="utf-8")
        for _ in library.add([path]):
            pass
        new = library.documents()[0]
        assert new.id != doc.id
        changed = MainWindow(
            Settings.load(tmp_path / "settings.toml"), tmp_path / "settings.toml", tmp_path / "rec"
        )
        changed.editor.confirm_close = lambda: True
        qtbot.addWidget(changed)
        changed.show()
        with qtbot.waitSignal(changed.reader_panel.document_opened, timeout=WAIT_MS):
            changed.set_library(library)
        assert changed.reader_panel.document_key == new.id
        changed.close()
        doc = new
        library.remove(doc.id)
        again = _restart(qtbot, tmp_path, library)
        qtbot.wait(100)
        assert again.reader_panel.document is None
    finally:
        library.close()


def test_at_1280x720_the_reopened_document_is_in_front(make_window, qtbot, tmp_path):
    """The compact layout tabs 模板 with the reader, 模板 in front: the 范文 reopened behind it,
    and the trainee saw the structure map beside a template gallery."""
    from PySide6.QtCore import QRect

    from drafter.ui.screen_fit import fit_main_window

    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    try:
        doc = library.documents()[0]
        window = make_window(Settings(study_mode=True, reader_document=doc.id))
        room = QRect(0, 0, 1280, 720)
        window.resize(room.width(), room.height())
        window.show()
        qtbot.waitExposed(window, timeout=WAIT_MS)
        fit_main_window(window, window.reader_dock, window.draft_dock, room=room)
        window.gallery_dock.show()
        window.gallery_dock.raise_()
        qtbot.wait(50)
        assert window.gallery_dock in window.tabifiedDockWidgets(window.reader_dock)
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
            window.set_library(library)
        qtbot.wait(50)
        reader = window.reader_dock
        assert reader.isVisible() and not reader.visibleRegion().isEmpty()
        assert window.gallery_dock.visibleRegion().isEmpty()
    finally:
        library.close()
