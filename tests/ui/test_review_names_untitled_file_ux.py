"""审稿 names a writer's untitled file by its name, not 草稿（未命名）.

The head opened the writer's file (打开稿件) — a speech that starts at 同志们：, no title
line — and pressed 审稿: the panel said 审阅的是：草稿（未命名）, while the status line named
the file it came from. It now says 审阅的是：草稿（初稿.docx，无标题）; a titled draft is named by
its title as before."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft

from .waits import WAIT_MS


def test_an_untitled_writers_file_is_named_by_its_file(qtbot, make_window, tmp_path):
    writer = Draft(
        meta=DraftMeta(),
        opening=[DraftParagraph("同志们：今天召开全县办公室主任会议，我讲三点意见。")],
        sections=[DraftNode("提高认识", paragraphs=[DraftParagraph("办公室是参谋部。")])],
    )
    path = export_draft(writer, tmp_path / "初稿.docx")
    window = make_window()
    window.editor.set_draft(open_as_draft(path), unsaved=True, ask=False)
    ctrl = window.review
    window.review_action.trigger()
    assert ctrl.panel.current_source() == "draft"
    qtbot.waitUntil(lambda: ctrl.panel.result is not None, timeout=WAIT_MS)
    assert ctrl.panel.target.text() == "审阅的是：草稿（初稿.docx，无标题）"
