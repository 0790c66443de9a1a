"""打印提纲 of a text without a title names it as the library does, marked 无标题 (issue 8,
ux59): a 政府工作报告 that opens on 各位代表： printed 现在，我代表国务院，向大会报告政府工作…
centred in the title's place, a guessed first sentence passing for the report's title. The
学习 page's line names it with the same quiet mark."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from speech_samples import UNTITLED_REPORT as UNTITLED

from drafter.settings import Settings
from drafter.ui.study.outline_print import outline_document

from .study_setup import open_and_study, window_with

TITLED = "政府工作报告\n" + UNTITLED


def _printed_lines(panel, tmp_path) -> list[str]:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "提纲.pdf"))
    assert panel.print_outline(printer)  # the 打印提纲 path, to a PDF
    text = outline_document(panel.font(), panel.doc, printer, panel.study)
    return [line for line in text.toPlainText().splitlines() if line.strip()]


def test_the_printed_outline_of_an_untitled_report_marks_its_name(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"gwr.txt": UNTITLED}, Settings(speaking_rate=200)) as (
        window,
        library,
    ):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        lines = _printed_lines(panel, tmp_path)
        # named by what its opening says it is, not a title: marked
        assert lines[0] == "政府工作报告（无标题）", lines[0]
        assert "一、过去一年工作回顾" in lines
        shown = panel.title_label.text()
        assert "政府工作报告" in shown and "无标题" in shown


def test_a_titled_report_prints_its_title_unmarked(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"gwr.txt": TITLED}, Settings(speaking_rate=200)) as (
        window,
        library,
    ):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        assert _printed_lines(panel, tmp_path)[0] == "政府工作报告"
        assert "无标题" not in panel.title_label.text()
