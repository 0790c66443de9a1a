"""The preferences dialog edits settings and the user dictionary, and saves on 确定."""

from __future__ import annotations

from drafter.settings import Settings
from drafter.ui.dialogs.preferences import PreferencesDialog

from .fakes import FakeLibrary
from .waits import WAIT_MS


def test_preferences_apply_to_settings_and_library(qtbot, tmp_path):
    library = FakeLibrary(tmp_path / "lib")
    library.add_words(["放管服", "旧词"])
    settings = Settings(font_fallbacks={"方正小标宋简体": "华文中宋"})
    path = tmp_path / "settings.toml"
    dialog = PreferencesDialog(settings, library, settings_path=path)
    qtbot.addWidget(dialog)
    assert dialog.word_list() == ["放管服", "旧词"]
    assert "重建索引" in dialog.words_note.text()

    dialog.new_word.setText("最多跑一次、一网通办")
    dialog.add_word()
    dialog.words.item(1).setSelected(True)  # 旧词
    dialog.remove_selected_words()
    dialog.library_dir.setText(str(tmp_path / "新资料库"))
    dialog.autosave.setValue(60)
    dialog.set_house_style("house-example")
    dialog._add_common_fallbacks()
    with qtbot.waitSignal(dialog.settings_applied, timeout=WAIT_MS):
        dialog.accept()

    assert library.words() == ["放管服", "最多跑一次", "一网通办"]
    assert settings.library_dir == str(tmp_path / "新资料库")
    assert dialog.library_dir_changed
    assert settings.autosave_seconds == 60
    assert settings.house_style == "house-example"
    assert settings.font_fallbacks == {
        "方正小标宋简体": "华文中宋",
        "仿宋_GB2312": "仿宋",
        "楷体_GB2312": "楷体",
    }
    assert Settings.load(path) == settings


def test_bad_values_keep_the_dialog_open(qtbot, tmp_path):
    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.words.isEnabled()  # no library: no dictionary to edit
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    dialog.library_dir.setText(str(a_file))
    dialog.autosave.setValue(5)
    dialog.accept()
    assert not dialog.error.isHidden() and "文件夹" in dialog.error.text()
    assert settings.autosave_seconds == 30  # nothing applied
    dialog.library_dir.setText("")
    dialog.add_fallback_row("仿宋_GB2312", "")  # half-filled rows are ignored
    dialog.accept()
    assert settings.autosave_seconds == 5
    assert settings.font_fallbacks == {}


def test_library_errors_are_reported(qtbot, tmp_path):
    class BusyLibrary(FakeLibrary):
        def add_words(self, ws):
            raise OSError(13, "Permission denied", str(tmp_path / "catalog"))

    library = BusyLibrary(tmp_path / "lib")
    settings = Settings()
    dialog = PreferencesDialog(settings, library)
    qtbot.addWidget(dialog)
    dialog.new_word.setText("新词")
    dialog.add_word()
    dialog.autosave.setValue(10)
    dialog.accept()
    assert "用户词典无法保存" in dialog.error.text()
    assert settings.autosave_seconds == 30


def test_the_dictionary_of_a_read_only_library_is_shown_not_edited(qtbot, tmp_path):
    """A library the user cannot write: its words are listed, adding and removing are
    greyed and the note says why (an addition failed only on 确定, the dialog stuck open)."""
    library = FakeLibrary(tmp_path / "lib")
    library.add_words(["放管服"])
    library.read_only = "没有写入这个文件夹的权限"
    dialog = PreferencesDialog(Settings(), library)
    qtbot.addWidget(dialog)
    assert dialog.word_list() == ["放管服"]
    assert not dialog.new_word.isEnabled()
    assert "只读" in dialog.words_note.text() and library.read_only in dialog.words_note.text()
