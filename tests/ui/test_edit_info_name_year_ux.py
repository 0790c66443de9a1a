"""编辑信息… offers the year a dateless text's file name gives, as 审稿 now judges by it (ux17).

A 1978 report with no date in its text: 审稿 checked it as of 1978 (文中未写日期，按文件名中的
年份 1978 年核对), but 编辑信息… showed an empty 日期 and left the user to type what the app
already knew. It now offers the year on a button; the field stays empty until the user clicks
it, and nothing is stored until 确定 — never silently."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.ui.dialogs.edit_info import EditInfoDialog


def _info(path, date=None):
    return SimpleNamespace(
        path=path,
        title="政府工作报告",
        date=date,
        speaker=None,
        post=None,
        occasion=None,
        genre=None,
    )


def test_a_dateless_text_is_offered_its_file_names_year(qtbot):
    dialog = EditInfoDialog(_info("/home/u/报告/gwr_national_1978.txt"))
    qtbot.addWidget(dialog)
    button = dialog.use_name_year
    assert button is not None and "1978" in button.text()
    assert dialog.edits["date"].text() == "" and dialog.changes() == {}  # not filled silently
    button.click()
    assert dialog.edits["date"].text() == "1978"
    assert dialog.changes() == {"date": "1978"}


def test_no_offer_when_dated_or_the_name_says_no_single_year(qtbot):
    for info in (
        _info("/x/gwr_national_1978.txt", date="1978-02-26"),  # the text names its date
        _info("/x/讲话稿.txt"),
        _info("/x/1998_2003_五年回顾.txt"),  # two years: no guess
    ):
        dialog = EditInfoDialog(info)
        qtbot.addWidget(dialog)
        assert dialog.use_name_year is None


def test_a_whole_day_in_the_name_is_offered_as_that_day(qtbot):
    """An archive names its files 20010208_我的父亲母亲.md: the day, not only its year."""
    dialog = EditInfoDialog(_info("/x/20010208_我的父亲母亲.md"))
    qtbot.addWidget(dialog)
    assert dialog.use_name_year is not None and "2001-02-08" in dialog.use_name_year.text()
    dialog.use_name_year.click()
    assert dialog.changes() == {"date": "2001-02-08"}
    dialog = EditInfoDialog(_info("/x/20011308_x.md"))  # no 13th month: no guess
    qtbot.addWidget(dialog)
    assert dialog.use_name_year is None
