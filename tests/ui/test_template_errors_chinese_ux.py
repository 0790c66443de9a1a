"""模板 gallery: a user template that cannot be read is named by its full path and line, and
the reason is in Chinese (it showed the core's English: "line 2: Invalid value")."""

from __future__ import annotations

import re

from drafter.ui.panels.template_gallery import TemplateGallery

FILES = {
    "头部有误.j2": "+++\nname = \n+++\n# 标题\n",
    "未知键.j2": '+++\nname = "甲"\ncolour = "红"\n+++\n# 甲\n',
    "没有头部.j2": "# 只有正文\n",
    "没结束.j2": '+++\nname = "乙"\n# 乙\n',
    "参数重复.j2": (
        '+++\nname = "丙"\n[[params]]\nname = "x"\n[[params]]\nname = "x"\n+++\n# {{ x }}\n'
    ),
}


def test_unreadable_templates_are_named_by_path_and_line_in_chinese(qtbot, tmp_path):
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    for name, text in FILES.items():
        (user_dir / name).write_text(text, encoding="utf-8")
    (user_dir / "非UTF8.j2").write_bytes('+++\nname = "丁"\n+++\n# 丁\n'.encode("gbk"))
    gallery = TemplateGallery(user_dir)
    qtbot.addWidget(gallery)
    gallery.resize(1000, 600)
    gallery.show()
    assert gallery.problems.isVisible()
    lines = gallery.problems.text().split("\n")[1:]
    assert len(lines) == len(FILES) + 1, lines
    for line in lines:
        assert str(user_dir) in line, line  # the full path, not the bare file name
        english = re.findall(r"[A-Za-z]{4,}", line.replace(str(user_dir), ""))
        assert not [w for w in english if w not in ("name", "params", "colour", "UTF")], line
    by_file = {next(n for n in [*FILES, "非UTF8.j2"] if n in line): line for line in lines}
    assert "第 2 行" in by_file["头部有误.j2"]
    assert "colour" in by_file["未知键.j2"]
    assert "参数“x”" in by_file["参数重复.j2"]
    assert "UTF-8" in by_file["非UTF8.j2"]
