"""A part marked by a bare numeral alone on its line (一, 二 over the 1960 report's parts)
shows its first words in the reader's outline: the rows read 一 and 二 and told a reader
nothing of what each part is about (drafter/corpus/display.py part_label)."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.ui.panels.reader_panel import ReaderPanel

TEXT = """各位代表：

现在我向大会作报告。

一

农业发展纲要是高速度地发展农业的纲领。

纲要公布以后，各地积极执行。

二

下面说一下纲要在过去四年中执行的情况。

粮食的亩产量逐年提高。
"""


def test_a_bare_numeral_row_shows_the_part_s_first_words(qtbot):
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.show_document(parse_text(TEXT, "t.txt"))
    outline = reader.outline
    rows = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
    assert "一 · 农业发展纲要是高速度地发展农业的纲领。" in rows, rows
    assert "二 · 下面说一下纲要在过去四年中执行的情况。" in rows, rows
