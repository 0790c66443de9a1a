"""The status bar names the library the way a user knows it (ux57, issue 11's trainee walk):
it said 资料库：4 篇 and, in its tooltip, ``.drafter-library`` (``make run``'s relative
folder), which names no place a trainee can find. Now the folder's full path (a team
library's server and database), elided in the middle when long, the whole in the tooltip.
"""

from __future__ import annotations

from .fakes import FakeLibrary, write_corpus
from .waits import WAIT_MS


def _imported(qtbot, window, root, count=2):
    window.set_library(FakeLibrary(root))
    write_corpus(root.parent / "c", count)
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.import_paths([root.parent / "c"])


def test_a_relative_library_is_shown_by_its_full_path(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    window = make_window()
    _imported(qtbot, window, tmp_path / "lib")
    # the fake opened at the full path; the app opens what --library said, relative
    window.library.location = ".drafter-library"
    window.library_panel.library_changed.emit()
    label = window.library_label
    assert label.text() == f"资料库：{tmp_path / '.drafter-library'}（2 篇）"
    assert label.shown_text().endswith(".drafter-library（2 篇）")
    assert str(tmp_path / ".drafter-library") in label.toolTip()


def test_a_long_path_is_elided_in_the_middle_keeping_its_ends(qtbot, make_window, tmp_path):
    deep = tmp_path.joinpath(*(["各科室历年讲话稿和工作报告材料汇编"] * 6), "资料库")
    deep.mkdir(parents=True)
    window = make_window()
    window.resize(1280, 720)
    _imported(qtbot, window, deep)
    label = window.library_label
    shown = label.shown_text()
    assert label.text() == f"资料库：{deep}（2 篇）"
    # the start (what it is) and the end (the folder's own name, the count) stay in view
    assert "…" in shown and shown.startswith("资料库：") and shown.endswith("资料库（2 篇）")
    assert label.width() < window.width() // 2  # the status bar keeps room for messages
    assert str(deep) in label.toolTip()
