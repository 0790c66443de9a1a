"""An outline taken as written keeps the numbers no draft numbering style knows.

Walking 学习 › 导出提纲 on 论十大关系, the .docx and .md held ten bare headings: the speech's
一　重工业和轻工业、农业的关系 (a numeral and a full-width space) and its 第一点， points infer
to "no numbering" in a draft, so every number was dropped, while the 第一， points of the last
part kept theirs. ``keep_written_markers`` puts such markers back into the heading (and leaves
the styles a draft knows to the derived numbering). Own text; the real one below when
../shared is present."""

from __future__ import annotations

from pathlib import Path

import pytest
from speech_samples import WRITTEN_MARKERS_SPEECH

from drafter.corpus import load_document, parse_text
from drafter.drafts.convert import draft_from_document
from drafter.drafts.written_markers import keep_written_markers, written_marker
from drafter.export.outline import outline_draft, outline_items

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "speeches" / "mao"


def _items(doc) -> list[tuple[int, str]]:
    draft = draft_from_document(doc)
    keep_written_markers(doc.outline.sections, draft.sections)
    return outline_items(outline_draft(draft))


def test_a_marker_no_style_knows_stays_as_written():
    doc = parse_text(WRITTEN_MARKERS_SPEECH, "t.txt")
    plain = outline_items(outline_draft(draft_from_document(doc)))
    # the draft keeps the written markers itself now (DraftNode.written_marker)
    assert [h for _l, h in plain][:2] == ["一\u3000关于学习的问题", "二\u3000关于工作的问题"]
    assert _items(doc) == [
        (1, "一\u3000关于学习的问题"),
        (1, "二\u3000关于工作的问题"),
        (2, "第一点，应当肯定，过去一年的工作成绩很大"),
        (2, "第二点，应当看到，工作中还有不少不足"),
    ]


def test_markers_a_style_knows_are_left_to_the_numbering():
    doc = parse_text(
        "会议讲话\n一、提高认识\n办公室是中枢。\n二、明确目标\n要抓好信息。\n", "t.txt"
    )
    draft = draft_from_document(doc)
    assert keep_written_markers(doc.outline.sections, draft.sections) == 0
    assert [h for _l, h in outline_items(outline_draft(draft))] == ["一、提高认识", "二、明确目标"]


def test_written_marker_spacing():
    assert written_marker("一 ") == "一\u3000" and written_marker("第一点，") == "第一点，"
    assert written_marker("") == "" and written_marker("  ") == ""


def test_the_ten_relations_keep_their_numbers():
    path = SHARED / "第五卷_051 论十大关系.md"
    if not path.exists():
        pytest.skip(f"real text not present: {path}")
    items = _items(load_document(path))
    heads = [h for level, h in items if level == 1]
    assert len(heads) == 10 and heads[0].startswith("一") and heads[9].startswith("十")
    assert heads[7] == "八\u3000革命和反革命的关系"
    points = [h for level, h in items if level == 2]
    assert points[0].startswith("第一点，") and points[-1].startswith("第二，")
