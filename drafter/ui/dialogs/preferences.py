"""Preferences: library location, user dictionary, house style, font fallbacks, autosave.

Changes are applied only on 确定: settings are written to their file (when a path is
given) and dictionary words go to the library, which uses them from the next re-index.

A team library's dictionary is read on a worker when the dialog opens (the list says
正在读取… and holds its buttons until it comes), and 确定 writes the words there too,
with whether the index then needs rebuilding (:attr:`PreferencesDialog.reindex_due`): on a
slow network each was a round trip on the window's thread (the page and its reads and
writes: :mod:`~drafter.ui.dialogs.preferences_words`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from drafter.ui.dialogs.preferences_words import DictionaryPage
from drafter.ui.dialogs.review_lists import ReviewListsPage
from drafter.ui.errors import describe
from drafter.ui.library_reads import off_thread
from drafter.ui.read_only import read_only_reason
from drafter.ui.widgets.note_label import note_label
from drafter.ui.widgets.ok_cancel import ok_cancel
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)


class PreferencesDialog(DictionaryPage, QDialog):
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

    # -- helpers -----------------------------------------------------------------------------

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
