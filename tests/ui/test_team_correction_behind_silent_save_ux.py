"""A correction made while the last one is still being saved to a silent server waits
behind it instead of being refused.

Walked on a team library whose server stopped answering (a VPN that drops without a
word): a click in the reader (设为二级标题) went out and hung; a second click (不是标题)
said only 上一处更正还在保存，请稍候 and was gone. Now the second is kept at once, in order
behind the first, shown as 待保存 and said so in Chinese; when the server answers, the
first is stored and the second after it, each once. A real throwaway server behind a
delay line held silent (tests/pg_slow_link.py)."""

from __future__ import annotations

from .correction_setup import paragraph_index as _index
from .waits import WAIT_MS

MADE_HEADING = "要抓好文稿起草、会务组织和督查督办，提升服务水平。"


def test_a_second_correction_while_the_first_is_saved_to_a_silent_server_waits_behind_it(
    qtbot, silent_team
):
    window, reader, link = silent_team.window, silent_team.reader, silent_team.link
    corrections = reader.corrections
    said: list[str] = []
    corrections.status_message.connect(said.append)
    heading = _index(reader, MADE_HEADING)
    unmade = _index(reader, "（一）提高文稿质量")

    link.hold()  # the server goes silent
    corrections.mark(heading, 2)
    assert corrections.saving  # the first is on its way, unanswered
    corrections.unmark(unmade)  # the second, while the first hangs
    assert not any("请稍候" in s for s in said), said
    told = window.statusBar().currentMessage()
    assert "上一处更正还在保存" in told and "共 2 处待保存" in told, told
    assert "不会丢失" in told
    assert len(corrections.pending_here()) == 2  # the first listed before it
    qtbot.waitUntil(lambda: "2 处更正待保存" in reader.header.text(), timeout=WAIT_MS)
    # both shown at once, as the user made them
    assert reader._paragraphs[_index(reader, MADE_HEADING[:10])].is_heading
    assert not reader._paragraphs[_index(reader, "（一）提高文稿质量")].is_heading

    link.release()  # the server answers again
    qtbot.waitUntil(lambda: not corrections.pending_here(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not corrections.saving, timeout=WAIT_MS)
    ops = silent_team.fast.corrections(silent_team.doc_id).ops
    assert [(op["op"], op.get("level")) for op in ops] == [
        ("heading", 2),
        ("unheading", None),
    ]  # in the order made, each once
    qtbot.waitUntil(lambda: "待保存" not in reader.header.text(), timeout=WAIT_MS)
    assert not any("更正未保存" in s for s in said), said
