"""A library whose index an older Drafter built is upgraded as the panel opens it: on the
import worker, with progress and the usual cancel, and nothing for the user to do; the
search then finds phrases literally (讲一讲 in 我来讲一讲) and highlights them."""

from __future__ import annotations

import pytest

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel
from drafter.ui.panels.library_status import UPGRADE_TEXT

from .waits import WAIT_MS

TEXT = "关于作风的讲话\n\n一、讲作风\n\n现在我来讲一讲主观主义的问题。\n"


def test_an_old_index_is_upgraded_when_the_panel_opens_the_library(qtbot, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "talk.txt").write_text(TEXT, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    with pytest.MonkeyPatch.context() as mp:  # built as an older Drafter built it
        mp.setattr("drafter.library.analyzer.literal_grams", lambda _text: {})
        for _ in lib.add([folder / "talk.txt"]):
            pass
    lib._set_index_format("1")
    assert lib.search("讲一讲").total == 0  # words only: the cut does not line up
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.set_library(lib)
        assert panel.busy()  # on the worker: the GUI thread is free
        assert panel.progress_label.text() == UPGRADE_TEXT
    assert not lib.index_outdated()
    assert any(m.startswith("检索索引已升级：1 篇") for m in messages)
    hit = lib.search("讲一讲").hits[0]
    assert [hit.text[s:e] for s, e in hit.highlights] == ["讲一讲"]
    panel.set_library(lib)  # opened again: nothing more to do
    assert not panel.busy()
    lib.close()
