"""Whether a list's items name things (places, people, bodies, numbered units) rather than state
a summary's parts: a count over named things is no frame (德国、意大利和日本三个帝国主义国家;
辽沈、淮海、平津三大战役 is a summary only when its count says so)."""

from __future__ import annotations

import re

from drafter.study.words import tagged


def named_things(items: list[str]) -> bool:
    """Whether ``items`` name things rather than state a summary's parts: numbered units
    (第三十四、第三十七…集团军), places (五井山区, 九陇山区), or proper names (辽沈、淮海、平津;
    法西斯和反法西斯 is a concept and its opposite, not names)."""
    if all(re.match(r"第[一二三四五六七八九十百零〇0-9]+", i) for i in items):
        return True
    if all(re.search(r"(?:山区|地区|省|县|市|乡|镇|村|州|岛|港)$", i) for i in items):
        return True
    opposites = any(a != b and a.endswith(b) for a in items for b in items)
    return (
        not opposites
        and all(_is_proper_name(i) for i in items)
        and not all(_is_proper_name(i, "nz") for i in items)
    )


_PROPER_TAGS = frozenset(("ns", "nr", "nz", "nt", "nrt", "nrfg"))


def _is_proper_name(item: str, kind: str = "") -> bool:
    """Whether ``item`` is one name of a place, person or body (辽沈, 高加索, 斯大林格勒);
    with ``kind``, one of that tag only (nz: 北伐战争, 抗日战争 — named periods and events,
    which a summary may count: 三个英勇奋斗的历史时期)."""
    tags = tagged(item.strip('“”"‘’'))
    if len(tags) != 1:
        return False
    return tags[0][1] == kind if kind else tags[0][1] in _PROPER_TAGS
