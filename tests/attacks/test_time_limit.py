"""The per-file reading time limit: a file over it is skipped with a clear message and the
rest of the import goes on (in-process and in worker processes). The limit counts the
work (the reading thread's CPU time), so waiting — for the processor on a busy machine, a
pipe, a subprocess — does not use it up; a wall-clock backstop ends a read that waits
forever."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from drafter.corpus.bounds import LimitExceeded, time_limit, wall_seconds
from tests.attacks import make
from tests.attacks.harness import check_bounded, run_bounded

# A file slower to read than the 1.5 s these tests allow: the same speech 11,000 times
# over (187,000 lines, just under the line cap) restarts its numbering 11,000 times.
# (400 copies were enough while the structure chooser was cubic; now they take well
# under a second, see test_long_documents.py.)
SLOW_TEXT = make.GOOD_SPEECH * 11000


def test_time_limit_interrupts_python_work_and_nests():
    cut = r"^慢\.txt: 读取超时（计算超过 0\.2 秒）"
    with pytest.raises(LimitExceeded, match=cut), time_limit(0.2, "慢.txt"):
        while True:
            pass
    with time_limit(5, "outer"):  # an inner block cannot extend the outer one
        with pytest.raises(LimitExceeded, match="^inner"), time_limit(0.1, "inner"):
            while True:
                pass
        with time_limit(1, "inner2"):
            pass  # finishes: the outer alarm is re-armed, not lost


def test_waiting_past_the_limit_is_not_cut():
    """Sleeping, waiting on a subprocess (LibreOffice's conversion) and another thread's
    work are not the block's work: a block that waits three times its limit ends whole,
    as a good file does on a machine busy with other programs."""
    with time_limit(0.2, "等待.txt"):
        time.sleep(0.6)
    with time_limit(0.2, "转换.doc"):
        subprocess.run([sys.executable, "-c", "import time; time.sleep(0.6)"], check=True)
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            pass

    other = threading.Thread(target=spin)
    other.start()
    try:
        with time_limit(0.2, "旁.txt"):
            stop.wait(0.6)
    finally:
        stop.set()
        other.join()


def test_work_after_waiting_is_counted_from_the_start_of_the_block():
    """The CPU time is the block's from its start: waiting first does not reset it, and
    the work after it is cut once the two together pass the limit."""
    cut = r"^后\.txt: 读取超时（计算超过 0\.2 秒）"
    with pytest.raises(LimitExceeded, match=cut), time_limit(0.2, "后.txt"):
        time.sleep(0.5)
        while True:
            pass


def test_a_read_blocked_past_the_wall_clock_backstop_is_given_up():
    """A read that waits forever (a dead network share; here a pipe nobody writes to) uses
    no CPU: the wall-clock backstop ends it, and the message says it waited."""
    read_end, write_end = os.pipe()
    try:
        given_up = r"^共享\.txt: 读取超时（等待超过 0\.5 秒"
        with pytest.raises(LimitExceeded, match=given_up), time_limit(5, "共享.txt", wall=0.5):
            os.read(read_end, 1)
    finally:
        os.close(read_end)
        os.close(write_end)


def test_the_backstop_is_much_longer_than_the_work_allowed():
    """Ten times the CPU limit, at least a minute: a good file waiting its turn on a
    machine with ten programs as busy per core still finishes."""
    assert wall_seconds(6) == 60  # a small file's limit
    assert wall_seconds(120) == 1200  # the largest
    assert wall_seconds(1.5) == 60  # DRAFTER_READ_SECONDS=1.5


@pytest.mark.parametrize("files", [3, 12])  # in-process, then worker processes
def test_a_file_over_the_time_limit_is_skipped_and_the_batch_goes_on(tmp_path, files):
    folder = tmp_path / "in"
    folder.mkdir()
    good = []
    for n in range(files):
        text = make.GOOD_SPEECH.replace("全市", f"第{n}次全市")
        good.append(make.text_file(folder, f"good_{n}.txt", text))
    slow = make.text_file(folder, "slow.txt", SLOW_TEXT)
    lib = tmp_path / "lib"
    out = run_bounded(
        ["library", "add", str(folder), "--library", str(lib)],
        env={"DRAFTER_READ_SECONDS": "1.5"},
        cpu=60,
    )
    check_bounded(out, codes=(1,))  # one file failed, the rest went in: 1, not 0
    assert "读取超时" in out.stderr and str(slow) in out.stderr
    listed = run_bounded(["library", "list", "--json", "--library", str(lib)])
    imported = {d["path"] for d in json.loads(listed.stdout)}
    assert imported == {str(p) for p in good}


def test_an_import_off_the_main_thread_reads_in_workers_that_bound_time(tmp_path, monkeypatch):
    """The desktop app imports on a worker thread, where no alarm can stop a reader: files
    then go to worker processes, and the slow one is skipped there."""
    import threading

    from drafter.library import Library

    monkeypatch.setenv("DRAFTER_READ_SECONDS", "1.5")
    folder = tmp_path / "in"
    folder.mkdir()
    good = make.text_file(folder, "good.txt", make.GOOD_SPEECH)
    slow = make.text_file(folder, "slow.txt", SLOW_TEXT)
    result: dict = {}

    def run() -> None:
        with Library.open(tmp_path / "lib", workers=2) as lib:
            *_, last = lib.add([folder])
            result["errors"] = last.errors
            result["paths"] = {d.path for d in lib.documents()}

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(120)
    assert not thread.is_alive()
    assert result["paths"] == {str(good)}
    assert [path for path, _ in result["errors"]] == [str(slow)]
    assert "读取超时" in result["errors"][0][1]


def test_reading_off_the_main_thread_is_bounded_in_a_worker_process(tmp_path, monkeypatch):
    """The desktop app opens files on worker threads: load_document reads them in a worker
    process there, with the same result for a good file and the time limit for a bad one."""
    import threading

    from drafter.corpus import load_document

    good = make.text_file(tmp_path, "good.txt", make.GOOD_SPEECH)
    slow = make.text_file(tmp_path, "slow.txt", SLOW_TEXT)
    monkeypatch.setenv("DRAFTER_READ_SECONDS", "1.5")
    expected = load_document(good)  # main thread: in-process
    results: dict = {}

    def run() -> None:
        results["good"] = load_document(good)
        try:
            load_document(slow)
        except LimitExceeded as exc:
            results["slow"] = str(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(120)
    assert not thread.is_alive()
    assert results["good"] == expected
    assert results["slow"].startswith("slow.txt: 读取超时")
