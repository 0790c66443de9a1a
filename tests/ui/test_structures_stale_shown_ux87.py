"""The 结构 panel over a library changed since it was last mined (ux87's walk): the result
kept from then is shown at once, the status bar says it is stale and being analysed again,
and the fresh result replaces it when the mining ends. The table stayed empty (点“分析资料库”)
for the whole length of a mining before."""

from __future__ import annotations

import threading

import drafter.ui.study.structures_mining as structures_mining
from drafter.corpus.correction_ops import meta_op
from drafter.study.mining_cache import load_kept
from drafter.ui.study.structures_panel import StructuresPanel

from .study_setup import FIRST, SECOND, library_of
from .waits import WAIT_MS, WAIT_S


def test_a_changed_library_shows_the_kept_result_while_mined_again(qtbot, tmp_path, monkeypatch):
    gate = threading.Event()
    gate.set()
    real_mine = structures_mining.mine

    def held(*args, **kwargs):  # the real miner, held at the gate
        gate.wait(WAIT_S)
        return (yield from real_mine(*args, **kwargs))

    monkeypatch.setattr(structures_mining, "mine", held)
    with library_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND}) as library:
        first = StructuresPanel()
        qtbot.addWidget(first)
        first.set_library(library)
        first.run_button.click()
        qtbot.waitUntil(lambda: first.mined is not None and not first.mining, timeout=WAIT_MS)
        doc = library.documents()[0]
        library.set_corrections(doc.id, [meta_op("title", "在全市工作会议上的讲话")])
        assert load_kept(library) is not None  # stale, still readable
        gate.clear()  # the next mining waits: what shows meanwhile is the kept result
        try:
            second = StructuresPanel()
            qtbot.addWidget(second)
            said = []
            second.status_message.connect(said.append)
            second.set_library(library)
            qtbot.waitUntil(lambda: second.mined is not None, timeout=WAIT_MS)
            assert second.mining  # shown while the new mining runs
            assert said[0].startswith("资料库已变")
            assert second.table.topLevelItemCount() > 0
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not second.mining, timeout=WAIT_MS)
        assert said[-1] == "资料库结构分析完成。"
