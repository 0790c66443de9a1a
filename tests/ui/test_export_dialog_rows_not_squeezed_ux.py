"""The export dialog keeps its rows whole when the pre-export review lists findings. Walking
the app at 1280x720, a draft made from a template (headings still ……) was exported: the review
listed nine placeholders under the form and every row above — 格式, 版式, the 保存到 path — was
squeezed to 15 px, the path's letters cut at the bottom. The dialog now grows to fit the list."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from drafter.drafts.model import Draft, DraftMeta, DraftNode
from drafter.settings import Settings
from drafter.ui.dialogs.export_dialog import ExportDialog

from .waits import WAIT_MS


def _placeholder_draft() -> Draft:
    heads = [DraftNode("……", children=[DraftNode("……") for _ in range(3)]) for _ in range(3)]
    return Draft(meta=DraftMeta(title="在全市安全生产工作会议上的讲话"), sections=heads)


def _squeezed(dialog) -> list[str]:
    rows = [
        w
        for kind in (QLineEdit, QComboBox, QCheckBox, QLabel)
        for w in dialog.findChildren(kind)
        if w.isVisible() and not w.objectName().startswith("preExport")
    ]
    return [
        f"{type(w).__name__} {w.objectName()} {w.height()} < {w.minimumSizeHint().height()}"
        for w in rows
        if w.height() < w.minimumSizeHint().height()
    ]


def test_rows_keep_their_height_when_the_review_lists_placeholders(qtbot):
    dialog = ExportDialog(_placeholder_draft(), Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.precheck.list.isVisible(), timeout=WAIT_MS)
    assert dialog.precheck.list.count() >= 9
    qtbot.wait(50)
    assert not _squeezed(dialog), _squeezed(dialog)
    path = dialog.findChild(QLineEdit, "exportPath")
    assert path.height() >= path.minimumSizeHint().height()
