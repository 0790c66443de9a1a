"""Limits on reading one file: its size, the text it may make, and the time it may take.

Users import folders of files from the web and from other offices, so any file may be
hostile or broken: a small file that decompresses to gigabytes, a chain of styles
thousands deep, a PDF whose pages draw each other, a text of one 50 MB line. Drafter
bounds reading *by design*, not case by case:

* every reader checks sizes **before** it decompresses or builds anything (zip entries by
  their declared sizes, PDF streams as they inflate, text files by their size on disk);
* a document may hold at most :data:`MAX_DOCUMENT_CHARS` characters of text;
* the whole of reading one file (reader, cleaning, outline) runs under a time limit
  (:func:`time_limit`) that grows with the file's size, so a file that would run for
  minutes is skipped with a clear message and a batch import goes on. The limit counts
  the *work* — the CPU time of the thread reading — not the wall clock: on a busy machine
  (an office PC running other programs, an import beside a build) a good file waits for
  its turn at the processor and must not be skipped for it. A much longer wall-clock
  backstop (:func:`wall_seconds`) still gives up on a read that waits forever (a dead
  network share).

Limits are generous for real documents (the largest real speech is ~100,000 characters;
a 1,000-page report is under 3 million) and small against the machine.
"""

from __future__ import annotations

import _signal
import contextlib
import os
import signal
import threading
import time
from pathlib import Path

from drafter.corpus.model import ReadError
from drafter.corpus.signatures import OLE_MAGIC, starts_with

MB = 1 << 20

MAX_TEXT_FILE_BYTES = 64 * MB  # .txt / .md / .html on disk
MAX_DOCUMENT_CHARS = 5_000_000  # characters of text one document may hold
MAX_LINES = 200_000  # lines of one text file (the longest real law has under 4,000)
MAX_ZIP_ENTRIES = 5000  # parts of one .docx
MAX_XML_PART_BYTES = 32 * MB  # one XML part of a .docx, uncompressed (~0.5 GB parsed)
MAX_XML_TOTAL_BYTES = 64 * MB  # all XML parts of a .docx, uncompressed
MAX_PDF_STREAM_BYTES = 64 * MB  # one decoded PDF stream
MAX_PDF_TOTAL_BYTES = 256 * MB  # all decoded PDF streams of one file
MAX_STYLE_CHAIN = 32  # Word basedOn links followed (Word itself nests a handful)
MAX_NUMBER = 32767  # the largest list number Word writes (w:start is at most this)

# Time for reading one file: a base, plus some per megabyte (a long PDF legitimately
# takes a while), capped. CPU seconds of the reading thread (see time_limit).
READ_SECONDS_BASE = 6.0
READ_SECONDS_PER_MB = 4.0  # PDF and Word: a long PDF legitimately takes a while
TEXT_SECONDS_PER_MB = 1.0  # text, Markdown, web pages: the pipeline reads ~10 MB/s
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".mhtml", ".mht")
READ_SECONDS_MAX = 120.0
# The wall-clock backstop: so many times the CPU limit, at least a minute. Ten times lets
# a good file finish with ten programs as busy as it per core (ap43 saw load 16 on two
# cores); a read blocked on a dead share is given up within minutes, not never.
WALL_FACTOR = 10.0
WALL_SECONDS_MIN = 60.0


class LimitExceeded(ReadError):
    """A file went over one of the limits above; the message names the file and the limit."""


# Formats LibreOffice converts first: its own timeout applies to the conversion.
CONVERTED_SUFFIXES = (".doc", ".wps", ".rtf")
CONVERT_SECONDS_BASE = 12.0  # LibreOffice starting (3-5 s cold) and converting a speech
CONVERT_SECONDS_PER_MB = 4.0
CONVERT_SECONDS_MAX = 60.0


def read_seconds(path: str | Path) -> float:
    """The time limit for reading ``path``, in CPU seconds (see :class:`time_limit`; the
    wall-clock backstop is :func:`wall_seconds` of it): :data:`READ_SECONDS_BASE` plus
    :data:`READ_SECONDS_PER_MB` per megabyte, at most :data:`READ_SECONDS_MAX`; files
    LibreOffice converts first get the converter's time on top. ``$DRAFTER_READ_SECONDS``
    sets one limit for every file instead."""
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0
    override = os.environ.get("DRAFTER_READ_SECONDS")  # a slow machine may want more
    if override:
        with contextlib.suppress(ValueError):
            return max(0.01, float(override))
    # (the suffix as Path(path).suffix reads it, without making a Path for every file)
    suffix = _suffix(path)
    per_mb = TEXT_SECONDS_PER_MB if suffix in TEXT_SUFFIXES else READ_SECONDS_PER_MB
    seconds = min(READ_SECONDS_MAX, READ_SECONDS_BASE + per_mb * size / MB)
    if suffix in CONVERTED_SUFFIXES or (suffix == ".docx" and starts_with(path, OLE_MAGIC)):
        seconds += convert_seconds(size)
    return seconds


