"""The reader tests' shared steps: a throwaway library holding one speech, a ReaderPanel of
its own, shown at a set size, over a library, with one document opened (and waited for) as a
click in the library does; and the 更正结构 menu of a paragraph, as a right click on it shows it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu

from drafter.library import Library
from drafter.ui.panels.reader_panel import ReaderPanel

from .waits import WAIT_MS, WAIT_S

_MENUS: list[QMenu] = []  # kept alive while their actions are triggered


@contextmanager
def one_text_library(
    tmp_path: Path, text: str, name: str = "讲话.txt"
) -> Iterator[tuple[Library, str, Path]]:
    """A real library in ``tmp_path`` holding ``text`` saved as the user's file ``name``:
    yields the library, the document's id and the file's path, and closes the library after
    (the way most reader and correction tests begin)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1)
    try:
        list(lib.add([path]))
        yield lib, lib.documents()[0].id, path
    finally:
        lib.close()


def reader_on(qtbot, library, doc_id: str, size=(1000, 700), timeout=WAIT_MS, **where):
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


def edit_info(qtbot, panel: ReaderPanel, values: dict[str, str]) -> None:
    """Fill the reader's 编辑信息… dialog with ``values`` (field name -> text) and press 确定, as
    a user would, then wait until the correction is stored and the document shown again."""
    from drafter.ui.dialogs.edit_info import EditInfoDialog

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditInfoDialog)
        for name, value in values.items():
            dialog.edits[name].setText(value)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
        panel.corrections.edit_info()
    panel.corrections.wait(WAIT_S)
