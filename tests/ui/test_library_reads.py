"""LatestRead: a team library's read runs on a worker and only the newest answer is shown
(a read asked again while one runs is read once more, the older answer dropped; an
answer from a library no longer shown is dropped); a local library's read runs where it
is asked, as before."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from drafter.ui.library_reads import LatestRead, off_thread

from .waits import WAIT_MS, WAIT_S


class Team:
    shared = True


class Local:
    shared = False


def _reader(current):
    parent = QObject()
    shown: list[object] = []
    failed: list[BaseException] = []
    read = LatestRead(parent, shown.append, failed.append, lambda: current[0])
    return parent, read, shown, failed


def test_a_read_asked_again_meanwhile_shows_only_the_newest_answer(qtbot):
    team = Team()
    current = [team]
    parent, read, shown, _failed = _reader(current)
    gate = threading.Event()
    calls: list[str] = []

    def first():
        calls.append("first")
        gate.wait(WAIT_S)
        return "old"

    read.run(team, first)
    assert read.busy and shown == []  # on a worker: nothing shown yet, nothing waited for
    read.run(team, lambda: calls.append("second") or "middle")
    read.run(team, lambda: calls.append("third") or "new")
    gate.set()
    qtbot.waitUntil(lambda: not read.busy, timeout=WAIT_MS)
    assert shown == ["new"]  # "old" was outdated before it came; "middle" never ran
    assert calls == ["first", "third"]


def test_an_answer_from_a_library_no_longer_shown_is_dropped(qtbot):
    team, other = Team(), Team()
    current = [team]
    parent, read, shown, failed = _reader(current)
    gate = threading.Event()
    read.run(team, lambda: gate.wait(WAIT_S) and "from the old library")
    current[0] = other  # the window switched libraries meanwhile
    gate.set()
    qtbot.waitUntil(lambda: not read.busy, timeout=WAIT_MS)
    assert shown == [] and failed == []
    read.run(other, lambda: 1 / 0)
    qtbot.waitUntil(lambda: not read.busy, timeout=WAIT_MS)
    assert len(failed) == 1 and isinstance(failed[0], ZeroDivisionError)


def test_a_local_librarys_read_runs_where_it_is_asked():
    local = Local()
    parent, read, shown, _failed = _reader([local])
    thread: list[int] = []
    read.run(local, lambda: thread.append(threading.get_ident()) or "here")
    assert shown == ["here"] and thread == [threading.get_ident()]
    assert not off_thread(local) and off_thread(Team()) and not off_thread(None)
