"""not_after (drafter.study.layout) must find exactly what the lookbehind it replaces found:
the frame regexes were rewritten with it for speed, and their matches must not move."""

from __future__ import annotations

import itertools
import re

from drafter.study.frames.mentions import _RE_ARABIC_COUNT, _RE_COUNTED
from drafter.study.layout import not_after

_NOT = "第一二三四五六七八九十百千万两几零〇0-9０-９.这"
_FIRST = "[二三四五六七八九十两]"


def _all(rx: re.Pattern, text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_same_matches_as_the_lookbehind_on_every_short_string():
    """Every string of up to four characters over an alphabet of refused, counted and other
    characters, at the start, inside and at the end of a text."""
    old = re.compile(rf"(?<![{_NOT}])({_FIRST}{_FIRST}?)(个|点)")
    new = re.compile(rf"({not_after(_NOT, _FIRST)}{_FIRST}?)(个|点)")
    alphabet = "第这两三个点。a5"
    checked = 0
    for n in range(1, 5):
        for chars in itertools.product(alphabet, repeat=n):
            text = "".join(chars)
            assert _all(new, text) == _all(old, text), text
            checked += 1
    assert checked > 1000


def test_frame_regexes_keep_their_readings():
    """The rewritten frame regexes on sentences whose readings the lookbehind decided."""
    assert [m.group(0) for m in _RE_COUNTED.finditer("坚持两个确立，做到两个维护")] == [
        "两个",
        "两个",
    ]
    assert _RE_COUNTED.search("第二个问题") is None  # an ordinal, not a count
    assert [m.group(0) for m in _RE_COUNTED.finditer("三十二个方面")] == []  # 三 before 十二
    assert [m.group(0) for m in _RE_COUNTED.finditer("三个方面")] == ["三个方面"]
    assert _RE_ARABIC_COUNT.search("我们将来有3类报表") is not None
    assert _RE_ARABIC_COUNT.search("增长2.5个百分点") is None  # a decimal's digit
    assert _RE_ARABIC_COUNT.search("共12个部门") is None  # the last digit of a larger number
