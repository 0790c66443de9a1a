"""导入文件夹 in the real window over a real library: the folder becomes a watched folder and the
status line says so (and how to sync it, F5), the same words the command line prints; the
同步 button then picks up a file added later. A folder the command line added is synced too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.cli import main
from drafter.library import Library
from drafter.ui import file_dialogs

from .fakes import write_corpus
from .waits import WAIT_MS


def _click_and_wait(qtbot, panel, button):
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _window_and_folder(make_window, library, tmp_path):
    """The window over ``library`` and a folder of two speeches not imported yet: the
    setting of the tests that import a folder through the library panel."""
    window = make_window()
    window.set_library(library)
    folder = tmp_path / "讲话稿"
    write_corpus(folder, 2)
    return window, window.library_panel, folder


def test_import_folder_says_it_is_watched_and_sync_picks_up_new_files(
    qtbot, make_window, library, tmp_path, monkeypatch
):
    window, panel, folder = _window_and_folder(make_window, library, tmp_path)
    monkeypatch.setattr(file_dialogs, "get_existing_directory", lambda *a, **k: str(folder))
    messages: list[str] = []
    panel.status_message.connect(messages.append)

    done = _click_and_wait(qtbot, panel, panel.import_folder_button)
    assert done.added == 2
    said = messages[-1]
    assert said.startswith("完成：")
    # the folder last: a long path cut off by the status bar keeps the words on how to sync
    assert said.endswith(
        f"。已监视文件夹（以后其中新增、修改或删除的文件，按 F5 即可同步）：{folder.resolve()}"
    )

    write_corpus(tmp_path / "later", 3)[2].rename(folder / "新的一篇.txt")
    done = _click_and_wait(qtbot, panel, panel.sync_button)
    assert done.added == 1 and panel.model.rowCount() == 3

    # The same folder again: no second entry, and the status line says it was watched already.
    _click_and_wait(qtbot, panel, panel.import_folder_button)
    assert f"文件夹已在监视中：{folder.resolve()}" in messages[-1]
    assert library.watched_folders() == [str(folder.resolve())]


def test_a_folder_added_on_the_command_line_is_synced_by_the_app(
    qtbot, make_window, tmp_path, capsys
):
    folder = tmp_path / "命令行"
    write_corpus(folder, 2)
    assert main(["--library", str(tmp_path / "lib2"), "library", "add", str(folder)]) == 0
    capsys.readouterr()
    write_corpus(tmp_path / "later", 3)[2].rename(folder / "新的一篇.txt")
    with Library.open(tmp_path / "lib2") as library:
        window = make_window()
        window.set_library(library)
        messages: list[str] = []
        window.library_panel.status_message.connect(messages.append)
        done = _click_and_wait(qtbot, window.library_panel, window.library_panel.sync_button)
        assert done.added == 1, messages
        assert window.library_panel.model.rowCount() == 3


def test_removing_a_document_of_a_watched_folder_says_it_would_come_back(
    qtbot, make_window, library, tmp_path, monkeypatch
):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QMessageBox

    window, panel, folder = _window_and_folder(make_window, library, tmp_path)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([folder])
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    view = panel.view
    view.selectionModel().select(
        panel.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.remove_docs_action.trigger()
    assert asked and "原文件不会被删除" in asked[-1]
    assert f"原文件在监视的文件夹 {folder.resolve()} 中，下次同步时会重新导入" in asked[-1]
    assert "监视的文件夹…」中停止监视" in asked[-1]
    assert panel.model.rowCount() == 2  # answered No: nothing removed

    library.unwatch(folder)
    window.remove_docs_action.trigger()
    assert "监视" not in asked[-1]


def test_a_copy_in_the_folder_is_named_on_the_status_line(
    qtbot, make_window, library, tmp_path, monkeypatch
):
    """Walking a writer's import of 294 real texts (ux54), the status line said 重复 1 篇 and
    named neither file: a report saved twice under two names was left to be found by hand."""
    window, panel, folder = _window_and_folder(make_window, library, tmp_path)
    first = sorted(folder.iterdir())[0]
    (folder / "再存一份.txt").write_bytes(first.read_bytes())
    monkeypatch.setattr(file_dialogs, "get_existing_directory", lambda *a, **k: str(folder))
    messages: list[str] = []
    panel.status_message.connect(messages.append)

    done = _click_and_wait(qtbot, panel, panel.import_folder_button)
    assert done.added == 2 and done.duplicates == 1
    assert f"重复 1 篇（再存一份.txt 与 {first.name} 内容相同）" in messages[-1]
