"""结构 › 做成模板: the status line says where the new template is (its name, in the 模板 page's
我的模板), not the file the app wrote (已生成模板“四勤（4项）”：/home/…/templates/四勤（4项）.j2,
a path and an extension a speechwriter has no use for)."""

from __future__ import annotations

from drafter.settings import Settings

from .study_setup import window_with
from .test_template_name_says_what_ux import A, B, make_frame_template


def test_the_status_names_the_template_where_the_gallery_lists_it(make_window, qtbot, tmp_path):
    texts = {"开班式.txt": A, "办公室.txt": B}
    with window_with(make_window, tmp_path, texts, Settings()) as (window, _lib):
        message = make_frame_template(window, qtbot)
        assert ".j2" not in message and str(tmp_path) not in message, message
        assert "我的模板" in message and "「模板」" in message
        name = message.split("“", 1)[1].split("”", 1)[0]
        assert "四勤" in name
        # and the gallery shows it by that name, in 我的模板
        gallery = window.gallery
        assert window.gallery_dock.windowTitle() == "模板"
        assert gallery.select_template(name)
