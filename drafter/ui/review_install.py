"""The 审稿 dock put into the main window: its menu entries, shortcuts and toolbar button.

审阅 › 审稿 (F7) shows the dock and reviews; F9 / Shift+F9 step through the findings from
anywhere; the controller hears the window's library open, switch and change. Apart from
:mod:`drafter.ui.review_controller` so that module holds what to review and when, and
this one only how the window reaches it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from drafter.ui.docks import add_tabbed_dock, add_to_main_toolbar, menu_titled
from drafter.ui.panels.review_panel import ReviewPanel
from drafter.ui.review_controller import ReviewController, draft_is_blank
from drafter.ui.widgets.mnemonics import REVIEW_MNEMONICS, give_mnemonics


def install_review(window: Any) -> ReviewController:
    """Add the 审稿 dock, its menu entry (审阅 › 审稿, F7; shown/hidden from 视图) and
    toolbar button to ``window``."""
    panel = ReviewPanel()
    dock = add_tabbed_dock(window, "审稿", "reviewDock", panel, window.library_dock)
    controller = ReviewController(panel, window.editor, window.reader_panel, window)
    controller.dock = dock
    action = QAction("审稿", window)
    action.setObjectName("reviewAction")
    action.setShortcut(QKeySequence("F7"))
    action.setStatusTip("检查草稿或阅读中的文稿：编号、对仗、数目、占位符、日期、用语……")

    def show() -> None:
        # in front and with the keyboard wherever the dock is (tabbed behind 资料库 at
        # 1280×720, closed, floating): the office head presses F7 from the draft's 批注 tab
        window.bring(dock)
        # nothing written and a text open in the reader: that text is what the user means
        # (an office head opening a speech to check it, not the empty draft beside it)
        reader = window.reader_panel
        if (
            panel.current_source() == "draft"
            and reader.document is not None
            and draft_is_blank(window.editor.draft)
        ):
            panel.set_source("reader")  # reviews it (the source change runs the check)
            return
        controller.run_now()

    action.triggered.connect(lambda _c=False: show())
    if getattr(window.editor, "office", None) is not None:  # the editor holds comments
        from drafter.ui.review_comments import ReviewCommenter

        commenter = controller.commenter = ReviewCommenter(controller)
        panel.enable_comments(True)
        panel.comments_requested.connect(commenter.all)
        panel.finding_comment_requested.connect(commenter.one)
        panel.settle_requested.connect(controller.settle)
        commenter.status.connect(panel.set_state)
        if hasattr(window.editor, "status_message"):
            commenter.status.connect(window.editor.status_message)
        menu_action = getattr(window.editor.office, "review_comments_action", None)
        if menu_action is not None:  # 审阅 › 审稿意见转为批注: the same worker, lists, reuse
            menu_action.triggered.disconnect()
            menu_action.triggered.connect(lambda _c=False: commenter.all())
    window.review_action = action
    # F9 / Shift+F9 from anywhere (the text included, where a finding puts the focus): the
    # office head went back to the list with the mouse for each of 21 findings
    steps = []
    for text, key, delta in (("下一条审稿意见", "F9", 1), ("上一条审稿意见", "Shift+F9", -1)):
        step = QAction(text, window)
        step.setObjectName("reviewNext" if delta > 0 else "reviewPrevious")
        step.setShortcut(QKeySequence(key))
        step.setStatusTip("转到审稿列表中的下一条（上一条）意见，同一问题的各处逐一经过")

        def go(_c=False, delta=delta) -> None:
            dock.show()  # seen, but the keyboard stays where the finding puts it
            dock.raise_()
            if not panel.step_finding(delta):
                panel.set_state("没有审稿意见可转到；按 F7 审稿。")

        step.triggered.connect(go)
        window.addAction(step)  # works from any dock, the menu shown or not
        steps.append(step)
    window.review_step_actions = steps
    office_menu = menu_titled(window, "审阅")  # the office head's menu (comments, versions …)
    if office_menu is not None:
        first = office_menu.actions()[0] if office_menu.actions() else None
        office_menu.insertAction(first, action)
        office_menu.insertActions(first, steps)
        if first is not None:
            office_menu.insertSeparator(first)
        give_mnemonics(office_menu, REVIEW_MNEMONICS)  # 审稿(&R), 下一条审稿意见(&N) …
    view_menu = menu_titled(window, "视图")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(dock.toggleViewAction())
    add_to_main_toolbar(window, action)
    window.library_ready.connect(controller.set_library)
    window.library_released.connect(controller.release_library)
    library_panel = getattr(window, "library_panel", None)
    if library_panel is not None and hasattr(library_panel, "library_changed"):
        library_panel.library_changed.connect(controller.library_changed)
    watch = getattr(window, "library_watch", None)  # another writer's change
    if watch is not None:
        watch.changed.connect(controller.library_changed)
    if getattr(window, "library", None) is not None:
        controller.set_library(window.library)
    return controller
