"""The reader and the draft view write a speaking time one way: for one text the reader said
约 15 分钟 and the draft 约 14 分半钟 (and 学习 约 14 分 30 秒), so a writer comparing them took
them for different measures. Both now go through drafter.study.stats.spoken."""

from __future__ import annotations

import re

from drafter.drafts.model import Draft, DraftNode, DraftParagraph

from .reader_setup import one_text_library, reader_on

BODY = ["要把安全生产责任落实到每一个岗位、每一名职工。" * 29] * 5  # 3,335 字: 约 15 分钟 at 220


def _time(text: str) -> str:
    return re.search(r"约 [^（·]*?(秒|分钟|分半|小时[^（·]*?)(?=[（\s·]|$)", text).group(0).strip()


def test_reader_and_draft_say_the_same_time_for_the_same_text(qtbot, tmp_path, make_editor):
    with one_text_library(tmp_path, "\n".join(["在全市安全生产工作会议上的讲话", *BODY])) as (
        lib,
        doc_id,
        _path,
    ):
        reader = reader_on(qtbot, lib, doc_id)
        reader_says = reader.header.text()
    draft = make_editor()
    draft.set_draft(Draft(sections=[DraftNode("", paragraphs=[DraftParagraph(p) for p in BODY])]))
    draft_says = draft.counts.text()
    assert _time(reader_says) == _time(draft_says) == "约 15 分钟", (reader_says, draft_says)
