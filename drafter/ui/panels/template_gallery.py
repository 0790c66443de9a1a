"""The template gallery: pick a structure, fill its parameters, see the outline, start a draft.

Templates come from :mod:`drafter.templating` (built-ins and the user's folder). Nothing a
template does can crash the gallery: an unreadable user template is listed as a problem,
a render error is shown under the preview, and "创建草稿" waits until it renders (the
template shown, its preview and the draft made from it:
:mod:`~drafter.ui.panels.template_preview`).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.drafts.model import Draft
from drafter.templating import (
    TemplateError,
    TemplateInfo,
    list_templates,
    save_user_template,
    template_from_document,
)
from drafter.templating.messages_zh import explain
from drafter.ui.errors import describe
from drafter.ui.panels.template_params import ListEditor, ParamForm
from drafter.ui.panels.template_preview import (
    USER_MARK,
    TemplatePreview,
    echoes_title,
    message_details,
)
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate

ALL = "全部模板"
MINE = "我的模板"
PREVIEW_DELAY_MS = 200


def _ancestors(widget: QWidget | None, top: QWidget) -> list[QWidget]:
    """``widget`` and its parents up to (not including) ``top``."""
    out: list[QWidget] = []
    while widget is not None and widget is not top:
        out.append(widget)
        widget = widget.parentWidget()
    return out


class TemplateGallery(TemplatePreview, QWidget):
    """Categories, templates, parameter form, live outline preview and "创建草稿".

    ``user_dir`` is the library's ``templates/`` folder (None: built-ins only).

    Signals:
        draft_created(object): a Draft rendered from the chosen template and values.
        status_message(str): a short message for the status bar.
    """

    draft_created = Signal(object)
    status_message = Signal(str)

    def __init__(self, user_dir: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templateGallery")
        self.user_dir = Path(user_dir) if user_dir else None
        self._templates: list[TemplateInfo] = []
        self._seen: tuple = ()  # the templates folder as last read (see showEvent)
        self._draft: Draft | None = None
        self._values_by_template: dict[str, dict] = {}  # what the writer typed, per template
        self._shown_name: str | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build_ui()
        self.reload()

    # -- construction ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        # a drop-down list of categories over the templates: the gallery often lives in a
        # narrow dock, where a column of categories would squeeze everything else
        self.categories = QComboBox()
        self.categories.setObjectName("templateCategories")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("筛选模板（名称、场合、说明）")
        self.filter.setClearButtonEnabled(True)
        self.templates = QListWidget()
        self.templates.setObjectName("templateList")
        self.templates.setWordWrap(True)
        # in a narrow column a long name wraps (数字递进：一个原则、两个畅通、三多、四勤、五坚持
        # took three lines) and its last line read as the start of the next template: a gap
        # and alternating shades keep each name one block
        self.templates.setSpacing(2)
        self.templates.setAlternatingRowColors(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color:#a61c00")
        self.problems.hide()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        category_row = QHBoxLayout()
        category_row.addWidget(QLabel("分类"))
        category_row.addWidget(self.categories, 1)
        middle_layout.addLayout(category_row)
        middle_layout.addWidget(self.filter)
        middle_layout.addWidget(self.templates, 1)
        middle_layout.addWidget(self.problems)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold")
        self.heading.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.form = ParamForm()
        self.form.values_changed.connect(self._schedule_preview)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll = form_scroll
        self.preview = QTreeWidget()
        self.preview.setObjectName("templatePreview")
        self.preview.setHeaderLabels(["提纲预览", "示例表述"])
        self.preview.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setRootIsDecorated(False)
        # long headings wrap instead of being cut to a few characters; the tooltip
        # holds the whole heading and its hint
        self.preview.setItemDelegate(WrappingDelegate(self.preview))
        self.error = QLabel()
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a61c00")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.create_button = QPushButton("创建草稿")
        self.create_button.setObjectName("createDraftButton")
        # setDefault does nothing outside a dialog: Enter is caught in keyPressEvent
        self.create_button.setToolTip("按所选模板和参数新建草稿（在模板列表或参数框中按回车）")
        self.create_button.clicked.connect(self.create_draft)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.description)
        right_layout.addWidget(form_scroll)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([220, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.categories.currentIndexChanged.connect(lambda _index: self._fill_templates())
        self.filter.textChanged.connect(lambda _text: self._fill_templates())
        self.templates.currentItemChanged.connect(lambda item, _prev: self._show_template(item))
        self.templates.itemDoubleClicked.connect(lambda _item: self.create_draft())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Qt override: Enter creates the draft, as in a dialog: a writer who picked a
        template with the arrow keys or typed its 标题 pressed Enter and nothing happened
        (the button's default flag works only in a dialog; the list and the fields pass
        Enter up here). Enter in the filter goes to the list instead, and a list parameter
        (三个方面's points) keeps Enter to itself."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        focus = self.focusWidget()  # the child Enter came from (the window may be inactive)
        if focus is self.filter:
            self.templates.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not any(isinstance(w, ListEditor) for w in _ancestors(focus, self)):
            self.create_draft()
        event.accept()

    # -- loading -----------------------------------------------------------------------------

    def set_user_dir(self, user_dir: str | Path | None) -> None:
        """The library moved: list the templates of its ``templates/`` folder."""
        self.user_dir = Path(user_dir) if user_dir else None
        self.reload()

    def _folder_state(self) -> tuple:
        """What the user's templates folder holds now (each file's name, time and size)."""
        folder = self.user_dir
        try:
            if folder is None or not folder.is_dir():
                return ()
            return tuple(
                sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir())
            )
        except OSError:
            return ()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Shown again (the 模板 tab, 从模板新建): read the templates again when the folder
        changed meanwhile. A template made with ``drafter template from`` or copied in from
        a colleague while the app was open was not listed until a restart."""
        super().showEvent(event)
        if self._folder_state() != self._seen:
            self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the templates again (after a user template was added or changed)."""
        self._seen = self._folder_state()
        errors: list[str] = []
        try:
            self._templates = list_templates(self.user_dir, errors=errors)
        except TemplateError as exc:  # a broken built-in: still show the rest of the UI
            self._templates, errors = [], [str(exc)]
        if errors:
            said = [explain(e, self.user_dir) for e in errors]
            self.problems.setText(
                "以下自定义模板无法读取，已跳过：\n" + "\n".join(m.text for m in said)
            )
            self.problems.setToolTip(message_details(said))
        self.problems.setVisible(bool(errors))
        current = select or self.current_name()
        cats = list(dict.fromkeys(t.category or "其他" for t in self._templates))
        self.categories.blockSignals(True)
        self.categories.clear()
        mine = [MINE] if any(not t.builtin for t in self._templates) else []
        self.categories.addItems([ALL, *cats, *mine])
        self.categories.setCurrentIndex(0)
        self.categories.blockSignals(False)
        self._fill_templates(current)

    def template_infos(self) -> list[TemplateInfo]:
        """Every template the gallery lists (shipped and the user's), as loaded."""
        return list(self._templates)

    def current_info(self) -> TemplateInfo | None:
        """The selected template, or None when the list is empty or filtered to nothing."""
        item = self.templates.currentItem()
        if item is None:
            return None
        name = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self._templates if t.name == name), None)

    def current_name(self) -> str | None:
        """Name of the selected template, or None: what a refill of the list (a template
        added or changed, a filter typed) selects again, so the user stays where they were."""
        info = self.current_info()
        return info.name if info else None

    def category_names(self) -> list[str]:
        """The category choices as shown, "all" first: the names :meth:`select_category`
        accepts."""
        return [self.categories.itemText(i) for i in range(self.categories.count())]

    def select_category(self, name: str) -> bool:
        """Show one category; False when no template has it."""
        names = self.category_names()
        if name not in names:
            return False
        self.categories.setCurrentIndex(names.index(name))
        return True

    def select_template(self, name: str) -> bool:
        """Select a template by name, clearing the category and filter first so it is visible; False
        when unknown.
        """
        self.categories.setCurrentIndex(0)
        self.filter.clear()
        for row in range(self.templates.count()):
            if self.templates.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.templates.setCurrentRow(row)
                return True
        return False

    def _visible(self) -> list[TemplateInfo]:
        category = self.categories.currentText() or ALL
        needle = self.filter.text().strip()
        out = []
        for t in self._templates:
            if category == MINE and t.builtin:
                continue
            if category not in (ALL, MINE) and (t.category or "其他") != category:
                continue
            haystack = " ".join([t.name, t.title, t.occasion, t.description])
            if needle and needle not in haystack:
                continue
            out.append(t)
        return out

    def _fill_templates(self, select: str | None = None) -> None:
        select = select or self.current_name()
        self.templates.blockSignals(True)
        self.templates.clear()
        shown = self._visible()
        # two templates made from one speech share its title (仿《…》结构): their names, which
        # the writer chose, tell them apart where the titles alone listed the same line twice
        twice = {k for k, n in Counter(t.title or t.name for t in shown).items() if n > 1}
        for t in shown:
            label = t.title or t.name
            named = label in twice or not echoes_title(t.name, label)
            mine = f"自定义：{t.name}" if named and label != t.name else "自定义"
            item = QListWidgetItem(label if t.builtin else f"{USER_MARK} {label}（{mine}）")
            item.setData(Qt.ItemDataRole.UserRole, t.name)
            tip = t.description or ""
            if not t.builtin:
                tip = f"自定义模板：{t.path}\n{tip}"
            item.setToolTip(tip)
            self.templates.addItem(item)
        self.templates.blockSignals(False)
        row = 0
        for i in range(self.templates.count()):
            if self.templates.item(i).data(Qt.ItemDataRole.UserRole) == select:
                row = i
        if self.templates.count():
            # setCurrentRow shows the template through currentItemChanged unless the row is
            # current already (the list made it so on the first insert): show it then alone.
            # Calling _show_template after it as well rendered every preview twice (each in
            # the template worker process): at every start of the app and every refill
            already = self.templates.currentRow() == row
            self.templates.setCurrentRow(row)
            if already:
                self._show_template(self.templates.currentItem())
        else:
            self._show_template(None)

    # -- templates from documents ------------------------------------------------------------

    def save_document_as_template(self, document, name: str | None = None) -> Path | None:
        """Turn a library document's outline into a user template ("存为模板" in the reader).

        Asks for a name when none is given. Errors are reported by ``status_message`` and a
        None return, never raised: the reader calls this from a menu.
        """
        if self.user_dir is None:
            self.status_message.emit("没有资料库模板文件夹，无法保存模板")
            return None
        if name is None:
            suggested = (getattr(document, "metadata", None) and document.metadata.title) or ""
            name, ok = QInputDialog.getText(self, "存为模板", "模板名称：", text=suggested[:40])
            if not ok or not name.strip():
                return None
        name = name.strip()
        try:
            # the speech's skeleton to write a new one on: its headings to edit, bodies to
            # fill and a title of the writer's own (the draft came as …… under the old title)
            source = template_from_document(document, name, own_defaults=False, keep_headings=True)
            path = save_user_template(source, name, self.user_dir)
        except TemplateError as exc:
            self.status_message.emit(f"无法保存模板：{describe(exc)}")
            return None
        self.reload(select=name)
        self.status_message.emit(f"已保存为模板“{name}”")
        return path
