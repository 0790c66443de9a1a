"""学习 › 导出提纲 writes the same headings to .md and .docx. Walking the app, the Markdown
outline of a speech with run-in points (第一，… / 第一点，…) ended each point with the 。 that
joined it to its paragraph, while the Word outline of the same text did not. One rule now
(:func:`drafter.export.outline.outline_items`): an outline line stands alone, without it."""

from __future__ import annotations

import re

import docx

from .study_setup import open_and_study, window_with

TEXT = (
    "在全市学习工作会议上的讲话\n同志们：\n今天我讲两个问题。\n一、关于学习的问题\n"
    "第一，要端正学习态度。学习是做好工作的前提，要在全市形成浓厚的学习风气。\n"
    "第二，要改进学习方法。各级干部要带头读书学习，理论联系实际，提高本领。\n"
    "二、关于工作的问题\n"
    "第一，要肯定成绩。过去一年全市上下共同努力，各项指标都完成了。\n"
    "第二，要正视不足。有些地方抓落实不够，有些干部作风不实。\n"
    "同志们，让我们共同努力，把各项工作做得更好！\n"
)


def test_md_and_docx_outlines_end_headings_alike(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": TEXT}) as (window, library):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        md = panel.export_outline(str(tmp_path / "提纲.md")).read_text(encoding="utf-8")
        md_items = [
            re.sub(r"\\(.)", r"\1", line.strip()[2:])
            for line in md.splitlines()
            if line.strip().startswith("- ")
        ]
        word = docx.Document(str(panel.export_outline(str(tmp_path / "提纲.docx"))))
        word_lines = [p.text.strip() for p in word.paragraphs if p.text.strip()]
        assert any(item.startswith("第二，要正视不足") for item in md_items)
        # after the title block and the opening's note, the same lines; the closing's last
        assert word_lines[-1].startswith("结尾（")
        assert md_items == word_lines[-len(md_items) - 1 : -1]
        assert not any(item.endswith("。") for item in md_items)
