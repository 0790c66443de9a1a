"""The reader's 不属于正文 menu: a paragraph of the text marked 附录, 编者按, 注释, 来源, 现场记录
or 网页杂项 (the apparatus, shown apart under the text), and a paragraph of the apparatus put back in the
speech (这是正文).

不是标题 was the only fix the reader had for an appended document read as the speech's last
part (ren 20160810's 附：诺亚方舟实验室座谈回答): it merged the appendix into the part before.
A mixin of :class:`~drafter.ui.panels.reader_corrections.ReaderCorrections`, over its
``panel`` and ``_store_new``; the ops are :mod:`drafter.corpus.apparatus_moves`'.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from drafter.corpus.apparatus_moves import (
    MOVABLE_PARTS,
    PART_LABELS,
    apparatus_at,
    apparatus_op,
    part_texts,
    unapparatus_op,
)

# an access key each, for the keyboard path (the menu key, 更正结构, 不属于正文, then a letter)
_KEYS = {
    "appendix": "F",
    "notes": "B",
    "endnotes": "Z",
    "source": "L",
    "stage_notes": "J",
    "site_chrome": "Y",
}


class ApparatusMenu:
    """The 不属于正文 / 这是正文 entries of the 更正结构 menu (see the module docstring)."""

    def apparatus_menu(self, sub: QMenu, block: int) -> None:
        """Add to ``sub`` the entries that mark text paragraph ``block`` as apparatus: 从本段到
        文末都是附录 first (an appended document runs to the end), then this paragraph alone as
        each part."""
        paragraphs = self.panel._paragraphs
        if not 0 <= block < len(paragraphs):
            return
        menu = sub.addMenu("不属于正文（标为附加内容）(&W)")
        menu.setObjectName("apparatusMenu")
        if block < len(paragraphs) - 1:
            rest = menu.addAction("从本段到文末都是附录(&E)")
            rest.setObjectName("toAppendixToEnd")
            rest.triggered.connect(lambda: self.to_apparatus(block, "appendix", True))
        for part in MOVABLE_PARTS:
            act = menu.addAction(f"本段是{PART_LABELS[part]}(&{_KEYS[part]})")
            act.setObjectName(f"toApparatus_{part}")
            act.triggered.connect(lambda _=False, part=part: self.to_apparatus(block, part))

    def body_menu(self, sub: QMenu, block: int) -> bool:
        """Add to ``sub`` the entries that put the apparatus shown at ``block`` back in the
        speech (its label line: the whole part); False when ``block`` shows no apparatus."""
        apparatus = getattr(self.panel.document, "apparatus", None)
        found = apparatus_at(apparatus, len(self.panel._paragraphs), block)
        if found is None:
            return False
        part, k = found
        label = PART_LABELS[part]
        texts = part_texts(apparatus, part)
        if k < 0:
            whole = sub.addAction(f"{label}整体是正文（移回正文）(&T)")
            whole.setObjectName("partToBody")
            whole.triggered.connect(lambda: self.to_body(part, 0, True, block))
            return True
        one = sub.addAction(f"本段是正文，不是{label}（移回正文）(&T)")
        one.setObjectName("toBody")
        one.triggered.connect(lambda: self.to_body(part, k, False, block))
        if k < len(texts) - 1:
            rest = sub.addAction(f"从本段到{label}末尾都是正文(&E)")
            rest.setObjectName("toBodyToEnd")
            rest.triggered.connect(lambda: self.to_body(part, k, True, block))
        return True

    def to_apparatus(self, index: int, part: str, to_end: bool = False) -> None:
        """Text paragraph ``index`` (with ``to_end``, and all after it) is ``part`` of the
        apparatus: one correction, stored as the others are."""
        text = self.panel._paragraphs[index].text
        self._store_new([apparatus_op(index, text, part, to_end)], max(0, index - 1))

    def to_body(self, part: str, at: int, to_end: bool = False, block: int = 0) -> None:
        """The ``at``-th paragraph of ``part`` (with ``to_end``, the rest of the part) is the
        speech's text: one correction."""
        texts = part_texts(self.panel.document.apparatus, part)
        if not 0 <= at < len(texts):
            return
        shown = len(self.panel._paragraphs) - 1 if part != "notes" else 0
        self._store_new([unapparatus_op(part, at, texts[at], to_end)], max(0, shown))