def wall_seconds(seconds: float) -> float:
    """The wall-clock backstop of a block whose CPU limit is ``seconds``: the time after
    which a read that is waiting rather than working (a dead network share, a pipe that
    never answers) is given up. Much longer than the CPU limit, so that waiting for the
    processor on a busy machine never reaches it."""
    return max(WALL_SECONDS_MIN, WALL_FACTOR * seconds)


def timeout_message(name: str, seconds: float, waited: bool) -> str:
    """The message for a file given up by the time limit, naming the file and saying which
    limit it hit: ``seconds`` of work (the file is likely damaged or built to make the
    reader spin) or, with ``waited``, ``seconds`` of waiting (where it lies may be out of
    reach). One wording for the in-process limit and the worker process's backstop."""
    if waited:
        return (
            f"{name}: 读取超时（等待超过 {seconds_text(seconds)} 秒仍未读完），已跳过；"
            "文件所在位置可能无法访问（如网络共享已断开）"
        )
    return (
        f"{name}: 读取超时（计算超过 {seconds_text(seconds)} 秒），已跳过；"
        "文件可能已损坏或经过特意构造"
    )


def _suffix(path: str | Path) -> str:
    """``Path(path).suffix.lower()``: read off a Path's name, or a string's last part."""
    name = path.name if isinstance(path, Path) else Path(path).name
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def convert_seconds(size: int) -> float:
    """How long LibreOffice may take to convert a file of ``size`` bytes to .docx: enough
    for a long real document, short enough that a file built to make it spin is given up
    within a command's usual time. ``$DRAFTER_CONVERT_SECONDS`` sets one limit for every
    conversion instead: the limit is wall-clock time, and on a busy machine (two cores
    shared by several test runs) a cold LibreOffice start alone went past the 12 s a
    speech gets, so a good .wps or .rtf was given up (the tests set it; a slow office PC
    may too)."""
    override = os.environ.get("DRAFTER_CONVERT_SECONDS")
    if override:
        with contextlib.suppress(ValueError):
            return max(0.01, float(override))
    return min(CONVERT_SECONDS_MAX, CONVERT_SECONDS_BASE + CONVERT_SECONDS_PER_MB * size / MB)


def seconds_text(seconds: float) -> str:
    """Seconds as a user reads them: "6", "7.5", "0.2"."""
    return f"{seconds:.1f}".rstrip("0").rstrip(".")


def human_size(n: int) -> str:
    """``n`` bytes as the user reads them (KB/MB/GB)."""
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GB"
    if n >= MB:
        return f"{n / MB:.0f} MB"
    return f"{max(1, n // 1024)} KB"


def check_file_size(path: Path, limit: int) -> None:
    """Refuse a file larger than ``limit`` bytes before reading any of it."""
    size = path.stat().st_size
    if size > limit:
        raise LimitExceeded(
            f"{path.name}: 文件过大（{human_size(size)}，上限 {human_size(limit)}），未读取"
        )


def read_bytes_within(path: Path, limit: int) -> bytes:
    """The whole of ``path``, refused unread (as :func:`check_file_size` words it) when it
    is larger than ``limit`` bytes. One open: the size is the open file's, where a stat of
    the path and then ``Path.read_bytes`` walked the path twice and built a buffered file
    object to read it once, every text file read."""
    fd = os.open(path, os.O_RDONLY | _BINARY)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise LimitExceeded(
                f"{path.name}: 文件过大（{human_size(size)}，上限 {human_size(limit)}），未读取"
            )
        chunks = [os.read(fd, size + 1)]  # (one read for a file that did not grow)
        while chunks[-1]:
            chunks.append(os.read(fd, max(size, 1 << 16)))
    finally:
        os.close(fd)
    return b"".join(chunks)


_BINARY = getattr(os, "O_BINARY", 0)  # (Windows: no text-mode reading of that byte)


def check_document_chars(name: str, chars: int) -> None:
    """Refuse a document whose text is over :data:`MAX_DOCUMENT_CHARS` characters."""
    if chars > MAX_DOCUMENT_CHARS:
        raise LimitExceeded(
            f"{name}: 文字过多（{chars / 10000:.0f} 万字，上限 {MAX_DOCUMENT_CHARS // 10000} 万字），"
            "未读取"
        )


def check_lines(name: str, text: str) -> None:
    """Refuse a text of more than :data:`MAX_LINES` lines before it is cut into lines (60
    million empty lines would be 60 million objects), or of more than
    :data:`MAX_DOCUMENT_CHARS` characters."""
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise LimitExceeded(f"{name}: 行数过多（{lines} 行，上限 {MAX_LINES} 行），未读取")
    check_document_chars(name, len(text) - lines + 1)


