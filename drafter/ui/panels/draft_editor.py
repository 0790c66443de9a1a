"""The draft editor panel: metadata, outline tree, node text, hints, sources, counts.

The panel assembles the parts in :mod:`drafter.ui.draft`; files, autosave and recovery
are :class:`~drafter.ui.draft.files.DraftFiles`, the wide and narrow layouts
:mod:`~drafter.ui.draft.layout`, what follows the session (the node shown, its header,
counts and the title) :mod:`~drafter.ui.draft.node_view`. Every change goes through
:class:`~drafter.ui.draft.session.DraftSession`, so undo covers all of them.
"""

from __future__ import annotations

from pathlib import Path, PurePath

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import book_title
from drafter.drafts.list_numbers import Fitted
from drafter.drafts.model import Draft, DraftParagraph
from drafter.settings import Settings
from drafter.ui.draft.actions import EditorActions
from drafter.ui.draft.files import DraftFiles
from drafter.ui.draft.insertion import paragraphs_from_hits, paragraphs_from_text
from drafter.ui.draft.layout import DraftLayout
from drafter.ui.draft.node_view import NodeView
from drafter.ui.draft.office import OfficeActions
from drafter.ui.draft.outline_view import OutlinePane
from drafter.ui.draft.session import DraftSession
from drafter.ui.draft.side_panes import (
    HintPane,
    MetaStrip,
    ProvenancePane,
)
from drafter.ui.draft.text_edit import ParagraphEdit
from drafter.ui.models.draft_model import (
    OPENING,
)
from drafter.ui.widgets.elided_label import ElidedLabel


