"""结构图 of a speech without headings: its transitions stood under 〔正文〕未分出标题 (one bar of
99% for 整顿党的作风) without a length, so a trainee saw where the talk turns but not how long
each turn runs. Each transition's row now has the 字数, time and bar of the stretch it opens,
the body's start one row of its own, and a click still goes to the transition."""

from __future__ import annotations

from speech_samples import TRANSITIONS_SPEECH_LINES

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.study.stats import LEAD_STRETCH_LABEL
from drafter.ui.study.structure_map import PARAGRAPH_ROLE, LengthBar, StructureMap

from .waits import WAIT_MS

TEXT = "\n".join(TRANSITIONS_SPEECH_LINES)


def test_each_transition_shows_the_length_of_its_stretch(qtbot):
    study = analyze(parse_text(TEXT, "/tmp/作风.txt"), rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.resize(520, 500)
    tree.show()
    qtbot.waitExposed(tree, timeout=WAIT_MS)
    tree.show_study(study)
    body = tree.topLevelItem(2)
    assert body.text(0) == "〔正文〕未分出标题"
    rows = [body.child(i) for i in range(body.childCount())]
    assert [r.text(0) for r in rows][:2] == [
        LEAD_STRETCH_LABEL,
        "〔转入新话题〕现在我来讲一讲学风问题。",
    ]
    assert len(rows) == len(study.transitions) + 1
    chars = [int(r.text(1).replace(",", "")) for r in rows]
    assert sum(chars) == int(body.text(1).replace(",", ""))
    assert chars[1] == max(chars)  # 学风, the longest turn, reads so at a glance
    for row in rows:
        assert row.text(2).startswith("约 ")
        assert isinstance(tree.itemWidget(row, 3), LengthBar)
    with qtbot.waitSignal(tree.paragraph_chosen, timeout=WAIT_MS) as chosen:
        tree.itemClicked.emit(rows[2], 0)
    assert chosen.args == [rows[2].data(0, PARAGRAPH_ROLE)]
    assert study.transitions[1].span.paragraph == chosen.args[0]


LONG = "除了对于学风和文风两个问题存在着糊涂观念而外，还有天天念的一句理论和实际联系，也是一个糊涂观念。"


def test_a_long_transition_is_cut_in_its_row_and_whole_in_its_tooltip(qtbot):
    text = TEXT.replace("其次讲一讲文风问题。", LONG)
    study = analyze(parse_text(text, "/tmp/作风.txt"), rate=220)
    assert any(t.text == LONG for t in study.transitions)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    body = tree.topLevelItem(2)
    row = next(
        body.child(i) for i in range(body.childCount()) if "糊涂观念" in body.child(i).text(0)
    )
    assert row.text(0).endswith("…") and len(row.text(0)) < 32  # a line or two in the dock
    assert LONG in row.toolTip(0)
