"""编辑信息's 日期 refused a year written in Chinese numerals alone (二〇一八年) while it took
二〇一八年三月五日: the library's dates allow a year and a year-month, in either numerals."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from drafter.corpus.correction_ops import CorrectionError, validate_date
from drafter.ui.dialogs.edit_info import EditInfoDialog


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("二〇一八年", "2018"),
        ("二〇一八", "2018"),
        ("一九九七年", "1997"),
        ("二零二四年", "2024"),
        ("二〇一八年三月", "2018-03"),
        ("二〇一八年3月", "2018-03"),
        ("二〇一八年十二月", "2018-12"),
        ("2018年", "2018"),
        ("二〇一八年三月五日", "2018-03-05"),
    ],
)
def test_a_year_or_year_month_in_chinese_numerals_is_a_date(typed, stored):
    assert validate_date(typed) == stored


@pytest.mark.parametrize("typed", ["二〇一八年十三月", "一八年", "二千零一十八年", "〇〇〇〇年"])
def test_what_is_no_year_is_still_refused(typed):
    with pytest.raises(CorrectionError):
        validate_date(typed)


def test_the_dialog_takes_a_chinese_year(qtbot):
    info = SimpleNamespace(
        path="/x/a.txt", title="讲话", date=None, speaker=None, post=None, occasion=None, genre=None
    )
    dialog = EditInfoDialog(info, subtitle="")
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.edits["date"]
    edit.setText("二〇一八年")  # as typed through an input method
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert dialog.changes()["date"] == "2018"
