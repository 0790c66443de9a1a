"""``drafter gui --open 修订稿.docx`` says over the text what the reader does not show.

The head opened the writer's returned 修订稿 from the command line: the reader showed its
text with every pending 修订 silently accepted and none of its comments, and said nothing
of either (打开稿件 on the same file says both). A note over the text now counts them and
says where to see them; a clean file gets none."""

from __future__ import annotations

from drafter.drafts.markup_note import markup_note
from drafter.export import export_draft
from drafter.ui.startup import Startup
from tests.export.conftest import build_speech
from tests.office.test_comment_list_pending_revisions_ux import _redline

from .waits import WAIT_MS


def _opened(qtbot, make_window, tmp_path, path):
    window = make_window()
    startup = Startup(window, tmp_path / "lib", open_library=lambda _root: None, open_file=path)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        startup.start()
    qtbot.waitUntil(lambda: startup.is_settled, timeout=WAIT_MS)
    return window.reader_panel


def test_a_redline_with_comments_says_both(qtbot, make_window, tmp_path):
    path = _redline(tmp_path, comment=True)
    reader = _opened(qtbot, make_window, tmp_path, path)
    assert reader.notice_bar.isVisible()
    text = reader.notice.text()
    assert "此文稿有 3 处修订（删 1 处、增 2 处）未接受或拒绝，按全部接受后的文字显示" in text
    assert "另有 1 条批注，这里不显示" in text
    assert "「文件 › 打开稿件」" in text and "「审阅 › 比较稿件…」" in text


def test_a_clean_file_gets_no_note(qtbot, make_window, tmp_path):
    path = export_draft(build_speech(), tmp_path / "清稿.docx")
    assert markup_note(path) == ""
    reader = _opened(qtbot, make_window, tmp_path, path)
    assert not reader.notice_bar.isVisible()


def test_comments_alone_are_said_alone(tmp_path):
    from drafter.drafts.anchors import add_comment

    draft = build_speech()
    add_comment(draft, draft.sections[0].paragraphs[0].id, "请核实", author="王主任")
    path = export_draft(draft, tmp_path / "带批注.docx")
    assert markup_note(path).startswith("此文稿有 1 条批注，这里不显示。")
