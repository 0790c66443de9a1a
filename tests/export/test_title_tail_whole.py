"""A long 在……上的讲话 title breaks before 上的讲话, never as "…动员部署会上 / 的讲话"
(GB/T 9704: 词意完整; the 修订稿 export showed the bad cut)."""

from __future__ import annotations

import pytest

from drafter.export.cjk_lines import break_title

WIDTH = 156 / 25.4 * 72  # the type area of an A4 official document, 22 pt title


@pytest.mark.parametrize(
    "title",
    [
        "在全市深化作风建设年活动动员部署会上的讲话",
        "在全市安全生产大排查大整治动员部署会上的讲话",
        "在全区优化营商环境攻坚行动推进会议上的讲话",
        "在全县新录用公务员初任培训班开班仪式时的致辞",
    ],
)
def test_the_tail_after_the_occasion_stays_whole(title):
    lines = break_title(title, 22, WIDTH).split("\n")
    assert "".join(lines) == title
    assert len(lines) == 2
    tail = title[title.rindex("的") - 1 :]  # 上的讲话 / 时的致辞
    assert lines[-1].endswith(tail) and len(lines[-1]) >= len(tail), lines
    assert not lines[-1].startswith("的"), lines


def test_the_tail_stays_whole_when_the_name_is_cut_too():
    lines = break_title(
        "在全县2025年安全生产工作暨安全生产大检查大排查大整治动员部署会上的讲话", 22, WIDTH
    ).split("\n")
    assert not any(line.startswith(("的", "讲话")) for line in lines), lines
