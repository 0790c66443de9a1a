"""A text without headings is cut at its transitions for the structure map, ``drafter study``
and ``--json``: each transition's row runs to the next one (or the closing), a row before the
first, all one level under the body and adding up to it. 整顿党的作风 showed its seven
transitions without a length under one bar of 99%."""

from __future__ import annotations

from speech_samples import TRANSITIONS_SPEECH_LINES

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.study.stats import LEAD_STRETCH_LABEL

LINES = TRANSITIONS_SPEECH_LINES


def test_the_body_is_cut_at_its_transitions():
    study = analyze(parse_text("\n".join(LINES), "/tmp/作风.txt"), rate=220)
    assert not study.sections
    parts = [r.part for r in study.structure]
    assert parts == ["opening", "body", "stretch", "stretch", "stretch", "stretch", "closing"]
    body = study.structure[1]
    stretches = study.structure[2:6]
    assert [r.label for r in stretches] == [
        LEAD_STRETCH_LABEL,
        "〔转入新话题〕现在我来讲一讲学风问题。",
        "〔转入新话题〕其次讲一讲文风问题。",
        "〔回顾上文〕关于文风的问题，今天讲的就是这些。",
    ]
    assert all(r.level == 1 for r in stretches)
    assert sum(r.chars for r in stretches) == body.chars
    # 学风's stretch holds its transition and the twenty sentences after it
    assert stretches[1].chars == len("现在我来讲一讲学风问题。" + "学风不正，就是主观主义。" * 20)
    assert stretches[1].seconds == round(stretches[1].chars * 60 / 220)
    data = study.to_json()["sections"]
    assert [r["part"] for r in data] == parts


def test_a_text_with_headings_or_no_transition_has_no_stretches():
    plain = [line for line in LINES if "讲一讲" not in line and "讲的就是" not in line]
    study = analyze(parse_text("\n".join(plain), "/tmp/作风.txt"))
    assert "stretch" not in {r.part for r in study.structure}
    headed = (
        LINES[:3] + ["一、学风问题"] + LINES[3:9] + ["二、文风问题", "要改进文风。"] + LINES[9:]
    )
    study = analyze(parse_text("\n".join(headed), "/tmp/作风.txt"))
    assert study.sections and "stretch" not in {r.part for r in study.structure}
