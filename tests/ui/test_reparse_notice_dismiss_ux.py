"""文档解析规则已更新 stops showing on every start once set aside (ux18). The notice came back at
each start until the user re-read the library; a user who would rather not spend the minutes
now says 不再提示, which holds for these reading rules across starts (Settings), while new
rules bring it back. Set aside, the library is not read again when the app opens it either
(it is otherwise: test_reparse_notice_ux); 重新解析 still clears it for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from speech_samples import CORRECTIONS_SPEECH

from drafter.library import Library, parser_stamp
from drafter.settings import Settings

from .waits import WAIT_MS


def _age(lib: Library) -> None:
    """Every document as an older Drafter read it (a re-read cancelled, or never run)."""
    with lib.catalog.transaction() as db:  # read by an older Drafter
        db.execute("UPDATE documents SET reader = 'made-by-an-older-drafter'")


def _old_library(tmp_path) -> Library:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    for _ in lib.add([folder / "speech.txt"]):
        pass
    return lib


def test_notice_due_is_the_cores_call():
    assert not parser_stamp.notice_due(0)
    assert parser_stamp.notice_due(3)
    assert not parser_stamp.notice_due(3, parser_stamp.current())
    assert parser_stamp.notice_due(3, "an-older-stamp")  # new rules: once more


def test_dismissed_notice_stays_away_on_the_next_start(make_window, qtbot, tmp_path):
    lib = _old_library(tmp_path)
    window = make_window()
    window.set_library(lib)  # current: opened without a re-read
    _age(lib)  # then as if the re-read at opening had been cancelled
    window.library_panel.refresh()
    notice = window.library_panel.reparse_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert "不再提示" in window.statusBar().currentMessage()
    saved = Settings.load(tmp_path / "settings.toml")
    assert saved.reparse_dismissed == parser_stamp.current()
    window.library_panel.refresh()
    assert not notice.isVisible()  # a refresh does not bring it back
    assert lib.stale_parses() == 1  # nothing was re-read behind the user's back
    window.close()

    again = make_window(saved)  # the next start, same settings
    again.set_library(lib)
    notice = again.library_panel.reparse_notice
    assert not again.library_panel.busy()  # set aside: not re-read at opening either
    again.library_panel.refresh()
    assert not notice.isVisible()
    assert lib.stale_parses() == 1
    again.close()

    saved.reparse_dismissed = "an-older-stamp"  # set aside for rules since replaced
    third = make_window(saved)
    with qtbot.waitSignal(third.library_panel.import_finished, timeout=WAIT_MS):
        third.set_library(lib)  # new rules since: read again at opening
    assert lib.stale_parses() == 0
    third.close()
    lib.close()
