"""A text made of questions and answers (问：…／答：…) is studied by its questions: the first
question is no opening, and the structure map cuts the body at each question, its answer's
length under it. 任正非答新员工问 showed 〔开头〕未归类 (its first question, 19 字) and one 正文
bar of 100% (st53's walk of ten real 范文)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.commands.study import render
from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.outline_notes import BY_QUESTIONS, skeleton_note

REN = Path(__file__).resolve().parents[2] / "../shared/corpus/speeches/ren"
QA = REN / "19990720_任正非答新员工问.md"

TALK = """局长答新入职干部问
问：局长对我们新同志最想说的是什么？
答：踏踏实实做人，认认真真做事。机关工作没有小事，每一件都关系群众切身利益。
希望大家尽快转变角色，从学校走向岗位。
问：新同志怎样尽快熟悉业务？
答：多向老同志请教，多到基层走走，把政策文件读熟读透。
问：怎样看待加班？
答：该加班的时候不推脱，但更要提高效率，把工作安排在前头。
"""

SPEECH = """同志们：
今天召开这次会议，主要任务是总结去年工作，部署今年任务。
去年，全市上下克服困难，各项工作取得新进展。
问：有人问，今年的任务能不能完成？我说，只要大家努力，一定能完成。
同志们，让我们团结一心，努力完成全年各项任务！
"""


def test_questions_cut_the_body_and_the_first_is_no_opening():
    study = analyze(parse_text(TALK, "/tmp/答问.txt"), rate=220)
    assert len(study.questions) == 3
    assert not study.opening.text
    body = next(r for r in study.structure if r.part == "body")
    assert body.label == "〔正文〕问答，共 3 问"
    stretches = [r for r in study.structure if r.part == "stretch"]
    assert [r.label for r in stretches] == [
        "〔问〕局长对我们新同志最想说的是什么？",
        "〔问〕新同志怎样尽快熟悉业务？",
        "〔问〕怎样看待加班？",
    ]
    assert [r.cut for r in stretches] == ["question"] * 3
    assert sum(r.chars for r in stretches) == body.chars == study.total_chars
    assert skeleton_note([r.label for r in stretches]) == BY_QUESTIONS
    assert "开头：无（问答体，从第一问开始）" in render(study).splitlines()
    assert study.to_json()["questions"] == [i + 1 for i in study.questions]


def test_a_speech_that_quotes_one_question_is_no_q_and_a():
    study = analyze(parse_text(SPEECH, "/tmp/讲话.txt"), rate=220)
    assert study.questions == [] and study.opening.text
    assert not any(r.cut == "question" for r in study.structure)


@pytest.mark.skipif(not QA.exists(), reason="../shared corpus absent (任正非答新员工问)")
def test_ren_answering_new_staff_is_read_by_its_questions():
    study = analyze(load_document(QA), rate=220)
    assert not study.opening.text
    stretches = [r for r in study.structure if r.part == "stretch"]
    assert len(stretches) >= 10 and all(r.cut == "question" for r in stretches)
    assert max(r.share for r in stretches) < 0.3  # no single bar holds the text
