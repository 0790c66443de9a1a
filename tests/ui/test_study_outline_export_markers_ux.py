"""学习 › 导出提纲 (.md and .docx) keeps the numbers the author wrote: a speech whose parts
read 一　关于… and whose points read 第一点，… came out of the outline-only export as bare
headings (seen on 论十大关系, whose ten numbered relations lost their numbers)."""

from __future__ import annotations

import docx

from drafter.settings import Settings

from .study_setup import library_of

OWN = (
    "在全市学习工作会议上的讲话\n同志们：\n今天我讲两个问题。\n一　关于学习的问题\n"
    "学习是做好工作的前提，要在全市形成浓厚的学习风气，各级干部要带头读书学习，提高本领。\n"
    "二　关于工作的问题\n第一点，应当肯定，过去一年的工作成绩很大。全市上下共同努力，各项指标都完成了。\n"
    "第二点，应当看到，工作中还有不少不足。有些地方抓落实不够，有些干部作风不实。\n"
    "同志们，让我们共同努力，把各项工作做得更好！\n"
)


def test_outline_export_keeps_written_numbers(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"讲话.txt": OWN})
    try:
        window = make_window(Settings(speaking_rate=200))
        window.set_library(library)
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=10000):
            window.reader_panel.open_document(library.documents()[0].id)
        panel = window.study.panel
        with qtbot.waitSignal(panel.studied, timeout=10000):
            window.study_action.trigger()
        md = panel.export_outline(str(tmp_path / "提纲.md"))
        text = md.read_text(encoding="utf-8")
        assert "一\u3000关于学习的问题" in text and "二\u3000关于工作的问题" in text
        assert "第一点，应当肯定" in text and "第二点，应当看到" in text
        word = panel.export_outline(str(tmp_path / "提纲.docx"))
        lines = [p.text for p in docx.Document(str(word)).paragraphs if p.text.strip()]
        assert "一\u3000关于学习的问题" in lines and "二\u3000关于工作的问题" in lines
        assert any(line.startswith("第二点，应当看到") for line in lines)
    finally:
        library.close()
