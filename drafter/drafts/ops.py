"""Editing operations on a draft's outline, written for an undo stack.

Every operation mutates the draft in place, keeps the tree valid (no cycles, no lost
nodes, ids unique) and returns an :class:`Undo`: calling ``undo.apply(draft)`` reverts the
operation and returns another :class:`Undo` that redoes it. Numbering needs no fixing
after an operation because markers are derived (see ``drafter.drafts.numbering``); the
markers a writer typed (``DraftNode.written_marker``) are renumbered in the writer's
style in every sibling group an operation changes, and put back by its undo (see
``drafter.drafts.written_markers``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.written_markers import (
    MarkerState,
    group_state,
    marker_form,
    renumber_edited_groups,
    restore_markers,
)

OPENING = "opening"
CLOSING = "closing"


class OpError(ValueError):
    """An operation that would break the outline (unknown id, moving into itself ...)."""


@dataclass
class Undo:
    """Base of undo records; subclasses know how to revert one operation."""

    description: str

    def apply(self, draft: Draft) -> Undo:  # pragma: no cover - abstract
        """Revert the operation on ``draft`` and return the record that redoes it, so undo and redo
        share one mechanism.
        """
        raise NotImplementedError


# --- locating ---------------------------------------------------------------------


def locate(draft: Draft, node_id: str) -> tuple[DraftNode | None, list[DraftNode], int]:
    """``(parent, siblings, index)`` of a node; ``parent`` is None at the top level."""

    def search(parent: DraftNode | None, nodes: list[DraftNode]):
        for i, node in enumerate(nodes):
            if node.id == node_id:
                return parent, nodes, i
            found = search(node, node.children)
            if found:
                return found
        return None

    found = search(None, draft.sections)
    if found is None:
        raise OpError(f"no heading with id {node_id!r}")
    return found


def _children_of(draft: Draft, parent_id: str | None) -> list[DraftNode]:
    if parent_id is None:
        return draft.sections
    node = draft.find(parent_id)
    if node is None:
        raise OpError(f"no heading with id {parent_id!r}")
    return node.children


def _clamp(index: int | None, size: int) -> int:
    if index is None or index > size:
        return size
    if index < 0:
        return max(0, size + 1 + index)  # -1 appends, like list.insert(len, ...)
    return index


# --- headings -------------------------------------------------------------------------


@dataclass
class _MoveBack(Undo):
    node_id: str
    parent_id: str | None
    index: int

    def apply(self, draft: Draft) -> Undo:
        return _move(draft, self.node_id, self.parent_id, self.index)


@dataclass
class _WithMarkers(Undo):
    """An outline edit's undo together with the written markers the edit renumbered: the
    tree goes back first, then the markers, exactly as they were."""

    inner: Undo
    markers: MarkerState

    def apply(self, draft: Draft) -> Undo:
        redo = self.inner.apply(draft)
        return _WithMarkers(self.description, redo, restore_markers(draft, self.markers))


def _renumbering(draft: Draft, change) -> Undo:
    """Run ``change`` (a tree edit returning its undo) and renumber the written markers of the
    sibling groups it changed (the one rule of ``drafter.drafts.written_markers``)."""
    before = group_state(draft)
    undo = change()
    changed = renumber_edited_groups(draft, before)
    return _WithMarkers(undo.description, undo, changed) if changed else undo


def move_node(draft: Draft, node_id: str, new_parent_id: str | None, index: int | None) -> Undo:
    """Move a heading (with its subtree) under ``new_parent_id`` (None: top level) at
    ``index`` in the new sibling list (None or past the end: append)."""
    return _renumbering(draft, lambda: _move(draft, node_id, new_parent_id, index))


def _move(draft: Draft, node_id: str, new_parent_id: str | None, index: int | None) -> Undo:
    parent, siblings, old_index = locate(draft, node_id)
    node = siblings[old_index]
    if new_parent_id is not None and any(n.id == new_parent_id for n in node.walk()):
        raise OpError("cannot move a heading into itself or one of its sub-headings")
    target = _children_of(draft, new_parent_id)
    siblings.pop(old_index)
    target.insert(_clamp(index, len(target)), node)
    return _MoveBack("move", node_id, parent.id if parent else None, old_index)


def promote(draft: Draft, node_id: str) -> Undo:
    """Raise a heading one level: it follows its former parent as a sibling. Its own
    sub-headings move with it; its later siblings stay where they are."""
    parent, _siblings, _index = locate(draft, node_id)
    if parent is None:
        raise OpError("a top-level heading cannot be promoted")
    grand, parent_siblings, parent_index = locate(draft, parent.id)
    undo = move_node(draft, node_id, grand.id if grand else None, parent_index + 1)
    undo.description = "promote"
    return undo


def demote(draft: Draft, node_id: str) -> Undo:
    """Lower a heading one level: it becomes the last sub-heading of the heading just
    before it. The first heading of a list has nothing to go under and is refused."""
    _parent, siblings, index = locate(draft, node_id)
    if index == 0:
        raise OpError("the first heading of a list cannot be demoted")
    new_parent = siblings[index - 1]
    undo = move_node(draft, node_id, new_parent.id, None)
    undo.description = "demote"
    return undo


@dataclass
class _Remove(Undo):
    node_id: str

    def apply(self, draft: Draft) -> Undo:
        return _remove(draft, self.node_id)


@dataclass
class _Reinsert(Undo):
    node: DraftNode
    parent_id: str | None
    index: int

    def apply(self, draft: Draft) -> Undo:
        return _add(draft, self.parent_id, self.index, self.node)


def add_node(
    draft: Draft, parent_id: str | None, index: int | None, node: DraftNode | None = None
) -> Undo:
    """Insert ``node`` (a new empty heading when None) under ``parent_id`` at ``index``.
    The returned undo removes it again."""
    node = node if node is not None else DraftNode(heading="")
    return _renumbering(draft, lambda: _add(draft, parent_id, index, node))


def _add(draft: Draft, parent_id: str | None, index: int | None, node: DraftNode) -> Undo:
    existing = {n.id for n in draft.walk()}
    if any(n.id in existing for n in node.walk()):
        raise OpError(f"heading id {node.id!r} is already in the draft")
    target = _children_of(draft, parent_id)
    target.insert(_clamp(index, len(target)), node)
    return _Remove("add", node.id)


def remove_node(draft: Draft, node_id: str) -> Undo:
    """Delete a heading with its paragraphs and sub-headings (undo puts it all back)."""
    return _renumbering(draft, lambda: _remove(draft, node_id))


def _remove(draft: Draft, node_id: str) -> Undo:
    parent, siblings, index = locate(draft, node_id)
    node = siblings.pop(index)
    return _Reinsert("remove", node, parent.id if parent else None, index)


@dataclass
class _SetField(Undo):
    node_id: str
    field: str
    value: object

    def apply(self, draft: Draft) -> Undo:
        return _set_node_field(draft, self.node_id, self.field, self.value)


def _set_node_field(draft: Draft, node_id: str, name: str, value: object) -> Undo:
    node = draft.find(node_id)
    if node is None:
        raise OpError(f"no heading with id {node_id!r}")
    old = getattr(node, name)
    setattr(node, name, value)
    return _SetField(f"set {name}", node_id, name, old)


def set_heading(draft: Draft, node_id: str, heading: str) -> Undo:
    """Change a heading's text (without marker: numbering is derived)."""
    return _set_node_field(draft, node_id, "heading", heading)


