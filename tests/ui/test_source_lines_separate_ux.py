"""Where a text comes from is said in parts a reader can tell apart: the reader's header
ran the speaker's post into the name (区委常委、办公室主任xxx), and a search hit's heading
path ran on from the speaker or the title after one space (… · xxx　一、认真履行…)."""

from __future__ import annotations

from drafter.library.model import DocumentInfo, SearchHit
from drafter.ui.models.search_results import hit_source_line
from tests.ui.reader_setup import one_text_library, reader_on

SPEECH = """在全区办公室主任会议上的讲话
区委常委、办公室主任　张三
（2025年11月24日）
同志们：
今天我们召开全区办公室主任会议，主要任务是总结工作、部署任务。
一、认真履行办公室工作职责
办公室是综合部门，要统筹协调，服务大局。
二、全面提升办公室写作水平
文稿工作是办公室的重要职责，要精益求精。
"""


def test_reader_header_keeps_post_and_speaker_apart(qtbot, tmp_path):
    with one_text_library(tmp_path, SPEECH) as (lib, doc_id, _path):
        meta = lib.load(doc_id).metadata
        assert (meta.post, meta.speaker) == ("区委常委、办公室主任", "张三")
        panel = reader_on(qtbot, lib, doc_id)
        text = panel.header.text()
        assert "办公室主任张三" not in text
        assert "区委常委、办公室主任\u3000张三" in text


def _hit(title, speaker, section):
    info = DocumentInfo(
        "a1b2c3d4e5f6", "/x/讲话.txt", title, speaker, None, "2025-11-24", None, None,
        None, None, "txt", 30, 9000, "", "",
    )  # fmt: skip
    return SearchHit(1.0, info, section, 3, False, "办公室工作", [(0, 3)])


def test_search_hit_path_is_set_off_from_the_speaker():
    line = hit_source_line(
        _hit("在全区办公室主任会议上的讲话", "xxx", ["一、认真履行", "（一）统筹"])
    )
    assert "xxx　一、" not in line and "xxx 一、" not in line
    assert line == "在全区办公室主任会议上的讲话 · 2025-11-24 · xxx ｜ 一、认真履行 › （一）统筹"


def test_search_hit_without_path_has_no_bar():
    assert hit_source_line(_hit("讲话", None, [])) == "讲话 · 2025-11-24"
