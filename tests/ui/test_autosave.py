"""Autosave and recovery: unsaved work survives a crash, a clean close leaves nothing."""

from __future__ import annotations

import json
import os

import pytest

from drafter.drafts.model import Draft, DraftNode
from drafter.settings import Settings
from drafter.ui.autosave import RecoveryFile
from drafter.ui.panels.draft_editor import DraftEditorPanel

from .waits import WAIT_MS

# the editors these tests build answer 不保存 when closed at teardown
pytestmark = pytest.mark.usefixtures("discard_unsaved")


def _editor(qtbot, folder, answer=True, asked=None, crashes=False):
    panel = DraftEditorPanel(Settings(autosave_seconds=30), recovery_dir=folder)
    if not crashes:
        qtbot.addWidget(panel)  # closed cleanly at teardown

    def ask(pending):
        if asked is not None:
            asked.append(pending)
        return answer

    panel.files._ask_recover = ask
    return panel


def _crash(panel) -> None:
    """Drop the editor the way a crash does: no close, no clean-up."""
    panel.files.autosaver.stop()
    panel.setParent(None)
    panel.deleteLater()


def test_unsaved_draft_is_recovered_after_a_crash(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    first = _editor(qtbot, folder, crashes=True)
    first.files.recovery_checked = True
    assert first.files.autosaver.active  # the timer runs at the settings' interval
    first.set_draft(Draft(sections=[DraftNode("统一思想")]))
    first.insert_text("这是尚未保存的一段话。")
    first.session.set_meta("title", "恢复测试")
    assert first.autosave_now()
    saved = first.draft.to_json()
    _crash(first)

    asked = []
    second = _editor(qtbot, folder, answer=True, asked=asked)
    second.show()  # the offer comes by itself on first show
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
    assert asked[0].draft.meta.title == "恢复测试"
    assert second.draft.to_json() == saved
    second.select_key(second.draft.sections[0].id)
    assert second.editor.toPlainText() == "这是尚未保存的一段话。"
    assert second.session.dirty  # recovered work is not on disk yet
    # a clean close removes the recovery file
    assert second.confirm_close()
    assert not (folder / "unsaved-draft.json").exists()

    third = _editor(qtbot, folder, asked=asked)
    assert not third.offer_recovery()
    assert len(asked) == 1


def test_declined_recovery_is_set_aside_not_offered_again(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    first = _editor(qtbot, folder, crashes=True)
    first.files.recovery_checked = True
    first.set_draft(Draft(sections=[DraftNode("甲")]))
    first.autosave_now()
    _crash(first)

    second = _editor(qtbot, folder, answer=False)
    assert not second.offer_recovery()
    assert second.draft.sections == []
    assert not (folder / "unsaved-draft.json").exists()
    assert (folder / "unsaved-draft.discarded.json").exists()
    assert not _editor(qtbot, folder).offer_recovery()


def test_saved_drafts_leave_no_recovery_and_nothing_unsaved_is_not_written(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    panel = _editor(qtbot, folder)
    panel.files.recovery_checked = True
    assert not panel.autosave_now()  # nothing changed: nothing written
    panel.set_draft(Draft(sections=[DraftNode("甲")]))
    assert panel.autosave_now()
    assert (folder / "unsaved-draft.json").exists()
    assert not panel.autosave_now()  # nothing new since
    # typing merges into one undo step, yet every keystroke reaches the next autosave
    panel.select_key(panel.draft.sections[0].id)
    panel.editor.insertPlainText("第一句")
    assert panel.autosave_now()
    panel.editor.insertPlainText("第二句")
    assert panel.session.undo_stack.count() == 1
    assert panel.autosave_now()
    recovered = RecoveryFile(folder).read().draft
    assert recovered.sections[0].paragraphs[0].text == "第一句第二句"
    assert panel.save_as(tmp_path / "d.json")
    assert not (folder / "unsaved-draft.json").exists()
    assert not panel.autosave_now()


def test_recovery_file_is_robust(tmp_path):
    rec = RecoveryFile(tmp_path)
    assert rec.pending() is None
    rec.write(Draft(sections=[DraftNode("甲")]), tmp_path / "x.json")
    got = rec.pending()
    assert got.draft.sections[0].heading == "甲"
    assert got.source_path == tmp_path / "x.json"
    # written by another Drafter that is still running: not offered
    payload = json.loads(rec.path.read_text(encoding="utf-8"))
    payload["pid"] = os.getppid()
    rec.path.write_text(json.dumps(payload), encoding="utf-8")
    assert rec.pending() is None
    # garbage is set aside, never offered, never raised
    (tmp_path / "unsaved-draft.json").write_text("{broken", encoding="utf-8")
    assert rec.pending() is None
    assert not (tmp_path / "unsaved-draft.json").exists()
    assert (tmp_path / "unsaved-draft.corrupt").exists()


def _write_as(folder, pid: int, heading: str, mtime: float | None = None) -> None:
    rec = RecoveryFile(folder)
    rec.write(Draft(sections=[DraftNode(heading)]), None)
    payload = json.loads(rec.path.read_text(encoding="utf-8"))
    payload["pid"] = pid
    rec.path.write_text(json.dumps(payload), encoding="utf-8")
    if mtime is not None:
        os.utime(rec.path, (mtime, mtime))


def test_recovery_is_offered_when_the_pid_now_belongs_to_another_program(tmp_path):
    # Regression: a crashed session's pid reused (or a zombie not yet reaped) hid the
    # recovery, and the next autosave overwrote the lost work.
    _write_as(tmp_path, os.getppid(), "甲", mtime=0)  # written long before that pid started
    got = RecoveryFile(tmp_path).pending()
    assert got is not None and got.draft.sections[0].heading == "甲"


def test_a_running_session_keeps_its_file_and_this_one_writes_its_own(tmp_path):
    _write_as(tmp_path, os.getppid(), "别的窗口")  # another Drafter, still running
    mine = RecoveryFile(tmp_path)
    assert mine.pending() is None
    mine.write(Draft(sections=[DraftNode("本窗口")]), None)
    assert mine.path.name == f"unsaved-draft-{os.getpid()}.json"
    other = RecoveryFile(tmp_path).read()
    assert other.draft.sections[0].heading == "别的窗口"  # not overwritten
    # this session dies without a clean close: the next start offers its file
    payload = json.loads(mine.path.read_text(encoding="utf-8"))
    payload["pid"] = 2**22 + 12345  # no such process
    mine.path.write_text(json.dumps(payload), encoding="utf-8")
    got = RecoveryFile(tmp_path).pending()
    assert got is not None and got.draft.sections[0].heading == "本窗口"


def test_closing_while_the_recovery_question_is_open_keeps_the_work(qtbot, tmp_path):
    # Regression: the window closed (or the app quit) with the question still up; the
    # clean close deleted the recovery file and the unsaved draft was gone for good.
    folder = tmp_path / "recovery"
    first = _editor(qtbot, folder, crashes=True)
    first.files.recovery_checked = True
    first.set_draft(Draft(sections=[DraftNode("未保存的提纲")]))
    assert first.autosave_now()
    _crash(first)

    second = _editor(qtbot, folder)

    def closed_unanswered(_pending):
        assert second.confirm_close()  # a clean close while the box is up
        return None

    second.files._ask_recover = closed_unanswered
    assert not second.offer_recovery()
    got = RecoveryFile(folder).pending()
    assert got is not None and got.draft.sections[0].heading == "未保存的提纲"
