"""Greyed menu entries that are read, not clicked, in a grey one can read.

A menu's disabled entries are drawn in the palette's disabled text colour: #bebebe on the
menu's #efefef, a contrast of about 1.6:1. That is right for a command not available now,
which nobody needs to read, and wrong for an entry that is there to be read: 结构待核's
reasons (层级待核：… 在第一个一级标题之前) are greyed so they do not look like commands,
and were too faint to read. :func:`readable_disabled` gives one menu's disabled entries the
lightest grey between its text and background colours that still meets WCAG AA for normal
text (4.5:1): clearly lighter than the commands, and never highlighted on hover, since they
stay disabled. Any palette (a dark one too) gets its own grey.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

AA_CONTRAST = 4.5
"""WCAG 2 level AA's least contrast for normal text."""

_MARGIN = 0.3  # aim a little over the line, so rounding to 8-bit colours never falls under


def luminance(color: QColor) -> float:
    """WCAG 2's relative luminance of ``color`` (0 black to 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of ``a`` against ``b`` (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_grey(text: QColor, background: QColor, least: float = AA_CONTRAST) -> QColor:
    """The colour nearest ``background`` on the way from ``text`` to it that keeps at least
    ``least`` contrast against it (``text`` itself when even that is under the line)."""
    best = QColor(text)
    for step in range(1, 100):
        share = step / 100
        mixed = QColor(
            round(text.red() + (background.red() - text.red()) * share),
            round(text.green() + (background.green() - text.green()) * share),
            round(text.blue() + (background.blue() - text.blue()) * share),
        )
        if contrast(mixed, background) < least + _MARGIN:
            break
        best = mixed
    return best


def readable_disabled(widget: QWidget) -> QColor:
    """Give ``widget`` (a menu) a disabled text colour that meets AA against its background,
    lighter than its enabled text; returns the colour."""
    palette = widget.palette()
    active = QPalette.ColorGroup.Active
    grey = readable_grey(
        palette.color(active, QPalette.ColorRole.WindowText),
        palette.color(active, QPalette.ColorRole.Window),
    )
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    widget.setPalette(palette)
    return grey
