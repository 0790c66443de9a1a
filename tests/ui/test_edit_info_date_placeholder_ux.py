"""编辑信息…'s 日期 field shows its whole placeholder beside the file name's date (ux18).

With the 「用文件名中的日期 1994-12-25」 button on the date's own row, the field shrank to
“如 2025-03-05…” at 1600x1000 and at 1280x720: the user lost the very hint saying how to
write a date. The button now stands under the field, which keeps the form's full width."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.ui.dialogs.edit_info import EditInfoDialog

from .waits import WAIT_MS


def _info(path):
    return SimpleNamespace(
        path=path, title="讲话", date=None, speaker=None, post=None, occasion=None, genre=None
    )


def test_the_date_placeholder_is_whole_beside_the_name_date_button(qtbot):
    dialog = EditInfoDialog(_info("/x/19941225_从二则空难事故看员工培训的重要性.md"), subtitle="")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    edit = dialog.edits["date"]
    assert dialog.use_name_year is not None and dialog.use_name_year.isVisible()
    text = edit.placeholderText()
    need = edit.fontMetrics().horizontalAdvance(text)
    # the line edit's frame and text margins take about a dozen pixels
    assert edit.width() >= need + 12, (edit.width(), need)
    # as wide as the other fields: one column, not a shrunken half-row
    assert edit.width() >= dialog.edits["occasion"].width() - 2
    # the button is in reach just under the field
    button = dialog.use_name_year.mapTo(dialog, dialog.use_name_year.rect().topLeft())
    field = edit.mapTo(dialog, edit.rect().bottomLeft())
    assert button.y() >= field.y()
