"""One reading of a page's navigation (boilerplate.nav_steps): the steps of a breadcrumb
or a menu bar, shared by the boilerplate rules (what a menu bar is) and cleaning (the
column names a breadcrumb passes through). Our own lines."""

from __future__ import annotations

import pytest

from drafter.corpus.boilerplate import is_nav_bar, nav_steps
from drafter.corpus.clean import clean_blocks
from drafter.corpus.model import Block


@pytest.mark.parametrize(
    ("line", "steps"),
    [
        ("当前位置：首页 > 领导之窗 > 领导讲话", ["首页", "领导之窗", "领导讲话"]),
        ("您现在的位置: 网站首页>>新闻中心>>正文", ["网站首页", "新闻中心", "正文"]),
        ("[首页] › 领导之窗 › 互动 交流", ["首页", "领导之窗", "互动 交流"]),
        ("首页 | 政务公开 | 政务服务 | 互动交流", ["首页", "政务公开", "政务服务", "互动交流"]),
        ("首页｜政务公开丨互动交流", ["首页", "政务公开", "互动交流"]),
        ("首页 政务公开 互动交流", ["首页", "政务公开", "互动交流"]),
        ("首页 · 政务公开 · 互动交流", ["首页", "政务公开", "互动交流"]),
        ("【首页】", ["首页"]),
    ],
)
def test_the_steps_of_a_breadcrumb_or_a_menu(line: str, steps: list[str]) -> None:
    assert nav_steps(line) == steps


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("首页 | 政务公开 | 政务服务 | 互动交流", True),
        ("网站首页 政务公开 互动交流", True),
        ("网站首页 > 领导讲话", True),  # two steps are enough where an arrow leads on
        ("当前位置：县政府 > 领导讲话", True),
        ("首页 | 政务公开", False),  # two items of a bar: not yet a menu
        ("首页 | 政务公开 | 关于某某工作的讲话稿全文", False),  # a step too long for a menu
        ("领导之窗 | 政务公开 | 互动交流", False),  # not from the home page
    ],
)
def test_what_is_a_nav_bar(line: str, nav: bool) -> None:
    """The decisions of is_nav_bar before nav_steps existed, kept."""
    assert is_nav_bar(line) is nav


def _cleaned(crumb: str) -> list[str]:
    """The blocks cleaning keeps of a page whose column name stands under its breadcrumb."""
    lines = [crumb, "领导之窗", "在全县经济工作会议上的讲话", "同志们：", "今天召开会议。"]
    return [b.text for b in clean_blocks([Block(t) for t in lines]).blocks]


def test_a_column_the_breadcrumb_passes_through_is_dropped_at_the_top() -> None:
    assert "领导之窗" not in _cleaned("当前位置：首页 > 领导之窗 > 领导讲话")
    assert "领导之窗" not in _cleaned("首页 | 领导之窗 | 领导讲话")  # a menu's every item


def test_the_breadcrumbs_last_step_is_the_page_not_a_column() -> None:
    assert any("领导之窗" in t for t in _cleaned("当前位置：首页 > 政务公开 > 领导之窗"))
