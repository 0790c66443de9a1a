"""The library table hides a column no row shown fills (EmptyColumns): at 1280x720 the table has
about 545 px, and a list of Mao's texts or of regulations spent 120 of them on empty 讲话人 and
体裁 columns beside titles cut at ten characters. The column comes back, at the width the user
dragged it to, once a row shown has a value there."""

from __future__ import annotations

from drafter.ui.models.documents import GENRE, SPEAKER
from drafter.ui.panels.library_panel import LibraryPanel

from .study_setup import library_of
from .waits import WAIT_MS

SPOKEN = (
    "在全区工作会议上的讲话\n王五\n（2024年3月1日）\n同志们：\n今天讲两点。\n一、学习\n要学习。\n"
)
ESSAY = "{title}\n（1947年9月1日）\n一、形势\n战争进入第二年。\n二、方针\n{what}。\n"


def test_an_empty_column_is_hidden_and_comes_back_at_the_users_width(qtbot, tmp_path):
    library = library_of(
        tmp_path,
        {
            "a.txt": SPOKEN,
            "b.txt": ESSAY.format(title="关于战略方针的几个问题", what="打出去"),
            "c.txt": ESSAY.format(title="关于战略方针的若干意见", what="守得住"),
        },
    )
    try:
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.resize(560, 500)
        panel.show()
        panel.set_library(library)
        header = panel.view.horizontalHeader()
        qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3, timeout=WAIT_MS)
        assert not header.isSectionHidden(SPEAKER)  # 王五 is in the list
        header.resizeSection(SPEAKER, 97)  # the user's choice

        panel.filter_box.setText("战略方针")
        qtbot.waitUntil(lambda: header.isSectionHidden(SPEAKER), timeout=WAIT_MS)
        shown = [panel.proxy.index(r, SPEAKER).data() for r in range(panel.proxy.rowCount())]
        assert len(shown) == 2 and not any(shown)
        genres = {panel.proxy.index(r, GENRE).data() for r in range(panel.proxy.rowCount())}
        assert header.isSectionHidden(GENRE) == (genres <= {"", None})

        panel.filter_box.setText("")
        qtbot.waitUntil(lambda: not header.isSectionHidden(SPEAKER), timeout=WAIT_MS)
        assert header.sectionSize(SPEAKER) == 97

        # a filter nothing matches hides nothing: the header still says what a list shows
        panel.filter_box.setText("没有这样的文稿")
        qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=WAIT_MS)
        panel.empty_columns.update()  # what its timer does after the filter
        assert not header.isSectionHidden(SPEAKER)
    finally:
        library.close()
