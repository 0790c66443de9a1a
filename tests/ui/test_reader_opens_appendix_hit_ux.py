"""A search hit in an appendix kept apart from the text (附件：… after the closing) opens the
reader at that paragraph, shown apart under 附录 below the rule, with the word highlighted:
the appendix was searchable nowhere before (tests/library/test_appendix_searched.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from speech_samples import ATTACHMENT_SPEECH, NOTES_THEN_APPENDIX

from drafter.corpus import parse_text
from drafter.corpus.apparatus_parts import searchable_apparatus
from drafter.study.analyze import analyze
from drafter.ui.panels.reader_panel import ReaderPanel
from drafter.ui.study.annotated_view import AnnotatedView
from tests.ui.reader_setup import one_text_library, reader_on

from .waits import WAIT_MS


def test_a_hit_in_the_appendix_opens_the_reader_there(qtbot, tmp_path):
    with one_text_library(tmp_path, ATTACHMENT_SPEECH) as (library, doc_id, _path):
        hit = library.search("推进阶段").hits[0]
        assert hit.section == ["附录"]
        reader = reader_on(
            qtbot, library, doc_id, paragraph_index=hit.paragraph_index, terms=["推进阶段"]
        )
        document = reader.view.document()
        block = reader.view.textCursor().block()
        assert block.blockNumber() == hit.paragraph_index
        assert block.text() == hit.text
        # set apart: after the text's last paragraph, the rule, and the part's own label
        last = len(reader.document.paragraphs()) - 1
        assert document.findBlockByNumber(last).text() == "最后，祝大家读书愉快！"
        assert "不属于正文" in document.findBlockByNumber(last + 1).text()
        assert document.findBlockByNumber(last + 2).text() == "附录"
        assert reader.hits_label.text().endswith("1 处")
        # the outline lists the speech only: nothing of the attachment as a heading
        outline = reader.outline
        rows = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
        assert not any("组织领导" in r or "实施方案" in r for r in rows)


def test_the_study_page_shows_the_appendix_hit_too(qtbot):
    # 学习模式 numbers its blocks its own way (tags, run-in headings): a paragraph number past
    # the text found no block there, and the page stayed at its top
    doc = parse_text(ATTACHMENT_SPEECH, "t.txt")
    hit = searchable_apparatus(doc.apparatus, len(doc.paragraphs()))[-1]
    view = AnnotatedView()
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.show()
    for show in (lambda: view.show_study(doc, analyze(doc)), lambda: view.show_masked(doc)):
        show()
        view.scroll_to_paragraph(hit.index)
        assert view.textCursor().block().text() == hit.text


def test_the_outline_lists_the_apparatus_a_click_away(qtbot):
    # the notes and the appended 决议 stand under the text; the outline said nothing of them
    text = NOTES_THEN_APPENDIX
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    reader.show_document(parse_text(text, "t.txt"))
    outline = reader.outline
    rows = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    names = [r.text(0) for r in rows]
    assert names[-2:] == ["注释（1 条）", "附录（2 段）"]
    assert names[-3] == "三、狠抓落实"  # after the text's own outline
    appendix = rows[-1]
    outline.scrollToItem(appendix)
    rect = outline.visualItemRect(appendix)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: reader.view.textCursor().block().text() == "附录", timeout=WAIT_MS)
    following = reader.view.textCursor().block().next().text()
    assert following == "附录：关于学习问题的决定"
    assert reader.outline_menu(appendix) is None  # no 更正结构 for what is not the text
