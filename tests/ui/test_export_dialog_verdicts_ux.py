"""版式检查 in the export dialog gives each measured position with what GB/T 9704-2012 asks
and a verdict (符合 / 偏差 x 毫米), as `drafter export --check` prints it; and the check is
told how far the chosen style moved the type area, so a compensated top margin does not
make the page number look 2.3 mm off."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export.render_check import RenderReport
from drafter.settings import Settings
from drafter.ui.dialogs import export_dialog
from drafter.ui.dialogs.export_dialog import ExportDialog

from .waits import WAIT_MS


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="在全市安全生产工作会议上的讲话"),
        opening=[DraftParagraph("同志们：")],
        sections=[DraftNode("统一思想", paragraphs=[DraftParagraph("安全生产责任重于泰山。")])],
        closing=[DraftParagraph("同志们，让我们共同努力！")],
    )


def test_the_dialog_shows_each_position_with_the_standard_and_a_verdict(
    qtbot, tmp_path, monkeypatch
):
    shifts: list[float] = []

    def fake(path, soffice=None, keep_pdf=None, timeout_s=300, top_shift_mm=0.0):
        shifts.append(top_shift_mm)
        yield "正在用 LibreOffice 排版…"
        yield RenderReport(
            "ok",
            renderer="LibreOffice",
            pages=2,
            characters=40,
            first_line_top_mm=39.69,
            page_number_gap_mm=5.4,
            type_area_top_mm=37.0,
            leading_mm=2.28,
        )

    monkeypatch.setattr(export_dialog, "iter_render_check", fake)
    dialog = ExportDialog(_draft(), Settings(last_export_dir=str(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        assert dialog.start_export() is not None
    qtbot.waitUntil(lambda: dialog.check_report is not None, timeout=WAIT_MS)
    text = dialog.report.toPlainText()
    # the default style's known offset is said as what it is, not as 偏差 (ux83)
    assert (
        "正文页首行文字上沿距页面顶端 39.7 毫米（GB/T 9704-2012 天头 37 毫米）："
        "版心符合（版心上沿 37.0 毫米"
    ) in text
    assert "说明：这是已知差值" in text and "compensate_top_margin = true" in text
    assert "页码上沿距版心下边缘 5.4 毫米（GB/T 9704-2012 7 毫米）：偏差 1.6 毫米（偏高" in text
    assert shifts == [0.0]  # gbt9704 as shipped does not move the type area
    dialog.reject()
