"""A dismissed finding stays dismissed while the writer edits the same paragraph: it is
anchored by rule + flagged words + context (and the paragraph's id), never by offsets."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review import review_draft
from drafter.review.anchor import relocate, token, tokens_for

TEXT = "请各单位高度重视，XX同志牵头，抓紧拿出方案，确保按期完成各项任务。"


def _draft(text: str) -> Draft:
    return Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        sections=[
            DraftNode("提高政治站位", [DraftParagraph(text, id="p1")]),
            DraftNode("突出工作重点", [DraftParagraph("要抓好落实。", id="p2")]),
            DraftNode("强化责任落实", [DraftParagraph("要抓好落实。", id="p3")]),
        ],
    )


def _xx(result):
    return [f for f in result.findings if f.rule == "placeholder.x" and f.text == "XX"]


def _dismiss(draft):
    f = _xx(review_draft(draft))[0]
    draft.review_dismissed.append(token(f))
    return f


def _edit(draft, text):
    draft.sections[0].paragraphs[0].text = text
    return review_draft(draft)


def test_edit_elsewhere_in_the_paragraph_keeps_the_dismissal():
    draft = _draft(TEXT)
    _dismiss(draft)
    result = _edit(draft, "经研究决定，" + TEXT.replace("确保按期", "务必确保按期"))
    assert not _xx(result)
    assert [f.text for f in result.dismissed if f.rule == "placeholder.x"] == ["XX"]


def test_edit_right_next_to_the_words_on_one_side_keeps_it():
    draft = _draft(TEXT)
    _dismiss(draft)
    assert not _xx(_edit(draft, TEXT.replace("同志牵头", "同志负责牵头")))  # right side
    assert not _xx(_edit(draft, TEXT.replace("高度重视，", "切实高度重视，")))  # left side


def test_both_sides_rewritten_the_paragraph_anchor_keeps_it():
    draft = _draft(TEXT)
    _dismiss(draft)
    assert not _xx(_edit(draft, "会议要求，XX负责，月底前完成。"))


def test_a_second_identical_word_in_the_paragraph_is_not_hidden():
    draft = _draft(TEXT)
    _dismiss(draft)
    result = _edit(draft, TEXT + "另请XX同志配合。")
    shown = _xx(result)
    assert len(shown) == 1 and shown[0].start > len(TEXT)


def test_the_same_words_in_another_paragraph_are_not_hidden():
    draft = _draft(TEXT)
    _dismiss(draft)
    draft.sections[1].paragraphs[0].text = "另请XX同志配合做好相关工作。"
    assert [f.ref for f in _xx(review_draft(draft))] == ["p2"]


def test_restoring_removes_every_token_that_names_it():
    draft = _draft(TEXT)
    _dismiss(draft)
    result = _edit(draft, TEXT.replace("同志牵头", "同志负责牵头"))
    f = next(x for x in result.dismissed if x.rule == "placeholder.x")
    gone = tokens_for(f, draft.review_dismissed, result.findings + result.dismissed)
    assert gone == draft.review_dismissed
    for t in gone:
        draft.review_dismissed.remove(t)
    assert _xx(review_draft(draft))


def test_a_key_of_the_old_format_still_matches():
    draft = _draft(TEXT)
    f = _xx(review_draft(draft))[0]
    draft.review_dismissed.append(f.key)
    assert not _xx(review_draft(draft))


def test_relocate_finds_the_words_after_an_edit():
    f = _xx(review_draft(_draft(TEXT)))[0]
    edited = "经研究，" + TEXT
    moved = relocate(f, edited)
    assert edited[moved.start : moved.end] == "XX"
    assert relocate(f, TEXT) is f
    assert relocate(f, "全部改写了。") is None
