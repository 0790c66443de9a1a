"""Preferences: library location, user dictionary, house style, font fallbacks, autosave.

Changes are applied only on 确定: settings are written to their file (when a path is
given) and dictionary words go to the library, which uses them from the next re-index.

A team library's dictionary is read on a worker when the dialog opens (the list says
正在读取… and holds its buttons until it comes), and 确定 writes the words there too,
with whether the index then needs rebuilding (:attr:`PreferencesDialog.reindex_due`): on a
slow network each was a round trip on the window's thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.export import StyleError, load_style
from drafter.library.location import describe as describe_library
from drafter.library.location import has_password, without_password
from drafter.settings import Settings
from drafter.ui import file_dialogs
from drafter.ui.dialogs.export_page import ExportPage
from drafter.ui.dialogs.review_lists import ReviewListsPage
from drafter.ui.errors import describe
from drafter.ui.library_reads import off_thread
from drafter.ui.read_only import read_only_reason
from drafter.ui.widgets.note_label import note_label
from drafter.ui.widgets.ok_cancel import ok_cancel
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """Edit ``settings`` (and the library's user dictionary when ``library`` is given).

    Signals:
        settings_applied(): 确定 was pressed and the settings object was updated.

    After acceptance ``library_dir_changed`` tells the caller to reopen the library, and
    ``reindex_due`` whether the library's index was built with other words than its
    dictionary now holds (None: the library could not say, or there is none).
    """

    settings_applied = Signal()

    def __init__(
        self,
        settings: Settings,
        library=None,
        parent: QWidget | None = None,
        *,
        settings_path: str | Path | None = None,
        team_tried: str | None = None,
        local_tried: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("首选项")
        self.setMinimumSize(560, 420)
        self.settings = settings
        self.library = library
        self.settings_path = Path(settings_path) if settings_path else None
        self.library_dir_changed = False
        self.reindex_due: bool | None = None
        # the team library the window has open (password and all), whether from these
        # settings or from --library / DRAFTER_LIBRARY
        self._team_in_use: str | None = (
            getattr(library, "spec", None) if getattr(library, "shared", False) is True else None
        )
        # the team library the window tried and could not open (its address to correct,
        # the reason on the window's banner): shown, ticked and focused like one in use
        self._team_failed = self._team_in_use is None and bool(team_tried)
        if self._team_failed:
            self._team_in_use = team_tried
        self._team_shown = ""  # the field's text when it shows that library, not a setting
        # the local folder the window tried and could not open (the reason on the banner):
        # shown in the location field, the cursor in it, as a team library's address is
        self._local_failed = str(local_tried) if local_tried and self._team_in_use is None else None
        self._writing = False  # 确定 is storing a team library's dictionary
        self._worker: Worker | None = None  # a team library's words, read or written
        self._initial_words = [] if off_thread(library) else self._library_words()
        tabs = QTabWidget()
        tabs.addTab(self._general_tab(), "常规")
        tabs.addTab(self._dictionary_tab(), "用户词典")
        self.export_page = ExportPage(settings)
        self.house_style = self.export_page.house_style  # read on 确定, set by tests
        self.fallbacks = self.export_page.fallbacks
        tabs.addTab(self.export_page, "导出格式")
        self.review_page = ReviewListsPage(  # 审稿词表与规则, shown only on a read-only library
            getattr(library, "root", None), read_only=read_only_reason(library)
        )
        tabs.addTab(self.review_page, "审稿")
        self.tabs = tabs
        self.error = QLabel()
        self.error.setObjectName("preferencesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a61c00")
        self.error.hide()
        buttons = ok_cancel(self, "确定")
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if off_thread(library):
            self._read_words()
        if self._team_failed:  # here to correct its address: the cursor in it, selected
            # (set here, in the dialog: set while the page was being built, before it had
            # a parent, the focus stayed on the tab bar and typing went nowhere)
            self.team_library.setFocus()
            self.team_library.selectAll()
        elif self._local_failed:  # the same for a folder that did not open
            self.library_dir.setFocus()
            self.library_dir.selectAll()

    @property
    def reading(self) -> bool:
        """True while a team library's dictionary is read or written on a worker."""
        return self._worker is not None

    def _read_words(self) -> None:
        """Read a team library's dictionary, and whether its index follows it, on a
        worker; the page says so and holds its buttons meanwhile."""
        library = self.library
        self._hold_words("正在读取团队资料库的用户词典…")
        worker = Worker(lambda _t: (list(library.words()), library.needs_reindex()), self)
        worker.finished.connect(self._words_read)
        worker.failed.connect(lambda _m, exc: self._words_failed(exc))
        worker.ended.connect(lambda: self._worker_ended(worker))
        self._worker = worker
        worker.start()

    def _words_read(self, value: tuple[list[str], bool]) -> None:
        words, due = value
        self._initial_words = list(words)
        self.reindex_due = due
        self.words.clear()
        self.words.addItems(self._initial_words)
        self._release_words(self._words_text)

    def _words_failed(self, exc: BaseException) -> None:
        log.warning("cannot read the user dictionary: %s", exc)
        # nothing read: nothing to compare an edit with, so the page is for looking only
        self._release_words(f"用户词典无法读取：{describe(exc)}", editable=False)

    def _hold_words(self, text: str) -> None:
        """The dictionary page and 确定 held while its words are on their way."""
        self.words_note.setText(text)
        for widget in (self.words, self.new_word, self.add_words_button, self.remove_words_button):
            widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _release_words(self, text: str, editable: bool = True) -> None:
        self.words_note.setText(text)
        why = read_only_reason(self.library)
        self.words.setEnabled(True)
        for widget in (self.new_word, self.add_words_button, self.remove_words_button):
            widget.setEnabled(editable and not why)
        self._words_editable = editable
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _worker_ended(self, worker: Worker) -> None:
        worker.deleteLater()
        if self._worker is worker:
            self._worker = None

    # -- tabs --------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        """The 常规 page: library folder or team library, autosave interval, comment signature and
        speaking rate, the settings of every day."""
        page = QWidget()
        self.library_dir = QLineEdit(self.settings.library_dir)
        self.library_dir.setObjectName("prefLibraryDir")
        self.library_dir.setPlaceholderText("留空则使用默认位置")
        browse = QPushButton("浏览…")
        browse.clicked.connect(self._browse_library)
        row = QHBoxLayout()
        row.addWidget(self.library_dir, 1)
        row.addWidget(browse)
        self.team_library = QLineEdit(self.settings.team_library)
        self.team_library.setObjectName("prefTeamLibrary")
        self.team_library.setPlaceholderText(
            "postgresql://用户名@服务器/数据库?sslmode=verify-full"
        )
        self.use_team = QCheckBox("使用团队资料库（办公室共用的 PostgreSQL 服务器）")
        self.use_team.setObjectName("prefUseTeamLibrary")
        self.use_team.setChecked(self.settings.use_team_library)
        self.team_origin = note_label(name="prefTeamOrigin")
        self.team_origin.hide()
        self._show_team_in_use()
        self.library_origin = note_label(name="prefLibraryOrigin")
        self.library_origin.hide()
        self._show_local_failed()
        self.autosave = QSpinBox()
        self.autosave.setObjectName("prefAutosave")
        self.autosave.setRange(0, 3600)
        self.autosave.setSuffix(" 秒")
        self.autosave.setSpecialValueText("不自动保存")
        self.autosave.setValue(self.settings.autosave_seconds)
        self.reviewer = QLineEdit(self.settings.reviewer_name)
        self.reviewer.setObjectName("prefReviewer")
        self.reviewer.setPlaceholderText("批注和修订稿上署的名字，如：王主任")
        self.speaking_rate = QSpinBox()
        self.speaking_rate.setObjectName("prefSpeakingRate")
        self.speaking_rate.setRange(60, 600)
        self.speaking_rate.setSuffix(" 字/分钟")
        self.speaking_rate.setToolTip("学习模式按此语速估算各部分讲话时长（常见 180–240）")
        self.speaking_rate.setValue(self.settings.speaking_rate)
        root = getattr(self.library, "location", None) or getattr(self.library, "root", None)
        current = f"当前打开的资料库：{root}\n" if root is not None else ""
        note = note_label(
            current + "资料库存放导入的文档、索引和自定义模板；更换位置后会打开新位置的资料库"
            "（不会移动原有文件）。\n自动保存把未保存的稿件写入恢复文件，异常退出后下次启动可以恢复。"
        )
        form = QFormLayout(page)
        form.addRow("资料库位置", row)
        form.addRow("", self.library_origin)
        form.addRow("团队资料库", self.team_library)
        form.addRow("", self.use_team)
        form.addRow("", self.team_origin)
        team_note = note_label(
            "密码不保存在 Drafter 里：写在 ~/.pgpass（或 pg_service.conf、系统钥匙串）中；"
            "加密连接等选项写在地址后面，如 ?sslmode=verify-full。"
        )
        form.addRow("", team_note)
        form.addRow("自动保存间隔", self.autosave)
        form.addRow("批注署名", self.reviewer)
        form.addRow("讲话语速", self.speaking_rate)
        form.addRow(note)
        return page

    def _show_team_in_use(self) -> None:
        """Show the team library the window has open when it came from ``--library`` or
        DRAFTER_LIBRARY rather than these settings: the field was empty and the box
        unticked while the window searched it. Its password, if the address carries one,
        is masked here and left out of the settings at 确定 (libpq finds it in ~/.pgpass
        or the keyring); 确定 with the field as shown keeps that library open. A team
        library the window tried and could not open (``team_tried``) is shown so too, the
        field focused: the head came from the banner's 首选项… to correct its address,
        and found the field empty."""
        spec = self._team_in_use
        if spec is None:
            return
        saved = "（不含密码）" if has_password(spec) else ""
        if self._team_failed:  # the head came from 首选项… on the banner, to correct it
            self._team_shown = describe_library(spec)
            self.team_library.setText(self._team_shown)
            self.use_team.setChecked(True)
            self.team_origin.setText(
                "这是刚才没能打开的团队资料库（原因在窗口上方）。改好地址后按「确定」，"
                f"会用新地址重新打开，并{saved}存为以后启动的默认；密码的问题请改 ~/.pgpass"
                " 或钥匙串，再按窗口上方的「重试」。"
            )
            self.team_origin.show()
            return
        if without_password(spec) == self.settings.library_spec():
            return
        self._team_shown = describe_library(spec)
        self.team_library.setText(self._team_shown)
        self.use_team.setChecked(True)
        self.team_origin.setText(
            f"这是本次启动时指定的团队资料库（--library 或 DRAFTER_LIBRARY）；按「确定」会把它{saved}"
            "存为以后启动的默认，取消勾选则改用上面的资料库位置。"
        )
        self.team_origin.show()

    def _show_local_failed(self) -> None:
        """Show the local library folder the window tried and could not open
        (``local_tried``) in the location field: the head came from the banner's 首选项… to
        choose another and found the field empty (a folder given by --library or
        DRAFTER_LIBRARY, or the default one, is in no setting). 确定 with another path opens
        that one; with this one, it is opened again and kept as the default."""
        path = self._local_failed
        if path is None:
            return
        self.library_dir.setText(path)
        self.use_team.setChecked(False)  # the folder is what the window opens on 确定
        self.library_origin.setText(
            "这是刚才没能打开的资料库文件夹（原因在窗口上方）。改成别的文件夹后按「确定」，"
            "会打开新位置的资料库并存为以后启动的默认；原文件夹修好后也可按窗口上方的「重试」。"
        )
        self.library_origin.show()

    def _dictionary_tab(self) -> QWidget:
        """The 用户词典 page: the library's own words for search (names, slogans), added or removed
        here."""
        page = QWidget()
        self.words = QListWidget()
        self.words.setObjectName("prefWords")
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words.addItems(self._initial_words)
        self.new_word = QLineEdit()
        self.new_word.setObjectName("prefNewWord")
        self.new_word.setPlaceholderText(
            "输入新词，如：放管服、最多跑一次（可用顿号或逗号分隔多个）"
        )
        self.new_word.returnPressed.connect(self.add_word)
        add = self.add_words_button = QPushButton("添加")
        add.clicked.connect(self.add_word)
        remove = self.remove_words_button = QPushButton("删除所选")
        remove.clicked.connect(self.remove_selected_words)
        row = QHBoxLayout()
        row.addWidget(self.new_word, 1)
        row.addWidget(add)
        row.addWidget(remove)
        why = read_only_reason(self.library)
        if self.library is None:
            text = "未打开资料库，无法编辑用户词典。"
        elif why:  # shown, not edited: an addition would only fail on 确定
            text = f"资料库是只读的（{why}），用户词典只能查看，不能修改。"
        else:
            text = (
                "用户词典让检索把这些词当作整体切分（如“放管服”不被拆开）。"
                "新增或删除的词在重建索引后生效（资料库 › 重建索引）。"
            )
        self._words_text = text  # what the page says once its words are shown
        self._words_editable = True
        self.words_note = note_label(text)
        self.words.setEnabled(self.library is not None)
        for widget in (self.new_word, add, remove):
            widget.setEnabled(self.library is not None and not why)
        layout = QVBoxLayout(page)
        layout.addWidget(self.words, 1)
        layout.addLayout(row)
        layout.addWidget(self.words_note)
        return page

    # -- helpers -----------------------------------------------------------------------------

    def _library_words(self) -> list[str]:
        """The library's user dictionary as it stands; empty, with a log line, when the library is
        busy or broken (the dialog must still open)."""
        if self.library is None:
            return []
        try:
            return list(self.library.words())
        except Exception as exc:  # a busy or broken library must not stop the dialog
            log.warning("cannot read the user dictionary: %s", exc)
            return []

    def _browse_library(self) -> None:
        """Choose the library folder with the system's folder dialog."""
        folder = file_dialogs.get_existing_directory(
            self, "选择资料库文件夹", self.library_dir.text()
        )
        if folder:
            self.library_dir.setText(folder)

    def set_house_style(self, name_or_path: str) -> None:
        """Select a house style, adding an entry for a style file not yet in the list so a user's
        own file shows by name.
        """
        self.house_style.select(name_or_path)

    def word_list(self) -> list[str]:
        """The user's dictionary words as listed."""
        return [self.words.item(i).text() for i in range(self.words.count())]

    def add_word(self) -> None:
        """Add the typed words (several may be separated by commas, 、 or spaces), skipping ones
        already listed.
        """
        import re

        existing = set(self.word_list())
        for word in re.split(r"[,，、;；\s]+", self.new_word.text()):
            if word and word not in existing:
                self.words.addItem(word)
                existing.add(word)
        self.new_word.clear()

    def remove_selected_words(self) -> None:
        """Remove the selected dictionary words."""
        for item in self.words.selectedItems():
            self.words.takeItem(self.words.row(item))

    def add_fallback_row(self, font: str, substitute: str) -> None:
        """Add one font substitution row to the 导出格式 page (:class:`ExportPage`)."""
        self.export_page.add_fallback_row(font, substitute)

    def _add_common_fallbacks(self) -> None:
        """填入常用替换 on the 导出格式 page (:meth:`ExportPage.add_common_fallbacks`)."""
        self.export_page.add_common_fallbacks()

    def fallback_map(self) -> dict[str, str]:
        """The font substitutions the 导出格式 page lists, as the settings keep them."""
        return self.export_page.fallback_map()

    def _show_error(self, text: str) -> None:
        """Show why the settings cannot be saved, in the dialog, or hide the line."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- applying ----------------------------------------------------------------------------

    def accept(self) -> None:
        """Qt override: check the library folder and team database address before closing, so a bad
        value is fixed here rather than failing at the next start.
        """
        library_dir = self.library_dir.text().strip()
        if library_dir and Path(library_dir).expanduser().is_file():
            self._show_error(f"资料库位置必须是文件夹：{library_dir}")
            return
        team = self.team_library.text().strip()
        if team and team == self._team_shown and self._team_in_use is not None:
            team = without_password(self._team_in_use)  # as shown: the library open now
        if team:
            from drafter.library import LibraryError, is_database_spec
            from drafter.library.pg.connect import check_settings_value

            if not is_database_spec(team):
                self._show_error(
                    f"团队资料库地址应以 postgresql:// 开头（或写 service=名称）：{team}"
                )
                return
            try:
                check_settings_value(team)
            except LibraryError as exc:
                self._show_error(str(exc))
                return
        elif self.use_team.isChecked():
            self._show_error("要使用团队资料库，请先填写它的地址")
            return
        style = self.house_style.chosen() or self.settings.house_style
        try:
            load_style(style)
        except StyleError as exc:
            self._show_error(f"默认导出版式无法使用：{describe(exc)}")
            return
        if off_thread(self.library):
            if self._word_changes() is not None:
                self._write_words(style, library_dir, team)  # 确定 goes on once they are in
                return
        elif not self._apply_words():
            return
        self._finish(style, library_dir, team)

    def reject(self) -> None:
        """Qt override: not while the dictionary is being written (it would be stored with
        the dialog gone and the other settings dropped)."""
        if self._writing:
            return
        super().reject()

    def _finish(self, style: str, library_dir: str, team: str) -> None:
        """Store the settings and close (the dictionary is in the library by now)."""
        before = self.settings.library_spec()
        if self._team_in_use is not None:  # what the window has open, wherever it came from
            before = without_password(self._team_in_use)
        self.settings.library_dir = library_dir
        self.settings.team_library = team
        self.settings.use_team_library = self.use_team.isChecked()
        self.library_dir_changed = self.settings.library_spec() != before
        self.settings.autosave_seconds = self.autosave.value()
        self.settings.reviewer_name = self.reviewer.text().strip()
        self.settings.speaking_rate = self.speaking_rate.value()
        self.settings.house_style = style
        self.settings.font_fallbacks = self.fallback_map()
        if self.settings_path is not None:
            try:
                self.settings.save(self.settings_path)
            except OSError as exc:
                self._show_error(f"设置无法保存：{describe(exc)}")
                return
        self.settings_applied.emit()
        super().accept()

    def _word_changes(self) -> tuple[list[str], list[str]] | None:
        """(added, removed) against the dictionary as read, None when nothing changed (or
        there is no library, or its words could not be read)."""
        if self.library is None or not self._words_editable:
            return None
        now = self.word_list()
        added = [w for w in now if w not in self._initial_words]
        removed = [w for w in self._initial_words if w not in now]
        return (added, removed) if added or removed else None

    @staticmethod
    def _store_words(library, added: list[str], removed: list[str]) -> bool | None:
        """Write the changes and say whether the index now needs rebuilding (None: the
        library could not say; the words are stored all the same)."""
        if added:
            library.add_words(added)
        if removed:
            library.remove_words(removed)
        try:
            return bool(library.needs_reindex())
        except Exception as exc:  # noqa: BLE001 - only the question after 确定 is lost
            log.warning("cannot tell whether the index follows the dictionary: %s", exc)
            return None

    def _apply_words(self) -> bool:
        """Write the dictionary's additions and removals to the library; False, with the reason
        shown, when the library refuses (the dialog then stays open)."""
        if self.library is None:
            return True
        added, removed = self._word_changes() or ([], [])
        try:
            self.reindex_due = self._store_words(self.library, added, removed)
        except Exception as exc:  # LibraryBusy, LibraryError, OSError: say so, keep the dialog
            self._show_error(f"用户词典无法保存：{describe(exc)}")
            return False
        self._initial_words = self.word_list()
        return True

    def _write_words(self, style: str, library_dir: str, team: str) -> None:
        """:meth:`_apply_words` for a team library, on a worker: the dialog holds its
        buttons and says so; then :meth:`_finish`, or the reason in the dialog."""
        added, removed = self._word_changes() or ([], [])
        now, library = self.word_list(), self.library
        self._show_error("")
        self._hold_words("正在保存用户词典…")
        self.buttons.setEnabled(False)
        self._writing = True

        def written(due: bool | None) -> None:
            self._writing = False
            self.buttons.setEnabled(True)
            self._initial_words = now
            self.reindex_due = due
            self._release_words(self._words_text)
            self._finish(style, library_dir, team)

        def failed(exc: BaseException) -> None:
            self._writing = False
            self.buttons.setEnabled(True)
            self._release_words(self._words_text)
            self._show_error(f"用户词典无法保存：{describe(exc)}")

        worker = Worker(lambda _t: self._store_words(library, added, removed), self)
        worker.finished.connect(written)
        worker.failed.connect(lambda _m, exc: failed(exc))
        worker.ended.connect(lambda: self._worker_ended(worker))
        self._worker = worker
        worker.start()
