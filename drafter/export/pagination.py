"""Where pages will break, estimated, so the exporter can keep a speech's last line company.

Word and LibreOffice paginate themselves, but GB/T 9704 text is regular enough to predict:
every body line is one exact pitch (28.95 pt), characters are one em (condensed by a known
amount), and headings keep with what follows. :func:`paginate` lays out the estimated
lines; :func:`rescue_last_line` finds the paragraph on the page before a lone last line
that loses a line with the least extra condensing, which pulls the last line back — what a
typesetter does by hand (紧排一行) instead of leaving 谢谢大家！ alone on a page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from drafter.export.cjk_lines import line_lengths, looser_spacing, spacing_for_lines


@dataclass
class Block:
    """One paragraph as the paginator sees it.

    ``text`` and the metrics are what :func:`line_lengths` needs to count its lines;
    ``pitch_pt`` is its exact line height, ``after_pt`` the space after it. A block that
    ``keep_next`` moves to the next page when the block after it starts there.
    ``can_tighten`` marks body text that may be condensed to lose a line.
    """

    text: str
    size_pt: float
    spacing_pt: float
    indent_pt: float
    pitch_pt: float
    after_pt: float = 0.0
    keep_next: bool = False
    can_tighten: bool = False
    fixed_lines: int | None = None  # lines given by hand (a title cut with breaks)
    left_pt: float = 0.0  # every line indented (an outline level): the lines are narrower

    def lines(self, width_pt: float, spacing_pt: float | None = None) -> int:
        """How many lines the block takes at ``spacing_pt`` (its own by default)."""
        if self.fixed_lines is not None:
            return self.fixed_lines
        spacing = self.spacing_pt if spacing_pt is None else spacing_pt
        width = width_pt - self.left_pt
        return len(line_lengths(self.text, self.size_pt, spacing, width, self.indent_pt))


def paginate(blocks: list[Block], width_pt: float, height_pt: float) -> list[list[int]]:
    """The block index of every line, page by page (a block may span pages)."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for index, block in enumerate(blocks):
        for _ in range(block.lines(width_pt)):
            if used + block.pitch_pt > height_pt + 0.01 and pages[-1]:
                moved = _kept_lines(pages[-1], blocks, index)
                pages[-1] = pages[-1][: len(pages[-1]) - len(moved)]
                pages.append(moved)
                used = sum(blocks[i].pitch_pt for i in moved)
            pages[-1].append(index)
            used += block.pitch_pt
        used += block.after_pt
    return pages


def _kept_lines(page: list[int], blocks: list[Block], starting: int) -> list[int]:
    """The lines at the bottom of ``page`` that go along to the next page because
    their block keeps with the one starting there (a heading never ends a page)."""
    moved: list[int] = []
    k = len(page)
    nxt = starting
    while k > 0 and page[k - 1] != nxt and blocks[page[k - 1]].keep_next:
        block = page[k - 1]
        while k > 0 and page[k - 1] == block:
            k -= 1
        moved = page[k:] + moved
        nxt = block
        if k == 0:  # a page of nothing but kept blocks: break it anyway
            return []
    return moved


def rescue_last_line(
    blocks: list[Block], width_pt: float, height_pt: float, max_change_pt: float = 0.8
) -> tuple[int, float] | None:
    """``(block index, spacing pt)`` that keeps the last page from holding one line, or
    None when it does not (or no paragraph can change within ``max_change_pt``).

    Losing a line anywhere before the last page moves every later line up by one, and
    gaining one moves them down: either ends the lone line. Every body paragraph but the
    last is a candidate to be set tighter (紧排, its last line is short) or looser (松排,
    its last line is full, and the new last line gets at least three characters); the
    smallest change whose re-estimated pages no longer end in a lone line wins.
    """
    pages = paginate(blocks, width_pt, height_pt)
    if len(pages) < 2 or len(pages[-1]) != 1:
        return None
    candidates = []
    for index, block in enumerate(blocks[:-1]):
        if not block.can_tighten or not block.text:
            continue
        lengths = line_lengths(
            block.text, block.size_pt, block.spacing_pt, width_pt, block.indent_pt
        )
        per_char = block.size_pt / len(block.text)
        room = width_pt - (block.indent_pt if len(lengths) == 1 else 0.0)
        full = int(room // (block.size_pt + block.spacing_pt))  # characters a full line holds
        if len(lengths) >= 2:
            candidates.append((lengths[-1] * per_char, index, "tighter"))
        candidates.append((max(full - lengths[-1] + 3, 3) * per_char, index, "looser"))
    for estimate, index, how in sorted(candidates)[:12]:
        if estimate > max_change_pt:
            break
        block = blocks[index]
        args = (block.text, block.size_pt, block.spacing_pt, width_pt, block.indent_pt)
        if how == "tighter":
            lines = len(line_lengths(*args))
            spacing = spacing_for_lines(*args, lines - 1, max_change_pt)
        else:
            spacing = looser_spacing(*args, max_change_pt)
        if spacing is None:
            continue
        trial = list(blocks)
        trial[index] = replace(block, spacing_pt=spacing)
        if len(paginate(trial, width_pt, height_pt)[-1]) != 1:
            return index, spacing
    return None
