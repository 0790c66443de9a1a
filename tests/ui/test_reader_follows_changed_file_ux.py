"""The reader follows its document when the library changes under it. Walking the app, the
2021 work report was corrected in the reader, its file edited on disk and 同步 pressed: the
table said 更正待复核 and 17,411 字, the reader went on showing the old text with 已更正 2 处
and 17,399, under an id the library no longer knew (a correction then failed). Now the
reader shows the version the sync read, where the user was, with 更正待复核; and an edit
from another program (``drafter library edit``) reaches its header."""

from __future__ import annotations

from drafter.settings import Settings

from .reader_setup import correction_action
from .study_setup import FIRST, window_with
from .waits import WAIT_MS, WAIT_S


def test_the_reader_shows_the_version_a_sync_read(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": FIRST}, Settings(), poll=False) as (
        window,
        library,
    ):
        doc = library.documents()[0]
        rp = window.reader_panel
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(doc.id)
        i = next(p.index for p in rp._paragraphs if p.text == "四是眼勤")
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            correction_action(rp, i, "不是标题").trigger()
        rp.corrections.wait(WAIT_S)
        assert "已更正 1 处" in rp.header.text()
        path = tmp_path / "texts" / "讲话.txt"
        path.write_text(FIRST + "附：会议材料另发。\n", encoding="utf-8")
        lp = window.library_panel
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            lp.sync_watched()
        new = library.documents()[0]
        assert new.id != doc.id and rp.document_key == new.id
        assert "更正待复核" in rp.header.text() and "已更正" not in rp.header.text()
        assert f"字数 {new.chars:,}" in rp.header.text()
        assert rp.corrections.state() is not None  # corrections work on the new id
        assert not rp._paragraphs[i].is_heading  # replayed on the new version
        # another writer's edit of the record (drafter library edit …) reaches the header
        library.edit_metadata(new.id, title="更正后的标题")
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            lp.library_changed.emit()
        assert "更正后的标题" in rp.header.text()
