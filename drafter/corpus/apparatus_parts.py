"""The apparatus as a view lays it out under the text, and the part of it search reads.

The reader (drafter.ui.panels.reader_apparatus) and the study page show the apparatus
after the text's last paragraph: one rule line, then each part's label and its
paragraphs. The library indexes an appended document among them at the block the reader
shows it in, so a hit opens there; both take the order and the labels from here.
"""

from __future__ import annotations

from drafter.corpus.model import Apparatus, Paragraph

APPARATUS_SECTIONS = (
    ("notes", "编者按"),
    # a record's notes of the hall (（全场鼓掌）, （观看专题片，略）): the recorder's, not an editor's
    ("stage_notes", "现场记录"),
    ("endnotes", "注释"),
    ("source", "来源"),
    ("appendix", "附录"),
    # a web page's furniture the user marked (打印本页, 分享到：): last, out of the way
    ("site_chrome", "网页杂项"),
)
"""The apparatus's parts in the order a view shows them under the text, with their labels."""

SEARCHED_PARTS = ("appendix",)
"""The parts indexed for search (:func:`searchable_apparatus`): an appended document (附件：
实施方案, a 决议 after the speech) is text a writer looks for; the editor's notes, endnotes and
source line are lines about the text, which would crowd its hits."""


def apparatus_parts(apparatus: Apparatus | None) -> list[tuple[str, str, list[str]]]:
    """(name, label, paragraphs) of each part ``apparatus`` has, in the order shown."""
    if apparatus is None:
        return []
    parts = []
    for name, label in APPARATUS_SECTIONS:
        value = getattr(apparatus, name, None)
        if value:
            parts.append((name, label, [value] if isinstance(value, str) else list(value)))
    return parts


def part_blocks(apparatus: Apparatus | None, start: int) -> list[tuple[str, str, int, list[str]]]:
    """(name, label, block of the label, paragraphs) of each part, numbered as the reader
    shows the apparatus after a text of ``start`` paragraphs: one rule line, then each part's
    label over its paragraphs, a block each (drafter.ui.panels.reader_apparatus)."""
    out = []
    block = start + 1  # the rule line under the text
    for name, label, paragraphs in apparatus_parts(apparatus):
        out.append((name, label, block, paragraphs))
        block += 1 + len(paragraphs)
    return out


def searchable_apparatus(apparatus: Apparatus | None, start: int) -> list[Paragraph]:
    """The apparatus paragraphs the library indexes (:data:`SEARCHED_PARTS`), after a text
    of ``start`` paragraphs. Each is numbered by the block the reader shows it in
    (:func:`part_blocks`), so a hit opens the reader at it, and has the part's label as its
    heading path (附录), so a hit in an appendix is never shown as the speech's last
    section. An appendix kept apart from the outline was in no index at all: its words
    found nothing."""
    return [
        Paragraph(label_at + 1 + k, text.replace("\n", " "), [label], False, name)
        for name, label, label_at, paragraphs in part_blocks(apparatus, start)
        if name in SEARCHED_PARTS
        for k, text in enumerate(paragraphs)
        if text.strip()
    ]
