"""The structure map and the reader's outline show what stands between the opening and the
first heading. A real speech whose argument begins before its first heading (为什么要有革命
党？), once the user had made a heading of its first transition, showed 〔开头〕 38 字 and
the section in the map, with 900 characters in no row (the parts no longer added up to the
whole), while the reader's outline called all nine paragraphs before the heading 开头."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.ui.panels.reader_panel import ReaderPanel
from drafter.ui.study.structure_map import StructureMap
from tests.study.test_outline_opening_without_headings import ARGUED


def test_the_map_and_the_reader_show_the_body_before_the_first_heading(qtbot):
    doc = parse_text(ARGUED, "talk.txt")
    study = analyze(doc)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    labels = [r.text(0) for r in rows]
    assert labels[1].startswith("〔开头〕") and labels[2] == "〔正文〕小标题前的部分"
    assert labels[3].startswith("一、")
    parts = sum(int(r.text(1).replace(",", "")) for r in rows[1:] if r.text(1))
    assert parts == study.total_chars  # the parts add up to 全文 again
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.show_document(doc)
    outline = [reader.outline.topLevelItem(i).text(0) for i in range(3)]
    assert outline[:2] == ["开头（1 段）", "正文（2 段）"] and outline[2].startswith("一、")
