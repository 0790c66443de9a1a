"""The drag-and-drop format of a search hit, shared by the search panel and the draft editor.

A hit travels as JSON under ``application/x-drafter-hit`` (plus its text as text/plain, so
any other program receives the paragraph). The JSON keys match ``Provenance`` in
``drafter.drafts.model`` where they overlap, so the editor can build provenance directly.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData

HIT_MIME = "application/x-drafter-hit"


def hit_to_json(hit: Any) -> dict:
    """A SearchHit as a plain dict: the unit a draft borrows, with where it came from."""
    doc = hit.document
    return {
        "document_id": str(doc.id),
        "paragraph_index": int(hit.paragraph_index),
        "text": hit.text,
        "original_text": hit.text,
        "section": list(hit.section),
        "is_heading": bool(hit.is_heading),
        # an untitled document is cited by its occasion or first words, not its file name
        "title": doc.title or getattr(doc, "display_title", None),
        "date": doc.date,
        "speaker": doc.speaker,
        "path": str(doc.path) if doc.path else None,
        "score": float(hit.score),
        "highlights": [list(span) for span in hit.highlights],
    }


def hit_mime_data(hits: list[dict]) -> QMimeData:
    """MIME data for one or more hits (JSON object for one, list for several)."""
    mime = QMimeData()
    payload = hits[0] if len(hits) == 1 else hits
    mime.setData(HIT_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(h["text"] for h in hits))
    return mime


def hits_from_mime(mime: QMimeData) -> list[dict]:
    """The hits carried by ``mime`` ([] when it carries none or garbage)."""
    if not mime.hasFormat(HIT_MIME):
        return []
    try:
        data = json.loads(bytes(mime.data(HIT_MIME)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    items = data if isinstance(data, list) else [data]
    return [h for h in items if isinstance(h, dict) and "text" in h]
