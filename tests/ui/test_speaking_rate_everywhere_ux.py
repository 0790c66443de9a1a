"""Preferences › 讲话语速 is one rate: the walk set 180 字/分钟 and 学习 said 约 35 分 36 秒
（每分钟 180 字） while the reader's header beside it still said 约 29 分钟（按每分钟 220 字）, and
the draft's 讲话时长 kept 220 too. The header and the draft now take the rate of Preferences."""

from __future__ import annotations

from drafter.settings import Settings
from drafter.study.stats import spoken_for
from drafter.ui.dialogs.preferences import PreferencesDialog
from drafter.ui.draft.side_panes import speaking_time
from drafter.ui.study.unbroken import plain
from drafter.ui.window_dialogs import show_preferences

from .study_setup import SECOND, open_and_study, window_with
from .waits import WAIT_MS


def _choose_rate(rate: int):
    def exec_(dialog) -> bool:
        dialog.speaking_rate.setValue(rate)
        dialog.accept()
        return True

    return exec_


def test_the_readers_header_and_the_study_say_one_rate(make_window, qtbot, tmp_path, monkeypatch):
    long = SECOND.replace("办公室是中枢。", "办公室是中枢，" * 120 + "要当好参谋助手。")
    with window_with(
        make_window, tmp_path, {"会议讲话.txt": long}, Settings(speaking_rate=220)
    ) as (window, library):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        header = window.reader_panel.header
        # 学习模式 leaves the counts to the study's own line (it said them twice at 1280x720)
        assert "每分钟" not in header.text() and "字数" not in header.text()
        monkeypatch.setattr(PreferencesDialog, "exec", _choose_rate(180))
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            show_preferences(window)
        assert window.settings.speaking_rate == 180
        assert "每分钟 180 字" in plain(panel.title_label.text())
        window.study_action.trigger()  # the mode off: the header's counts, at the new rate
        text = header.text()
        assert "按每分钟 180 字" in text and "220" not in text, text
        chars = panel.study.total_chars
        assert spoken_for(chars, 180) in text
        assert spoken_for(chars, 180) != spoken_for(chars, 220)  # the test can tell them apart


def test_the_drafts_speaking_time_follows_the_rate():
    assert speaking_time(360, 180) == "约 2 分钟"
    assert speaking_time(360) == "约 1 分半"  # 220 a minute when none is set
