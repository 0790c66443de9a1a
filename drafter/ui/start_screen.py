"""The start before the main window: a 正在启动 screen shown at once, and the Qt-free core
(the reading pipeline, the study, the review, the library) imported behind it.

Importing the main window pulls in some 280 core modules, most of them compiling large
regular expressions: about two CPU seconds, which on a loaded machine (a trainee's, at
load 8) kept the screen blank for 15 s before anything was drawn. The core modules need no
Qt, so they are imported after the start screen's first paint, the event loop let run
between them; the main window's own import then adds only the Qt modules over them.
:data:`CORE_ROOTS` names the core modules the UI imports at the top of its modules; one
missing from it is only imported on the GUI thread, as before (bench/startup_bench.py
reports how much of the import is left there).
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

log = logging.getLogger(__name__)

#: The core modules the main window's UI modules import at their top, heaviest first
#: (each pulls in much of drafter.corpus below it).
CORE_ROOTS = (
    "drafter.study.analyze",
    "drafter.study.exercise.search",
    "drafter.study.outline_notes",
    "drafter.study.notes",
    "drafter.library",
    "drafter.library.backend",
    "drafter.library.watching",
    "drafter.review",
    "drafter.review.groups",
    "drafter.export.outline",
)


def show_start_screen(app: QApplication) -> QSplashScreen:
    """A small 讲话稿起草助手 · 正在启动… window, shown and painted now: the first thing the
    user sees, within a fraction of a second of the start whatever the import costs."""
    pixmap = QPixmap(420, 140)
    pixmap.fill(QColor("#f4f1ea"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#8b1a1a"))
    title = QFont(app.font())
    title.setPointSize(title.pointSize() + 8)
    painter.setFont(title)
    painter.drawText(
        pixmap.rect().adjusted(0, 0, 0, -40), Qt.AlignmentFlag.AlignCenter, "讲话稿起草助手"
    )
    painter.setPen(QColor("#555555"))
    painter.setFont(app.font())
    painter.drawText(pixmap.rect().adjusted(0, 60, 0, 0), Qt.AlignmentFlag.AlignCenter, "正在启动…")
    painter.end()
    screen = QSplashScreen(pixmap)
    screen.setObjectName("startScreen")
    screen.show()
    app.processEvents()
    return screen


def import_core_behind(app: QApplication, modules: tuple[str, ...] = CORE_ROOTS) -> None:
    """Import ``modules`` behind the start screen, on the GUI thread, letting the event
    loop run between one module and the next (the screen repainted when uncovered). On a
    worker thread instead, the CPU time was the same but the window came ~2 s later at load
    14: the GUI thread's wake-ups took the GIL from the importing thread, and each handover
    waited for the loaded machine to schedule the other thread. A module that fails to
    import is left for the GUI thread's own import, which raises its error where it always
    did."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - the main window's own import says it
            log.warning("importing %s behind the start screen failed: %s", name, exc)
        app.processEvents()
