"""Sibling frames: the shared frame of a group of parallel headings (对仗).

"坚持忠诚可靠 / 坚持服务大局 / 坚持高度负责" share 坚持…; "X是办公室的Y，务必Z" shares
…是办公室的…，务必…. The frame is found by aligning the headings on their longest common
substring and recursing on both sides, the way a reader's eye does: fixed text stays,
what varies becomes a slot (…).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.corpus.group_score import TURN
from drafter.study.layout import Layout, Node
from drafter.study.model import SiblingFrame
from drafter.study.text import first_clause
from drafter.study.words import tagged, words

SLOT = "…"
_PUNCT = set("，,、；;：:。“”‘’《》（）()")


def find_siblings(lay: Layout) -> list[SiblingFrame]:
    """One frame per group of two or more sibling headings that share fixed text."""
    out: list[SiblingFrame] = []
    for parent, nodes in sibling_groups(lay):
        headings = [n.section.heading for n in nodes]
        frame = heading_pattern(headings)
        if frame is None:
            continue
        pattern, slots = frame
        out.append(
            SiblingFrame(
                pattern=pattern,
                headings=[n.heading for n in nodes],
                labels=[n.label for n in nodes],
                slots=slots,
                level=nodes[0].section.level,
                parent=parent.label if parent else None,
            )
        )
    return out


def sibling_groups(lay: Layout) -> list[tuple[Node | None, list[Node]]]:
    """Each group of two or more sibling headings with its parent (None at the top): the
    groups a frame is looked for in (:func:`outline_groups` over the layout's nodes, so the
    study view and 提纲练习's lessons group one way)."""
    nodes = lay.nodes()
    groups = outline_groups([n.depth for n in nodes], [n.section.marker for n in nodes])
    return [
        (nodes[parent] if parent >= 0 else None, [nodes[i] for i in members])
        for parent, members in groups
        if len(members) >= 2
    ]


def outline_groups(depths: Sequence[int], markers: Sequence[str]) -> list[tuple[int, list[int]]]:
    """(parent's index, -1 at the top; the members' indexes) of every group of sibling
    headings of an outline given in reading order by each heading's depth and marker, a
    heading without siblings a group of one; groups in the order of their parents. An
    outline of indexes, not of layout nodes, so a saved 提纲练习 (its answers keep depth and
    marker only) is taught by the groups the study view shows. Siblings whose markers change
    family part way, each family three or more (a review's run-in topics
    在教育方面。…在社会管理方面。 then its lessons 第一，必须坚持…第六，, both under （三）), are
    two groups: two series side by side, each with its own frame, where the mixed group has
    none."""
    groups: dict[int, list[int]] = {}
    parents: list[int] = []  # the open ancestors' indexes, deepest last
    for i, depth in enumerate(depths):
        while parents and depths[parents[-1]] >= depth:
            parents.pop()
        groups.setdefault(parents[-1] if parents else -1, []).append(i)
        parents.append(i)
    return [
        (parent, run)
        for parent, members in sorted(groups.items())
        for run in _marker_runs(members, markers)
    ]


def _marker_runs(members: list[int], markers: Sequence[str]) -> list[list[int]]:
    """``members`` split where the marker's family changes, when every piece holds three or
    more: a frame needs a series (首先， then 第二，第三， is one series that opened with a
    word; two 五年来，… lines before 一、…五、 are no series to learn a frame from)."""
    runs: list[tuple[str, list[int]]] = []
    for i in members:
        shape = _marker_family(markers[i])
        if runs and runs[-1][0] == shape:
            runs[-1][1].append(i)
        else:
            runs.append((shape, [i]))
    if len(runs) > 1 and all(len(r[1]) >= 3 for r in runs):
        return [r[1] for r in runs]
    return [members]


def _marker_family(marker: str) -> str:
    """The family a marker numbers in: 一、 and 二十、 alike, 1、 and a 12 that lost its 、
    alike (a typing slip, not a new series), 第一， apart from 一是 and （一）."""
    shape = _DIGITS.sub("D", _NUMERALS.sub("N", marker))
    return shape.translate(_MARKER_PUNCT)


_NUMERALS = re.compile(r"[一二三四五六七八九十百零〇两]+")
_DIGITS = re.compile(r"\d+")
_MARKER_PUNCT = str.maketrans("", "", "、，,.．：:；; 　")


def heading_pattern(headings: list[str]) -> tuple[str, list[list[str]]] | None:
    """The shared frame of ``headings`` and, per heading, the text of each slot; ``None``
    when they share no frame (:func:`is_frame`: one common character, or a word or two
    scattered among long varying parts, is chance)."""
    if len(headings) < 2 or any(not h for h in headings):
        return None
    pieces = _align(list(headings))
    fixed = "".join(p for p in pieces if p is not None)
    if fixed == headings[0]:
        return None  # all the same
    if not is_frame(pieces, headings):
        # a label frame (中国方面：… / 敌人方面：…) has its fixed text in the first clause,
        # and the long varying text after it would drown the share
        # — but a transcript's 问：… / 与会人：… is a speaker's label, not a frame's
        clauses = [first_clause(h) or h for h in headings]
        if (
            clauses == list(headings)
            or _speaker_label(headings) is not None
            or not is_frame(_align(clauses), clauses)
        ):
            return None
    pattern = "".join(SLOT if p is None else p for p in pieces)
    slots = [_fill(pieces, h) for h in headings]
    return pattern, slots


# a fixed word standing alone between two slots joins them as frame text (X是办公室的Y,
# 过去五年的回顾) when it begins or ends with one of these; a noun alone there (…子公司董事会…,
# …抗日战争…) is the topic the headings share, not a frame
_JOINING = set("的是要之和与为把对将")


def is_frame(pieces: list[str | None], headings: list[str]) -> bool:
    """Whether the aligned ``pieces`` (fixed text, ``None`` for a slot) of ``headings`` are a
    frame a writer reuses, the one rule of the study view and the 结构 panel's mining:

    - a **head** every heading opens with (坚持…, 要…, 着力…, 关于…) — one character only
      when it is a word in every heading (要…, 谈…, 以…), not the first character of different
      words (坚定/坚持/坚决, 一年/一张, 第一/第二), nor a transcript's speaker (问：…) — or a
      **tail** of a
      word or more every heading ends with (…的关系, …方面, …明显提升), is one, however
      long what varies;
    - fixed text only inside must be at least a third of the average heading (punctuation
      not counted) — ``…质量…，…`` over three sentence headings of thirty characters is
      chance — and hold a word that joins the slots (…是办公室的…，务必…, …五年的…,
      …要做到…): nouns alone there are the topic the headings share (…抗日战争…,
      …大质量…体系…).
    Shared digits are never a frame's words (201 of 2018 and 2019)."""
    words = [p for p in pieces if p is not None and _core(p) and not _numeric(p)]
    if not words:
        return False
    first = pieces[0] if pieces else None
    if (
        first is not None
        and _core(first)
        and not _numeric(first)
        and not _subject_head(first)
        and not _speaker_head(first, headings)
        and (len(_core(first)) > 1 or _word_head(_core(first), headings))
    ):
        return True  # a head (one character only when it is a word of its own: _word_head)
    last = pieces[-1]
    if last is not None and len(_core(last)) >= 2 and not _numeric(last):
        return True  # a tail
    mean = sum(len(_core(h)) for h in headings) / len(headings)
    if 3 * sum(len(_core(w)) for w in words) < mean:
        return False
    cores = [_core(w) for w in words]
    return any(len(w) >= 2 and (w[0] in _JOINING or w[-1] in _JOINING) for w in cores)


# the parts of speech of a head that names who or what the headings are about — a pronoun
# (我们…, 我… of 我国 and 我们) or a proper name (中国…, 华为…) — not how a writer frames them
_SUBJECT_TAGS = frozenset(("r", "nr", "ns", "nt", "nz"))


def _subject_head(head: str) -> bool:
    """Whether a shared head is only the headings' common subject (我们没有看清农村 / 我们要感谢…;
    中国社会 / 中国革命; 华为的发展… / 华为坚定不移…): every word of it a pronoun or a proper
    name. The subject the headings share is their topic, as nouns alone inside are, and a
    trainee learns no frame from it; 坚持…, 关于…, 我们要…, 学习他们…, 希望各… hold a verb."""
    cut = tagged(_core(head))
    return bool(cut) and all(tag in _SUBJECT_TAGS for _, tag in cut)


def _word_head(head: str, headings: list[str]) -> bool:
    """Whether a one-character ``head`` is a word of its own at the start of every heading
    (要加强… / 要改进…, 谈年少经历 / 谈从军经历, 以文化人 / 以文惠民), not the first character
    of words that differ (坚定不移 / 坚持 / 坚决, 一年接着一年干 / 一张蓝图, 第一是 / 第二是):
    headings that merely open with the same character are not parallel, and a trainee told
    to keep "坚…" learns nothing."""
    for h in headings:
        cut = words(h.lstrip("".join(_PUNCT)).lstrip()[:12])
        if not cut or cut[0] != head:
            return False
    return True


# a speaker's turn (问：, 与会人：, 任总：) may carry a note on whom the question is put to
# before its colon (问（To李杰）：)
_ADDRESSEE = re.compile(r"^([^（(：:]{1,4})[（(][^）)]{0,20}[）)]")


def _speaker_head(head: str, headings: list[str]) -> bool:
    """Whether the shared head is only a transcript's speaker label (问：…, 与会人：…): every
    heading opens with a speaker's turn (:data:`drafter.corpus.group_score.TURN`, the one rule
    of what a turn is) and the head is no more than that label. A record of questions asked
    in turn is not a frame a writer builds parallel headings with."""
    label = _speaker_label(headings)
    return label is not None and label.startswith(_core(head))


def _speaker_label(headings: list[str]) -> str | None:
    """The shortest speaker's label every heading opens with (问 of 问：… and 问（To李杰）：…),
    or ``None`` when one of them opens with no speaker's turn."""
    labels = []
    for h in headings:
        m = TURN.match(_ADDRESSEE.sub(r"\1", h.lstrip()))
        if not m:
            return None
        labels.append(m.group(1))
    return min(labels, key=len)


def _core(piece: str) -> str:
    """A piece without its punctuation and spaces: the characters a reader sees as words."""
    return "".join(c for c in piece if c not in _PUNCT and not c.isspace())


def _numeric(piece: str) -> bool:
    """A fixed piece made of digits only (and punctuation): part of a number, such as the
    201 two years share, which no writer reuses as the frame of a heading."""
    core = piece.strip("".join(_PUNCT)).strip()
    return bool(core) and all(c.isdigit() for c in core)


def _align(strings: list[str]) -> list[str | None]:
    """Pieces of fixed text and ``None`` for slots, from recursive common-substring anchors."""
    if all(not s for s in strings):
        return []
    if any(not s for s in strings):
        return [None]
    anchor = _longest_common(strings)
    if not anchor or (
        len(anchor) == 1 and anchor not in _PUNCT and not _all_start(strings, anchor)
    ):
        return [None]
    lefts, rights = [], []
    for s in strings:
        i = s.find(anchor)
        lefts.append(s[:i])
        rights.append(s[i + len(anchor) :])
    return _merge([*_align(lefts), anchor, *_align(rights)])


def _all_start(strings: list[str], anchor: str) -> bool:
    return all(s.startswith(anchor) for s in strings)


def _merge(pieces: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for p in pieces:
        if p is None and out and out[-1] is None:
            continue
        if p is not None and out and out[-1] is not None:
            out[-1] = out[-1] + p
            continue
        out.append(p)
    return out


def _longest_common(strings: list[str]) -> str:
    """The longest text every string holds whole: not one that starts or ends inside a
    number of one of them (201 of 2018 and 2019 is no shared text of two years)."""
    shortest = min(strings, key=len)
    for size in range(len(shortest), 0, -1):
        for i in range(len(shortest) - size + 1):
            sub = shortest[i : i + size]
            if all(sub in s and not _cuts_number(s, sub) for s in strings):
                return sub
    return ""


def _cuts_number(s: str, sub: str) -> bool:
    """``sub`` where it first stands in ``s`` begins or ends between two digits."""
    i = s.find(sub)
    end = i + len(sub)
    before = i > 0 and sub[0].isdigit() and s[i - 1].isdigit()
    after = end < len(s) and sub[-1].isdigit() and s[end].isdigit()
    return before or after


def _fill(pieces: list[str | None], heading: str) -> list[str]:
    """What fills each slot of ``pieces`` in ``heading`` (greedy left-to-right match)."""
    slots: list[str] = []
    pos = 0
    pending = False
    for p in pieces:
        if p is None:
            pending = True
            continue
        i = heading.find(p, pos)
        if i < 0:
            i = pos
        if pending:
            slots.append(heading[pos:i])
            pending = False
        pos = i + len(p)
    if pending:
        slots.append(heading[pos:])
    return slots


def clause_pattern(headings: list[str]) -> tuple[str, list[list[str]]] | None:
    """The frame of the headings' first clauses (mining compares these across documents)."""
    return heading_pattern([first_clause(h) or h for h in headings])
