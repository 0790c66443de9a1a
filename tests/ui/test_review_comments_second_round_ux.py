"""审阅 › 审稿意见转为批注 on the writer's answer from Word adds only what is new.

The head's comments of round one come back in the writer's .docx without the mark that
they came from the review; converting the findings again put a second comment beside each
one still open. Now the margin list keeps one per finding and gains only the finding whose
comment the writer deleted."""

from __future__ import annotations

from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from drafter.review.into_comments import review_into_comments
from tests.export.conftest import build_speech

from .draft_setup import head_editor


def test_second_round_in_the_app_adds_only_the_deleted_one(make_editor, tmp_path):
    panel = head_editor(make_editor)
    reviewed = build_speech()
    reviewed.sections[0].paragraphs[0].text = "办公室处于XX位置，各项工作要对标xxx同志的要求。"
    _result, first = review_into_comments(reviewed, "王主任")
    assert len(first) >= 2
    answer = open_as_draft(export_draft(reviewed, tmp_path / "退回写作者.docx"))
    deleted = next(c for c in answer.comments if c.quote == "xxx")
    answer.comments.remove(deleted)  # the writer deleted it in Word
    panel.set_draft(answer, unsaved=False, ask=False)
    before = panel.office.comments.list.count()
    assert panel.office.review_into_comments() == 1
    assert panel.office.comments.list.count() == before + 1
    assert [c.quote for c in panel.draft.comments if c.origin.startswith("review:")] == ["xxx"]
    assert panel.office.review_into_comments() == 0
