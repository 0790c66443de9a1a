"""A terminating signal closes the running app like the user closing its window would:
unsaved edits are kept as a recovery copy, and the next start offers them back.

Both starts are real ``drafter gui`` processes (offscreen); the signal is a real one.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.store import load_draft, save_draft

from .waits import WAIT_MS

DRIVER = Path(__file__).with_name("gui_driver.py")
TYPED = "会后各单位抓好落实"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    env["XDG_STATE_HOME"] = str(tmp_path / "state")  # the log file stays in the test folder
    env.pop("DRAFTER_LIBRARY", None)
    return env


def _gui_args(tmp_path: Path, *extra: str) -> list[str]:
    return ["--library", str(tmp_path / "lib"), "--settings", str(tmp_path / "s.toml"), *extra]


def _start(tmp_path: Path, mode: str, *extra: str) -> subprocess.Popen:
    err = tmp_path / f"stderr-{len(list(tmp_path.glob('stderr-*')))}.txt"
    with err.open("w") as err_file:  # a file, so a chatty app never blocks on a full pipe
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), mode, *_gui_args(tmp_path, *extra)],
            env=_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=err_file,
            text=True,
        )
    proc.err_path = err
    proc.lines = queue.Queue()  # read on a thread, so a silent app cannot hang the test
    threading.Thread(target=_pump, args=(proc.stdout, proc.lines), daemon=True).start()
    return proc


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _wait_for_line(proc: subprocess.Popen, prefix: str, timeout: float = 120) -> str:
    """The driver's first line starting with ``prefix`` (a deadline, not a timing assert)."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = proc.lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        if line.startswith(prefix):
            return line
    proc.kill()
    proc.wait()
    err = proc.err_path.read_text(encoding="utf-8", errors="replace")
    raise AssertionError(f"no {prefix!r} from the app; stderr:\n{err[-3000:]}")


def _finish(proc: subprocess.Popen) -> str:
    """Wait for the app to end; its stderr."""
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise
    return proc.err_path.read_text(encoding="utf-8", errors="replace")


def _draft_file(tmp_path: Path) -> Path:
    draft = Draft(sections=[DraftNode("统一思想", paragraphs=[DraftParagraph("第一段。")])])
    draft.meta.title = "信号测试稿"
    path = tmp_path / "draft.json"
    save_draft(draft, path)
    return path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_signal_keeps_unsaved_edits_for_the_next_start(tmp_path, signum):
    path = _draft_file(tmp_path)
    first = _start(tmp_path, f"edit:{TYPED}", "--open", str(path))
    assert _wait_for_line(first, "EDITED") == "EDITED"
    first.send_signal(signum)
    err = _finish(first)
    assert first.returncode == 128 + signum, err[-3000:]  # a handled, deliberate exit
    assert "Traceback" not in err, err[-3000:]
    # the draft on disk is untouched; the edit waits in a recovery copy, written whole
    assert load_draft(path).sections[0].paragraphs[0].text == "第一段。"
    recovery = tmp_path / "data" / "drafter" / "recovery"
    assert sorted(p.name for p in recovery.iterdir()) == ["unsaved-draft.json"]
    # the window closed as a user's close does: its layout was remembered
    assert "window_geometry" in (tmp_path / "s.toml").read_text(encoding="utf-8")

    second = _start(tmp_path, "recover")
    asked = _wait_for_line(second, "ASKED")
    assert "恢复未保存的稿件" in asked and "“信号测试稿”（draft.json）" in asked
    assert _wait_for_line(second, "DIRTY") == "DIRTY True"  # recovered, not yet saved
    text = _wait_for_line(second, "TEXT")
    assert text == f"TEXT 第一段。{TYPED}"
    _finish(second)
    assert second.returncode == 0


def test_signal_with_nothing_unsaved_leaves_no_recovery(tmp_path):
    path = _draft_file(tmp_path)
    first = _start(tmp_path, "edit:", "--open", str(path))
    assert _wait_for_line(first, "NOT-DIRTY") == "NOT-DIRTY"
    first.send_signal(signal.SIGTERM)
    _finish(first)
    assert first.returncode == 128 + signal.SIGTERM
    recovery = tmp_path / "data" / "drafter" / "recovery"
    assert not recovery.exists() or not list(recovery.iterdir())


