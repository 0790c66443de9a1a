"""What the 修订稿's comment on a moved heading says (ux22's walk).

Two second-level parts that changed places under 二、突出工作重点 got the comment
本节已移动：原为“（二）深化专项整治”，现在 突出工作重点，扎实推进… 下。 — the parent's
words without its number, set off by spaces, and "moved under" the heading it had always
been under. A change of order now says so in printed headings; a move to another heading
names where it stood and where it went.
"""

from __future__ import annotations

import copy

from drafter.compare import compare_drafts
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export.redline import heading_move_notes


def _speech() -> Draft:
    def part(heading, *children):
        return DraftNode(
            heading, paragraphs=[DraftParagraph(f"{heading}要抓实。")], children=list(children)
        )

    return Draft(
        meta=DraftMeta(title="在全区安全生产工作会议上的讲话"),
        sections=[
            part("提高政治站位", part("统一思想认识"), part("压实工作责任")),
            part("突出工作重点", part("强化隐患排查"), part("深化专项整治。")),
            part("强化组织保障"),
        ],
    )


def _notes(old: Draft, new: Draft) -> list[str]:
    return [
        c.text
        for c in heading_move_notes(compare_drafts(old, new), "王主任", "2025-03-12T00:00:00Z")
    ]


def test_siblings_that_changed_places_say_the_order_changed():
    old = _speech()
    new = copy.deepcopy(old)
    new.sections[1].children.reverse()
    notes = _notes(old, new)
    assert "本节顺序已调整：原为“（二）深化专项整治”，现为“（一）深化专项整治”。" in notes
    assert not any("现在" in n or " / " in n or "。”" in n for n in notes)


def test_a_part_moved_under_another_heading_says_from_where_to_where():
    old = _speech()
    new = copy.deepcopy(old)
    moved = new.sections[0].children.pop(1)
    new.sections[1].children.append(moved)
    assert _notes(old, new) == [
        "本节已移动：原在“一、提高政治站位”下（原为“（二）压实工作责任”），"
        "现移到“二、突出工作重点”下。"
    ]


def test_a_part_raised_to_the_first_level_says_so():
    old = _speech()
    new = copy.deepcopy(old)
    moved = new.sections[0].children.pop(1)
    new.sections.insert(1, moved)
    notes = _notes(old, new)
    assert any(
        n.startswith(
            "本节已移动：原在“一、提高政治站位”下（原为“（二）压实工作责任”），现移到第一级"
        )
        for n in notes
    )
