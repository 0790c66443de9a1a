"""The header's 结构待核 and 更正待复核 open the menu that clears them (ux78's walk). After
质问国民党 changed on disk, the reader said 更正待复核 in red and its tooltip said 核对后右键 ›
更正结构 › 更正已核对: a click on the mark did nothing, and the way was a right click on some
paragraph, 更正结构 and the entry at the menu's foot (3 clicks, for those who hovered first).
Now the mark is a link: a click opens 更正已核对 / 撤销全部更正 (or 提纲无误 for 结构待核), 2
clicks. A file opened directly, which takes no corrections, keeps a plain mark."""

from __future__ import annotations

import dataclasses

from drafter.ui.panels.reader_correction_marks import MARK_LINK

from .reader_setup import correction_action, one_text_library, reader_on
from .test_corrections_checked_is_undo_step_ux import TEXT
from .waits import WAIT_MS, WAIT_S


def _entry(menu, start: str):
    return next(a for a in menu.actions() if a.text().startswith(start))


def test_the_marks_open_their_menu_and_clear(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, doc_id)
        assert MARK_LINK not in panel.header.text()  # nothing to clear, no link
        # 结构待核 -> 提纲无误
        panel._info = dataclasses.replace(panel._info, confidence=0.2)
        panel._show_header()
        assert f"href='{MARK_LINK}'" in panel.header.text()
        assert "点「结构待核」清除" in panel.header.toolTip()
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            _entry(panel.marks_menu(), "提纲无误").trigger()
        panel.corrections.wait(WAIT_S)
        assert "结构待核" not in panel.header.text()
        # a heading set, then the file changes under it: 更正待复核 -> 更正已核对
        i = next(p.index for p in panel._paragraphs if p.text == "加强队伍建设")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "设为二级标题").trigger()
        panel.corrections.wait(WAIT_S)
        path.write_text(TEXT + "\n谢谢大家！", encoding="utf-8")
        list(lib.add([path]))
        new_id = lib.documents()[0].id
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            panel.open_document(new_id)
        assert "更正待复核" in panel.header.text() and MARK_LINK in panel.header.text()
        menu = panel.marks_menu()
        assert _entry(menu, "撤销全部更正") is not None
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            _entry(menu, "更正已核对").trigger()
        panel.corrections.wait(WAIT_S)
        assert "更正待复核" not in panel.header.text()
        assert not lib.corrections(new_id).stale
        assert panel._paragraphs[i].is_heading


def test_a_file_opened_directly_keeps_a_plain_mark(qtbot, tmp_path):
    from drafter.corpus import parse_text
    from drafter.ui.panels.reader_panel import ReaderPanel

    # a long text read without headings, two paragraphs opening with an ordinal: 结构待核
    doc = parse_text(
        "\n\n".join(
            ["这是开头的一段话，讲了很多事情，" * 8 + "。"]
            + ["第二点，要实践，" * 10 + "。", "第三点，要总结，" * 10 + "。"]
            + ["正文一段，内容很长很长，" * 10 + "。"] * 30
        )
    )
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.show_document(doc, None, str(tmp_path / "随笔.txt"))
    assert "结构待核" in panel.header.text() and MARK_LINK not in panel.header.text()
    assert panel.marks_menu() is None
