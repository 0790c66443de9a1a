"""Paragraphs to insert into a draft, from search hits or a reader selection (no Qt).

Hits arrive in the shapes the other panels send: flat (``document_id``, ``title`` …, as in
``drafter.ui.mime``) or nested under ``document``. Each borrowed paragraph keeps where it
came from, so the writer and the reviewer can always go back to the source.
"""

from __future__ import annotations

from drafter.drafts.model import DraftParagraph, Provenance


def provenance_from(source: dict, text: str) -> Provenance | None:
    """Provenance from a search hit or a reader selection, in any of the shapes the panels
    send: flat (``document_id``, ``title`` …, as in ``drafter.ui.mime``) or nested under
    ``document`` (``{"document": {"id", "title", "date", "path", "speaker"}, …}``)."""
    doc = source.get("document") if isinstance(source.get("document"), dict) else {}
    document_id = source.get("document_id") or doc.get("id")
    if document_id in (None, ""):
        return None
    try:
        index = int(source.get("paragraph_index") or 0)
    except (TypeError, ValueError):
        index = 0
    section = source.get("section") or []
    return Provenance(
        document_id=str(document_id),
        title=source.get("title") or doc.get("title"),
        date=source.get("date") or doc.get("date"),
        paragraph_index=index,
        original_text=source.get("original_text") or source.get("text") or text,
        path=(source.get("path") or doc.get("path")) or None,
        speaker=source.get("speaker") or doc.get("speaker"),
        section=[str(s) for s in section] if isinstance(section, list) else [],
    )


def paragraphs_from_hits(hits: list[dict]) -> list[DraftParagraph]:
    """One paragraph per hit that has text, each with its provenance."""
    out = []
    for hit in hits:
        text = str(hit.get("text") or "").strip()
        if text:
            out.append(DraftParagraph(text=text, provenance=provenance_from(hit, text)))
    return out


def paragraphs_from_text(text: str, source: dict | None = None) -> list[DraftParagraph]:
    """One paragraph per non-empty line. With ``source`` (a hit-shaped dict) line N is
    recorded as source paragraph ``paragraph_index + N``; its original text is line N of
    the source's ``original_text`` when that has one line per selected line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    originals = str((source or {}).get("original_text") or "").split("\n")
    originals = [o.strip() for o in originals if o.strip()]
    out = []
    for offset, line in enumerate(lines):
        prov = provenance_from(source, line) if source else None
        if prov is not None:
            prov.paragraph_index += offset
            # the whole source paragraph when the selection maps onto paragraphs one to one
            prov.original_text = originals[offset] if len(originals) == len(lines) else line
        out.append(DraftParagraph(text=line, provenance=prov))
    return out
