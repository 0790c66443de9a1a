"""End to end on a real speech (../shared seeds/004): 一是腿勤…四是眼勤 stays 一是 in a
structure template made from the mined 四勤 frame and in a template of the whole speech,
beside the 一要 groups of the same text (the fix of drafter/drafts numbering, checked
through the study path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document
from drafter.drafts.numbering import heading_text, markers
from drafter.study.analyze import analyze
from drafter.study.templates import structure_template
from drafter.templating.from_document import template_from_document
from drafter.templating.registry import render_source

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "004_abe497b1be7d6e8a.txt"


@pytest.fixture(scope="module")
def doc():
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the real seed speech is needed")
    return load_document(SEED)


def _labels(source: str) -> list[list[str]]:
    draft = render_source(source, "t.j2")
    marks = markers(draft)
    return [
        [heading_text(draft, n, marks)] + [heading_text(draft, c, marks) for c in n.children]
        for n in draft.sections
    ]


def test_mined_siqin_frame_template_keeps_yishi(doc):
    frame = next(f for f in analyze(doc).frames if f.phrase == "四勤")
    labels = _labels(structure_template(doc, frame.span.paragraph, "结构-四勤"))
    tops = [group[0] for group in labels]
    assert [t[:2] for t in tops] == ["一是", "二是", "三是", "四是"]


def test_whole_speech_template_keeps_each_group_style(doc):
    labels = _labels(template_from_document(doc, "仿范文"))
    four, five = labels[3], labels[4]
    assert [c[:2] for c in four[1:]] == ["一是", "二是", "三是", "四是"]
    assert all(c[1] == "要" for c in five[1:])
