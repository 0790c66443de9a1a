"""In 学习模式 at 1600×1000 with the library kept open, the library column was about 300 px:
讲话人, 日期, 体裁 and 字数 kept their widths and every title read 20… or 在… (ux68's walk). A
narrow table now gives the title its room first: 体裁, then 讲话人 step aside while the title
would be shorter than six characters, and come back, at their widths, when the room does."""

from __future__ import annotations

from drafter.ui.models.documents import DATE, GENRE, SPEAKER, TITLE
from drafter.ui.panels.library_panel import TITLE_LEAST_CHARS, LibraryPanel

from .study_setup import FIRST, SECOND, library_of
from .waits import WAIT_MS


def test_a_narrow_table_keeps_the_titles_readable(qtbot, tmp_path):
    with library_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND}) as library:
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.resize(700, 500)
        panel.show()
        panel.set_library(library)
        qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2, timeout=WAIT_MS)
        header = panel.view.horizontalHeader()
        least = TITLE_LEAST_CHARS * panel.view.fontMetrics().horizontalAdvance("字")
        wide = {col: header.sectionSize(col) for col in (SPEAKER, GENRE)}
        assert not any(header.isSectionHidden(c) for c in (SPEAKER, DATE, GENRE))

        panel.resize(300, 500)  # the library column beside the reader and 学习
        qtbot.waitUntil(lambda: header.isSectionHidden(GENRE), timeout=WAIT_MS)
        assert header.sectionSize(TITLE) >= least
        assert not header.isSectionHidden(DATE)  # the date stays: texts are found by it

        panel.resize(700, 500)  # the room is back: so are the columns, at their widths
        qtbot.waitUntil(
            lambda: not header.isSectionHidden(GENRE) and not header.isSectionHidden(SPEAKER),
            timeout=WAIT_MS,
        )
        assert {col: header.sectionSize(col) for col in (SPEAKER, GENRE)} == wide
