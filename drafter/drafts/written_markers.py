"""Headings numbered as the author wrote them, where no draft numbering style can say it.

A draft stores numbering styles, never typed markers (一、 （一） 一是 …), and
``draft_from_document`` infers the style of each level from the markers a document was
written with. Markers outside those styles — a numeral and a full-width space (一　重工业和
轻工业、农业的关系), 第一点， — infer to "no numbering", so an outline printed from such a draft
lost every number: a trainee exporting the 提纲 of 论十大关系 got ten bare headings and could
no longer see that the speech counts ten relations. For an outline taken *as written* (the
study page's 导出提纲) those headings keep their written marker in the heading and are left out
of the derived numbering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.drafts.model import DraftNode
from drafter.drafts.numbering import parse_marker

if TYPE_CHECKING:  # the corpus package is only needed for its sections' type
    from drafter.corpus.model import Section


def written_marker(marker: str) -> str:
    """The marker as printed before its heading: trailing white space becomes one full-width
    space (the author's 一　 stays apart from the words), other marks stay as typed."""
    core = marker.rstrip()
    return core + "\u3000" if core and core != marker else core


def keep_written_markers(sections: list[Section], nodes: list[DraftNode]) -> int:
    """Give every node whose section's marker no numbering style knows its written marker in
    the heading, unnumbered (so the derived numbering neither replaces nor counts it); walk
    the children alike. ``nodes`` are the draft's nodes made from ``sections`` in order (extra
    nodes, such as appendices after them, are left alone). Returns how many changed."""
    changed = 0
    for section, node in zip(sections, nodes):
        mark = written_marker(section.marker or "")
        if mark and parse_marker(mark) is None and not node.heading.startswith(mark.strip()):
            node.heading = mark + node.heading
            node.unnumbered = True
            node.written_marker = ""  # now in the heading, not printed twice
            changed += 1
        changed += keep_written_markers(section.children, node.children)
    return changed
