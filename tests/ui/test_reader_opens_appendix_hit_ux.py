"""A search hit in an appendix kept apart from the text (附件：… after the closing) opens the
reader at that paragraph, shown apart under 附录 below the rule, with the word highlighted:
the appendix was searchable nowhere before (tests/library/test_appendix_searched.py)."""

from __future__ import annotations

from speech_samples import ATTACHMENT_SPEECH

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
