"""对照's choice of a second text: not the text being studied (it compared a speech with
itself), texts imported meanwhile listed, and an untitled text named by its first words,
never by its file name."""

from __future__ import annotations

from .study_setup import SECOND
from .waits import WAIT_MS


def _names(box):
    return [box.itemText(i) for i in range(box.count())]


def test_the_choice_leaves_out_the_text_studied_and_follows_imports(studied, qtbot, tmp_path):
    window, panel, _library, first = studied
    box = panel.compare_box
    assert box.count() == 2
    here = box.findData(first.id)
    assert not box.model().item(here).isEnabled()
    assert box.currentData() != first.id
    untitled = tmp_path / "more" / "003_e00d83e4667ee5ea.txt"
    untitled.parent.mkdir()
    untitled.write_text(SECOND.split("\n", 1)[1], encoding="utf-8")
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.import_paths([untitled.parent])
    qtbot.waitUntil(lambda: box.count() == 3, timeout=WAIT_MS)
    assert not any("003_e00d83" in name for name in _names(box)), _names(box)
    assert box.currentData() != first.id


def test_typed_words_narrow_the_choice(studied, qtbot):
    window, panel, _library, first = studied
    box = panel.compare_box
    said: list[str] = []
    panel.status_message.connect(said.append)
    completer = box.completer()
    completer.setCompletionPrefix("办公室主任")  # words inside the other title, not its start
    assert completer.completionCount() == 1
    box.lineEdit().setText(completer.currentCompletion())
    with qtbot.waitSignal(panel.compare.model().rowsInserted, timeout=WAIT_MS):
        panel.compare_selected()
    box.lineEdit().setText("找不到的标题")
    panel.compare_selected()
    assert said[-1].startswith("请在列表中选一篇")
    box.lineEdit().setText(box.itemText(box.findData(first.id)))
    panel.compare_selected()
    assert said[-1].startswith("这就是正在学习的文稿")


def test_texts_another_program_adds_are_listed_too(studied, qtbot, tmp_path):
    """``drafter library add`` while the app is open: the library table showed the new texts
    (the watcher refreshes it) but 对照 still offered only the old ones (the trainee walk)."""
    window, panel, library, _first = studied
    box = panel.compare_box
    watcher = window.library_watch
    qtbot.waitUntil(lambda: watcher.has_baseline, timeout=WAIT_MS)
    folder = tmp_path / "cli"
    folder.mkdir()
    (folder / "座谈会讲话.txt").write_text(
        "在全市民营企业家座谈会上的讲话\n同志们：\n要优化营商环境。\n", encoding="utf-8"
    )
    for _ in library.add([folder]):  # as the command line does, not through the window
        pass
    with qtbot.waitSignal(watcher.changed, timeout=WAIT_MS):
        watcher.poll()
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 3, timeout=WAIT_MS)
    assert any("民营企业家" in name for name in _names(box)), _names(box)
