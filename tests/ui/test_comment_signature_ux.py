"""With no 批注署名 in 首选项, the first comment asks for the name and keeps it.

ux58's walk: an office head who never opened 首选项 made his comments by 全部转为批注,
and the writer received them signed 审稿 (those added by hand: unsigned). Word signs with
the user's name; Drafter now asks once, proposing the account's name, keeps the answer
in 首选项 › 审稿, and signs every comment, reply and 修订稿 with it. Cancelling the
question makes no comment at all, rather than one signed with a generic word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from drafter.settings import Settings, account_name
from tests.export.conftest import build_speech

from .waits import WAIT_MS


def _answer_name(seen: dict, name: str | None) -> None:
    """When the 批注署名 question shows, note what it proposed, then type ``name`` and press
    确定 (None: 取消)."""

    def act():
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog)),
            None,
        )
        if box is None or not box.isVisible():
            QTimer.singleShot(50, act)
            return
        seen["title"], seen["proposed"] = box.windowTitle(), box.textValue()
        if name is None:
            box.reject()
        else:
            box.setTextValue(name)
            box.accept()

    QTimer.singleShot(50, act)


def _panel(make_editor, tmp_path):
    panel = make_editor(Settings(autosave_seconds=0))
    del panel.office._ask_signature  # the real question, not the fixture's answer
    panel.files.settings_path = tmp_path / "settings.toml"
    draft = build_speech()
    draft.sections[0].paragraphs[
        0
    ].text += "要认真学习,做好工作。"  # a finding: the half-width comma
    panel.set_draft(draft, unsaved=False, ask=False)
    panel.select_key(panel.draft.sections[0].id)
    return panel


def test_the_first_comment_asks_the_name_once_and_keeps_it(make_editor, tmp_path, qtbot):
    panel = _panel(make_editor, tmp_path)
    seen: dict = {}
    _answer_name(seen, "王建国")
    comment = panel.office.add_comment(text="这一节再压缩")
    assert seen == {"title": "批注署名", "proposed": account_name()}
    assert comment is not None and comment.author == "王建国"
    assert panel.settings.reviewer_name == "王建国"
    assert Settings.load(tmp_path / "settings.toml").reviewer_name == "王建国"
    panel.office._ask_signature = lambda _p: pytest.fail("asked again")
    assert panel.office.add_comment(text="补充事例").author == "王建国"
    assert panel.office.review_into_comments() > 0
    assert {c.author for c in panel.draft.comments} == {"王建国"}  # never 审稿


def test_cancelling_the_question_makes_no_comment(make_editor, tmp_path, qtbot):
    panel = _panel(make_editor, tmp_path)
    seen: dict = {}
    _answer_name(seen, None)
    messages: list[str] = []
    panel.office.status_message.connect(messages.append)
    assert panel.office.add_comment(text="这一节再压缩") is None
    assert messages == ["没有批注署名，未添加批注（可在 首选项 › 审稿 中填写）"]
    assert seen["title"] == "批注署名"
    assert panel.draft.comments == [] and panel.settings.reviewer_name == ""
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, QInputDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        ),
        timeout=WAIT_MS,
    )


def test_no_name_is_asked_when_every_finding_is_commented_already(make_editor, tmp_path, qtbot):
    """ux80's walk: 全部转为批注 on a draft whose findings were all comments already asked
    for the 批注署名 first, then said 审稿意见都已在批注中: a name asked for nothing."""
    panel = _panel(make_editor, tmp_path)
    panel.office._ask_signature = lambda _p: "王建国"
    assert panel.office.review_into_comments() > 0
    panel.settings.reviewer_name = ""  # unsigned again: any question now would be a failure
    panel.office._ask_signature = lambda _p: pytest.fail("asked for nothing")
    messages: list[str] = []
    panel.office.status_message.connect(messages.append)
    assert panel.office.review_into_comments() == 0
    assert messages == ["审稿意见都已在批注中"]
