"""学习模式 keeps the editor's apparatus: the plain reader shows 编者按 and 注释 under the
text, apart, but the study page dropped them, and with them where and when the speech was
given. They come after the text, unmarked, and clicks there pick no paragraph."""

from __future__ import annotations

from .study_setup import open_and_study, window_with

TEXT = "\n".join(
    [
        "在全县工作会议上的讲话",
        "【导读】这是县委书记在全县工作会议上的讲话。",
        "同志们：",
        "今天召开这次会议，我讲三点意见。",
        "一、提高认识",
        "我们要充分认识这项工作的重要性[1]，切实增强责任感。",
        "二、突出重点",
        "要抓住关键环节，集中力量攻坚。",
        "三、狠抓落实",
        "要一级抓一级，层层抓落实。",
        "[1] 编者注：指全县的这项工作。",
    ]
)


def test_the_study_page_shows_the_apparatus_under_the_text(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": TEXT}) as (window, library):
        open_and_study(window, library.documents()[0].id, qtbot)
        text = window.study.mode.page.text
        shown = text.toPlainText()
        assert "编者按" in shown and "这是县委书记在全县工作会议上的讲话。" in shown
        assert "注释" in shown and "指全县的这项工作" in shown
        assert shown.index("层层抓落实") < shown.index("编者按")
        last = text.document().lastBlock()
        assert text.position_of(text.textCursor().__class__(last)) is None
