"""Three shapes the eighth blind set (tests/modern_blind8) missed, each as a minimal own
fixture: a speaker's bracketed direction in a 讲话提纲, a header's field line (a space after
its colon, 记录整理：…), and a 对照检查材料's closing formula above its signature. None of
them occurs in ../shared (outline --json unchanged on all its files), so these are the only
checks; the blind set's floors are in tests/modern/test_modern_blind8.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import load_document, parse_text

PARTS = "\n".join(
    [
        "一、认清形势",
        "今年汛期降水偏多，防汛任务很重，各地要早作准备。",
        "二、压实责任",
        "各乡镇主要负责同志是第一责任人，汛期不得外出。",
        "三、做好准备",
        "物资队伍要备足，汛前组织一次实战演练。",
    ]
)


@pytest.mark.parametrize(
    "note",
    [
        "（开场：简要讲会议目的，约3分钟）",
        "（插话：演练中通信中断的问题要解决）",
        "（强调：散会后立即传达）",
    ],
)
def test_a_speakers_direction_alone_is_a_note_not_title_or_body(note: str):
    # a 讲话提纲's cue to the speaker (what to do at that point) is no word of the speech: out
    # of the body with the stage notes, and never joined to the title above it
    doc = parse_text(f"在全县防汛工作会议上的讲话提纲\n\n{note}\n\n{PARTS}\n")
    assert doc.metadata.title == "在全县防汛工作会议上的讲话提纲"
    assert doc.apparatus.stage_notes == [note]
    assert note not in [p.text for p in doc.paragraphs()]
    assert [s.heading for s in doc.outline.sections] == ["认清形势", "压实责任", "做好准备"]


def test_a_named_turn_in_brackets_stays_the_text():
    # (梁华：…) / (问题：…): a recorded exchange's turn, the text, not a direction
    turn = "（问题：请谈谈对合同质量的要求。）"
    doc = parse_text(f"在座谈会上的讲话\n\n{PARTS}\n{turn}\n合同质量要抓好。\n")
    assert turn in [p.text for p in doc.paragraphs()]
    assert not doc.apparatus.stage_notes


def test_spaced_field_lines_under_a_markdown_title(tmp_path: Path):
    # **地点：** 县… loses its stars and keeps the space: still a field, never more title; the
    # one who wrote the record up (记录整理：) is the source line, as 执笔： is
    path = tmp_path / "notes.md"
    path.write_text(
        "# 全县企业家座谈会发言摘要\n\n"
        "**时间：** 2026年9月23日下午\n**地点：** 县行政中心第一会议室\n"
        "**记录整理：** 县政府办公室 梁晓桐\n\n" + PARTS.replace("\n一", "\n\n一") + "\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.metadata.title == "全县企业家座谈会发言摘要"
    assert "记录整理： 县政府办公室 梁晓桐" in (doc.apparatus.source or "")
    assert not any("记录整理" in p.text for p in doc.paragraphs())


def test_a_review_closing_formula_above_its_signature():
    # 以上对照检查，如有不当之处，恳请…批评指正。: the member names his own 对照检查材料 and winds
    # up there; the name and date under it sign it and are no place a closing starts
    formula = "以上对照检查，如有不当之处，恳请同志们批评指正。我将虚心接受，认真抓好整改。"
    text = (
        "2026年度民主生活会个人对照检查材料\n\n"
        "根据通知要求，我认真查摆问题、剖析根源，现对照检查如下。\n\n"
        f"{PARTS}\n\n{formula}\n\n祁海峰\n\n2026年12月18日\n"
    )
    closing = parse_text(text).outline.closing
    assert closing[0] == formula
