"""The draft editor's file side: new, open, save, save as, autosave and crash recovery.

Kept apart from the panel's widgets: this decides *when* to ask (unsaved changes, a
recovery file left by a crash) and what to do with the answer; the questions themselves
are small methods so tests can answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from drafter.corpus.model import ReadError
from drafter.drafts import open_any
from drafter.drafts.model import Draft
from drafter.drafts.store import DraftError, save_draft
from drafter.drafts.word_revisions import pending_words
from drafter.messages import describe_file
from drafter.settings import Settings
from drafter.ui import file_dialogs
from drafter.ui.autosave import Autosaver, RecoveryFile, default_recovery_dir
from drafter.ui.draft.session import DraftSession

log = logging.getLogger(__name__)

DRAFT_FILTER = "讲话稿草稿 (*.json);;所有文件 (*)"
# 打开稿件 takes a writer's Word/WPS/text/PDF file too (drafter.drafts.open_any).
OPEN_FILTER = open_any.OPEN_FILTER


class DraftFiles(QObject):
    """Files and recovery of one :class:`DraftSession`.

    ``window`` parents the dialogs. The recovery file lives in ``recovery_dir`` (the user
    data folder by default); autosave runs every ``settings.autosave_seconds``.

    Signals:
        loaded(): a draft was opened or recovered (the panel shows its first section).
        started(): an empty draft replaced the last one (新建稿件, Ctrl+N).
        status_message(str): a short message for the status bar.
    """

    loaded = Signal()
    started = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        session: DraftSession,
        settings: Settings,
        window: QWidget,
        recovery_dir: str | Path | None = None,
        settings_path: str | Path | None = None,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.settings = settings
        self.settings_path = Path(settings_path) if settings_path else None
        self._window = window
        self.recovery_checked = False
        # the library's corrected reading of a file (drafter.library.sync.corrected_copy),
        # set by the window when a library is open: a document opens as the user fixed it
        self.corrected_reading: Callable[[Path], Any] | None = None
        # the file shown in the reader (set by the window): ``gui --open 二稿.docx`` put the
        # writer's file there, and 打开稿件 must start beside it, not in the home folder
        self.reader_file: Callable[[], str] | None = None
        self.kept_for_recovery = False  # closed by a signal: nothing may drop the work now
        # where the file choosers were last left (打开稿件, 比较稿件, 导入…), kept across restarts
        self.folder_memory = file_dialogs.FolderMemory(
            settings, self._save_settings if self.settings_path is not None else None
        )
        self.recovery = RecoveryFile(recovery_dir or default_recovery_dir())
        self.autosaver = Autosaver(
            self.recovery, self._autosave_state, settings.autosave_seconds, self
        )
        self.autosaver.failed.connect(self.status_message)
        session.changed.connect(self.autosaver.mark_changed)

    # -- files -------------------------------------------------------------------------------

    def new_draft(self) -> bool:
        """Start an empty draft after the writer agreed to drop unsaved changes; returns False when
        they cancelled.
        """
        if not self.confirm_discard():
            return False
        self.session.load(Draft())
        self.recovery.discard()
        self.status_message.emit("已新建空白稿件")
        self.started.emit()
        return True

    def open_draft(self, path: str | Path | None = None) -> bool:
        """Open a .json draft, or any document as a new draft (a writer's .docx with its
        Word comments, .doc/.wps, .txt, .md, .pdf), asking for a file when ``path`` is
        None. A document opens unsaved; saving offers a draft beside it."""
        if not self.confirm_discard():
            return False
        if path is None:
            path = self._ask_open_path()
            if not path:
                return False
        path = Path(path)
        corrected = None
        if self.corrected_reading is not None and not open_any.is_draft_file(path):
            corrected = self.corrected_reading(path)
        try:
            draft = open_any.open_as_draft(path, document=corrected)
        except (DraftError, ReadError) as exc:
            self._show_error("无法打开稿件", describe_file(exc, path))
            return False
        is_draft = open_any.is_draft_file(path)
        self.session.load(draft, path if is_draft else None, dirty=not is_draft)
        self.recovery.discard()
        self._remember_recent(path)
        self.loaded.emit()
        if is_draft:
            self.status_message.emit(f"已打开：{path}")
        else:
            notes = f"，含 {len(draft.comments)} 条批注" if draft.comments else ""
            pending = pending_words(path)
            if pending:  # read as if accepted: the head must know a change is undecided
                notes += f"，{pending}未处理、按接受后的文字读入"
            self.status_message.emit(f"已将 {path.name} 打开为新稿件{notes}（尚未保存）")
        return True

    def save(self) -> bool:
        """Save to the draft's own file, or ask for one (save as) when it never had one; returns
        False when nothing was written.
        """
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        """Save under a new name (asked for when ``path`` is None); a name without a suffix gets
        ``.json``, the draft format.
        """
        if path is None:
            path = self._ask_save_path()
            if not path:
                return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".json")
        from drafter.export import ExportError, refuse_overwriting_sources

        try:  # the draft (JSON) saved over the writer's .docx it was opened from loses it
            refuse_overwriting_sources(path, [self.session.draft.source], option=None)
        except ExportError as exc:
            self._show_error("无法保存稿件", describe_file(exc, path))
            return False
        return self._save_to(path)

    def save_version(self, label: str) -> bool:
        """Save, keeping this save as a version labelled ``label`` (送审稿, 修改稿二)."""
        if self.session.path is None and not self.save_as():
            return False
        assert self.session.path is not None
        return self._save_to(self.session.path, label=label)

    def _save_to(self, path: Path, label: str = "") -> bool:
        try:
            version = save_draft(self.session.draft, path, label=label)
        except DraftError as exc:
            self._show_error("无法保存稿件", describe_file(exc, path))
            return False
        self.session.mark_saved(path)
        self.recovery.discard()
        self._remember_recent(path)
        if version is None:  # the draft is safe; only its version folder could not be written
            self.status_message.emit(f"已保存：{path}（版本记录文件夹无法写入，本次未留版本）")
        else:
            self.status_message.emit(f"已保存：{path}")
        return True

    def _remember_recent(self, path: Path) -> None:
        self.settings.add_recent_draft(str(path))
        if self.settings_path is not None:
            try:
                self._save_settings()
            except OSError as exc:
                log.warning("cannot save settings %s: %s", self.settings_path, exc)

    def _save_settings(self) -> None:
        self.settings.save(self.settings_path)

    def confirm_discard(self) -> bool:
        """Ask 保存/不保存/取消 when there are unsaved changes; False means "stop"."""
        if self.kept_for_recovery:
            return False  # a question interrupted by a signal: the recovery copy stays
        if not self.session.dirty:
            return True
        answer = self._ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def confirm_close(self) -> bool:
        """For the window's closeEvent: settle unsaved work, then a clean close (the
        recovery file is deleted). False means the user cancelled the close."""
        if not self.confirm_discard():
            return False
        self.close_clean()
        return True

    def close_clean(self) -> None:
        """The window is closing with nothing unsaved: stop autosave and delete the recovery file,
        so the next start offers no stale recovery.
        """
        self.autosaver.stop()
        if not self.kept_for_recovery:
            self.recovery.discard()

    def close_keeping_unsaved(self) -> bool:
        """For a close nobody can answer (a terminating signal): unsaved work goes whole to
        the recovery file, which the next start offers back; with nothing unsaved it is a
        clean close. Returns True when a recovery copy was written."""
        self.autosaver.stop()
        if not self.session.dirty:
            self.recovery.discard()
            return False
        self.kept_for_recovery = True
        self.autosaver.mark_changed()  # written even if the last tick saw these changes
        if self.autosaver.save_now():
            log.warning("unsaved draft kept for recovery in %s", self.recovery.path)
            return True
        log.error("unsaved draft could NOT be kept: %s", self.recovery.path)
        return False

    # -- autosave and recovery ---------------------------------------------------------------

    def _autosave_state(self):
        if not self.session.dirty:
            return None
        return self.session.draft, self.session.path

    def autosave_now(self) -> bool:
        """Write the recovery file now (the timer does this every autosave_seconds)."""
        return self.autosaver.save_now()

    def apply_settings(self) -> None:
        """Settings changed (preferences dialog): pick up the autosave interval."""
        self.autosaver.set_interval(self.settings.autosave_seconds)

    def offer_recovery(self) -> bool:
        """If the last session ended without a clean close, offer its unsaved draft back.
        Returns True when a draft was recovered. Runs at most once per panel."""
        if self.recovery_checked:
            return False
        self.recovery_checked = True
        pending = self.recovery.pending()
        if pending is None:
            return False
        if self.session.dirty and not self.confirm_discard():
            return False  # keep the file: it is offered again next start
        # While the question is open nothing may delete or overwrite the file (a close
        # of the window, an autosave): this session writes elsewhere until answered.
        waiting = self.recovery.set_aside()
        answer = self._ask_recover(pending)
        if answer is None:  # the box went away unanswered: offered again next start
            return False
        self.recovery.path = waiting
        if not answer:
            self.recovery.discard(keep_copy=True)
            self.status_message.emit("已放弃上次未保存的稿件")
            return False
        self.session.load(pending.draft, pending.source_path, dirty=True)
        self.autosaver.mark_changed()
        self.loaded.emit()
        self.autosave_now()
        self.status_message.emit("已恢复上次未保存的稿件，请及时保存")
        return True

    # -- dialogs (methods so tests can replace them) -----------------------------------------

    def work_folder(self) -> str:
        """Where a file chooser about this draft starts: the draft's folder (or that of the
        writer's file it was opened from), else the folder of the file in the reader;
        "" leaves it to the folder last chosen (:class:`~drafter.ui.file_dialogs.FolderMemory`)."""
        here = open_any.draft_folder(self.session.path, self.session.draft.source)
        if here:
            return here
        shown = self.reader_file() if self.reader_file is not None else ""
        return str(Path(shown).parent) if shown and Path(shown).parent.is_dir() else ""

    def _ask_open_path(self) -> str:
        start = self.work_folder()
        path, _ = file_dialogs.get_open_file_name(
            self._window, "打开稿件", start, OPEN_FILTER, self.folder_memory, "review"
        )
        return path

    def _ask_save_path(self) -> str:
        from drafter.ui.dialogs.export_dialog import safe_file_name

        name = safe_file_name(self.session.draft.meta.title)
        start = str(self.session.path) if self.session.path else f"{name}.json"
        source = self.session.draft.source
        if self.session.path is None and source:
            start = str(open_any.suggested_draft_path(source))
        elif self.session.path is None and (drafts := self.folder_memory.folder("review")):
            # a new draft is saved where drafts were last opened or saved: a bare name
            # started in the home folder, and the writer clicked back to his drafts each time
            start = str(Path(drafts) / start)
        path, _ = file_dialogs.get_save_file_name(self._window, "保存稿件", start, DRAFT_FILTER)
        self.folder_memory.remember("review", path)
        return path

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        title = self.session.draft.meta.title or "未命名稿件"
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "稿件未保存",
            f"“{title}”有未保存的修改，是否保存？",
            buttons.Save | buttons.Discard | buttons.Cancel,
            self._window,
        )
        for button, text in (
            (buttons.Save, "保存"),
            (buttons.Discard, "不保存"),
            (buttons.Cancel, "取消"),
        ):
            box.button(button).setText(text)
        box.setDefaultButton(buttons.Save)
        return buttons(box.exec())

    def _ask_recover(self, pending) -> bool | None:
        title = pending.draft.meta.title or "未命名稿件"
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("恢复未保存的稿件")
        when = pending.saved_at.replace("T", " ")
        where = f"（{pending.source_path.name}）" if pending.source_path else ""
        box.setText(f"上次关闭时稿件“{title}”{where}尚未保存（自动保存于 {when}）。")
        box.setInformativeText("是否恢复这份稿件？放弃后仍可在恢复文件夹中找到备份。")
        recover = box.addButton("恢复", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("放弃", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        box.exec()
        # Hand the keyboard back to the window (without a window manager, or when the
        # box was the first thing shown, no window was active and no shortcut worked).
        self._window.window().activateWindow()
        clicked = box.clickedButton()
        return None if clicked is None else clicked is recover

    def _show_error(self, title: str, message: str) -> None:
        self.status_message.emit(message)
        QMessageBox.warning(self._window, title, message)
