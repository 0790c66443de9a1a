"""A draft opened from one of Ren Zhengfei's talks fills 讲话人 from the subtitle that names
him (——任正非在市场部干部培训的讲话, ――任正非在…座谈会上的讲话): walking the app, the field
stayed empty although the source named the speaker, because the reading took a speaker only
from 在…上的讲话 after a single dash."""

from __future__ import annotations

import pytest

from drafter.drafts.open_any import open_as_draft

# two of the talks whose subtitles name him in the shapes the reading missed
REN_TALKS = (
    "corpus/speeches/ren/19970226_坚定不移地推行ISO9000.md",  # 在…培训的讲话 (no 上)
    "corpus/speeches/ren/20061120_华为大学要成为将军的摇篮.md",  # ―― of two U+2015
)


def test_the_draft_editor_shows_the_speaker_the_subtitle_names(qtbot, make_editor, tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(
        "团结奋斗\n——任正非在市场部年中大会上的讲话纪要\n同志们：\n"
        "今天我讲两点意见。\n一、统一思想\n要统一思想。\n二、狠抓落实\n要狠抓落实。\n",
        encoding="utf-8",
    )
    editor = make_editor()
    assert editor.open_draft(path)
    assert editor.meta.edits["speaker"].text() == "任正非"
    assert editor.meta.edits["subtitle"].text() == "任正非在市场部年中大会上的讲话纪要"


@pytest.mark.parametrize("relative", REN_TALKS)
def test_real_talks_open_with_their_speaker(shared_dir, relative):
    from holdout import held_out

    if relative in held_out():
        pytest.skip(f"{relative} is held out this session")
    draft = open_as_draft(shared_dir / relative)
    assert draft.meta.speaker == "任正非"
