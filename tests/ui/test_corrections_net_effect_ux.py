"""已更正 N 处 says what the corrections change, not how many were made. Walking the app, a
heading demoted (改为三级标题) and put back (改为二级标题) left the reader saying 已更正 2 处
over an outline the same as the machine's, and 结构待核 gone. Now the header counts the net
effect (Outline.corrected): a change taken back is none, and the machine's doubt stays."""

from __future__ import annotations

import pytest

from .reader_setup import correction_action, one_text_library, reader_on
from .test_corrections_ui import TEXT
from .waits import WAIT_MS, WAIT_S


@pytest.fixture
def opened(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        yield panel, lib, doc_id
        panel.corrections.wait(WAIT_S)


def _do(qtbot, panel, text: str, entry: str) -> None:
    i = next(p.index for p in panel._paragraphs if p.text == text)
    with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
        correction_action(panel, i, entry).trigger()
    panel.corrections.wait(WAIT_S)


def test_a_level_changed_and_put_back_is_no_correction(opened, qtbot):
    panel, lib, doc_id = opened
    before = lib.document(doc_id).confidence
    _do(qtbot, panel, "二、突出重点", "改为二级标题")
    assert "已更正 1 处" in panel.header.text()
    assert lib.document(doc_id).confidence == 1.0
    _do(qtbot, panel, "二、突出重点", "改为一级标题")
    assert len(lib.corrections(doc_id).ops) == 2
    assert "已更正" not in panel.header.text()
    assert lib.document(doc_id).confidence == before  # the machine's figure again


def test_a_heading_made_text_and_made_a_heading_again_is_no_correction(opened, qtbot):
    panel, lib, doc_id = opened
    _do(qtbot, panel, "三、狠抓落实", "不是标题")
    assert "已更正 1 处" in panel.header.text()
    _do(qtbot, panel, "三、狠抓落实", "设为一级标题")
    assert "已更正" not in panel.header.text()
    # a second, real correction counts once
    _do(qtbot, panel, "加强队伍建设", "设为二级标题")
    assert "已更正 1 处" in panel.header.text()
