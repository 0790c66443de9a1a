"""One user action is one undo step. A writer filled in title, date and speaker of an untitled
report with one 编辑信息…, then chose 撤销上一处更正: only the speaker went back, the title and
date stayed (the library stored one op per field, and undo took the last op). Now the fields
of one 编辑信息… are undone together, and an earlier edit stays."""

from __future__ import annotations

from .reader_setup import correction_menu, edit_info
from .study_setup import window_with
from .waits import WAIT_MS

TEXT = (
    "各位代表：\n本届政府就职到现在已经五年了，我代表国务院向大会报告工作，请予审议。\n"
    "一、关于过去五年的工作\n五年来，经济发展保持良好势头，国家经济实力显著增强。\n"
    "二、关于今年的工作\n今年要进一步稳定和加强农业，推进各项改革。\n"
)


def test_undo_takes_back_one_edit_info_whole(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"report.txt": TEXT}, poll=False) as (window, library):
        doc = library.documents()[0]
        rp = window.reader_panel
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(doc.id)
        edit_info(qtbot, rp, {"occasion": "全国人民代表大会"})
        edit_info(qtbot, rp, {"title": "政府工作报告", "date": "1998-03-05", "speaker": "李鹏"})
        meta = rp.document.metadata
        assert (meta.title, meta.date, meta.speaker) == ("政府工作报告", "1998-03-05", "李鹏")

        undo = next(
            a
            for a in correction_menu(rp, 1).actions()
            if a.text() == "撤销：编辑信息（标题、讲话人、日期）"
        )
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            undo.trigger()
        meta = rp.document.metadata
        assert meta.title != "政府工作报告" and meta.date != "1998-03-05"
        assert meta.speaker != "李鹏"
        assert meta.occasion == "全国人民代表大会"  # the earlier action stays
        ops = library.corrections(doc.id).ops
        assert [op.get("field") for op in ops] == ["occasion"]
