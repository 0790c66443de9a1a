"""Untitled reports in the library table (ux32, after the office head's walk).

The 1988 and 2019 government work reports begin with 各位代表： and name no title or date:
the narrow title column showed "我代表国务院…　无标题" and "现在，我…　无标题" (the mark took
half the cell), and 日期 stood empty while 审稿 judged them as of 1988 and 2019.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from drafter.corpus.display import document_title, is_untitled
from drafter.library.model import DocumentInfo
from drafter.ui.models.documents import DATE, TITLE, DocumentTableModel, document_year
from drafter.ui.widgets.mark_delegate import quiet_mark

FIRST = "我代表国务院，向大会作政府工作报告，请予审议。"


def _info(path: str, title: str | None = None, date: str | None = None) -> DocumentInfo:
    return DocumentInfo(
        id="a1", path=path, title=title, speaker=None, post=None, date=date, genre="工作报告",
        occasion=None, level=None, source=None, format="txt", paragraphs=185, chars=29402,
        added="2026-01-01T00:00:00", sha256="0" * 64, excerpt=FIRST,
    )  # fmt: skip


def test_the_untitled_mark_gives_way_to_the_first_words(qtbot):
    """In a narrow cell 无标题 is dropped before the words shrink below a few characters;
    in a wide one it stays; a 结构待核 beside it always stays."""
    metrics = QFontMetrics(QApplication.font())
    narrow = metrics.horizontalAdvance("我代表国务院，向大会") + 8
    wide = metrics.horizontalAdvance(FIRST + "　无标题") + 8
    assert quiet_mark(FIRST, "无标题", metrics, narrow) == ""
    assert quiet_mark(FIRST, "无标题", metrics, wide) == "无标题"
    assert quiet_mark(FIRST, "无标题，结构待核", metrics, narrow) == "结构待核"
    assert quiet_mark("政府工作报告", "结构待核", metrics, 40) == "结构待核"


def test_an_undated_report_shows_the_year_its_file_name_gives(qtbot):
    """日期 and the 年份 filter take the file name's year, greyed, with a tooltip saying so;
    the title cell names the report by what its opening says it is (政府工作报告), never by
    its file name."""
    model = DocumentTableModel()
    model.set_documents(
        [_info("/lib/gwr_national_1988.txt"), _info("/lib/x.txt", "报告", "2019-03-05")]
    )
    undated, dated = model.index(0, DATE), model.index(1, DATE)
    assert undated.data() == "1988" and document_year(model.document_at(0)) == "1988"
    assert "文件名" in undated.data(Qt.ItemDataRole.ToolTipRole)
    assert undated.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dated.data() == "2019-03-05" and dated.data(Qt.ItemDataRole.ForegroundRole) is None
    title = model.index(0, TITLE).data()
    assert title.startswith("政府工作报告") and "gwr" not in title and "无标题" in title


def test_one_name_for_a_record_and_a_parsed_document():
    """The core helper names a library record and a parsed document by the same rule: a
    record stored with the report's first words (before the rule) says what they announce."""
    from drafter.review.text import document_from_lines

    record = _info("/lib/gwr_national_1988.txt")
    doc = document_from_lines(["各位代表：", FIRST, "一、过去五年的工作", "要抓好落实。"])
    assert document_title(record) == document_title(doc) == "政府工作报告"
    assert is_untitled(record) and is_untitled(doc)
    assert document_title(_info("/lib/a.txt", "政府工作报告")) == "政府工作报告"


def test_a_persons_mark_shrinks_to_a_tick_before_the_title_does(qtbot):
    """ux47's walk at 1600x1000: 已人工更正 beside each corrected speech left 我们… / 质问国…
    of the titles, and the table could no longer tell them apart. In a narrow cell a green
    mark (已人工更正 / 已人工核对 / 信息已更正) shrinks to ✓ (the tooltip names it); in a wide
    one it stays whole; a mark asking for a look (结构待核) stays whole either way."""
    metrics = QFontMetrics(QApplication.font())
    title = "我们党的一些历史经验"
    narrow = metrics.horizontalAdvance("我们党的一些历史") + 8
    wide = metrics.horizontalAdvance(title + "　已人工更正") + 8
    assert quiet_mark(title, "已人工更正", metrics, narrow) == "✓"
    assert quiet_mark(title, "信息已更正", metrics, narrow) == "✓"
    assert quiet_mark(title, "已人工更正", metrics, wide) == "已人工更正"
    assert quiet_mark(title, "结构待核", metrics, narrow) == "结构待核"
