"""Points a sentence right before them counts (…主要有以下三点： then 第一，… 第二，… 第三，…),
complete, are the points of what stands under the sentence however long their first sentences,
when at most one paragraph follows the last before the next heading or the end, or two after
three points or more, never as many as the points (sequences._counted_rest_of_part;
docs/outline.md, session 33). Our own sentences."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_LONG = (
    "通过整合分散在各个部门的研发力量和测试资源，成立面向未来的融合产品与解决方案组织，"
    "进一步强化我们在新技术领域的能力，建立在新技术上的领先地位，并把新技术广泛运用于老产品的进步"
)
_MORE = "这样做可以减少不必要的内部协调，提升产品上市的效率，降低内部运作的成本。"


def _letter(points: int, after: int) -> str:
    paras = ["各位同事：", "持续变革是我们适应变化、不断自我完善的优良传统。" + _MORE]
    paras += [
        f"公司决定展开新的一轮组织变革，本次变革希望实现的目的主要有以下{'两三四'[points - 2]}点："
    ]
    for n in "一二三四"[:points]:
        paras += [f"第{n}，{_LONG}。{_MORE}"]
        if n == "一":
            paras += [_MORE]  # the first point's paragraph broken in two (a page break)
    paras += [f"我们计划在年底前基本完成这次调整，{_MORE}"] * after
    return "\n\n".join(paras)


def test_three_counted_points_before_a_plan_and_a_look_back_are_the_outline() -> None:
    tree = levelled(_letter(3, 2))
    assert [(lvl, h[:3]) for lvl, h in tree] == [(1, "第一，"), (1, "第二，"), (1, "第三，")]


def test_as_many_paragraphs_after_as_points_is_the_text_going_on() -> None:
    assert not levelled(_letter(2, 2))
