"""设为N级标题 on a long paragraph says why it asks where the heading ends (ux78's walk): it
said 没有句号、冒号可以断开 also of ren 20080215's 610-character paragraph whose first 。 stands
128 characters in, and the user looked for the stop the dialog said was not there."""

from __future__ import annotations

import pytest

from drafter.ui.dialogs.heading_cut import no_cut_reason

LONG_CLAUSES = "在我们这个体制里面，中层不决策的情况还是很严重的，" * 5


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (LONG_CLAUSES + "所以要改。后面还有话。", f"第一句长 {len(LONG_CLAUSES) + 5} 字"),
        ("一、" + LONG_CLAUSES + "到此为止。", "没有句号、冒号可以断开"),  # its only stop ends it
        (LONG_CLAUSES, "没有句号、冒号可以断开"),
    ],
)
def test_the_dialog_says_why_it_asks(text, said):
    assert said in no_cut_reason(text)
