"""One draft being edited: the draft, its file, its outline model and its undo stack.

Every change to the draft goes through here so that it lands on the undo stack, whatever
widget it came from (outline tree, text editor, metadata strip, a drop, a menu). The tree
operations themselves are the core's pure functions in :mod:`drafter.drafts.ops`; this
class only records them. No widgets live here, so the editing logic is testable on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from drafter.drafts import ops
from drafter.drafts.list_numbers import Fitted, fit_numbers
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.numbering import parse_marker, typed_marker
from drafter.ui.errors import in_chinese
from drafter.ui.models.draft_model import CLOSING, OPENING, DraftOutlineModel
from drafter.ui.undo import MetaCommand, ParagraphsCommand, SnapshotCommand

META_FIELDS = tuple(DraftMeta.__dataclass_fields__)


class DraftSession(QObject):
    """The draft being edited, with undo across all of its edits.

    Signals:
        draft_replaced(): the whole draft object was replaced (new, open, structural
            undo/redo); views reload everything.
        paragraphs_restored(str): undo/redo or an insertion set the paragraphs of a node
            from outside the text editor; the editor reloads if it shows that node.
        meta_restored(str): undo/redo set a metadata field.
        selection_requested(str): show this node (after an add, a move, an undo …).
        changed(): the draft content changed in any way.
        path_changed(object): the draft's file changed (Path or None).
        refused(str): an operation was refused (a one-line reason for the status bar).
        noted(str): an edit was done otherwise than typed (a one-line note saying how).
    """

    draft_replaced = Signal()
    paragraphs_restored = Signal(str)
    meta_restored = Signal(str)
    selection_requested = Signal(str)
    changed = Signal()
    path_changed = Signal(object)
    refused = Signal(str)
    noted = Signal(str)

    def __init__(self, draft: Draft | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft or Draft()
        self.path: Path | None = None
        self.current_key: str | None = OPENING
        self.model = DraftOutlineModel(self.draft, self)
        self.undo_stack = QUndoStack(self)
        self._burst = 0
        self.model.rename_requested.connect(self.rename)
        self.model.move_requested.connect(self.move)
        self.undo_stack.indexChanged.connect(self._on_index_changed)

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit()

    def _push(self, command) -> None:
        """Push an already-applied command. A command merged into the previous one does not
        move the stack's index, so ``changed`` is emitted here for it."""
        index = self.undo_stack.index()
        self.undo_stack.push(command)
        if self.undo_stack.index() == index:
            self.changed.emit()

    # -- whole draft -------------------------------------------------------------------------

    def load(self, draft: Draft, path: Path | None = None, *, dirty: bool = False) -> None:
        """Start editing ``draft`` afresh: the undo history is cleared."""
        self.draft = draft
        self.undo_stack.clear()
        if not dirty:
            self.undo_stack.setClean()
        self.path = Path(path) if path else None
        self.current_key = OPENING
        self.model.set_draft(draft)
        self.draft_replaced.emit()
        self.path_changed.emit(self.path)
        if dirty:
            # A recovered or freshly created draft is not on disk yet: no state of the
            # (empty) history is clean until it is saved.
            self.undo_stack.resetClean()
        self.changed.emit()

    def set_path(self, path: Path | None) -> None:
        """Record the file the draft belongs to and announce it (the window title follows
        ``path_changed``).
        """
        self.path = Path(path) if path else None
        self.path_changed.emit(self.path)

    @property
    def dirty(self) -> bool:
        """True when the draft differs from the last save; the undo stack's clean state is the
        single source of truth.
        """
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        """The draft was written to ``path``: mark the undo stack clean there, so undoing back past
        it makes the draft dirty again.
        """
        self.undo_stack.setClean()
        self.set_path(path)
        self.changed.emit()

    def new_burst(self) -> None:
        """The writer moved on: the next keystroke starts a new undo step."""
        self._burst += 1

    # -- paragraphs --------------------------------------------------------------------------

    def paragraphs(self, key: str | None) -> list[DraftParagraph]:
        """The live paragraph list of the opening, the closing or a heading (empty for an unknown
        key), for the editor to show.
        """
        if key == OPENING:
            return self.draft.opening
        if key == CLOSING:
            return self.draft.closing
        node = self.draft.find(key) if key else None
        return node.paragraphs if node is not None else []

    def hint(self, key: str | None) -> tuple[str, str]:
        """(writing hint, example phrasing) of a node; never part of the text."""
        if key in (OPENING, CLOSING):
            text = self.draft.opening_hint if key == OPENING else self.draft.closing_hint
            # templates append the example phrasing to these hints as "示例：…"
            hint, _sep, example = text.partition("\n示例：")
            return hint, example
        node = self.draft.find(key) if key else None
        return (node.hint, node.example) if node is not None else ("", "")

    def _set_paragraphs(self, key: str, paragraphs: list[DraftParagraph]) -> None:
        if key == OPENING:
            self.draft.opening = paragraphs
        elif key == CLOSING:
            self.draft.closing = paragraphs
        else:
            node = self.draft.find(key)
            if node is None:
                return
            node.paragraphs = paragraphs
        self.model.refresh_counts(key)

    def edit_paragraphs(self, key: str, paragraphs: list[DraftParagraph]) -> None:
        """The writer typed in ``key``: record it (merging with the burst in progress)."""
        before = [p.to_json() for p in self.paragraphs(key)]
        after = [p.to_json() for p in paragraphs]
        if before == after:
            return
        self._set_paragraphs(key, paragraphs)
        self._push(ParagraphsCommand(self, "输入文字", key, before, after, True, self._burst))

    def insert_paragraphs(
        self, key: str, index: int | None, paragraphs: list[DraftParagraph], label: str
    ) -> Fitted:
        """Insert whole paragraphs (borrowed or dropped) as one undo step of their own; a
        list item among them is numbered in its new place (:func:`fit_numbers`: 9.… after
        the draft's （2） becomes （3）, the draft's items after it move on), in the same step.
        Returns what was renumbered, for the status line."""
        if not paragraphs:
            return Fitted([])
        current = self.paragraphs(key)
        before = [p.to_json() for p in current]
        at = len(current) if index is None else max(0, min(index, len(current)))
        fitted = fit_numbers([p.text for p in current], at, [p.text for p in paragraphs])
        for i, text in fitted.following.items():
            ops.set_paragraph_text(self.draft, current[i].id, text)
        for para, text in zip(paragraphs, fitted.inserted):
            para.text = text
        for offset, para in enumerate(paragraphs):
            ops.insert_paragraph(self.draft, key, at + offset, para)
        after = [p.to_json() for p in self.paragraphs(key)]
        self.model.refresh_counts(key)
        self.new_burst()
        self._push(ParagraphsCommand(self, label, key, before, after, False))
        self.new_burst()
        self.paragraphs_restored.emit(key)
        return fitted

    def restore_paragraphs(self, key: str, paragraphs: list[dict]) -> None:
        """Undo/redo entry point: put saved paragraphs back into a node and select it, without
        pushing a new command.
        """
        self._set_paragraphs(key, [DraftParagraph.from_json(p) for p in paragraphs])
        self.new_burst()
        self.paragraphs_restored.emit(key)
        self.selection_requested.emit(key)

    # -- metadata ----------------------------------------------------------------------------

    def set_meta(self, field: str, value: str) -> None:
        """Change one metadata field as an undoable edit; a value equal to the current one pushes
        nothing, and an unknown field is a programming error.
        """
        if field not in META_FIELDS:
            raise ValueError(f"unknown draft field {field!r}")
        before = getattr(self.draft.meta, field)
        if before == value:
            return
        setattr(self.draft.meta, field, value)
        self._push(MetaCommand(self, "修改稿件信息", field, before, value, self._burst))

    def restore_meta(self, field: str, value: str) -> None:
        """Undo/redo entry point: put a saved metadata value back without pushing a new command."""
        setattr(self.draft.meta, field, value)
        self.new_burst()
        self.meta_restored.emit(field)

    # -- structure ---------------------------------------------------------------------------

    def _structural(
        self, label: str, change: Callable[[Draft], object], select: Callable[[], str | None]
    ) -> bool:
        """Run a tree operation and record it as a before/after snapshot.

        ``select`` is called after the change to name the node to show. Returns False when
        the operation changed nothing (moving the first section up, …).
        """
        before = self.draft.to_json()
        select_before = self.current_key
        try:
            change(self.draft)
        except ops.OpError as exc:
            # The draft may be half changed: put the snapshot back before reporting.
            self.draft = Draft.from_json(before)
            self.model.set_draft(self.draft)
            self.draft_replaced.emit()
            self.refused.emit(f"无法{label}：{in_chinese(str(exc))}")
            return False
        after = self.draft.to_json()
        if after == before:
            return False
        target = select()
        self.model.set_draft(self.draft)
        self.new_burst()
        self._push(
            SnapshotCommand(self, label, before, after, select_before, target or select_before)
        )
        self.new_burst()
        if target:
            self.current_key = target
            self.selection_requested.emit(target)
        return True

    def apply(
        self, label: str, change: Callable[[Draft], object], select: str | None = None
    ) -> bool:
        """Run any change of the draft (comments, restoring a version …) as one undoable
        step named ``label``; ``select`` is the node to show afterwards."""
        return self._structural(label, change, lambda: select)

    def restore_snapshot(self, snapshot: dict, select: str | None) -> None:
        """Undo/redo entry point for structural edits: replace the draft with a saved snapshot and
        select ``select`` if it still exists.
        """
        self.draft = Draft.from_json(snapshot)
        self.model.set_draft(self.draft)
        self.new_burst()
        self.draft_replaced.emit()
        if select and (select in (OPENING, CLOSING) or self.draft.find(select)):
            self.current_key = select
            self.selection_requested.emit(select)

    def _siblings(self, node_id: str) -> tuple[DraftNode | None, list[DraftNode], int]:
        parent = self.model.parent_of(node_id)
        siblings = parent.children if parent is not None else self.draft.sections
        index = next(i for i, n in enumerate(siblings) if n.id == node_id)
        return parent, siblings, index

    def _is_node(self, key: str | None) -> bool:
        return bool(key) and key not in (OPENING, CLOSING) and self.draft.find(key) is not None

    def rename(self, key: str, heading: str) -> bool:
        """Rename a heading (whitespace collapsed) as one undoable step; refuses the opening, the
        closing and empty names. A marker typed or pasted before the words (二、聚焦…,
        第一句话：…) is left out, as the draft numbers its headings itself (it was printed
        twice: 第一句话：第一句话：…), and ``noted`` says so.
        """
        heading = " ".join(heading.split())
        if not self._is_node(key) or not heading:
            return False
        style = parse_marker(self.model.marker_of(key))
        typed = typed_marker(heading, style[0] if style else None)
        if typed:
            heading = heading[len(typed) :].strip(" \u3000")
            note = f"标题前输入的编号“{typed}”已去掉：编号随标题的位置自动生成"
            if heading == self.draft.find(key).heading:
                self.noted.emit(note)
                return False
        done = self._structural(
            "重命名标题", lambda d: ops.set_heading(d, key, heading), lambda: key
        )
        if typed and done:
            self.noted.emit(note)
        return done

    def add_sibling(self, key: str | None, heading: str = "新标题") -> str | None:
        """Add a section after ``key`` (at the end of the top level for opening/closing)."""
        node = DraftNode(heading=heading)
        if self._is_node(key):
            parent, _siblings, index = self._siblings(key)
            parent_id, at = (parent.id if parent else None), index + 1
        else:
            parent_id = None
            at = 0 if key == OPENING else len(self.draft.sections)
        ok = self._structural(
            "添加标题", lambda d: ops.add_node(d, parent_id, at, node), lambda: node.id
        )
        return node.id if ok else None

    def add_child(self, key: str | None, heading: str = "新标题") -> str | None:
        """Add a sub-section at the end of ``key``'s children."""
        if not self._is_node(key):
            return self.add_sibling(key, heading)
        node = DraftNode(heading=heading)
        count = len(self.draft.find(key).children)
        ok = self._structural(
            "添加下级标题", lambda d: ops.add_node(d, key, count, node), lambda: node.id
        )
        return node.id if ok else None

    def remove(self, key: str | None) -> bool:
        """Delete a heading and its subtree as one undoable step, then select a neighbour (or the
        parent) so the writer does not lose their place.
        """
        if not self._is_node(key):
            return False
        parent, siblings, index = self._siblings(key)
        if len(siblings) > 1:
            neighbour = siblings[index + 1] if index + 1 < len(siblings) else siblings[index - 1]
            after = neighbour.id
        else:
            after = parent.id if parent is not None else OPENING
        return self._structural("删除标题", lambda d: ops.remove_node(d, key), lambda: after)

    def move(self, node_id: str, parent_id: str | None, index: int) -> bool:
        """Move a section to ``index`` among ``parent_id``'s children (after removal)."""
        if not self._is_node(node_id):
            return False
        return self._structural(
            "移动标题", lambda d: ops.move_node(d, node_id, parent_id, index), lambda: node_id
        )

    def move_up(self, key: str | None) -> bool:
        """Swap a heading with its previous sibling; False when it is already first."""
        if not self._is_node(key):
            return False
        parent, _siblings, index = self._siblings(key)
        if index == 0:
            return False
        return self.move(key, parent.id if parent else None, index - 1)

    def move_down(self, key: str | None) -> bool:
        """Swap a heading with its next sibling; False when it is already last."""
        if not self._is_node(key):
            return False
        parent, siblings, index = self._siblings(key)
        if index + 1 >= len(siblings):
            return False
        return self.move(key, parent.id if parent else None, index + 1)

    def promote(self, key: str | None) -> bool:
        """Move a heading one level up, after its parent; False at the top level."""
        if not self._is_node(key) or self.model.parent_of(key) is None:
            return False
        return self._structural("提升一级", lambda d: ops.promote(d, key), lambda: key)

    def demote(self, key: str | None) -> bool:
        """Make a heading a child of its previous sibling; False when it has none."""
        if not self._is_node(key) or self._siblings(key)[2] == 0:
            return False
        return self._structural("降低一级", lambda d: ops.demote(d, key), lambda: key)

    def set_numbering(self, level: int, style: str) -> bool:
        """Choose the numbering style of outline level ``level`` (1-based)."""
        if level < 1:
            return False
        key = self.current_key
        return self._structural(
            "更改编号样式", lambda d: ops.set_numbering(d, level, style), lambda: key
        )

    def set_run_in(self, key: str | None, run_in: bool) -> bool:
        """Whether the heading runs into its first paragraph (一是…。) or stands alone."""
        if not self._is_node(key):
            return False

        return self._structural(
            "更改标题形式", lambda d: ops.set_run_in(d, key, run_in), lambda: key
        )
