"""学习 › 对照 when the text chosen to compare has left the library meanwhile (removed by a
colleague, or from the table): the status line said the core's English (``对照失败：no document
… in the library``); now ``对照失败：资料库中没有这篇文稿（可能已被移除）``."""

from __future__ import annotations

from .waits import WAIT_MS


def test_comparing_with_a_text_removed_meanwhile_says_why_in_chinese(studied, qtbot):
    window, panel, library, first = studied
    other = next(d for d in library.documents() if d.id != first.id)
    panel.tabs.setCurrentWidget(panel.compare_page)
    panel.compare_box.setCurrentIndex(panel.compare_box.findData(other.id))
    library.remove(other.id)  # gone before the button is pressed; the list still shows it
    said: list[str] = []
    panel.status_message.connect(said.append)
    panel.compare_button.click()
    qtbot.waitUntil(lambda: any(s.startswith("对照失败") for s in said), timeout=WAIT_MS)
    failed = next(s for s in said if s.startswith("对照失败"))
    assert failed == "对照失败：资料库中没有这篇文稿（可能已被移除）", failed
    assert panel.compare.topLevelItemCount() == 0
