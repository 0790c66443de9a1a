"""提纲练习's comparison teaches, not only scores: each group of sibling headings says how the
originals are built (numbering, own line or run-in, the frame they share) and what the
trainee's headings did differently (how many written, the frame's fixed words, parallel or
not, far longer or shorter). The headings here are written for the test."""

from __future__ import annotations

from drafter.study.exercise import Answer, ExerciseRow, score
from drafter.study.exercise.lessons import (
    fixed_words,
    group_lessons,
    heading_build,
    numbering,
)

ROWS = [
    ExerciseRow("一、", "坚持学习在先", 1, 0, "", False),
    ExerciseRow("（一）", "学理论", 2, 2, "", True),
    ExerciseRow("（二）", "学业务", 2, 4, "", True),
    ExerciseRow("二、", "坚持调研在前", 1, 6, "", False),
    ExerciseRow("三、", "坚持落实在后", 1, 8, "", False),
]
RUN_IN = {r.original: r.run_in for r in ROWS}


def _lessons(mine):
    return group_lessons(score(ROWS, mine), RUN_IN)


def test_numbering_names_the_family_not_the_number():
    assert numbering("三、") == "用“一、”“二、”…编号"
    assert numbering("（四）") == "用“（一）”“（二）”…编号"
    assert numbering("二是") == "用“一是”“二是”…编号"
    assert numbering("首先，") == "用“首先”这类次序词"
    assert numbering("") == "不编号"
    assert "写在段首" in heading_build("一是", True, "坚持…")
    assert "共用“坚持…”" in heading_build("一是", True, "坚持…")


def test_groups_are_siblings_under_one_parent():
    top, subs = _lessons(["", "", "", "", ""])
    assert top.members == (0, 3, 4) and subs.members == (1, 2)
    assert top.names == "〔一、至三、〕" and subs.names == "〔（一）至（二）〕"
    assert "用“一、”“二、”…编号" in top.built and "单独成行" in top.built
    assert "共用“坚持…”" in top.built
    assert "写在段首" in subs.built and "共用“学…”" in subs.built
    assert "一个也没写" in top.yours


def test_missing_the_frame_and_not_parallel_are_said():
    top = _lessons(["抓学习", "", "", "深入基层调查研究", "落实"])[0]
    assert "没用上原文共用的“坚持”" in top.yours
    assert "读来不并列" in top.yours


def test_a_group_written_like_the_original_says_so():
    top = _lessons(["坚持读书在先", "", "", "坚持走访在前", "坚持督办在后"])[0]
    assert top.yours == "你的：用上了“坚持”。"


def test_blanks_and_length_are_counted():
    long = "坚持把学习放在一切工作的最前面并且长期坚持下去"
    top = _lessons([long, "", "", "", ""])[0]
    assert "只写了 1/3 个" in top.yours and "可再精炼" in top.yours


def test_a_frame_of_other_words_is_still_parallel():
    top = _lessons(["加强学习", "", "", "加强调研", "加强落实"])[0]
    assert "彼此共用“加强…”，也是并列" in top.yours


def test_fixed_words_and_a_saved_attempt_without_run_in():
    assert fixed_words("…是办公室的…，务必…") == ["是办公室的", "务必"]
    answers = [Answer("一是", "抓学习", "抓学习", 1.0, 1), Answer("二是", "抓调研", "", 0.0, 1)]
    (only,) = group_lessons(answers)
    assert "单独成行" not in only.built and "写在段首" not in only.built  # not known
    assert only.line.startswith("〔一是至二是〕　原文用“一是”“二是”…编号")


def test_two_series_under_one_heading_are_two_lessons_as_in_the_study_view():
    """st48: a speech's parts 一、…三、 then its Q&A Q1：…Q3： at the same level were one
    lesson 〔一、至Q3：〕 with no frame, while the 学习 view (siblings.sibling_groups) shows
    two groups; the lessons now use the view's grouping (outline_groups)."""
    markers = ["一、", "二、", "三、", "Q1：", "Q2：", "Q3："]
    texts = [
        "坚持学习",
        "坚持调研",
        "坚持落实",
        "问一个学习的问题",
        "问一个调研的问题",
        "问一个落实的问题",
    ]
    rows = [ExerciseRow(m, t, 1, i, "", False) for i, (m, t) in enumerate(zip(markers, texts))]
    lessons = group_lessons(score(rows, []), {})
    assert [(g.members, g.names, g.frame) for g in lessons] == [
        ((0, 1, 2), "〔一、至三、〕", "坚持…"),
        ((3, 4, 5), "〔Q1：至Q3：〕", "问一个…的问题"),
    ]


def test_the_lessons_group_a_real_report_as_the_study_view_does(shared_dir):
    """On a real work report whose 第一，…第六， follow 在教育方面…在社会管理方面 under one
    heading, each lesson of two or more headings is one of the view's groups, and back."""
    from drafter.corpus.load import load_document
    from drafter.study.exercise import exercise_rows
    from drafter.study.layout import layout
    from drafter.study.siblings import sibling_groups

    doc = load_document(shared_dir / "corpus" / "structure" / "gwr_national_2008.txt")
    rows = exercise_rows(doc)
    lay = layout(doc)
    at = {id(n): i for i, n in enumerate(lay.nodes())}
    view = {tuple(at[id(n)] for n in group) for _parent, group in sibling_groups(lay)}
    lessons = group_lessons(score(rows, []), {r.original: r.run_in for r in rows})
    assert {g.members for g in lessons if len(g.members) > 1} == view
    assert any(g.frame == "必须坚持…" for g in lessons)
