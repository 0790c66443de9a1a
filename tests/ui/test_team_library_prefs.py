"""首选项 › 团队资料库: the URL is kept without a password, switching it on reopens the
library, and the app opens a team library on a real server."""

from __future__ import annotations

from drafter.app import open_library_with_warmup, resolve_library_dir
from drafter.settings import Settings
from drafter.ui.dialogs.preferences import PreferencesDialog

from .waits import WAIT_MS


def test_team_library_setting_refuses_a_password(qtbot, tmp_path):
    settings = Settings()
    path = tmp_path / "settings.toml"
    dialog = PreferencesDialog(settings, settings_path=path)
    qtbot.addWidget(dialog)
    dialog.team_library.setText("postgresql://wang:s3cret@db.office/drafter")
    dialog.use_team.setChecked(True)
    dialog.accept()
    assert "pgpass" in dialog.error.text() and "s3cret" not in dialog.error.text()
    assert settings.team_library == "" and not path.exists()
    dialog.team_library.setText("/not/a/url")
    dialog.accept()
    assert "postgresql://" in dialog.error.text()
    dialog.team_library.setText("postgresql://wang@db.office/drafter?sslmode=verify-full")
    with qtbot.waitSignal(dialog.settings_applied, timeout=WAIT_MS):
        dialog.accept()
    assert settings.use_team_library and dialog.library_dir_changed
    assert settings.library_spec() == "postgresql://wang@db.office/drafter?sslmode=verify-full"
    assert "s3cret" not in path.read_text(encoding="utf-8")
    assert Settings.load(path) == settings


def test_switching_the_team_library_off_returns_to_the_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("DRAFTER_LIBRARY", raising=False)
    settings = Settings(
        library_dir=str(tmp_path / "lib"),
        team_library="postgresql://wang@db.office/drafter",
        use_team_library=True,
    )
    assert resolve_library_dir(None, settings) == "postgresql://wang@db.office/drafter"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.use_team.setChecked(False)
    dialog.accept()
    assert dialog.library_dir_changed
    assert resolve_library_dir(None, settings) == tmp_path / "lib"
    # the command line still wins over the settings
    assert resolve_library_dir(str(tmp_path / "other"), settings) == tmp_path / "other"


def test_the_app_opens_a_team_library(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    library = open_library_with_warmup(pg_url)
    try:
        assert type(library).__name__ == "PgLibrary"
        assert library.search("工作").total == 0
        assert str(library.root).startswith(str(tmp_path / "data"))
    finally:
        library.close()
