"""``gui --open 修订稿.docx`` and then 打开稿件 on the same file: the reader's note over the
text says the comments are in the 草稿 panel now (ux71's walk: it still told the head to
open the file as a draft to see them, as if 打开稿件 had not worked). Another draft in the
editor, and the note says again how to see them."""

from __future__ import annotations

from drafter.drafts.markup_note import HOW_TO_SEE, OPEN_AS_DRAFT
from drafter.ui.startup import Startup
from tests.office.test_comment_list_pending_revisions_ux import _redline

from .waits import WAIT_MS


def test_the_note_follows_the_file_into_the_draft_and_back(qtbot, make_window, tmp_path):
    path = _redline(tmp_path, comment=True)
    window = make_window()
    startup = Startup(window, tmp_path / "lib", open_library=lambda _root: None, open_file=path)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        startup.start()
    qtbot.waitUntil(lambda: startup.is_settled, timeout=WAIT_MS)
    reader = window.reader_panel
    assert reader.notice.text().endswith(HOW_TO_SEE)

    assert window.editor.files.open_draft(path)  # 文件 › 打开稿件 on the same file
    text = reader.notice.text()
    assert reader.notice_bar.isVisible()
    assert text.endswith(OPEN_AS_DRAFT) and "打开稿件" not in text
    # what the reader does not show is still said: its pending 修订, its comment
    assert text.startswith("此文稿有 3 处修订") and "另有 1 条批注，这里不显示" in text

    assert window.editor.files.save_as(tmp_path / "修订稿.json")  # saved: not a question
    assert window.editor.files.new_draft()  # 新建稿件: the file is no longer open as a draft
    assert reader.notice.text().endswith(HOW_TO_SEE)
