"""The list of house styles in the export dialog and in the Preferences: one widget.

Both offer the shipped styles, the house style of the Preferences when it is a file of one's
own, and 选择样式文件（.toml）… to pick one; a chosen file is added to the list and selected,
a cancelled choice goes back to the house style. Written once here, so the two lists name a
style the same way and behave alike.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from drafter.export import StyleError, builtin_styles, load_style
from drafter.ui import file_dialogs

# the entry that asks for a file; never a style's name
CHOOSE_FILE = "__choose__"
# shipped styles named in Chinese rather than by their description
BUILTIN_LABELS = {"gbt9704": "公文格式（GB/T 9704—2012）"}


def style_label(name_or_path: str) -> str:
    """How a style is named in the list: a shipped one's Chinese name, else its description
    with a file's name in front; a file that cannot be read says so instead of failing the
    dialog."""
    if name_or_path in BUILTIN_LABELS:
        return BUILTIN_LABELS[name_or_path]
    try:
        style = load_style(name_or_path)
    except StyleError:
        return f"{Path(name_or_path).name}（无法读取）"
    label = style.description or style.name
    if name_or_path.endswith(".toml"):
        label = f"{Path(name_or_path).name}：{label}"
    return label


class StyleBox(QComboBox):
    """The house-style list: :meth:`fill` it with the house style, read :meth:`chosen`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._house: str | None = None
        self.activated.connect(self._on_activated)

    def fill(self, house: str | None) -> None:
        """The shipped styles, ``house`` (the Preferences' style) when it is not one of them,
        and the entry that asks for a file; ``house`` selected, else 公文格式."""
        self._house = house
        self.clear()
        for name in builtin_styles():
            self.addItem(style_label(name), name)
        if house and self.findData(house) < 0:
            self.addItem(style_label(house), house)
        self.addItem("选择样式文件（.toml）…", CHOOSE_FILE)
        self.setCurrentIndex(max(self.findData(house or "gbt9704"), 0))

    def chosen(self) -> str | None:
        """The selected style (name or file), or None while the file entry is selected."""
        value = self.currentData()
        return None if value == CHOOSE_FILE else value

    def select(self, name_or_path: str) -> None:
        """Select a shipped style by name or a style file, adding an entry for a file not yet
        in the list so a user's own file shows by name."""
        index = self.findData(name_or_path)
        if index < 0:
            self.insertItem(self.count() - 1, style_label(name_or_path), name_or_path)
            index = self.findData(name_or_path)
        self.setCurrentIndex(index)

    def ask_file(self) -> str:
        """Ask for a style file, "" when cancelled (a method, so a test can answer)."""
        path, _ = file_dialogs.get_open_file_name(
            self.window(), "选择样式文件", "", "样式文件 (*.toml)"
        )
        return path

    def _on_activated(self, _index: int) -> None:
        """The file entry: ask for a .toml file; cancelled, the house style stays chosen."""
        if self.currentData() != CHOOSE_FILE:
            return
        path = self.ask_file()
        if path:
            self.select(path)
        else:
            self.setCurrentIndex(max(self.findData(self._house), 0))
