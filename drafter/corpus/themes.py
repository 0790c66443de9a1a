"""Theme lines over a report's lead lines: the tier of unnumbered lines above the leads.

A report's part may be written in two tiers of unnumbered lines: a few parallel *theme*
sentences standing alone (五年来，我们坚持…，在…上迈出新步伐。), each followed by its short
*lead* lines (产业结构持续优化。), each lead over its paragraph. Read as plain text, the
leads look like headings (short, over long paragraphs) and the themes like paragraphs (a
long sentence ending in 。 over a short line, not over a paragraph), so the leads took the
part's second level and the themes were lost. Here the themes are found by what they
stand over and by their parallel wording: a line standing alone right above a lead line
(or carrying its first lead glued on after its own full stop), at least three of them
opening with the same words. They become unnumbered candidates marked ``theme``; the
structure chooser (:mod:`.structure`) weighs them as a group of their own against all
unnumbered lines together, so which tier is the level is decided by the whole reading
(coverage, number of siblings, their length), not by which line comes first.

Two more lines join the tier: a line written as the themes are (their whole common
opening) that stands over a paragraph of its own before its leads, and parallel lead
lines before the first theme that open alike among themselves (a year's review in
这一年，我们…。 lines before the five years' themes): no theme stands over them, so they
are the themes' siblings, not leads of nothing."""

from __future__ import annotations

from collections import Counter
from os.path import commonprefix

from drafter.corpus.headings import SENTENCE_END, first_sentence
from drafter.corpus.markers import match_marker
from drafter.corpus.reflow import ends_sentence

MIN_THEMES = 3  # parallel theme lines before they are a tier of their own
_OPENING = 3  # characters their shared opening must have (五年来, 这五年, 过去一年)
_MAX_THEME = 90  # a theme is one sentence, longer than a lead but not a paragraph
_MIN_THEME = 12
_GLUED_LEAD = 30  # the first lead glued after a theme's full stop is at most this long
_BODY = 40  # a paragraph under a glued lead is at least this long (as under a weak lead)


def theme_lines(texts: list[str], leads: list[int], skip: set[int]) -> list[tuple[int, str, str]]:
    """The theme lines over ``leads`` (indices of lead lines), as (index, heading, rest):
    ``rest`` is a lead glued on after the theme's full stop, empty when the theme stands
    alone. Empty unless at least :data:`MIN_THEMES` of them open alike."""
    lead_at = set(leads)
    found: dict[int, tuple[str, str]] = {}
    for i in leads:
        j = i - 1
        if j < 1 or j in skip or j in lead_at or j in found:
            continue
        theme = _theme(texts, j)
        if theme is not None and not theme[1]:
            found[j] = theme
    if not found:
        return []
    # a theme with its first lead glued on stands over a long paragraph, not over a lead
    for j in range(1, len(texts) - 1):
        if j in skip or j in lead_at or j in found:
            continue
        theme = _theme(texts, j)
        if theme is not None and theme[1] and len(texts[j + 1]) >= max(_BODY, 2 * len(theme[1])):
            found[j] = theme
    openings = Counter(h[:_OPENING] for h, _ in found.values())
    opening, count = openings.most_common(1)[0]
    if count < MIN_THEMES:
        return []
    themes = {j: hr for j, hr in found.items() if hr[0].startswith(opening)}
    # a theme written as the others are (their whole common opening) over a paragraph of
    # its own before its leads (五年来，我们坚定不移…。 / a paragraph / 就业形势保持稳定。 …),
    # up to the next numbered heading after the last one found
    first, last = min(themes), max(themes)
    common = commonprefix([h for h, _ in themes.values()])
    j = first + 1
    while j < len(texts) - 1 and (j <= last or match_marker(texts[j]) is None):
        if j not in skip and j not in themes:  # a lead line too: it is written as a theme
            theme = _theme(texts, j)
            if theme is not None and not theme[1] and theme[0].startswith(common):
                themes[j] = theme
        j += 1
    # leads before the first theme that open alike among themselves (这一年，我们…。 ×7
    # before 五年来，我们…。 ×7): no theme stands over them, they are a tier beside it
    before = [i for i in leads if i < first and _theme(texts, i) is not None]
    heads = Counter(first_sentence(texts[i], SENTENCE_END)[0][:_OPENING] for i in before)
    if heads:
        word, many = heads.most_common(1)[0]
        if many >= MIN_THEMES:
            for i in before:
                heading, rest = first_sentence(texts[i], SENTENCE_END)
                if heading.startswith(word) and not rest:
                    themes[i] = (heading, rest)
    return sorted((j, h, r) for j, (h, r) in themes.items())


def _theme(texts: list[str], j: int) -> tuple[str, str] | None:
    """(heading, glued lead) when line ``j`` can be a theme: it stands alone after a
    finished paragraph, is one sentence of a theme's length (or one sentence and a short
    lead), and carries no marker of its own."""
    text = texts[j]
    if not _MIN_THEME <= len(text) <= _MAX_THEME + _GLUED_LEAD or not ends_sentence(text):
        return None
    if match_marker(text) is not None:
        return None
    if not ends_sentence(texts[j - 1]) and match_marker(texts[j - 1]) is None:
        return None  # the middle of a paragraph; right under a part heading it may stand
    heading, rest = first_sentence(text, SENTENCE_END)
    if not _MIN_THEME <= len(heading) <= _MAX_THEME:
        return None
    if rest and (len(rest) > _GLUED_LEAD or first_sentence(rest, SENTENCE_END)[1]):
        return None  # more than one short lead after it: a paragraph
    return heading, rest
