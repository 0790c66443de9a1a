"""Numbered items the text then sums up by count ("以上各项，…", "右列四条，…", "以上三项，…")
are what the order, notice or telegram lays down: its points (or its part's), even when
they run long or a colon announces them. Without the formula a colon-announced list of long
items with prose after it stays a list; a count that names something else (上述三项任务)
or does not match the items does not count. Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text

_P = "全县各级各部门要立即行动起来，把各项工作落实到每一个村、每一个岗位，确保群众生命财产安全，不留死角。"
_ITEMS = [
    "一、各乡镇必须在本月底以前完成防汛物资的清点和补充，缺少的物资由县里统一调拨，不得延误",
    "二、各村要组织巡堤队伍，日夜值守，发现险情立即报告乡镇和县防汛指挥部，不得隐瞒不报",
    "三、县直各部门抽调干部下到各乡镇蹲点，帮助基层解决实际困难，直到汛期结束才能撤回",
]


def _telegram(after: str) -> str:
    paras = [
        "某某县委关于防汛的两个电报",
        "一　六月一日的电报",
        _P,
        _P,
        "二　六月九日的电报",
        _P,
        _P,
    ]
    paras += [_P + "为此，县委决定："]
    paras += [item + "。" for item in _ITEMS]
    paras += [after]
    return "\n\n".join(paras)


def _outline(doc) -> list[tuple[int, str]]:
    out = []
    for s in doc.outline.sections:
        out.append((s.level, s.marker.strip() + s.heading))
        out += [(c.level, c.marker + c.heading) for c in s.children]
    return out


def test_items_summed_up_are_the_parts_points() -> None:
    doc = parse_text(_telegram("以上各项，望即遵照执行。"), "x.txt")
    assert _outline(doc) == [
        (1, "一六月一日的电报"),
        (1, "二六月九日的电报"),
        *[(2, item) for item in _ITEMS],
    ]


def test_a_count_that_matches_the_items_counts() -> None:
    doc = parse_text(_telegram("以上三项，为县委常委会所决定。特此通知。"), "x.txt")
    assert [lv for lv, _ in _outline(doc)] == [1, 1, 2, 2, 2]


def test_without_the_formula_the_list_stays_a_list() -> None:
    doc = parse_text(_telegram(_P + _P), "x.txt")
    assert [lv for lv, _ in _outline(doc)] == [1, 1]


def test_a_count_naming_something_else_or_another_number_does_not_count() -> None:
    for after in ("上述三项任务，是相互联系的。" + _P, "以上五项，望即遵照执行。"):
        doc = parse_text(_telegram(after), "x.txt")
        assert [lv for lv, _ in _outline(doc)] == [1, 1], after
