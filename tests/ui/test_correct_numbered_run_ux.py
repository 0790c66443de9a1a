"""A speech read as plain text whose points are numbered 第二点…第五点 (the first one
unnumbered, as a leader's talk has it): making them headings took a right click and three
menu entries per point. The 更正结构 menu now offers the whole run at once; one entry
heads them all, the search paths follow, 撤销上一处更正 takes them back together, and on a
heading the same menu puts the run back to text."""

from __future__ import annotations

from .reader_setup import correction_action, correction_menu, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

LONG = "这件事要抓紧，各地要拿出具体办法，把任务分解到人，把责任落实到位，按月调度，年底考核。"
TEXT = "\n".join(
    [
        "在全县工作会议上的讲话",
        "这次会议开得很好，大家畅所欲言，提了许多好的意见。这是第一点。",
        "第二点，讲一讲作风。" + LONG,
        "作风问题要常抓不懈，不能一阵风，水稻田里要看得见干部。",
        "第三点，讲一讲农业。" + LONG,
        "第四点，讲一讲方法。" + LONG,
        "第五点，讲一讲团结。" + LONG,
    ]
)


def _run_entry(panel, block: int, text: str):
    run = next(a.menu() for a in correction_menu(panel, block).actions() if a.menu() is not None)
    return run, next(a for a in run.actions() if a.text().startswith(text))


def test_a_numbered_run_made_headings_in_one_go_and_undone_together(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, lib.documents()[0].id)
        before = [p.text for p in panel._paragraphs]
        third = next(p.index for p in panel._paragraphs if p.text.startswith("第三点"))
        run, entry = _run_entry(panel, third, "都设为一级标题")
        assert run.title() == "同类编号一并更正（第二点…第五点，共 4 段）"
        assert "都不是标题（并入上一节）" not in [a.text() for a in run.actions()]
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            entry.trigger()
        panel.corrections.wait(WAIT_S)
        heads = [p.text for p in panel._paragraphs if p.is_heading]
        assert heads == [
            "第二点，讲一讲作风",
            "第三点，讲一讲农业",
            "第四点，讲一讲方法",
            "第五点，讲一讲团结",
        ]
        assert lib.search("水稻田").hits[0].section == ["第二点，讲一讲作风"]
        assert "已更正 4 处" in panel.header.text()
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, third, "撤销：").trigger()
        panel.corrections.wait(WAIT_S)
        assert [p.text for p in panel._paragraphs] == before
        assert lib.corrections(lib.documents()[0].id).ops == []


def test_a_run_of_headings_made_text_again_from_one_of_them(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, lib.documents()[0].id)
        before = [p.text for p in panel._paragraphs]
        second = next(p.index for p in panel._paragraphs if p.text.startswith("第二点"))
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            _run_entry(panel, second, "都设为二级标题")[1].trigger()
        panel.corrections.wait(WAIT_S)
        fourth = next(p.index for p in panel._paragraphs if p.text.startswith("第四点"))
        run, entry = _run_entry(panel, fourth, "都不是标题")
        assert run.title() == "同类编号一并更正（第二点…第五点，共 4 段）"
        assert "都设为二级标题" not in [a.text() for a in run.actions()]
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            entry.trigger()
        panel.corrections.wait(WAIT_S)
        assert [p.text for p in panel._paragraphs] == before
        assert "已更正" not in panel.header.text()


def test_the_rest_of_a_run_follows_a_point_made_a_heading_first(qtbot, tmp_path):
    """The way a writer meets it: 第二点 made a heading by hand, then the others like it."""
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, lib.documents()[0].id)
        second = next(p.index for p in panel._paragraphs if p.text.startswith("第二点"))
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, second, "设为一级标题").trigger()
        panel.corrections.wait(WAIT_S)
        run, entry = _run_entry(panel, second, "都设为一级标题")
        assert run.title() == "同类编号一并更正（第二点…第五点，共 4 段）"
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            entry.trigger()
        panel.corrections.wait(WAIT_S)
        assert sum(p.is_heading for p in panel._paragraphs) == 4
        assert "已更正 4 处" in panel.header.text()
