"""A record of questions and answers that opens on the floor's questions (问：…): the
questions are the audience's words, not the speaker's, so no opening part is read in
them and no opening type rests on them. ren 19990720 opens on one question and was
开门见山式; ren 19960608 opens on nine, then the speaker's own 下面我一边说…: its type
(开门见山式, as the gold of study_bookends_b4 has it) now comes from that line, and the
过渡 read in a question (…的继承，又要…，如何理解…？) is gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import parse_text
from drafter.corpus.load import load_document
from drafter.study.analyze import analyze

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "speeches" / "ren"

ONLY_QUESTION = """与新员工座谈

问：您对我们新员工最想说的是什么？

答：踏踏实实，做好本职工作。

问：新员工怎样尽快适应岗位？

答：多向老同志请教，少抱怨，多动手。
"""

ADVISER = """顾问：今天我讲三点意见。

一、提高认识

要认识到这项工作的重要意义。

二、抓好落实

要一项一项抓好落实。
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [(ONLY_QUESTION, None), (ADVISER, "开门见山式")],
    ids=["floor-question", "adviser-speaks"],
)
def test_the_floors_question_gives_no_opening_type(text, kind):
    study = analyze(parse_text(text, "t.txt"))
    assert study.opening.type == kind
    assert not any(p.text.startswith("问") for p in study.opening.parts)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("19990720_任正非答新员工问.md", None),
        ("19960608_要树立服务意识、品牌意识、群体意识.md", "开门见山式"),
    ],
)
def test_real_records_opening_on_questions(name, kind):
    path = SHARED / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared holds the real texts)")
    study = analyze(load_document(path))
    assert study.opening.type == kind
    assert not any(p.text.startswith("问") for p in study.opening.parts)
