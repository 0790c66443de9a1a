"""提纲练习 reads like the document: each heading's box, then the first words of that
heading's own text. With the words above the box, the words under 一、 were （一）'s text
and a trainee summarised every part from its neighbour's opening."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel


def test_each_box_comes_before_its_own_text(studied):
    _window, panel, _library, _first = studied
    ex = panel.exercise
    assert ex.rows and len(ex._boxes) == len(ex.rows)
    form = ex.form
    for row, box in zip(ex.rows, ex._boxes):
        at, role = form.getWidgetPosition(box)
        assert role == QFormLayout.ItemRole.FieldRole
        below = form.itemAt(at + 1, QFormLayout.ItemRole.SpanningRole).widget()
        assert isinstance(below, QLabel)
        assert below.text().lstrip("　") == row.hint
    # 一是腿勤's own text begins 多到基层, and that is what stands under its box
    at, _ = form.getWidgetPosition(
        ex._boxes[next(i for i, r in enumerate(ex.rows) if "腿勤" in r.original)]
    )
    assert "多到基层" in form.itemAt(at + 1, QFormLayout.ItemRole.SpanningRole).widget().text()
