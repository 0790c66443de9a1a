"""The 学习 structure map writes a part's share beside its length bar, not over it: drawn in
the middle of the band as a progress bar draws it, the label of a part near half the text
(50%) had the bar's fill running through it."""

from __future__ import annotations

from PySide6.QtGui import QImage

from drafter.ui.study.structure_map import share_bar


def _columns(image: QImage, other: QImage | None = None) -> set[int]:
    """The x of every column where ``image`` differs from ``other``, or (none given) from its
    own top row, which the band (centred, shorter than the widget) leaves as background."""
    xs = set()
    for x in range(image.width()):
        for y in range(image.height()):
            ref = other.pixel(x, y) if other is not None else image.pixel(x, 0)
            if image.pixel(x, y) != ref:
                xs.add(x)
                break
    return xs


def _render(bar) -> QImage:
    image = QImage(bar.size(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    bar.render(image)
    return image


def test_half_share_label_stands_clear_of_its_bar(qtbot):
    bar = share_bar(0.5)
    qtbot.addWidget(bar)
    bar.resize(130, 24)
    labelled = _render(bar)
    bar.setFormat("")  # the same bar without its label
    plain = _render(bar)
    band = _columns(plain)
    label = _columns(labelled, plain)
    assert label, "the share is drawn"
    assert max(band) < min(label), (min(band), max(band), min(label), max(label))
