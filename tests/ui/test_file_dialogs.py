"""The file choosers speak Chinese and start somewhere sensible."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from drafter.ui import file_dialogs

from .chooser_setup import answer_chooser


def test_labels_are_chinese_and_a_bare_name_starts_at_home(qtbot):
    # Regression: "Look in:" / "Files of type:" in English; the import dialog opened in
    # the folder the app was launched from.
    seen = {}

    def check(dialog):
        seen["look_in"] = dialog.labelText(QFileDialog.DialogLabel.LookIn)
        seen["type"] = dialog.labelText(QFileDialog.DialogLabel.FileType)
        seen["dir"] = dialog.directory().absolutePath()

    answer_chooser(check, None)
    assert file_dialogs.get_save_file_name(None, "保存稿件", "稿件.json", "稿件 (*.json)") == (
        "",
        "",
    )
    assert seen["look_in"] == "查找范围：" and seen["type"] == "文件类型："
    assert Path(seen["dir"]) == Path.home()


def test_chosen_files_come_back(qtbot, tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("x", encoding="utf-8")
    answer_chooser(lambda d: None, target.name)
    files, _ = file_dialogs.get_open_file_names(None, "导入文稿", str(tmp_path), "文稿 (*.txt)")
    assert files == [str(target)]


def test_open_and_compare_offer_every_kind_of_file_drafter_reads():
    """打开稿件 and 比较稿件 showed only .json .docx .doc .wps .txt .md .pdf .rtf: a speech saved from
    a web page (.html, .mhtml), which the library imports and the command line opens, was hidden
    unless the writer switched to 所有文件."""
    import re

    from drafter.corpus.readers import SUPPORTED_SUFFIXES
    from drafter.drafts.open_any import OPEN_FILTER

    first = OPEN_FILTER.split(";;")[0]
    offered = set(re.findall(r"\*(\.\w+)", first))
    assert set(SUPPORTED_SUFFIXES) | {".json"} <= offered, set(SUPPORTED_SUFFIXES) - offered
