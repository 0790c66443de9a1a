"""The reader coming back for a document keeps the window on a 1280×720 screen.

Walking the office head's path at 1280×720 with the layout of a session on a larger
screen: the writer's draft had folded the empty reader there, so the fitting at start
found three columns fitting; opening a document then brought the reader back as a column
of its own and the window grew to 1375 pixels, the draft's 日期 and its text cut off at the
right edge. Now the draft goes behind a tab of the reader, as on a first start at that
size, and the reader, which holds the document asked for, is in front.
"""

from __future__ import annotations

from PySide6.QtCore import QRect

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.store import save_draft
from drafter.review.text import document_from_lines
from drafter.ui.screen_fit import frame_margins

from .waits import WAIT_MS


def _reader_folded_by_a_draft(make_window, tmp_path, qtbot):
    """A window laid out on a larger screen whose writer opened a draft: the empty reader
    folded beside it, as both tests start."""
    window = make_window()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.reader_dock.isVisible(), timeout=WAIT_MS)
    draft = Draft(meta=DraftMeta(title="在全区办公室系统工作会议上的讲话"))
    draft.sections.append(
        DraftNode("一、提高办文质量", paragraphs=[DraftParagraph("要精益求精。")])
    )
    save_draft(draft, tmp_path / "初稿.json")
    assert window.editor.open_draft(tmp_path / "初稿.json")
    qtbot.waitUntil(
        lambda: not window.reader_dock.isVisible(), timeout=WAIT_MS
    )  # folded beside the draft
    return window


def test_reader_back_for_a_document_keeps_the_window_on_a_small_screen(
    make_window, tmp_path, qtbot
):
    window = _reader_folded_by_a_draft(make_window, tmp_path, qtbot)
    # a screen just wide enough for the two columns left (1280 there; the widths of this
    # platform's fonts differ), the window as that screen holds it
    window.layout().activate()  # the minimum of the two columns left
    width = window.minimumSizeHint().width() + 40
    window.fit_room = QRect(0, 0, width + frame_margins(window)[0], 720)
    window.resize(width, 680)
    qtbot.waitUntil(lambda: window.width() <= width, timeout=WAIT_MS)

    window.unfold_reader()  # what opening a document does first
    window.reader_panel.show_document(document_from_lines(["同志们：", "要抓好落实。"]))
    qtbot.waitUntil(lambda: window.reader_dock.isVisible(), timeout=WAIT_MS)
    assert window.width() <= width
    assert window.draft_dock in window.tabifiedDockWidgets(window.reader_dock)
    assert not window.reader_dock.visibleRegion().isEmpty()  # the document is in front
    assert "draftDock" in window.narrowed_docks  # a larger screen splits it off again


def test_on_a_large_screen_the_reader_comes_back_as_its_own_column(make_window, tmp_path, qtbot):
    window = _reader_folded_by_a_draft(make_window, tmp_path, qtbot)
    window.fit_room = QRect(0, 0, 1920, 1080)
    window.unfold_reader()
    qtbot.waitUntil(lambda: window.reader_dock.isVisible(), timeout=WAIT_MS)
    assert window.draft_dock not in window.tabifiedDockWidgets(window.reader_dock)
    assert not window.narrowed_docks
