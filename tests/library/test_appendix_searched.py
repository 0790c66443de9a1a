"""An appendix kept as apparatus (附件：… after the closing, ``Apparatus.appendix``) is
searched with the text: it was in no index, so its words found nothing. A hit in it has the
heading path 附录 (not the speech's last section) and the number of the block the reader
shows it in, under the text's apparatus, so it opens there. Run on both backends from
test_contract.py."""

from __future__ import annotations

from speech_samples import ATTACHMENT_SPEECH, NOTES_THEN_APPENDIX

from drafter.corpus import parse_text
from drafter.corpus.apparatus_parts import searchable_apparatus


def test_the_appendix_is_numbered_after_the_text_under_its_label():
    doc = parse_text(ATTACHMENT_SPEECH, "t.txt")
    n = len(doc.paragraphs())
    found = searchable_apparatus(doc.apparatus, n)
    assert [p.text for p in found] == doc.apparatus.appendix
    # the rule line, the label 附录, then the appendix's paragraphs, block after block
    assert [p.index for p in found] == list(range(n + 2, n + 2 + len(found)))
    assert all(p.section == ["附录"] and not p.is_heading for p in found)
    assert {p.part for p in found} == {"appendix"}


def test_notes_before_the_appendix_push_it_down_and_are_not_searched():
    text = NOTES_THEN_APPENDIX
    doc = parse_text(text, "t.txt")
    assert doc.apparatus.endnotes and doc.apparatus.appendix
    n = len(doc.paragraphs())
    found = searchable_apparatus(doc.apparatus, n)
    assert [p.text for p in found] == doc.apparatus.appendix  # no endnote among them
    # rule, 注释, its note, 附录, then the appendix
    assert found[0].index == n + 1 + 1 + len(doc.apparatus.endnotes) + 1


def test_a_word_of_the_appendix_finds_it_under_its_label(library, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "读书.txt").write_text(ATTACHMENT_SPEECH, encoding="utf-8")
    list(library.add([folder]))
    doc = parse_text(ATTACHMENT_SPEECH, "t.txt")
    n = len(doc.paragraphs())
    hits = library.search("推进阶段").hits
    assert len(hits) == 1
    hit = hits[0]
    assert hit.section == ["附录"] and not hit.is_heading
    assert hit.text == "全年分三个阶段进行：启动阶段、推进阶段和总结阶段。"
    assert hit.paragraph_index == n + 2 + doc.apparatus.appendix.index(hit.text)
    # the text's own counts leave the appendix out, as before
    info = library.document(hit.document.id)
    assert info.paragraphs == n
    # and a word of the speech is still found in its section
    spoken = library.search("农家书屋").hits
    assert [h.section for h in spoken] == [["一、把读书活动办出特色"]]
