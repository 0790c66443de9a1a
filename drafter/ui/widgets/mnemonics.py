"""Alt-letters (mnemonics) on menu items, written as Chinese software writes them.

A menu item's letter stands after its words in brackets, before the ellipsis: 比较稿件(&C)…
(the menus' own titles are 文件(&F), 审阅(&R)). With the 审阅 menu open (Alt+R), the letter
picks the item; its items had none, so the office head went down the list with the arrows.
The letter is the item's own: in its text only, never on a toolbar button (审稿 stays 审稿,
not 审稿(R)) nor in the shortcut list, which read the words through :func:`plain_text`.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

_MNEMONIC = re.compile(r"\(&[^)]\)")


def plain_text(text: str) -> str:
    """``text`` without its Alt-letter: 比较稿件(&C)… and 文件(&F) read 比较稿件… and 文件
    (a bare &, as in &Save, goes too)."""
    return _MNEMONIC.sub("", text).replace("&", "")


def give_mnemonic(action: QAction, letter: str) -> None:
    """Write ``letter`` into ``action``'s text as its Alt-letter (比较稿件(&C)…), once however
    often it is called; the toolbar and the tooltip keep the plain words."""
    words = plain_text(action.text())
    base, dots = (words[:-1], "…") if words.endswith("…") else (words, "")
    action.setIconText(words)  # a toolbar button (and the default tooltip) read this
    action.setText(f"{base}(&{letter.upper()}){dots}")


# The 审阅 menu's Alt-letters, by the item's words: the letter of its Ctrl+Alt key where it
# has one (添加批注 Ctrl+Alt+M: M), else the English word's (Review, Next, Previous, As
# comments). The 审稿 dock adds the first three after the menu is built.
REVIEW_MNEMONICS = {
    "审稿": "R",
    "下一条审稿意见": "N",
    "上一条审稿意见": "P",
    "添加批注…": "M",
    "审稿意见转为批注": "A",
    "保存版本…": "S",
    "版本记录…": "V",
    "比较稿件…": "C",
    "提纲视图…": "O",
}


def give_mnemonics(menu: QMenu, letters: dict[str, str]) -> None:
    """Give each item of ``menu`` named in ``letters`` (by its plain words) its Alt-letter;
    called again when items are added, it changes nothing twice."""
    for action in menu.actions():
        letter = letters.get(plain_text(action.text()))
        if letter is not None:
            give_mnemonic(action, letter)


__all__ = ["REVIEW_MNEMONICS", "give_mnemonic", "give_mnemonics", "plain_text"]
