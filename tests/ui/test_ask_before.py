"""ask_before: the yes/no question before a step that cannot be taken back has 否 as its
default (Qt's has 是), and only 是 lets the step go on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from drafter.ui.widgets.ask_before import ask_before

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.mark.parametrize("reply, goes_on", [(YES, True), (NO, False)])
def test_only_yes_goes_on_and_no_is_the_default(qapp, monkeypatch, reply, goes_on):
    asked = []

    def answer(parent, title, text, buttons, default):
        asked.append((title, text, buttons, default))
        return reply

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert ask_before(None, "文件已存在", "稿.docx 已存在，是否替换？") is goes_on
    assert asked == [("文件已存在", "稿.docx 已存在，是否替换？", YES | NO, NO)]
