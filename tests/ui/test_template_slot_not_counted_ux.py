"""A template's slot (……) is not 字数: it is what the writer will write over.

A draft new from 三个方面 with two points a part (six bare …… sub-headings) said 本节 2 字 for
each empty point and 12 字 too many in all, and 坚持…… counted 4 where the writer had written 2. Now the outline's 字数
column, the status line and the versions dialog count the words only; an ellipsis in prose
still counts, as Word counts it.
"""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.templating import render_template
from drafter.ui.dialogs.versions_dialog import _count
from drafter.ui.models.draft_model import draft_chars, heading_chars, paragraph_chars


def test_a_new_draft_from_a_template_has_no_words(make_editor):
    panel = make_editor()
    draft = render_template("三个方面", {"points": 2})
    assert any(n.heading == "……" for n in draft.walk())
    panel.set_draft(draft, ask=False)
    model = panel.session.model
    first = draft.sections[0]
    words = sum(len(n.heading) for n in draft.sections)
    assert model.count_of(first.id) == len(first.heading) == 24
    assert model.count_of(first.children[0].id) == 0
    assert model.total_count() == words == _count(draft)
    panel.select_key(first.children[0].id)
    assert f"本节 0 字 · 全文 {words:,} 字" in panel.counts.text()


def test_a_slot_beside_words_counts_the_words():
    assert heading_chars("坚持……") == 2
    assert heading_chars("一个原则：……") == 5
    assert heading_chars("经济运行调度平稳有序") == 10
    assert paragraph_chars("……。") == 0
    assert paragraph_chars("要抓好安全生产、防汛救灾等等……") == 16
    draft = Draft(
        sections=[DraftNode("坚持……", paragraphs=[DraftParagraph("……")]), DraftNode("……")]
    )
    assert draft_chars(draft) == 2 and _count(draft) == 2
