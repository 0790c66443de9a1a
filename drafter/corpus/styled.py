"""Word heading styles as the author's own statement of structure.

A writer who styles paragraphs 标题 2 (Heading 2) says they are headings of one level,
whether they carry a number (（一）) or not (五年来，…). The structure chooser weighs marker
families against each other, so a style level shared by numbered and unnumbered lines
was split in two groups and one lost: gwr 2003 as a Word file kept its （一）…（九） and
dropped the eight 五年来，… lines of the same part. Here such a level is made one group
(the caller gives its paragraphs the style's family); levels all numbered or all
unnumbered stay with the markers, which read them as before."""

from __future__ import annotations

from drafter.corpus.candidates import Candidate
from drafter.corpus.model import Block

# Styled paragraphs a document needs before its styles are taken as its outline: fewer
# may be a stray Heading style (a subtitle, a pasted line) in a document typed as text.
MIN_STYLED = 3
# Numbered and unnumbered paragraphs each at least this many at one style level.
MIN_MIXED = 2


def styled_heads(blocks: list[Block], cands: list[Candidate]) -> list[tuple[Candidate, int]]:
    """The candidates of paragraphs in Word heading styles that make one group with the
    other paragraphs of their style level: at a level that carries both numbered and
    unnumbered styled paragraphs (五年来，… then （一）…（九）, all Heading 2), the style
    is what they share, so all of them are returned (the caller reads them as one family
    of that level), each with its style level. Levels whose styled paragraphs are all numbered, or all unnumbered,
    are left to the markers as before; so are bullet paragraphs the reader took for
    sub-headings (inferred, not styled), numbered paragraphs of a family the document
    also numbers without a style (unless their numbering runs through the plain ones,
    which then join the level: :func:`_run_through`), and documents with fewer than ``MIN_STYLED``
    styled paragraphs (a stray Heading style in a document typed as text)."""
    styled = [
        c
        for c in cands
        if c.hinted
        and blocks[c.index].heading_level is not None
        and blocks[c.index].kind != "bullet"
    ]
    if len(styled) < MIN_STYLED:
        return []
    by_level: dict[int, list[Candidate]] = {}
    for c in styled:
        by_level.setdefault(blocks[c.index].heading_level, []).append(c)
    # a family numbered in unstyled paragraphs too is read by its numbers: 一是 and 三是
    # styled, 二是 run into its paragraph, are one run, not two styled points
    at = {c.index for c in styled}
    unstyled = {c.family for c in cands if c.ordinal and c.index not in at}
    out = []
    for level, items in by_level.items():
        kept = [c for c in items if not c.ordinal or c.family not in unstyled]
        for family in {c.family for c in items if c.ordinal and c.family in unstyled}:
            kept += _run_through(cands, [c for c in items if c.family == family])
        numbered = sum(1 for c in kept if c.ordinal)
        if len(kept) >= MIN_STYLED and MIN_MIXED <= numbered <= len(kept) - 1:
            out += [(c, level) for c in sorted(kept, key=lambda c: c.index)]
    return out


def _run_through(cands: list[Candidate], styled: list[Candidate]) -> list[Candidate]:
    """The styled items of one family with the unstyled ones of their runs (1、2、3、 styled
    Heading 1, 4、 run into its paragraph and left plain, 5、6、 styled again: one run, the
    style level's; 第一，… run into its paragraph before 第二，…第五， styled: its first
    member), run by run where the family numbers afresh (一是…五是 under one part, 一是…
    四是 under another, its 四是 left plain); a run whose styled items do not carry it (一是
    and 三是 styled, 二是 and 四是 plain) is left to the numbers, as before, and so is the
    family when fewer than ``MIN_MIXED`` styled items are in runs they carry."""
    if len(styled) < MIN_MIXED:
        return []
    family = styled[0].family
    runs: list[list[Candidate]] = []
    for c in (c for c in cands if c.family == family):
        if runs and c.ordinal == runs[-1][-1].ordinal + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    at = {s.index for s in styled}
    out: list[Candidate] = []
    for run in runs:
        held = sum(1 for c in run if c.index in at)
        if not held:
            continue  # a run of the family the style does not reach (points further down)
        # the styled items carry the run: at most one in three left plain
        if (len(run) - held) * 3 <= len(run):
            out += run
    return out if sum(1 for c in out if c.index in at) >= MIN_MIXED else []
