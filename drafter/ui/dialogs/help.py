"""Help boxes of the main window: query syntax, keyboard shortcuts, about."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from drafter import __version__
from drafter.ui.panels.search_panel import SYNTAX_HELP
from drafter.ui.screen_fit import show_rich_text

APP_TITLE = "讲话稿起草助手"


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action text, shortcut) for every action that has a shortcut, without duplicates."""
    rows: dict[tuple[str, str], None] = {}
    for action in actions:
        # Return and Enter both read "回车" in Chinese: list each key name once.
        names = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = "，".join(dict.fromkeys(names))
        if keys and action.text():
            rows[(action.text().replace("&", ""), keys)] = None
    return list(rows)


def show_syntax(parent: QWidget) -> None:
    """The query syntax, in a scrollable dialog that fits the screen."""
    show_rich_text(parent, "检索式写法", SYNTAX_HELP)


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> None:
    """Every shortcut of the menus, in a scrollable dialog: the list outgrew a message
    box on a 720-pixel screen (its OK button ended below the screen)."""
    table = "".join(
        f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for text, keys in shortcut_rows(actions)
    )
    show_rich_text(parent, "快捷键一览", f"<table cellpadding='2'>{table}</table>")


def show_about(parent: QWidget) -> None:
    """The 关于 box: version and the promise that everything runs locally."""
    QMessageBox.about(
        parent,
        "关于",
        f"<b>{APP_TITLE}</b> Drafter {__version__}<br>"
        "检索往年讲话与报告，按成熟结构起草，导出符合 GB/T 9704 的 Word 文稿。<br>"
        "全部在本机运行，不联网。",
    )
