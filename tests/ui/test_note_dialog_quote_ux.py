"""写笔记 quotes the selected words whole or says they go on: the dialog showed the first 30
characters of a longer selection, cut mid-word (…下面，我讲两) with nothing to say so; it now
ends at a phrase break with “…” (drafter.corpus.display.quote_cut), as the doubts do."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

import drafter.ui.study.study_notes as study_notes

LONG = "举办这次培训班，主要目的是帮助青年干部尽快成长。下面，我讲两点意见。"


def test_the_note_dialog_quotes_a_long_selection_with_an_ellipsis(studied, monkeypatch):
    window, panel, _library, _first = studied
    page = window.study.mode.page
    target = next(p for p in panel.doc.paragraphs() if p.text.startswith(LONG[:7]))
    asked: list[str] = []

    def ask(_parent, _title, label, *_a, **_k):
        asked.append(label)
        return "开宗明义", True

    monkeypatch.setattr(study_notes, "ask_lines", ask)
    # the whole paragraph, as a drag over it (its line holds study tags too: 〔提纲句〕…)
    view = page.text
    block = view.document().findBlockByNumber(view.block_of(target.index))
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    page.note_button.click()
    quote = re.match(r"“(.*)”\n", asked[0])[1]
    assert len(LONG) > 30 and quote.endswith("…")
    assert LONG.startswith(quote.rstrip("…")) and quote.rstrip("…")[-1] not in "，。"
