"""A window on a library the user cannot write (a read-only share, a disc, no rights) says
只读 in its title and status bar and greys out importing, syncing, re-reading, removal,
corrections, document information and notes, each tooltip saying why; searching, reading
and studying still work, and a drop of files writes nothing.

The library is made read-only with chmod and the window runs in a child pytest the
operating system itself refuses writes (as ``nobody`` when the tests run as root, who
ignores file modes; see tests/unprivileged.py): the outer test prepares the library and
judges the child's result, the inner one drives the real widgets with qtbot."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox

from drafter.library import Library
from tests.unprivileged import (
    make_read_only,
    open_up,
    run_unprivileged,
    shared_temp_dir,
    unprivileged_skip_reason,
)

from .waits import WAIT_MS

ENV = "DRAFTER_TEST_READ_ONLY_LIBRARY"


def test_a_window_on_a_read_only_library_says_so_and_holds_every_write():
    reason = unprivileged_skip_reason()
    if reason:
        pytest.skip(reason)
    base = shared_temp_dir()
    try:
        docs = base / "docs"
        docs.mkdir()
        (docs / "a.txt").write_text(
            "在全县学习会上的讲话\n\n一、加强学习\n\n我们要加强理论学习，提高能力。\n\n"
            "二、改进作风\n\n坚持深入基层调查研究。\n",
            "utf-8",
        )
        with Library.open(base / "lib", workers=1) as lib:
            list(lib.add([docs]))
        make_read_only(base / "lib")
        here = Path(__file__).resolve()
        out = run_unprivileged(
            [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-q",
                "-x",
                f"{here}::test_inner_read_only_window",
            ],
            cwd=here.parents[2],
            env={ENV: str(base), "QT_QPA_PLATFORM": "offscreen"},
            timeout=300,
        )
        assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
        assert "1 passed" in out.stdout, out.stdout[-2000:]
    finally:
        open_up(base)
        shutil.rmtree(base)


def test_inner_read_only_window(make_window, qtbot, monkeypatch):
    """Run by the test above in a child that may not write the library."""
    if not os.environ.get(ENV):
        pytest.skip("run by test_a_window_on_a_read_only_library_says_so_and_holds_every_write")
    base = Path(os.environ[ENV])
    root = base / "lib"
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()))
    library = Library.open(root, workers=1)
    assert library.read_only  # the OS refuses: this child really cannot write
    window = make_window()
    window.set_library(library)
    try:
        why = library.read_only
        assert "只读" in window.windowTitle()
        assert "只读" in window.library_label.text()
        assert why in window.library_label.toolTip()
        assert "只读" in window.statusBar().currentMessage()

        panel = window.library_panel
        for control in (
            window.import_files_action,
            window.import_folder_action,
            window.sync_action,
            window.reindex_action,
            window.remove_docs_action,
            panel.import_button,
            panel.import_folder_button,
            panel.sync_button,
            panel.remove_button,
            panel.edit_action,
            panel.reparse_notice.button,
        ):
            assert not control.isEnabled(), control
            assert why in control.toolTip(), (control, control.toolTip())

        # a drop (or anything that starts an import) writes nothing and says why
        said: list[str] = []
        panel.status_message.connect(said.append)
        panel.import_paths([str(base / "docs")])
        assert not panel.busy()
        assert said and "只读" in said[-1]

        # reading and searching work
        assert panel.model.rowCount() == 1
        with qtbot.waitSignal(window.search_panel.search_finished, timeout=WAIT_MS):
            window.search_panel.search("理论学习")
        assert window.search_panel.model.rowCount() >= 1
        doc_id = library.documents()[0].id
        window._open_in_reader(doc_id)
        reader = window.reader_panel
        qtbot.waitUntil(lambda: reader.document is not None, timeout=WAIT_MS)
        assert not reader.edit_button.isEnabled() and why in reader.edit_button.toolTip()
        assert not reader.template_button.isEnabled()  # templates are kept in the library
        from PySide6.QtWidgets import QMenu

        menu = QMenu()
        reader.corrections.extend_menu(menu, 1)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert texts == ["更正结构、编辑信息（资料库只读）"]
        assert not menu.actions()[-1].isEnabled()

        # studying works, notes cannot be kept beside a read-only library
        page = window.study.mode.page
        assert "笔记不能保存" in page.note_button.toolTip()
        assert "笔记不能保存" in page.highlight_button.toolTip()
        page.text.setFocus()
        assert page.context_menu(QPoint(5, 5)) is not None
        assert boxes == []  # no error box on the way
    finally:
        window.library_watch.set_library(None)
        library.close()


def test_a_writable_library_gives_the_controls_back(make_window, library):
    """Switching from a read-only library to a writable one gives back each control and
    its own tooltip (the 只读 ones replaced them)."""
    window = make_window()

    class Held:
        read_only = "没有写入这个文件夹的权限"
        root = library.root
        location = library.location

        def __getattr__(self, name):
            return getattr(library, name)

    own = window.library_panel.import_button.toolTip()
    window.set_library(Held())
    assert not window.library_panel.import_button.isEnabled()
    assert "只读" in window.windowTitle()
    window.set_library(library)
    assert window.library_panel.import_button.isEnabled()
    assert window.library_panel.import_button.toolTip() == own
    assert window.import_files_action.isEnabled()
    assert "只读" not in window.windowTitle() and "只读" not in window.library_label.text()
