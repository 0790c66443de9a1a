"""The machine's doubts after the user corrected an outline: gone from the reader while the
correction holds (the outline is the user's word), back in the header's tooltip when the file
changed under the correction (更正待复核), where they say what to look at again. Walking the
app, the header's marks carried their reasons in a span's title, which a QLabel never shows."""

from __future__ import annotations

from speech_samples import UNHEADED_SPEECH

from .study_setup import window_with
from .waits import WAIT_MS


def test_machine_doubts_only_in_the_recheck_tip(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": UNHEADED_SPEECH}) as (window, library):
        rp = window.reader_panel
        doc_id = library.documents()[0].id
        para = next(p for p in library.load(doc_id).paragraphs() if "学习问题" in p.text)
        library.set_corrections(
            doc_id, [{"op": "heading", "para": para.index, "text": para.text, "level": 1}]
        )
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(doc_id)
        assert "未找到小标题" not in rp.header.toolTip() + rp.header.text()
        path = tmp_path / "texts" / "讲话.txt"
        path.write_text(UNHEADED_SPEECH + "谢谢大家。\n", encoding="utf-8")
        list(library.add([path]))
        new_id = library.documents()[0].id
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(new_id)
        assert "更正待复核" in rp.header.text()
        tip = rp.header.toolTip()
        assert tip.startswith("<p>更正待复核") and "较长的正文中未找到小标题" in tip
