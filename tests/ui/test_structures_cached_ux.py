"""The 结构 panel mined the whole library again on every start (45–70 s for a ~690-text
library): a second open of an unchanged library now shows the result kept from the first
at once, without mining; a changed document makes the panel mine again, on its worker."""

from __future__ import annotations

import drafter.ui.study.structures_mining as structures_mining
from drafter.corpus.correction_ops import meta_op
from drafter.study.mining_cache import cache_path
from drafter.ui.study.structures_panel import StructuresPanel

from .study_setup import FIRST, SECOND, library_of
from .waits import WAIT_MS


def _panel(qtbot, library) -> StructuresPanel:
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    sp.set_library(library)
    return sp


def test_an_unchanged_library_is_not_mined_again(qtbot, tmp_path, monkeypatch):
    runs = []
    real_mine = structures_mining.mine

    def counted(*args, **kwargs):  # the real miner, counted
        runs.append(1)
        return (yield from real_mine(*args, **kwargs))

    monkeypatch.setattr(structures_mining, "mine", counted)
    with library_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND}) as library:
        first = _panel(qtbot, library)
        qtbot.wait(200)
        assert first.mined is None and not runs  # never mined: waits for the button
        first.run_button.click()
        qtbot.waitUntil(lambda: first.mined is not None and not first.mining, timeout=WAIT_MS)
        assert len(runs) == 1 and cache_path(library).is_file()
        shown = first.summary.text()

        second = StructuresPanel()  # the next start
        qtbot.addWidget(second)
        with qtbot.waitSignal(second.status_message, timeout=WAIT_MS) as said:
            second.set_library(library)
        assert said.args == ["资料库未变，显示上次的结构分析结果。"]
        assert second.mined is not None
        assert len(runs) == 1, "an unchanged library was mined again"
        assert second.summary.text() == shown
        assert [s.key for s in second.mined.frames] == [s.key for s in first.mined.frames]

        doc = library.documents()[0]
        library.set_corrections(doc.id, [meta_op("title", "在全市工作会议上的讲话")])
        third = _panel(qtbot, library)  # a changed library: mined again, on the worker
        qtbot.waitUntil(lambda: len(runs) == 2, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: third.mined is not None and not third.mining, timeout=WAIT_MS)
        fourth = _panel(qtbot, library)
        qtbot.waitUntil(lambda: fourth.mined is not None, timeout=WAIT_MS)
        assert len(runs) == 2
