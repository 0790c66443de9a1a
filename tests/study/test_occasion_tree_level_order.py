"""按场合浏览 puts 未注明层级 after the named levels of a kind, as 其他 comes after the named
kinds and 未注明年份 after the years: under 培训会, company talks of no level stood above
全区 and 全市, the first row a trainee opened."""

from __future__ import annotations

from types import SimpleNamespace

from drafter.study.occasions import NO_LEVEL, occasion_tree


def _doc(i, occasion, level):
    return SimpleNamespace(
        id=f"d{i}", title=None, occasion=occasion, level=level, genre=None, date=None
    )


def test_no_level_comes_after_the_named_levels_however_many():
    tree = occasion_tree(
        [
            _doc(1, "公司秘书业务培训班", None),
            _doc(2, "员工培训会", None),
            _doc(6, "新员工入职培训会", None),
            _doc(3, "全区办公室主任暨文秘业务培训会议", "全区"),
            _doc(4, "全市办公室系统文秘业务培训会议", "全市"),
            _doc(5, "全市财务业务培训会议", "全市"),
        ]
    )
    (training,) = tree
    assert training.label == "培训会"
    assert [n.label for n in training.children] == ["全市", "全区", NO_LEVEL]
    assert training.children[-1].count == 3
