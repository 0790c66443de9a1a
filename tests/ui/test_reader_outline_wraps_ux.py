"""The reader's outline shows whole headings, wrapped, as the structure map does: walking the
app at 1600x1000 the outline column was about 125 px wide and every heading of a real speech
read 一、建立培训的组织保… — the skeleton a trainee opens a 范文 to see, cut at eight
characters."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.ui.panels.reader_panel import ReaderPanel

from .waits import WAIT_MS

LONG = "一、建立培训的组织保障体系，提高培训工作的地位"
TEXT = f"""关于培训工作的讲话

同志们：

今天讲一讲培训工作。

{LONG}

培训工作要有组织保障。

二、各部门的培训工作应各具特色

形式要多样。
"""


def test_a_long_heading_wraps_in_the_outline(qtbot):
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.resize(520, 600)
    reader.show_document(parse_text(TEXT, "t.txt"))
    reader.show()
    qtbot.waitExposed(reader, timeout=WAIT_MS)
    outline = reader.outline
    reader.splitter.setSizes([150, 370])
    item = next(
        outline.topLevelItem(i)
        for i in range(outline.topLevelItemCount())
        if outline.topLevelItem(i).text(0) == LONG
    )
    line = outline.fontMetrics().height()
    qtbot.waitUntil(lambda: outline.visualItemRect(item).height() >= 2 * line, timeout=WAIT_MS)
    assert outline.fontMetrics().horizontalAdvance(LONG) > outline.viewport().width()
