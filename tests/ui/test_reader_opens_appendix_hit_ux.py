"""A search hit in an appendix kept apart from the text (附件：… after the closing) opens the
reader at that paragraph, shown apart under 附录 below the rule, with the word highlighted:
the appendix was searchable nowhere before (tests/library/test_appendix_searched.py)."""

from __future__ import annotations

from speech_samples import ATTACHMENT_SPEECH

from drafter.corpus import parse_text
from drafter.corpus.apparatus_parts import searchable_apparatus
from drafter.study import analyze
from drafter.ui.study.annotated_view import AnnotatedView
from tests.ui.reader_setup import one_text_library, reader_on


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
