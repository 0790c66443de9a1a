"""Split at a heading, tried in the app at last: a paragraph that opens with its heading
(积极的财政政策要提质增效、更可持续。考虑到… in the 2021 work report) becomes a heading and
the text after it, under it; 字数 stays, search hits under it carry the new heading at once,
and 不是标题 puts the paragraph back whole, leaving no correction behind."""

from __future__ import annotations

import re

from drafter.library import Library

from .reader_setup import correction_action, correction_menu, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

RUN_IN = (
    "积极的财政政策要提质增效、更可持续。考虑到经济逐步恢复，今年赤字率拟适当下调，"
    "同时优化支出结构，加大对基层的支持力度，确保基本民生支出只增不减。"
)
TEXT = "\n".join(
    [
        "在全县经济工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲两点意见。",
        "一、保持政策连续性",
        "宏观政策要继续为市场主体纾困，保持必要支持力度，不急转弯。",
        RUN_IN,
        "稳健的货币政策要灵活精准、合理适度，保持流动性合理充裕。",
        "二、狠抓工作落实",
        "要一级抓一级，层层抓落实。",
        "同志们，让我们共同努力！",
    ]
)


def _chars(panel) -> str:
    return re.search(r"字数 ([\d,]+)", panel.header.text())[1]


def test_split_a_paragraph_at_its_heading_and_merge_it_back(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, doc_id)
        chars, count = _chars(panel), len(panel._paragraphs)
        i = next(p.index for p in panel._paragraphs if p.text == RUN_IN)
        entries = [a.text() for a in correction_menu(panel, i).actions()]
        assert entries[:2] == ["在此拆分，本段作为：", "设为一级标题"]
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "设为二级标题").trigger()
        panel.corrections.wait(WAIT_S)
        head, tail = panel._paragraphs[i], panel._paragraphs[i + 1]
        assert head.is_heading and head.text == "积极的财政政策要提质增效、更可持续"
        assert not tail.is_heading and tail.text.startswith("考虑到经济逐步恢复")
        assert tail.section == ["一、保持政策连续性", head.text]
        assert len(panel._paragraphs) == count + 1 and _chars(panel) == chars
        assert panel.view.document().findBlockByNumber(i).text() == head.text
        assert lib.search("赤字率").hits[0].section == ["一、保持政策连续性", head.text]
        assert "已更正 1 处" in panel.header.text()
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "不是标题").trigger()
        panel.corrections.wait(WAIT_S)
        assert panel._paragraphs[i].text == RUN_IN and not panel._paragraphs[i].is_heading
        assert len(panel._paragraphs) == count and _chars(panel) == chars
        assert lib.search("赤字率").hits[0].section == ["一、保持政策连续性"]
        assert "已更正" not in panel.header.text()


TITLE_LINE = (
    "一、不要做一个完人，做完人很痛苦的。要充分发挥自己的优点，使自己充满信心去做一个有益于社会的人"
)


def test_a_title_line_made_a_heading_stays_whole(qtbot, tmp_path):
    """A line standing alone without a final stop (a company speech's 一、…。…的人) made a
    heading in the app kept only its first sentence as the heading, its second as text."""
    body = "我们要把各项工作做得更加扎实，坚持问题导向，狠抓落实，确保各项任务按期完成。"
    path = tmp_path / "讲话.txt"
    path.write_text("\n\n".join(["讲话", body, TITLE_LINE, body * 2]), encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1)
    try:
        list(lib.add([path]))
        doc_id = lib.documents()[0].id
        panel = reader_on(qtbot, lib, doc_id)
        count = len(panel._paragraphs)
        i = next(p.index for p in panel._paragraphs if p.text == TITLE_LINE)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "设为一级标题").trigger()
        panel.corrections.wait(WAIT_S)
        assert panel._paragraphs[i].is_heading and panel._paragraphs[i].text == TITLE_LINE
        assert len(panel._paragraphs) == count
    finally:
        lib.close()
