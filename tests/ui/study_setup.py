"""The study UI tests' shared setting: two small speeches in a real library, a window with
the first open in the reader and 学习模式 switched on, and the steps the study UI tests
share (selecting words, mining in the 结构 panel)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor

from drafter.library import Library
from drafter.settings import Settings
from drafter.ui.screen_fit import fit_main_window

from .waits import WAIT_MS

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


def library_of(tmp_path, texts: dict[str, str], folder: str = "texts") -> Library:
    """A real library in ``tmp_path/lib`` holding ``texts`` (file name -> text), written into
    ``tmp_path/folder`` and imported: the study UI tests' material. The caller closes it (or
    uses it in a ``with``)."""
    where = tmp_path / folder
    where.mkdir()
    for name, text in texts.items():
        (where / name).write_text(text, encoding="utf-8")
    library = Library.open(tmp_path / "lib")
    for _ in library.add([where]):
        pass
    return library


@contextmanager
def window_with(
    make_window, tmp_path, texts: dict[str, str], settings: Settings | None = None, poll=True
) -> Iterator[tuple]:
    """``(window, library)``: the main window over a real library holding ``texts`` (as
    :func:`library_of` makes it), the set-up of the tests that walk the app; the library is
    closed when the block ends, whatever the test did. ``poll=False`` stops the library
    watcher, for a test that shows a change must appear without waiting for its poll."""
    library = library_of(tmp_path, texts)
    window = None
    try:
        window = make_window(settings or Settings())
        if not poll:
            window.library_watch.set_library(None)
        window.set_library(library)
        if not poll:
            window.library_watch.set_library(None)
        yield window, library
    finally:
        if window is not None:  # as the app does: the window lets go before the close
            window.library_watch.set_library(None)
        library.close()


def open_and_study(window, doc_id: str, qtbot):
    """Open ``doc_id`` in the reader and switch 学习模式 on, as a user does, waiting for the
    reader and then the study to finish; return the study panel."""
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(doc_id)
    panel = window.study.panel
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    return panel


@pytest.fixture
def studied(make_window, qtbot, tmp_path):
    texts, settings = (
        {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND},
        Settings(speaking_rate=200),
    )
    with window_with(make_window, tmp_path, texts, settings) as (window, library):
        first = next(d for d in library.documents() if "青年" in (d.title or ""))
        panel = open_and_study(window, first.id, qtbot)
        yield window, panel, library, first


def compare_with_second(panel, library, qtbot):
    """Choose the second speech (全县…) on the 对照 tab and compare, as the buttons do; return
    the 并排对照 window once it shows both texts."""
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    panel.compare_box.setCurrentIndex(panel.compare_box.findData(other.id))
    panel.compare_button.click()
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    return panel.side_by_side


def select_words(text, paragraph: int, words: str) -> None:
    """Select ``words`` in the annotated text of ``paragraph``, as a mouse drag would."""
    block = text.document().findBlockByNumber(text._first_block[paragraph])
    start = block.text().index(words)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=start)
    cursor.movePosition(
        QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(words)
    )
    text.setTextCursor(cursor)


def mine_in_window(window, qtbot):
    """Open the 结构 panel, mine the library as its button does and wait for the table;
    return the panel."""
    sp = window.study.structures
    window.structures_action.trigger()
    sp.run_button.click()
    qtbot.waitUntil(lambda: sp.mined is not None, timeout=WAIT_MS)
    return sp


def top_row(tree, label: str):
    """The top-level row of ``tree`` whose first column reads ``label`` (a structure's
    name in the 结构 table)."""
    return next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == label
    )


# the two screens the layout tests fit the window to (the brief's 1280×720 and 1600×1000)
SMALL = QRect(0, 0, 1280, 720)
LARGE = QRect(0, 0, 1600, 1000)


def seen(dock) -> bool:
    """A dock the user can see: shown, and not behind another tab."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def open_in_room(make_window, qtbot, library, room: QRect, settings=None, size=None):
    """A window fitted to the screen ``room`` (at ``size`` first, else the room's own), as the
    app fits itself at start, with the library's first document open in the reader."""
    window = make_window(settings or Settings(speaking_rate=200))
    window.set_library(library)
    width, height = size or (room.width(), room.height())
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    fit_main_window(window, window.reader_dock, window.draft_dock, room=room)
    qtbot.wait(50)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(library.documents()[0].id)
    return window
