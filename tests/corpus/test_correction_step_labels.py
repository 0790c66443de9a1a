"""撤销 and 重做 name the step they take back (ux18). The reader's menu said 撤销上一处更正, and
after a heading made and then a 编辑信息…, the user who meant the heading undid the date
without being told. ``step_label`` names the last step; a second edit of a field no longer
replaces the first one's op, so undoing it gives back what the user had set, not the
machine's reading."""

from __future__ import annotations

from drafter.corpus.correction_labels import step_label
from drafter.corpus.correction_ops import meta_op, one_step, without_last_step
from drafter.corpus.correction_runs import run_ops


def test_each_kind_of_step_is_named():
    heading = {"op": "heading", "para": 8, "text": "加强队伍建设", "level": 2, "cut": 6}
    level = {"op": "heading", "para": 10, "text": "三、狠抓落实", "level": 2}
    merge = {"op": "unheading", "para": 6, "text": "二、突出重点"}
    assert step_label([]) == ""
    assert step_label([heading]) == "设为二级标题「加强队伍建设」"
    assert step_label([heading, level]) == "改为二级标题「三、狠抓落实」"
    assert step_label([merge]) == "不是标题「二、突出重点」（与上一节合并）"
    assert step_label([{"op": "confirm"}]) == "提纲无误"
    edit = one_step([meta_op("title", "政府工作报告"), meta_op("date", "1998-03-05")])
    assert step_label([heading, *edit]) == "编辑信息（标题、日期）"
    assert step_label([*edit, heading]) == "设为二级标题「加强队伍建设」"
    long = {"op": "unheading", "para": 1, "text": "一二三四五六七八九十一二三四五六七"}
    assert step_label([long]) == "不是标题「一二三四五六七八九十一二三四…」（与上一节合并）"


def test_a_run_is_one_step_and_named_by_its_size():
    texts = ["第一点，甲。", "第二点，乙。", "第三点，丙。"]
    ops = run_ops(texts, {}, [0, 1, 2], 2)
    assert step_label(ops) == "3 段设为二级标题"
    assert step_label(run_ops(texts, {0: 1, 1: 1, 2: 1}, [0, 1, 2], None)) == "3 段不再作标题"


def test_undo_goes_back_one_step_at_a_time_across_kinds():
    first = one_step([meta_op("date", "1998-03-05")])
    heading = {"op": "heading", "para": 8, "text": "加强队伍建设", "level": 2, "cut": 6}
    second = one_step([meta_op("date", "1998-03-06")])
    ops = [*first, heading, *second]
    names = []
    while ops:
        names.append(step_label(ops))
        ops = without_last_step(ops)
    assert names == ["编辑信息（日期）", "设为二级标题「加强队伍建设」", "编辑信息（日期）"]


def test_only_a_heading_step_moves_search_paths():
    from drafter.corpus.correction_labels import step_moves_headings

    heading = {"op": "heading", "para": 8, "text": "加强队伍建设", "level": 2, "cut": 6}
    edit = one_step([meta_op("date", "1998-03-05")])
    assert step_moves_headings([*edit, heading])
    assert not step_moves_headings([heading, *edit])
    assert not step_moves_headings([heading, {"op": "confirm"}])
    assert not step_moves_headings([])


def test_a_check_of_stale_corrections_is_a_step_that_changes_nothing_on_replay():
    """更正已核对 is recorded as a step (ux20): 撤销 names it and, by the hash it keeps, knows
    which version to make the corrections stale against again; replaying it changes nothing
    and it is not reported as an op that lost its paragraph."""
    from drafter.corpus import parse_text
    from drafter.corpus.correction_labels import done_mark
    from drafter.corpus.correction_ops import checked_op, checked_undone
    from drafter.corpus.corrections import apply_corrections

    heading = {"op": "heading", "para": 8, "text": "加强队伍建设", "level": 2, "cut": 6}
    ops = [heading, checked_op("ab12")]
    assert step_label(ops) == "更正已核对"
    assert without_last_step(ops) == [heading]
    assert checked_undone(ops) == "ab12" and checked_undone([heading]) is None
    assert checked_undone([checked_op(None)]) is None  # no hash: stored on the file as it is
    assert done_mark(ops, 1) == done_mark([heading], 1) == "已更正 1 处"
    doc = parse_text("在会议上的讲话\n同志们：\n一、提高认识\n要认识到位。\n")
    applied = apply_corrections(doc, [checked_op("ab12")])
    assert applied.skipped == [] and applied.changed == 0
