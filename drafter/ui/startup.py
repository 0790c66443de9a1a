"""The start after the window is shown: the library opened on a worker, the samples
imported on a first start, the file given to ``--open`` shown (read at once on a worker of
its own, then swapped for the library's copy with the user's corrections once the library
is open and holds it unchanged).

The window is shown first; the library (catalogue, index, jieba's dictionary) opens on a
worker and is handed to the window when ready, so the app is usable at once and a search
typed meanwhile waits with a message instead of freezing the window. The composition root
(drafter/app.py) builds a :class:`Startup` and starts it; so does a library chosen again in
the preferences.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from drafter.abandonable import run_abandonable
from drafter.messages import out_of_reach
from drafter.ui.errors import failure_text, show_error
from drafter.ui.panels.library_status import LOADING_TEXT
from drafter.ui.workers import Worker

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SILENT = object()  # the open's progress item: the team library's server is silent

# what the reader says over ``--open``'s file shown before the library is open
WAITING_NOTE = (
    "资料库还在打开：这里先显示原文件。若资料库收有这份文件，您对它做的提纲更正和编辑信息"
    "在资料库打开后自动应用。"
)


def open_library_with_warmup(root: Path | str | None, **options) -> Any:
    """Open (or create) the library at ``root`` (a folder or a team library's
    postgresql:// URL; None: the default folder) and load the segmenter, on a worker.
    ``options`` go to the opener (``on_silent`` for a team library's silent server).

    Importing the library package (Whoosh, the reading pipeline) and jieba's dictionary
    take a good part of a second; paying for them here, in the background while the user
    looks at the window, keeps the window and the first search quick.
    """
    from drafter.library import open_library

    library = open_library(root, create=True, **options)
    try:
        library.search("工作", limit=1)
    except Exception as exc:  # noqa: BLE001 - warming up is best effort
        log.info("search warm-up failed: %s", exc)
    return library


def sample_files(folder: Path) -> list[Path]:
    """The sample documents of ``folder``: every file but its README (which describes the
    samples and is not itself a speech)."""
    if not folder.is_dir():
        return [folder]
    return sorted(
        p for p in folder.iterdir() if p.is_file() and not p.name.lower().startswith("readme")
    )


class Startup(QObject):
    """The startup sequence after the window is shown.

    1. open the library on a worker (``open_library(root)``) and, meanwhile, read a
       document ``open_file`` on another and show it in the reader;
    2. import ``samples`` when the library is empty (first start);
    3. the library open: the document shown swapped for the library's copy when it holds
       the file unchanged (or why not said over it); a draft ``open_file`` opened.

    Signals:
        library_opened(object): the library is open and handed to the window.
        settled(): every startup step has finished (or failed with a message).
    """

    library_opened = Signal(object)
    settled = Signal()

    def __init__(
        self,
        window: MainWindow,
        library_dir: Path | None,
        open_library: Callable[[Path | None], Any] = open_library_with_warmup,
        samples: Path | None = None,
        open_file: Path | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.library_dir = library_dir
        self._open_library = open_library
        self.samples = samples
        self.open_file = open_file
        self.is_settled = False
        self._worker: Worker | None = None
        self._library_error: BaseException | None = None  # why the library did not open
        self._abandoned = False  # the user pressed 取消 on this open
        self._stop = threading.Event()  # set by 取消: the open's waiting ends
        self._file_done = False  # the file to open was opened (or tried)
        self._bar_connected = False  # the window's 取消 is this open's
        self._team = False  # the library opened is a team library (a server's URL)
        self._samples_running = False  # the samples' import of a first start is under way
        self._file_settled = False  # the file's step (shown, failed or none) is over
        # the file read at once, without the library: None (not begun), "reading", "shown"
        # or "failed"; its Word markup note, said again when the library's copy replaces it
        self._early: str | None = None
        self._markup = ""
        self._alone = False  # the library's step said: the file is to be read alone
        app = QApplication.instance()
        if app is not None:  # quitting stops the waiting too: the exit is not held by it
            app.aboutToQuit.connect(lambda: self._stop.set())

    def start(self) -> None:
        """Open the library on a worker, with a status line meanwhile, so a slow disk or team
        database never blocks the window from showing. A team library's open shows a busy
        bar with 取消 (:meth:`cancel`): a silent server no longer holds the user to its
        connect timeout.
        """
        from drafter.library.location import describe as describe_library
        from drafter.library.location import is_database_spec

        where = describe_library(self.library_dir) if self.library_dir else "默认位置"
        self.window.show_status(f"正在打开资料库：{where}")
        self._say_pending()
        self._read_early()
        root, opener, samples = self.library_dir, self._open_library, self.samples
        team = self._team = root is not None and is_database_spec(str(root))
        self._abandoned = False
        stop = self._stop = threading.Event()

        def body():
            # the first read after opening on this worker too (a team library's server
            # that hangs held the window's thread here): is it empty, for the samples
            if team:  # a silent server is said after 3 s, as the command line says it
                library = opener(root, on_silent=lambda: report(SILENT))
            else:
                library = opener(root)
            empty = False
            if samples is not None and library is not None:
                try:
                    empty = not library.documents()
                except Exception as exc:  # noqa: BLE001 - no samples then; the panel says why
                    log.warning("cannot tell whether the library is empty: %s", exc)
            return library, empty

        def job(_token):
            if not team:
                return body()
            # on a thread of its own, so 取消 stops the waiting at once (psycopg's connect
            # cannot be interrupted); what it opens after a cancel is closed there
            return run_abandonable(body, stop.is_set, _close_opened, "team library open")

        self._worker = Worker(job, self)
        report = self._worker.reporter()
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_opened)
        self._worker.failed.connect(self._on_failed)
        if team:
            self.window.opening_bar.start()
            if not self._bar_connected:
                self._bar_connected = True
                self.window.opening_bar.cancel_requested.connect(self.cancel)
            self._worker.ended.connect(self._end_wait)
        self._worker.start()

    def cancel(self) -> None:
        """取消 while a team library opens: stop waiting for its server now (the open goes on
        on its own thread and what it opens is closed), say so where the library would
        show with a way to try again, and go on with the start (``--open``'s file) as
        after a failed open: drafting, reading files and the rest of the app work."""
        if self._worker is None or not self._worker.running or self._abandoned:
            return
        from drafter.library.location import describe as describe_library

        self._abandoned = True
        self._stop.set()
        # this open is no longer heard from: a 重新连接 starts another, and its outcome
        # (a library that answered just as 取消 came) is closed, not used
        worker = self._worker
        for signal in (worker.progressed, worker.finished, worker.failed, worker.ended):
            signal.disconnect()
        worker.finished.connect(_close_opened)
        self._end_wait()
        self.window.library_cancelled(describe_library(self.library_dir))
        label = self.window.library_panel.empty_label
        label.linkActivated.connect(self._retry)
        self._open_file_once()

    def _end_wait(self) -> None:
        """The team library's open ended or was cancelled: its bar goes, its 取消 is let go
        (another open, a library chosen in the preferences, has its own)."""
        self.window.opening_bar.stop()
        if self._bar_connected:
            self._bar_connected = False
            self.window.opening_bar.cancel_requested.disconnect(self.cancel)

    def _retry(self, _link: str = "") -> None:
        """重新连接 after a cancel: the same library opened again, with its bar and 取消."""
        self.window.library_panel.empty_label.linkActivated.disconnect(self._retry)
        self.window.library_panel.empty_label.setText(LOADING_TEXT)
        self.start()

    def _open_again(self) -> None:
        """重试 on the banner after the team server was out of reach: the same library
        opened again, with its bar and 取消 (the banner goes when it opens)."""
        self.window.library_panel.empty_label.setText(LOADING_TEXT)
        self.start()

    def _on_progress(self, what: object) -> None:
        """The open's word while it waits: a team library's server silent for 3 s is said
        in the status line and the library panel (the same words as the command line's)
        instead of 正在打开资料库… for the whole connect timeout with no word of why."""
        if what is SILENT and not self._abandoned:
            self.window.opening_silent(str(self.library_dir))

    def _on_opened(self, opened: tuple[Any, bool]) -> None:
        """The library is open: handed to the window, then the samples imported when it is
        empty (a first start, so a new user sees a working library, not an empty table), or
        else straight on to ``--open``'s file."""
        library, empty = opened
        if self._abandoned:  # it answered after all, once the user had stopped waiting
            _close_opened(opened)
            return
        self.window.set_library(library)
        # else the window said 只读 and why; kept in sight. A file shown meanwhile keeps
        # its 已打开《…》 in the status line: the library's rows say it is ready
        if not self.window.read_only and self._early != "shown":
            self.window.show_status("资料库已就绪。")
        self.library_opened.emit(library)
        # (a read-only library takes no samples: the file given to --open still opens)
        samples = self.samples is not None and not self.window.read_only
        if samples and empty:
            panel = self.window.library_panel
            panel.import_finished.connect(self._after_samples)
            panel.import_failed.connect(self._after_samples)
            self._samples_running = True
            panel.import_paths(sample_files(self.samples))
            self.window.show_status(f"首次启动：正在导入示例文稿 {self.samples} …")
            # the file meanwhile, read alone: an empty library holds it with no corrections
            # (it waited for the whole import, 45 s of 未打开文稿 with a corpus as samples)
            self._open_file_once(alone=True)
        else:
            self._open_file_once()

    def _after_samples(self, *_args) -> None:
        """The samples' import ended, done or failed (a failed sample import is said in the
        library panel, it is not fatal): the start is settled once the file is shown too."""
        panel = self.window.library_panel
        panel.import_finished.disconnect(self._after_samples)
        panel.import_failed.disconnect(self._after_samples)
        self._samples_running = False
        if self._file_settled:
            self._settle()

    def _on_failed(self, message: str, exc: object) -> None:
        """The library did not open: the window says why in Chinese, the reason is kept
        for ``--open``'s file (read then without the user's corrections, and said so), and
        the start goes on: drafting and reading files need no library. A team server only
        out of reach for now is said in the offline banner, whose 重试 opens it again (and
        which does by itself, on a growing countdown); a team setup to correct (a wrong
        password, no such database, a mistyped server name) on the same banner with what to
        correct and no automatic retry; a local library's failure on the banner too, with
        what to do."""
        if self._abandoned:  # the user stopped waiting: the panel says so already
            return
        text = failure_text(message, exc)
        self._library_error = exc if isinstance(exc, BaseException) else RuntimeError(message)
        if out_of_reach(exc):
            self.window.library_unreachable(text, self._open_again, str(self.library_dir))
        elif self._team:  # a setup to correct: said once, on the banner, with 重试
            self.window.library_refused(text, self._open_again, str(self.library_dir))
        else:
            self.window.library_failed(text, self._open_again, self._local_path())
        self._open_file_once()

    def _local_path(self) -> str:
        """The local folder this start tried: the one named, else what the opener falls
        back to (DRAFTER_LIBRARY, the platform's folder), so 首选项 can show the path that
        failed."""
        from drafter.library_choice import chosen_library

        return str(chosen_library(self.library_dir))

    def _say_pending(self, why: str = "") -> None:
        """Say in the reader's header that ``--open``'s file is on its way (and ``why`` it
        waits), so the reader does not look empty while the start works for it."""
        path = self.open_file
        if path is not None and path.suffix.lower() != ".json" and not self._file_settled:
            self.window.reader_panel.show_pending(f"正在打开 {path.name}…{why}")

    def _open_file_once(self, alone: bool = False) -> None:
        """The start's library step, once: a library opened after a cancel and 重新连接 does
        not open ``--open``'s file a second time. A document read at once by :meth:`start`
        is followed up here (the library's copy with the user's corrections, or why they
        are not applied); a draft opens here."""
        if self._file_done:
            return
        self._file_done = True
        self._alone = alone
        if self._early is None:
            self._open_file()
        elif self._early == "shown":
            self._follow_up()
        elif self._early == "failed":
            self._settle()
        # else the file is still being read: its end follows up

    def _read_early(self) -> None:
        """Read ``--open``'s document at once, on a worker, without waiting for the library:
        with a library already filled, the file waited for its open and for jieba's
        dictionary (over 30 s under load) before a line of it showed. The library's copy,
        with the user's corrections, replaces it once the library can say it holds the
        file unchanged (:meth:`_follow_up`)."""
        path = self.open_file
        if path is None or path.suffix.lower() == ".json" or self._early is not None:
            return
        from drafter.corpus import load_document
        from drafter.drafts.markup_note import markup_note

        self._early = "reading"

        def job(_token):
            # a Word file's pending 修订 and comments, which the reader does not show
            return load_document(path), markup_note(path)

        worker = Worker(job, self)
        worker.finished.connect(self._show_early)
        worker.failed.connect(self._early_failed)
        worker.start()

    def _show_early(self, read: tuple[Any, str]) -> None:
        """Show the file as read at once; while the library is still opening, a quiet bar
        says the user's corrections (if the library holds any) come when it is open."""
        document, self._markup = read
        self._early = "shown"
        reader = self.window.reader_panel
        reader.show_document(document, key=str(self.open_file))
        self.window.unfold_reader()  # hidden by the last session's layout, it opened unseen
        self.window.reader_dock.raise_()
        if self._file_done:
            self._follow_up()
        elif self._markup:
            reader.show_notice(self._markup)
        else:
            reader.show_notice(WAITING_NOTE)

    def _early_failed(self, message: str, exc: object) -> None:
        """The file could not be read: said with its full path, now (not after the library)."""
        self._early = "failed"
        self.window.reader_panel.show_pending("")
        show_error(self.window, _open_failure(message, exc, self.open_file), wait=False)
        if self._file_done:
            self._settle()

    def _follow_up(self) -> None:
        """The file is shown and the library's step is reached: swap in the library's copy
        when it holds the file unchanged (the user's corrections, 编辑信息, notes, its row
        selected), else say over the text why the corrections are not in this reading
        (the library out of reach, or the file changed since the last sync)."""
        reader, path = self.window.reader_panel, self.open_file
        library, failed = (None if self._alone else self.window.library), self._library_error
        if library is None:
            self._say_over_early(failed, 0)
            self._settle()
            return
        from drafter.library.sync import corrections_behind, held_or_unreached

        def job(_token):
            info, unreached = held_or_unreached(library, path)
            if info is not None or unreached is not None:
                return info, unreached, 0
            # corrections of an earlier version waiting for a sync: said over the text
            return None, None, corrections_behind(library, path)

        def done(result: tuple[Any, BaseException | None, int]) -> None:
            info, unreached, behind = result
            if info is not None:
                self.window.library_panel.select_document(info.id)
                if reader.document_key == str(path):  # the user has not moved on meanwhile
                    self._settle_when_shown(info.id)
                    reader.open_document(info.id, notice=self._markup)
                    return
            else:
                if unreached is not None:
                    log.warning("reading %s without the library: %s", path, unreached)
                if reader.document_key == str(path):
                    self._say_over_early(unreached, behind)
            self._settle()

        worker = Worker(job, self)
        worker.finished.connect(done)
        worker.failed.connect(lambda _msg, exc: (self._say_over_early(exc, 0), self._settle()))
        worker.start()

    def _say_over_early(self, unreached: object, behind: int) -> None:
        """Replace the waiting bar over the file read at once by what is true now: the
        library could not be asked (why), corrections wait for a sync, the Word markup
        note, or nothing."""
        from drafter.library.sync import CHANGED_NOTE, UNREACHED_NOTE
        from drafter.messages import describe

        reader = self.window.reader_panel
        if reader.document_key != str(self.open_file):
            return
        reader.notice_bar.hide()
        if self._markup:  # news of the file itself; a note of the library below replaces it
            reader.show_notice(self._markup)
        if isinstance(unreached, BaseException):  # the user's corrections are not in it
            reader.show_notice(UNREACHED_NOTE.format(why=describe(unreached).rstrip("。")))
        elif behind:
            sync = "点资料库的「同步」（F5）"
            reader.show_notice(CHANGED_NOTE.format(count=behind, sync=sync))

    def _settle_when_shown(self, doc_id: str) -> None:
        """Settle once the reader shows the library's copy (or says it could not open it):
        ``settled`` means the window will not change any more."""
        reader = self.window.reader_panel

        def shown(_key: str) -> None:
            finish()

        def said(text: str) -> None:
            if text.startswith("无法打开文稿"):
                finish()

        def finish() -> None:
            reader.document_opened.disconnect(shown)
            reader.status_message.disconnect(said)
            self._settle()

        reader.document_opened.connect(shown)
        reader.status_message.connect(said)

    def _open_file(self) -> None:
        """Open ``--open``'s file when :meth:`start` did not read it: a draft (.json) in the
        editor, or nothing."""
        path = self.open_file
        if path is not None and path.suffix.lower() == ".json":
            self.window.editor.open_draft(path)
            self.window.draft_dock.raise_()
        self._settle()

    def _settle(self) -> None:
        """The file's step is done; once the samples' import is too, every step is:
        ``settled`` lets a screenshot (``--screenshot``) and the tests wait for a window
        that will not change any more."""
        self._file_settled = True
        if self._samples_running or self.is_settled:
            return
        self.is_settled = True
        self.settled.emit()


def _close_opened(opened: tuple[Any, bool]) -> None:
    """Close a library opened after the user stopped waiting for it (nobody will use it)."""
    library = opened[0]
    if library is not None:
        try:
            library.close()
        except Exception as exc:  # noqa: BLE001 - let go of anyway
            log.warning("closing an abandoned library failed: %s", exc)


def _open_failure(message: str, exc: object, path: Path) -> str:
    """What ``gui --open FILE`` says when FILE cannot be read: in Chinese, naming it by its full
    path (it said 无法打开 坏.docx：坏.docx: not a valid Word .docx file … before)."""
    from drafter.messages import describe_file

    text = describe_file(exc, path) if isinstance(exc, BaseException) else message
    return f"无法打开文稿：{text}"
