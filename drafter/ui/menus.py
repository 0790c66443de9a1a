"""The menu bar and toolbar of the main window, built from its actions and panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from drafter.ui.undo_target import UndoTarget
from drafter.ui.widgets.mnemonics import REVIEW_MNEMONICS, give_mnemonics
from drafter.ui.window_parts import WindowParts

# The draft editor's outline actions, in menu order (those it does not have are skipped).
OUTLINE_ACTIONS = (
    "add_sibling_action",
    "add_child_action",
    "rename_action",
    "delete_action",
    "move_up_action",
    "move_down_action",
    "promote_action",
    "demote_action",
    "run_in_action",
)


def _present(owner: object, names: tuple[str, ...]) -> list[QAction]:
    """The actions named in ``names`` that ``owner`` has: a panel without one of them (a
    read-only window, a test's bare panel) still gets a menu of what it does have."""
    return [a for a in (getattr(owner, n, None) for n in names) if isinstance(a, QAction)]


def build_menu_bar(w: WindowParts) -> None:
    """文件 / 编辑 / 视图 / 资料库 / 帮助, every main action with its shortcut."""
    ed = w.editor
    bar = w.menuBar()
    file_menu = bar.addMenu("文件(&F)")
    file_menu.addActions([w.from_template_action, ed.new_action, ed.open_action])
    file_menu.addMenu(w.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([ed.save_action, ed.save_as_action, ed.export_action])
    file_menu.addSeparator()
    file_menu.addActions([w.prefs_action, w.quit_action])

    edit_menu = bar.addMenu("编辑(&E)")
    edit_menu.addActions([ed.undo_action, ed.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([w.insert_hit_action, w.insert_reader_action])
    edit_menu.addSeparator()
    edit_menu.addActions(_present(ed, OUTLINE_ACTIONS))
    edit_menu.addSeparator()
    edit_menu.addActions(_present(ed, ("prev_section_action", "next_section_action")))
    edit_menu.addSeparator()
    edit_menu.addActions([w.find_action, w.next_hit_action, w.prev_hit_action])

    view_menu = bar.addMenu("视图(&V)")
    docks = [w.search_dock, w.library_dock, w.reader_dock, w.draft_dock]
    if w.gallery_dock is not None:
        docks.append(w.gallery_dock)
    for number, dock in enumerate(docks, start=1):
        title = dock.windowTitle()
        view_menu.addAction(
            w.make_action(f"转到{title}", lambda d=dock: w.bring(d), f"Ctrl+{number}")
        )
    view_menu.addSeparator()
    for dock in docks:
        view_menu.addAction(dock.toggleViewAction())  # show / hide (checkable)

    office = getattr(ed, "office", None)
    if office is not None:  # comments, versions, compare, outline view (drafter.ui.draft.office)
        review_menu = bar.addMenu("审阅(&R)")
        review_menu.addActions(office.actions())
        give_mnemonics(review_menu, REVIEW_MNEMONICS)  # 添加批注(&M)… as 审阅(&R)

    lib_menu = bar.addMenu("资料库(&L)")
    lib_menu.addActions([w.import_files_action, w.import_folder_action])
    lib_menu.addActions([w.sync_action, w.watched_action])
    lib_menu.addSeparator()
    lib_menu.addActions([w.remove_docs_action, w.reindex_action, w.cancel_import_action])
    lib_menu.addSeparator()
    lib_menu.addAction(w.template_from_doc_action)

    help_menu = bar.addMenu("帮助(&H)")
    help_menu.addActions(
        [w.getting_started_action, w.syntax_action, w.shortcuts_action, w.about_action]
    )


def build_toolbar(w: WindowParts) -> None:
    """The everyday actions; the export button carries the object name ``exportButton``."""
    bar = w.addToolBar("常用")
    bar.setObjectName("mainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    ed = w.editor
    bar.addActions([w.import_files_action, w.find_action])
    bar.addSeparator()
    bar.addActions([w.from_template_action, ed.open_action, ed.save_action])
    # fixed labels on the toolbar ("撤销 修改稿件信息" made every button after it jump), acting
    # on the draft or on the reader's last correction, whichever the user last worked in
    w.undo_target = UndoTarget(ed.undo_action, ed.redo_action, w.reader_panel, ed, bar)
    w.undo_tool_action = w.undo_target.undo_action
    w.redo_tool_action = w.undo_target.redo_action
    bar.addActions([w.undo_tool_action, w.redo_tool_action])
    bar.addSeparator()
    bar.addAction(ed.export_action)
    export_button = bar.widgetForAction(ed.export_action)
    if isinstance(export_button, QToolButton):
        export_button.setObjectName("exportButton")
