"""The structure map corrects the outline where the skeleton is read. Walking a real speech
without headings (整顿党的作风), the map listed its transitions (现在我来讲一讲主观主义。 …), the
skeleton a user wants as headings, but making each one a heading began with finding it again
in the text: a right-click on a map row now offers the reader's 更正结构 menu for it."""

from __future__ import annotations

from .study_setup import open_and_study
from .waits import WAIT_MS


def _row(tree, start):
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0).startswith(start):
            return item
        for j in range(item.childCount()):
            if item.child(j).text(0).startswith(start):
                return item.child(j)
    raise AssertionError(start)


def test_a_map_row_offers_the_correction_menu(studied, qtbot):
    window, panel, library, first = studied
    controller = window.study
    tree = panel.map
    heading = _row(tree, "二、坚持")
    # the controller would open the menu (modal) where the click was: here it is built alone
    panel.correct_requested.disconnect(controller._correct_paragraph)
    asked = []
    panel.correct_requested.connect(lambda i, label, _pos: asked.append((i, label)))
    tree._on_menu(tree.visualItemRect(heading).center())
    ((index, label),) = asked
    assert label == "二、坚持“三个服务”"
    menu = controller.correction_menu(index, label)
    assert menu is not None and menu.title().startswith("更正“二、坚持")
    words = [a.text() for a in menu.actions()]
    assert "不是标题（与上一节合并）" in words and "改为二级标题" in words
    # the opening, closing and 全文 rows have no paragraph of their own to correct
    asked.clear()
    for start in ("全文", "〔开头〕", "〔结尾〕"):
        tree._on_menu(tree.visualItemRect(_row(tree, start)).center())
    assert asked == []
    # taking it corrects the library's copy, as the reader's own menu does
    demote = next(a for a in menu.actions() if a.text() == "改为二级标题")
    with qtbot.waitSignal(window.reader_panel.corrections.corrected, timeout=WAIT_MS):
        demote.trigger()
    ops = library.corrections(first.id).ops
    assert ops and ops[-1]["op"] == "heading" and ops[-1]["level"] == 2
    assert ops[-1]["text"].startswith("二、坚持")
    menu.deleteLater()


def test_no_menu_for_a_text_the_reader_no_longer_shows(studied, qtbot):
    window, panel, library, first = studied
    other = next(d for d in library.documents() if d.id != first.id)
    open_and_study(window, other.id, qtbot)
    window.study.doc_id = first.id  # the map still of the first text, the reader on another
    assert window.study.correction_menu(3, "一、") is None
