"""A heading the reader cut at its first stop is made the whole line in two clicks.

Last session's walk: 三、强化督查。要层层压实责任…… read as a run-in heading (三、强化督查 and a
paragraph 要层层压实责任……); making the whole line the heading took 不是标题, a right click on
the joined paragraph, 更正结构, 自选标题取到哪里, a level and the dialog — about nine clicks.
The heading's own menu (in the text or the outline) now has 标题取整行 (one correction,
undone as one) and 自选标题取到哪里… for an end of the user's choosing."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from drafter.ui.dialogs.heading_cut import HeadingCutDialog

from .reader_setup import correction_action, correction_menu, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

TAIL = "要层层压实责任，一级抓一级，层层抓落实，确保各项任务按期完成。"
TEXT = "\n".join(
    [
        "在全区办公室工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲三点意见。",
        "一、提高站位。要把讲政治贯穿始终，不断提高工作水平，确保取得实效。",
        "二、突出重点。要围绕中心、服务大局，把各项任务抓紧抓实，确保见到成效。",
        "三、强化督查。" + TAIL,
        "同志们，让我们共同努力！",
    ]
)


def _chars(panel) -> str:
    return re.search(r"字数 ([\d,]+)", panel.header.text())[1]


def _heading(panel, label: str) -> int:
    return next(p.index for p in panel._paragraphs if p.is_heading and p.text == label)


def test_whole_line_from_the_outline_row_in_two_clicks_and_undone_as_one(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        i = _heading(panel, "三、强化督查")
        assert panel._paragraphs[i + 1].text == TAIL
        chars, count = _chars(panel), len(panel._paragraphs)
        # the outline row's right-click menu (click one) holds the entry (click two)
        row = next(
            panel.outline.topLevelItem(k)
            for k in range(panel.outline.topLevelItemCount())
            if panel.outline.topLevelItem(k).text(0) == "三、强化督查"
        )
        menu = panel.outline_menu(row)
        whole = next(a for a in menu.actions() if a.objectName() == "headingWholeLine")
        assert whole.text() == "标题取整行（连同“要层层压实责任，一级抓一…”）"
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            whole.trigger()
        panel.corrections.wait(WAIT_S)
        head = panel._paragraphs[i]
        assert head.is_heading and head.text == "三、强化督查。" + TAIL.rstrip("。")
        assert len(panel._paragraphs) == count - 1 and _chars(panel) == chars
        assert not panel._paragraphs[i + 1].is_heading  # the closing, no tail left behind
        undo = next(
            a for a in correction_menu(panel, i).actions() if a.objectName() == "undoCorrection"
        )
        assert undo.text() == "撤销：标题取到「三、强化督查。要层层压实责任…」"
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            undo.trigger()
        panel.corrections.wait(WAIT_S)
        assert panel._paragraphs[i].text == "三、强化督查"
        assert panel._paragraphs[i + 1].text == TAIL


def test_choose_where_the_heading_ends(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        i = _heading(panel, "三、强化督查")

        def pick():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, HeadingCutDialog)
            # it opens on where the heading ends now, not on the shortest lead
            assert dialog.choices.currentItem().data(256) == len("三、强化督查。")
            want = len("三、强化督查。要层层压实责任，")
            rows = [dialog.choices.item(k) for k in range(dialog.choices.count())]
            dialog.choices.setCurrentItem(next(r for r in rows if r.data(256) == want))
            dialog.accept()

        QTimer.singleShot(0, pick)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "自选标题取到哪里").trigger()
        panel.corrections.wait(WAIT_S)
        assert panel._paragraphs[i].text == "三、强化督查。要层层压实责任"
        assert panel._paragraphs[i + 1].text == "一级抓一级，层层抓落实，确保各项任务按期完成。"


def test_a_heading_standing_alone_offers_no_whole_line(qtbot, tmp_path):
    text = TEXT.replace("三、强化督查。" + TAIL, "三、强化督查\n" + TAIL)
    with one_text_library(tmp_path, text) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        names = [
            a.objectName()
            for a in correction_menu(panel, _heading(panel, "三、强化督查")).actions()
        ]
        assert "headingWholeLine" not in names and "headingChooseCut" not in names
