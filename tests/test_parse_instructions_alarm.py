"""bench/parse_instructions.py says when the reading time limit's alarm rang under valgrind
(its handler's work is then in the count): a ring shows in the callgrind file as CPython's
C signal handler named as a function of its own."""

from __future__ import annotations

from bench_module import load_bench


def test_a_ring_is_told_from_a_quiet_run(tmp_path):
    alarm_rang = load_bench("parse_instructions").alarm_rang
    rang, quiet = tmp_path / "rang.out", tmp_path / "quiet.out"
    rang.write_bytes(b"fn=(4422) PyErr_CheckSignals\n3 1\n\nfn=(12688) signal_handler\n389 6\n")
    # checking for signals, or setting the alarm, is no ring
    quiet.write_bytes(b"cfn=(4430) _PyErr_CheckSignalsTstate\nfn=(12534) signal_setitimer\n1 2\n")
    assert alarm_rang(rang) and not alarm_rang(quiet)
    assert not alarm_rang(tmp_path / "missing.out")
