"""Qt's side of the application object: one QApplication set up for Chinese users.

Apart from the window and the start so that tests, the screenshot script and the gui
driver get the same application (names, locale, Qt's own words in Chinese, a CJK font,
dialogs kept on screen) without starting the app.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from drafter.ui.on_screen_guard import install_on_screen_guard
from drafter.ui.widgets.sort_arrow import install_sort_arrows
from drafter.ui.workers import collect_on_gui_thread, widen_pool

log = logging.getLogger(__name__)

# Preferred UI fonts, first found wins; Qt's own fallback covers the rest.
CJK_UI_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)


def choose_ui_font(app: QApplication) -> None:
    """Use a CJK sans-serif for the interface when one is installed (crisper than the
    fallback chain picks on some systems)."""
    families = set(QFontDatabase.families())
    for family in CJK_UI_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            return


def install_chinese_qt(app: QApplication) -> QTranslator | None:
    """Qt's own words (Save/Discard/Cancel, the file dialog, the context menu of a text
    box) in simplified Chinese, like the rest of the window. Returns the translator (the
    app must keep it alive) or None when PySide6 ships no Chinese catalogue."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder
    ):
        log.info("no Chinese Qt catalogue in %s: Qt's standard buttons stay in English", folder)
        return None
    app.installTranslator(translator)
    return translator


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, set up for Chinese users (names, locale, Chinese Qt strings, a CJK UI
    font) with every dialog kept on screen; reuses an existing instance (tests).
    """
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("drafter")
    app.setApplicationDisplayName("讲话稿起草助手")
    app.setOrganizationName("drafter")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    install_chinese_qt(app)
    choose_ui_font(app)
    install_sort_arrows(app)  # ▼ over a column sorted largest first (Fusion drew ▲)
    widen_pool()  # a document opens while a re-read and the reuse index run (two cores)
    if not hasattr(app, "_collection_held"):  # widgets die on this thread, never another's
        app._collection_held = collect_on_gui_thread(app)
    if not hasattr(app, "_on_screen_guard"):  # every dialog inside the screen
        app._on_screen_guard = install_on_screen_guard(app)
    return app
