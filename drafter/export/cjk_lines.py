"""Where Chinese lines break: titles cut by hand, headings kept from a lone last character.

Word, WPS and LibreOffice break body text themselves (with 避头尾 switched on, see
``docx_package.paragraph_props_xml``). Two places need Drafter to decide instead, because the renderer's
greedy break is what an office rejects:

- a title or subtitle too long for one line is cut into balanced lines, the longer on
  top, never inside a name (the meeting or course a speech was given at), never before a
  closing or after an opening mark (:func:`break_title`);
- a heading on its own line that would leave one character alone on its last line is set
  a little tighter so it ends one line earlier (:func:`lone_tail_spacing`).

Widths are estimated in ems (:func:`ems`), erring wide, so a cut made here is never
undone by the renderer.
"""

from __future__ import annotations

import math
import re

# 避头尾: marks that may not start a line, marks that may not end one (GB/T 15834 and
# Word's default East Asian line-breaking rules for simplified Chinese).
NO_LINE_START = frozenset("、，。：；！？）》〉」』”’…—,.:;!?)]}%")
NO_LINE_END = frozenset("（《〈「『“‘([{")
_GOOD_BREAK_AFTER = frozenset("、，：；")

# Spans a title must not be cut inside: quoted and bracketed phrases, and the name of
# the occasion in 在……上的讲话 / 在……时的致辞 / 在……期间的发言.
_QUOTED = re.compile(r"《[^》]*》|“[^”]*”|「[^」]*」|（[^）]*）|\([^)]*\)")
_OCCASION = re.compile(r"在(?P<name>[^在]{2,}?)(?:上|时|期间|之际|开幕时|闭幕时)的")
# Inside a name too long for one line, these are the least bad places to cut: between
# two joined meetings (…会议暨…会议, …会议、…大会) or at a space, else right after who
# or when the occasion is for (全市领导干部 / 数字化治理能力提升培训班, 2024年度 / …).
_TAIL_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")
_NAME_JOINS = frozenset("暨、 \u3000")
_NAME_SCOPE = re.compile(
    r"全[国省市区县州盟旗镇乡]|全系统|领导干部|党员干部|机关干部|[0-9０-９]{4}年度?"
    r"|第[一二三四五六七八九十]+[届期]|委员会(?=第)"
)
_CUT_IN_NAME = 300.0  # cost of a cut inside a protected span (a name or a quotation)
_CUT_AT_JOIN = 30.0  # ... at a join inside it
_CUT_AFTER_SCOPE = 60.0  # ... right after a scope word inside it
_PHRASE_SPACE = 150.0  # bonus of a cut at a space between two phrases (主题句)
_SHORTER_ON_TOP = 100.0  # a two-line title whose first line is the shorter
# Room a line keeps in reserve in :func:`line_lengths` (justification and the space
# renderers put between Chinese and Latin text make a line that fits by less than this
# wrap in LibreOffice: seen with a heading that fitted by 0.5 pt in the model).
SAFETY_PT = 1.5


def ems(text: str) -> float:
    """Width in ems, erring wide: Latin letters and digits 0.65 (½ in the GB fonts, up
    to 0.64 in the fonts a reader may substitute: DejaVu Sans digits drew 10.2 pt at
    16 pt), everything else 1 (Chinese fonts set the dash ——, quotes “” and … full
    width too)."""
    return sum(0.65 if ord(c) < 0x250 else 1.0 for c in text)


def _words(text: str) -> list[str]:
    """Words to break between: rjieba's cut when installed (0.15 s to load, only paid
    for a title too long for one line), else characters, Latin runs kept whole."""
    try:
        import rjieba
    except ImportError:
        return re.findall(r"[A-Za-z0-9.%]+|.", text)
    return list(rjieba.cut(text))


