"""段落 is one count in the reader and the library. Walking the app on the 2021 work report,
the reader's header said 段落 83 个 (body paragraphs only) where ``library list`` said 103 段
(all, headings included). Both now count every paragraph (drafter.corpus.display.
count_paragraphs); the reader adds how many are headings, and its heading line counts the
level the user gave a heading (改为三级标题 shows as 三级), not its depth in the tree."""

from __future__ import annotations

import re

from .reader_setup import correction_action, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

TEXT = "\n".join(
    [
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲两点意见。",
        "一、提高认识",
        "我们要充分认识这项工作的重要性，切实增强责任感。",
        "（一）统一思想",
        "要把思想统一到决策部署上来。",
        "（二）明确责任",
        "要把责任落实到每个岗位上。",
        "二、狠抓落实",
        "要一级抓一级，层层抓落实。",
        "同志们，让我们共同努力！",
    ]
)


def _shown(panel) -> tuple[int, int]:
    m = re.search(r"段落 (\d+) 个（含标题 (\d+) 个）", panel.header.text())
    assert m, panel.header.text()
    return int(m[1]), int(m[2])


def test_reader_and_library_count_the_same_paragraphs(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, doc_id)
        total, headings = _shown(panel)
        assert total == lib.document(doc_id).paragraphs == len(panel._paragraphs)
        assert headings == 4
        assert "一级 2 个，二级 2 个" in panel.header.text()
        i = next(p.index for p in panel._paragraphs if p.text == "（一）统一思想")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, i, "改为三级标题").trigger()
        panel.corrections.wait(WAIT_S)
        assert _shown(panel)[0] == lib.document(doc_id).paragraphs
        assert "一级 2 个，二级 1 个，三级 1 个" in panel.header.text()
