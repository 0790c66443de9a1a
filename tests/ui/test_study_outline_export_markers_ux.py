"""学习 › 导出提纲 (.md and .docx) keeps the numbers the author wrote: a speech whose parts
read 一　关于… and whose points read 第一点，… came out of the outline-only export as bare
headings (seen on 论十大关系, whose ten numbered relations lost their numbers)."""

from __future__ import annotations

import docx
from speech_samples import WRITTEN_MARKERS_SPEECH

from drafter.settings import Settings

from .study_setup import open_and_study, window_with


def test_outline_export_keeps_written_numbers(make_window, qtbot, tmp_path):
    with window_with(
        make_window, tmp_path, {"讲话.txt": WRITTEN_MARKERS_SPEECH}, Settings(speaking_rate=200)
    ) as (window, library):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        md = panel.export_outline(str(tmp_path / "提纲.md"))
        text = md.read_text(encoding="utf-8")
        assert "一\u3000关于学习的问题" in text and "二\u3000关于工作的问题" in text
        assert "第一点，应当肯定" in text and "第二点，应当看到" in text
        word = panel.export_outline(str(tmp_path / "提纲.docx"))
        lines = [p.text for p in docx.Document(str(word)).paragraphs if p.text.strip()]
        assert "一\u3000关于学习的问题" in lines and "二\u3000关于工作的问题" in lines
        assert any(line.startswith("第二点，应当看到") for line in lines)
