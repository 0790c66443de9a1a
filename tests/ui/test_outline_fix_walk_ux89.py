"""ux89's walk: real outlines drafter gets wrong, fixed to their gold in the reader.

Two faults it found, each tested on the real reader over a real library:

* Alt+1 on a theme line standing alone (ren 20100910: 在云计算领域…灭亡；做事要充满霸气，
  做人一定要谦卑。) headed it with its first half, cut at the ；, and left the rest as text;
  the whole line took three clicks more (标题取整行). A short paragraph of one sentence is a
  heading whole, as the gold reads such a line.
* A heading run into its paragraph with no mark between them (gwr 1987's
  三、深入改革经济体制和扩大对外开放国民经济的长期稳定发展，…) could not be cut right at all:
  自选标题取到哪里 offered ends at marks only. A click in the paragraph shown in the dialog
  now puts the end there (and the arrow keys move it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from drafter.ui.dialogs.heading_cut import HeadingCutDialog

from .reader_setup import one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

THEME = "在工作中你只要不想进步，你的道路就是落后；做事要充满干劲，做人一定要谦虚。"
GLUED = "三、深入改革和扩大开放国民经济的长期稳定发展，既要靠正确的方针，又要靠改革。把方针同部署结合起来。"
TEXT = "\n".join(
    [
        "在全区工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲三点意见。",
        "一、提高站位",
        "要把讲政治贯穿始终，不断提高工作水平，确保取得实效。",
        THEME,
        "要围绕中心、服务大局，把各项任务抓紧抓实，确保见到成效。",
        "二、突出重点",
        "要一级抓一级，层层抓落实，确保各项任务按期完成。",
        GLUED,
        "要充分认识改革的长期性和复杂性，及时作出恰当安排。",
        "同志们，让我们共同努力！",
    ]
)


def test_alt_1_heads_a_theme_line_whole_and_a_click_cuts_a_glued_heading(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        view = panel.view
        panel.activateWindow()
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        i = next(p.index for p in panel._paragraphs if p.text == THEME)
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(i)))
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        panel.corrections.wait(WAIT_S)
        head = panel._paragraphs[i]
        assert head.is_heading and head.text == THEME.rstrip("。")  # both halves, one key

        # the glued heading: read as 三、… up to its first 。; cut where the user clicks
        j = next(p.index for p in panel._paragraphs if p.is_heading and p.text.startswith("三、"))
        end = len("三、深入改革和扩大开放")
        shown: list[str] = []

        def click_in_paragraph() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, HeadingCutDialog):
                QTimer.singleShot(20, click_in_paragraph)
                return
            source = dialog.source
            at = source.cursorRect(_at(source, end + 1)).center()
            qtbot.mouseClick(source.viewport(), Qt.MouseButton.LeftButton, pos=at)
            qtbot.keyClick(source, Qt.Key.Key_Left)  # a click one character off, put right
            shown.append(dialog.shown.text())
            dialog.accept()

        QTimer.singleShot(0, click_in_paragraph)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            panel.corrections.recut(j, 1, choose=True)
        panel.corrections.wait(WAIT_S)
        assert shown == ["标题：三、深入改革和扩大开放"]
        assert panel._paragraphs[j].text == "三、深入改革和扩大开放"
        assert panel._paragraphs[j + 1].text.startswith("国民经济的长期稳定发展，")
        assert lib.search("正确的方针").hits[0].section == ["三、深入改革和扩大开放"]
        assert "已更正 2 处" in panel.header.text()  # the cut counts, at its level too


def _at(edit, position: int) -> QTextCursor:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    return cursor


def test_choosing_a_row_again_takes_the_row(qtbot):
    dialog = HeadingCutDialog(GLUED, "一级标题", chosen=True)
    qtbot.addWidget(dialog)
    dialog.source.setTextCursor(_at(dialog.source, 5))
    assert dialog.cut() == 5 and dialog.choices.currentRow() == -1
    dialog.choices.setCurrentRow(0)
    assert dialog.cut() == GLUED.index("，") + 1
    assert dialog.shown.text() == "标题：" + GLUED[: GLUED.index("，")]
    dialog.source.setTextCursor(_at(dialog.source, 1))  # inside the marker: no heading
    assert dialog.cut() == GLUED.index("，") + 1