class DraftEditorPanel(NodeView, EditorActions, DraftLayout, QWidget):
    """Edit one draft: outline, text, sources; save, open, export; autosave and recovery.

    ``settings`` gives the autosave interval, recent drafts and export defaults;
    ``recovery_dir`` is where the recovery file lives (the user data folder by default).
    Call :meth:`offer_recovery` once at start-up (it also runs by itself on first show)
    and :meth:`confirm_close` from the window's closeEvent.

    Signals:
        draft_changed(): anything in the draft changed (text, outline, metadata, file).
        provenance_requested(str, int): open a source (document id, paragraph index).
        status_message(str): a short message for the status bar.
        title_changed(str): the draft's display title ("标题 — 文件名 *").
    """

    draft_changed = Signal()
    provenance_requested = Signal(str, int)
    status_message = Signal(str)
    title_changed = Signal(str)

    def __init__(
        self,
        settings: Settings | None = None,
        recovery_dir: str | Path | None = None,
        parent: QWidget | None = None,
        *,
        settings_path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditorPanel")
        self.settings = settings or Settings()
        self.session = DraftSession(parent=self)
        self.files = DraftFiles(self.session, self.settings, self, recovery_dir, settings_path)
        self._loading = False
        self._cursor_placed = False  # the writer put the cursor somewhere in this node
        self._build_actions()
        self._build_ui()
        self._connect()
        self._reload_all()

    # -- construction ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.meta = MetaStrip()
        tool_actions = [
            self.add_sibling_action,
            self.add_child_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.promote_action,
            self.demote_action,
        ]
        menu_actions = [
            self.add_sibling_action,
            self.add_child_action,
            self.rename_action,
            self.delete_action,
            None,
            self.move_up_action,
            self.move_down_action,
            self.promote_action,
            self.demote_action,
            None,
            self.run_in_action,
        ]
        self.outline = OutlinePane(self.session.model, tool_actions, menu_actions)
        self.tree = self.outline.tree
        # in the tree, Delete removes the heading and Enter goes to its text
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        self.tree.activated.connect(self._edit_text_of)

        self.node_label = QLabel()
        self.node_label.setObjectName("draftNodeTitle")
        self.node_label.setStyleSheet("font-weight: bold")
        self.node_label.setWordWrap(True)
        self.editor = ParagraphEdit()
        self.editor.setObjectName("draftEditor")
        self.provenance = ProvenancePane()
        self.hints = HintPane()
        # comments (批注), versions, compare, outline view: drafter.ui.draft.office
        self.office = OfficeActions(self)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("draftSide")
        self.side.addWidget(self.hints)
        self.side.addWidget(self.office.comments)

        center = QSplitter(Qt.Orientation.Vertical)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.node_label)
        text_layout.addWidget(self.editor, 1)
        center.addWidget(text_box)
        center.addWidget(self.provenance)
        self.center = center
        # narrow (a docked editor at 1280x720): hints, comments and sources share tabs under
        # the text; stacked, their minimum heights left the text three lines tall
        self.extras = QTabWidget()
        self.extras.setObjectName("draftExtras")
        self.extras.setDocumentMode(True)
        self.extras.hide()
        self._text_sizes: list[list[int]] | None = None  # the split before the comments grew it
        self.extras.currentChanged.connect(self._fit_extras_to_tab)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.outline)
        body.addWidget(center)
        self.splitter = body
        self.wide: bool | None = None
        self._arrange(wide=True)

        self.counts = QLabel()
        self.counts.setObjectName("draftCounts")
        self.counts.setToolTip("字数不计空白；讲话时长按每分钟约 220 字估算，不含稿件标题")
        self.file_label = ElidedLabel()  # a long path must not widen the panel
        self.file_label.setObjectName("draftFileLabel")
        self.file_label.setStyleSheet("color:#666")
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # unsaved edits shown inside the window: the title's star is drawn by the window
        # manager, and there may be none (a kiosk, a tiling desktop, full screen)
        self.unsaved_mark = QLabel("● 未保存")
        self.unsaved_mark.setObjectName("draftUnsavedMark")
        self.unsaved_mark.setStyleSheet("color:#b35900")
        self.unsaved_mark.setToolTip("稿件有未保存的修改（Ctrl+S 保存）")
        self.unsaved_mark.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.counts)
        footer.addWidget(self.file_label, 1)
        footer.addWidget(self.unsaved_mark)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.meta)
        layout.addWidget(body, 1)
        layout.addLayout(footer)

    def _connect(self) -> None:
        s = self.session
        s.draft_replaced.connect(self._reload_all)
        s.paragraphs_restored.connect(self._on_paragraphs_restored)
        s.meta_restored.connect(self._reload_meta)
        s.selection_requested.connect(self.select_key)
        s.changed.connect(self._on_changed)
        s.path_changed.connect(self._update_title)
        s.refused.connect(self.status_message)
        s.noted.connect(self.status_message)
        s.model.hits_dropped.connect(self._on_hits_dropped_on_tree)
        s.model.text_dropped.connect(self._on_text_dropped_on_tree)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.model().modelReset.connect(self._after_reset)
        self.outline.numbering_chosen.connect(s.set_numbering)
        self.meta.field_edited.connect(self._on_meta_edited)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self.editor.undo_requested.connect(s.undo_stack.undo)
        self.editor.redo_requested.connect(s.undo_stack.redo)
        self.editor.hits_dropped.connect(lambda hits, index: self.insert_hits(hits, index=index))
        self.provenance.open_requested.connect(self.provenance_requested)
        self.provenance.paragraph_chosen.connect(self._show_paragraph)
        self.hints.example_adopted.connect(self._adopt_example)
        self.files.status_message.connect(self.status_message)
        self.files.loaded.connect(self._show_first_section)
        self.files.loaded.connect(lambda: self.show_comments() if self.draft.comments else None)
        self.office.status_message.connect(self.status_message)

    # -- public API --------------------------------------------------------------------------

    @property
    def draft(self) -> Draft:
        """The draft being edited; owned by the session, so read it here rather than keeping a copy."""
        return self.session.draft

    @property
    def path(self) -> Path | None:
        """The file the draft was opened from or last saved to; None for a draft never saved."""
        return self.session.path

    def current_key(self) -> str | None:
        """The node shown in the editor: "opening", "closing" or a heading id."""
        return self.session.current_key

    def select_key(self, key: str | None) -> None:
        """Show node ``key`` ("opening", "closing" or a node id) in the tree and editor."""
        self.outline.select_key(key)

    def set_draft(
        self, draft: Draft, path: Path | None = None, *, unsaved: bool = True, ask: bool = True
    ) -> bool:
        """Edit ``draft`` (a new one from the template gallery …) in place of the current
        one. With unsaved changes the writer is asked 保存/不保存/取消 first (``ask=False``
        skips that); returns False when they cancelled."""
        if ask and not self.confirm_discard():
            return False
        self.session.load(draft, path, dirty=unsaved)
        first = draft.sections[0].id if draft.sections else OPENING
        self.select_key(first)
        return True

    def insert_hit(self, hit: dict | list[dict]) -> int:
        """Insert a search hit (or several) into the current node, after the paragraph at
        the cursor, with its provenance. Returns the number of paragraphs inserted."""
        return self.insert_hits(hit if isinstance(hit, list) else [hit])

    def insert_hits(
        self, hits: list[dict], *, key: str | None = None, index: int | None = None
    ) -> int:
        """Insert search hits as borrowed paragraphs (with provenance) into node ``key`` at
        ``index``, by default after the cursor; returns how many were inserted.
        """
        return self._insert(paragraphs_from_hits(hits), key, index)

    def insert_text(
        self,
        text: str,
        provenance: dict | None = None,
        *,
        key: str | None = None,
        index: int | None = None,
    ) -> int:
        """Insert text (a reader selection, a drop) into the current node, one paragraph per
        line. With ``provenance`` (a hit-shaped dict) every paragraph records its source;
        line N of a multi-paragraph selection is source paragraph ``paragraph_index + N``."""
        return self._insert(paragraphs_from_text(text, provenance), key, index)

    def _insert(self, paragraphs: list[DraftParagraph], key: str | None, index: int | None) -> int:
        if not paragraphs:
            return 0
        key = key or self.session.current_key or OPENING
        if key == self.session.current_key and index is None:
            index = self._cursor_insert_index()
        sources = {
            p.provenance.title or PurePath(p.provenance.path or "").name
            for p in paragraphs
            if p.provenance and (p.provenance.title or p.provenance.path)
        }
        before = len(self.session.paragraphs(key))
        fitted = self.session.insert_paragraphs(
            key, index, paragraphs, f"插入 {len(paragraphs)} 段"
        )
        if key != self.session.current_key:
            self.select_key(key)
        # the cursor goes to the end of what came in, so the next insertion follows it
        last = (before if index is None else index) + len(paragraphs) - 1
        self.editor.move_to_paragraph(last, end=True)
        self._cursor_placed = True
        where = f"（来自{''.join(book_title(s) for s in sorted(sources))}）" if sources else ""
        self.status_message.emit(f"已插入 {len(paragraphs)} 段{where}{renumbered(fitted)}")
        return len(paragraphs)

    def _cursor_insert_index(self) -> int | None:
        """Where the writer's cursor is (after its paragraph, or before it when the cursor
        is at its start); at the end when the cursor was not placed in this node."""
        count = len(self.session.paragraphs(self.session.current_key))
        if not self._cursor_placed or count == 0:
            return None
        return min(self.editor.insert_position(), count)

    def _on_cursor_moved(self) -> None:
        if not self._loading:
            self._cursor_placed = True

    # -- files (delegated to DraftFiles) -----------------------------------------------------

    def new_draft(self) -> bool:
        """Start an empty draft (asks about unsaved changes first); False when the writer cancelled."""
        return self.files.new_draft()

    def focus_title(self) -> None:
        """Put the keyboard in the 标题 box: a new speech starts with its title, and from the
        outline the box was a dozen Shift+Tab away (past every outline button)."""
        self.meta.edits["title"].setFocus(Qt.FocusReason.OtherFocusReason)

    def open_draft(self, path: str | Path | None = None) -> bool:
        """Open a draft file (asked for when ``path`` is None); False when cancelled or unreadable."""
        return self.files.open_draft(path)

    def save(self) -> bool:
        """Save to the draft's own file, asking for one if it has none; False when nothing was
        written.
        """
        return self.files.save()

    def save_as(self, path: str | Path | None = None) -> bool:
        """Save under a new name; False when the writer cancelled or the write failed."""
        return self.files.save_as(path)

    def confirm_discard(self) -> bool:
        """Ask 保存/不保存/取消 when there are unsaved changes; True when the caller may go on."""
        return self.files.confirm_discard()

    def confirm_close(self) -> bool:
        """For the window's closeEvent: settle unsaved work (保存/不保存/取消), then close
        cleanly so no recovery is offered next time. False: the user cancelled."""
        return self.files.confirm_close()

    def close_clean(self) -> None:
        """The draft is settled: stop autosave and remove the recovery file."""
        self.files.close_clean()

    def close_keeping_unsaved(self) -> bool:
        """Close without asking (nobody can answer): unsaved work goes to the recovery file
        that the next start offers back. True when a recovery copy was written."""
        return self.files.close_keeping_unsaved()

    def autosave_now(self) -> bool:
        """Write the recovery file now (the timer does this every autosave_seconds)."""
        return self.files.autosave_now()

    def offer_recovery(self) -> bool:
        """Offer the unsaved draft of a session that crashed; True when recovered."""
        return self.files.offer_recovery()

    def apply_settings(self) -> None:
        """Settings changed (preferences dialog): pick up the autosave interval and the speaking
        rate the draft's 讲话时长 is said at."""
        self.files.apply_settings()
        self._update_counts()

    def open_export_dialog(self) -> None:
        """Export the draft through the export dialog; when the file was written but no file manager
        can show its folder, say where it is instead of failing silently.
        """
        from drafter.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.session.draft, self.settings, parent=self, source=self.path)
        dialog.exported.connect(self._on_exported)
        dialog.exec()
        if dialog.folder_not_opened and dialog.result_path is not None:
            folder = dialog.result_path.parent
            self.status_message.emit(f"已导出，但本机没有可用的文件管理器打开文件夹：{folder}")
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "无法打开文件夹",
                f"文件已导出到：\n{dialog.result_path}\n\n本机没有可用的文件管理器，请手动打开该文件夹。",
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not modal: the export is done, nothing waits on the answer
        dialog.deleteLater()  # a closed dialog must not linger (and keep workers) until the editor goes

    def _on_exported(self, path) -> None:
        self.status_message.emit(f"已导出：{path}")

    def closeEvent(self, event) -> None:
        """Qt override: a floating editor that is closed settles unsaved work first; cancelling
        keeps it open.
        """
        if self.confirm_close():
            event.accept()
        else:
            event.ignore()

    def showEvent(self, event) -> None:
        """Qt override: on first show, offer the draft a crashed session left behind (queued, so the
        window is on screen first).
        """
        super().showEvent(event)
        if not self.files.recovery_checked:
            QTimer.singleShot(0, self.offer_recovery)


def renumbered(fitted: Fitted) -> str:
    """The status line's word on the numbers of a list item inserted: the writer sees that
    9. became （3） (or was dropped), and that the draft's items after it moved on."""
    if not fitted.changed:
        return ""
    given = [m for m in fitted.markers if m]
    said = f"，编号改为“{'”“'.join(given)}”" if given else "，去掉了原文的编号"
    if fitted.following:
        said += f"，其后 {len(fitted.following)} 项顺延"
    return said
