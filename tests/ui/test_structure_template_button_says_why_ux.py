"""结构 › 做成模板 greyed says why: after 分析资料库 the first row was 八项规定 — a formula the
texts only mention, never spell out — and the button stood grey with its usual tip (“以所选
例文中的这组结构生成…”), so a trainee could not tell what to do. The greyed button's tip now
says the structure is only mentioned and which rows can be made templates."""

from __future__ import annotations

from drafter.settings import Settings

from .study_setup import mine_in_window, top_row, window_with

A = """在全市青年干部培训班开班式上的讲话
同志们：
要严格落实“八项规定”，做到“四勤”：一是腿勤，二是口勤，三是手勤，四是眼勤。
同志们，让我们共同努力！
"""

B = """在全县办公室主任会议上的讲话
同志们：
要认真贯彻“八项规定”。办公室干部要做到“四勤”，当好参谋助手。
同志们，让我们团结一致！
"""


def test_the_greyed_template_button_says_why(make_window, qtbot, tmp_path):
    texts = {"开班式.txt": A, "办公室.txt": B}
    with window_with(make_window, tmp_path, texts, Settings(speaking_rate=200)) as (window, _lib):
        sp = mine_in_window(window, qtbot)
        sp.table.setCurrentItem(top_row(sp.table, "八项规定"))
        button = sp.template_button
        assert not button.isEnabled()
        assert "只提及" in button.toolTip() and "展开" in button.toolTip(), button.toolTip()
        sp.table.setCurrentItem(top_row(sp.table, "四勤"))
        assert button.isEnabled()
        assert "生成" in button.toolTip() and "只提及" not in button.toolTip()
        examples = [sp.examples.topLevelItem(i) for i in range(sp.examples.topLevelItemCount())]
        mentioned = next(e for e in examples if e.text(1) == "（只提及）")
        sp.examples.setCurrentItem(mentioned)  # the office text only names 四勤
        assert not button.isEnabled(), "a click would make a template of nothing"
        assert "只提及" in button.toolTip()
        listed = next(e for e in examples if e.text(1) != "（只提及）")
        sp.examples.setCurrentItem(listed)
        assert button.isEnabled()
