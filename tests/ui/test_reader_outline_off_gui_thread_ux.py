"""The reader's outline pane finds the transitions of a text without headings on a worker:
the study behind them ran on the GUI thread (0.4 s and more the first time on a long text,
the window frozen at every open). The event loop keeps turning while they are looked for,
and a document opened meanwhile never gets the rows of the one left."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from speech_samples import TRANSITIONS_SPEECH_LINES

from drafter.corpus import parse_text
from drafter.ui.panels import reader_outline
from drafter.ui.panels.reader_outline import TURNS_PENDING
from drafter.ui.panels.reader_panel import ReaderPanel

from .waits import WAIT_MS, WAIT_S


def _tops(reader) -> list[str]:
    outline = reader.outline
    return [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]


def _body_rows(reader) -> list[str]:
    body = reader.outline.topLevelItem(1)
    return [body.child(i).text(0) for i in range(body.childCount())]


def _gated(monkeypatch, gate: threading.Event) -> tuple[list[object], list[object]]:
    """The transitions are found only once ``gate`` is set (by the test's timer, which only
    ticks when the event loop turns); the documents asked about and those answered."""
    real = reader_outline.transition_marks
    asked: list[object] = []
    answered: list[object] = []

    def after_gate(doc, study=None):
        asked.append(doc)
        gate.wait(WAIT_S)  # on the GUI thread the timer could not tick: it would wait it out
        marks = real(doc, study)
        answered.append(doc)
        return marks

    # (patched where the outline rows call it: drafter/ui/panels/reader_outline.py)
    monkeypatch.setattr(reader_outline, "transition_marks", after_gate)
    return asked, answered


def test_the_event_loop_turns_while_the_transitions_are_found(qtbot, monkeypatch):
    gate = threading.Event()
    _gated(monkeypatch, gate)
    ticks = []

    def tick():
        ticks.append(1)
        if len(ticks) >= 3:
            gate.set()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.show()
    reader.show_document(parse_text("\n".join(TRANSITIONS_SPEECH_LINES), "/tmp/作风.txt"))
    # shown at once, the transitions said to be on their way, the parts all there
    assert not ticks
    tops = _tops(reader)
    assert tops[0].startswith("开头（") and tops[1].startswith("正文（")
    assert tops[-1].startswith("结尾（")
    assert _body_rows(reader) == [TURNS_PENDING]
    assert reader.outline_pending
    qtbot.waitUntil(lambda: not reader.outline_pending, timeout=WAIT_MS)
    timer.stop()
    assert len(ticks) >= 3  # the loop turned while the worker waited on the timer
    assert _body_rows(reader)[0] == "〔转入新话题〕现在我来讲一讲学风问题。"
    assert "（未识别出标题层级）" not in _tops(reader)


def test_a_document_opened_meanwhile_never_gets_the_rows_of_the_one_left(qtbot, monkeypatch):
    gate = threading.Event()
    asked, answered = _gated(monkeypatch, gate)
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.show()
    first = parse_text("\n".join(TRANSITIONS_SPEECH_LINES), "/tmp/作风.txt")
    reader.show_document(first)
    qtbot.waitUntil(lambda: asked == [first], timeout=WAIT_MS)
    plain = [line for line in TRANSITIONS_SPEECH_LINES if "讲一讲" not in line]
    plain = [line for line in plain if "讲的就是" not in line]
    second = parse_text("\n".join(plain), "/tmp/无过渡.txt")
    reader.show_document(second)
    gate.set()
    qtbot.waitUntil(lambda: len(answered) == 2 and not reader.outline_pending, timeout=WAIT_MS)
    qtbot.wait(20)  # deliver what the dispatcher still holds (the first answer, dropped)
    tops = _tops(reader)
    # the second text turns nowhere: it says it has no headings, and nothing of the first
    assert "（未识别出标题层级）" in tops
    assert tops[-1].startswith("结尾（")
    assert all(reader.outline.topLevelItem(i).childCount() == 0 for i in range(len(tops)))
