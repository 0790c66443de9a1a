"""Confidence sees doubts in the outline's own shape (drafter/corpus/confidence.py,
``_shape_signals``): a level holding one heading, numbering that breaks, a heading cut
from a short line standing alone, siblings of very unequal length, a long stretch of text
under no heading — each lowers confidence and is named. Our own sentences."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.confidence import judge

_P = "这项工作牵涉面广，各部门要加强协同，把任务分解到人，按月检查进度，确保年底前见到成效。"


def _outline(*paras: str):
    return parse_text("\n\n".join(["在工作会议上的讲话", "同志们：", *paras]), "x.txt").outline


def test_a_broken_number_is_named() -> None:
    outline = _outline("一、关于形势", _P, _P, "二、关于任务", _P, _P, "四、关于保障", _P, _P)
    assert outline.signals["broken"] == 1
    assert any("编号中断" in d and "“四、”" in d for d in outline.doubts)


def test_a_level_with_one_heading_is_named() -> None:
    outline = _outline(
        "一、关于形势", _P, "1、看清成绩。" + _P, _P, "2、看清差距。" + _P, _P,
        "二、关于任务", _P, "1、抓好开发。" + _P, _P,
        "三、关于保障", _P, "2、加强队伍。" + _P, _P, "3、改进作风。" + _P, _P,
    )  # fmt: skip
    assert outline.signals["lone"] == 1
    assert any("只有一个标题" in d and "1、抓好开发" in d for d in outline.doubts)


def test_a_heading_cut_from_a_short_line_standing_alone_is_named() -> None:
    outline = _outline(
        "一、切实加强党的全面领导。这是根本。", _P, _P,
        "二、切实加强干部队伍建设。", _P, _P,
        "三、切实改进机关工作作风。", _P, _P,
    )  # fmt: skip
    assert outline.signals["cut"] == 1
    assert any("只取了前半句" in d for d in outline.doubts)


def test_each_shape_doubt_lowers_confidence() -> None:
    base = {"n_heads": 6, "n_top": 3, "m1": 3.0, "m2": 3.0}
    sure, _ = judge(base)
    for key, value in (("lone", 2), ("broken", 2), ("cut", 1), ("sib_cv", 1.2),
                       ("bare_share", 0.6)):  # fmt: skip
        conf, doubts = judge(dict(base, **{key: value}))
        assert conf < sure, key
    conf, doubts = judge(dict(base, bare_share=0.9, sib_cv=1.5, size_cv=1.5))
    assert any("没有小标题" in d for d in doubts) and any("长短相差悬殊" in d for d in doubts)
