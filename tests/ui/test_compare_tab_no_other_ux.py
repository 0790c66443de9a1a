"""学习 › 对照 with nothing to choose: a library holding only the text studied offered an empty
box, a button that did nothing and the usual how-to line, and a trainee could not tell why
(st53's walk). The line now says the library holds no other text and how to add one; the box
says so too."""

from __future__ import annotations

from .study_setup import FIRST, open_and_study, window_with


def test_the_compare_tab_says_there_is_no_other_text(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"开班式讲话.txt": FIRST}) as (window, library):
        only = library.documents()[0]
        panel = open_and_study(window, only.id, qtbot)
        panel.tabs.setCurrentWidget(panel.compare_page)
        assert not panel.compare_hint.isHidden()
        assert "还没有别的文稿可对照" in panel.compare_hint.text()
        assert "导入" in panel.compare_hint.text()
        assert panel.compare_box.lineEdit().placeholderText() == "资料库里没有别的文稿"
