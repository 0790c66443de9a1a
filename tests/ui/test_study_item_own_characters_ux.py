"""学习模式 marks an item on its own characters or not at all: 国外, one of the two sides
国内外两个大局 writes in one word, was marked on 外两 (the characters after 国内, a 两 that
is the count's), as if the item were 外两."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.study_page import StudyPage

TEXT = """同志们：
今天召开会议，研究部署下一步工作。
当前，我们要统筹国内外两个大局，办好自己的事情，努力推动高质量发展。
同志们，让我们共同努力！
"""


def test_an_item_out_of_a_one_word_pair_is_marked_on_its_own_character(qtbot):
    doc = parse_text(TEXT, "/tmp/工作会议.txt")
    study = analyze(doc, rate=220)
    (k, frame) = next((k, f) for k, f in enumerate(study.frames) if f.phrase == "两个大局")
    assert frame.items == ["国内", "国外"]
    page = StudyPage()
    qtbot.addWidget(page)
    page.show_study(doc, study, [])
    view = page.text
    marks = {m.item: m for m in view.frame_marks if m.frame == k and m.item >= 0}
    text = [p for p in doc.paragraphs()][frame.span.paragraph].text
    marked = [text[marks[n].start : marks[n].end] for n in (0, 1)]
    assert marked[0] == "国内"
    assert marked[1] == "外"  # 国外's own character there, not 外两
    # the count's 两 is painted as the frame's phrase, not as an item
    two = text.index("两个大局")
    assert text[marks[1].end] == "两" and not any(
        m.start <= two < m.end for m in view.frame_marks if m.frame == k and m.item >= 0
    )
