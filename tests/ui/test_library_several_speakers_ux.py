"""The library table shows a text's several speakers as the header names them (张三、李四), and
its filter box finds the text by either name: a subtitle naming two speakers read as one
glued name (张三李四) that no filter by either found."""

from __future__ import annotations

from drafter.ui.models.documents import SPEAKER, TITLE
from drafter.ui.panels.library_panel import LibraryPanel

from .study_setup import library_of

TEXT = (
    "关于做好安全生产工作的几点意见\n——在全区安全生产工作会议上的讲话 张三 李四\n"
    "（2024年3月1日）\n同志们：\n今天召开会议，部署工作。\n一、提高认识\n安全是底线。\n"
)
OTHER = "在全区工作会议上的讲话\n王五\n同志们：\n今天讲两点。\n一、学习\n要学习。\n"


def test_the_table_lists_both_and_the_filter_finds_either(qtbot, tmp_path):
    library = library_of(tmp_path, {"a.txt": TEXT, "b.txt": OTHER})
    try:
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        rows = {
            panel.model.index(r, TITLE).data(): panel.model.index(r, SPEAKER).data()
            for r in range(panel.model.rowCount())
        }
        assert rows["关于做好安全生产工作的几点意见"] == "张三、李四"
        for name in ("张三", "李四"):
            panel.filter_box.setText(name)
            shown = [panel.proxy.index(r, SPEAKER).data() for r in range(panel.proxy.rowCount())]
            assert shown == ["张三、李四"], name
        panel.filter_box.setText("王五")
        assert panel.proxy.rowCount() == 1
    finally:
        library.close()
