"""同步 (F5) on a team library whose server went away says 同步失败 and why, naming the
library. Before: the watched folders were read outside any handler, so the lost
connection reached the crash hook: 程序出错 … 请保存草稿后重启, as if Drafter had broken.
The session's throwaway server (``pg_server``): it is stopped in the middle of the test.
The failure comes at once, saying the server does not answer (ux88), not after the pool's
backoff."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import QMessageBox

from drafter.library import open_library
from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import write_corpus
from .waits import WAIT_MS


def test_sync_with_the_server_gone_says_sync_failed_and_works_when_it_is_back(
    qtbot, tmp_path, monkeypatch, pg_server, pg_url
):
    database = urlsplit(pg_url).path.lstrip("/")
    folder = tmp_path / "c"
    write_corpus(folder, 2)
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    try:
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        shown: list[QMessageBox] = []
        monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.import_paths([folder])
        shown.clear()
        pg_server.halt()
        with qtbot.waitSignal(panel.import_failed, timeout=WAIT_MS) as failed:
            panel.sync_watched()
        text = failed.args[0]
        # said at once, from one direct try: the pool, backing off, was waited on for its
        # whole 30 s and the next reads 10 s each (the test took 41–58 s), and the line then
        # said only that the connection went
        assert "团队资料库暂时连不上" in text and database in text, text
        assert [box.windowTitle() for box in shown] == ["同步失败"]
        pg_server.resume()
        (folder / "新增.txt").write_text(
            "在全县工作会议上的讲话\n\n同志们：\n\n一、提高认识\n\n要抓紧抓实。\n",
            encoding="utf-8",
        )
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.sync_watched()  # the same button works again
        assert len(library.documents()) == 3
    finally:
        library.close()