def set_run_in(draft: Draft, node_id: str, run_in: bool) -> Undo:
    """Switch a heading between its own line and running into its first paragraph."""
    return _set_node_field(draft, node_id, "run_in", bool(run_in))


@dataclass
class _SetNumbering(Undo):
    numbering: list[str]
    groups: dict[str, str] = field(default_factory=dict)  # node id -> child_numbering

    def apply(self, draft: Draft) -> Undo:
        old = list(draft.numbering)
        old_groups: dict[str, str] = {}
        for node in _all_nodes(draft):
            if node.id in self.groups:
                old_groups[node.id] = node.child_numbering
                node.child_numbering = self.groups[node.id]
        draft.numbering = list(self.numbering)
        return _SetNumbering("numbering", old, old_groups)


def _all_nodes(draft: Draft):
    for top in draft.sections:
        yield from top.walk()


def set_numbering(draft: Draft, level: int, style: str) -> Undo:
    """Choose the numbering style of ``level`` (1-based); levels in between that were
    never set get the official defaults."""
    from drafter.drafts.numbering import NUMBERING_STYLES, level_styles

    if style not in NUMBERING_STYLES:
        raise OpError(f"unknown numbering style {style!r}")
    if level < 1:
        raise OpError(f"levels start at 1, got {level}")
    new = level_styles(draft, max(level, len(draft.numbering)))
    new[level - 1] = style
    # The chosen style applies to the whole level: drop per-group styles kept from an
    # imported document (see DraftNode.child_numbering).
    from drafter.drafts.numbering import levels

    depth_of = levels(draft)
    groups = {
        n.id: "" for n in _all_nodes(draft) if n.child_numbering and depth_of.get(n.id) == level - 1
    }
    undo = _SetNumbering("numbering", new, groups).apply(draft)
    # the chosen style replaces the writer's own markers on that level too (a heading the
    # writer numbered, 第三点， among 一、, is numbered again)
    mine = [n for n in _all_nodes(draft) if n.written_marker and depth_of.get(n.id) == level]
    state: MarkerState = {n.id: (n.written_marker, n.unnumbered) for n in mine}
    for node in mine:
        form = marker_form(node.written_marker)
        node.unnumbered = node.unnumbered and (form is None or form.number is None)
        node.written_marker = ""
    return _WithMarkers(undo.description, undo, state) if state else undo


