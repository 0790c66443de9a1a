"""The panes around the draft text: metadata strip, writing hint, provenance list, counts.

They only display and report; the editor panel decides what the reports change.
"""

from __future__ import annotations

import html
from pathlib import PurePath

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import book_title
from drafter.drafts.dates import date_problem
from drafter.drafts.model import DraftMeta, DraftParagraph, Provenance
from drafter.study.stats import spoken_for
from drafter.ui.shortcuts import bring_forward

CHARS_PER_MINUTE = 220
ADOPT_LINK = "drafter:adopt-example"

# (field, label, placeholder) of the metadata strip, in display order. Each label has an
# Alt+letter (标题(&T): Alt+T puts the keyboard in the title from anywhere in the window), as
# the menus have (文件(&F)…): an opened draft's title was a dozen Shift+Tabs away. The letters
# are none of the menus' (F E V R L H), and no other shortcut of the window uses Alt+letter.
# The placeholders are short enough to stand whole in their boxes at a 1440x900 window
# (讲话稿标题，如：…, 可不填；印在标题下，前加破折号 and YYYY-MM-DD were cut short there; the
# clear button keeps its room even while hidden). Boxes sized to their hints instead would
# widen the draft's dock past the window's three columns.
META_FIELDS = (
    ("title", "标题(&T)", "如：在全市安全生产工作会议上的讲话"),
    ("subtitle", "副标题(&U)", "可不填，印在标题下"),
    ("speaker", "讲话人(&S)", "如：张三"),
    ("post", "职务(&P)", "如：副市长"),
    ("date", "日期(&D)", "年-月-日"),
    ("occasion", "场合(&O)", "如：全市安全生产工作会议"),
)


def speaking_time(chars: int, rate: int = CHARS_PER_MINUTE) -> str:
    """Estimated speaking time at ``rate`` 字 a minute (220 unless Preferences say another),
    as every view writes it (:func:`drafter.study.stats.spoken`)."""
    return spoken_for(chars, rate)


class MetaStrip(QWidget):
    """Title, subtitle, speaker, post, date and occasion of the draft: every field of the title
    block has its box, so each can be typed and commented on where it is seen.

    A date that cannot exist (2025-02-30) is refused: the field turns red with the
    reason under it, the draft keeps its last possible date, and leaving the field puts
    that date back — an impossible date under a title is the error nobody sees in time.

    Signals:
        field_edited(str, str): the user typed in a field (field name, new value).
    """

    field_edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self._captions: dict[str, QLabel] = {}
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        for name, label, placeholder in META_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"draftMeta_{name}")
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            edit.textEdited.connect(lambda text, n=name: self._on_edited(n, text))
            self.edits[name] = edit
            caption = QLabel(label)
            caption.setBuddy(edit)
            edit.installEventFilter(self)  # its Alt+letter brings the draft's dock forward
            self._captions[name] = caption
        self.date_error = QLabel()
        self.date_error.setObjectName("draftMetaDateError")
        self.date_error.setStyleSheet("color:#a61c00")
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        self._good_date = ""
        self.edits["date"].editingFinished.connect(self._restore_good_date)
        self.compact: bool | None = None
        self.set_compact(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        """Qt override: a field given the keyboard by its Alt+letter while the draft's dock is
        behind another dock's tab (1280x720: 阅读, 草稿, 模板 share one place) brings the dock
        forward; the title had the keyboard unseen, and typing changed it blind."""
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() == Qt.FocusReason.ShortcutFocusReason
            and isinstance(watched, QWidget)
        ):
            bring_forward(watched)
        return super().eventFilter(watched, event)

    def _on_edited(self, name: str, text: str) -> None:
        if name == "date":
            problem = date_problem(text)
            self._show_date_problem(problem)
            if problem:
                return  # refused: the draft keeps its last possible date
            self._good_date = text
        self.field_edited.emit(name, text)

    def _show_date_problem(self, problem: str | None) -> None:
        edit = self.edits["date"]
        edit.setStyleSheet("QLineEdit { border: 1px solid #a61c00; }" if problem else "")
        self.date_error.setText(f"日期不存在：{problem}" if problem else "")
        self.date_error.setVisible(bool(problem))

    def _restore_good_date(self) -> None:
        edit = self.edits["date"]
        if date_problem(edit.text()):
            edit.setText(self._good_date)
            self._show_date_problem(None)

    # Rows of (field, share of the row's width its box gets). Wide: the subtitle beside the
    # title, the four short fields on one row. Compact (a narrow dock): the title alone (it is
    # long), subtitle and occasion (both long) halves of a row, then the three short fields;
    # three rows as before the subtitle had a box, so the text keeps its height at 1280x720.
    # Each row shares out its own width (a grid would make the subtitle as narrow as the
    # column it shares with a short field below it).
    _WIDE_ROWS = (
        (("title", 3), ("subtitle", 2)),
        (("speaker", 2), ("post", 3), ("date", 2), ("occasion", 3)),
    )
    _COMPACT_ROWS = (
        (("title", 1),),
        (("subtitle", 1), ("occasion", 1)),
        (("speaker", 2), ("post", 3), ("date", 2)),
    )

    def set_compact(self, compact: bool) -> None:
        """Lay the fields out for a wide panel or a narrow dock (see the rows above)."""
        if compact == self.compact:
            return
        self.compact = compact
        while self._rows.count():  # take the rows apart; the widgets stay, re-placed below
            item = self._rows.takeAt(0)
            row = item.layout()
            if row is not None:
                while row.count():
                    row.takeAt(0)
                row.deleteLater()
        first = max(self._captions[n].sizeHint().width() for n in ("subtitle", "speaker"))
        for fields in self._COMPACT_ROWS if compact else self._WIDE_ROWS:
            row = QHBoxLayout()
            row.setSpacing(6)
            for i, (name, share) in enumerate(fields):
                caption = self._captions[name]
                # the first captions of the rows as wide as the widest, so the boxes line up
                caption.setMinimumWidth(first if i == 0 else 0)
                row.addWidget(caption)
                row.addWidget(self.edits[name], share)
            self._rows.addLayout(row)
        self._rows.addWidget(self.date_error)

    def show_meta(self, meta: DraftMeta) -> None:
        """Show ``meta`` in the fields (a field being typed in keeps its text). A value longer
        than its box shows its beginning, not its end (场合 read “区办公室主任暨…培训会议”,
        its first words cut off); the tooltip stays the comments' (office.py)."""
        self._good_date = meta.date
        for name, edit in self.edits.items():
            value = getattr(meta, name)
            if edit.text() != value:
                edit.setText(value)
                if not edit.hasFocus():
                    edit.setCursorPosition(0)


