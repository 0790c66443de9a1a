"""结构待核's menu lists its reasons, each with its likely fix as one click (issue 8). The
menu a click on the mark opens gave only 提纲无误; the reasons were in the header's tooltip
alone, and acting on one took a right click on each paragraph concerned. Here a 二级标题
left above the first 一级标题 (层级待核) is listed with 改正：…改为一级标题, and one click
puts it right (shown at once, stored as one step)."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor, QPalette

from drafter.ui.widgets.readable_grey import AA_CONTRAST, contrast, readable_grey

from .reader_setup import correction_action, one_text_library, reader_on
from .test_corrections_ui import TEXT
from .waits import WAIT_MS


def test_the_marks_menu_lists_the_reasons_and_fixes_one_in_a_click(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        first = next(p.index for p in panel._paragraphs if p.text == "一、提高认识")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, first, "改为二级标题").trigger()
        qtbot.waitUntil(lambda: not panel.corrections.saving, timeout=WAIT_MS)
        # the outline in doubt (the machine's confidence low), as the header marks it
        panel._info = dataclasses.replace(panel._info, confidence=0.2)
        panel._show_header()
        menu = panel.marks_menu()
        texts = [a.text() for a in menu.actions()]
        assert "结构待核的原因：" in texts, texts
        reason = next(t for t in texts if "层级待核" in t)
        assert "在第一个一级标题之前" in reason and "一、提高认识" in reason
        _reads_clearly(menu, next(a for a in menu.actions() if a.text() == reason))
        fix = next(a for a in menu.actions() if a.objectName() == "doubtFix")
        assert "改为一级标题" in fix.text()
        assert (
            texts.index(reason)
            < texts.index(fix.text())
            < texts.index(next(t for t in texts if t.startswith("提纲无误")))
        )
        fix.trigger()
        qtbot.waitUntil(lambda: not panel.corrections.saving, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "层级待核" not in panel.header.text(), timeout=WAIT_MS)
        ops = lib.corrections(doc_id).ops
        assert ops[-1]["level"] == 1 and ops[-1]["text"] == "一、提高认识"
        assert len({op.get("step") for op in ops}) == 2  # the fix is one step of its own


def _reads_clearly(menu, reason) -> None:
    """The greyed reason, as drawn, meets WCAG AA against the menu (ux92: it was #bebebe on
    #efefef, 1.6:1) and stays lighter than a command, and disabled (never highlighted)."""
    assert not reason.isEnabled()
    menu.adjustSize()
    image = menu.grab().toImage()
    rect = menu.actionGeometry(reason)
    background = menu.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    ink = min(
        (
            image.pixelColor(x, y)
            for x in range(rect.left(), rect.right(), 1)
            for y in range(rect.top(), rect.bottom(), 1)
        ),
        key=lambda c: c.lightness(),
    )
    assert contrast(ink, background) >= AA_CONTRAST, ink.name()
    text = menu.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    assert contrast(ink, background) < contrast(text, background)


def test_a_readable_grey_for_light_and_dark_menus():
    for text, background in (("#000000", "#efefef"), ("#ffffff", "#2d2d2d")):
        grey = readable_grey(QColor(text), QColor(background))
        assert AA_CONTRAST <= contrast(grey, QColor(background)) < 6
