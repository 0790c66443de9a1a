"""The reader tests' shared steps: a ReaderPanel of its own, shown at a set size, over a
library, with one document opened (and waited for) as a click in the library does; and the
更正结构 menu of a paragraph, as a right click on it shows it."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from drafter.ui.panels.reader_panel import ReaderPanel

_MENUS: list[QMenu] = []  # kept alive while their actions are triggered


def reader_on(qtbot, library, doc_id: str, size=(1000, 700), timeout=10000, **where):
    """A shown ReaderPanel of ``size`` over ``library`` with ``doc_id`` open; ``where`` goes
    to ``open_document`` (``paragraph_index``, ``terms``)."""
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    panel.set_library(library)
    with qtbot.waitSignal(panel.document_opened, timeout=timeout):
        panel.open_document(doc_id, **where)
    return panel


def correction_menu(panel, block: int) -> QMenu:
    """The 更正结构 submenu the reader's right-click menu holds for paragraph ``block``."""
    menu = QMenu(panel)
    _MENUS.append(menu)
    panel.corrections.extend_menu(menu, block)
    return next(a.menu() for a in menu.actions() if a.menu() is not None)


def correction_action(panel, block: int, text: str):
    """The entry of paragraph ``block``'s 更正结构 menu whose text starts with ``text``."""
    return next(a for a in correction_menu(panel, block).actions() if a.text().startswith(text))
