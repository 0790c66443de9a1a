"""The 修订稿's run surgery counts a run's characters as the run boundaries do.

tracked_runs kept its own count of a run's length that left out a carriage return inside a
run (``w:cr``), while the run boundaries it cuts with (wordml.split_at) count it as one
character, as python-docx's paragraph text does: in a paragraph whose earlier run held a
``w:cr``, new words after it were cut out but not marked as inserted. There is one count
now (wordml.run_length)."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from drafter.export.tracked_runs import TrackMarks, wrap_inserted
from drafter.export.wordml import paragraph_length

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph() -> etree._Element:
    # printed text: 甲 \r 乙 丙 丁 (five characters)
    return etree.fromstring(
        f'<w:p xmlns:w="{W}"><w:r><w:t>甲</w:t><w:cr/><w:t>乙</w:t></w:r>'
        "<w:r><w:t>丙丁</w:t></w:r></w:p>"
    )


def _marks() -> TrackMarks:
    return TrackMarks("王主任", "2026-03-02T00:00:00Z")


def test_words_after_a_carriage_return_are_marked_inserted():
    p = _paragraph()
    assert paragraph_length(p) == 5
    wrap_inserted(p, 3, 5, _marks())
    inserted = ["".join(t.text for t in ins.iter(qn("w:t"))) for ins in p.iter(qn("w:ins"))]
    assert inserted == ["丙丁"]
