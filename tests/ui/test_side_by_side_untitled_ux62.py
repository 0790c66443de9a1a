"""并排对照 of a text without a title marks it 无标题 (issue 8 point 5: a document without a
title shows its occasion or first words, marked 无标题 where that matters).

ux62: the window headed one text 《现在，我代表国务院，向大会报告政府工作…》 with nothing to
say that these were its first words, not its title, where the 学习 page's line, the reader's
header and the library table all mark it. The pane's heading carries the same quiet grey
mark, and the window's title and the aligned outline's head row name it as a line of plain
text does (《…》（无标题）)."""

from __future__ import annotations

from speech_samples import UNTITLED_REPORT as UNTITLED

from drafter.settings import Settings

from .study_setup import FIRST, open_and_study, window_with
from .waits import WAIT_MS


def test_the_untitled_text_is_marked_in_the_side_by_side_window(make_window, qtbot, tmp_path):
    texts = {"开班式讲话.txt": FIRST, "gwr.txt": UNTITLED}
    with window_with(make_window, tmp_path, texts, Settings(speaking_rate=200)) as (
        window,
        library,
    ):
        first = next(d for d in library.documents() if "青年" in (d.title or ""))
        other = next(d for d in library.documents() if d.id != first.id)
        panel = open_and_study(window, first.id, qtbot)
        panel.compare_box.setCurrentIndex(panel.compare_box.findData(other.id))
        panel.compare_button.click()
        qtbot.waitUntil(
            lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(),
            timeout=WAIT_MS,
        )
        win = panel.side_by_side
        right, left = win.right.title.text(), win.left.title.text()
        assert "政府工作报告" in right and "无标题" in right, right
        assert "无标题" not in left  # a titled speech is named by its title alone
        assert "《政府工作报告》（无标题）" in win.windowTitle()
        head = win.outline.topLevelItem(0)
        assert head.text(2) == "《政府工作报告》（无标题）"
        assert head.text(0) == "《在全市青年干部培训班开班式上的讲话》"
