"""A window started on a library named on the command line (``gui --library …``) opens
that library again at the next plain start: before, a team library given once was
forgotten and the writer's next start showed the empty local library (资料库还是空的)
until they set 首选项 › 团队资料库 themselves."""

from __future__ import annotations

from drafter.app import remember_when_opened
from drafter.library.location import without_password
from drafter.library_choice import chosen_library
from drafter.settings import Settings
from drafter.ui.main_window import MainWindow
from drafter.ui.startup import Startup

from .waits import WAIT_MS


def _window(qtbot, tmp_path, settings: Settings) -> MainWindow:
    window = MainWindow(settings, tmp_path / "settings.toml", tmp_path / "rec")
    window.editor.confirm_close = lambda: True
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_team_library_given_once_is_opened_next_time(qtbot, pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("DRAFTER_LIBRARY", raising=False)
    folder = str(tmp_path / "local")
    url = f"{pg_url}&password=s3cret"  # the test server trusts its socket: never asked
    window = _window(qtbot, tmp_path, Settings(library_dir=folder))
    startup = Startup(window, chosen_library(url, window.settings.library_spec(), fallback=False))
    remember_when_opened(startup, window, url)
    with qtbot.waitSignal(startup.library_opened, timeout=WAIT_MS):
        startup.start()
    try:
        saved = (tmp_path / "settings.toml").read_text(encoding="utf-8")
        assert "s3cret" not in saved
        # the next plain start (no --library) opens the team library, not the folder
        again = Settings.load(tmp_path / "settings.toml")
        assert chosen_library(None, again.library_spec(), fallback=False) == without_password(url)
        assert again.library_dir == folder  # the folder stays set for unticking
    finally:
        window.close()
        window.library.close()


def test_a_library_that_did_not_open_is_not_remembered(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("DRAFTER_LIBRARY", raising=False)
    window = _window(qtbot, tmp_path, Settings())
    bad = tmp_path / "a-file"
    bad.write_text("不是资料库", encoding="utf-8")
    startup = Startup(window, bad)
    remember_when_opened(startup, window, bad)
    with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
        startup.start()
    window.close()
    assert Settings.load(tmp_path / "settings.toml").library_spec() == ""
