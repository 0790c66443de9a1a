"""学习 › 导出提纲 (.docx and .md) carries the 〔开头〕/〔结尾〕 lines 打印提纲 has. The printout
said where a talk opens and how it ends (〔开头〕开宗明义式　称呼 → 会议目的 → 过渡); the
exported outline of the same speech began at 一、 and stopped at its last heading, so a
trainee who studied the file lost both. Both now read one list of lines
(:func:`drafter.export.outline.outline_lines`)."""

from __future__ import annotations

import re

import docx
import pytest
from speech_samples import TRANSITIONS_SPEECH_LINES

from drafter.study.outline_notes import BY_TRANSITIONS, transition_skeleton
from drafter.ui.study.outline_print import outline_html

from .study_setup import open_and_study, window_with

HEADED = "seeds/003_e00d83e4667ee5ea.txt"  # 一、…（一）… with an opening and a closing
# no headings at all, turning three times (our own talk: 整顿党的作风, the real one this test
# read first, has its two spoken turns for headings since drafter.corpus.spoken_turns)
HEADINGLESS = "transitions"


def _printed_lines(panel) -> list[str]:
    """The printout's lines below its title, as text."""
    html = outline_html(panel.doc, panel.study)
    return [re.sub(r"<[^>]+>", "", p) for p in html.splitlines()[1:]]


def _md_lines(path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    body = text.split("\n\n")[1:]  # after the title block's # line
    lines = [line.strip() for block in body for line in block.splitlines() if line.strip()]
    return [re.sub(r"\\(.)", r"\1", line.removeprefix("- ")) for line in lines]


@pytest.mark.parametrize("relative", [HEADED, HEADINGLESS])
def test_exported_outlines_carry_the_printout_notes(
    make_window, qtbot, tmp_path, shared_dir, relative
):
    text = (
        "\n".join(TRANSITIONS_SPEECH_LINES)
        if relative == HEADINGLESS
        else (shared_dir / relative).read_text(encoding="utf-8")
    )
    with window_with(make_window, tmp_path, {"讲话.md": text}) as (window, library):
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        printed = _printed_lines(panel)
        assert printed[0].startswith("开头（") and printed[-1].startswith("结尾（")
        assert panel.study.opening.type in printed[0]
        assert panel.study.closing.type in printed[-1]

        md = _md_lines(panel.export_outline(str(tmp_path / "提纲.md")))
        word = docx.Document(str(panel.export_outline(str(tmp_path / "提纲.docx"))))
        lines = [p.text.strip() for p in word.paragraphs if p.text.strip()]
        # the same lines, in the same order, on paper, in Markdown and in Word
        assert md[-len(printed) :] == printed
        assert lines[-len(printed) :] == printed
        if relative == HEADINGLESS:
            # its transitions stand for its parts (the talk turns three times)
            skeleton = list(transition_skeleton(panel.study))
            assert len(skeleton) == 3 and skeleton[0].startswith("〔转入新话题〕")
            assert printed == [printed[0], BY_TRANSITIONS, *skeleton, printed[-1]]
        else:
            assert printed[1].startswith("一、") and "：称呼听众，" in printed[0]