class HintPane(QTextBrowser):
    """The writing hint and example phrasing of the current node: read only, never text.

    Signals:
        example_adopted(str): the writer chose to use the example as the heading.
    """

    example_adopted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftHint")
        self.setOpenLinks(False)
        self.setMinimumWidth(160)
        self._example = ""
        self.anchorClicked.connect(self._on_anchor)
        self.show_hint("", "", "")

    def _on_anchor(self, url) -> None:
        if url.toString() == ADOPT_LINK and self._example:
            self.example_adopted.emit(self._example)

    def show_hint(self, heading: str, hint: str, example: str, *, adopt: str = "") -> None:
        """``adopt`` is the label of a link that takes the example over (用作本节标题 for a
        heading, 插入到正文 for an opening or closing); empty for none."""
        can_adopt = bool(adopt and example)
        self._example = example if can_adopt else ""
        parts = ["<h4 style='margin:0'>写作提示</h4>"]
        if heading:
            parts.append(f"<p style='color:#555'>{html.escape(heading)}</p>")
        if hint:
            parts.append(f"<p>{_html_lines(hint)}</p>")
        if example:
            parts.append("<h4 style='margin:8px 0 0 0'>示例</h4>")
            parts.append(f"<p style='color:#0b5394'>{_html_lines(example)}</p>")
            if can_adopt:
                parts.append(f"<p><a href='{ADOPT_LINK}'>{html.escape(adopt)}</a>（可撤销）</p>")
        if not hint and not example:
            parts.append(
                "<p style='color:#777'>本节没有写作提示。从模板创建的稿件会在这里给出"
                "每一节的写法和示例表述；提示只供参考，不会进入正文和导出文件。</p>"
            )
        self.setHtml("".join(parts))


def _html_lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


def describe_provenance(prov: Provenance) -> str:
    """One line naming a source: 《title》（date）· heading path."""
    if prov.title:
        title = book_title(prov.title)
    elif prov.path:  # a document without a title: its file name, as the search list shows
        title = book_title(PurePath(prov.path).name)
    else:
        title = f"文档 {prov.document_id}"
    date = f"（{prov.date}）" if prov.date else ""
    path = " › ".join(s for s in prov.section if s)
    return f"{title}{date}" + (f" · {path}" if path else "")


class ProvenancePane(QWidget):
    """Where the borrowed paragraphs of the current node come from, with 打开出处.

    Signals:
        open_requested(str, int): open a source (document id, paragraph index).
        paragraph_chosen(int): the user picked the entry of the node's N-th paragraph.
    """

    open_requested = Signal(str, int)
    paragraph_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftProvenance")
        self.list = QListWidget()
        self.list.setObjectName("draftProvenanceList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(
            "本节没有引用资料库中的段落。在检索结果上按 Ctrl+Enter，或把结果拖到提纲或正文中，"
            "插入的段落会在这里注明出处。"
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#777")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        self.open_button = QPushButton("打开出处")
        self.open_button.setObjectName("openProvenanceButton")
        self.open_button.setEnabled(False)
        self.title = QLabel("引用出处")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemClicked.connect(
            lambda item: self.paragraph_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole + 1)))
        )
        self.list.itemActivated.connect(lambda _item: self._open_current())
        self.list.itemDoubleClicked.connect(lambda _item: self._open_current())
        self.open_button.clicked.connect(self._open_current)

    def show_paragraphs(self, paragraphs: list[DraftParagraph]) -> None:
        """List where each borrowed paragraph came from and whether the writer has rewritten it, so
        a reviewer can trace every quotation.
        """
        self.list.clear()
        for index, para in enumerate(paragraphs):
            prov = para.provenance
            if prov is None:
                continue
            changed = "" if para.text == prov.original_text else "（已改写）"
            item = QListWidgetItem(f"第 {index + 1} 段{changed} ← {describe_provenance(prov)}")
            item.setToolTip(f"原文：{prov.original_text}")
            item.setData(Qt.ItemDataRole.UserRole, (prov.document_id, prov.paragraph_index))
            item.setData(Qt.ItemDataRole.UserRole + 1, index)
            self.list.addItem(item)
        count = self.list.count()
        self.title.setText(f"引用出处（{count}）" if count else "引用出处")
        self.stack.setCurrentWidget(self.list if count else self.empty)
        self.open_button.setEnabled(False)
        if count:
            self.list.blockSignals(True)
            self.list.setCurrentRow(0)
            self.list.blockSignals(False)
            self.open_button.setEnabled(True)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self.open_button.setEnabled(current is not None)

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        doc_id, paragraph_index = item.data(Qt.ItemDataRole.UserRole)
        self.open_requested.emit(str(doc_id), int(paragraph_index))
