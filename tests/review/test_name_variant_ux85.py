"""A name written two ways (罗增斌书记 … 罗增彬书记): the slip an office head is most blamed
for, which no rule caught (name.title and name.deputy read only the office list or one
name's two titles). The rarer form is flagged and the usual one suggested; the speaker
line, the name the text is signed with, is the usual form when it is one of the two."""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review.engine import review_document, review_draft

SEED = "seeds/000_23c46fd3977b0aa1.txt"


def _variants(findings):
    return [f for f in findings if f.rule == "name.variant"]


@pytest.mark.shared
def test_a_leaders_name_mistyped_in_a_real_speech_is_flagged(shared_dir, tmp_path):
    src = shared_dir / SEED
    if not src.is_file():
        pytest.skip(f"{src} is absent")
    lines = src.read_text("utf-8").split("\n")
    clean = tmp_path / "clean.txt"
    clean.write_text("\n".join(lines), "utf-8")
    assert not _variants(review_document(load_document(clean)).findings)
    names = [line for line in lines if "罗增斌" in line]
    assert names, f"{src} no longer names 罗增斌"
    late = max(i for i, t in enumerate(lines) if len(t) > 60)
    lines[late] = "罗增彬书记多次强调，" + lines[late]
    seeded = tmp_path / "seeded.txt"
    seeded.write_text("\n".join(lines), "utf-8")
    found = _variants(review_document(load_document(seeded)).findings)
    assert [(f.text, f.suggestion, f.level) for f in found] == [("罗增彬", "罗增斌", "warning")]
    assert "罗增斌" in found[0].message and "只差一个字" in found[0].message


def test_the_speakers_name_is_the_usual_form():
    draft = Draft(
        meta=DraftMeta(title="在全县工作会议上的讲话", speaker="王建国", date="2026-03-02"),
        sections=[
            DraftNode("提高站位", [DraftParagraph("会上，王健国同志作了部署，要抓好落实。")])
        ],
    )
    found = _variants(review_draft(draft).findings)
    assert [(f.text, f.suggestion) for f in found] == [("王健国", "王建国")]
    assert "讲话人“王建国”" in found[0].message
