"""学习 › 对照's choice shows the start of a long title. At 1600x1000 the box, about 240 px
wide, showed the end of the peer's title (…全市办公室系统文秘业务培训会议上的讲话) with a sliver
of its first character at the left edge: the line edit's cursor stood at the end."""

from __future__ import annotations


def test_the_chosen_title_shows_from_its_start(studied, qtbot):
    _window, panel, _library, _first = studied
    box = panel.compare_box
    box.setFixedWidth(120)  # narrower than any title here
    panel._exclude_current()  # the peer is chosen again, as when a text is studied
    assert box.currentText()
    assert box.fontMetrics().horizontalAdvance(box.currentText()) > box.lineEdit().width()
    assert box.lineEdit().cursorPosition() == 0
    other = next(r for r in range(box.count()) if r != box.currentIndex())
    box.setCurrentIndex(other)
    box.activated.emit(other)
    assert box.lineEdit().cursorPosition() == 0
