"""Help boxes of the main window: getting started, query syntax, keyboard shortcuts, about."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from drafter import __version__
from drafter.ui.panels.search_panel import SYNTAX_HELP
from drafter.ui.screen_fit import show_rich_text
from drafter.ui.widgets.mnemonics import plain_text

APP_TITLE = "讲话稿起草助手"


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action text, shortcut) for every action that has a shortcut, without duplicates."""
    rows: dict[tuple[str, str], None] = {}
    for action in actions:
        # Return and Enter both read "回车" in Chinese: list each key name once.
        names = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = "，".join(dict.fromkeys(names))
        if keys and action.text():
            rows[(plain_text(action.text()), keys)] = None
    return list(rows)


# 帮助 › 使用入门: the first hour's path through the panels, each step with its key. ux55's
# walk as a new user: the 帮助 menu had the query syntax, the shortcut list and 关于, and
# nothing said where to begin. Every "name（key）" here is checked against the window's
# actions (tests/ui/test_getting_started_ux.py), so the guide cannot drift from the menus.
GETTING_STARTED = """<h3 style='margin:0'>使用入门</h3>
<ol>
<li><b>资料库（Ctrl+2）</b>：点「导入文件…」「导入文件夹…」，或把文件拖进窗口，导入往年的讲话、报告
（.docx .txt .md .pdf 等）。双击一篇，在阅读器中打开。</li>
<li><b>检索（Ctrl+1）</b>：输入关键词按回车；↑↓ 选结果，回车在阅读器中打开，
Ctrl+回车 插入到草稿。检索式写法（F1）。</li>
<li><b>阅读（Ctrl+3）</b>：左边的提纲点一下就跳到那里；选中一段文字可「插入到草稿」；
「以此文为模板」把这篇的结构做成模板。</li>
<li><b>学习模式（F8）</b>：学习范文，标出数字概括、提纲句、过渡句、开头结尾；
旁边的<b>学习（Ctrl+6）</b>页有结构图、笔记、并排对照、提纲练习。再按 F8 回到原来的样子。</li>
<li><b>新建稿件（Ctrl+N）</b>或<b>从模板新建（Ctrl+T）</b>：在「草稿」中列提纲、写正文，
编号随位置自动调整；保存（Ctrl+S），导出（Ctrl+E）为 Word（GB/T 9704 版式）、Markdown 或纯文本。</li>
<li><b>审稿（F7）</b>：检查草稿或阅读器中文稿的编号、数目、占位符、日期、人名职务、用语等，
逐条列出错误、警告、提示。</li>
</ol>
<p>全部快捷键见 帮助 › 快捷键一览（Ctrl+/）。各栏可拖动、关闭、并成标签页，「视图」菜单可重新打开。</p>
<p style='color:#666'>全部在本机运行，不联网；学习笔记只保存在本机。</p>"""


def show_getting_started(parent: QWidget) -> None:
    """帮助 › 使用入门: where a new user begins, in a scrollable dialog that fits the screen."""
    show_rich_text(parent, "使用入门", GETTING_STARTED)


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
