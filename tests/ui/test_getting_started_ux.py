"""帮助 › 使用入门 (ux55's first-hour walk: the 帮助 menu offered the query syntax, the
shortcut list and 关于, and nothing said where a new user begins). The guide is checked
against the window: every step's key is the key of the action it names, and the dialog
fits a 1280×720 screen."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QTextBrowser

from drafter.ui.dialogs.help import GETTING_STARTED
from drafter.ui.screen_fit import rich_text_dialog
from drafter.ui.widgets.mnemonics import plain_text

from .study_setup import SMALL
from .waits import WAIT_MS

# "名称（键）" in the guide: 资料库（Ctrl+2）, 学习模式（F8）, 保存（Ctrl+S）
NAMED_KEY = re.compile(r"([\u4e00-\u9fff]+)（((?:Ctrl|Shift|Alt|F\d)[^）]*)）")


def _actions_by_text(window) -> dict[str, str]:
    keys: dict[str, str] = {}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            text = plain_text(action.text()).rstrip("…")
            names = [
                k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()
            ]
            if text and names:
                keys.setdefault(text, names[0])
    return keys


def test_the_guide_is_first_in_the_help_menu(make_window):
    window = make_window()
    help_menu = next(
        m for m in window.menuBar().findChildren(QMenu) if m.title().startswith("帮助")
    )
    first = help_menu.actions()[0]
    assert first is window.getting_started_action and first.text() == "使用入门"


def test_every_key_the_guide_names_is_the_menus_key(make_window):
    keys = _actions_by_text(make_window())
    named = NAMED_KEY.findall(GETTING_STARTED)
    assert len(named) >= 10, named
    for name, key in named:
        actual = keys.get(f"转到{name}") or keys.get(name)  # 检索（Ctrl+1）: 转到检索
        assert actual == key, f"使用入门说 {name}（{key}），菜单里是 {actual}"


def test_the_guide_fits_a_small_screen(make_window, qtbot):
    window = make_window()
    dialog = rich_text_dialog(window, "使用入门", GETTING_STARTED, room=SMALL)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    assert SMALL.contains(dialog.frameGeometry())
    view = dialog.findChild(QTextBrowser)
    assert view.horizontalScrollBar().maximum() == 0, "no line runs off to the side"
    text = view.toPlainText()
    assert "使用入门" in text and "导入文件夹" in text and "_action" not in text
