"""The draft editor docked at 1280x720: the text the writer types keeps most of the height.
Hints, comments and sources stacked under it kept their minimum heights and left the text
three lines tall; now they are tabs under the text, and go back to their column when the
panel is wide again."""

from __future__ import annotations

import pytest

from tests.export.conftest import build_speech

from .waits import WAIT_MS


@pytest.fixture
def panel(make_editor):
    widget = make_editor()
    widget.set_draft(build_speech(), unsaved=False, ask=False)
    return widget


def test_the_text_keeps_most_of_a_short_narrow_panel(panel, qtbot):
    panel.resize(660, 540)  # the draft dock at 1280x720
    qtbot.waitUntil(lambda: panel.wide is False, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.editor.height() > 0, timeout=WAIT_MS)
    assert panel.editor.height() >= sum(panel.center.sizes()) * 0.55
    tabs = [panel.extras.tabText(i) for i in range(panel.extras.count())]
    assert tabs == ["写作提示", "批注", "引用出处"]
    panel.extras.setCurrentWidget(panel.provenance)
    assert panel.provenance.isVisible()


def test_wide_again_puts_the_panes_back_in_their_column(panel, qtbot):
    panel.resize(660, 540)
    qtbot.waitUntil(lambda: panel.wide is False, timeout=WAIT_MS)
    panel.resize(1200, 600)
    qtbot.waitUntil(lambda: panel.wide is True, timeout=WAIT_MS)
    assert not panel.extras.isVisible() and panel.extras.count() == 0
    for pane in (panel.hints, panel.office.comments):
        assert pane.parent() is panel.side and pane.isVisible() and pane.height() > 0
    assert panel.provenance.parent() is panel.center and panel.provenance.height() > 0


def test_a_comment_added_in_a_narrow_editor_is_shown(panel, qtbot):
    panel.resize(660, 540)
    qtbot.waitUntil(lambda: panel.wide is False, timeout=WAIT_MS)
    assert panel.extras.currentWidget() is panel.hints
    panel.select_key(panel.draft.sections[0].id)
    panel.office._ask_comment = lambda _words: "这一节再压缩"
    assert panel.office.add_comment() is not None
    assert panel.extras.currentWidget() is panel.office.comments


def _comments_in_view(panel) -> float:
    lst = panel.office.comments.list
    return lst.viewport().height() / lst.visualItemRect(lst.item(0)).height()


def test_a_reviewed_draft_shows_its_comments_not_one_and_a_bit(panel, qtbot):
    panel.resize(660, 540)  # the draft dock at 1280x720: the list showed 1.3 comments
    qtbot.waitUntil(lambda: panel.wide is False, timeout=WAIT_MS)
    panel.office.author = lambda: "王主任"
    for n in range(6):
        panel.select_key(panel.draft.sections[n % 2].id)
        panel.office.add_comment(text=f"请补充具体事例{n}")
    qtbot.waitUntil(lambda: panel.extras.currentWidget() is panel.office.comments, timeout=WAIT_MS)
    first = panel.office.comments.list.item(0).text()
    assert "\n" not in first  # place, author and words in one paragraph, wrapped
    assert first.endswith("　王主任：请补充具体事例0")
    qtbot.waitUntil(lambda: _comments_in_view(panel) >= 4, timeout=WAIT_MS)
    panel.extras.setCurrentWidget(panel.hints)  # leaving the tab gives the text its room
    assert panel.editor.height() >= sum(panel.center.sizes()) * 0.55


def test_an_office_head_sees_several_wrapped_comments_at_1280x720(panel, qtbot):
    """ux58's walk: after 全部转为批注 at 1280x720 the 批注 list was four lines tall, one
    comment and a half of a real review (place, name and words wrap to two lines)."""
    panel.resize(660, 540)
    qtbot.waitUntil(lambda: panel.wide is False, timeout=WAIT_MS)
    panel.office.author = lambda: "王主任"
    for n in range(8):
        panel.select_key(panel.draft.sections[n % 2].id)
        panel.office.add_comment(
            text=f"此处用词请再斟酌，建议结合上下文调整表述，并补充具体事例{n}。"
        )
    lst = panel.office.comments.list
    qtbot.waitUntil(lambda: lst.visualItemRect(lst.item(0)).height() > 0, timeout=WAIT_MS)
    line = lst.fontMetrics().lineSpacing()
    assert lst.visualItemRect(lst.item(0)).height() >= 2 * line  # a real comment wraps
    assert lst.viewport().height() >= 8 * line
    assert panel.editor.height() >= 6 * panel.editor.fontMetrics().lineSpacing()
