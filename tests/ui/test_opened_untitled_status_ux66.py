"""The status line names an untitled text as the reader's header does (ux66).

Opening a text with no title said 已打开《现在，我代表国务院…》 as if its first words were
its title, while the reader's header marks it 无标题. The status now quotes it as every
line of plain text does (display.quoted_name): 《first words…》（无标题）; a titled text
keeps its title alone."""

from __future__ import annotations

from speech_samples import UNTITLED_REPORT as UNTITLED

from drafter.ui.startup import Startup

from .waits import WAIT_MS


def test_opening_an_untitled_text_marks_it_in_the_status_line(qtbot, make_window, tmp_path):
    path = tmp_path / "gwr.txt"
    path.write_text(UNTITLED, encoding="utf-8")
    window = make_window()
    startup = Startup(window, tmp_path / "lib", open_library=lambda _root: None, open_file=path)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        startup.start()
    qtbot.waitUntil(lambda: "已打开" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    said = window.statusBar().currentMessage()
    assert "已打开《政府工作报告》（无标题）" in said, said
    assert said.endswith("》（无标题）"), said
    assert "无标题" in window.reader_panel.header.text()
