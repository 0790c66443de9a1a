"""run_abandonable: a blocking call the caller may stop waiting for (opening a team library
on a silent server), its late result disposed of, never used."""

from __future__ import annotations

import threading

import pytest

from drafter.abandonable import Abandoned, run_abandonable


def test_the_result_or_the_error_comes_back():
    assert run_abandonable(lambda: 42, lambda: False) == 42
    with pytest.raises(ValueError, match="坏"):
        run_abandonable(lambda: (_ for _ in ()).throw(ValueError("坏")), lambda: False)


def test_a_cancel_ends_the_wait_at_once_and_the_late_result_is_disposed_of():
    release = threading.Event()
    cancel = threading.Event()
    disposed: list[str] = []
    gone = threading.Event()

    def slow():
        release.wait(30)
        return "资料库"

    def dispose(result):
        disposed.append(result)
        gone.set()

    timer = threading.Timer(0.1, cancel.set)
    timer.start()
    with pytest.raises(Abandoned):
        run_abandonable(slow, cancel.is_set, dispose)
    assert disposed == [] and not release.is_set()  # returned while the call still runs
    release.set()
    assert gone.wait(10)
    assert disposed == ["资料库"]


def test_without_a_cancel_nothing_is_disposed_of():
    disposed: list[int] = []
    assert run_abandonable(lambda: 7, lambda: False, disposed.append) == 7
    assert disposed == []
