"""The library table paints 更正待复核 red however narrow its cell (ux78's walk). At 1600x1000
the row of 质问国民党, changed on disk under the user's corrections, read 质问… 更正待… in
green: the colour was taken from the elided text, which matched no mark and fell to the green
of a person's checked corrections — the one mark that asks for a look told "all is well".
The colour is now the whole mark's, and where 更正待复核 does not fit it reads 待复核."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics

from drafter.ui.widgets.mark_delegate import fitted_mark


def test_a_narrow_cell_keeps_the_recheck_mark_red_and_whole(qapp):
    metrics = QFontMetrics(QFont())
    red = QColor("#b00020")
    wide = metrics.horizontalAdvance("质问国民党　更正待复核") * 3
    assert fitted_mark("质问国民党", "更正待复核", metrics, wide) == ("更正待复核", red)
    # half the cell holds 待复核 but not 更正待复核
    narrow = 2 * metrics.horizontalAdvance("待复核") + 2
    shown, colour = fitted_mark("质问国民党", "更正待复核", metrics, narrow)
    assert shown == "待复核" and colour == red
    # a person's mark stays green, a doubtful outline amber, both when squeezed
    assert fitted_mark("质问国民党", "已人工更正", metrics, narrow)[1] == QColor("#2f6b2f")
    assert fitted_mark("看莫斯科保卫战有感", "结构待核", metrics, narrow)[1] == QColor("#8a6d00")
