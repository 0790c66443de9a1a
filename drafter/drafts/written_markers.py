"""A writer's own heading markers in a draft: kept as written until their group is edited.

A draft derives markers from position and level style (:mod:`drafter.drafts.numbering`). A
speech read from a file keeps, on each heading whose derived marker is not the one its
writer typed, that marker (``DraftNode.written_marker``: a run starting at 二, mao's
一　 with a full-width space, 第一点，, 第三、 among 一、 二、), so opening and exporting a
speech prints its numbering exactly as written.

Written markers are frozen text, so the one rule that keeps them right is here: a group of
sibling headings keeps its written markers while it is as the writer wrote it; any edit
that changes the group (a heading inserted, deleted, moved in, out or within it, raised or
lowered a level) renumbers the whole group continuously in the writer's style — the
family of marker most of the group is written in (一是, 第一，, 一　, （一）) kept, what
each heading wrote after its number kept where it is of that family (第二点， among 第三，),
a last heading written 最后… kept while it stays the last, the first number kept (a run
that began at 二 still begins at 二) — and a heading new to the group (inserted, moved or
raised into it) takes the group's usual form. ``drafter.drafts.ops`` applies the rule
after every structural edit and puts the markers back on undo.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.numbering import marker, markers
from drafter.numerals import cn_number, parse_cn_number

_NUMBER = re.compile(r"[0-9]+|[０-９]+|[一二三四五六七八九十百零〇]+")
_SEQUENCE = re.compile(r"^(首先|其次|再次|此外|然后|最后)")
_WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_NARROW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def written_marker(marker: str) -> str:
    """The marker as printed before its heading: trailing white space becomes one full-width
    space (the author's 一　 stays apart from the words), other marks stay as typed."""
    core = marker.rstrip()
    return core + "\u3000" if core and core != marker else core


@dataclass(frozen=True)
class MarkerForm:
    """A marker taken apart around its number, so it can be written with another number in
    the same style: ``before`` + number + ``after``; ``kind`` says how the number is
    written ("cn" 二, "arabic" 2, "wide" ２, "sequence" 首先/其次/最后 with 最后 as 0,
    "" for a marker with no number, such as a bullet, which stays as it is)."""

    before: str
    after: str
    kind: str
    number: int | None

    @property
    def family(self) -> tuple[str, str]:
        """What two markers of one style share: how the number is written and the words
        before it (第一， 第二、 and 第三点， are one family, （一） and 一、 two). What
        follows the number is each heading's own (点， here, 、 there), kept as written."""
        return (self.kind, self.before)

    def render(self, n: int, total: int) -> str:
        """This form with the number ``n`` (``total`` siblings: a sequence ends at 最后)."""
        if self.kind == "sequence":
            return marker("sequence", n, total)[:-1] + self.after
        if self.kind == "cn":
            number = cn_number(n)
        elif self.kind == "arabic":
            number = str(n)
        elif self.kind == "wide":
            number = str(n).translate(_WIDE_DIGITS)
        else:
            number = ""
        return self.before + number + self.after


def marker_form(mark: str) -> MarkerForm | None:
    """The form of a printed marker (``"第二点，"`` -> 第 · 2 · 点，), None for no marker."""
    if not mark.strip():
        return None
    seq = _SEQUENCE.match(mark)
    if seq:  # its place in the run: 最后 is 0, the last whatever the count
        order = {"首先": 1, "其次": 2, "然后": 2, "再次": 3, "此外": 4}.get(seq.group(1), 0)
        return MarkerForm("", mark[seq.end() :], "sequence", order)
    m = _NUMBER.search(mark)
    if m:
        token = m.group(0)
        if token[0].isdigit():
            kind = "wide" if token[0] in "０１２３４５６７８９" else "arabic"
            number = int(token.translate(_NARROW_DIGITS))
        else:
            kind, number = "cn", parse_cn_number(token)
        if number:
            return MarkerForm(mark[: m.start()], mark[m.end() :], kind, number)
    return MarkerForm(mark, "", "", None)


@dataclass
class GroupState:
    """The draft's sibling groups as they stood before an edit: the ids of each group (keyed
    by the parent's id, None for the top level) and every heading's printed marker."""

    groups: dict[str | None, list[str]]
    printed: dict[str, str]


def group_state(draft: Draft) -> GroupState:
    """Record the groups and printed markers of ``draft`` (taken before an edit)."""
    groups: dict[str | None, list[str]] = {None: [n.id for n in draft.sections]}
    for node in draft.walk():
        groups[node.id] = [c.id for c in node.children]
    return GroupState(groups, markers(draft))


# what an edit's undo puts back: node id -> (written_marker, unnumbered)
MarkerState = dict[str, tuple[str, bool]]


def renumber_edited_groups(draft: Draft, before: GroupState) -> MarkerState:
    """Apply the module's rule after an edit: every group whose headings or order changed
    since ``before`` and that holds a written marker is renumbered in its writer's style.
    Returns the former (written_marker, unnumbered) of every heading it changed."""
    plans: list[tuple[DraftNode, str]] = []
    changed: MarkerState = {}
    for parent_id, old_ids in before.groups.items():
        if parent_id is None:
            nodes = draft.sections
        else:
            parent = draft.find(parent_id)
            if parent is None:
                continue
            nodes = parent.children
        if [n.id for n in nodes] == old_ids or not any(n.written_marker for n in nodes):
            continue
        for node, mark in _renumbered(nodes, old_ids, before.printed):
            if node.unnumbered:
                changed[node.id] = (node.written_marker, node.unnumbered)
                node.unnumbered = False
            plans.append((node, mark))
    derived = markers(draft, written=False)
    for node, mark in plans:
        new = "" if mark is None or mark == derived.get(node.id, "") else mark
        if new != node.written_marker:
            changed.setdefault(node.id, (node.written_marker, node.unnumbered))
            node.written_marker = new
    return changed


def _renumbered(
    nodes: list[DraftNode], old_ids: list[str], printed: dict[str, str]
) -> list[tuple[DraftNode, str | None]]:
    """The marker each counted heading of one edited group gets (None: the derived one)."""
    forms = {i: marker_form(printed.get(i, "")) for i in [*old_ids, *(n.id for n in nodes)]}

    def counted(node: DraftNode) -> bool:
        # an unnumbered heading counts when the writer gave it a number (第三点， among 一、)
        form = forms[node.id]
        return not node.unnumbered or (form is not None and form.number is not None)

    shown = [n for n in nodes if counted(n)]
    # the group as the writer left it: the headings still in it, in their former order
    kept = {n.id for n in shown} & set(old_ids)
    families = Counter(forms[i].family if forms[i] else None for i in old_ids if i in kept)
    family = families.most_common(1)[0][0] if families else None
    if family is None:  # no writer's form to follow: the derived numbering
        return [(n, None) for n in shown]
    usual = Counter(
        (f.before, f.after, f.kind)
        for i in old_ids
        if i in kept and (f := forms[i]) and f.family == family
    )
    template = MarkerForm(*usual.most_common(1)[0][0], None)
    start = _start([forms[i] for i in old_ids])
    out: list[tuple[DraftNode, str | None]] = []
    for k, node in enumerate(shown):
        # a heading of the group keeps its own mark within the family (第一， among 第二、);
        # one new to the group takes the group's usual form
        own = forms[node.id] if node.id in kept else None
        if _still_last(own, k, len(shown)):
            out.append((node, printed[node.id]))  # 最后一点， closing a run of 第二， 第三，
            continue
        form = own if own is not None and own.family == family else template
        n = k + 1 if form.kind == "sequence" else start + k
        out.append((node, form.render(n, len(shown))))
    return out


def _still_last(form: MarkerForm | None, k: int, total: int) -> bool:
    """Whether a heading the writer marked as the last (最后， 最后一点，) still is."""
    return form is not None and form.kind == "sequence" and form.number == 0 and k == total - 1


def _start(forms: list[MarkerForm | None]) -> int:
    """The number the group began at as written (二 for a run 二、三、四, also when 二 was
    the heading just deleted): its first number less the marked headings before it; 1
    when no heading carried a number."""
    marked = 0
    for form in forms:
        if form is None:
            continue
        if form.number is not None and form.kind != "sequence":
            return max(1, form.number - marked)
        marked += 1
    return 1


def restore_markers(draft: Draft, state: MarkerState) -> MarkerState:
    """Put back the (written_marker, unnumbered) of the headings in ``state`` and return what
    they were before, so undo and redo share one record."""
    now: MarkerState = {}
    for node in draft.walk():
        if node.id in state:
            now[node.id] = (node.written_marker, node.unnumbered)
            node.written_marker, node.unnumbered = state[node.id]
    return now
