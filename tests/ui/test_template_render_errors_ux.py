"""模板 gallery: a user template that reads but does not render showed the core's English under
the preview (``模板无法生成提纲：坏.j2, line 6: 'x' is undefined``), the file by its bare name. Now
the line is Chinese with the file's full path and line, as on the command line; a reason said
only by its kind keeps its original words in the line's tooltip."""

from __future__ import annotations

import re

from drafter.ui.panels.template_gallery import TemplateGallery

HEAD = '+++\nname = "{name}"\ntitle = "{name}"\n+++\n# 标题\n'
BODIES = {
    "未定义": ("- {{ 讲话人 }}", "第 6 行：“讲话人”没有定义", None),
    "比较": ("{% set x = 'a' < 3 %}", "第 6 行：不能比较文字和整数的大小", None),
    "赋值": ("{% set 1 = 2 %}", "第 6 行：赋值号左边只能是名称", None),
    "排序": ("{{ {}|dictsort(by='x') }}", "第 6 行：过滤器的参数不对", "You can only sort by"),
}


def test_render_errors_under_the_preview_are_chinese_with_path_and_line(qtbot, tmp_path):
    for name, (body, _, _) in BODIES.items():
        (tmp_path / f"{name}.j2").write_text(HEAD.format(name=name) + body + "\n", "utf-8")
    gallery = TemplateGallery(tmp_path)
    qtbot.addWidget(gallery)
    gallery.resize(1000, 600)
    gallery.show()
    assert not gallery.problems.isVisible()  # they all read; they fail when rendered
    for name, (_, chinese, detail) in BODIES.items():
        assert gallery.select_template(name)
        assert gallery.error.isVisible()
        text = gallery.error.text()
        path = str(tmp_path / f"{name}.j2")
        assert text.startswith(f"模板无法生成提纲：{path}，第 6 行："), text
        assert chinese in text, text
        assert not re.findall(r"[A-Za-z]{3,}", text.replace(path, "").replace("set", "")), text
        assert not gallery.create_button.isEnabled()
        tip = gallery.error.toolTip()
        if detail is None:
            assert tip == ""
        else:
            assert tip.startswith("详细信息（原文）：") and detail in tip, tip
