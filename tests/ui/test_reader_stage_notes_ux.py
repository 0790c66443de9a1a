"""A record's stage note standing alone (（观看警示教育片，略）) is shown under the text under a
label of its own, 现场记录: the recorder's note of what happened in the hall, which the
reader had shown under 编者按, an editor's note it is not."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.corpus import parse_text
from drafter.ui.panels.reader_panel import ReaderPanel

from .waits import WAIT_MS

TEXT = "\n".join(
    [
        "在全县作风建设推进会上的讲话",
        "【导读】这是县委书记在全县作风建设推进会上的讲话。",
        "同志们：",
        "今天召开这次会议，我讲三点意见。",
        "（观看警示教育片，略）",
        "一、加强学习",
        "要把学习作为第一位的任务，持之以恒抓下去。",
        "二、改进作风",
        "要深入基层、深入群众，真正把问题找准。",
        "三、狠抓落实",
        "要一级抓一级，层层抓落实。",
    ]
)


def _blocks(reader: ReaderPanel) -> list[str]:
    document = reader.view.document()
    return [document.findBlockByNumber(i).text() for i in range(document.blockCount())]


def test_a_stage_note_is_shown_under_its_own_label(qtbot):
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    reader.show_document(parse_text(TEXT, "记录.txt"))
    blocks = _blocks(reader)
    last = len(reader.document.paragraphs()) - 1
    assert blocks[last] == "要一级抓一级，层层抓落实。"
    assert "（观看警示教育片，略）" not in blocks[: last + 1]  # not the speech
    # under the text: the editor's note under 编者按, the stage note under 现场记录
    tail = blocks[last + 1 :]
    assert "不属于正文" in tail[0] and "编者" not in tail[0]
    assert tail[1:] == [
        "编者按",
        "这是县委书记在全县作风建设推进会上的讲话。",
        "现场记录",
        "（观看警示教育片，略）",
    ]
    # the outline's row for it says whose note it is, and a click opens it
    outline = reader.outline
    rows = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    assert [r.text(0) for r in rows[-2:]] == ["编者按（1 段）", "现场记录（1 条）"]
    stage = rows[-1]
    assert "记录者" in stage.toolTip(0) and "编者" not in stage.toolTip(0)
    outline.scrollToItem(stage)
    rect = outline.visualItemRect(stage)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: reader.view.textCursor().block().text() == "现场记录", timeout=WAIT_MS)
    assert reader.view.textCursor().block().next().text() == "（观看警示教育片，略）"
