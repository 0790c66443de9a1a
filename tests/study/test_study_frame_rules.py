"""Second-pass frame rules (drafter/study/frame_rules.py) on sentences written for these
tests: formulas without a counter, back-references to a run of items, re-mentions, and
counts of things that are not summaries."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study import analyze


def frames_of(text: str) -> dict[str, object]:
    return {f.phrase: f for f in analyze(parse_text(text, "t.txt")).frames}


def test_counterless_formula_with_one_the_other_items():
    found = frames_of("学院的考核将来会是两翼，一翼是教学质量，贴近学员；另外一翼是科研成果。")
    frame = found["两翼"]
    assert frame.listed and frame.items == ["教学质量", "科研成果"]


def test_counterless_formula_with_items_after_colon():
    found = frames_of("会上有两派最积极：保守派和激进派。大家要区别对待。")
    assert found["两派"].items == ["保守派", "激进派"]


def test_counterless_pair_without_items_is_a_word():
    assert not [
        p for p in frames_of("两岸同胞要加强交流，三农问题要重视。") if p in ("两岸", "三农")
    ]


def test_back_reference_to_a_run_of_one_is():
    text = "一个是立足当前，一个是着眼长远，只要两手都抓就行。按照这两个方向，我们可以上台阶。"
    frame = frames_of(text)["两个方向"]
    assert frame.listed and frame.items == ["立足当前", "着眼长远"]


def test_back_reference_with_items_after_colon():
    text = "我们一定要分清这两种界限：对错的界限，主次的界限。"
    assert frames_of(text)["两种界限"].listed


def test_remention_folds_into_the_frame_named_before():
    text = "党组行使“监督权”，学院行使“培训权”，两个权力不一样。大家执行两个权利，共同选拔干部。"
    found = frames_of(text)
    assert "两个权力" in found and "两个权利" not in found
    assert len(found["两个权力"].mentions) == 1


def test_counts_of_things_are_not_frames():
    text = (
        "弹钢琴要十个指头都动作。开战前还需要增加两个基数的弹药。出差流程减少到了两个审批点。"
        "案例如果还差两点，你可以去补充。我们控制了两个全省和一部。"
    )
    assert frames_of(text) == {}


def test_summary_counts_named_once_are_kept():
    text = "要学习领会办会的五个细节安排。在五个条件下进行和谈。推翻了八项和平条件。"
    found = frames_of(text)
    assert {"五个细节", "五个条件"} <= set(found)
    assert any(p.startswith("八项和平") for p in found)


def test_recurring_label_is_kept():
    text = "三个平台要齐头并进。三个平台不能平均投放。"
    assert "三个平台" in frames_of(text)


def test_whole_divided_into_parts_one_per_semicolon_clause():
    text = "我们的预算管理分三级，预算委员会是管总体政策；计划处主要负责编制；核算科进行记账。"
    frame = frames_of(text)["三级"]
    assert frame.items == ["预算委员会", "计划处", "核算科"]


def test_paired_formula_is_a_mentioned_frame():
    found = frames_of("培训班的三会一课，每个支部都要落实到位。")
    assert found["三会一课"].number == 3 and not found["三会一课"].listed


def test_numbers_in_sessions_ratios_and_sayings_are_not_paired_formulas():
    text = "六届六中全会以后，比例是九比一么？合二为一的说法不对，九江一带很平静。"
    assert frames_of(text) == {}


def test_named_things_listed_before_a_count_are_not_a_summary():
    text = "希望财务组和采购组两个组织加强沟通。北京和上海是两个对比的样板。"
    assert frames_of(text) == {}


def test_list_before_a_summary_count_is_kept():
    text = "我们提出了改革、发展、稳定三大口号。要抓好教学和科研两项中心工作。"
    found = frames_of(text)
    assert found["三大口号"].items == ["改革", "发展", "稳定"]
    assert found["两项中心"].listed


def test_one_and_one_pair_with_clauses_between():
    text = "两条路摆在全体同志的面前：一条是守旧，这就是原地踏步，终将落后；一条是改革，这就是迎难而上。"
    assert frames_of(text)["两条路"].items == ["守旧", "改革"]


def test_parts_of_a_whole_open_sentences_that_run_on():
    text = (
        "会场上存在着三部分人。一部分人积极发言。他们准备充分。一部分人愿意听讲，"
        "但还没有表态。第三部分是一些观望的人。"
    )
    frame = frames_of(text)["三部分人"]
    assert frame.listed and frame.items[0].startswith("人积极发言")


def test_items_named_after_ji():
    text = "要除三害，即老鼠（及其它害兽），苍蝇，蚊子。"
    assert frames_of(text)["三害"].items == ["老鼠", "苍蝇", "蚊子"]


def test_long_counts_only_when_spelled_out():
    assert frames_of("他们有十七条船，停在港口。") == {}
