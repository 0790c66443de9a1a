"""学习 page errors in Chinese: 导出提纲 into a folder that does not exist showed the core's
English (``无法导出提纲：/…/提纲.docx: cannot write (No such file or directory)``); a 提纲练习 the
notes database could not keep showed sqlite's English. Both now say it in Chinese, the file
named by its full path."""

from __future__ import annotations

import re
import sqlite3

from drafter.ui.study import study_panel
from drafter.ui.study.exercise_text import why_not_saved as _why_not_saved


def test_export_outline_into_a_missing_folder_says_why_in_chinese(studied, tmp_path, monkeypatch):
    _window, panel, _library, _first = studied
    shown: list[str] = []
    monkeypatch.setattr(study_panel, "show_error", lambda _parent, text: shown.append(text))
    target = tmp_path / "没有的文件夹" / "提纲.docx"
    assert panel.export_outline(str(target)) is None
    assert shown and shown[-1].startswith(f"无法导出提纲：{target}"), shown
    assert "文件或文件夹不存在" in shown[-1]
    assert not re.findall(r"[A-Za-z]{3,}", shown[-1].replace(str(target), "")), shown[-1]


def test_an_attempt_the_notes_database_refuses_is_explained_in_chinese(tmp_path):
    try:
        sqlite3.connect(str(tmp_path)).execute("CREATE TABLE t (x)")  # a folder, not a database
    except sqlite3.Error as exc:
        said = _why_not_saved(exc)
    assert said == "本机的笔记数据库无法写入（所写内容仍在表单中）"
    path = str(tmp_path / "笔记.sqlite3")
    gone = FileNotFoundError(2, "No such file or directory", path)
    assert _why_not_saved(gone) == f"找不到文件：{path}"
