"""The search box takes its field names in Chinese (标题:…, 年份：2024): the placeholder and
help showed only title: year:, and 标题:青年 was searched as the words 标题 and 青年."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drafter.library.model import QueryError
from drafter.library.query import parse

from .waits import WAIT_MS


def _fields(node):
    if node.kind == "field":
        return [(node.name, node.text)]
    return [f for child in node.children for f in _fields(child)]


def test_chinese_field_names_parse_as_the_english_ones():
    node = parse("标题：政府工作报告 讲话人:李强 文种:讲话 场合:座谈会 年份:2020..2024 营商环境")
    assert _fields(node) == [
        ("title", "政府工作报告"),
        ("speaker", "李强"),
        ("genre", "讲话"),
        ("occasion", "座谈会"),
        ("year", "2020..2024"),
    ]
    assert _fields(parse("体裁:报告")) == [("genre", "报告")]
    with pytest.raises(QueryError, match="标题:"):
        parse("author:张三")


def _search(qtbot, panel, text):
    panel.search_box.setText(text)
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    return blocker.args[0]


def test_the_search_box_takes_chinese_fields(studied, qtbot):
    window, _panel, _library, first = studied
    panel = window.search_panel
    assert "标题:" in panel.search_box.placeholderText()
    assert "title:" not in panel.search_box.placeholderText()
    both = _search(qtbot, panel, "基层")
    chinese = _search(qtbot, panel, "标题:青年 基层")
    english = _search(qtbot, panel, "title:青年 基层")
    assert 0 < chinese.total == english.total < both.total
