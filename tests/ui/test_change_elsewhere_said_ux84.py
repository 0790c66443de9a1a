"""A change made elsewhere to the document the reader shows (a colleague on a team
library, another window or ``drafter library edit`` on a local one) is said: who changed
what. It said only 文稿信息已更新 for a new title (ux83's walk), and new headings, which
change no record, were not followed at all: the reader kept the old outline."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from speech_samples import CORRECTIONS_SPEECH

from drafter.library.change_note import change_note

from .reader_setup import one_text_library, reader_on
from .waits import WAIT_MS


def _info(**fields):
    base = {f: None for f in ("title", "speaker", "post", "date", "occasion", "genre")}
    return SimpleNamespace(**{**base, "title": "在全县工作会议上的讲话", **fields})


HEADING = {"op": "heading", "para": 7, "level": 2, "text": "加强队伍建设"}


@pytest.mark.parametrize(
    ("after", "ops_after", "said"),
    [
        (_info(title="新标题"), [], "同事把《在全县工作会议上的讲话》的标题改为《新标题》。"),
        (_info(speaker="李明"), [], "同事把《在全县工作会议上的讲话》的讲话人改为「李明」。"),
        (
            _info(),
            [{**HEADING, "step": "a"}, {**HEADING, "para": 9, "step": "a"}, HEADING],
            "同事改了《在全县工作会议上的讲话》的 2 处结构。",
        ),
        (
            _info(title="新标题", date="2024-01-02", speaker="李明"),
            [HEADING],
            "同事改了《在全县工作会议上的讲话》的标题、讲话人、日期，改了 1 处结构。",
        ),
        (_info(), [{"op": "meta", "field": "title", "value": None}], ""),
    ],
)
def test_what_changed_is_said(after, ops_after, said):
    assert change_note(_info(), after, [], ops_after) == said


def test_the_reader_says_what_another_window_changed(qtbot, tmp_path):
    with one_text_library(tmp_path, CORRECTIONS_SPEECH) as (library, doc_id, _path):
        reader = reader_on(qtbot, library, doc_id)
        said: list[str] = []
        reader.status_message.connect(said.append)
        library.edit_metadata(doc_id, title="全县工作会议讲话")  # another window, the CLI
        reader.follow_library()
        qtbot.waitUntil(lambda: any("标题改为" in s for s in said), timeout=WAIT_MS)
        assert "已在别处把《在全县工作会议上的讲话》的标题改为《全县工作会议讲话》。" in said
        # headings set elsewhere change no record: they were not followed at all
        para = next(i for i, p in enumerate(reader._paragraphs) if p.text == "加强队伍建设")
        assert not reader._paragraphs[para].is_heading
        library.add_corrections(
            doc_id, [{"op": "heading", "para": para, "level": 2, "text": "加强队伍建设"}]
        )
        reader.follow_library()
        qtbot.waitUntil(lambda: any("处结构" in s for s in said), timeout=WAIT_MS)
        assert "已在别处改了《全县工作会议讲话》的 1 处结构。" in said, said
        assert reader._paragraphs[para].is_heading  # the reader follows them now
