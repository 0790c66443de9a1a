"""Two stages a sentence right before them counts (…可以分两个阶段来安排。 then 第一个阶段，…
第二个阶段，…), filling the rest of their part but for a summing-up paragraph: the part's
points, at level 2 like 第一个时期…, however long their first sentences. Our own sentences."""

from __future__ import annotations

from tests.corpus.conftest import levelled

_P = (
    "全市上下要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，"
    "扎实推进各项工作，确保各项目标任务落到实处，以实际行动向人民交出满意的答卷。"
)


def _report(stages: tuple[str, str]) -> str:
    paras = ["同志们：", "现在，我代表市委向大会作报告。" + _P]
    paras += ["一、过去五年的工作", _P, _P, _P]
    paras += ["二、今后的奋斗目标", _P, _P]
    paras += ["综合分析形势和条件，从现在到本世纪中叶，可以分两个阶段来安排。"]
    paras += [s + _P for s in stages]
    paras += ["同志们！从全面小康到基本实现现代化，是新时代的战略安排，我们要坚定信心，奋勇前进。"]
    paras += ["三、坚定不移推动高质量发展", _P, _P, _P]
    paras += ["四、全面从严治党", _P, _P]
    return "\n\n".join(paras)


def test_counted_stages_are_the_parts_points() -> None:
    tree = levelled(
        _report(
            (
                "第一个阶段，从二〇二〇年到二〇三五年，在全面建成小康社会的基础上，再奋斗十五年，基本实现全市社会主义现代化。",
                "第二个阶段，从二〇三五年到本世纪中叶，在基本实现现代化的基础上，再奋斗十五年，把我市建成富强民主文明和谐美丽的现代化强市。",
            )
        )
    )
    assert [h for h in tree if h[1].startswith("第")] == [
        (
            2,
            "第一个阶段，从二〇二〇年到二〇三五年，在全面建成小康社会的基础上，再奋斗十五年，基本实现全市社会主义现代化",
        ),
        (
            2,
            "第二个阶段，从二〇三五年到本世纪中叶，在基本实现现代化的基础上，再奋斗十五年，把我市建成富强民主文明和谐美丽的现代化强市",
        ),
    ]


def test_a_stage_named_in_prose_is_no_marker() -> None:
    tree = levelled(
        _report(
            (
                "第一阶段的工作要从调查研究开始，摸清家底，找准问题，拿出切实可行的办法来。",
                "第二阶段的工作要在全面推开的同时，抓好典型示范，及时总结推广好的经验。",
            )
        )
    )
    assert not [h for h in tree if h[1].startswith("第")]
