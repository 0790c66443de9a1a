"""``gui --open FILE`` on a first start with samples: the reader said 未打开文稿 for the whole
start (45 s under load with a corpus as samples, st53 walking the 学习 view) because the file
waited for the library's open and then for the samples' whole import. The header now says
正在打开 FILE… from the start, the file is shown while the samples are still importing, and
``settled`` still waits for both."""

from __future__ import annotations

import threading

from drafter.ui.startup import Startup

from .fakes import FakeLibrary, write_corpus
from .waits import WAIT_MS, WAIT_S


class _SlowImport(FakeLibrary):
    """A fake library whose import waits at its start until the test lets it go."""

    gate = threading.Event()

    def add(self, paths, cancel=None):
        self.gate.wait(WAIT_S)
        yield from super().add(paths, cancel)


def test_the_file_shows_while_the_samples_import(qtbot, make_window, tmp_path):
    samples = tmp_path / "c"
    write_corpus(samples, 2)
    path = write_corpus(tmp_path / "mine", 1)[0]
    window = make_window()
    opened = threading.Event()
    _SlowImport.gate = threading.Event()

    def slow_open(root):
        opened.wait(WAIT_S)
        return _SlowImport(root)

    startup = Startup(window, tmp_path / "lib", slow_open, samples=samples, open_file=path)
    startup.start()
    header = window.reader_panel.header
    assert f"正在打开 {path.name}…" in header.text() and "未打开文稿" not in header.text()
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        opened.set()
    assert window.reader_panel.document_key == str(path)
    assert not startup.is_settled  # the samples are still importing
    with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
        _SlowImport.gate.set()
    assert window.library_panel.model.rowCount() == 2
    assert "正在打开" not in header.text()
