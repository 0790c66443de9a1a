"""One correction over a run of numbered paragraphs (第二点…第六点): which paragraphs make
the run, and that its ops, replayed, head every one of them and undo as one step."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.correction_ops import without_last_step
from drafter.corpus.correction_runs import marker_run, run_label, run_ops
from drafter.corpus.corrections import apply_corrections

LONG = "这件事要抓紧，各地要拿出具体办法，把任务分解到人，把责任落实到位，按月调度，年底考核。"
POINTS = [
    "这次会议开得很好，大家畅所欲言，提了许多好的意见。这是第一点。",
    "第二点，讲一讲作风。" + LONG,
    "作风问题要常抓不懈，不能一阵风。",
    "第三点，讲一讲农业。" + LONG,
    "第四点，讲一讲方法。" + LONG,
    "第五点，讲一讲团结。" + LONG,
]


def test_a_run_counts_on_in_one_shape_and_skips_the_text_between():
    assert marker_run(POINTS, {}, 3) == [1, 3, 4, 5]
    assert run_label(POINTS, [1, 3, 4, 5]) == "第二点…第五点，共 4 段"


def test_a_run_stops_at_a_new_part_and_at_a_number_out_of_turn():
    texts = [
        "一、甲",
        "第一，做好甲。",
        "第二，做好乙。",
        "二、乙",
        "第一，做好丙。",
        "第二，做好丁。",
    ]
    levels = {0: 1, 3: 1}
    assert marker_run(texts, levels, 1) == [1, 2]  # not the 第一/第二 under 二、
    assert marker_run(texts, levels, 0) == [0, 3]  # headings: one run of their level
    restart = ["1. 甲", "2. 乙", "1. 丙", "2. 丁"]
    assert marker_run(restart, {}, 0) == [0, 1]


def test_one_family_however_each_is_written_and_none_for_a_lone_number():
    texts = ["首先，要学。", "第二、要干。", "其次，要想。", "最后，要总结。"]
    assert marker_run(texts, {}, 0) == [0, 1]  # 其次 after 第二 is out of turn
    assert marker_run(["首先，要学。", "其次，要想。", "最后，要总结。"], {}, 2) == [0, 1, 2]
    assert marker_run(["一是要学。", "二要干。"], {}, 0) == []  # 是 and 要: two shapes
    assert marker_run(["第二点，讲作风。", "其他的话。"], {}, 0) == []


def test_run_ops_head_every_paragraph_and_undo_as_one_step():
    doc = parse_text("\n".join(["在全县工作会议上的讲话", *POINTS]))
    texts = [p.text for p in doc.paragraphs()]
    i = texts.index(POINTS[3])
    run = marker_run(texts, {}, i)
    ops = run_ops(texts, {}, run, 1)
    out = apply_corrections(doc, ops).document
    heads = [s.label for s in out.outline.sections]
    assert heads == [
        "第二点，讲一讲作风",
        "第三点，讲一讲农业",
        "第四点，讲一讲方法",
        "第五点，讲一讲团结",
    ]
    assert out.outline.sections[0].paragraphs == [LONG, "作风问题要常抓不懈，不能一阵风。"]
    assert without_last_step([{"op": "confirm"}, *ops]) == [{"op": "confirm"}]
    headed = dict.fromkeys((p.index for p in out.paragraphs() if p.is_heading), 1)
    assert marker_run([p.text for p in out.paragraphs()], headed, 4) == list(headed)
    back = run_ops([p.text for p in out.paragraphs()], headed, list(headed), None)
    again = apply_corrections(doc, [*ops, *back]).document
    assert [p.text for p in again.paragraphs()] == texts


def test_a_run_takes_headings_and_text_alike_and_ops_skip_what_is_done():
    texts = [
        "开头的话。",
        "第二点，作风",
        "正文。",
        "第三点，农业。" + LONG,
        "第四点，方法。" + LONG,
    ]
    levels = {1: 1}
    run = marker_run(texts, levels, 1)
    assert run == [1, 3, 4] == marker_run(texts, levels, 4)
    ops = run_ops(texts, levels, run, 1)
    assert [op["para"] for op in ops] == [4, 3]  # 第二点 is a level-1 heading already
    assert [op["op"] for op in run_ops(texts, levels, run, None)] == ["unheading"]


def test_a_list_in_the_text_under_a_heading_does_not_cut_the_headings_run():
    texts = ["一、甲", "一、先做这个。", "二、再做那个。", "二、乙", "正文。", "三、丙", "正文。"]
    levels = {0: 1, 3: 1, 5: 1}
    assert marker_run(texts, levels, 0) == [0, 3, 5]
    assert marker_run(texts, levels, 1) == [1, 2]  # the list itself, from one of its items


SAID = "这件事大家都清楚，我不多讲了，关键是要抓落实，见实效。"


def test_the_ordinals_a_speaker_numbers_points_by_are_one_series_however_said():
    # a talk written down: 第二个… / 第三，… / 第四，… / 第五个问题… (the first point was the
    # opening); 同类编号一并更正 offered 第三…第四 alone
    texts = [
        "今年的任务很重，" + SAID,
        "第二个我们的工作方法要改变，" + SAID,
        SAID,
        "第三，要选好目标，" + SAID,
        "第四，我再强调一下纪律，" + SAID,
        "第五个问题我讲讲干部，" + SAID,
        "第二个月的安排另行通知。",
    ]
    for i in (1, 3, 5):
        assert marker_run(texts, {}, i) == [1, 3, 4, 5]
    assert run_label(texts, [1, 3, 4, 5]) == "第二个…第五个问题，共 4 段"
    # spoken ordinals alone make no run (prose as often); things counted are no points
    assert marker_run(["第二个我们要做，" + SAID, "第三个我们要想，" + SAID], {}, 0) == []
    stages = ["第一阶段，打基础。", "第二，讲方法。", "第二阶段，见成效。"]
    assert marker_run(stages, {}, 0) == [0, 2]


def test_points_under_each_question_do_not_take_the_questions_run():
    texts = [
        "第一个问题，讲形势。",
        "第一，看成绩。",
        "第二，看问题。",
        "第二个问题，讲任务。",
        "第一，抓项目。",
        "第二，抓队伍。",
        "第三个问题，讲保障。",
    ]
    assert marker_run(texts, {}, 0) == [0, 3, 6]
    assert marker_run(texts, {}, 1) == [1, 2]
    assert marker_run(texts, {}, 4) == [4, 5]
