"""Enter in the 模板 gallery creates the draft (ux54).

Walking the writer's path from the keyboard at 1280×720: Ctrl+T, Down to 讲三句话, Enter —
nothing; the 标题 field typed and Enter — nothing. 创建草稿 was marked the default button,
which Qt honours only in a dialog, so a writer without the mouse had to Tab through every
field to reach it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.ui.panels.template_gallery import TemplateGallery

from .draft_setup import type_chinese
from .waits import WAIT_MS


def test_ctrl_t_arrow_enter_makes_the_draft(make_window, qtbot):
    window = make_window()
    made = []
    window.gallery.draft_created.connect(made.append)
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    listing = window.gallery.templates
    qtbot.waitUntil(listing.hasFocus, timeout=WAIT_MS)
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    chosen = listing.currentItem().text()
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert len(made) == 1
    assert window.editor.draft.to_json() == made[0].to_json()  # the draft being edited
    assert chosen.split("：")[0] in window.statusBar().currentMessage()
    # the keyboard follows the draft (typing went on into the gallery's list): its outline,
    # for F2 on the first heading
    qtbot.waitUntil(window.editor.tree.hasFocus, timeout=WAIT_MS)


def test_ctrl_n_behind_the_gallery_shows_the_draft_at_its_title(make_window, qtbot):
    """Ctrl+N with 模板 in front said 已新建空白稿件 over the gallery: the new draft stayed
    behind its tab, and its title was a dozen Shift+Tab away from the outline."""
    window = make_window()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.gallery_dock.show()
    window.gallery_dock.raise_()
    qtbot.waitUntil(lambda: window.draft_dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.draft_dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
    title = window.editor.meta.edits["title"]
    qtbot.waitUntil(title.hasFocus, timeout=WAIT_MS)
    type_chinese(title, "在全县安全生产工作会议上的讲话")
    assert window.editor.draft.meta.title == "在全县安全生产工作会议上的讲话"


def test_enter_in_a_field_creates_and_in_the_filter_goes_to_the_list(qtbot):
    gallery = TemplateGallery(None)
    qtbot.addWidget(gallery)
    gallery.resize(900, 600)
    gallery.show()
    qtbot.waitExposed(gallery, timeout=WAIT_MS)
    gallery.activateWindow()
    qtbot.waitUntil(gallery.isActiveWindow, timeout=WAIT_MS)
    made = []
    gallery.draft_created.connect(made.append)

    gallery.filter.setFocus()
    type_chinese(gallery.filter, "三句话")
    qtbot.keyClick(gallery.filter, Qt.Key.Key_Return)
    assert not made  # filtering is no choice yet
    assert gallery.templates.hasFocus()
    assert "三句话" in gallery.templates.currentItem().text()

    title = gallery.form.editor("title")
    title.setFocus()
    title.clear()
    type_chinese(title, "在乡镇调研时的讲话")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert len(made) == 1
    assert made[0].meta.title == "在乡镇调研时的讲话"

    count = gallery.form.editor("count")
    count.setFocus()
    qtbot.keyClick(count, Qt.Key.Key_Return)  # a number field: Enter too
    assert len(made) == 2
