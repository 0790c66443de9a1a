"""Settings round-trip through TOML, and survive bad files."""

from __future__ import annotations

from drafter.settings import MAX_RECENT_DRAFTS, MAX_SEARCH_HISTORY, Settings


def test_defaults_when_missing(tmp_path):
    settings = Settings.load(tmp_path / "nope.toml")
    assert settings == Settings()
    assert settings.autosave_seconds == 30
    assert settings.house_style == "gbt9704"
    assert settings.load_warning == ""


def test_round_trip(tmp_path):
    path = tmp_path / "sub" / "settings.toml"
    settings = Settings(library_dir="/tmp/lib", house_style="/x/style.toml", autosave_seconds=5)
    settings.font_fallbacks = {"仿宋_GB2312": "仿宋"}
    settings.add_recent_draft("/a.json")
    settings.add_search("乡村振兴")
    settings.window_geometry = "AdnQywADAAA="
    settings.save(path)
    loaded = Settings.load(path)
    assert loaded == settings
    assert not list(path.parent.glob(".settings-*"))  # no temp file left behind


def test_histories_are_capped_and_deduplicated():
    settings = Settings()
    for i in range(30):
        settings.add_recent_draft(f"/d{i}.json")
    settings.add_recent_draft("/d25.json")
    assert len(settings.recent_drafts) == MAX_RECENT_DRAFTS
    assert settings.recent_drafts[0] == "/d25.json"
    assert settings.recent_drafts.count("/d25.json") == 1
    for i in range(80):
        settings.add_search(f"q{i}")
    settings.add_search("  ")
    assert len(settings.search_history) == MAX_SEARCH_HISTORY
    assert settings.search_history[0] == "q79"


def test_corrupt_file_gives_defaults_and_warning(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("library_dir = [unclosed", encoding="utf-8")
    settings = Settings.load(path)
    assert settings.library_dir == ""
    assert "设置文件" in settings.load_warning


def test_wrong_types_fall_back_field_by_field(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(
        'library_dir = "/lib"\nautosave_seconds = "soon"\nrecent_drafts = [1, 2]\nunknown = 3\n',
        encoding="utf-8",
    )
    settings = Settings.load(path)
    assert settings.library_dir == "/lib"
    assert settings.autosave_seconds == 30
    assert settings.recent_drafts == []
    assert "autosave_seconds" in settings.load_warning
