"""The reader shows a document's structure, highlights terms and sends text to the draft."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from drafter.study.stats import spoken_for
from drafter.ui.panels.reader_header import count_chars
from drafter.ui.panels.reader_panel import ReaderPanel

from .fakes import FakeLibrary, write_corpus
from .reader_setup import reader_on
from .waits import WAIT_MS


def test_speaking_time_counts_characters_not_spaces():
    assert count_chars(["同志们： 好", "a b"]) == 7
    assert spoken_for(0, 220) == "0 秒"
    assert spoken_for(220, 220) == "约 1 分钟"
    assert spoken_for(1, 220) == "约 1 秒"  # any text takes some time


@pytest.fixture
def reader(qtbot, tmp_path):
    lib = FakeLibrary(tmp_path / "lib")
    write_corpus(tmp_path / "c", 1)
    list(lib.add([tmp_path / "c"]))
    doc_id = lib.documents()[0].id
    panel = reader_on(qtbot, lib, doc_id, (900, 600), 5000, paragraph_index=6, terms=["服务"])
    return panel, lib, doc_id


def test_document_outline_header_and_terms(reader):
    panel, lib, doc_id = reader
    paragraphs = lib.load(doc_id).paragraphs()
    assert panel.view.document().blockCount() == len(paragraphs)
    assert panel.outline.topLevelItemCount() == 3  # 一、二、三、
    assert panel.outline.topLevelItem(0).childCount() == 1
    assert "在全市办公室工作会议上的讲话" in panel.header.text()
    assert "约 1 分钟" in panel.header.text()
    text = panel.view.toPlainText()
    assert len(panel._matches) == text.count("服务")
    # The current hit is the first one in the opened paragraph, not the first in the text.
    assert f"/ {len(panel._matches)} 处" in panel.hits_label.text()
    target_start = panel.view.document().findBlockByNumber(6).position()
    assert panel._matches[panel._current][0] >= target_start > panel._matches[0][0]


def test_next_and_previous_hit_wrap(reader):
    panel, _lib, _id = reader
    count = len(panel._matches)
    panel._current = -1
    panel.next_hit()
    first = panel.view.textCursor().selectedText()
    assert first == "服务"
    for _ in range(count):
        panel.next_hit()
    assert panel._current == 0  # wrapped around
    panel.previous_hit()
    assert panel._current == count - 1


def test_outline_click_jumps(reader, qtbot):
    panel, _lib, _id = reader
    item = panel.outline.topLevelItem(2)
    panel._on_outline_clicked(item)
    cursor = panel.view.textCursor()
    assert cursor.block().text() == item.text(0)


def test_insert_selection_carries_provenance(reader, qtbot):
    panel, lib, doc_id = reader
    block = panel.view.document().findBlockByNumber(4)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    panel.view.setTextCursor(cursor)
    assert panel.insert_button.isEnabled()
    with qtbot.waitSignal(panel.insert_requested, timeout=WAIT_MS) as blocker:
        panel.insert_button.click()
    text, prov = blocker.args
    para = lib.load(doc_id).paragraphs()[4]
    assert text == para.text
    assert prov["document_id"] == doc_id
    assert prov["paragraph_index"] == 4
    assert prov["original_text"] == para.text
    assert prov["section"] == para.section


def test_template_button_emits_document(reader, qtbot):
    panel, _lib, doc_id = reader
    with qtbot.waitSignal(panel.template_requested, timeout=WAIT_MS) as blocker:
        panel.template_button.click()
    assert blocker.args == [doc_id]


def test_real_document_markers(qtbot, sample_corpus):
    files = sorted(sample_corpus.glob("01_*.txt"))
    if not files:
        pytest.skip("sample corpus not present")
    from drafter.corpus import load_document

    doc = load_document(files[0])
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.show_document(doc)
    paragraphs = doc.paragraphs()
    first_heading = next(p for p in paragraphs if p.is_heading)
    items = [panel.outline.topLevelItem(i) for i in range(panel.outline.topLevelItemCount())]
    texts = [i.text(0) for i in items]
    assert first_heading.text in texts
    if any(p.part == "preamble" for p in paragraphs):
        assert texts[0].startswith("开头（")
    if any(p.part == "closing" for p in paragraphs):
        assert texts[-1].startswith("结尾（")
        panel._on_outline_clicked(items[-1])
        first_closing = next(p for p in paragraphs if p.part == "closing")
        assert panel.view.textCursor().block().text() == first_closing.text
    assert doc.metadata.title in panel.header.text()
    assert "一级" in panel.header.text()


def test_a_dragged_selection_carries_its_sources(reader, qtbot):
    # Regression: dragging reader text onto the draft lost where it came from (plain text).
    from drafter.ui.mime import hits_from_mime

    panel, lib, doc_id = reader
    doc = panel.view.document()
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.findBlockByNumber(4).position() + 2)
    cursor.setPosition(doc.findBlockByNumber(5).position() + 3, QTextCursor.MoveMode.KeepAnchor)
    panel.view.setTextCursor(cursor)
    hits = hits_from_mime(panel.view.createMimeDataFromSelection())
    paragraphs = lib.load(doc_id).paragraphs()
    assert [h["paragraph_index"] for h in hits] == [4, 5]
    # the selection is widened to whole sentences (issue 12): no 室是… cut out of 办公室
    from drafter.drafts.excerpt import sentence_excerpt

    assert hits[0]["text"] == sentence_excerpt(paragraphs[4].text, 2, len(paragraphs[4].text))
    assert hits[0]["text"].startswith(paragraphs[4].text[:2])
    assert hits[1]["text"] == sentence_excerpt(paragraphs[5].text, 0, 3)
    assert hits[1]["original_text"] == hits[1]["text"]  # quoted unchanged: not 已改写
    assert all(h["document_id"] == doc_id for h in hits)


def test_switching_library_closes_a_document_of_the_old_one(reader, tmp_path):
    # Regression: after a new library folder was chosen in the preferences, the reader
    # still showed (and offered to insert from) a document of the old library.
    panel, _lib, _doc_id = reader
    assert panel.document is not None
    panel.set_library(None)  # while the new one opens
    assert panel.document is not None
    panel.set_library(FakeLibrary(tmp_path / "other"))
    assert panel.document is None
    assert not panel.insert_button.isEnabled()


def test_triple_click_selects_the_paragraph(reader, qtbot):
    """Issue 12: triple-click selected one screen line (or nothing: the press inside the
    double-clicked word started a drag); it selects the whole paragraph."""
    from PySide6.QtCore import QPoint, Qt

    panel, lib, doc_id = reader
    panel.show()
    qtbot.waitExposed(panel, timeout=WAIT_MS)
    view = panel.view
    block = view.document().findBlockByNumber(4)
    rect = view.cursorRect(QTextCursor(block))
    pos = QPoint(rect.x() + 20, rect.center().y())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.textCursor().selectedText() == block.text()


def test_selection_sent_to_the_draft_is_whole_sentences(reader, qtbot):
    """Issue 12: a stray ” and a cut word (督促检) went into the draft, marked 已改写."""
    panel, lib, doc_id = reader
    sent = []
    panel.insert_requested.connect(lambda text, prov: sent.append((text, prov)))
    doc = panel.view.document()
    block = doc.findBlockByNumber(4)
    text = block.text()
    cursor = QTextCursor(doc)
    cursor.setPosition(block.position() + 1)  # inside the first word
    cursor.setPosition(block.position() + len(text) - 2, QTextCursor.MoveMode.KeepAnchor)
    panel.view.setTextCursor(cursor)
    panel.insert_selection()
    inserted, provenance = sent[-1]
    assert inserted == text.strip()  # whole sentences: from the first character to 。
    assert provenance["original_text"] == inserted


def test_highlights_are_what_the_search_matched(qtbot, tmp_path):
    """Issue 12: searching 三服务 highlighted the 三 of 三是服务质量 in the reader (the
    reader matched single characters, the index matched the cut words). With a real
    library the reader highlights exactly the query's matches, and counts each once."""
    from drafter.library import Library

    source = tmp_path / "讲话.txt"
    source.write_text(
        "在全区工作会议上的讲话\n\n同志们：\n\n今天开展三服务活动。三是服务质量要提高，"
        "三服务要落实。\n\n谢谢大家！\n",
        encoding="utf-8",
    )
    library = Library.open(tmp_path / "lib", workers=1)
    for _ in library.add([source]):
        pass
    hit = library.search("三服务").hits[0]
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.set_library(library)
    panel.query_source = lambda: "三服务"
    terms = {hit.text[s:e] for s, e in hit.highlights}  # what the window hands over
    assert terms == {"三服务"}  # the literal span (the index cut it 三/服务)
    with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
        panel.open_document(hit.document.id, hit.paragraph_index, terms)
    text = panel.view.document().toPlainText()
    assert [text[s:e] for s, e in panel._matches] == ["三服务", "三服务"]
    assert "2" in panel.hits_label.text()
    panel.query_source = None  # a library-less fallback highlights the hit's spans
    panel.set_terms(terms)
    assert [text[s:e] for s, e in panel._matches] == ["三服务", "三服务"]
    library.close()
