"""The house-style list is one widget in the export dialog and the Preferences: both name a
style file by its name and description, add a chosen file, and go back to the house style
when the choice of a file is cancelled."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta
from drafter.settings import Settings
from drafter.ui.dialogs.export_dialog import ExportDialog
from drafter.ui.dialogs.preferences import PreferencesDialog
from drafter.ui.dialogs.style_box import CHOOSE_FILE, style_label

from .fakes import FakeLibrary


def _style_file(tmp_path):
    path = tmp_path / "本单位.toml"
    path.write_text(
        'name = "本单位"\ndescription = "本单位格式"\nbased_on = "gbt9704"\n', encoding="utf-8"
    )
    return str(path)


def _boxes(qtbot, tmp_path, house: str):
    settings = Settings(house_style=house)
    export = ExportDialog(Draft(meta=DraftMeta(title="讲话")), settings)
    prefs = PreferencesDialog(settings, FakeLibrary(tmp_path / "lib"))
    for dialog in (export, prefs):
        qtbot.addWidget(dialog)
    # each box with its dialog, held for the test: qtbot keeps no reference, and a dialog
    # no cycle keeps alive is deleted with its boxes as soon as this function returns
    return [(export.style, export), (prefs.house_style, prefs)]


def test_both_lists_name_and_keep_a_house_style_file_alike(qtbot, tmp_path):
    house = _style_file(tmp_path)
    for box, _dialog in _boxes(qtbot, tmp_path, house):
        assert box.chosen() == house
        assert box.currentText() == "本单位.toml：本单位格式" == style_label(house)
        assert box.itemText(0) == "公文格式（GB/T 9704—2012）"
        assert box.itemData(box.count() - 1) == CHOOSE_FILE


def test_a_cancelled_file_choice_goes_back_to_the_house_style(qtbot, tmp_path):
    other = tmp_path / "另一个.toml"
    other.write_text('name = "另"\nbased_on = "gbt9704"\n', encoding="utf-8")
    for box, _dialog in _boxes(qtbot, tmp_path, "house-example"):
        box.ask_file = lambda: ""
        box.setCurrentIndex(box.count() - 1)
        assert box.chosen() is None
        box.activated.emit(box.count() - 1)
        assert box.chosen() == "house-example"
        box.ask_file = lambda: str(other)
        box.setCurrentIndex(box.count() - 1)
        box.activated.emit(box.count() - 1)
        assert box.chosen() == str(other)
        assert box.itemData(box.count() - 1) == CHOOSE_FILE  # the file entry stays last


def test_an_unreadable_style_file_is_named_not_a_crash(tmp_path):
    bad = tmp_path / "坏.toml"
    bad.write_text("[page\n", encoding="utf-8")
    assert style_label(str(bad)) == "坏.toml（无法读取）"
