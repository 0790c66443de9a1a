"""首选项 › 团队资料库: the URL is kept without a password, switching it on reopens the
library, and the app opens a team library on a real server."""

from __future__ import annotations

from drafter.library_choice import chosen_library
from drafter.settings import Settings
from drafter.ui.dialogs.preferences import PreferencesDialog
from drafter.ui.startup import open_library_with_warmup

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
    assert (
        chosen_library(None, settings.library_spec(), fallback=False)
        == "postgresql://wang@db.office/drafter"
    )
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.use_team.setChecked(False)
    dialog.accept()
    assert dialog.library_dir_changed
    assert chosen_library(None, settings.library_spec(), fallback=False) == tmp_path / "lib"
    # the command line still wins over the settings
    assert (
        chosen_library(str(tmp_path / "other"), settings.library_spec(), fallback=False)
        == tmp_path / "other"
    )


def test_the_app_opens_a_team_library(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    library = open_library_with_warmup(pg_url)
    try:
        assert type(library).__name__ == "PgLibrary"
        assert library.search("工作").total == 0
        assert str(library.root).startswith(str(tmp_path / "data"))
    finally:
        library.close()


def test_a_team_library_from_the_command_line_shows_and_is_kept(qtbot, pg_url, tmp_path):
    """Before: started with ``--library postgresql://…``, 首选项 showed an empty 团队资料库
    field and an unticked box while the window searched that library. Now the address in
    use shows (its password masked), ticked, with where it came from; 确定 keeps that
    library open (no reopen, the session's password kept) and saves it without the
    password; unticking returns to the folder."""
    from drafter.library import describe, open_library
    from drafter.library.location import without_password

    url = f"{pg_url}&password=s3cret"  # the test server trusts its socket: never asked
    library = open_library(url, workers=1, local_dir=tmp_path / "local")
    try:
        folder = str(tmp_path / "folder")
        settings = Settings(library_dir=folder)
        path = tmp_path / "settings.toml"
        dialog = PreferencesDialog(settings, library, settings_path=path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT_MS)
        assert dialog.team_library.text() == describe(url)
        assert "s3cret" not in dialog.team_library.text()
        assert dialog.use_team.isChecked()
        assert not dialog.team_origin.isHidden()
        assert "--library" in dialog.team_origin.text()
        assert "不含密码" in dialog.team_origin.text()
        dialog.autosave.setValue(90)
        with qtbot.waitSignal(dialog.settings_applied, timeout=WAIT_MS):
            dialog.accept()
        assert dialog.error.isHidden(), dialog.error.text()
        assert not dialog.library_dir_changed  # the library open now stays open
        assert settings.library_spec() == without_password(url)
        assert settings.autosave_seconds == 90 and settings.library_dir == folder
        assert "s3cret" not in path.read_text(encoding="utf-8")

        again = PreferencesDialog(settings, library, settings_path=path)
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: not again.reading, timeout=WAIT_MS)
        assert again.team_library.text() == without_password(url)
        assert again.team_origin.isHidden()  # the settings' own library now
        again.use_team.setChecked(False)
        with qtbot.waitSignal(again.settings_applied, timeout=WAIT_MS):
            again.accept()
        assert again.library_dir_changed and settings.library_spec() == folder
    finally:
        library.close()


def test_a_folder_library_leaves_the_team_field_as_set(qtbot, tmp_path):
    """Only a team library in use fills the field: a folder's window shows the settings."""
    from drafter.library import open_library

    library = open_library(tmp_path / "lib", workers=1)
    try:
        settings = Settings(team_library="postgresql://wang@db.office/drafter")
        dialog = PreferencesDialog(settings, library)
        qtbot.addWidget(dialog)
        assert dialog.team_library.text() == "postgresql://wang@db.office/drafter"
        assert not dialog.use_team.isChecked() and dialog.team_origin.isHidden()
    finally:
        library.close()