class _Deadline(BaseException):
    """Raised by the alarm inside the code under :func:`time_limit` (internal). A
    BaseException, like KeyboardInterrupt, so the ``except Exception`` of a library that
    treats any failure as "damaged file" (and goes on) does not swallow it. ``waited``:
    the wall-clock backstop was hit, not the CPU limit."""

    def __init__(self, waited: bool) -> None:
        super().__init__(waited)
        self.waited = waited


# (CPU deadline in time.thread_time, wall deadline in time.monotonic) of the enclosing
# time_limit blocks, innermost last
_active: list[tuple[float, float]] = []
_SLACK = 0.01  # seconds: an alarm this close to a deadline counts as on it


def can_time_limit() -> bool:
    """True when :func:`time_limit` can interrupt work here: the main thread of a POSIX
    process (the command line, a library worker process), not a GUI worker thread."""
    return _can_alarm()


def _can_alarm() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        # (_signal's raw handler: signal.getsignal's enum lookup fails slowly on a function)
        and _signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm)
    )


def _arm() -> None:
    """Set the alarm for the innermost block: at the nearer of its wall deadline and the
    earliest its CPU deadline can come (CPU time cannot pass faster than the clock)."""
    cpu, wall = _active[-1]
    left = min(cpu - time.thread_time(), wall - time.monotonic())
    signal.setitimer(signal.ITIMER_REAL, max(_SLACK, left))


def _on_alarm(signum, frame) -> None:
    # The alarm rings on wall-clock time; the CPU deadline is checked here. A block that
    # waited (for the processor, a disk, a pipe) gets the alarm again for the CPU time it
    # has left, so only its work or the backstop can end it.
    if not _active:
        return
    cpu, wall = _active[-1]
    if time.thread_time() >= cpu - _SLACK:
        raise _Deadline(False)
    if time.monotonic() >= wall - _SLACK:
        raise _Deadline(True)
    _arm()


class time_limit:  # noqa: N801 - used as a function: ``with time_limit(seconds, name):``
    """Run the block for at most ``seconds`` of CPU time, and at most ``wall`` seconds of
    wall-clock time (by default :func:`wall_seconds` of ``seconds``); past either, raise
    :class:`LimitExceeded` naming ``name`` and the limit hit.

    CPU time, because the limit is there to stop work that would run for minutes (a PDF
    library parsing a damaged font, a regular expression on a built line), and a good file
    on a busy machine takes longer by the clock without doing more work: ap43 saw an
    ordinary small web page skipped at load 12-16 on two cores while the limit was
    wall-clock. The CPU counted is the calling thread's (:func:`time.thread_time`): what the
    block computes, not what other threads of the process do, nor the time it waits for a
    disk, a pipe or a subprocess (LibreOffice's conversion has its own wall-clock timeout).
    The wall-clock backstop still ends a read that waits forever.

    Uses a real-time alarm that checks the CPU time when it rings and, if the block has
    been waiting, rings again when the CPU time left could have run out; so it interrupts
    Python code anywhere, and a blocking system call too (Python retries it after the
    handler, and the handler's exception ends it). It works in the main thread of a
    process — the command line and the library's worker processes, which is where files
    are read in bulk; elsewhere (a GUI worker thread) the block runs unbounded in time and
    the size limits still hold. Blocks nest: an inner block never extends an outer one.

    A class rather than a generator-based context manager, and the handler set through
    ``_signal`` (``signal.signal`` turns the old handler into an enum, by a failed lookup
    for a Python function): every file read goes through here, and that made about 40 µs
    of a small file's 800.
    """

    __slots__ = ("seconds", "name", "wall", "_previous", "_armed")

    def __init__(self, seconds: float, name: str, wall: float | None = None) -> None:
        self.seconds = seconds
        self.name = name
        self.wall = wall_seconds(seconds) if wall is None else wall
        self._armed = False

    def __enter__(self) -> None:
        if self.seconds <= 0 or not _can_alarm():
            return
        cpu_now, wall_now = time.thread_time(), time.monotonic()
        cpu, wall = cpu_now + self.seconds, wall_now + self.wall
        if _active:
            outer_cpu, outer_wall = _active[-1]
            cpu, wall = min(cpu, outer_cpu), min(wall, outer_wall)
        self._previous = _signal.signal(signal.SIGALRM, _on_alarm)
        _active.append((cpu, wall))
        # (as _arm, without reading the clocks twice: every file read comes through here)
        signal.setitimer(signal.ITIMER_REAL, max(_SLACK, min(cpu - cpu_now, wall - wall_now)))
        self._armed = True

    def __exit__(self, kind, value, traceback) -> bool:
        if not self._armed:
            return False
        self._armed = False
        _active.pop()
        if _active:
            _arm()
        else:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _signal.signal(signal.SIGALRM, self._previous)
        if kind is _Deadline:
            seconds = self.wall if value.waited else self.seconds
            raise LimitExceeded(timeout_message(self.name, seconds, value.waited)) from None
        return False
