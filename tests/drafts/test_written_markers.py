"""A writer's own heading markers: kept while their group is as written, renumbered in the
writer's style once the writer edits the group, put back by undo.

A speech read from a file keeps the markers its writer typed where the draft's position
and style would print others (a run starting at 二, mao's 一　 with a full-width space,
第一点，). They were frozen: inserting a heading in a run 二、三、四 printed 二、 二、 三、 四、,
deleting or moving one left a gap or a jumble. Own texts; the real 论十大关系 below when
../shared is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from speech_samples import WRITTEN_MARKERS_SPEECH

from drafter.corpus import load_document, parse_text
from drafter.drafts import ops
from drafter.drafts.convert import draft_from_document
from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.numbering import heading_text, markers
from drafter.drafts.written_markers import marker_form, written_marker
from drafter.export.outline import outline_draft, outline_items

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "speeches" / "mao"


def _speech(*heads: str) -> Draft:
    lines = ["在全县秘书工作会议上的讲话", "", "同志们：", "", "今天开个会，讲几点意见。", ""]
    for head in heads:
        lines += [
            head,
            "",
            "这项工作很重要，各地要抓紧研究，拿出办法，按月调度，年底考核。" * 2,
            "",
        ]
    return draft_from_document(parse_text("\n".join(lines), "t.txt"))


def _tops(draft: Draft) -> list[str]:
    marks = markers(draft)
    return [heading_text(draft, n, marks) for n in draft.sections]


RUN_FROM_TWO = ("二、秘书要善于归纳", "三、要重视文档建设", "四、要进行秘书系统整顿")
MAO_STYLE = ("一\u3000国内的形势", "二\u3000我们的任务", "三\u3000工作的方法")


def test_a_group_as_written_keeps_its_markers():
    assert _tops(_speech(*RUN_FROM_TWO)) == list(RUN_FROM_TWO)
    assert _tops(_speech(*MAO_STYLE)) == list(MAO_STYLE)


def test_inserting_renumbers_the_run_from_its_first_number():
    draft = _speech(*RUN_FROM_TWO)
    ops.add_node(draft, None, 1, DraftNode("加强督查"))
    assert _tops(draft) == [
        "二、秘书要善于归纳",
        "三、加强督查",
        "四、要重视文档建设",
        "五、要进行秘书系统整顿",
    ]
    ops.add_node(draft, None, 0, DraftNode("统一思想"))
    assert [t[:2] for t in _tops(draft)] == ["二、", "三、", "四、", "五、", "六、"]


def test_inserting_keeps_a_form_no_style_knows():
    draft = _speech(*MAO_STYLE)
    ops.add_node(draft, None, 0, DraftNode("历史的经验"))
    assert _tops(draft) == [
        "一\u3000历史的经验",
        "二\u3000国内的形势",
        "三\u3000我们的任务",
        "四\u3000工作的方法",
    ]


def test_deleting_leaves_no_gap_and_keeps_the_first_number():
    draft = _speech(*RUN_FROM_TWO)
    ops.remove_node(draft, draft.sections[0].id)
    assert _tops(draft) == ["二、要重视文档建设", "三、要进行秘书系统整顿"]
    draft = _speech(*MAO_STYLE)
    ops.remove_node(draft, draft.sections[1].id)
    assert _tops(draft) == ["一\u3000国内的形势", "二\u3000工作的方法"]


def test_moving_within_the_group_renumbers_it():
    draft = _speech(*MAO_STYLE)
    ops.move_node(draft, draft.sections[2].id, None, 0)
    assert _tops(draft) == ["一\u3000工作的方法", "二\u3000国内的形势", "三\u3000我们的任务"]


def test_a_level_change_renumbers_both_groups_in_their_own_styles():
    draft = _speech(*MAO_STYLE)
    third = draft.sections[2]
    ops.demote(draft, third.id)  # under 二　我们的任务: the only sub-heading there
    assert _tops(draft) == ["一\u3000国内的形势", "二\u3000我们的任务"]
    # a sub-heading takes its level's numbering, not the part's 三
    assert heading_text(draft, third).startswith("（一）") or not third.written_marker
    ops.promote(draft, third.id)
    assert _tops(draft) == list(MAO_STYLE)


def test_a_heading_moved_in_takes_the_groups_form():
    draft = _speech(*RUN_FROM_TWO)
    points = [
        DraftNode("关于作风", written_marker="第一点，"),
        DraftNode("关于农业", written_marker="第二点，"),
    ]
    draft.sections[0].children = points  # as a speech read from a file numbers its points
    assert [heading_text(draft, p) for p in points] == ["第一点，关于作风", "第二点，关于农业"]
    ops.move_node(draft, points[1].id, None, 1)  # a point becomes a part
    assert _tops(draft)[1] == "三、关于农业"
    ops.add_node(draft, draft.sections[0].id, None, DraftNode("关于团结"))
    assert heading_text(draft, draft.sections[0].children[-1]) == "第二点，关于团结"


def test_sequence_words_follow_the_new_count():
    draft = _speech("首先，要统一思想", "其次，要明确任务", "最后，要狠抓落实")
    before = _tops(draft)
    ops.add_node(draft, None, 2, DraftNode("要加强督查"))
    assert [t.split("，")[0] for t in _tops(draft)] == ["首先", "其次", "再次", "最后"]
    assert _tops(draft)[0] == before[0] and _tops(draft)[-1] == before[-1]


def test_each_heading_keeps_what_it_wrote_after_its_number_and_the_last_stays_last():
    # as a speech numbered so is read (a ren text of 1995 runs 第二点， 第三， … 最后一点，)
    written = {"第二点，": "要善解人意", "第三，": "秘书要善于归纳", "第四，": "要重视文档建设"}
    written["最后一点，"] = "对秘书的希望"
    draft = Draft(
        sections=[DraftNode(h, written_marker=m) for m, h in written.items()],
        numbering=["ordinal"],
    )
    ops.add_node(draft, None, 1, DraftNode("要加强督查"))
    assert [t.split("，")[0] for t in _tops(draft)] == [
        "第二点",
        "第三",
        "第四",
        "第五",
        "最后一点",
    ]
    ops.move_node(draft, draft.sections[-1].id, None, 0)  # 最后一点 is no longer the last
    assert [t.split("，")[0] for t in _tops(draft)] == ["第二", "第三点", "第四", "第五", "第六"]


def test_undo_and_redo_put_the_markers_back_exactly():
    draft = _speech(*RUN_FROM_TWO)
    written = _tops(draft)
    for edit in (
        lambda d: ops.add_node(d, None, 1, DraftNode("加强督查")),
        lambda d: ops.remove_node(d, d.sections[0].id),
        lambda d: ops.move_node(d, d.sections[2].id, None, 0),
        lambda d: ops.demote(d, d.sections[1].id),
        lambda d: ops.set_numbering(d, 1, "ordinal"),
    ):
        undo = edit(draft)
        edited = _tops(draft)
        redo = undo.apply(draft)
        assert _tops(draft) == written
        again = redo.apply(draft)
        assert _tops(draft) == edited
        again.apply(draft)
        assert _tops(draft) == written


def test_choosing_a_style_for_the_level_replaces_the_writers_markers():
    draft = _speech(*MAO_STYLE)
    ops.set_numbering(draft, 1, "ordinal")
    assert [t[:3] for t in _tops(draft)] == ["第一，", "第二，", "第三，"]


def test_an_edit_elsewhere_leaves_a_group_as_written():
    draft = _speech(*RUN_FROM_TWO)
    ops.add_node(draft, draft.sections[0].id, None, DraftNode("抓好信息"))
    ops.set_heading(draft, draft.sections[1].id, "要重视档案建设")
    assert [t[:2] for t in _tops(draft)] == ["二、", "三、", "四、"]


def test_marker_forms():
    assert marker_form("第二点，").render(5, 5) == "第五点，"
    assert marker_form("一\u3000").render(11, 11) == "十一\u3000"
    assert marker_form("（３）").render(4, 4) == "（４）"
    assert marker_form("其次，").render(3, 3) == "最后，"
    assert marker_form("最后一点，").number == 0 and marker_form("此外，").number == 4
    assert marker_form("●").render(2, 2) == "●" and marker_form("") is None
    assert marker_form("第一，").family == marker_form("第二点，").family
    assert marker_form("（一）").family != marker_form("一、").family
    assert marker_form("一、").family != marker_form("1、").family


def test_written_marker_spacing():
    assert written_marker("一 ") == "一\u3000" and written_marker("第一点，") == "第一点，"
    assert written_marker("") == "" and written_marker("  ") == ""


def test_an_outline_keeps_markers_no_style_knows():
    doc = parse_text(WRITTEN_MARKERS_SPEECH, "t.txt")
    assert outline_items(outline_draft(draft_from_document(doc))) == [
        (1, "一\u3000关于学习的问题"),
        (1, "二\u3000关于工作的问题"),
        (2, "第一点，应当肯定，过去一年的工作成绩很大"),
        (2, "第二点，应当看到，工作中还有不少不足"),
    ]


def test_the_ten_relations_keep_their_numbers_and_renumber_when_edited():
    path = SHARED / "第五卷_051 论十大关系.md"
    if not path.exists():
        pytest.skip(f"real text not present: {path}")
    draft = draft_from_document(load_document(path))
    items = outline_items(outline_draft(draft))
    heads = [h for level, h in items if level == 1]
    assert len(heads) == 10 and heads[0].startswith("一") and heads[9].startswith("十")
    assert heads[7] == "八\u3000革命和反革命的关系"
    points = [h for level, h in items if level == 2]
    assert points[0].startswith("第一点，") and points[-1].startswith("第二，")
    ops.remove_node(draft, draft.sections[1].id)
    heads = [h for level, h in outline_items(outline_draft(draft)) if level == 1]
    assert len(heads) == 9 and heads[6] == "七\u3000革命和反革命的关系"
    assert heads[8].startswith("九\u3000")