def protected_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the phrases a line break must not fall inside: quotations,
    bracketed phrases and the name of the occasion (在 **全区……培训会议** 上的讲话)."""
    spans = [m.span() for m in _QUOTED.finditer(text)]
    spans += [m.span("name") for m in _OCCASION.finditer(text)]
    # 上的讲话 / 时的致辞 reads as one phrase after the name: …动员部署会 / 上的讲话, never
    # …动员部署会上 / 的讲话 (jieba cuts 会上 as one word, so the name's end must be a place
    # to break too: see :func:`_split_at`)
    for m in _OCCASION.finditer(text):
        word = _TAIL_WORD.match(text, m.end())
        spans.append((m.end("name"), word.end() if word else m.end()))
    return spans


def _split_at(words: list[str], cuts: set[int]) -> list[str]:
    """``words`` with a word that straddles one of ``cuts`` (text offsets) split there."""
    out: list[str] = []
    pos = 0
    for word in words:
        inner = sorted(c - pos for c in cuts if pos < c < pos + len(word))
        for a, b in zip([0, *inner], [*inner, len(word)]):
            out.append(word[a:b])
        pos += len(word)
    return out


def break_title(text: str, size_pt: float, width_pt: float) -> str:
    """A title too long for one line, with line breaks making balanced lines.

    GB/T 9704 wants a multi-line title 梯形或菱形 with 词意完整: lines of similar
    length, the longer on top, cut between words and never inside a name — 在全区……
    培训会议 / 上的讲话 rather than …文秘 / 业务培训会议…, which splits the meeting's
    name. Never before a closing or after an opening mark; a space between two phrases
    (主题句) or a 、，after a phrase are good places. A name longer than a line is cut at
    a join (暨, 、) inside it when it can be.
    """
    if "\n" in text or not text:
        return text
    cap = width_pt / size_pt  # ems in one line
    total = ems(text)
    if total <= cap + 1e-6:
        return text
    protected = protected_spans(text)
    scope_ends = {m.end() for m in _NAME_SCOPE.finditer(text)}
    words = _split_at(_words(text), {edge for span in protected for edge in span})
    bounds = []  # (index into text, ems before, bonus)
    pos, width = 0, 0.0
    for k, word in enumerate(words[:-1]):
        pos += len(word)
        width += ems(word)
        nxt = words[k + 1]
        if word[-1] in NO_LINE_END or nxt[0] in NO_LINE_START:
            continue
        bonus = _PHRASE_SPACE if word.isspace() else 3.0 if word[-1] in _GOOD_BREAK_AFTER else 0.0
        for start, end in protected:
            if start < pos < end:
                if word[-1] in _NAME_JOINS or nxt[0] in _NAME_JOINS:
                    bonus -= _CUT_AT_JOIN
                elif pos in scope_ends:
                    bonus -= _CUT_AFTER_SCOPE
                else:
                    bonus -= _CUT_IN_NAME
        bounds.append((pos, width, bonus))
    lines = math.ceil(total / cap)
    best: tuple[float, list[int]] | None = None

    def search(start_ems: float, first: int, chosen: list[tuple[int, float, float]]) -> None:
        nonlocal best
        if len(chosen) == lines - 1:
            widths = [b[1] for b in chosen] + [total]
            spans = [w - p for w, p in zip(widths, [0.0, *widths[:-1]])]
            if max(spans) > cap + 1e-6:
                return
            mean = total / lines
            cost = sum((w - mean) ** 2 for w in spans)
            cost += sum(2 * (b - a) for a, b in zip(spans, spans[1:]) if b > a)
            if lines == 2 and spans[1] > spans[0] + 1e-6:
                cost += _SHORTER_ON_TOP
            cost += sum(10.0 for s in spans if s < 2.5)  # an orphan 话 or 讲话
            cost -= sum(b[2] for b in chosen)
            if best is None or cost < best[0]:
                best = (cost, [b[0] for b in chosen])
            return
        for i in range(first, len(bounds)):
            if bounds[i][1] - start_ems > cap + 1e-6:
                break
            search(bounds[i][1], i + 1, [*chosen, bounds[i]])

    search(0.0, 0, [])
    if best is None:
        return text
    cuts = [0, *best[1], len(text)]
    return "\n".join(text[a:b].lstrip() for a, b in zip(cuts, cuts[1:]))


def line_lengths(
    text: str, size_pt: float, spacing_pt: float, width_pt: float, indent_pt: float = 0.0
) -> list[int]:
    """How many characters each line holds when ``text`` is set greedily, as Word and
    LibreOffice do, with 避头尾: a mark that may not start a line pulls the character
    before it down, one that may not end a line goes down with the next."""
    out: list[int] = []
    width_pt -= SAFETY_PT  # a line that fits by a hair in the model may not in a renderer
    line_start, used, room = 0, 0.0, width_pt - indent_pt
    i = 0
    while i < len(text):
        adv = ems(text[i]) * size_pt + spacing_pt
        if used + adv > room + 1e-6 and i > line_start:
            cut = i
            while cut - 1 > line_start and (
                text[cut] in NO_LINE_START or text[cut - 1] in NO_LINE_END
            ):
                cut -= 1
            out.append(cut - line_start)
            line_start, used, room, i = cut, 0.0, width_pt, cut
            continue
        used += adv
        i += 1
    out.append(len(text) - line_start)
    return out


def lone_tail_spacing(
    text: str,
    size_pt: float,
    spacing_pt: float,
    width_pt: float,
    indent_pt: float = 0.0,
    max_squeeze_pt: float = 1.2,
) -> float | None:
    """Character spacing (pt) that keeps a heading from leaving one character alone on
    its last line, or None when it does not need one (or would need more than
    ``max_squeeze_pt`` of extra condensing per character, which shows).

    The heading then ends one line earlier, as a writer would fix it by hand in Word
    (字符间距 → 紧缩) rather than reword it.
    """
    lengths = line_lengths(text, size_pt, spacing_pt, width_pt, indent_pt)
    tail = text[len(text) - lengths[-1] :] if lengths[-1] else ""
    if len(lengths) < 2 or len(tail.rstrip("".join(NO_LINE_START))) > 1:
        return None
    return spacing_for_lines(
        text, size_pt, spacing_pt, width_pt, indent_pt, len(lengths) - 1, max_squeeze_pt
    )


def spacing_for_lines(
    text: str,
    size_pt: float,
    spacing_pt: float,
    width_pt: float,
    indent_pt: float,
    lines: int,
    max_squeeze_pt: float,
) -> float | None:
    """The loosest character spacing (pt, at most ``max_squeeze_pt`` tighter than
    ``spacing_pt``) at which ``text`` takes no more than ``lines`` lines, or None."""
    low, high = spacing_pt - max_squeeze_pt, spacing_pt
    if len(line_lengths(text, size_pt, low, width_pt, indent_pt)) > lines:
        return None
    for _ in range(30):  # bisect to the loosest spacing that fits, to 1/20 pt
        mid = (low + high) / 2
        if len(line_lengths(text, size_pt, mid, width_pt, indent_pt)) > lines:
            high = mid
        else:
            low = mid
    return math.floor(low * 20 - 1) / 20  # one twip tighter than just fitting


def looser_spacing(
    text: str,
    size_pt: float,
    spacing_pt: float,
    width_pt: float,
    indent_pt: float,
    max_expand_pt: float,
    min_tail: int = 3,
) -> float | None:
    """The tightest character spacing (pt, at most ``max_expand_pt`` looser) at which
    ``text`` takes one line more than at ``spacing_pt`` with at least ``min_tail``
    characters on the new last line (never a lone character), or None."""
    lines = len(line_lengths(text, size_pt, spacing_pt, width_pt, indent_pt))
    high = spacing_pt + max_expand_pt
    if len(line_lengths(text, size_pt, high, width_pt, indent_pt)) <= lines:
        return None
    low = spacing_pt
    for _ in range(30):  # bisect to the tightest spacing that adds a line
        mid = (low + high) / 2
        if len(line_lengths(text, size_pt, mid, width_pt, indent_pt)) > lines:
            high = mid
        else:
            low = mid
    spacing = math.ceil(high * 20 + 1) / 20
    while spacing <= spacing_pt + max_expand_pt:
        lengths = line_lengths(text, size_pt, spacing, width_pt, indent_pt)
        if len(lengths) != lines + 1:
            return None
        if lengths[-1] >= min_tail:
            return spacing
        spacing += 0.05
    return None
