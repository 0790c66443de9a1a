"""Template names stay apart in a narrow gallery column. Walking the trainee's path at
1600×1000 the 模板 list was about 110 px wide: 数字递进：一个原则、两个畅通、三多、四勤、五坚持
wrapped over three lines and its last line, 四勤、五坚持, ran on into 培训班开班式讲话 below,
read as one name."""

from __future__ import annotations

from drafter.ui.panels.template_gallery import TemplateGallery

from .waits import WAIT_MS


def test_wrapped_names_are_separate_blocks(qtbot):
    gallery = TemplateGallery(None)
    qtbot.addWidget(gallery)
    gallery.resize(560, 600)
    gallery.show()
    view = gallery.templates
    view.setFixedWidth(120)  # the column the trainee had
    qtbot.waitUntil(lambda: view.count() > 3, timeout=WAIT_MS)
    rects = [view.visualItemRect(view.item(i)) for i in range(view.count())]
    line = view.fontMetrics().height()
    assert any(r.height() > line * 1.5 for r in rects)  # some names do wrap here
    for upper, lower in zip(rects, rects[1:]):
        assert lower.top() > upper.bottom() + 1  # a gap between two names
    assert view.alternatingRowColors()
