"""Findings an office head can trust: false alarms found by reading the review of real
published texts (rules fixed in general, checked here on those texts), and the words of
findings that were right but unclear. Core only, no Qt."""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.review import review_document
from drafter.review.lists import OfficeLists
from drafter.review.model import Finding
from drafter.review.panel_text import flagged


def _finding(text: str, start: int, context: str) -> Finding:
    return Finding(
        rule="punctuation.halfwidth",
        category="punctuation",
        level="warning",
        message="中文中使用了半角“,”",
        text=text,
        suggestion="，",
        paragraph=3,
        start=start,
        end=start + len(text),
        section=(),
        context=context,
    )


def test_a_single_mark_is_shown_with_the_words_around_it():
    """Two 「,」 in one paragraph are told apart by their neighbours."""
    para = "同时要注意观察工作中存在的问题,及时反馈提供给领导,为全面开展各项工作"
    shown = []
    for at in (para.index(","), para.rindex(",")):
        shown.append(flagged(_finding(",", at, para[max(0, at - 12) : at + 1 + 12])))
    assert shown == ["在的问题「,」及时反馈", "供给领导「,」为全面开"]


def test_longer_words_are_shown_alone():
    f = _finding("再接再励", 2, "要再接再励，")
    assert flagged(f) == "「再接再励」"


def test_the_thought_is_not_flagged_in_its_authors_own_text():
    """习近平's own report says 新时代中国特色社会主义思想 without the name; a draft naming
    习近平 elsewhere is held to the full form, and so is one whose speaker is someone else."""
    entry = next(w for w in OfficeLists.defaults().wording if w.speaker)
    assert entry.spoken_by_named("习近平", "")
    assert entry.spoken_by_named("", "全面贯彻新时代中国特色社会主义思想")
    assert not entry.spoken_by_named("", "习近平总书记强调，新时代中国特色社会主义思想")
    assert not entry.spoken_by_named("王建国", "全面贯彻新时代中国特色社会主义思想")


def test_a_repeated_paragraph_is_flagged_once_on_the_second_copy(tmp_path):
    body = "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。"
    path = tmp_path / "稿.txt"
    path.write_text(
        f"讲话\n同志们：\n{body}\n另起一段，说点别的，这一段并不重复前面的任何一段文字。\n{body}\n",
        "utf-8",
    )
    doc = load_document(path)
    found = [f for f in review_document(doc).findings if f.rule == "reuse.repeated"]
    assert len(found) == 1
    assert found[0].text == body and "前文第" in found[0].message


# Real published texts where the review raised a false alarm before (read by path).
FALSE_ALARMS = [
    # 过去一年，… 我们高效统筹疫情防控和经济社会发展: a look back, not a stale task
    ("corpus/structure/gwr_national_2023.txt", "stale.phrase"),
    # the speaker's own report names his thought without his name
    ("corpus/structure/cpc_congress_20.txt", "wording.list"),
    # 五条经验 一、…五、, then "以下的十项主要任务" 一、…十、: two lists, not a splice
    ("corpus/structure/gwr_national_1988.txt", "numbering.restart"),
]


@pytest.mark.shared
@pytest.mark.parametrize("rel,rule", FALSE_ALARMS)
def test_published_texts_no_longer_raise_these_false_alarms(shared_dir, rel, rule):
    path = shared_dir / rel
    if not path.exists():
        pytest.skip(f"{path} is absent")
    findings = review_document(load_document(path)).findings
    assert [f.text for f in findings if f.rule == rule] == []


def _draft(sections):
    from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph

    return Draft(
        meta=DraftMeta(title="讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：")],
        sections=[DraftNode(title, [DraftParagraph(t) for t in body]) for title, body in sections],
    )


def test_bare_numbered_parts_of_a_draft_are_not_empty_slots():
    """A draft opened from a text whose parts are numbered bare (一 二 三, no titles) has
    no unfilled slot; an untitled part among titled ones, or one with nothing under it, is."""
    from drafter.review import review_draft

    def slots(draft):
        return [f for f in review_draft(draft).findings if f.rule == "placeholder.slot"]

    bare = _draft(
        [("", ["我们的学习方法需要改造，这是全党的大事。"]), ("", ["理论联系实际。要抓好落实。"])]
    )
    assert slots(bare) == []
    mixed = _draft(
        [("总体要求", ["要抓好落实，确保见到实效。"]), ("", ["要抓好落实，确保见到实效。"])]
    )
    assert len(slots(mixed)) == 1
    empty = _draft([("", []), ("", [])])
    assert len(slots(empty)) == 2


def test_a_draft_opened_from_a_text_keeps_its_headings_sentence_stops(tmp_path):
    """一是腿勤。 and 一、坚持…，…。 keep their stop in the text's review; opened as a draft
    (the head's drafter new --from) they were flagged, nine times in one speech."""
    from drafter.drafts.open_any import open_as_draft
    from drafter.review import review_draft

    path = tmp_path / "稿.txt"
    path.write_text(
        "在培训班上的讲话\n同志们：\n一、坚持一个原则，精心组织，搞好服务。\n要抓好落实，确保见到实效。\n"
        "（一）统筹协调\n一是腿勤。\n要多跑基层，了解情况。\n二是口勤。\n要多问多说，沟通情况。\n"
        "二、保持两个畅通，有序运转，规范高效。\n要抓好落实，确保见到实效。\n",
        "utf-8",
    )
    as_doc = [
        f
        for f in review_document(load_document(path)).findings
        if f.rule == "punctuation.heading_stop"
    ]
    as_draft = [
        f
        for f in review_draft(open_as_draft(path)).findings
        if f.rule == "punctuation.heading_stop"
    ]
    assert as_doc == [] and as_draft == []


def test_a_repeat_names_the_heading_its_first_copy_stands_under(tmp_path):
    """The app shows no paragraph numbers: the first copy is named by its heading too."""
    body = "要坚持把调查研究作为基本功，深入基层一线，掌握第一手材料，为领导决策提供有力支撑。"
    path = tmp_path / "稿.txt"
    path.write_text(
        f"讲话\n同志们：\n一、提高政治站位\n{body}\n二、突出工作重点\n要聚焦重点行业领域，开展集中整治。\n{body}\n",
        "utf-8",
    )
    found = [f for f in review_document(load_document(path)).findings if f.rule == "reuse.repeated"]
    assert len(found) == 1 and "“一、提高政治站位”下" in found[0].message
