"""The export dialog: Word (公文格式 or a house style), Markdown or plain text.

The export itself is :func:`drafter.export.export_draft`, run on a worker thread so a long
draft never freezes the window. Errors (a bad style file, a locked output file) are shown
in the dialog as one line, and the dialog stays open so the writer can fix them. With
检查排版 ticked, a Word file is then rendered with LibreOffice on a worker
(:mod:`drafter.export.render_check`) and the report — pages, missing characters, fonts
that are not installed and what replaced them, or that the check was skipped — is shown
in the dialog before it closes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.drafts.model import Draft
from drafter.export import (
    ExportError,
    StyleError,
    export_draft,
    load_style,
    refuse_overwriting_sources,
)
from drafter.export.docx_geometry import top_shift_mm
from drafter.export.render_check import RenderReport, find_soffice, iter_render_check
from drafter.export.style import Style
from drafter.settings import Settings
from drafter.ui import file_dialogs
from drafter.ui.dialogs.review_precheck import PreExportCheck
from drafter.ui.dialogs.style_box import StyleBox
from drafter.ui.errors import describe
from drafter.ui.screen_fit import grow_to_content
from drafter.ui.widgets.ask_before import ask_before
from drafter.ui.widgets.note_label import note_label
from drafter.ui.widgets.ok_cancel import ok_cancel
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

# (format id, label, suffix)
FORMATS = (
    ("docx", "Word 文档（.docx）", ".docx"),
    ("md", "Markdown（.md）", ".md"),
    ("txt", "纯文本（.txt）", ".txt"),
)


def safe_file_name(title: str) -> str:
    """A file name from a draft title: no path separators or characters Windows refuses."""
    name = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in title).strip()
    return name[:80] or "未命名稿件"


def style_with_fallbacks(style: Style, fallbacks: dict[str, str]) -> Style:
    """``style`` with the user's font fallbacks (方正小标宋简体 → 华文中宋 …) in force.

    Only the fonts the user listed are replaced; the style's own fallback table is not
    switched on for the others (with ``use_fallbacks`` every listed font would be).
    """
    chosen = {font: sub for font, sub in fallbacks.items() if font and sub}
    if not chosen:
        return style
    style.fallbacks = {
        font: [sub, *[f for f in style.fallbacks.get(font, []) if f != sub]]
        for font, sub in chosen.items()
    }
    style.use_fallbacks = True
    return style


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (either may not exist yet)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class ExportDialog(QDialog):
    """Choose format, style and file; export on a worker; optionally open the folder.

    Signals:
        exported(object): the file was written (its Path).
    """

    exported = Signal(object)

    def __init__(
        self,
        draft: Draft,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        source: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("导出稿件")
        self.setMinimumWidth(560)
        self.draft = draft
        self.settings = settings or Settings()
        self._source = source
        self._worker: Worker | None = None
        self.result_path: Path | None = None
        self._build_ui()
        self._fill_styles()
        self._suggest_path()

    # -- construction ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        """Lay out the dialog: format, layout style with its description, path, the Word-only
        options (font fallbacks, check, comments) and the buttons."""
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for fmt, label, _suffix in FORMATS:
            self.format.addItem(label, fmt)
        self.style = StyleBox()
        self.style.setObjectName("exportStyle")
        self.style_note = note_label()
        self.fallbacks = QCheckBox("使用首选项中的字体替换表（本机缺少公文字体时）")
        self.fallbacks.setObjectName("exportFallbacks")
        self.fallbacks.setChecked(bool(self.settings.font_fallbacks))
        self.fallbacks.setEnabled(bool(self.settings.font_fallbacks))
        if not self.settings.font_fallbacks:
            # Greyed out without a word of why would leave the writer guessing.
            self.fallbacks.setText(
                "使用字体替换表（尚未设置：在「文件 › 首选项 › 导出格式」中填写）"
            )
            self.fallbacks.setToolTip("字体替换表在「文件 › 首选项 › 导出格式」中设置")
        self.check = QCheckBox("导出后检查排版（用 LibreOffice 排出全文，核对缺字和字体）")
        self.check.setObjectName("exportRenderCheck")
        if find_soffice() is None:
            self.check.setToolTip("本机未安装 LibreOffice：检查会跳过并说明原因")
        self.check.setChecked(self.settings.export_check)
        self.indent = QCheckBox("段首空两格")
        # The office head's choices (issue 10): comments as Word comments, or the outline only.
        count = len(self.draft.comments)
        self.comments = QCheckBox(f"包含批注（{count} 条，在 Word/WPS 页边显示）")
        self.comments.setObjectName("exportComments")
        self.comments.setChecked(count > 0)
        self.comments.setVisible(count > 0)
        self.outline_only = QCheckBox("只导出提纲（标题和序号，尽量排在一页）")
        self.outline_only.setObjectName("exportOutlineOnly")
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton("浏览…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.folder_not_opened = False
        self.open_folder = QCheckBox("导出后打开所在文件夹")
        self.open_folder.setObjectName("exportOpenFolder")
        self.open_folder.setChecked(self.settings.export_open_folder)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a61c00")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.report = QPlainTextEdit()
        self.report.setObjectName("exportReport")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(180)
        self.report.hide()
        self.check_worker: Worker | None = None
        self.check_report: RenderReport | None = None
        self.top_shift_mm = 0.0  # how far the last export moved the type area up

        form = QFormLayout()
        form.addRow("格式", self.format)
        form.addRow("版式", self.style)
        form.addRow("", self.style_note)
        form.addRow("", self.fallbacks)
        form.addRow("", self.indent)
        form.addRow("", self.comments)
        form.addRow("", self.outline_only)
        form.addRow("", self.check)
        form.addRow("保存到", path_row)
        form.addRow("", self.open_folder)

        self.buttons = ok_cancel(self, "导出", self.start_export)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setObjectName("exportConfirmButton")

        title = self.draft.meta.title or "未命名稿件"
        heading = QLabel(f"导出“{title}”")
        heading.setStyleSheet("font-weight: bold")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        lists = getattr(self.parent(), "review_lists", None)  # the office's, via the editor
        self.precheck = PreExportCheck(self.draft, self, lists)  # errors and placeholders left
        layout.addWidget(self.precheck)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.style.currentIndexChanged.connect(lambda _i: self._describe_style())
        self._on_format_changed()

    def _fill_styles(self) -> None:
        """The layout styles offered: the shipped ones, the house style of the Preferences, and a
        choice of one's own .toml file (:class:`~drafter.ui.dialogs.style_box.StyleBox`)."""
        self.style.fill(self.settings.house_style)
        self._describe_style()

    def _describe_style(self) -> None:
        """Show what the chosen style prints (fonts, sizes, margins), or why it cannot be read,
        under the list."""
        value = self.style.chosen()
        if value is None:
            self.style_note.setText("")
            return
        try:
            style = load_style(value)
        except StyleError as exc:
            self.style_note.setText(f"样式无法读取：{describe(exc)}")
            return
        self.style_note.setText(
            f"正文 {style.body.font} {style.body.size_pt:g} 磅；标题 {style.title.font}；"
            f"页边距 上{style.margin_top_mm:g} 下{style.margin_bottom_mm:g} "
            f"左{style.margin_left_mm:g} 右{style.margin_right_mm:g} 毫米"
        )

    # -- choices -----------------------------------------------------------------------------

    def current_format(self) -> str:
        """The chosen export format key (``docx``, ``md`` ...)."""
        return self.format.currentData()

    def set_format(self, fmt: str) -> None:
        """Preselect a format by key, e.g. the one used last time."""
        self.format.setCurrentIndex(self.format.findData(fmt))

    def current_style(self) -> str | None:
        """The chosen house style (name or file), or None while the "choose a file" entry is
        selected.
        """
        return self.style.chosen()

    def set_style(self, name_or_path: str) -> None:
        """Choose a built-in style by name or a .toml file (added to the list)."""
        self.style.select(name_or_path)

    def _suffix(self) -> str:
        """The file suffix of the chosen format (.docx, .md, .txt)."""
        return next(s for f, _label, s in FORMATS if f == self.current_format())

    def _suggest_path(self) -> None:
        """Propose a file with the format's suffix, named after the title, else after the
        file the draft was opened from. A draft opened from a writer's file goes in its own
        folder (where it is saved, else where that file lies, as 导出修订稿 does); any other
        in the last export folder, else the draft's, else home. An office head's export of
        李主任批注.docx, opened and not saved, was proposed as ~/未命名稿件.docx (or in the
        folder of whatever was exported last, another writer's). The writer's own file is
        never proposed: its name gets （审阅）."""
        from drafter.drafts.open_any import draft_folder

        source = getattr(self.draft, "source", None) or ""
        own = draft_folder(self._source, source) if source else ""
        folder = (
            own
            or self.settings.last_export_dir
            or (str(self._source.parent) if self._source else str(Path.home()))
        )
        title = self.draft.meta.title
        name = safe_file_name(title) if title.strip() or not source else Path(source).stem
        path = Path(folder) / f"{name}{self._suffix()}"
        if source and _same_file(path, Path(source)):
            path = path.with_name(f"{name}（审阅）{self._suffix()}")
        self.path.setText(str(path))

    def _on_format_changed(self) -> None:
        """Show only the options of the chosen format (style, fallbacks, check and comments are
        Word's; the indent is plain text's) and fix the path's suffix."""
        is_docx = self.current_format() == "docx"
        self.style.setEnabled(is_docx)
        self.style_note.setVisible(is_docx)
        self.fallbacks.setVisible(is_docx)
        self.check.setVisible(is_docx)
        self.indent.setVisible(self.current_format() == "txt")
        self.comments.setVisible(is_docx and bool(self.draft.comments))
        text = self.path.text().strip()
        if text:
            path = Path(text)
            known = {s for _f, _l, s in FORMATS}
            stem = path.with_suffix("") if path.suffix.lower() in known else path
            self.path.setText(str(stem) + self._suffix())

    def _browse(self) -> None:
        """Let the user choose where to save; the format follows the chosen suffix."""
        filters = ";;".join(f"{label} (*{suffix})" for _f, label, suffix in FORMATS)
        path, _ = file_dialogs.get_save_file_name(self, "导出到", self.path.text(), filters)
        if path:
            self.path.setText(path)
            self._on_format_changed()

    def _confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing an existing file (默认：否): an export never silently overwrites a file
        the user may have edited in Word."""
        return ask_before(self, "文件已存在", f"{path.name} 已存在，是否替换？")

    # -- exporting ---------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        """Show a problem in the dialog itself (the user fixes the path and tries again), or hide
        the line."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            grow_to_content(self)

    def start_export(self) -> Worker | None:
        """Check the choices, then export on a worker; returns the worker (None if refused)."""
        self._show_error("")
        text = self.path.text().strip()
        if not text:
            self._show_error("请填写导出文件的位置和名称。")
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != self._suffix():
            path = path.with_name(path.name + self._suffix())
            self.path.setText(str(path))
        if path.is_dir():
            self._show_error(f"这是一个文件夹，请写上文件名：{path}")
            return None
        if not path.parent.is_dir():
            self._show_error(f"文件夹不存在：{path.parent}")
            return None
        try:  # the file the draft was read from (or is saved as) is refused, not "replaced?"
            refuse_overwriting_sources(path, [self.draft.source, self._source], option=None)
        except ExportError as exc:
            self._show_error(describe(exc))
            return None
        if path.exists() and not self._confirm_overwrite(path):
            return None
        fmt = self.current_format()
        style = None
        if fmt == "docx":
            try:
                style = load_style(self.current_style())
            except StyleError as exc:
                self._show_error(f"样式无法使用：{describe(exc)}")
                return None
            if self.fallbacks.isChecked():
                style = style_with_fallbacks(style, self.settings.font_fallbacks)
        draft = Draft.from_json(self.draft.to_json())  # the worker gets its own copy
        indent = self.indent.isChecked()
        options = {
            "comments": self.comments.isChecked(),
            "outline_only": self.outline_only.isChecked(),
        }
        # the check after export judges the page number against the type area this style
        # names (compensate_top_margin moves the area up, the page number stays)
        self.top_shift_mm = top_shift_mm(style)
        self._set_busy(True)
        worker = Worker(
            lambda _token: export_draft(draft, path, fmt, style, indent=indent, **options), self
        )
        worker.finished.connect(self._on_exported)
        worker.failed.connect(self._on_failed)
        worker.ended.connect(lambda: self._set_busy(False))
        self._worker = worker
        worker.start()
        return worker

    def _set_busy(self, busy: bool) -> None:
        """While the export runs on its worker: the progress shown, the inputs that would change it
        disabled."""
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.format.setEnabled(not busy)
        self.path.setEnabled(not busy)

    def _on_exported(self, path: Path) -> None:
        """The file is written: remember its folder for next time, tell the window, open the folder
        when asked (and say so when the system cannot), and check the layout when asked."""
        self.result_path = Path(path)
        self.settings.last_export_dir = str(self.result_path.parent)
        self.settings.export_check = self.check.isChecked()
        self.settings.export_open_folder = self.open_folder.isChecked()
        self.exported.emit(self.result_path)
        if self.open_folder.isChecked():
            folder = self.result_path.parent
            # False when the system has no file manager to hand the folder to: say so
            # (the export itself succeeded) rather than appear to ignore the tick.
            self.folder_not_opened = not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if self.check.isChecked() and self.result_path.suffix.lower() == ".docx":
            self.start_check(self.result_path)
            return
        self.accept()

    def start_check(self, path: Path) -> Worker:
        """Render ``path`` with LibreOffice on a worker and show the report here; the
        dialog stays open (关闭 closes it, and stops a check still running)."""
        self._set_busy(True)
        self.export_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("关闭")
        self.report.show()
        self.report.setPlainText(f"已导出：{path}\n正在检查排版…")
        grow_to_content(self)
        shift = self.top_shift_mm
        worker = Worker(lambda _token: iter_render_check(path, top_shift_mm=shift), self)
        worker.progressed.connect(self._on_check_progress)
        worker.finished.connect(self._on_checked)
        worker.failed.connect(self._on_failed)
        worker.ended.connect(lambda: self.progress.hide())
        self.check_worker = worker
        worker.start()
        return worker

    def _on_check_progress(self, item: object) -> None:
        """Progress of the layout check after export, shown under the file's name."""
        if isinstance(item, str):
            self.report.setPlainText(f"已导出：{self.result_path}\n{item}")

    def _on_checked(self, report: object) -> None:
        """What the LibreOffice rendering of the exported file showed (pages, characters, or why
        it was skipped), under the file's name, kept for the caller."""
        if not isinstance(report, RenderReport):
            return
        self.check_report = report
        self.report.setPlainText("\n".join([f"已导出：{self.result_path}", *report.lines()]))

    def _on_failed(self, _message: str, error: object) -> None:
        """An export that failed: one Chinese line in the dialog, nothing half-written (exports are
        atomic)."""
        text = describe(error) if isinstance(error, BaseException) else str(error)
        self._show_error(f"导出失败：{text}")

    def reject(self) -> None:
        """Qt override: Esc cannot close the dialog while the file is being written (the outcome
        would be hidden); during the render check it stops the check and closes as a success.
        """
        if self._worker is not None and self._worker.running:
            return  # the file is being written; closing now would hide the outcome
        if self.check_worker is not None:
            if self.check_worker.running:
                self.check_worker.cancel()  # stops LibreOffice; the file is written
            super().accept()  # the export itself succeeded
            return
        super().reject()
