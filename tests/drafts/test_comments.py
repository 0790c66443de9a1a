"""Comments (批注) in the draft model and file: spans, replies, migration from format 1."""

from __future__ import annotations

import json

import pytest

from drafter.drafts.anchors import (
    add_comment,
    comments_on,
    in_reading_order,
    open_count,
    resolve,
)
from drafter.drafts.comments import Reply
from drafter.drafts.model import FORMAT_VERSION, Draft, DraftNode, DraftParagraph
from drafter.drafts.store import (
    DraftError,
    draft_from_bytes,
    draft_to_bytes,
    load_draft,
    save_draft,
)


def _draft() -> Draft:
    return Draft(
        opening=[DraftParagraph("同志们：", id="p0")],
        sections=[
            DraftNode(
                "提高政治站位",
                id="n1",
                paragraphs=[DraftParagraph("办公室处于承上启下的枢纽位置。", id="p1")],
                children=[DraftNode("讲政治", id="n2")],
            )
        ],
        closing=[DraftParagraph("谢谢大家！", id="p9")],
    )


def test_span_comment_round_trips_with_replies(tmp_path):
    draft = _draft()
    c = add_comment(draft, "p1", "“枢纽”一词请斟酌", author="王主任", start=10, end=12)
    assert c.quote == "枢纽" and c.time and c.author == "王主任"
    c.replies.append(Reply("已改为“中枢”", author="小李", time="2025-11-25T10:00:00+08:00"))
    c.resolved = True
    add_comment(draft, "n2", "与上一条不对仗", author="王主任")
    save_draft(draft, tmp_path / "d.json")
    back = load_draft(tmp_path / "d.json")
    assert [x.to_json() for x in back.comments] == [x.to_json() for x in draft.comments]
    first = back.comments[0]
    assert (first.start, first.end, first.quote, first.resolved) == (10, 12, "枢纽", True)
    assert first.replies[0].author == "小李"
    assert back.comments[1].start is None and not back.comments[1].is_span
    assert open_count(back) == 1


def test_bad_target_or_span_is_refused():
    draft = _draft()
    with pytest.raises(ValueError):
        add_comment(draft, "nope", "x")
    with pytest.raises(ValueError):
        add_comment(draft, "p1", "x", start=3, end=99)
    assert draft.comments == []


def test_span_is_found_again_after_an_edit_and_lost_when_deleted():
    draft = _draft()
    c = add_comment(draft, "p1", "斟酌", start=10, end=12)
    draft.sections[0].paragraphs[0].text = "我们办公室处于承上启下的枢纽位置。"
    a = resolve(draft, c)
    assert a.moved and a.text[a.start : a.end] == "枢纽"
    draft.sections[0].paragraphs[0].text = "办公室位置重要。"
    a = resolve(draft, c)
    assert a.lost and a.start is None and a.paragraph.id == "p1"
    draft.sections[0].paragraphs.clear()
    assert resolve(draft, c) is None


def test_reading_order_and_per_target():
    draft = _draft()
    late = add_comment(draft, "p9", "结尾再有力些", time="2025-01-01T00:00:00")
    head = add_comment(draft, "n1", "标题太长", time="2025-01-02T00:00:00")
    span = add_comment(draft, "p1", "b", start=3, end=5, time="2025-01-03T00:00:00")
    whole = add_comment(draft, "p1", "a", time="2025-01-04T00:00:00")
    gone = add_comment(draft, "p0", "x")
    gone.target = "deleted"
    assert in_reading_order(draft) == [head, whole, span, late, gone]
    assert comments_on(draft, "p1") == [whole, span]


def test_format_1_is_migrated_and_written_as_the_new_version():
    old = {
        "format": "drafter-draft",
        "version": 1,
        "meta": {"title": "旧稿"},
        "sections": [{"id": "n1", "heading": "一", "paragraphs": [], "children": []}],
    }
    draft = draft_from_bytes(json.dumps(old).encode())
    assert draft.comments == [] and draft.source is None
    payload = json.loads(draft_to_bytes(draft))
    assert payload["version"] == FORMAT_VERSION == 2
    assert payload["comments"] == [] and payload["source"] is None


@pytest.mark.parametrize(
    "comments, where",
    [
        ({"x": 1}, "comments: expected a list"),
        ([5], "comments[0]: expected an object"),
        ([{"target": 5}], "comments[0].target"),
        ([{"target": "p1", "resolved": "yes"}], "comments[0].resolved"),
        ([{"target": "p1", "start": "3"}], "comments[0].start"),
        ([{"target": "p1", "replies": [{"text": 1}]}], "comments[0].replies[0].text"),
    ],
)
def test_damaged_comments_are_named_by_path(comments, where):
    data = json.dumps({"format": "drafter-draft", "version": 2, "comments": comments})
    with pytest.raises(
        DraftError, match=r"corrupt draft \(" + where.replace("[", r"\[").replace("]", r"\]")
    ):
        draft_from_bytes(data.encode(), "d.json")
