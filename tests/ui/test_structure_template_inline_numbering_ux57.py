"""结构 › 做成模板 on a frame said in running text (一是腿勤，二是口勤…) gives a template whose
parts are numbered 一是 … 四是 in the 模板 page's preview (ux57: they came out bare, 一是
lost, and the hints said 小标题单独成行 of words never on a line of their own)."""

from __future__ import annotations

from drafter.settings import Settings

from .study_setup import window_with
from .test_template_name_says_what_ux import A, B, make_frame_template


def test_a_frame_in_running_text_keeps_yishi_in_the_template(make_window, qtbot, tmp_path):
    texts = {"开班式.txt": A, "办公室.txt": B}
    with window_with(make_window, tmp_path, texts, Settings()) as (window, _lib):
        name = make_frame_template(window, qtbot).split("“", 1)[1].split("”", 1)[0]
        gallery = window.gallery
        assert gallery.select_template(name)
        preview = gallery.preview
        rows = [preview.topLevelItem(i) for i in range(preview.topLevelItemCount())]
        parts = [r.text(0) for r in rows if r.text(0) not in ("开头", "结尾")]
        assert [p[:2] for p in parts] == ["一是", "二是", "三是", "四是"], parts
        tips = " ".join(r.toolTip(0) + r.toolTip(1) for r in rows)
        assert "单独成行" not in tips
