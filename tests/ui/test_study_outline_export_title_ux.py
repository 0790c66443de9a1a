"""学习 › 导出提纲 of a speech without a title line names the speech: the walk exported the
outline of the untitled office-work seed and got a page that began at 一、, while 打印提纲 of
the same text printed its name on top."""

from __future__ import annotations

import docx

from drafter.settings import Settings

from .study_setup import open_and_study, window_with

UNTITLED = """同志们：
今天，召开这次全县办公室主任会议，主要任务是部署工作。借此机会，我讲两点意见。
一、进一步提高认识
办公室是中枢。
二、进一步转变作风
要加强学习。
谢谢大家！
"""


def test_the_exported_outline_of_an_untitled_text_is_named(make_window, qtbot, tmp_path):
    with window_with(
        make_window, tmp_path, {"003_seed.txt": UNTITLED}, Settings(speaking_rate=200)
    ) as (window, library):
        info = library.documents()[0]
        panel = open_and_study(window, info.id, qtbot)
        shown = panel.title_label.text()
        md = panel.export_outline(str(tmp_path / "提纲.md"))
        first = md.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and "办公室主任会议" in first, first
        # the name the 学习 page shows, marked 无标题 there as in the file (issue 8)
        assert first[2:].removesuffix("（无标题）") in shown and "无标题" in shown
        assert first.endswith("（无标题）")
        word = panel.export_outline(str(tmp_path / "提纲.docx"))
        lines = [p.text for p in docx.Document(str(word)).paragraphs if p.text.strip()]
        # the title, then the opening's note (as 打印提纲 has it), then the first heading
        assert lines[0] == first[2:] and lines[1].startswith("开头（")
        assert lines[2] == "一、进一步提高认识"
