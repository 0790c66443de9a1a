"""A re-parse (重新解析) cut off by the team server's going away runs again by itself once
the banner has gone, as imports and syncs already did (已重新连接：接着导入…); before, it was
simply gone and the writer had to remember to ask for it again (ux83's walk).

On the session's server: the library is held offline as the window holds it when a read
finds the server away (its ``offline`` reason set; every read and write refused at once),
and 重试 finds the server answering, as after a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from drafter.library import open_library
from drafter.ui.panels.library_imports import REDO_RETRY, resumed_text

from .fakes import write_corpus
from .waits import WAIT_MS


def test_resumed_jobs_say_what_goes_on_and_what_starts_again():
    assert resumed_text(["add"]) == "已重新连接：接着导入连接中断时没有做完的部分（已导入的跳过）…"
    said = resumed_text(["sync", "stale", "reread"])
    assert said.startswith("已重新连接：接着同步")
    assert "接着重新解析连接中断时没有做完的文稿（已解析的跳过）" in said
    assert "重新开始重新解析（中断时还没有写入，检索仍用原来的索引）" in said


def test_a_reparse_refused_while_away_runs_when_the_server_is_back(
    qtbot, tmp_path, make_window, pg_url, monkeypatch
):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.windowTitle()))
    write_corpus(tmp_path / "c", 2)
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([tmp_path / "c"]))
        window = make_window()
        window.library_watch._reprobe.setInterval(600_000)  # 重试 alone brings it back
        window.set_library(library)
        panel = window.library_panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not panel.busy() and not panel.reading, timeout=WAIT_MS)
        said: list[str] = []
        panel.status_message.connect(said.append)
        library.offline = "团队资料库暂时连不上：测试中让它离线"  # as a read finding it away does
        window.library_watch.poll()
        qtbot.waitUntil(window.offline_banner.isVisible, timeout=WAIT_MS)
        panel.reread()
        qtbot.waitUntil(lambda: not panel.busy() and bool(boxes), timeout=WAIT_MS)
        assert boxes[-1] == "重新解析失败", boxes  # it said 导入失败
        assert any(s.startswith("重新解析失败：") and s.endswith(REDO_RETRY) for s in said), said

        window.offline_banner.retry_button.click()
        qtbot.waitUntil(lambda: not window.offline_banner.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: any("已按新规则重新解析" in s for s in said), timeout=WAIT_MS)
        assert any(s.startswith("已重新连接：重新开始重新解析") for s in said), said
        qtbot.waitUntil(lambda: not panel.busy() and not panel.reading, timeout=WAIT_MS)
    finally:
        library.close()
