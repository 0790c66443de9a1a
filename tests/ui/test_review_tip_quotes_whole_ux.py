"""The 结构待核 tooltip quotes a line whole or says it goes on. Walking the app on a real work
report, the reader's header tip read “经济增速是综合性指标，今年预”: a word cut in two, and
nothing to say the line went on. The doubts now end a quoted line at a phrase break or with
“…” (drafter.corpus.display.quote_cut)."""

from __future__ import annotations

import re

from .reader_setup import one_text_library, reader_on

STRAY = "经济增速是综合性指标今年预期目标设定为百分之六以上"
_BODY = "去年以来全市上下团结一心攻坚克难，经济社会发展取得显著成绩，各项主要指标好于预期。"
TEXT = "\n".join(
    [
        "在全市经济工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。",
        "一、充分肯定去年取得的成绩",
        _BODY * 2,
        STRAY,
        _BODY,
        "二、准确把握当前形势",
        _BODY * 2,
        "就业优先政策要继续强化聚力增效确保稳定",
        _BODY,
        "三、扎实做好今年工作",
        _BODY * 2,
        "扩大内需战略要全面实施切实增强发展内生动力",
        _BODY,
        # a fourth part typed without its mark: a heading left as text, which marks the
        # outline 结构待核 (the three lines standing alone alone no longer do, since ol2's
        # refit of the confidence model; they are still named)
        "四 加强组织领导，确保各项任务落到实处。" + _BODY,
        _BODY,
        "同志们，让我们紧密团结起来，为完成全年目标任务而努力奋斗！",
    ]
)


def test_review_tip_quotes_a_line_whole_or_with_an_ellipsis(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        panel = reader_on(qtbot, lib, doc_id)
        assert "结构待核" in panel.header.text()
        tip = panel.header.toolTip()
        quotes = re.findall(r"“([^”]*)”", tip)
        assert quotes, tip
        for quote in quotes:
            whole = quote.rstrip("…")
            line = next((t for t in TEXT.splitlines() if t.startswith(whole)), None)
            assert line is not None, quote
            # a line quoted in part says so
            assert quote == line or quote.endswith("…"), quote


def test_a_long_review_tip_wraps(qtbot, tmp_path):
    """The 更正待复核 tip (why, the machine's doubts, what to do) was plain text, one line of
    about 1,100 pixels across a 1280-pixel screen (Qt wraps a plain tip only when it is wider
    than the screen). It is rich text now, a paragraph per mark, which Qt wraps at about 80
    characters."""
    from PySide6.QtGui import Qt

    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        lib.set_corrections(doc_id, [{"op": "confirm"}])
        path.write_text(TEXT + "\n谢谢大家！", encoding="utf-8")
        list(lib.add([path]))
        panel = reader_on(qtbot, lib, lib.documents()[0].id)
        tip = panel.header.toolTip()
        assert Qt.mightBeRichText(tip)
        paragraphs = re.findall(r"<p>(.*?)</p>", tip)
        assert paragraphs and paragraphs[-1].startswith("更正待复核：原文件已改动")
        assert len(paragraphs[-1]) > 80  # long enough to need the wrap
