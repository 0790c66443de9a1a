"""Sibling headings that merely open with the same character are not 对仗: 坚定不移… /
坚持… / 坚决…, 一年接着一年干 / 一张蓝图绘到底, 第一是… / 第二是…, and a transcript's
问：… / 与会人：… are no frame a trainee should keep (提纲练习 said "3 个标题共用“坚…”"). A
one-character head stays a frame when it is a word of its own in every heading (谈…, 在…方面,
要…). The real groups below were read by hand in ../shared (session 47, ux75)."""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.study.layout import layout
from drafter.study.siblings import clause_pattern, heading_pattern, sibling_groups


def _group(path, first: str) -> list[str]:
    """The sibling headings of ``path`` whose group opens with a heading starting ``first``."""
    for _, nodes in sibling_groups(layout(load_document(path))):
        if nodes[0].section.heading.startswith(first):
            return [n.section.heading for n in nodes]
    raise AssertionError(f"no sibling group opens with {first!r} in {path}")


@pytest.mark.parametrize(
    "relpath, first, pattern",
    [
        # different words that share their first character
        ("corpus/structure/gwr_province_2026_福建省.txt", "一年接着一年干", None),
        ("corpus/speeches/mao/第二卷_023_2 中国革命与中国共产党.md", "第一是知识分子", None),
        (
            "corpus/speeches/ren/20140723_在项目管理资源池第一期学员座谈会上的讲话.md",
            "坚定不移",
            None,
        ),
        # a transcript's questions
        ("corpus/speeches/ren/20090327_任正非与PMS高端项目经理的座谈纪要.md", "问：我们想", None),
        ("corpus/speeches/ren/20180515_励精图治，十年振兴.md", "与会人：", None),
        # a one-character word of its own is a frame
        ("corpus/speeches/ren/20150125_最大的敌人是我们自己.md", "谈年少经历", "谈…"),
        ("corpus/structure/gwr_national_2008.txt", "在教育方面", "在…方面"),
        ("corpus/speeches/mao/第一卷_005 关于纠正党内的错误思想.md", "关于单纯军事观点", "关于…"),
    ],
)
def test_real_sibling_heads(shared_dir, relpath, first, pattern):
    headings = _group(shared_dir / relpath, first)
    found = heading_pattern(headings)
    assert (found[0] if found else None) == pattern
    if pattern is None:
        assert clause_pattern(headings) is None  # nor mined for the 结构 panel


@pytest.mark.parametrize(
    "headings, pattern",
    [
        (["要加强学习", "要改进作风", "要狠抓落实"], "要…"),
        (["以文化人", "以文惠民", "以文兴业"], "以文…"),
        (["坚定理想信念", "坚持问题导向", "坚决守住底线"], None),
        (["问：如何看待A", "答：要看到B"], None),
    ],
)
def test_own_sibling_heads(headings, pattern):
    found = heading_pattern(headings)
    assert (found[0] if found else None) == pattern
