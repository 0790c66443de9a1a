"""更正已核对 (keeping corrections made on an earlier version of the file as checked) is an
undo step like every other correction: the 撤销 entry names it, taking it back puts
更正待复核 back, and 重做 checks them again. Walking the app, 更正已核对 cleared the mark and
the 撤销 entry after it still named the heading made before, so a check made by mistake could
not be taken back without losing that heading."""

from __future__ import annotations

from .reader_setup import correction_action, correction_menu, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

TEXT = "\n".join(
    [
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲三点意见。",
        "一、提高认识",
        "我们要充分认识这项工作的重要性，切实增强责任感。",
        "加强队伍建设",
        "要选优配强干部，打造过硬队伍。",
        "二、狠抓落实",
        "要一级抓一级，层层抓落实。",
    ]
)


def _texts(panel, block: int) -> list[str]:
    return [a.text() for a in correction_menu(panel, block).actions()]


def test_checking_stale_corrections_is_a_named_undo_step(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, doc_id)
        i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "设为二级标题").trigger()
        panel.corrections.wait(WAIT_S)
        # the file changes under the correction
        path.write_text(TEXT + "\n谢谢大家！", encoding="utf-8")
        list(lib.add([path]))
        new_id = lib.documents()[0].id
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            panel.open_document(new_id)
        assert "更正待复核" in panel.header.text()

        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "更正已核对").trigger()
        panel.corrections.wait(WAIT_S)
        assert "更正待复核" not in panel.header.text() and "已更正 1 处" in panel.header.text()
        assert not lib.corrections(new_id).stale
        assert "撤销：更正已核对" in _texts(panel, i)

        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "撤销：更正已核对").trigger()
        panel.corrections.wait(WAIT_S)
        state = lib.corrections(new_id)
        assert state.stale and "更正待复核" in panel.header.text()
        assert panel._paragraphs[i].is_heading  # the heading made before stays
        assert "重做：更正已核对" in _texts(panel, i)

        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "重做：更正已核对").trigger()
        panel.corrections.wait(WAIT_S)
        assert not lib.corrections(new_id).stale
        assert "更正待复核" not in panel.header.text()


def test_the_status_line_says_what_was_stored_not_always_corrected(qtbot, tmp_path):
    """After the reader shows the document again, the status line kept saying 已更正；检索中的
    标题路径已随之更新 whatever was done: an undo, a 编辑信息… or 更正已核对 alike."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        said = []
        panel.status_message.connect(said.append)
        i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "设为二级标题").trigger()
        panel.corrections.wait(WAIT_S)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "撤销：").trigger()
        panel.corrections.wait(WAIT_S)
        assert said[-1] == "已撤销：设为二级标题「加强队伍建设」；检索中的标题路径已随之更新。"
