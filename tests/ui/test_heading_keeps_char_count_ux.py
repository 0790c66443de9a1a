"""Making a paragraph a heading keeps the document's 字数. Walking the app as an office head,
each 设为…级标题 on a paragraph that ends in 。 took one from the reader's 字数 and the
library table's (the heading's text drops its closing punctuation), and 不是标题 on it then
gave back the paragraph without its 。 for good. The heading now keeps what it dropped
(``ending``), 字数 counts it, and the text comes back whole."""

from __future__ import annotations

import re

import pytest

from drafter.corpus import parse_text
from drafter.corpus.corrections import apply_corrections
from drafter.corpus.display import count_chars, written
from drafter.ui.panels.library_panel import LibraryPanel

from .reader_setup import correction_action, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

LINE = "加强队伍建设，选优配强干部。"
TEXT = "\n".join(
    [
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲两点意见。",
        "一、提高认识",
        "我们要充分认识这项工作的重要性，切实增强责任感。",
        "二、突出重点",
        "要抓住关键环节，集中力量攻坚。",
        LINE,
        "要一级抓一级，层层抓落实，打造过硬队伍。",
        "怎样落实好？",
        "要靠制度，靠考核，靠每一位同志的担当。",
    ]
)


def _shown_chars(panel) -> int:
    return int(re.search(r"字数 ([\d,]+)", panel.header.text()).group(1).replace(",", ""))


@pytest.mark.parametrize("line", [LINE, "怎样落实好？"])
def test_heading_and_back_keeps_text_and_count(line):
    doc = parse_text(TEXT)
    before = count_chars(written(doc.paragraphs()))
    i = next(p.index for p in doc.paragraphs() if p.text == line)
    op = {"op": "heading", "para": i, "text": line, "level": 2}
    head = apply_corrections(doc, [op]).document
    heading = head.paragraphs()[i]
    assert heading.is_heading and not heading.text.endswith("。")
    assert count_chars(written(head.paragraphs())) == before
    label = heading.text
    back = apply_corrections(doc, [op, {"op": "unheading", "para": i, "text": label}]).document
    assert back.paragraphs()[i].text == line  # the 。 or ？ is back, and only once


def test_reader_and_table_keep_the_count_through_a_correction(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, doc_id)
        before = _shown_chars(panel)
        assert before == count_chars(TEXT.split("\n")[1:])  # all the file's words but its title
        i = next(p.index for p in panel._paragraphs if p.text == LINE)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "设为二级标题").trigger()
        assert panel._paragraphs[i].is_heading
        assert _shown_chars(panel) == before
        table = LibraryPanel()
        qtbot.addWidget(table)
        table.set_library(lib)
        assert table.proxy.index(0, 4).data() == f"{before:,}"
        label = panel._paragraphs[i].text
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "不是标题").trigger()
        assert panel._paragraphs[i].text == LINE and _shown_chars(panel) == before
        panel.corrections.wait(WAIT_S)
        assert label != LINE


def test_the_status_line_says_the_correction_was_stored(qtbot, tmp_path):
    """After 设为…级标题 the reader reopens the document; its 已打开《…》 replaced the
    correction's own word in the status line, so the user saw no sign it was stored."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, lib.documents()[0].id)
        said: list[str] = []
        panel.status_message.connect(said.append)
        i = next(p.index for p in panel._paragraphs if p.text == LINE)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "设为二级标题").trigger()
        assert said[-1].startswith("已更正"), said
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            panel.open_document(lib.documents()[0].id)  # an ordinary open says 已打开 again
        assert said[-1].startswith("已打开《")
        panel.corrections.wait(WAIT_S)
