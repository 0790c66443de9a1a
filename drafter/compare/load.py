"""Opening one side of a comparison: a draft, a kept version of it, or any document."""

from __future__ import annotations

from pathlib import Path

from drafter.drafts.model import Draft


class CompareError(Exception):
    """A side of a comparison could not be opened; one line naming it."""


def load_side(spec: str | Path) -> tuple[Draft, str]:
    """``(draft, label)`` for ``spec``: a draft .json, ``DRAFT.json@REF`` for a kept
    version (REF: number in the version list, 1 = newest; id; or label such as 送审稿),
    or any document Drafter reads (.docx .doc .wps .txt .md .pdf). ``label`` names the
    side in reports. Raises :class:`CompareError`."""
    from drafter.corpus.model import ReadError
    from drafter.drafts.history import HistoryError, find_version
    from drafter.drafts.open_any import open_as_draft
    from drafter.drafts.store import DraftError, load_draft

    text = str(spec)
    path = Path(text)
    try:
        if not path.exists() and "@" in text:
            base, ref = text.rsplit("@", 1)
            version = find_version(base, ref)
            name = f"{Path(base).name}@{version.label or version.display_time}"
            return load_draft(version.path), name
        return open_as_draft(path), path.name
    except (DraftError, ReadError, HistoryError) as exc:
        raise CompareError(str(exc)) from None
