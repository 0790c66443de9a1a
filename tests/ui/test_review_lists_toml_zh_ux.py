"""审稿 › 词表: a list the office head typed with a TOML slip was refused with tomllib's English
after a Chinese lead (``TOML 格式错误：Unterminated string (at line 2, column 9)``). Now the reason
is Chinese too; the file and line are named as before and the cursor goes to the line."""

from __future__ import annotations

import re

import pytest

from drafter.ui.dialogs.review_lists import ReviewListsPage

CASES = [
    ('[[wording]]\nwrong = "抓好落实\nright = "狠抓落实"\n', 2, "引号没有闭合"),
    ("[[wording]]\nwrong = 抓好落实\n", 2, "值无效"),
    ('[[wording]]\nwrong "抓好落实"\n', 2, "键后面缺少 ="),
    ('[[wording]\nwrong = "甲"\n', 1, "缺少"),
]


@pytest.mark.parametrize(("text", "line", "chinese"), CASES)
def test_a_toml_slip_is_explained_in_chinese(qtbot, tmp_path, text, line, chinese):
    page = ReviewListsPage(tmp_path)
    qtbot.addWidget(page)
    page.which.setCurrentIndex(page.which.findData("wording.toml"))
    page.editor.setPlainText(text)
    assert not page.save()
    said = page.message.text()
    assert f"wording.toml:{line}: TOML 格式错误：" in said, said
    assert chinese in said, said
    reason = said.split("TOML 格式错误：", 1)[1]
    assert not re.findall(r"[A-Za-z]{3,}", reason), said
    assert page.editor.textCursor().blockNumber() == line - 1
