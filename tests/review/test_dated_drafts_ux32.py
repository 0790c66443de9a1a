"""A draft's date and a text without one (ux32, after the office head's walk).

The head opened the 1988 government work report as a writer's draft and was told 其它 and
做出 were wrong (2004 norms, judged against today), while the same file read from the
library took 1988 from its name and said nothing. And a text that names no date at all was
told a dated norm as if it were written today. The texts here are made up in those shapes.
"""

from __future__ import annotations

from drafter.drafts.open_any import open_as_draft
from drafter.review import ReviewConfig, review_document, review_draft
from drafter.review.registry import RULES
from drafter.review.text import document_from_lines, draft_from_lines, from_draft

ONLY_WORDING = ReviewConfig(disabled={r for r in RULES if r != "wording.list"})
ONLY_STALE = ReviewConfig(disabled={r for r in RULES if r != "stale.phrase"})
BODY = [
    "一、过去一年的工作",
    "其它各项工作都有新进展，国务院做出了重大决策。",
    "二、今年的任务",
    "要抓好落实。",
]


def _file(tmp_path, name: str):
    path = tmp_path / name
    path.write_text("各位代表：\n\n" + "\n\n".join(BODY) + "\n", encoding="utf-8")
    return path


def test_a_draft_takes_the_year_its_file_name_gives(tmp_path):
    """Opened as a draft or read as a document, 1988_政府工作报告.txt is judged as of 1988."""
    from drafter.corpus import load_document

    path = _file(tmp_path, "1988_政府工作报告.txt")
    as_draft = review_draft(open_as_draft(path), ONLY_WORDING)
    as_doc = review_document(load_document(path), ONLY_WORDING)
    assert [f.message for f in as_draft.findings] == [f.message for f in as_doc.findings] == []
    assert "1988" in as_draft.date_note()
    text = from_draft(open_as_draft(path))
    assert text.year == 1988 and text.date_from_name and not text.undated


def test_a_new_draft_is_still_judged_by_today():
    """A draft typed in the app with no date is being written now: the norm stands, unqualified."""
    found = review_draft(draft_from_lines(BODY), ONLY_WORDING).findings
    assert {f.text for f in found} == {"其它", "做出"}
    assert not any("未写日期" in f.message for f in found)


def test_an_undated_text_says_its_date_is_unknown():
    """A document that names no date: the dated norm says the date is unknown and when the
    norm began, instead of asserting it (the 13th Congress report was told 其它 → 其他)."""
    found = review_document(document_from_lines(BODY), ONLY_WORDING).findings
    assert found and all("文中未写日期" in f.message and "2004" in f.message for f in found)
    dated = review_document(document_from_lines(BODY, date="2010-03-05"), ONLY_WORDING).findings
    assert dated and not any("未写日期" in f.message for f in dated)


def test_an_undated_file_opened_as_a_draft_says_today_is_a_guess(tmp_path):
    """A file with no date in it or its name, opened as a draft, is judged by today and says so."""
    path = tmp_path / "讲话稿.txt"
    path.write_text("同志们：\n\n要决胜全面建成小康社会，抓好落实。\n", encoding="utf-8")
    found = review_draft(open_as_draft(path), ONLY_STALE).findings
    assert found and all("文中未写日期，按今天" in f.message for f in found)
