"""A form for a template's parameters, generated from its :class:`TemplateParam` list.

One editor per type: 文本 QLineEdit (an editable combo when the template suggests values),
整数 QSpinBox, 选项 QComboBox, 列表 a small list editor, 是/否 QCheckBox. The form only
collects values; the template's own checks (bounds, choices) run when it is rendered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drafter.templating import TemplateParam


class ListEditor(QWidget):
    """Edit a list of short texts: add, remove, rename in place, drag to reorder.

    Signals:
        changed(): the items changed.
    """

    changed = Signal()

    def __init__(self, items: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMaximumHeight(120)
        self.add_button = QPushButton("添加")
        self.remove_button = QPushButton("删除")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_items(items)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())

    def set_items(self, items: list[str]) -> None:
        """Fill the list without emitting a change per item, so the preview re-renders once."""
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self._append(text)
        self.list.blockSignals(False)

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def items(self) -> list[str]:
        """The entries as typed, blank ones dropped."""
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [t for t in texts if t]

    def _add(self) -> None:
        item = self._append("新项")
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()


# What to type where a template leaves the field empty (one made from the writer's own
# speech leaves 标题 and 会议或场合 for the new speech): an empty box said nothing, and a
# draft made in a hurry went to Word without a title
PLACEHOLDERS = {
    "title": "如：在全市安全生产工作会议上的讲话（也可稍后在草稿中填写）",
    "occasion": "如：全市安全生产工作会议",
}


class ParamForm(QWidget):
    """The parameter form of one template.

    Signals:
        values_changed(): any value changed (the gallery re-renders its preview).
    """

    values_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._editors: dict[str, tuple[TemplateParam, QWidget]] = {}

    def set_params(self, params: list[TemplateParam]) -> None:
        """Rebuild the form for a template's parameters, one editor per parameter by type, with its
        help as tooltip.
        """
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._editors.clear()
        for p in params:
            editor = self._make_editor(p)
            editor.setObjectName(f"templateParam_{p.name}")
            if p.help:
                editor.setToolTip(p.help)
            label = QLabel(p.label or p.name)
            if p.help:
                label.setToolTip(p.help)
            self._layout.addRow(label, editor)
            self._editors[p.name] = (p, editor)
        if not params:
            self._layout.addRow(QLabel("这个模板没有需要填写的参数。"))

    def preferred_height(self) -> int:
        """Height that shows every row, computed from the rows themselves (the layout's own
        size hint is not ready while the gallery sits in a hidden dock tab)."""
        spacing = max(self._layout.verticalSpacing(), 4)
        rows = [max(e.sizeHint().height(), 24) for _p, e in self._editors.values()]
        return sum(rows) + spacing * max(len(rows) - 1, 0) + 8 if rows else 30

    def editor(self, name: str) -> QWidget:
        """The editor widget of one parameter (tests and the gallery fill it directly)."""
        return self._editors[name][1]

    def values(self) -> dict:
        """The values by parameter name, typed as the template expects (bool, int, list, chosen
        text).
        """
        out: dict = {}
        for name, (p, editor) in self._editors.items():
            if isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[name] = editor.value()
            elif isinstance(editor, ListEditor):
                out[name] = editor.items()
            elif isinstance(editor, QComboBox):
                if p.type == "choice":
                    out[name] = (
                        p.choices[editor.currentIndex()] if editor.currentIndex() >= 0 else ""
                    )
                else:
                    out[name] = editor.currentText()
            elif isinstance(editor, QLineEdit):
                out[name] = editor.text()
        return out

    def set_values(self, values: dict) -> None:
        """Put ``values`` (as :meth:`values` returns them) back into the editors: the
        gallery restores what the writer typed when they come back to a template."""
        for name, value in values.items():
            if name not in self._editors:
                continue
            p, editor = self._editors[name]
            editor.blockSignals(True)
            try:
                if isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                elif isinstance(editor, QSpinBox):
                    editor.setValue(int(value))
                elif isinstance(editor, ListEditor):
                    editor.set_items([str(x) for x in value])
                elif isinstance(editor, QComboBox):
                    index = editor.findText(str(value))
                    if index >= 0:
                        editor.setCurrentIndex(index)
                    elif editor.isEditable():
                        editor.setEditText(str(value))
                elif isinstance(editor, QLineEdit):
                    editor.setText(str(value))
            finally:
                editor.blockSignals(False)

    def _make_editor(self, p: TemplateParam) -> QWidget:
        emit = self.values_changed.emit
        if p.type == "bool":
            box = QCheckBox()
            box.setChecked(bool(p.default))
            box.toggled.connect(lambda _v: emit())
            return box
        if p.type == "int":
            spin = QSpinBox()
            spin.setRange(p.min if p.min is not None else 0, p.max if p.max is not None else 999)
            spin.setValue(int(p.default) if isinstance(p.default, int) else spin.minimum())
            spin.valueChanged.connect(lambda _v: emit())
            return spin
        if p.type == "list":
            default = p.default if isinstance(p.default, list) else []
            editor = ListEditor([str(x) for x in default])
            editor.changed.connect(emit)
            return editor
        if p.type == "choice" or p.choices:
            combo = QComboBox()
            combo.addItems([str(c) for c in (p.choices or [])])
            combo.setEditable(p.type != "choice")
            if p.default is not None:
                index = combo.findText(str(p.default))
                if index >= 0:
                    combo.setCurrentIndex(index)
                elif combo.isEditable():
                    combo.setEditText(str(p.default))
            combo.currentIndexChanged.connect(lambda _v: emit())
            if combo.isEditable():
                combo.editTextChanged.connect(lambda _v: emit())
            return combo
        edit = QLineEdit(str(p.default) if p.default is not None else "")
        edit.setPlaceholderText(PLACEHOLDERS.get(p.name, ""))
        edit.textChanged.connect(lambda _v: emit())
        return edit
