"""The library table's tooltip on a 结构待核 row said only 提纲识别把握不大: the user learnt
why the machine doubts that text's outline only by opening it and hovering the reader's
header. The row's tooltip names the document's own doubts, the same the header shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from speech_samples import CORRECTIONS_SPEECH, UNHEADED_SPEECH

from drafter.library import Library
from drafter.ui.models.documents import TITLE
from drafter.ui.panels.library_panel import LibraryPanel

# a long text without headings whose short lines 首先…/其次… no rule takes: three doubts
DOUBTFUL = UNHEADED_SPEECH.replace(
    "同志们，让我们共同努力！", "首先要团结\n其次要务实\n最后要落实\n同志们，让我们共同努力！"
)


def _tip(panel: LibraryPanel, doc_id: str) -> str:
    row = panel.model.row_of(doc_id)
    index = panel.proxy.mapFromSource(panel.model.index(row, TITLE))
    return index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_doubtful_rows_tooltip_names_its_own_doubts(qtbot, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "unheaded.txt").write_text(DOUBTFUL, encoding="utf-8")
    (folder / "headed.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    for _ in lib.add([folder]):
        pass
    docs = {d.path.rsplit("/", 1)[-1]: d for d in lib.documents()}
    doubtful, sure = docs["unheaded.txt"], docs["headed.txt"]
    assert doubtful.needs_review and not sure.needs_review
    doubts = lib.load(doubtful.id).outline.doubts
    assert len(doubts) == 3  # what the reader's header shows on hover
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_library(lib)
    tip = _tip(panel, doubtful.id)
    lines = tip.splitlines()
    at = next(n for n, x in enumerate(lines) if x.startswith("结构待核"))
    assert "右键" in lines[at]  # still says what to do
    assert lines[at + 1 : at + 4] == [f"　· {d}" for d in doubts], tip  # one a line
    assert "结构待核" not in _tip(panel, sure.id)
    lib.close()
