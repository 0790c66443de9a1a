"""Search hits as a list model; each row can be dragged out as a draft paragraph."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from drafter.corpus.display import UNTITLED
from drafter.ui.mime import HIT_MIME, hit_mime_data, hit_to_json
from drafter.ui.models.documents import document_title

HitRole = Qt.ItemDataRole.UserRole + 1  # the SearchHit
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 2  # the paragraph with highlights, as rich text
SourceRole = Qt.ItemDataRole.UserRole + 3  # "标题 · 日期 · 一、… › （二）…" as plain text

SNIPPET_CHARS = 120  # characters of context shown around the first highlight
HIGHLIGHT_STYLE = "background-color:#ffe066;color:#000;font-weight:bold;"

_Index = QModelIndex | QPersistentModelIndex


def highlighted_html(
    text: str, highlights: Sequence[Sequence[int]], limit: int | None = None
) -> str:
    """``text`` as HTML with each ``(start, end)`` span marked; clipped to about ``limit``
    characters around the first highlight (with … where cut). Overlapping spans merge."""
    spans = _merge([(max(0, s), min(len(text), e)) for s, e in highlights if e > s])
    lo, hi = 0, len(text)
    if limit and len(text) > limit:
        first = spans[0][0] if spans else 0
        lo = max(0, min(first - limit // 4, len(text) - limit))
        hi = min(len(text), lo + limit)
    parts: list[str] = ["…"] if lo > 0 else []
    pos = lo
    for start, end in spans:
        if end <= lo or start >= hi:
            continue
        start, end = max(start, lo), min(end, hi)
        parts.append(html.escape(text[pos:start]))
        parts.append(f'<span style="{HIGHLIGHT_STYLE}">{html.escape(text[start:end])}</span>')
        pos = end
    parts.append(html.escape(text[pos:hi]))
    if hi < len(text):
        parts.append("…")
    return "".join(parts)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching highlight spans merged into one, so a hit's snippet never opens a <b>
    inside another."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def hit_source_line(hit: Any) -> str:
    """Where a hit stands: document title, date and speaker, then (after a bar) the heading
    path."""
    doc = hit.document
    title = document_title(doc)
    # an untitled text is named by its first words, often its first heading: the path says
    # it in full, so it is not said twice (具有…艰苦… 具有…艰苦奋斗的工作作风…)
    if (
        getattr(doc, "untitled", False)
        and hit.section
        and hit.section[0].startswith(title.rstrip("…"))
    ):
        title = ""
    if title and getattr(doc, "untitled", False):
        title += f"（{UNTITLED}）"  # its occasion or first words, as the table marks them
    head = " · ".join(v for v in (title, doc.date, doc.speaker) if v)
    section = list(hit.section)
    if getattr(hit, "is_heading", False) and section and hit.text.startswith(section[-1]):
        section = section[:-1]  # the heading itself is the snippet below (as drafter search)
    path = " › ".join(section)
    # a bar between them: with only a space the path ran on from the speaker or the title
    # (… · 2025-11-24 · xxx　一、认真履行…) and read as part of it
    return " ｜ ".join(v for v in (head, path) if v)


class SearchResultsModel(QAbstractListModel):
    """One row per SearchHit. DisplayRole is the plain paragraph text; the delegate uses
    SnippetHtmlRole and SourceRole. Rows drag out as ``application/x-drafter-hit``.

    Signals:
        held_back(int): a drag left out this many hits (``draft_filter``: a 提纲练习 runs).
    """

    held_back = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[Any] = []
        # while a 提纲练习 runs: which hits may go into the draft, and how many may not
        # (drafter.study.exercise.search.ExerciseSearchMask.for_draft); None lets all go
        self.draft_filter: Callable[[list[Any]], tuple[list[Any], int]] | None = None

    def set_hits(self, hits: Sequence[Any]) -> None:
        """Show new results as one reset, not row by row: a search replaces the whole
        list, and a reset is one repaint (and the selection is not carried to a row that
        now holds another hit)."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        """Empty the list (no library, or an empty query)."""
        self.set_hits([])

    def hit_at(self, row: int) -> Any:
        """The SearchHit of a row: the panel opens it in the reader and inserts it into the
        draft from this object (its document and paragraph), never from the shown text,
        which is cut short and marked up."""
        return self._hits[row]

    def hits(self) -> list[Any]:
        """All hits shown, in order (the reader highlights what they matched)."""
        return list(self._hits)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt override: one row per hit, and none under a row (a flat list: Qt asks every
        index for children, and a hit has none)."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Snippet HTML with highlights, source line and the hit itself for the delegate."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.text
        if role == HitRole:
            return hit
        if role == SnippetHtmlRole:
            return highlighted_html(hit.text, hit.highlights, SNIPPET_CHARS)
        if role == SourceRole:
            return hit_source_line(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit_source_line(hit)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit_source_line(hit)}：{hit.text}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Hits can be selected and dragged onto the draft: dragging a hit is how a writer
        quotes a passage with its provenance kept."""
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        """The hit format the draft editor reads (with provenance), and plain text for any
        other program the hit is dropped on."""
        return [HIT_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        """Selected hits as JSON with their provenance, for a drop onto the draft; during a
        提纲练习 without the exercised text's blanked paragraphs (None, no drag, when that
        leaves nothing; ``held_back`` says how many)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        hits = [self._hits[r] for r in rows]
        if self.draft_filter is not None:
            hits, held = self.draft_filter(hits)
            if held:
                self.held_back.emit(held)
        if not hits:
            return None
        return hit_mime_data([hit_to_json(hit) for hit in hits])

    def supportedDragActions(self) -> Qt.DropAction:
        """Hits are copied into a draft, never moved out of the results."""
        return Qt.DropAction.CopyAction
