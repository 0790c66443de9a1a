"""Finding a corrected paragraph again after the user reworded it in the file.

A correction names its paragraph by text (:mod:`drafter.corpus.corrections`). A writer who
edits the file often rewords the very heading they corrected (其次看国民党的党务。 becomes
其次再看看国民党的党务。), and an exact match then lost the correction without a word:
the outline went back to the machine's reading of that paragraph. Here such a paragraph
is found again when one nearby reads almost the same; the library already flags every
correction made on an earlier version of the file for re-check (更正待复核), so the user
looks at it anyway. A paragraph rewritten beyond :data:`SIMILAR` is not guessed at: the
correction is reported as not applied.

Pure and Qt-free; only called when the exact text is gone, so its cost stays off the
usual replay.
"""

from __future__ import annotations

from difflib import SequenceMatcher

SIMILAR = 0.8
"""The least similarity (difflib's ratio, 0..1) at which a reworded paragraph still counts
as the one corrected: a few characters added or changed in a heading or a paragraph pass,
another paragraph of the same section does not (its ratio is far lower)."""

SHORT = 6
"""Characters: texts this short are matched only exactly (五、风险 and 五、成效 are 0.75
alike and two different headings)."""


def near_match(texts: list[str], allowed: list[bool], text: str, para: int) -> int | None:
    """The index of the paragraph in ``texts`` that reads most like ``text`` (at least
    :data:`SIMILAR`), among those ``allowed`` (headings for a heading's op, body text for
    one making a heading); the nearest to ``para`` among equally close ones. None when none
    is close enough or ``text`` is too short to tell."""
    if len(text) < SHORT:
        return None
    best: tuple[float, int] | None = None
    best_index = None
    for i, candidate in enumerate(texts):
        if not allowed[i] or len(candidate) < SHORT:
            continue
        matcher = SequenceMatcher(None, text, candidate, autojunk=False)
        if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
            continue
        ratio = matcher.ratio()
        if ratio < SIMILAR:
            continue
        key = (round(ratio, 3), -abs(i - para))
        if best is None or key > best:
            best, best_index = key, i
    return best_index


def moved_cut(old: str, new: str, cut: int | None) -> int | None:
    """Where the user's cut in ``old`` (its first ``cut`` characters head the paragraph)
    falls in the reworded ``new``: the whole line stays the whole line, an unchanged lead
    keeps its cut, else the cut follows the text around it (its nearest matching stretch
    before it). None stays None (no cut given)."""
    if cut is None:
        return None
    if cut >= len(old.rstrip()):
        return len(new)
    if new.startswith(old[:cut]):
        return cut
    mapped = None
    for a, b, size in SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks():
        if size and a < cut:
            # the cut inside this stretch, or just after its end when it ends before the cut
            mapped = b + min(cut - a, size)
    if mapped is None or not 0 < mapped < len(new):
        return None
    return mapped
