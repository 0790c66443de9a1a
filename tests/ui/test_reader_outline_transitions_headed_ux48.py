"""The reader's outline lists a text's transitions when it has headings too.

Last session's walk: once a text had one heading, the outline pane stopped listing its
transitions (过渡句) — 关于中华人民共和国宪法草案 reads 第一、 and 第二、 as headings, and its
〔回顾上文〕 and 最后，解释一个问题。 were listed nowhere. Each transition is now a row under
the heading it stands in, among that heading's rows in text order, a click away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from speech_samples import TRANSITIONS_SPEECH_LINES as LINES

from drafter.corpus import load_document, parse_text
from drafter.ui.panels.reader_outline import ParagraphRole, TransitionRole
from drafter.ui.panels.reader_panel import ReaderPanel

from .waits import WAIT_MS

HEADED = [*LINES[:4], "一、端正学风", LINES[4], LINES[5], "二、端正文风", *LINES[6:10]]


def _rows(item) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def _reader(qtbot, doc) -> ReaderPanel:
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    reader.show_document(doc)
    qtbot.waitUntil(lambda: not reader.outline_pending, timeout=WAIT_MS)
    return reader


def _top(reader, start: str):
    outline = reader.outline
    tops = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    return next(t for t in tops if t.text(0).startswith(start))


def test_transitions_stand_under_their_headings_and_take_the_reader_there(qtbot):
    reader = _reader(qtbot, parse_text("\n".join(HEADED), "/tmp/作风.txt"))
    first, second = _top(reader, "一、端正学风"), _top(reader, "二、端正文风")
    assert _rows(first) == ["〔转入新话题〕现在我来讲一讲学风问题。"]
    assert _rows(second) == [
        "〔转入新话题〕其次讲一讲文风问题。",
        "〔回顾上文〕关于文风的问题，今天讲的就是这些。",
    ]
    turn = second.child(0)
    assert turn.data(0, TransitionRole) and first.isExpanded() and second.isExpanded()
    outline = reader.outline
    outline.scrollToItem(turn)
    rect = outline.visualItemRect(turn)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: reader.view.textCursor().block().text().startswith("其次讲一讲"), timeout=WAIT_MS
    )
    # a heading's row is still a heading's: its own menu, not a transition's
    assert not first.data(0, TransitionRole)


def test_a_transition_stands_under_the_sub_heading_it_is_in(qtbot):
    lines = [
        *LINES[:4],
        "一、端正学风",
        "（一）认清危害",
        "学风不正，危害很大。" * 6,
        "（二）找准根源",
        "学风不正，根源在思想。" * 6,
        "现在我来讲一讲怎样改进学风。",
        "改进学风，要从领导做起。" * 10,
        "二、端正文风",
        *LINES[6:10],
    ]
    reader = _reader(qtbot, parse_text("\n".join(lines), "/tmp/作风.txt"))
    first = _top(reader, "一、端正学风")
    assert _rows(first) == ["（一）认清危害", "（二）找准根源"]
    assert _rows(first.child(0)) == []
    assert _rows(first.child(1)) == ["〔转入新话题〕现在我来讲一讲怎样改进学风。"]
    assert first.child(1).child(0).data(0, ParagraphRole) == 8


@pytest.mark.shared
def test_real_text_with_two_headings_lists_its_two_transitions(qtbot, shared_dir):
    path = shared_dir / "corpus" / "speeches" / "mao" / "第五卷_037 关于中华人民共和国宪法草案.md"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    reader = _reader(qtbot, load_document(path))
    second = _top(reader, "第二、")
    listed = [r for r in _rows(second) if r.startswith("〔")]
    assert listed[-1] == "〔转入新话题〕最后，解释一个问题。"
    assert any(r.startswith("〔回顾上文〕") for r in listed)