# --- paragraphs ---------------------------------------------------------------------------


def paragraphs_of(draft: Draft, target: str) -> list[DraftParagraph]:
    """The paragraph list of a heading id, or of ``"opening"`` / ``"closing"``."""
    if target == OPENING:
        return draft.opening
    if target == CLOSING:
        return draft.closing
    node = draft.find(target)
    if node is None:
        raise OpError(f"no heading with id {target!r}")
    return node.paragraphs


def find_paragraph(draft: Draft, paragraph_id: str) -> tuple[str, int]:
    """``(container, index)`` of a paragraph; container as in :func:`paragraphs_of`."""
    containers: list[tuple[str, list[DraftParagraph]]] = [(OPENING, draft.opening)]
    containers += [(n.id, n.paragraphs) for n in draft.walk()]
    containers.append((CLOSING, draft.closing))
    for name, paras in containers:
        for i, p in enumerate(paras):
            if p.id == paragraph_id:
                return name, i
    raise OpError(f"no paragraph with id {paragraph_id!r}")


@dataclass
class _RemoveParagraph(Undo):
    paragraph_id: str

    def apply(self, draft: Draft) -> Undo:
        return remove_paragraph(draft, self.paragraph_id)


@dataclass
class _ReinsertParagraph(Undo):
    target: str
    index: int
    paragraph: DraftParagraph

    def apply(self, draft: Draft) -> Undo:
        return insert_paragraph(draft, self.target, self.index, self.paragraph)


def insert_paragraph(
    draft: Draft, target: str, index: int | None, paragraph: DraftParagraph
) -> Undo:
    """Insert a paragraph into a heading (by id), the opening or the closing."""
    paras = paragraphs_of(draft, target)
    paras.insert(_clamp(index, len(paras)), paragraph)
    return _RemoveParagraph("insert paragraph", paragraph.id)


def remove_paragraph(draft: Draft, paragraph_id: str) -> Undo:
    """Take a paragraph out of wherever it sits; the undo record puts it back at the same place with
    the same id.
    """
    target, index = find_paragraph(draft, paragraph_id)
    paragraph = paragraphs_of(draft, target).pop(index)
    return _ReinsertParagraph("remove paragraph", target, index, paragraph)


@dataclass
class _MoveParagraphBack(Undo):
    paragraph_id: str
    target: str
    index: int

    def apply(self, draft: Draft) -> Undo:
        return move_paragraph(draft, self.paragraph_id, self.target, self.index)


def move_paragraph(draft: Draft, paragraph_id: str, target: str, index: int | None) -> Undo:
    """Move a paragraph to another place (same or another heading, opening, closing)."""
    old_target, old_index = find_paragraph(draft, paragraph_id)
    dest = paragraphs_of(draft, target)  # validate before removing anything
    paragraph = paragraphs_of(draft, old_target).pop(old_index)
    dest.insert(_clamp(index, len(dest)), paragraph)
    return _MoveParagraphBack("move paragraph", paragraph_id, old_target, old_index)


@dataclass
class _SetText(Undo):
    paragraph_id: str
    text: str

    def apply(self, draft: Draft) -> Undo:
        return set_paragraph_text(draft, self.paragraph_id, self.text)


def set_paragraph_text(draft: Draft, paragraph_id: str, text: str) -> Undo:
    """Edit a paragraph's text. Its provenance stays: ``original_text`` shows the change."""
    target, index = find_paragraph(draft, paragraph_id)
    paragraph = paragraphs_of(draft, target)[index]
    old = paragraph.text
    paragraph.text = text
    return _SetText("edit paragraph", paragraph_id, old)