def test_signal_while_the_save_question_is_open_keeps_the_edit(tmp_path):
    """A logout while 保存/不保存/取消 waits for an answer: nobody will answer it."""
    path = _draft_file(tmp_path)
    first = _start(tmp_path, f"edit-close:{TYPED}", "--open", str(path))
    assert _wait_for_line(first, "PROMPT") == "PROMPT 稿件未保存"
    first.send_signal(signal.SIGTERM)
    err = _finish(first)
    assert first.returncode == 128 + signal.SIGTERM, err[-3000:]
    assert load_draft(path).sections[0].paragraphs[0].text == "第一段。"
    second = _start(tmp_path, "recover")
    _wait_for_line(second, "ASKED")
    assert _wait_for_line(second, "TEXT") == f"TEXT 第一段。{TYPED}"
    _finish(second)


def test_signal_while_the_recovery_question_is_open_keeps_it_for_next_time(tmp_path):
    """The desktop session ends while the 恢复 question waits: the unsaved draft of the
    session before is still offered at the next start, nothing answered for the user."""
    path = _draft_file(tmp_path)
    first = _start(tmp_path, f"edit:{TYPED}", "--open", str(path))
    _wait_for_line(first, "EDITED")
    first.send_signal(signal.SIGTERM)
    _finish(first)
    second = _start(tmp_path, "ask-only")
    asked = _wait_for_line(second, "ASKED")
    second.send_signal(signal.SIGTERM)
    err = _finish(second)
    assert second.returncode == 128 + signal.SIGTERM, err[-3000:]
    recovery = tmp_path / "data" / "drafter" / "recovery"
    assert [p.name for p in recovery.iterdir()] == ["unsaved-draft.json"]
    third = _start(tmp_path, "recover")
    assert _wait_for_line(third, "ASKED") == asked
    assert _wait_for_line(third, "TEXT") == f"TEXT 第一段。{TYPED}"
    _finish(third)


def test_watch_delivers_on_the_gui_thread_and_uninstalls(qtbot):
    """The watch in this process: a real SIGHUP reaches the slot between events, and
    uninstall puts the previous handlers back (a second signal then acts at once)."""
    from drafter.ui.termination import TerminationWatch, exit_code

    before = signal.getsignal(signal.SIGHUP)
    seen = []
    watch = TerminationWatch(seen.append)
    try:
        assert signal.getsignal(signal.SIGHUP) is not before
        with qtbot.waitSignal(watch.received, timeout=WAIT_MS) as got:
            os.kill(os.getpid(), signal.SIGHUP)
        assert got.args == [signal.SIGHUP]
        qtbot.waitUntil(lambda: seen == [signal.SIGHUP], timeout=WAIT_MS)
        assert exit_code(signal.SIGTERM) == 143
    finally:
        watch.finished()
        watch.uninstall()
    assert signal.getsignal(signal.SIGHUP) == before
    watch.uninstall()  # twice is harmless


def _stuck_watch(deadline_s: float):
    """A watch whose hard exit is recorded instead of ending pytest."""
    from drafter.ui.termination import TerminationWatch

    ended: list[int] = []
    gone = threading.Event()

    def hard_exit(code: int) -> None:
        ended.append(code)
        gone.set()

    seen: list[int] = []
    watch = TerminationWatch(seen.append, deadline_s=deadline_s, hard_exit=hard_exit)
    return watch, seen, ended, gone


def test_signal_ends_the_app_when_the_gui_thread_never_turns_again(qapp):
    """The display went away: the GUI thread is stuck (here asleep, as in Qt's exit or a
    call on a dead display) and never runs the close. The signal still ends the process,
    with the code for "ended by SIGTERM", once the deadline has passed."""
    watch, seen, ended, gone = _stuck_watch(deadline_s=0.3)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        # the GUI thread does not turn (no event processed) while the watch acts
        assert gone.wait(timeout=WAIT_MS / 1000)
        assert ended == [128 + signal.SIGTERM]
        assert seen == []  # the close on the GUI thread never ran
    finally:
        watch.finished()
        watch.uninstall()
        qapp.processEvents()  # the queued delivery, harmless now


def test_second_signal_ends_at_once_and_a_finished_app_is_left_alone(qtbot):
    """A second SIGTERM while the close is under way ends it without waiting for the
    deadline; an app that wound down in time is never ended by the watch."""
    watch, seen, ended, gone = _stuck_watch(deadline_s=600)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: seen == [signal.SIGTERM], timeout=WAIT_MS)
        assert ended == []
        os.kill(os.getpid(), signal.SIGTERM)
        assert gone.wait(timeout=WAIT_MS / 1000)
        assert ended == [128 + signal.SIGTERM]
    finally:
        watch.finished()
        watch.uninstall()

    watch, seen, ended, gone = _stuck_watch(deadline_s=0.2)
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        qtbot.waitUntil(lambda: seen == [signal.SIGHUP], timeout=WAIT_MS)
        watch.finished()  # what drafter/app.py does once it has wound down
        assert not gone.wait(timeout=0.6)
        assert ended == []
    finally:
        watch.uninstall()
